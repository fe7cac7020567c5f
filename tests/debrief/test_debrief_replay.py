"""Replay: the engine rebuilt from seed + recorded inputs shows the feed as it was at any moment."""

from __future__ import annotations

import pytest
from debrief_fixtures import HOSTILE, shared_results

from simulator.debrief.model import build_debrief
from simulator.debrief.replay import (
    Replay,
    divergence,
    feed_at,
    recorded_inputs,
    snapshot_from_log,
    snapshot_from_state,
)
from simulator.store import Store


@pytest.fixture(scope="module")
def hostile():
    path, ids = shared_results()
    with Store.open(path, create=False) as store:
        return build_debrief(store, ids["hostile"], with_ghost=False)


def test_inputs_are_the_trainees_actions_and_notes(hostile) -> None:
    inputs = recorded_inputs(hostile.events)
    actions = [i for i in inputs if i.kind == "action"]
    assert len(actions) == sum(len(p.handling) for p in hostile.posts)
    first = actions[0].action
    assert first is not None and first.text == HOSTILE
    assert [i.note for i in inputs if i.kind == "note"] == ["[red]note[/red] <i>x</i>"]


def test_replayed_end_equals_the_recorded_drill(hostile) -> None:
    replay = Replay.from_log(hostile.scenario, hostile.drill.seed, hostile.events)
    state = replay.at(hostile.drill.duration)
    assert replay.rejected == 0 and state.finished
    assert divergence(state, hostile.events) is None
    recorded = {p.post_id: p for p in hostile.posts}
    assert {p.id for p in state.posts} == set(recorded)
    for view in state.posts:
        post = recorded[view.id]
        assert view.text == post.text
        assert view.replied == bool(post.replies)
        assert view.escalated_to == post.escalated_to
        assert view.hidden == any(h.kind == "hide" for h in post.handling)
        assert view.threshold_crossed == (post.threshold_t is not None)
        # the log only holds reach milestones; the replay knows it to the like
        assert view.likes >= post.likes and view.likes <= max(post.likes * 2 + 30, 60)
    assert [e.kind for e in replay.log] == [e.kind for e in hostile.events]
    assert len(replay.log) == len(hostile.events)


def test_feed_at_a_moment_shows_only_what_had_happened(hostile) -> None:
    inputs = recorded_inputs(hostile.events)
    first_reply = min(h.t for p in hostile.posts for h in p.replies)
    before = feed_at(hostile.scenario, hostile.drill.seed, inputs, first_reply - 0.5)
    after = feed_at(hostile.scenario, hostile.drill.seed, inputs, first_reply + 0.5)
    arrived = {p.post_id for p in hostile.posts if p.arrived_t <= first_reply - 0.5}
    assert {p.id for p in before.posts} == arrived
    assert not any(p.replied for p in before.posts)
    assert sum(p.replied for p in after.posts) == 1
    assert before.now == pytest.approx(first_reply - 0.5)


def test_scrubbing_back_rebuilds_and_gives_the_same_state(hostile) -> None:
    replay = Replay.from_log(hostile.scenario, hostile.drill.seed, hostile.events)
    forward = snapshot_from_state(replay.at(200.0))
    replay.at(400.0)
    builds = replay.rebuilds
    again = snapshot_from_state(replay.at(200.0))
    assert replay.rebuilds == builds + 1
    assert again == forward


def test_the_log_snapshot_agrees_with_the_replay_on_everything_but_live_reach(hostile) -> None:
    replay = Replay.from_log(hostile.scenario, hostile.drill.seed, hostile.events)
    for t in (30.0, 150.0, hostile.drill.duration):
        exact = snapshot_from_state(replay.at(t))
        logged = snapshot_from_log(hostile.events, t)
        assert not logged.exact and exact.exact
        assert [r.post_id for r in logged.rows] == [r.post_id for r in exact.rows]
        assert [(r.replied, r.hidden, r.escalated_to) for r in logged.rows] == [
            (r.replied, r.hidden, r.escalated_to) for r in exact.rows]
        assert logged.backlog == exact.backlog
        assert logged.health == pytest.approx(exact.health, abs=1)


def test_a_different_drill_is_detected_as_divergent(hostile) -> None:
    other_seed = Replay.from_log(hostile.scenario, hostile.drill.seed + 1, hostile.events)
    state = other_seed.at(120.0)
    assert divergence(state, hostile.events) is not None
