"""Same seed ⇒ same drill; step size and trainee actions never change arrivals."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from simulator.drill.engine import Action, Engine
from simulator.drill.events import Event, EventKind, canonical_json, log_digest


def run(scenario, seed, steps, actions=()):
    """Advance through `steps`, applying (t, Action) pairs when the clock reaches them."""
    engine = Engine(scenario, seed)
    pending = sorted(actions, key=lambda pair: pair[0])
    for t in steps:
        while pending and pending[0][0] <= t:
            at, action = pending.pop(0)
            engine.advance(at)
            engine.apply(action)
        engine.advance(t)
    return engine


def test_same_seed_same_log_and_digest(tiny_scenario):
    a = run(tiny_scenario, 7, [tiny_scenario.duration])
    b = run(tiny_scenario, 7, [tiny_scenario.duration])
    assert a.log_digest() == b.log_digest()
    assert canonical_json(a.log) == canonical_json(b.log)
    assert len(a.log) > 40


def test_different_seed_different_drill(tiny_scenario):
    a = run(tiny_scenario, 7, [tiny_scenario.duration])
    b = run(tiny_scenario, 8, [tiny_scenario.duration])
    assert a.log_digest() != b.log_digest()
    texts_a = [e.data["text"] for e in a.log
               if e.kind == EventKind.POST_ARRIVED and e.post_id[0] == "g"]
    texts_b = [e.data["text"] for e in b.log
               if e.kind == EventKind.POST_ARRIVED and e.post_id[0] == "g"]
    assert texts_a != texts_b


def test_step_size_does_not_change_the_log(tiny_scenario):
    whole = run(tiny_scenario, 3, [60.0, tiny_scenario.duration])
    tiny_steps = [round(0.1 * i, 1) for i in range(1, 601)] + [tiny_scenario.duration]
    fine = run(tiny_scenario, 3, tiny_steps)
    irregular = run(tiny_scenario, 3, [0.3, 0.31, 7.777, 59.999, 60.0, 133.2, 240.0])
    assert fine.log_digest() == whole.log_digest() == irregular.log_digest()


def test_replay_with_the_same_timed_actions_gives_the_same_log(tiny_scenario):
    actions = [
        (12.0, Action("reply", "s:toned", text="Calm down, not our fault.")),
        (30.5, Action("reply", "s:replied", text="Hi Rebecca, I'm so sorry. Please DM us your "
                      "order and we'll look into it today. https://cluckers.example/update")),
        (31.0, Action("escalate", "s:replied", route="safety", note="sick child")),
        (40.0, Action("hide", "s:ignored")),
    ]
    steps = [float(s) for s in range(1, 241)]
    live = run(tiny_scenario, 5, steps, actions)
    replay = run(tiny_scenario, 5, [tiny_scenario.duration], actions)
    assert live.log_digest() == replay.log_digest()
    # The log is plain JSON: a store can write it and read it back to the same digest.
    rows = json.loads(canonical_json(live.log))
    assert log_digest(Event.from_dict(row) for row in rows) == live.log_digest()


def test_actions_never_change_which_generated_posts_arrive_when(tiny_scenario):
    quiet = run(tiny_scenario, 9, [tiny_scenario.duration])
    busy_actions = []
    for event in quiet.log:
        if event.kind == EventKind.POST_ARRIVED and event.data["needs_reply"] \
                and event.data["parent_id"] is None:
            busy_actions.append((event.t + 2, Action("reply", event.post_id, text="Calm down.")))
    busy = run(tiny_scenario, 9, [tiny_scenario.duration], busy_actions)

    def arrivals(engine):
        return [(e.t, e.post_id, e.data["text"], e.data["author"]) for e in engine.log
                if e.kind == EventKind.POST_ARRIVED and e.post_id.startswith(("g-", "s:"))
                and e.data["parent_id"] is None]

    assert busy.log_digest() != quiet.log_digest()  # the reactions differ...
    assert arrivals(busy) == arrivals(quiet)  # ...the crowd does not


def test_replaying_the_logged_action_times_is_exact(tiny_scenario):
    """Actions applied between milliseconds are logged at the engine's (millisecond) clock, so
    rebuilding the drill from the log's own times gives the very same log."""
    live = Engine(tiny_scenario, 6)
    for i in range(1, 2400):
        for event in live.advance(i * 0.1 + 0.00037):
            if event.kind == EventKind.POST_ARRIVED and event.data["needs_reply"] and i % 3 == 0:
                assert event.post_id is not None
                live.apply(Action("reply", event.post_id, text="Calm down, not our fault."))
    live.advance(240)
    inputs = []
    for e in live.log:
        if e.kind == "action":
            assert e.post_id is not None
            inputs.append((e.t, Action(**{k: e.data[k] for k in (
                "kind", "text", "template_id", "route", "note")}, post_id=e.post_id)))
    assert len(inputs) > 10
    assert all(round(t, 3) == t for t, _ in inputs)
    rebuilt = run(tiny_scenario, 6, [240.0], inputs)
    assert rebuilt.log_digest() == live.log_digest()


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cuts=st.lists(st.floats(min_value=0.0, max_value=120.0, allow_nan=False), max_size=40))
def test_any_way_of_cutting_the_clock_gives_the_same_log(make_tiny, cuts):
    short = make_tiny(duration=120.0)
    expected = run(short, 11, [120.0]).log_digest()
    assert run(short, 11, [*sorted(cuts), 120.0]).log_digest() == expected
