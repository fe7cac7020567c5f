"""The Textual debrief, driven with the keyboard at 80x24 on a real results file."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from debrief_fixtures import HOSTILE, shared_results
from rich.console import Console
from rich.text import Text
from textual.app import App
from textual.widget import Widget
from textual.widgets import DataTable, Sparkline, Static

from simulator.debrief.model import build_debrief
from simulator.store import Store
from simulator.tui.debrief import DebriefScreen, make_debrief_app, open_debrief

SIZE = (80, 24)


@pytest.fixture(scope="module")
def results() -> tuple[Path, dict[str, int]]:
    return shared_results()


@pytest.fixture
def store(results):
    with Store.open(results[0], create=False) as opened:
        yield opened


def shown(screen: Widget, selector: str) -> Text:
    content = screen.query_one(selector, Static).content
    assert isinstance(content, Text)  # never a markup string
    return content


async def test_overview_shows_scores_lessons_and_literal_names(store, results) -> None:
    app = make_debrief_app(store, results[1]["hostile"])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, DebriefScreen) and screen.active_tab == "overview"
        text = shown(screen, "#overview-body").plain
        assert "bob <b>" in text and "What to improve" in text and "Missed escalations" in text
        assert "[red]note[/red] <i>x</i>" in text  # observer note, as typed
        assert "“" in text  # lessons quote the seed guidance


async def test_posts_tab_highlights_findings_on_the_literal_reply(store, results) -> None:
    debrief = build_debrief(store, results[1]["hostile"])
    target = next(i for i, p in enumerate(debrief.posts) if p.replies)
    app = make_debrief_app(store, results[1]["hostile"], debrief=debrief)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, DebriefScreen) and screen.active_tab == "posts"
        table = screen.query_one("#posts-table", DataTable)
        assert table.has_focus and table.row_count == len(debrief.posts)
        await pilot.press(*["down"] * target)
        await pilot.pause()
        detail = shown(screen, "#post-detail")
        assert HOSTILE in detail.plain  # markup and HTML shown as typed
        post = debrief.posts[target]
        assert "ghost: ana" in detail.plain
        spans = [s for s in detail.spans if "on" in str(s.style)]  # highlighted evidence
        assert len(spans) >= sum(1 for f in post.replies[0].findings if f.span)


async def test_timeline_steps_and_enter_opens_the_replay_there(store, results) -> None:
    debrief = build_debrief(store, results[1]["hostile"], with_ghost=False)
    app = make_debrief_app(None, 0, debrief=debrief)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        await pilot.pause()
        await pilot.press("down", "down", "down", "down")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, DebriefScreen)
        entry = debrief.timeline[4]
        assert shown(screen, "#timeline-detail").plain.split("\n")[1] == entry.summary
        await pilot.press("enter")
        await pilot.pause()
        assert screen.active_tab == "replay" and screen.replay_t == entry.t
        arrived = [p.post_id for p in debrief.posts if p.arrived_t <= entry.t]
        assert sorted(screen.feed_ids()) == sorted(arrived)


async def test_replay_scrubs_with_arrows_brackets_home_end(store, results) -> None:
    debrief = build_debrief(store, results[1]["hostile"])
    app = make_debrief_app(None, 0, debrief=debrief)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        assert isinstance(screen, DebriefScreen)
        await pilot.press("right")  # not on the replay tab: time does not move
        assert screen.replay_t == 0.0
        await pilot.press("6")
        await pilot.pause()
        assert screen.feed_ids() == []
        await pilot.press("right_square_bracket")
        await pilot.pause()
        first_event = min(e.t for e in debrief.timeline if e.t > 0)
        assert screen.replay_t == first_event
        await pilot.press("right", "right")
        assert screen.replay_t == pytest.approx(first_event + 10)
        await pilot.press("left_square_bracket")
        assert screen.replay_t <= first_event + 10
        await pilot.press("end")
        await pilot.pause()
        assert screen.replay_t == debrief.drill.duration
        assert len(screen.feed_ids()) == len(debrief.posts)
        assert screen.replay_problem is None  # the engine replay matched the recording
        header = shown(screen, "#replay-header").plain
        assert "8:00 / 8:00" in header and "from the log" not in header
        detail = shown(screen, "#replay-detail").plain
        assert "ghost: ana" in detail or "ghost: no comparable" in detail
        await pilot.press("home")
        assert screen.replay_t == 0.0 and screen.feed_ids() == []


async def test_charts_and_escalation_tabs(store, results) -> None:
    debrief = build_debrief(store, results[1]["hostile"], with_ghost=False)
    app = make_debrief_app(None, 0, debrief=debrief)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("5")
        await pilot.pause()
        charts = list(app.screen.query(Sparkline))
        assert len(charts) == 4 and charts[0].data is not None
        assert list(charts[0].data) == [float(b.backlog) for b in debrief.series]
        await pilot.press("4")
        await pilot.pause()
        matrix = shown(app.screen, "#confusion").plain
        assert "expected \\ chosen" in matrix and "missed" in matrix
        await pilot.press("question_mark")
        await pilot.pause()
        assert type(app.screen).__name__ == "HelpScreen"
        console = Console(width=80, record=True, file=io.StringIO())
        console.print(app.screen.query_one("#help-keys", Static).content)
        keys = console.export_text()
        for line in ("Esc", "Next event", "Timeline", "→"):
            assert line in keys
        assert re.search(r"q / Esc\s+Close", keys), keys  # descriptions have room
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, DebriefScreen)


async def test_close_exits_the_app_and_pops_back_when_pushed(store, results) -> None:
    app = make_debrief_app(store, results[1]["good"])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0 and not app.is_running

    class Host(App[None]):
        """Stands in for the play app: its summary calls `open_debrief`."""

    host = Host()
    async with host.run_test(size=SIZE) as pilot:
        assert open_debrief(host, store, 999) is None  # no such drill: a notification
        await pilot.pause()
        assert not isinstance(host.screen, DebriefScreen)
        assert any("no drill 999" in n.message for n in host._notifications)
        assert open_debrief(host, store, results[1]["good"]) is not None
        await pilot.pause()
        assert isinstance(host.screen, DebriefScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(host.screen, DebriefScreen) and host.is_running


async def test_the_play_apps_summary_opens_the_debrief_of_the_drill_just_played(tmp_path) -> None:
    """Play a drill in the real play app (manual clock), then `d` on the summary: the debrief of
    that drill opens over it, replays it exactly, and closing it returns to the summary."""
    from snapshot_apps.common import advance, build

    with Store.open(tmp_path / "results.db") as store:
        app, _ = build(store=store)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("enter")
            await pilot.pause()
            advance(app, 20)
            await pilot.press("t")
            await pilot.pause()
            await pilot.press("enter", "ctrl+s")
            await pilot.pause()
            advance(app, 400)
            await pilot.pause()
            summary = app.screen
            await pilot.press("d")
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, DebriefScreen)
            assert screen.debrief.drill.id == app.session.drill_id
            assert any(p.replies for p in screen.debrief.posts)
            await pilot.press("6", "end")
            await pilot.pause()
            assert len(screen.feed_ids()) == len(screen.debrief.posts)
            assert screen.replay_problem is None
            await pilot.press("q")
            await pilot.pause()
            assert app.screen is summary
