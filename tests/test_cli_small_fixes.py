"""Issue 15's small command-line points, through the real `crisis-drill` entry point.

A mistyped option gets a "did you mean" (still exit 2, as argparse).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest

from simulator.cli import build_parser, main

REPO = Path(__file__).resolve().parents[1]


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
