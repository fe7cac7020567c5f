"""The parts of the game that need no terminal: the drill clock, the trainee's view of the feed
(checked against the engine's own state), the countdown signals and the summary's lessons."""

from __future__ import annotations

from snapshot_apps.common import SEED, drill_scenario

from simulator.drill.engine import Engine
from simulator.drill.events import Action
from simulator.drill.outcomes import score_log
from simulator.tui.clock import DrillClock, ManualClock
from simulator.tui.feed_model import FeedModel, countdown
from simulator.tui.lessons import biggest_lessons
from simulator.tui.session import DrillSession


def test_drill_clock_does_not_count_pauses() -> None:
    clock = ManualClock(500.0)
    drill = DrillClock(clock)
    clock.advance(10)
    assert drill.now() == 0.0 and not drill.started
    drill.start()
    clock.advance(12)
    drill.pause()
    clock.advance(100)
    assert drill.now() == 12.0
    drill.resume()
    clock.advance(3)
    assert drill.now() == 15.0


def test_feed_model_agrees_with_the_engine_state() -> None:
    scenario = drill_scenario()
    engine = Engine(scenario, SEED)
    model = FeedModel(scenario)
    for t in [*range(0, 180, 7), 180]:
        model.apply(engine.advance(float(t)))
        if t == 21:
            model.apply(engine.apply(Action("reply", "s:sick", text="Hi Rebecca, so sorry.")))
            model.apply(engine.apply(Action("hide", "s:troll")))
            model.apply(engine.apply(Action("dm", "s:reporter")))  # no text: still waiting
        state = engine.state
        assert model.backlog == state.backlog, t
        assert model.phase == state.phase
        if t >= 60:  # what arrived in the last minute, as the engine counts it
            assert model.arrivals_per_minute(engine.now) == state.arrivals_last_minute, t
        oldest = model.oldest_unanswered_age(engine.now)
        if state.oldest_unanswered_age is None:
            assert oldest is None
        else:
            assert oldest is not None and abs(oldest - state.oldest_unanswered_age) < 2e-3
        views = {v.id: v for v in state.posts}
        assert set(model.items) == set(views)
        for post_id, item in model.items.items():
            view = views[post_id]
            assert (item.replied, item.hidden, item.dm) == (view.replied, view.hidden, view.dm)
            assert item.crossed == view.threshold_crossed
            assert abs(item.deadline - view.deadline) < 1e-3  # the log keeps ms
    assert model.finished
    assert round(model.health) == round(engine.state.health)


def test_feed_order_puts_urgent_first_and_handled_last() -> None:
    scenario = drill_scenario()
    engine = Engine(scenario, SEED)
    model = FeedModel(scenario)
    model.apply(engine.advance(20.0))
    model.apply(engine.apply(Action("reply", "s:sick", text="Hi Rebecca, so sorry.")))
    order = model.order(20.0)
    assert order[0] == "s:reporter"  # a journalist: urgent on sight
    assert order[-1] == "s:sick"  # answered
    late = model.order(200.0)
    open_posts = [i for i in late if not model.items[i].handled]
    assert [model.items[i].urgency(200.0) for i in open_posts] == sorted(
        model.items[i].urgency(200.0) for i in open_posts)
    assert model.most_urgent(200.0) == late[0]


def test_urgency_puts_a_threat_with_little_time_above_newer_noise() -> None:
    """The trainee's report: at 6:07 a noise post with 2:56 left was on top while a
    class-action post with 0:52 left was 12th."""
    from simulator.tui.feed_model import FeedItem

    def item(post_id: str, text: str, arrived: float, target: float) -> FeedItem:
        return FeedItem(post_id, "x", True, "A", "@a", "customer", 120, text, arrived, target,
                        None)

    model = FeedModel(drill_scenario())
    model.items = {
        "noise": item("noise", "why is it raining in Leeds AGAIN lol", 360.0, 180.0),
        "class": item("class", "Class action incoming. Talking to a lawyer.", 249.0, 180.0),
        "meh": item("meh", "my app is slow today", 300.0, 180.0),
    }
    now = 367.0
    assert model.order(now)[:2] == ["class", "meh"]
    assert model.order(now, "newest")[0] == "noise"
    assert model.most_urgent(now) == "class"
    assert "serious" in model.items["class"].cues()


def test_countdown_changes_symbol_as_well_as_colour() -> None:
    scenario = drill_scenario()
    engine = Engine(scenario, SEED)
    model = FeedModel(scenario)
    model.apply(engine.advance(16.0))
    item = model.items["s:reporter"]  # arrived at 15s, X: one minute
    fresh, soon, late = (countdown(item, t) for t in (16.0, 65.0, 105.0))
    assert fresh == ("● 0:59", "green")
    assert soon == ("◐ 0:10", "yellow")
    assert late == ("○ late 0:30", "red")
    assert len({fresh[0][0], soon[0][0], late[0][0]}) == 3
    model.apply(engine.apply(Action("reply", "s:reporter", text="Hi Priya, thanks.")))
    assert countdown(item, 105.0) == ("✓ replied", "green")


def test_silence_is_the_biggest_lesson_of_a_silent_drill() -> None:
    scenario = drill_scenario()
    engine = Engine(scenario, SEED)
    engine.advance(scenario.duration)
    lessons = biggest_lessons(score_log(scenario, engine.log), engine.log)
    assert 1 <= len(lessons) <= 3
    assert lessons[0].title.startswith("Answer sooner")
    assert lessons[0].quote  # traced to the seed guidance
    assert [lesson.cost for lesson in lessons] == sorted((x.cost for x in lessons), reverse=True)


def test_a_rude_reply_shows_up_as_a_lesson() -> None:
    clock = ManualClock()
    session = DrillSession(drill_scenario(), seed=SEED, clock=clock)
    session.start()
    clock.advance(20)
    session.tick()
    session.act(Action("reply", "s:sick", text="Calm down, it's not our fault. Read the FAQ."))
    clock.advance(200)
    session.tick()
    assert session.finished and session.score is not None
    lessons = biggest_lessons(session.score, session.engine.log, count=10)
    tone = [lesson for lesson in lessons if "tone points lost" in lesson.detail]
    assert tone, [lesson.title for lesson in lessons]


def test_the_health_label_is_a_level_in_words_and_symbols_not_a_trend() -> None:
    from simulator.tui.widgets.header import health_label

    assert [health_label(h)[0] for h in (95, 55, 20)] == ["✓ steady", "! strained", "✗ critical"]
    assert len({health_label(h)[1] for h in (95, 55, 20)}) == 3  # colour repeats, never alone


def test_a_lesson_worth_less_than_half_a_point_is_not_shown() -> None:
    from simulator.bots.headless import run_drill
    from simulator.drill.events import Event
    from simulator.tui.lessons import MIN_COST

    scenario = drill_scenario()
    result = run_drill(scenario, SEED, "perfect")
    # One reply among the bot's many lost a single point: spread over every reply, that is a
    # hundredth of a composite point, and must not take a "biggest lesson" slot.
    slip = Event(1.0, "action", "s:sick", {"kind": "reply", "text": "Sorry!", "tone": {
        "score": 90, "findings": [{"rule": "shouting", "label": "shouting", "points": -1,
                                   "guidance": "keep_cool"}]}})
    lessons = biggest_lessons(result.score, [*result.engine.log, slip], count=10)
    assert all(lesson.cost >= MIN_COST for lesson in lessons)
    assert "Shouting" not in [lesson.title for lesson in lessons]


def test_the_header_says_when_the_next_statement_is_due_and_when_the_brand_is_silent() -> None:
    from simulator.tui.widgets.header import header_text

    scenario = drill_scenario()
    due = scenario.statements
    engine = Engine(scenario, SEED)
    model = FeedModel(scenario)
    model.apply(engine.advance(10))
    assert model.statement_status(10) == ("holding", clock(float(due.holding_by) - 10), "ok")
    late = float(due.holding_by) + 30
    assert model.statement_status(late)[::2] == ("holding", "late")
    silent = float(due.silence_after) + 5
    assert model.statement_status(silent) == ("silent", "0:05", "silent")
    assert "SILENT 0:05" in header_text(model, silent, engine.duration).plain
    model.apply(engine.advance(20))
    model.apply(engine.apply(Action("statement", "", text="We are investigating. #X")))
    assert model.statements == 1
    assert model.statement_status(20) == ("update", clock(float(due.update_every)), "ok")
    assert "update due" in header_text(model, 20, engine.duration).plain
    assert "upd " in header_text(model, 20, engine.duration, compact=True).plain


def clock(seconds: float) -> str:
    from simulator.tui.feed_model import clock_text

    return clock_text(seconds)


def test_the_header_pace_is_what_arrives_even_after_a_pace_inject_and_a_phase_change() -> None:
    from simulator.tui.widgets.header import header_text

    scenario = drill_scenario()
    engine = Engine(scenario, SEED)
    model = FeedModel(scenario)
    model.apply(engine.advance(30.0))
    model.apply(engine.inject(pace=2.0))  # the facilitator doubles the pace
    last = float(scenario.duration) - 1
    for t in range(31, int(last), 5):
        model.apply(engine.advance(float(t)))
        if t >= 60:
            shown = header_text(model, engine.now, engine.duration).plain
            assert f" {engine.state.arrivals_last_minute}/min " in shown, (t, shown)


def test_good_replies_never_hide_a_backlog_from_brand_health() -> None:
    from simulator.drill.health import brand_health

    assert brand_health(0, 2500, 0, 95, 0) == 100
    assert brand_health(0, 2500, 19, 95, 0) < 80  # 19 people waiting, however warm the rest
    assert brand_health(5000, 2500, 0, 95, 0) > brand_health(5000, 2500, 0, 60, 0)


def test_the_lessons_title_counts_the_lessons_it_lists() -> None:
    from simulator.tui.screens.summary import lessons_title

    assert [lessons_title(n) for n in (1, 2, 3)] == [
        "The biggest lesson", "The two biggest lessons", "The three biggest lessons"]


def test_answering_a_few_posts_in_time_is_not_what_went_well(tmp_path) -> None:
    from simulator.cli import main
    from simulator.debrief.lessons import WELL
    from simulator.debrief.model import build_debrief
    from simulator.store import Store

    db = tmp_path / "r.db"
    for bot in ("perfect", "slow"):
        assert main(["simulate", "privacy-scare", "--bot", bot, "--seed", "1", "--db", str(db),
                     "--trainee", bot]) == 0
    with Store.open(db, create=False) as store:
        for drill_id, listed in ((1, True), (2, False)):
            debrief = build_debrief(store, drill_id, with_ghost=False)
            titles = [lesson.title for lesson in debrief.lessons if lesson.kind == WELL]
            assert ("Answered within target" in titles) is listed, (drill_id, titles)
