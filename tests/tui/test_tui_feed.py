"""The feed as a care desk reads it: one card per post, its text wrapped over two lines (three in
a tall feed) under a line of triage cues, at every terminal size, with clicks and paging landing
on the post under them."""

from __future__ import annotations

import io
from typing import Any

import pytest
from rich.cells import cell_len
from rich.console import Console
from snapshot_apps.common import build, in_view, shown, started, wait_for
from textual.events import Click
from textual.widgets import Static

from simulator.drill.events import Action
from simulator.scenario import load_scenario
from simulator.scenario.library import default_scenario_path
from simulator.tui.app import make_app
from simulator.tui.clock import ManualClock
from simulator.tui.feed_model import FeedItem
from simulator.tui.screens.play import PlayScreen
from simulator.tui.widgets.composer import Composer
from simulator.tui.widgets.feed import FeedView, meta_text, text_lines_for, wrap_post

SIZES = [(80, 24), (120, 35), (200, 50)]


def item(**changes: Any) -> FeedItem:
    fields: dict[str, Any] = dict(
        post_id="p1", channel="x", public=True, author_name="Priya Herald",
        author_handle="@priya_herald", author_kind="journalist", followers=48_200,
        text="Reporter at the Herald: can you confirm how many customers were affected?",
        arrived_at=10.0, target_s=120.0, parent_id=None)
    fields.update(changes)
    return FeedItem(**fields)


def test_a_long_post_wraps_over_the_lines_given_and_says_it_goes_on() -> None:
    text = " ".join(f"word{i}" for i in range(60))
    lines = wrap_post(text, 30, 2)
    assert len(lines) == 2
    assert all(cell_len(line) <= 30 for line in lines)
    assert lines[0].startswith("word0 word1")
    assert lines[1].endswith("…")
    assert wrap_post("short and sweet", 30, 2) == ["short and sweet"]


def test_wide_characters_are_measured_in_cells() -> None:
    lines = wrap_post("😬" * 40 + " 食べ物が原因で子供が病気になりました" * 3, 20, 3)
    assert len(lines) == 3
    assert all(cell_len(line) <= 20 for line in lines)


@pytest.mark.parametrize("width", [44, 60, 82, 120, 140])
def test_the_cue_line_fills_the_width_and_keeps_reach_and_age(width: int) -> None:
    row = meta_text(item(crossed=True), likes=1520, shares=310, now=40.0, width=width,
                    channel_name="X / Twitter")
    plain = row.plain
    assert cell_len(plain) == width
    assert plain.rstrip().endswith("30s")  # the age is never cut
    assert "♥1.5k ⇄310" in plain and "▲" in plain
    assert "[J]" in plain  # the journalist badge


def test_the_cue_line_shows_the_following_that_makes_a_post_matter() -> None:
    wide = meta_text(item(), 0, 0, 40.0, 100, "X / Twitter").plain
    assert "@priya_herald · 48k followers" in wide
    assert "▲" not in wide  # under the reach threshold: no viral cue
    quiet = meta_text(item(author_kind="customer", followers=63), 0, 0, 40.0, 100, "X").plain
    assert "[J]" not in quiet and "63 followers" in quiet


def test_tall_feeds_show_three_lines_of_text() -> None:
    assert text_lines_for(20) == 2 and text_lines_for(31) == 2 and text_lines_for(46) == 3


def card_lines(feed: FeedView, index: int) -> list[str]:
    """The card at `index` (from the top of the view) as the terminal would draw it."""
    height = feed.card_height
    return [feed.render_line(index * height + line).text for line in range(height)]


@pytest.mark.parametrize("size", SIZES)
async def test_every_size_shows_cards_with_the_posts_text(size: tuple[int, int]) -> None:
    app, _ = build()
    async with app.run_test(size=size) as pilot:
        await started(pilot, 40)
        feed = app.screen.query_one(FeedView)
        assert feed.card_height == (4 if size[1] >= 50 else 3)
        width = feed.scrollable_content_region.width
        assert width >= (76 if size[0] == 80 else 80)  # the feed has the room, not the thread
        model = app.session.model
        cards = 0
        for index, post_id in enumerate(feed.order[: feed.size.height // feed.card_height]):
            lines = card_lines(feed, index)
            post = model.items[post_id]
            assert post.author_handle[:8] in lines[0]
            first_words = " ".join(post.text.split()[:3])
            assert first_words in lines[1], (lines, post.text)
            if cell_len(post.text) > width:  # long enough to wrap: the next line goes on
                assert lines[2].strip(), lines
            assert all(cell_len(line) == width for line in lines)
            cards += 1
        assert cards >= 3
        assert "most urgent first" in shown(app.screen.query_one("#feed-title"))


async def test_a_click_on_a_cards_text_selects_that_post() -> None:
    app, _ = build()
    async with app.run_test(size=(120, 35)) as pilot:
        await started(pilot, 40)
        feed = app.screen.query_one(FeedView)
        target = feed.order[2]
        feed.post_message(Click(feed, 5, 2 * feed.card_height + 2, 0, 0, 1, False, False,
                                False))
        await pilot.pause()
        assert feed.selected_id == target


async def test_page_down_moves_a_screenful_of_cards() -> None:
    app = make_app(load_scenario(default_scenario_path()), seed=1, clock=ManualClock(),
                   trainee="Robin", agent="Robin")
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot, 150)
        feed = app.screen.query_one(FeedView)
        per_screen = feed.size.height // feed.card_height
        assert feed.row_count > 2 * per_screen
        await pilot.press("home", "pagedown")
        await pilot.pause()
        assert feed.cursor == per_screen - 1
        await pilot.press("pagedown")
        await pilot.pause()
        assert feed.cursor == 2 * (per_screen - 1)
        region = feed.scrollable_content_region
        top = int(feed.scroll_offset.y)
        assert top <= feed.cursor * feed.card_height < top + region.height


async def test_coach_mode_at_80x24_keeps_the_thread_readable() -> None:
    """The coach's findings used to take the whole detail pane at 80x24: an empty box."""
    app, _ = build(coach=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot, 40)
        feed = app.screen.query_one(FeedView)
        post_id = feed.selected_id
        assert post_id is not None
        await pilot.press("r")
        composer = app.screen.query_one("#composer", Composer)
        composer.area.text = "Hi, thanks for telling us. We're looking into this now."
        await pilot.press("ctrl+s")
        await pilot.pause()
        coach = app.screen.query_one("#coach")
        thread = app.screen.query_one("#thread")
        assert coach.display and coach.region.height >= 3
        assert thread.region.height >= 4
        words = " ".join(app.session.model.items[post_id].text.split()[:3])
        body = app.screen.query_one("#thread-body")
        assert words in " ".join(in_view(thread, body).split())  # in view: the post itself
        assert feed.region.height >= feed.card_height  # and the feed at least one card


async def test_tab_scrolls_the_thread_to_its_end_and_esc_goes_back() -> None:
    """Help lists the thread's keys, Tab reaches it, End shows the latest entry, Esc returns."""
    app, _ = build()
    async with app.run_test(size=(120, 24)) as pilot:
        await started(pilot, 40)
        screen = app.screen
        assert isinstance(screen, PlayScreen)
        post_id = screen.query_one(FeedView).selected_id
        assert post_id is not None
        for number in range(6):
            screen._act(Action("escalate", post_id, route="pr",
                               note=f"note {number} " + "with a long explanation " * 6), "x")
        thread = screen.query_one("#thread")
        await wait_for(pilot, lambda: thread.max_scroll_y > 0, "a thread long enough to scroll")
        await pilot.press("tab")
        await pilot.pause()
        assert app.focused is thread
        assert "note 5" not in in_view(thread, screen.query_one("#thread-body"))  # not yet
        await pilot.press("end")
        await wait_for(pilot, lambda: thread.scroll_y == thread.max_scroll_y > 0,
                       "End reaching the bottom of the thread")
        assert "note 5" in in_view(thread, screen.query_one("#thread-body"))
        await pilot.press("home")
        await wait_for(pilot, lambda: thread.scroll_y == 0, "Home reaching the top")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.focused, FeedView)
        await pilot.press("question_mark")
        await pilot.pause()
        console = Console(width=100, record=True, file=io.StringIO())
        console.print(app.screen.query_one("#help-keys", Static).content)
        text = console.export_text()
        assert "Thread (Tab from the feed" in text and "End of the thread" in text
        assert "Next pane" in text


async def test_the_feed_scrolls_by_whole_cards() -> None:
    """Scrolled between two cards, the top of the feed showed text lines with no author."""
    app = make_app(load_scenario(default_scenario_path()), seed=1, clock=ManualClock(),
                   trainee="Robin", agent="Robin", coach=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot, 200)
        feed = app.screen.query_one(FeedView)
        assert feed.row_count > 8
        await pilot.press("home")
        for _ in range(8):
            await pilot.press("j")
            await pilot.pause()
            top = int(feed.scroll_offset.y)
            assert top % feed.card_height == 0
            first = top // feed.card_height
            shown = feed.scrollable_content_region.height // feed.card_height
            assert first <= feed.cursor < first + shown  # the whole card is in view
        await pilot.press("r")
        composer = app.screen.query_one("#composer", Composer)
        composer.area.text = "Hi, sorry about this. We're on it now."
        await pilot.press("ctrl+s")  # the coach's box appears: the feed gets shorter
        coach = app.screen.query_one("#coach")
        await wait_for(pilot, lambda: coach.display and coach.region.height > 0,
                       "the coach's box on screen")
        await pilot.pause()  # the feed's layout after the box
        assert int(feed.scroll_offset.y) % feed.card_height == 0


async def test_keys_act_only_where_they_belong() -> None:
    """The feed's letters act on the feed, the composer's Ctrl keys in the composer: Ctrl+S in
    the feed sends nothing, `e` in the thread opens no dialog, Ctrl+P pauses while typing."""
    from simulator.tui.screens.pause import PauseScreen

    app, _ = build()
    async with app.run_test(size=(120, 35)) as pilot:
        await started(pilot, 40)
        engine = app.session.engine
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not [e for e in engine.log if e.kind == "action"]
        await pilot.press("tab")  # the thread
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, PlayScreen)
        await pilot.press("escape", "r", "p", "q")  # back to the feed, reply: letters are text
        await pilot.pause()
        assert isinstance(app.screen, PlayScreen)
        assert app.screen.query_one("#composer", Composer).text == "pq"
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, PauseScreen)
