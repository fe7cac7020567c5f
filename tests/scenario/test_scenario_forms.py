"""Values in their form: handles start with @, the hashtag with #, the info link is an http(s)
address, and the crowd locale is one Faker has (the crowd calls `Faker(locale)` when a drill
starts), named as Faker lists it, with the close ones when it is not."""

from __future__ import annotations

from pathlib import Path

import pytest
from faker import Faker

from simulator.crowd.generator import CrowdGenerator
from simulator.scenario import validate_text
from simulator.scenario.checks import faker_locales
from simulator.scenario.model import Scenario

DATA = Path(__file__).parents[1] / "data" / "scenarios"
MINIMAL = (DATA / "minimal.yaml").read_text(encoding="utf-8")


def check(*edits: tuple[str, str]) -> tuple[Scenario | None, list[tuple[str, str]]]:
    text = MINIMAL
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
    scenario, problems = validate_text(text, "drill.yaml")
    return scenario, [(p.severity, p.message) for p in problems]


# -- handles, hashtags and links in their form ---------------------------------------------------
@pytest.mark.parametrize(("old", "new", "message"), [
    ('  handle: "@bramble"', "  handle: bramble",
     "brand.handle: 'bramble': a handle starts with @ and has no spaces (like '@cluckers')"),
    ('handle: "@dana"', 'handle: "@dana ruiz"',
     "posts[0].author.handle: '@dana ruiz': a handle starts with @ and has no spaces "
     "(like '@jane_eats')"),
    ('  hashtag: "#BrambleUpdate"', "  hashtag: BrambleUpdate",
     "brand.hashtag: 'BrambleUpdate': a hashtag starts with # and has no spaces "
     "(like '#CluckersUpdate')"),
    ("  info_link: https://bramble.example/status", "  info_link: bramble.example/status",
     "brand.info_link: 'bramble.example/status': the info link is a web address starting with "
     "https:// (or http://) (like 'https://cluckers.example/update')"),
    ("  info_link: https://bramble.example/status", "  info_link: ftp://bramble.example/status",
     "brand.info_link: 'ftp://bramble.example/status': the info link is a web address starting "
     "with https:// (or http://) (like 'https://cluckers.example/update')"),
])
def test_handles_hashtags_and_links_must_have_their_form(old: str, new: str, message: str) -> None:
    scenario, found = check((old, new))
    assert scenario is None
    assert found == [("error", message)]


def test_plain_http_links_and_handles_with_dots_are_fine() -> None:
    scenario, found = check(("  info_link: https://bramble.example/status",
                             "  info_link: http://bramble.example/status?x=1#faq"),
                            ('handle: "@dana"', 'handle: "@dana.ruiz_2"'))
    assert found == [] and scenario is not None


# -- a crowd locale Faker has ---------------------------------------------------------------------
def test_the_locales_validate_knows_are_the_ones_faker_has() -> None:
    from faker.config import AVAILABLE_LOCALES

    assert set(faker_locales()) == set(AVAILABLE_LOCALES)


def locale(name: str) -> tuple[Scenario | None, list[tuple[str, str]]]:
    return check(("crowd:\n", f"crowd:\n  locale: {name}\n"))


@pytest.mark.parametrize(("name", "message"), [
    ("en_XX", "crowd.locale: unknown Faker locale 'en_XX'; did you mean 'en_US'? (close matches: "
              "en_US, en_GB, en): Faker has no such locale, so the crowd could not be generated"),
    ("xx_XX", "crowd.locale: unknown Faker locale 'xx_XX' (e.g. en_US, en_GB, de_DE, fr_FR): Faker "
              "has no such locale, so the crowd could not be generated"),
    ("en_UK", "crowd.locale: 'en_UK' is not how Faker names the locale; did you mean 'en_GB'? "
              "(write it as Faker lists it, language_REGION)"),
    ("de-DE", "crowd.locale: 'de-DE' is not how Faker names the locale; did you mean 'de_DE'? "
              "(write it as Faker lists it, language_REGION)"),
])
def test_an_unknown_locale_names_the_close_ones(name: str, message: str) -> None:
    scenario, found = locale(name)
    assert scenario is None and found == [("error", message)]


@pytest.mark.parametrize("name", ["en_US", "de_DE", "fr_FR", "ja_JP", "pt_BR", "en_XX", "xx_XX",
                                  "klingon"])
def test_validate_accepts_a_locale_exactly_when_the_crowd_can_be_built(name: str) -> None:
    scenario, _ = locale(name)
    try:
        Faker(name)
    except AttributeError:  # what the crowd hit at the start of a drill
        assert scenario is None
    else:
        if scenario is not None:
            assert CrowdGenerator(scenario, 1).firsts
