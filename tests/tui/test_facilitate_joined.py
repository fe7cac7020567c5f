"""A trainee's game joined to a session: filed under the code, held until the release, and the
facilitator's injects written to the shared file reach the running app (App.run_test)."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_apps.common import wait_for
from textual.widgets import Static

from simulator.debrief import queries
from simulator.scenario.library import resolve_scenario
from simulator.scenario.loader import load_scenario
from simulator.store import Store, hash_scenario
from simulator.team import injects as inj
from simulator.team import release, start_session, waiting_trainees
from simulator.tui.clock import ManualClock
from simulator.tui.facilitate.joined import make_joined_app
from simulator.tui.screens.briefing import BriefingScreen
from simulator.tui.screens.play import PlayScreen

SEED = 4
SIZE = (120, 40)


@pytest.fixture
def food():
    return load_scenario(resolve_scenario("food-rumour"))


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "team.db") as opened:
        yield opened


def advance(app, seconds: float) -> None:
    """Move the manual clock a second at a time, ticking the play screen as its timer would."""
    for _ in range(int(seconds)):
        app.clock.advance(1.0)
        app.screen.tick()


async def test_an_inject_reaches_the_running_drill_within_two_seconds(store, food) -> None:
    session = start_session(store, food, "food-rumour", hash_scenario(food), SEED,
                            mode="individual")
    clock = ManualClock()
    app = make_joined_app(food, code=session.code, seed=SEED, store=store, clock=clock,
                          trainee="ana")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PlayScreen)
        drill_id = app.session.drill_id
        assert drill_id is not None
        summary = queries.drill(store, drill_id)
        assert summary is not None and summary.session == session.code
        advance(app, 30)
        item = inj.ready_made("journalist")
        inj.send(store, session.code, label=item.label, post=inj.ready_made_post(item, food))
        inj.send(store, session.code, label="Pace ×2", pace=2.0)
        inj.send(store, session.code, label="not for ana", pace=0.5, target="ben")
        sent_at = app.session.now()
        advance(app, 2)
        await pilot.pause()
        log = app.session.engine.log
        injects = [e for e in log if e.kind == "inject"]
        assert [e.data["note"] for e in injects] == ["A journalist calls", "Pace ×2"]
        assert all(sent_at <= e.t <= sent_at + 2.0 for e in injects)
        post_id = injects[0].post_id
        assert post_id is not None and post_id in app.session.model.items  # in the trainee's feed
        assert "Cluckers" in app.session.engine.post(post_id).text
        assert app.session.engine.state.pace > 0
    stored = [e for e in queries.events(store, drill_id) if e.kind == "inject"]
    assert [e.post_id for e in stored] == [post_id, None]  # in the log, so in the debrief


async def test_a_together_drill_waits_for_the_release_then_starts_itself(store, food) -> None:
    session = start_session(store, food, "food-rumour", hash_scenario(food), SEED,
                            mode="together")
    app = make_joined_app(food, code=session.code, seed=SEED, store=store,
                          clock=ManualClock(), trainee="ben", together=True)
    app.release_poll_s = 0.05
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        footer = {b.binding.description for b in app.screen.active_bindings.values()}
        assert "Ready (the facilitator starts the clock)" in footer
        assert not footer & {"Start the clock", "Other scenario"}  # the session decides those
        await pilot.press("enter")
        await pilot.pause()
        for _ in range(3):  # what the release timer does, before any release: nothing starts
            app.check_release()
        await pilot.pause()
        assert isinstance(app.screen, BriefingScreen) and not app.session.started
        hint = str(app.screen.query_one("#briefing-hint", Static).content)
        assert "Waiting for the facilitator" in hint
        assert waiting_trainees(store, session.code) == ["ben"]  # the console lists ben
        release(store, session.code)
        await wait_for(pilot, lambda: app.session.started, "the release timer starting the drill")
        await pilot.pause()
        assert isinstance(app.screen, PlayScreen)
        assert waiting_trainees(store, session.code) == []


async def test_a_browser_player_is_asked_for_a_name(store, food) -> None:
    session = start_session(store, food, "food-rumour", hash_scenario(food), SEED)
    app = make_joined_app(food, code=session.code, seed=SEED, store=store, clock=ManualClock(),
                          trainee="server-login", ask_name=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press(*"Cam", "enter")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert app.session.started
        engine = app.session.engine
        assert engine.agent_name == "Cam" and engine.log[0].data["agent"] == "Cam"
    assert app.session.drill_id is not None
    row = queries.drill(store, app.session.drill_id)
    assert row is not None and row.trainee == "Cam"


async def test_a_late_starter_gets_earlier_injects_at_the_drill_time_the_team_got_them(
        store, food) -> None:
    """Individual mode: ana plays first and gets two injects at about 0:30; ben starts after
    they were sent and gets the same two at the same drill time. What never reached a drill (sent
    before anyone started) or was aimed at ana alone is not replayed for ben."""
    session = start_session(store, food, "food-rumour", hash_scenario(food), SEED,
                            mode="individual")
    inj.send(store, session.code, label="before anyone", pace=0.5)
    ana = make_joined_app(food, code=session.code, seed=SEED, store=store, clock=ManualClock(),
                          trainee="ana")
    async with ana.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        advance(ana, 30)
        item = inj.ready_made("journalist")
        inj.send(store, session.code, label=item.label, post=inj.ready_made_post(item, food))
        inj.send(store, session.code, label="Pace ×2", pace=2.0)
        inj.send(store, session.code, label="only ana", pace=0.5, target="ana")
        advance(ana, 2)
        ana_times = {e.data["note"]: e.t for e in ana.session.engine.log if e.kind == "inject"}
    assert set(ana_times) == {"A journalist calls", "Pace ×2", "only ana"}

    ben = make_joined_app(food, code=session.code, seed=SEED, store=store, clock=ManualClock(),
                          trainee="ben")
    async with ben.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        advance(ben, int(ana_times["A journalist calls"]) - 1)
        assert not [e for e in ben.session.engine.log if e.kind == "inject"]  # not yet
        advance(ben, 3)
        live = inj.send(store, session.code, label="live for ben", pace=1.0)
        advance(ben, 2)
        await pilot.pause()
        got = [e for e in ben.session.engine.log if e.kind == "inject"]
        assert [e.data["note"] for e in got] == ["A journalist calls", "Pace ×2", "live for ben"]
        for event in got[:2]:  # within one tick of ana's drill time
            assert ana_times[event.data["note"]] <= event.t <= ana_times[event.data["note"]] + 1
        assert got[2].data["inject_id"] == live.id
        first_post = got[0].post_id
        assert first_post is not None
        assert "Cluckers" in ben.session.engine.post(first_post).text
        assert first_post in ben.session.model.items  # in ben's feed
