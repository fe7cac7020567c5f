"""A drill with facilitator injects and notes, on a scenario that is not bundled: the debrief
scores it without the file, replays it with the file, and replays the injects too."""

from __future__ import annotations

import pytest

from simulator.debrief import queries
from simulator.debrief.model import build_debrief
from simulator.debrief.replay import Replay, divergence, recorded_inputs, snapshot_from_log
from simulator.drill.engine import Engine
from simulator.drill.events import Action, EventKind
from simulator.drill.outcomes import score_log
from simulator.store import Store, hash_scenario


@pytest.fixture
def drill(tmp_path, tiny_scenario):
    scenario = tiny_scenario
    store = Store.open(tmp_path / "results.db")
    drill_id = store.start_drill(scenario, hash_scenario(scenario), 5, "dee", mode="play")
    engine = Engine(scenario, 5)

    def record(events):
        for event in events:
            store.record(drill_id, event)

    record(engine.advance(30.0))
    record(engine.inject(post={"text": "Inject: <b>TV crew</b> outside [bold]now[/bold]",
                               "route": "pr", "author": {"name": "Producer", "handle": "@tv"}},
                         note="the press arrives", ref=3))  # a session's inject id
    record(engine.advance(31.5))
    record(engine.apply(Action("reply", "i-0001", text="Hi, thanks, our press team will call.")))
    record(engine.apply(Action("escalate", "i-0001", route="pr", note="TV")))
    record(engine.note("handed the TV crew to PR", "i-0001"))
    record(engine.advance(90.0))
    record(engine.inject(pace=2.0, note="double pace"))
    record(engine.advance(240.0))
    store.finish(drill_id, score_log(scenario, engine.log))
    yield store, drill_id, scenario, engine
    store.close()


def test_injects_and_notes_are_in_the_debrief(drill) -> None:
    store, drill_id, scenario, _ = drill
    debrief = build_debrief(store, drill_id, scenario=scenario)
    assert [e.summary for e in debrief.injects] == [
        "inject: post i-0001, the press arrives", "inject: pace x2.0, double pace"]
    assert [e.summary for e in debrief.notes] == ["note: handed the TV crew to PR"]
    injected = debrief.post("i-0001")
    assert injected is not None and injected.source == "inject"
    assert injected.text == "Inject: <b>TV crew</b> outside [bold]now[/bold]"
    assert injected.escalation == "correct" and injected.response_s == pytest.approx(1.5)


def test_without_the_scenario_file_it_still_scores_and_reads_the_feed_from_the_log(drill) -> None:
    store, drill_id, _, engine = drill
    debrief = build_debrief(store, drill_id)  # "tiny" is not a bundled scenario
    assert debrief.scenario is None and not debrief.scenario_matches
    stored = queries.drill(store, drill_id)
    assert stored is not None
    assert debrief.score["composite"] == pytest.approx(stored.composite, abs=0.01)
    snap = snapshot_from_log(debrief.events, 240.0)
    assert not snap.exact and len(snap.rows) == len(engine.state.posts)
    assert snap.backlog == engine.state.backlog


def test_replay_reapplies_injects_and_notes(drill) -> None:
    store, drill_id, scenario, engine = drill
    debrief = build_debrief(store, drill_id, scenario=scenario)
    assert debrief.scenario_matches
    kinds = [i.kind for i in recorded_inputs(debrief.events)]
    assert kinds.count(EventKind.INJECT) == 2 and kinds.count(EventKind.NOTE) == 1
    replay = Replay.from_log(scenario, 5, debrief.events)
    state = replay.at(240.0)
    assert replay.rejected == 0 and divergence(state, debrief.events) is None
    assert replay.log == engine.log  # inputs at exact logged times: the very same drill
    before = replay.at(80.0)  # rebuilt: before the pace inject at 90 s
    assert before.pace == scenario.pace[1].per_minute
    assert "i-0001" in {p.id for p in before.posts}
    assert replay.at(100.0).pace == 2 * scenario.pace[1].per_minute
