"""Play a short drill end to end through the real app (App.run_test) on a manual clock, and check
what the engine and the results file recorded, not only what the screen shows."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from snapshot_apps.common import DRILL_YAML, advance, build, screen_shows, shown, started, wait_for
from textual.widgets import Input, TextArea

from simulator.drill.events import Event
from simulator.store import Store
from simulator.tui.screens.briefing import BriefingScreen
from simulator.tui.screens.escalate import EscalateScreen
from simulator.tui.screens.pause import PauseScreen
from simulator.tui.screens.play import PlayScreen
from simulator.tui.screens.summary import SummaryScreen
from simulator.tui.screens.templates import TemplateScreen
from simulator.tui.widgets.composer import Composer
from simulator.tui.widgets.feed import FeedView

SIZE = (120, 40)


def keys(text: str) -> list[str]:
    return ["space" if char == " " else char for char in text]


async def burst(pilot, names: list[str], until: Callable[[], object], what: str) -> None:
    """Keys as a fast typist sends them: all queued at once, as the terminal delivers a burst,
    before the app has handled the first (`pilot.press` waits for each key to be handled); then
    the app runs until `until()` says the burst was handled."""
    from textual import events

    for name in names:
        char = " " if name == "space" else (name if len(name) == 1 else None)
        pilot.app.post_message(events.Key(name, char))
    await wait_for(pilot, until, what)


async def select(pilot, post_id: str) -> None:
    """Move the feed cursor to a post with the keyboard, as a trainee would."""
    feed = pilot.app.screen.query_one(FeedView)
    feed.focus()
    await pilot.press("home")
    await pilot.press(*["j"] * feed.order.index(post_id))
    await pilot.pause()
    assert feed.selected_id == post_id


async def test_a_short_drill_end_to_end(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "results.db")
    app, clock = build(store=store, coach=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, BriefingScreen)
        assert not app.session.started and app.session.drill_id is None
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PlayScreen)
        advance(app, 20)
        await pilot.pause()
        engine = app.session.engine
        assert engine.now == 20.0
        assert {"s:sick", "s:troll", "s:reporter"} <= set(app.session.model.items)

        # Reply to the sick customer with a template, personalised where it asks.
        await select(pilot, "s:sick")
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, TemplateScreen)
        await pilot.press("down", "enter")
        await pilot.pause()
        composer = app.screen.query_one(Composer)
        area = composer.area
        assert area.has_focus and "{detail}" in composer.text
        assert area.selected_text == "{detail}"
        await pilot.press(*keys("her illness"))
        assert "{detail}" not in composer.text
        assert "sorry about her illness." in composer.text
        assert not any(e.kind == "action" for e in engine.log)  # letters typed are only text
        await pilot.press("ctrl+s")
        await pilot.pause()
        sick = engine.post("s:sick")
        assert sick.replied and len(sick.tones) == 1
        assert composer.text == ""
        coach = app.screen.query_one("#coach")
        assert coach.display  # coach mode shows the findings

        # Escalate it to Safety with a note.
        await select(pilot, "s:sick")
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, EscalateScreen)
        await pilot.press("2", *keys("child ill"), "enter")
        await pilot.pause()
        assert engine.post("s:sick").escalated_to == ("safety",)

        # Hide the troll (confirmed).
        await select(pilot, "s:troll")
        await pilot.press("h")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert engine.post("s:troll").hidden

        # Pause: the clock stops and the feed is hidden.
        before = app.session.now()
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, PauseScreen)
        assert not app.screen.query(FeedView)
        clock.advance(30)
        assert app.session.now() == before
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, PlayScreen)
        assert app.session.now() == before

        # Run to the end: the summary appears and the drill is finished in the results file.
        advance(app, 200)
        await wait_for(pilot, lambda: isinstance(app.screen, SummaryScreen)
                       and app.screen.query("#summary-body"), "the summary on screen at the end")
        assert engine.finished
        text = shown(app.screen.query_one("#summary-body"))
        assert "The three biggest lessons" in text and "Composite" in text
        drill_id = app.session.drill_id
        await pilot.press("d")  # the summary leads to the debrief of this drill
        await pilot.pause()
        from simulator.tui.debrief import DebriefScreen

        assert isinstance(app.screen, DebriefScreen)
    rows = store.query("SELECT status, trainee FROM drills WHERE id = ?", (drill_id,))
    assert rows == [{"status": "finished", "trainee": "Robin"}]
    actions = store.query(
        "SELECT kind, post_id, template_id, route FROM actions WHERE drill_id = ? ORDER BY seq",
        (drill_id,))
    assert [(a["kind"], a["post_id"]) for a in actions] == [
        ("reply", "s:sick"), ("escalate", "s:sick"), ("hide", "s:troll")]
    assert actions[0]["template_id"] == "apology" and actions[1]["route"] == "safety"
    stored = store.query("SELECT COUNT(*) AS n FROM events WHERE drill_id = ?", (drill_id,))
    assert stored[0]["n"] == len(engine.log)  # every event recorded, none lost
    store.close()


async def test_composer_keeps_text_and_focus_while_posts_arrive() -> None:
    app, _ = build()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        advance(app, 10)
        await pilot.press("r")
        await pilot.press(*keys("hello there"))
        area = app.screen.query_one("#composer-text", TextArea)
        rows_before = app.screen.query_one(FeedView).row_count
        advance(app, 100)  # the busy phase: several new posts
        await pilot.pause()
        assert app.screen.query_one(FeedView).row_count > rows_before
        assert area.has_focus and area.text == "hello there"
        assert area.cursor_location == (0, len("hello there"))
        assert not any(e.kind == "action" for e in app.session.engine.log)


async def test_quit_mid_drill_keeps_everything_as_aborted(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "results.db")
    app, _ = build(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        advance(app, 30)
        await pilot.press("l")  # leave the selected post: one action recorded
        await pilot.press("q")
        await pilot.pause()
        await pilot.press("n")  # changed my mind
        await pilot.pause()
        assert isinstance(app.screen, PlayScreen)
        await pilot.press("q", "y")
        await pilot.pause()
        drill_id = app.session.drill_id
        logged = len(app.session.engine.log)
    assert store.query("SELECT status FROM drills")[0]["status"] == "aborted"
    assert store.query("SELECT COUNT(*) AS n FROM events WHERE drill_id = ?",
                       (drill_id,))[0]["n"] == logged
    assert [a["kind"] for a in store.query("SELECT kind FROM actions")] == ["leave"]
    store.close()


async def test_a_reply_over_the_channel_limit_is_refused() -> None:
    app, _ = build()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        advance(app, 20)
        await select(pilot, "s:reporter")  # X: 280 characters
        await pilot.press("r")
        composer = app.screen.query_one(Composer)
        composer.area.load_text("x" * 290)
        await pilot.pause()
        assert "over by 10" in shown(composer.query_one("#composer-counter"))
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not app.session.engine.post("s:reporter").replied
        assert "Too long for this channel" in shown(app.screen.query_one("#status"))


async def test_scenario_file_loads_after_the_first_frame_and_the_picker_switches() -> None:
    """The CLI passes a path: the briefing fills in once the warm-up thread has loaded it; the
    picker (s) validates a typed path and switches to a bundled drill before the clock starts."""
    from simulator.tui.app import make_app
    from simulator.tui.clock import ManualClock
    from simulator.tui.screens.picker import PickerScreen

    app = make_app(DRILL_YAML, seed=3, clock=ManualClock())
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.loaded and app.session._engine is not None,
                       "the warm-up thread loading the scenario file")
        await pilot.pause()
        assert "Bramble Foods: the test kitchen" in screen_shows(app)
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, PickerScreen)
        await pilot.press("tab", *"nope.yaml", "enter")
        await pilot.pause()
        assert "no such file: nope.yaml" in shown(app.screen.query_one("#picker-error"))
        app.screen.query_one("#path", Input).value = ""
        await pilot.press("shift+tab", "enter")  # the first bundled scenario
        await pilot.pause()
        assert isinstance(app.screen, BriefingScreen)
        assert app.session.scenario.id != "tui-test"
        assert app.session.scenario.title in screen_shows(app)


async def test_the_feed_holds_still_while_the_trainee_moves_through_it() -> None:
    app, _ = build()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        advance(app, 30)
        feed = app.screen.query_one(FeedView)
        await pilot.press("j")
        before = feed.order
        advance(app, 120)  # many arrivals, while the cursor key was just pressed
        await pilot.pause()
        assert feed.order == before
        feed.moved_at -= 10  # the trainee stopped moving a while ago
        advance(app, 1)
        await pilot.pause()
        assert len(feed.order) > len(before)
        assert feed.selected_id == feed.order[feed.cursor]


async def test_every_route_of_a_bundled_scenario_fits_the_escalate_dialog_at_80x24() -> None:
    from textual.widgets import OptionList

    from simulator.scenario.library import resolve_scenario
    from simulator.scenario.loader import load_scenario
    from simulator.tui.app import make_app
    from simulator.tui.clock import ManualClock

    for scenario_id in ("food-rumour", "rude-agent-screenshot"):
        scenario = load_scenario(resolve_scenario(scenario_id))
        app = make_app(scenario, seed=1, clock=ManualClock())
        async with app.run_test(size=(80, 24)) as pilot:
            await started(pilot, 20)
            await pilot.press("e")
            await pilot.pause()
            assert isinstance(app.screen, EscalateScreen)
            routes = app.screen.query_one("#routes", OptionList)
            assert routes.option_count == len(scenario.routes)
            assert routes.max_scroll_y == 0, f"{scenario_id}: routes need scrolling at 80x24"


async def test_g_jumps_to_the_most_urgent_open_post_whatever_the_sort() -> None:
    app, _ = build()
    async with app.run_test(size=SIZE) as pilot:
        await started(pilot, 40)
        screen = app.screen
        assert isinstance(screen, PlayScreen)
        feed = screen.query_one(FeedView)
        model = app.session.model
        now = app.session.now()
        urgent = model.most_urgent(now)
        assert urgent is not None
        assert feed.order[0] == urgent  # sorted by urgency: the most urgent on top
        await pilot.press("o")  # newest first
        await pilot.pause()
        assert screen.sort == "newest"
        newest = max((i for i in model.items.values() if not i.handled),
                     key=lambda i: i.arrived_at)
        assert feed.order[0] == newest.post_id
        await pilot.press("end", "g")  # from the bottom, the order held by the cursor key
        await pilot.pause()
        assert feed.selected_id == model.most_urgent(app.session.now())
        await pilot.press("o")
        await pilot.pause()
        assert screen.sort == "urgency"


async def test_a_reply_with_the_placeholder_still_in_it_asks_before_it_goes() -> None:
    from simulator.tui.screens.confirm import ConfirmScreen

    app, _ = build()
    async with app.run_test(size=SIZE) as pilot:
        await started(pilot, 20)
        engine = app.session.engine
        await select(pilot, "s:sick")
        await pilot.press("t", "down", "enter")  # a template with {detail}, sent at once
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await pilot.pause()
        composer = app.screen.query_one(Composer)
        assert not engine.post("s:sick").replied and "{detail}" in composer.text
        assert composer.area.has_focus
        await pilot.press("ctrl+s", "y")  # asked again; sent knowingly this time
        await pilot.pause()
        assert engine.post("s:sick").replied
        findings = [e for e in engine.log if e.kind == "action"][-1].data["tone"]["findings"]
        assert any(f["rule"] == "template_unfilled" for f in findings)


async def test_d_opens_the_composer_in_dm_mode_and_moves_nothing_on_its_own() -> None:
    app, _ = build()
    async with app.run_test(size=SIZE) as pilot:
        await started(pilot, 20)
        engine = app.session.engine
        await select(pilot, "s:sick")
        await pilot.press("d")
        await pilot.pause()
        composer = app.screen.query_one(Composer)
        assert composer.dm_mode and composer.area.has_focus
        assert not engine.post("s:sick").dm
        await pilot.press("escape")  # changed my mind
        await pilot.pause()
        assert not composer.dm_mode and not engine.post("s:sick").dm
        await pilot.press("d", *keys("Hi Rebecca, we have sent you a DM."), "ctrl+s")
        await pilot.pause()
        sick = engine.post("s:sick")
        assert sick.dm and sick.replied  # the public line counts as the answer
        assert not composer.dm_mode and composer.text == ""


async def test_keys_typed_fast_into_the_escalation_dialog_land_in_order() -> None:
    """The trainee's report: `e`, `2`, a note and Enter typed fast left the dialog open and
    empty, and once the digits of the note picked a route (Legal instead of Tier-2)."""
    app, _ = build()
    async with app.run_test(size=SIZE) as pilot:
        await started(pilot, 20)
        engine = app.session.engine
        await select(pilot, "s:sick")
        def escalations() -> list[Event]:
            return [e for e in engine.log if e.kind == "action" and e.data["kind"] == "escalate"]

        # no pause anywhere: the dialog opens, the route is picked, the note typed and sent
        await burst(pilot, ["e", "2", *keys("child 3 ill, 1 more"), "enter"],
                    lambda: escalations() and not isinstance(app.screen, EscalateScreen),
                    "the escalation sent and its dialog closed")
        assert not isinstance(app.screen, EscalateScreen)
        log = escalations()
        assert [(e.data["route"], e.data["note"]) for e in log] == [
            ("safety", "child 3 ill, 1 more")]
        # the same by the route's letter, which is the same in every scenario with that team
        await select(pilot, "s:reporter")
        await burst(pilot, ["e", "p", *keys("journalist 2"), "enter"],
                    lambda: len(escalations()) == 2 and not isinstance(app.screen, EscalateScreen),
                    "the second escalation sent and its dialog closed")
        log = escalations()
        assert (log[-1].post_id, log[-1].data["route"], log[-1].data["note"]) == (
            "s:reporter", "pr", "journalist 2")


def test_route_letters_are_stable_across_scenarios() -> None:
    from simulator.scenario import load_scenario
    from simulator.scenario.library import bundled_scenarios
    from simulator.tui.screens.escalate import route_letters

    seen: dict[str, set[str]] = {}
    for _, path in bundled_scenarios():
        routes = load_scenario(path).routes
        letters = route_letters(routes)
        assert len(set(letters.values())) == len(routes)  # one letter each
        for route_id, letter in letters.items():
            seen.setdefault(route_id, set()).add(letter)
    assert seen["pr"] == {"p"} and seen["legal"] == {"l"} and seen["tier2"] == {"t"}
    assert all(len(letters) == 1 for letters in seen.values()), seen


async def test_the_template_picker_uses_a_wide_terminal_and_shows_each_template_whole() -> None:
    from textual.widgets import OptionList

    app, _ = build()
    async with app.run_test(size=(200, 50)) as pilot:
        await started(pilot, 20)
        await select(pilot, "s:sick")
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, TemplateScreen)
        dialog = app.screen.query_one("#template-dialog")
        assert dialog.size.width > 100
        options = app.screen.query_one("#templates", OptionList)
        for index, template in enumerate(app.session.scenario.templates):
            shown = str(options.get_option_at_index(index).prompt)
            assert " ".join(template.text.split()) in shown
    small, _ = build()
    async with small.run_test(size=(80, 24)) as pilot:  # and still fits a small terminal
        await started(pilot, 20)
        await select(pilot, "s:sick")
        await pilot.press("t")
        await pilot.pause()
        assert small.screen.query_one("#template-dialog").size.width <= 80
