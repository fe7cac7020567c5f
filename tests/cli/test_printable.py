"""Control characters from people never reach a terminal, and never shift a finding's span."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from simulator.cli import main
from simulator.drill.engine import Engine
from simulator.printable import clean_name, control_characters, printable, printable_data
from simulator.scenario.library import resolve_scenario
from simulator.scenario.loader import load_scenario
from simulator.scenario.model import MAX_PER_MINUTE
from simulator.store import Store, hash_scenario


def is_terminal_safe(text: str) -> bool:
    return not any((ord(ch) < 32 and ch != "\n") or 0x7F <= ord(ch) <= 0x9F for ch in text)


@given(st.text())
def test_any_text_becomes_safe_with_the_same_length(text: str) -> None:
    out = printable(text)
    assert is_terminal_safe(out)
    assert len(out) == len(text)
    assert [ch for ch in out if ch == "\n"] == [ch for ch in text if ch == "\n"]
    assert printable(out) == out


def test_what_people_read_is_what_they_would_expect() -> None:
    assert printable("a\x1b[2Jb\tc\nd\x9b1m\x00\x7f") == "a␛[2Jb c\nd\ufffd1m␀␡"
    assert printable("Größe 😡 عذراً [bold]") == "Größe 😡 عذراً [bold]"
    assert printable_data({"a": ["\x1b", ("\x07",)], "n": 3}) == {"a": ["␛", ("␇",)], "n": 3}
    assert control_characters("tab\there") == []
    assert control_characters("\x1b]0;x\x07") == ["\x07", "\x1b"]
    assert clean_name("  Ana\x1b[31m  Lee \n") == "Ana␛[31m Lee"
    assert len(clean_name("x" * 500)) == 60


def test_names_with_escapes_are_refused_on_the_command_line(capsys) -> None:
    assert main(["simulate", "food-rumour", "--no-save", "--trainee", "\x1b[2Jmallory"]) == 2
    assert "control characters" in capsys.readouterr().err
    assert main(["simulate", "food-rumour", "--no-save", "--team", "   "]) == 2
    assert "cannot be empty" in capsys.readouterr().err


def test_the_store_keeps_names_printable_whoever_calls_it(tmp_path: Path) -> None:
    scenario = load_scenario(resolve_scenario("food-rumour"))
    with Store.open(tmp_path / "r.db") as store:
        drill = store.start_drill(scenario, hash_scenario(scenario), 1, "eve\x1b]0;owned\x07",
                                  "blue\x9b")
        row = store.query("SELECT trainee, team FROM drills WHERE id = ?", (drill,))[0]
    assert row == {"trainee": "eve␛]0;owned␇", "team": "blue\ufffd"}


def test_a_pace_inject_cannot_make_a_drill_that_never_ends() -> None:
    scenario = load_scenario(resolve_scenario("food-rumour"))
    engine = Engine(scenario, seed=1)
    engine.advance(1.0)
    engine.inject(pace=1e12)
    assert engine.state.pace == MAX_PER_MINUTE
    engine.advance(61.0)  # returns: at most about MAX_PER_MINUTE posts in that minute
    arrived = sum(1 for e in engine.log if e.kind == "post_arrived")
    assert 300 < arrived < 2 * MAX_PER_MINUTE


def test_session_inject_pace_is_bounded(tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "team.db")
    assert main(["session", "start", "food-rumour", "--db", db]) == 0
    code = capsys.readouterr().out.split()[1].rstrip(":")
    assert main(["session", "inject", code, "--pace", "1e9", "--db", db]) == 2
    assert "--pace must be above 0 and at most 20" in capsys.readouterr().err


@pytest.mark.parametrize("control", ["\u202e", "\u202d", "\u2066", "\u2067", "\u2068", "\u2069",
                                     "\u202a", "\u202b", "\u202c"])
def test_bidi_overrides_are_shown_not_obeyed(control: str) -> None:
    text = f"Sorry {control}nawob won't fix"
    shown = printable(text)
    assert control not in shown and "\ufffd" in shown
    assert len(shown) == len(text)  # one for one: tone spans still fit
