"""Generated scenarios (`crisis-drill generate`, `play --generated`): a complete crisis from a
seed, valid as written, the same file from the same seed on any machine, checked for coherence,
and a trainee's history grouped by the kind of crisis they played."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from simulator.cli import main
from simulator.debrief import queries
from simulator.generate import generate
from simulator.generate.build import Draft
from simulator.generate.coherence import near_duplicates, play_check, problems
from simulator.generate.grammar import Grammar, GrammarError
from simulator.generate.kinds import KINDS, available_kinds
from simulator.generate.writer import write_yaml
from simulator.scenario import load_scenario
from simulator.scenario.library import bundled_scenarios
from simulator.store import Store
from simulator.store.rows import hash_scenario

REPO = Path(__file__).resolve().parents[2]


# -- the grammar ------------------------------------------------------------------------------
def test_the_grammar_expands_rules_choices_and_optional_parts_and_leaves_braces() -> None:
    rules = {"greeting": ("hi <who>",), "who": ("<there|friend>",)}
    seen = set()
    for seed in range(40):
        grammar = Grammar(rules, random.Random(seed), {"brand": "Acme"})
        seen.add(grammar.say("<greeting>, {name} at <brand><? (again)>!"))
    assert seen == {"hi there, {name} at Acme!", "hi friend, {name} at Acme!",
                    "hi there, {name} at Acme (again)!", "hi friend, {name} at Acme (again)!"}
    nested = {Grammar({}, random.Random(s)).say("<my <son|daughter>|our baby>")
              for s in range(40)}
    assert nested == {"my son", "my daughter", "our baby"}


def test_the_grammar_names_what_is_missing() -> None:
    with pytest.raises(GrammarError, match="no rule or value named 'nobody'"):
        Grammar({}, random.Random(1)).say("hello <nobody>")
    with pytest.raises(GrammarError, match="unclosed"):
        Grammar({}, random.Random(1)).say("hello <a|b")


# -- the file ---------------------------------------------------------------------------------
def test_a_generated_file_is_commented_valid_as_written_and_says_how_to_write_it_again(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "drill.yaml"
    assert main(["generate", "--kind", "outage", "--difficulty", "hard", "--seed", "42",
                 "-o", str(out)]) == 0
    err = capsys.readouterr().err
    text = out.read_text("utf-8")
    assert text.startswith("# ") and "\n# The storyline." in text
    assert "crisis-drill generate --kind outage --difficulty hard --seed 42" in text
    assert "crisis-drill generate --kind outage --difficulty hard --seed 42" in err
    assert "checked: perfect bot" in err and "silent bot" in err
    assert main(["validate", "--strict", str(out)]) == 0  # no warnings either
    scenario = load_scenario(out)
    assert (scenario.kind, scenario.difficulty, scenario.id) == ("outage", "hard",
                                                                 "outage-hard-42")
    # it refuses to overwrite, and --force does
    assert main(["generate", "--kind", "outage", "--seed", "42", "-o", str(out)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert main(["generate", "--kind", "outage", "--seed", "1", "-o", str(out), "--force",
                 "--no-check"]) == 0


def test_without_a_seed_a_new_one_is_printed_and_writes_the_same_file_again(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first = tmp_path / "a.yaml"
    assert main(["generate", "--kind", "outage", "--no-check", "-o", str(first)]) == 0
    err = capsys.readouterr().err
    again = next(line for line in err.splitlines() if "the same file again:" in line)
    command = again.split("the same file again: ", 1)[1].split()
    assert command[:2] == ["crisis-drill", "generate"]
    second = tmp_path / "b.yaml"
    assert main([*command[1:], "--no-check", "-o", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes()


def test_print_to_stdout_and_clear_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["generate", "--kind", "outage", "--seed", "3", "--no-check"]) == 0
    out, _ = capsys.readouterr()
    assert yaml.safe_load(out)["id"] == "outage-medium-3"
    assert main(["generate", "--locale", "en_GX", "--seed", "3"]) == 2
    assert "unknown locale 'en_GX'" in capsys.readouterr().err
    assert main(["generate", "--kind", "volcano"]) == 2
    assert "invalid choice: 'volcano'" in capsys.readouterr().err
    assert main(["generate", "--seed", "-4"]) == 2


def test_the_same_seed_writes_the_same_bytes_in_a_fresh_interpreter() -> None:
    """Across runs and machines: nothing may depend on hash randomisation, dict order of sets,
    the clock or the machine. A fresh interpreter with another hash seed writes the same file."""
    code = ("import sys; from simulator.generate import generate; "
            "sys.stdout.write(generate('outage', difficulty='easy', seed=9, "
            "locale='en_GB').text)")
    env = {**os.environ, "PYTHONHASHSEED": "12345", "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, check=True, cwd=REPO)
    assert done.stdout == generate("outage", difficulty="easy", seed=9, locale="en_GB").text


def test_seeds_give_different_crises_and_the_locale_its_people_and_places() -> None:
    texts = {generate("outage", seed=seed).text for seed in range(6)}
    assert len(texts) == 6
    brands = {generate("outage", seed=seed).scenario.brand.name for seed in range(12)}
    assert len(brands) >= 6
    british = generate("outage", seed=4, locale="en_GB")
    assert british.scenario.crowd.locale == "en_GB"
    assert "£" in british.text or "en_GB" in british.text


def test_every_kind_generates_every_difficulty() -> None:
    for kind in available_kinds():
        for difficulty in ("easy", "medium", "hard"):
            scenario = generate(kind, difficulty=difficulty, seed=2).scenario
            assert scenario.kind == kind and scenario.difficulty == difficulty
            assert scenario.fact_updates, "timed fact updates"
            assert len(scenario.posts) >= 9


def test_the_writer_quotes_what_yaml_would_misread() -> None:
    tricky = {"id": "x", "a": "yes", "b": "1:30", "c": "@brand: hi #tag", "d": "null",
              "e": "say \"this\"", "f": "012", "g": "- dash", "h": ["x, y", "[z]"],
              "i": {"name": "Kelsey W., Jr", "handle": "@k"}, "long": "word: " * 30 + "end"}
    text = write_yaml(tricky, "header")
    assert yaml.safe_load(text) == tricky


# -- coherence --------------------------------------------------------------------------------
def _draft() -> Draft:
    return generate("outage", difficulty="medium", seed=5).draft


def test_a_coherent_draft_has_no_problems_and_each_check_can_fail() -> None:
    draft = _draft()
    assert problems(draft) == []
    # a fact a template relies on, gone from the facts
    doc = {**draft.doc, "brand": {**draft.doc["brand"],
                                  "facts": [f for f in draft.doc["brand"]["facts"]
                                            if f != draft.facts["fact_never_ask"]]}}
    found = problems(replace(draft, doc=doc))
    assert any("relies on fact_never_ask" in p for p in found), found
    # a route nobody defined
    posts = [dict(p) for p in draft.doc["posts"]]
    posts[1] = {**posts[1], "expect": {**posts[1]["expect"], "route": "hr"}}
    found = problems(replace(draft, doc={**draft.doc, "posts": posts}))
    assert any("expects route 'hr'" in p for p in found), found
    # a storyline without its troll, or with two
    roles = dict(draft.roles)
    troll = next(pid for pid, role in roles.items() if role == "troll")
    roles[troll] = "supporter"
    assert any("0 troll posts" in p for p in problems(replace(draft, roles=roles)))


def test_near_duplicate_posts_are_found() -> None:
    same = near_duplicates([("a", "my card got declined at the store and I have money"),
                            ("b", "My card got declined at the store and I HAVE money!!"),
                            ("c", "the troll has a point about the logo")])
    assert len(same) == 1 and "a and b" in same[0]


def test_the_bots_check_passes_a_generated_scenario_and_fails_a_broken_one() -> None:
    scenario = generate("outage", difficulty="medium", seed=5).scenario
    check = play_check(scenario, 5)
    assert check.ok and check.perfect >= 90 and check.silent_passed is False
    # a drill with no storyline and no crowd leaves nothing to earn: the check says so
    empty = replace(scenario, posts=(), pace=tuple(replace(p, per_minute=0.0)
                                                   for p in scenario.pace))
    assert not play_check(empty, 5).ok


# -- the kind in the hash, the log and the history --------------------------------------------
def test_the_kind_is_a_label_not_part_of_the_content_hash() -> None:
    for _, path in bundled_scenarios():
        scenario = load_scenario(path)
        assert scenario.kind
        assert hash_scenario(scenario) == hash_scenario(replace(scenario, kind=""))


def test_history_groups_a_trainees_drills_by_kind_weakest_first(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "results.db"
    outage = tmp_path / "outage.yaml"
    outage.write_text(generate("outage", difficulty="easy", seed=5).text, encoding="utf-8")
    for scenario, bot in ((outage, "perfect"), (outage, "slow"), ("food-rumour", "rude")):
        assert main(["simulate", str(scenario), "--bot", bot, "--trainee", "ana",
                     "--db", str(db)]) == 0
    capsys.readouterr()
    with Store.open(db) as store:
        history = queries.history(store, "ana")
    assert [d.kind for d in history.drills] == ["outage", "outage", "recall"]
    by_kind = {k.kind: k for k in history.by_kind}
    assert (by_kind["outage"].drills, by_kind["recall"].drills) == (2, 1)
    assert history.by_kind[0].kind == "recall"  # the rude drill: the weakest kind first
    assert by_kind["outage"].best == max(d.composite or 0 for d in history.drills[:2])
    assert main(["history", "--trainee", "ana", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "By kind of crisis" in out and "Practise next: recall" in out


# -- playing one ------------------------------------------------------------------------------
async def test_play_generated_opens_the_briefing_of_the_generated_crisis() -> None:
    import argparse

    from simulator.cli.play_cmd import generated_source
    from simulator.tui.app import make_app
    from simulator.tui.clock import ManualClock
    from simulator.tui.screens.briefing import BriefingScreen

    args = argparse.Namespace(kind="outage", difficulty="easy", locale=None, seed=8,
                              scenario=None, pick=False)
    scenario, again = generated_source(args)
    assert again == "crisis-drill generate --kind outage --difficulty easy --seed 8"
    assert args.seed == 8  # one seed for the crisis and its crowd
    app = make_app(scenario, seed=args.seed, clock=ManualClock())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, BriefingScreen)
        assert app.session.scenario.title == scenario.title
        await pilot.press("enter")
        await pilot.pause()
        assert app.session.started and app.session.scenario.kind == "outage"


def test_play_generated_refuses_what_does_not_go_with_it(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["play", "--generated", "food-rumour"]) == 2
    assert "drop SCENARIO" in capsys.readouterr().err
    assert main(["play", "--kind", "outage"]) == 2
    assert "go with --generated" in capsys.readouterr().err


def test_the_kinds_listed_are_the_kinds_written() -> None:
    assert set(available_kinds()) <= set(KINDS)
    assert "outage" in available_kinds()


def test_a_crisis_is_written_in_the_english_of_its_locale() -> None:
    """A kind is written once; an American crowd reads American words and a British one
    British words, while the crisis's own names stay as they are."""
    import re

    from simulator.generate.build import _spelt

    words = {"brand": "Harbour Solicitors", "city": "Mumbles"}
    assert _spelt("Harbour Solicitors: my solicitor and my mum in Mumbles", words,
                  "en_US") == "Harbour Solicitors: my lawyer and my mom in Mumbles"
    assert _spelt("my attorney and my mom", words, "en_GB") == "my solicitor and my mum"
    british = re.compile(r"\b(?:solicitors?|lorry|lorries|car park|mum|postcode)\b", re.I)
    american = re.compile(r"\b(?:attorneys?|mom|zip code|apartment)\b", re.I)
    for kind in available_kinds():
        for seed in (1, 2):
            us = generate(kind, seed=seed).text
            gb = generate(kind, seed=seed, locale="en_GB").text
            assert not british.findall(us), (kind, seed, british.findall(us))
            assert not american.findall(gb), (kind, seed, american.findall(gb))
