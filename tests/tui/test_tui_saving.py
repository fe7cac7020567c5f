"""A results file that stops taking writes mid-drill (disk full): the trainee is told at once, the
drill pauses, writes are retried, and nothing the game acknowledged is lost.

The file is made full for real with SQLite's `max_page_count` (the same SQLITE_FULL "database or
disk is full" a full disk gives), then given room again, on the real app driven by Pilot.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from snapshot_apps.common import advance, build

from simulator.store import Store
from simulator.tui.screens.play import PlayScreen
from simulator.tui.screens.saving import SavingScreen

SIZE = (120, 40)


def small_page_store(path: Path) -> Store:
    """A results file with 512-byte pages, so a few events need a new page (a full disk shows
    after seconds of drill time, not after minutes)."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA page_size = 512")
    conn.execute("CREATE TABLE scratch (x)")
    conn.execute("DROP TABLE scratch")
    conn.close()
    return Store.open(path)


def fill(store: Store) -> None:
    """No room for another page: the next write that needs one fails as a full disk does."""
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages}")


def make_room(store: Store) -> None:
    store.conn.execute("PRAGMA max_page_count = 1073741823")


def saved_events(store: Store, drill_id: int) -> list[tuple[float, str, str | None]]:
    return [(row["t"], row["kind"], row["post_id"]) for row in store.query(
        "SELECT t, kind, post_id FROM events WHERE drill_id = ? ORDER BY seq", (drill_id,))]


def logged_events(app) -> list[tuple[float, str, str | None]]:
    return [(e.t, e.kind, e.post_id) for e in app.session.engine.log]


async def start_then_fill(pilot, store: Store) -> None:
    """Start the drill, play 5 s, fill the file, play on until a write fails."""
    await pilot.press("enter")
    await pilot.pause()
    advance(pilot.app, 5)
    fill(store)
    advance(pilot.app, 40)  # posts keep arriving until a write fails; then the drill stops
    await pilot.pause()


async def test_a_full_disk_pauses_the_drill_and_every_event_is_saved_once_room_returns(
        tmp_path: Path) -> None:
    store = small_page_store(tmp_path / "results.db")
    app, _ = build(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await start_then_fill(pilot, store)
        assert isinstance(app.screen, SavingScreen)
        assert app.session.clock.paused
        assert app.session.unsaved  # held in memory, in order
        shown = str(app.screen.query_one("#pause-box").render())
        assert "not being saved" in shown and "disk is full" in shown
        paused_at = app.session.now()
        advance(app, 30)  # the clock is stopped while the file is full
        assert app.session.now() == paused_at
        await pilot.press("r")  # still full: still waiting, nothing dropped
        await pilot.pause()
        assert isinstance(app.screen, SavingScreen) and app.session.unsaved

        make_room(store)
        await pilot.press("r")
        await pilot.pause()
        assert not app.session.unsaved and app.session.store_error is None
        assert "Saved" in str(app.screen.query_one("#pause-box").render())
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PlayScreen) and not app.session.clock.paused
        advance(app, 10)
        await pilot.press("l")  # an action after recovery is saved as usual
        await pilot.press("q", "y")
        await pilot.pause()
        drill_id = app.session.drill_id
        logged = logged_events(app)
    assert drill_id is not None
    assert saved_events(store, drill_id) == logged  # every event, once, in order
    assert store.query("SELECT status FROM drills")[0]["status"] == "aborted"
    store.close()


async def test_playing_on_unsaved_says_so_and_catches_up_when_room_returns(
        tmp_path: Path) -> None:
    store = small_page_store(tmp_path / "results.db")
    app, _ = build(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await start_then_fill(pilot, store)
        assert isinstance(app.screen, SavingScreen)
        await pilot.press("c")  # play on, the events held in memory
        await pilot.pause()
        assert isinstance(app.screen, PlayScreen) and not app.session.clock.paused
        await pilot.press("l")
        await pilot.pause()
        status = str(app.screen.query_one("#status").render())
        assert "not saved yet" in status and "✓ Left" in status
        make_room(store)
        advance(app, 2)  # the next write takes everything that waited
        await pilot.pause()
        assert not app.session.unsaved
        drill_id = app.session.drill_id
        await pilot.press("q", "y")
        await pilot.pause()
        logged = logged_events(app)
    assert drill_id is not None
    assert saved_events(store, drill_id) == logged
    assert [a["kind"] for a in store.query("SELECT kind FROM actions")] == ["leave"]
    store.close()
