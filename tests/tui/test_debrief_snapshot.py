"""Snapshots of the debrief screen at 80x24 (pytest-textual-snapshot).

Update after an intended change with `python3 -m pytest tests/tui/test_debrief_snapshot.py
--snapshot-update` and look at the SVGs before committing them."""

from __future__ import annotations

from pathlib import Path

APPS = Path(__file__).parents[1] / "snapshot_apps"
SMALL = (80, 24)


def test_debrief_overview(snap_compare) -> None:
    assert snap_compare(APPS / "debrief_app.py", terminal_size=SMALL)


def test_debrief_posts(snap_compare) -> None:
    assert snap_compare(APPS / "debrief_app.py", terminal_size=SMALL,
                        press=["3", "down", "down", "down"])


def test_debrief_replay(snap_compare) -> None:
    assert snap_compare(APPS / "debrief_app.py", terminal_size=SMALL,
                        press=["6", "right_square_bracket", "right_square_bracket",
                               "right_square_bracket", "right", "right"])
