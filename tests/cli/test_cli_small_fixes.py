"""Issue 15's small command-line points, through the real `crisis-drill` entry point.

A mistyped option gets a "did you mean" (still exit 2, as argparse); a scenario that is not there
is input the user can fix (exit 1, as the README promises), said on one line without a traceback;
the name a person plays under is the name their replies are signed with.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from pty_terminal import CTRL_Q, Terminal, game_env  # the real game on a pty

from simulator.cli import build_parser, main

REPO = Path(__file__).resolve().parents[2]


def _commands(parser: argparse.ArgumentParser,
              prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every command and subcommand (`session start`, ...) the real parser knows."""
    found: list[tuple[str, ...]] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found.append((*prefix, name))
                found += _commands(sub, (*prefix, name))
    return found


COMMANDS = _commands(build_parser())


def test_every_command_is_found() -> None:
    assert {("play",), ("simulate",), ("validate",), ("history",), ("session", "start")} <= set(
        COMMANDS)


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_help_still_works_on_every_command(command: tuple[str, ...],
                                           capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*command, "--help"]) == 0
    assert capsys.readouterr().out.startswith(f"usage: crisis-drill {' '.join(command)}")


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_a_mistyped_option_gets_a_hint_on_every_command(
        command: tuple[str, ...], capsys: pytest.CaptureFixture[str]) -> None:
    """`--hepl` is near `--help`, which every parser has; the error comes from the command's
    own parser (its usage line), before anything runs."""
    assert main([*command, "--hepl"]) == 2
    err = capsys.readouterr().err
    assert f"crisis-drill {' '.join(command)}: error: unknown option --hepl; did you mean " \
           "'--help'?" in err
    assert "Traceback" not in err


def test_play_sed_says_did_you_mean_seed() -> None:
    done = subprocess.run([sys.executable, "-m", "simulator", "play", "--sed", "3"],
                          capture_output=True, text=True, cwd=REPO, timeout=60)
    assert done.returncode == 2
    assert "crisis-drill play: error: unknown option --sed; did you mean '--seed'?" in done.stderr
    assert done.stderr.startswith("usage: crisis-drill play")
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("args, option, near", [
    (["simulate", "food-rumour", "--bots", "rude"], "--bots", "--bot"),
    (["session", "start", "food-rumour", "--sed=4"], "--sed", "--seed"),
    (["history", "--trainee", "x", "--jsn"], "--jsn", "--json"),
    (["--verison"], "--verison", "--version"),
])
def test_the_hint_names_the_nearest_option_of_that_command(
        args: list[str], option: str, near: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(args) == 2
    assert f"unknown option {option}; did you mean {near!r}?" in capsys.readouterr().err


def test_an_option_nothing_resembles_gets_no_guess(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["preview", "food-rumour", "--zzzzzz"]) == 2
    err = capsys.readouterr().err
    assert "unknown option --zzzzzz" in err and "did you mean" not in err


def test_a_missing_argument_caused_by_the_typo_names_the_typo(
        capsys: pytest.CaptureFixture[str]) -> None:
    """argparse alone says "one of the arguments DRILL --last --session is required"."""
    assert main(["report", "--lst", "-o", "x.html"]) == 2
    assert "unknown option --lst; did you mean '--last'?" in capsys.readouterr().err


def test_a_mistyped_command_keeps_argparses_choices(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["simulte", "--bot", "rude"]) == 2
    err = capsys.readouterr().err
    assert "invalid choice: 'simulte'" in err and "unknown option" not in err


def test_options_that_are_right_still_parse(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["preview", "food-rumour", "--seed", "3"]) == 0
    assert capsys.readouterr().out.startswith("food-rumour: ")


# -- a scenario that is not there: exit 1 -------------------------------------------------------
@pytest.mark.parametrize("args", [
    ["play", "no-such-scenario"],
    ["simulate", "no-such-scenario", "--no-save"],
    ["preview", "no-such-scenario"],
    ["validate", "no-such-scenario"],
    ["tone", "--scenario", "no-such-scenario", "Hi, sorry about that"],
    ["serve", "no-such-scenario"],
])
def test_an_unknown_scenario_exits_1_with_one_line(args: list[str],
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert main(args) == 1
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith(f"crisis-drill {args[0]}: 'no-such-scenario' is neither a file "
                               "nor a bundled scenario")
    assert "Traceback" not in captured.err


def test_session_start_with_an_unknown_scenario_exits_1(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "team.db"
    assert main(["session", "start", "no-such-scenario", "--db", str(db)]) == 1
    assert "'no-such-scenario' is neither a file nor a bundled scenario" in capsys.readouterr().err
    assert not db.exists()


@pytest.mark.parametrize("command", ["play", "simulate", "preview", "validate"])
def test_a_near_bundled_id_is_suggested(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([command, "food-rumor"]) == 1
    assert "did you mean 'food-rumour'?" in capsys.readouterr().err


def test_a_missing_file_exits_1_in_a_real_process(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "simulator", "simulate",
                           str(tmp_path / "gone.yaml"), "--no-save"],
                          capture_output=True, text=True, cwd=REPO, timeout=60)
    assert done.returncode == 1
    assert done.stderr == f"crisis-drill simulate: no such file: {tmp_path / 'gone.yaml'}\n"


def test_validate_goes_on_past_a_missing_file_and_exits_1(capsys: pytest.CaptureFixture[str]
                                                         ) -> None:
    good = REPO / "scenarios" / "food-rumour.yaml"
    assert main(["validate", "no-such-scenario", str(good)]) == 1
    captured = capsys.readouterr()
    assert f"{good}: ok" in captured.out
    assert main(["validate", str(good)]) == 0


# -- one name for the trainee -------------------------------------------------------------------
def _started(db: Path) -> tuple[str, str | None] | None:
    """(trainee, agent) of the only drill in `db` once its clock has started, else None."""
    if not db.exists():
        return None
    with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as connection:
        try:
            row = connection.execute(
                "SELECT d.trainee, e.data FROM drills d JOIN events e ON e.drill_id = d.id "
                "WHERE e.kind = 'drill_started'").fetchone()
        except sqlite3.OperationalError:  # the game is still creating its tables
            return None
    return None if row is None else (row[0], json.loads(row[1]).get("agent"))


def _play_until_started(argv: list[str], db: Path, login: str) -> tuple[str, str | None]:
    """Run the real game on a pseudo-terminal as user `login`, start the clock, quit."""
    env = {**game_env(), "LOGNAME": login, "USER": login}
    terminal = Terminal([sys.executable, "-m", "simulator", *argv], cwd=REPO, env=env)
    try:
        terminal.wait_for_text("Start the clock")  # the briefing's footer
        mark = terminal.send(b"\r")
        terminal.wait_for_text("backlog", mark)  # the play screen: the clock runs
        started = terminal.until("the drill_started event", lambda: _started(db))
        mark = terminal.send(CTRL_Q)
        terminal.wait_for_text("Quit the drill?", mark)
        terminal.send(b"y")
        terminal.wait_for_exit()
    finally:
        terminal.close()
    assert "Traceback" not in terminal.text()
    return started


@pytest.mark.slow
def test_play_signs_replies_with_the_login_name_the_results_use(tmp_path: Path) -> None:
    """No --trainee: the results say "robin", so the templates' {agent} must not say "Alex"."""
    db = tmp_path / "r.db"
    assert _play_until_started(["play", "food-rumour", "--db", str(db)], db, "robin") == (
        "robin", "robin")


@pytest.mark.slow
def test_play_signs_with_the_first_name_of_trainee(tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    argv = ["play", "food-rumour", "--trainee", "Ana Lima", "--db", str(db)]
    assert _play_until_started(argv, db, "robin") == ("Ana Lima", "Ana")


@pytest.mark.slow
def test_a_joined_drill_signs_with_the_login_name_too(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "team.db"
    assert main(["session", "start", "food-rumour", "--seed", "2", "--mode", "individual",
                 "--db", str(db)]) == 0
    code = capsys.readouterr().out.split()[1].rstrip(":")
    assert _play_until_started(["play", "--join", code, "--db", str(db)], db, "kim") == (
        "kim", "kim")


def test_bots_keep_their_own_names(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "r.db"
    assert main(["simulate", "food-rumour", "--bot", "perfect", "--db", str(db)]) == 0
    capsys.readouterr()
    assert _started(db) == ("bot-perfect", "Alex")


# -- history: nothing on "to work on" that nobody can act on ------------------------------------
OLD_SENTIMENT = {"rule": "sentiment", "label": "Overall sentiment (VADER compound)",
                 "points": -2, "span": None, "guidance": "keep_cool"}


def _old_results_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A real drill by Kim, plus replies as the scorer before scoring 2 recorded them: each one
    with VADER's overall sentiment, so it is the most frequent finding by far."""
    from simulator.drill.events import Event
    from simulator.store import Store

    db = tmp_path / "r.db"
    assert main(["simulate", "food-rumour", "--bot", "rude", "--trainee", "Kim",
                 "--db", str(db)]) == 0
    capsys.readouterr()
    with Store.open(db) as store:
        drill_id = store.query("SELECT id FROM drills")[0]["id"]
        for n in range(60):
            store.record(drill_id, Event(1000.0 + n, "action", "g-0001", {
                "kind": "reply", "text": "ok", "tone": {"score": 50, "findings": [
                    OLD_SENTIMENT, {**OLD_SENTIMENT, "points": 1}]}}))
    return db


def test_history_leaves_sentiment_out_of_to_work_on(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    db = _old_results_file(tmp_path, capsys)
    assert main(["history", "--trainee", "Kim", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "VADER" not in out and "rule sentiment" not in out
    work_on = out.split("(to work on):\n", 1)[1].splitlines()
    assert work_on[0].strip() and "none" not in work_on[0]  # the rude bot's real penalties
    assert len([line for line in work_on if "points in total" in line]) >= 1


def test_history_json_leaves_sentiment_out_too(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    db = _old_results_file(tmp_path, capsys)
    assert main(["history", "--trainee", "Kim", "--db", str(db), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    rules = [item["rule"] for item in result["top_findings"] + result["top_strengths"]]
    assert "sentiment" not in rules
    assert 1 <= len(result["top_findings"]) <= 5
