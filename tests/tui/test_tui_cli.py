"""`crisis-drill play` from the shell: argument errors are readable and never a traceback, and
`crisis-drill` alone means play. (The game itself is tested through App.run_test.)"""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from snapshot_apps.common import wait_for

from simulator.cli import build_parser, main


def test_play_is_the_first_command_and_the_default(capsys: pytest.CaptureFixture[str]) -> None:
    parser = build_parser()
    (commands,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    choices = list(commands.choices)
    assert choices[0] == "play"
    assert main([]) == 2  # no terminal under pytest: play explains instead of starting
    assert "play needs an interactive terminal" in capsys.readouterr().err


def test_play_options_parse() -> None:
    args = build_parser().parse_args(
        ["play", "food-rumour", "--seed", "7", "--trainee", "Sam", "--team", "Blue", "--coach",
         "--pick", "--no-save"])
    assert (args.scenario, args.seed, args.trainee, args.team) == ("food-rumour", 7, "Sam", "Blue")
    assert args.coach and args.pick and args.no_save


def test_unknown_scenario_is_fixable_input(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["play", "no-such-drill"]) == 1
    err = capsys.readouterr().err
    assert "no-such-drill" in err and "Traceback" not in err


async def test_an_invalid_scenario_file_ends_the_app_with_its_error(tmp_path: Path) -> None:
    """play hands the file to the app, which loads it after the first frame; run_play turns
    `load_error` into the usual `is not a valid scenario` message and exit code 1."""
    from simulator.tui.app import make_app
    from simulator.tui.clock import ManualClock

    bad = tmp_path / "bad.yaml"
    bad.write_text("id: bad\ntitle: [unclosed\n", encoding="utf-8")
    app = make_app(bad, seed=1, clock=ManualClock())
    async with app.run_test() as pilot:
        await wait_for(pilot, lambda: app.load_error, "the warm-up thread's load error")
        await pilot.pause()
    assert app.load_error and "is not a valid scenario" in app.load_error
    assert str(bad) in app.load_error and app.return_code == 1


def test_picker_validates_a_typed_path(tmp_path: Path) -> None:
    from simulator.tui.screens.picker import load_choice

    scenario, path, error = load_choice(str(tmp_path / "missing.yaml"))
    assert scenario is None and path is None and error and "no such file" in error
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: bad\n", encoding="utf-8")
    scenario, path, error = load_choice(str(bad))
    assert scenario is None and error and "not a valid scenario" in error
    scenario, path, error = load_choice("food-rumour")
    assert error is None and scenario is not None and scenario.id == "food-rumour"
    assert path is not None and path.name == "food-rumour.yaml"
