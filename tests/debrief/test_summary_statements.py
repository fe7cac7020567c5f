"""The end-of-drill summary, the debrief and `simulate` show the statements part and the missed
important posts, with the same numbers everywhere; old drills (no statements) show nothing new.

Real apps through `App.run_test()`, real results files (tests/store_fixtures.py and the play
app's own store), the real engine and bots.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console
from snapshot_apps.common import advance, build, shown, wait_for
from store_fixtures import ScenarioRef
from textual.app import App
from textual.widgets import Static, TextArea

from simulator import cli
from simulator.bots.headless import run_drill
from simulator.cli import main
from simulator.debrief.model import build_debrief
from simulator.debrief.report_md import render_markdown
from simulator.debrief.triage_report import clock, statements_lines, triage_report
from simulator.drill.events import Event, EventKind
from simulator.drill.outcomes import score_log
from simulator.store import Store
from simulator.tui.debrief import DebriefScreen, make_debrief_app
from simulator.tui.lessons import biggest_lessons
from simulator.tui.screens.summary import MISSED_SHOWN, SummaryScreen, summary_renderable


def rendered(renderable: object) -> str:
    console = Console(width=100, record=True, file=io.StringIO())
    console.print(renderable)
    return console.export_text()


def flat(text: str) -> str:
    """Screen text with its wrapping undone, to look for a sentence that may span lines (the
    panel's side borders too: a wrapped line ends in one and the next starts with one)."""
    return " ".join(text.replace("│", " ").split())


async def test_the_summary_lists_missed_posts_and_statements_and_the_debrief_agrees(
        tmp_path: Path) -> None:
    store = Store.open(tmp_path / "results.db")
    app, _ = build(store=store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("enter")  # past the briefing
        await pilot.pause()
        advance(app, 15)
        await pilot.press("s")  # a holding statement, then the trainee answers nothing
        await pilot.pause()
        app.screen.query_one("#statement-text", TextArea).insert(
            "We paused sales of the Spicy Crunch Tenders while we investigate. "
            "Next update by 3 pm ")
        await pilot.press("ctrl+s")
        await pilot.pause()
        advance(app, 200)
        await wait_for(pilot, lambda: isinstance(app.screen, SummaryScreen)
                       and app.screen.query("#summary-body"),
                       "the summary on screen once the drill ended")
        assert isinstance(app.screen, SummaryScreen)
        score = app.session.score
        assert score is not None
        report = triage_report(app.session.engine.log, score)
        assert report.missed  # a silent trainee misses the scripted posts
        text = shown(app.screen.query_one("#summary-body"))
        assert "Missed important posts, costliest first" in text
        for rank, post in enumerate(report.missed[:MISSED_SHOWN], 1):
            assert (f"{rank:2d}. {post.author_handle}  {post.post_id}  at "
                    f"{clock(post.arrived_t)}  cost {post.cost:.0f}") in text
        assert flat(report.handled_hint()) in flat(text)
        assert score.statements is not None
        assert "Statements" in text and f"{score.statements:5.1f}" in text
        for line in statements_lines(score):
            assert flat(line) in flat(text)

        await pilot.press("d")
        await wait_for(pilot, lambda: isinstance(app.screen, DebriefScreen), "the debrief")
        assert isinstance(app.screen, DebriefScreen)
        debrief = app.screen.debrief
        assert [(m.post_id, round(m.cost, 6)) for m in debrief.triage.missed] == [
            (m.post_id, round(m.cost, 6)) for m in report.missed]
        overview = flat(str(app.screen.query_one("#overview-body", Static).content))
        for post in report.missed:  # the same post, arrival and cost as on the summary
            assert (f"{post.author_handle} {post.post_id} at {clock(post.arrived_t)} "
                    f"cost {post.cost:.0f}") in overview
            assert flat(post.cost_text) in overview
        assert "Handled important posts, in the order handled" in overview
    store.close()


class SummaryOnly(App[None]):
    def __init__(self, screen: SummaryScreen) -> None:
        super().__init__()
        self.summary = screen

    def on_mount(self) -> None:
        self.push_screen(self.summary)

    def open_debrief(self) -> None:
        pass


async def test_at_80x24_the_summary_shows_five_missed_posts_and_how_many_more(bundled) -> None:
    scenario = bundled("food-rumour")
    result = run_drill(scenario, 1, "silent")
    report = triage_report(result.engine.log, result.score)
    assert len(report.missed) > MISSED_SHOWN
    renderable = summary_renderable(scenario.title, result.score,
                                    biggest_lessons(result.score, result.engine.log), 40.0, 40,
                                    7, None, triage=report)
    app = SummaryOnly(SummaryScreen(renderable))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        body = app.screen.query_one("#summary-body")
        assert body.size.width <= 80 - 4 - 2  # inside the border and padding
        # The whole body as laid out at this width (it scrolls; not only the rows on screen).
        lines = body.render_lines(body.region.reset_offset)
        assert len(lines) > 24
        content = flat(" ".join(line.text for line in lines))
        assert f"+{len(report.missed) - MISSED_SHOWN} more" in content
        shown = [m for m in report.missed if f"{m.post_id} at" in content]
        assert shown == list(report.missed[:MISSED_SHOWN])
        assert flat(report.handled_hint()) in content
        for line in statements_lines(result.score):
            assert flat(line) in content
        # Every line fits the width: the text wraps, nothing runs off the edge.
        assert all(line.cell_length <= body.size.width for line in lines)


def record_old_drill(store: Store, scenario) -> int:
    """A real drill (the perfect bot) as a log from before statements: no statement times at its
    start and no statement events, written through the real Store."""
    log = []
    for event in run_drill(scenario, 1, "perfect").engine.log:
        if event.kind == EventKind.STATEMENT:
            continue
        if event.kind == EventKind.DRILL_STARTED:
            data = {k: v for k, v in event.data.items() if k != "statements"}
            event = Event(event.t, event.kind, event.post_id, data)
        log.append(event)
    drill = store.start_drill(ScenarioRef(), "old-hash", 1, "old-timer")
    for event in log:
        store.record(drill, event)
    store.finish(drill, score_log(scenario, log))
    return drill


def test_an_old_drill_shows_no_statements_anywhere_and_does_not_crash(tmp_path: Path,
                                                                      bundled) -> None:
    scenario = bundled("food-rumour")
    with Store.open(tmp_path / "old.db") as store:
        drill = record_old_drill(store, scenario)
        debrief = build_debrief(store, drill, with_ghost=False)
    assert debrief.score["statements"] is None
    dimensions = [d.dimension for d in debrief.drivers]
    assert dimensions == ["speed", "tone", "escalation", "composite"]
    assert "statements" not in debrief.drivers[-1].reasons[0]
    assert "statements" not in render_markdown(debrief).split("## Missed")[0].lower()

    result = run_drill(scenario, 1, "perfect")
    old = result.score.__class__(**{
        **{name: getattr(result.score, name) for name in result.score.__slots__},
        "statements": None, "statements_detail": None, "coverage": None})
    assert flat(rendered(summary_renderable("Now", result.score, [], 80.0, 3, None, None))
                ).count("Statements") == 1  # the table row (the control: the check can fail)
    text = rendered(summary_renderable("Old", old, [], 80.0, 3, None, None))
    assert "Statements" not in text and "Official statements" not in text
    assert "Composite" in text


async def test_the_debrief_screen_of_an_old_drill_opens_at_80x24(tmp_path: Path,
                                                                  bundled) -> None:
    with Store.open(tmp_path / "old.db") as store:
        drill = record_old_drill(store, bundled("food-rumour"))
        app = make_debrief_app(store, drill)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            overview = flat(str(app.screen.query_one("#overview-body", Static).content))
            assert "Missed important posts, costliest first" in overview
            assert "statements" not in overview.split("Missed important")[0].lower()


@pytest.fixture
def only_simulate(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(cli, "COMMAND_MODULES", ("simulator.cli.simulate_cmd",))
    monkeypatch.setenv("CRISIS_DRILL_DB", str(tmp_path / "results.db"))


def test_simulate_prints_the_statements_score_and_its_reasons(only_simulate, capsys,
                                                              bundled) -> None:
    assert main(["simulate", "food-rumour", "--bot", "human", "--no-save"]) == 0
    out = capsys.readouterr().out
    score = run_drill(bundled("food-rumour"), 1, "human").score
    assert score.statements is not None
    assert f"  statements  {score.statements:5.1f}" in out
    for line in statements_lines(score):
        assert f"      {line}" in out
