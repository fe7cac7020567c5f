"""Hints that say the fix: quote the text YAML misread, the channel's id for its name, the
placeholder's right name."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.scenario import validate_text
from simulator.scenario.loader import load_injected_post
from simulator.scenario.problems import did_you_mean_named

DATA = Path(__file__).parents[1] / "data" / "scenarios"
MINIMAL = (DATA / "minimal.yaml").read_text(encoding="utf-8")


def problems_of(*edits: tuple[str, str], base: str = MINIMAL) -> list[tuple[int, int, str]]:
    text = base
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
    scenario, problems = validate_text(text, "drill.yaml")
    if any(problem.is_error for problem in problems):
        assert scenario is None
    return [(p.line, p.col, p.message) for p in problems]


# -- YAML slips: quote the text -------------------------------------------------------------------
COLON = "YAML syntax error: mapping values are not allowed here; text with \": \" in it must be " \
        "quoted: "
AT = "YAML syntax error: found character '@' that cannot start any token (while scanning for " \
     "the next token); text that starts with @ must be quoted: "


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("    text: Is the app down?", "    text: Update: is the app down?",
     (39, 17, COLON + 'text: "Update: is the app down?"')),
    ("    text: Is the app down?", "    text: Update: is the app down?  # a comment",
     (39, 17, COLON + 'text: "Update: is the app down?"')),
    ("    text: Is the app down?", '    text: Re: "the app" is down\\again',  # " and \ inside
     (39, 13, COLON + "text: 'Re: \"the app\" is down\\again'")),
    ("    text: Is the app down?", "    text: Update: is the app\n      down for everyone?",
     (39, 17, COLON + 'text: "Update: is the app down for everyone?"')),
    ('author: {name: Dana Ruiz, handle: "@dana"}', "author: {name: Dana Ruiz, handle: @dana}",
     (38, 39, AT + 'handle: "@dana"')),
    ('  handle: "@bramble"', "  handle: @bramble", (8, 11, AT + 'handle: "@bramble"')),
    ("    text: Is the app down?", "    text: `app` is down?",
     (39, 11, "YAML syntax error: found character '`' that cannot start any token (while "
              "scanning for the next token); text that starts with ` must be quoted: "
              'text: "`app` is down?"')),
])
def test_unquoted_text_gets_the_quoted_line_as_its_hint(old: str, new: str,
                                                        expected: tuple[int, int, str]) -> None:
    assert problems_of((old, new)) == [expected]


def test_after_quoting_the_rest_of_the_file_is_still_checked() -> None:
    found = problems_of(("    text: Is the app down?", "    text: Update: is the app down?"),
                        ('  handle: "@bramble"', "  handle: @bramble"),
                        ("    channel: x", "    channel: facebok"))
    assert [(line, message.split(";")[0]) for line, _, message in found] == [
        (8, "YAML syntax error: found character '@' that cannot start any token (while scanning "
            "for the next token)"),
        (37, "posts[0].channel: unknown channel 'facebok' (channels: x)"),
        (39, "YAML syntax error: mapping values are not allowed here"),
    ]


def test_a_colon_on_a_line_that_continues_text_is_not_guessed_at() -> None:
    # `  down: for everyone` under `text:` may be a key indented too far: no quoting advice
    found = problems_of(("    text: Is the app down?", "    text: Is the app\n      down: for all"))
    assert found == [(40, 11, "YAML syntax error: mapping values are not allowed here")]


def test_an_injected_post_file_gets_the_same_hint() -> None:
    post, problems = load_injected_post("post.yaml", b"text: Update: stores are open\n")
    assert post is None
    assert [p.message for p in problems] == [COLON + 'text: "Update: stores are open"']


# -- channels by name, in any case ----------------------------------------------------------------
NAMED = MINIMAL.replace("    name: X\n    response_target: 2m\n",
                        "    name: X / Twitter\n    response_target: 2m\n  - id: dm\n"
                        "    name: Direct messages\n    response_target: 3m\n    public: false\n")


@pytest.mark.parametrize(("written", "hint"), [
    ("twitter", "; did you mean 'x'?"),
    ("Twitter", "; did you mean 'x'?"),
    ("X", "; did you mean 'x'?"),
    ("twiter", "; did you mean 'x'?"),
    ("direct messages", "; did you mean 'dm'?"),
    ("DM", "; did you mean 'dm'?"),
    ("facebook", ""),
])
def test_a_channel_named_by_its_name_gets_its_id(written: str, hint: str) -> None:
    ((_, _, message),) = problems_of(("    channel: x", f"    channel: {written}"), base=NAMED)
    assert message == f"posts[0].channel: unknown channel {written!r}{hint} (channels: x, dm)"


def test_did_you_mean_named_prefers_the_id_and_names_only_ids() -> None:
    names = {"x": "X / Twitter", "fb": "Facebook", "ig": "Instagram"}
    assert did_you_mean_named("X", names) == "; did you mean 'x'?"
    assert did_you_mean_named("facebok", names) == "; did you mean 'fb'?"
    assert did_you_mean_named("insta", names) == "; did you mean 'ig'?"
    assert did_you_mean_named("tiktok", names) == ""


# -- placeholders by another name -----------------------------------------------------------------
@pytest.mark.parametrize(("written", "hint"), [
    ("first_name", "; use {name} (the customer's first name)"),
    ("customer_name", "; use {name} (the customer's first name)"),
    ("link", "; use {info_link} (the brand's info link)"),
    ("nam", "; did you mean 'name'?"),
])
def test_a_template_placeholder_by_another_name_says_which_to_use(written: str, hint: str) -> None:
    ((line, col, message),) = problems_of(("Hi {name}, we're", f"Hi {{{written}}}, we're"))
    assert (line, col) == (28, 15)
    assert message.startswith(f"templates[0].text: unknown template placeholder {{{written}}}"
                              f"{hint} (known: {{name}} ")


def test_a_crowd_slot_by_a_template_name_says_which_to_use() -> None:
    ((_, _, message),) = problems_of(("down for {minutes} minutes", "{name} waited {minutes}"))
    assert message.startswith("crowd.topics[0].patterns[0]: unknown crowd slot {name}; use "
                              "{first_name} (a Faker first name)")
