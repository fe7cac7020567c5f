"""Snapshots of the key screens (pytest-textual-snapshot). Deterministic: fixed seed, fixed size,
a manual clock that only moves when the test says so, and no cursor blink in headless runs.
Update after an intended change with `python3 -m pytest tests/tui/test_tui_snapshots.py
--snapshot-update` and look at the SVGs before committing them."""

from __future__ import annotations

from pathlib import Path

from snapshot_apps.common import advance, wait_for

from simulator.tui.screens.summary import SummaryScreen

APPS = Path(__file__).parents[1] / "snapshot_apps"
BIG = (120, 40)
SMALL = (80, 24)
MEDIUM = (120, 35)
LARGE = (200, 50)


async def start_and_run(pilot, seconds: float = 40) -> None:
    await pilot.press("enter")
    await pilot.pause()
    advance(pilot.app, seconds)
    await pilot.pause()


async def with_template(pilot) -> None:
    await start_and_run(pilot)
    await pilot.press("t")
    await pilot.pause()
    await pilot.press("down", "enter")
    await pilot.pause()


async def at_escalation(pilot) -> None:
    await start_and_run(pilot)
    await pilot.press("e")
    await pilot.pause()


async def at_summary(pilot) -> None:
    await start_and_run(pilot, 20)
    await pilot.press("t")
    await pilot.pause()
    await pilot.press("enter", "ctrl+s")
    await pilot.pause()
    advance(pilot.app, 200)
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, SummaryScreen)
                   and any(body.region.height for body in pilot.app.screen.query("#summary-body")),
                   "the summary laid out on screen at the end")


def test_briefing(snap_compare) -> None:
    assert snap_compare(APPS / "briefing_app.py", terminal_size=BIG)


def test_briefing_small(snap_compare) -> None:
    assert snap_compare(APPS / "briefing_app.py", terminal_size=SMALL)


def test_play(snap_compare) -> None:
    assert snap_compare(APPS / "play_app.py", terminal_size=MEDIUM, run_before=with_template)


def test_play_large(snap_compare) -> None:
    assert snap_compare(APPS / "play_app.py", terminal_size=LARGE, run_before=with_template)


def test_play_small(snap_compare) -> None:
    assert snap_compare(APPS / "play_app.py", terminal_size=SMALL, run_before=with_template)


def test_escalation_dialog(snap_compare) -> None:
    assert snap_compare(APPS / "play_app.py", terminal_size=BIG, run_before=at_escalation)


def test_summary(snap_compare) -> None:
    assert snap_compare(APPS / "play_app.py", terminal_size=BIG, run_before=at_summary)
