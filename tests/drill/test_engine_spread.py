"""Unanswered posts spread; a good reply slows them, a bad one feeds them; thresholds are logged."""

from __future__ import annotations

import itertools

import pytest

from simulator.drill.engine import Action, Engine
from simulator.drill.events import EventKind
from simulator.drill.spread import Segment

GOOD = ("Hi Rebecca, I'm so sorry your daughter is unwell, that must be so worrying. Please "
        "contact a doctor first, then send us a DM with your order and we'll follow up today. "
        "Updates: https://cluckers.example/update")
RUDE = "Calm down. Not our fault, you should have read the menu."
POST = "s:replied"  # facebook, 48 likes at arrival, severity 5


def reach_at(scenario, times, action=None, at=30.0, seed=2):
    engine = Engine(scenario, seed)
    seen = []
    for t in times:
        if action is not None and at <= t and engine.now < at:
            engine.advance(at)
            engine.apply(action)
        engine.advance(t)
        seen.append(engine.post(POST).likes)
    return engine, seen


def test_an_ignored_post_keeps_gaining_reach(tiny_scenario):
    engine, likes = reach_at(tiny_scenario, [16, 60, 120, 180, 240])
    assert likes == sorted(likes) and likes[-1] > 3 * likes[0], likes
    view = engine.post(POST)
    assert view.shares > 22 and view.comments > 31  # all three grow, from the scripted start
    milestones = [e.data["likes"] for e in engine.log
                  if e.kind == EventKind.REACH_CHANGED and e.post_id == POST]
    assert len(milestones) >= 2 and milestones == sorted(milestones)
    # milestones are doublings, so the log stays small
    assert all(b >= 1.9 * a for a, b in itertools.pairwise(milestones))


def test_a_good_reply_slows_the_spread_and_a_bad_one_feeds_it(tiny_scenario):
    times = [30, 60, 120, 240]
    _, ignored = reach_at(tiny_scenario, times)
    good_engine, good = reach_at(tiny_scenario, times, Action("reply", POST, text=GOOD))
    _, rude = reach_at(tiny_scenario, times, Action("reply", POST, text=RUDE))
    tones = [e.data["tone"]["score"] for e in good_engine.log if e.kind == "action"]
    assert tones and tones[0] >= 70
    assert good[0] == ignored[0] == rude[0]  # same until the reply
    assert good[-1] - good[0] < 0.4 * (ignored[-1] - ignored[0])
    assert rude[-1] > ignored[-1]


def test_threshold_crossings_are_logged_once_and_shown(tiny_scenario):
    engine = Engine(tiny_scenario, 2)
    engine.advance(240)
    crossed = [e for e in engine.log if e.kind == EventKind.THRESHOLD_CROSSED]
    ids = [e.post_id for e in crossed]
    assert len(ids) == len(set(ids))
    # the journalist has 60k followers, above the 50k threshold: crossed on arrival
    journalist = next(e for e in crossed if e.post_id == "s:escalated")
    assert journalist.t == 20.0 and journalist.data["route"] == "pr"
    view = engine.post("s:escalated")
    assert view.threshold_crossed and view.threshold_crossed_at == 20.0
    # others crossed too (big accounts on arrival, ignored posts by growing), numbers show why
    grown = [e for e in crossed if e.post_id != "s:escalated"]
    assert grown, "expected an ignored post to cross the reach threshold"
    limits = tiny_scenario.reach_threshold
    for event in grown:
        d = event.data
        assert d["likes"] >= limits.likes or d["shares"] >= limits.shares \
            or d["comments"] >= limits.comments or d["followers"] >= limits.followers
    assert any(e.data["followers"] < limits.followers for e in grown)


def test_hiding_freezes_the_post(tiny_scenario):
    engine = Engine(tiny_scenario, 2)
    engine.advance(30)
    engine.apply(Action("hide", POST))
    frozen = engine.post(POST).likes
    engine.advance(240)
    assert engine.post(POST).likes == frozen
    assert engine.post(POST).hidden


@pytest.mark.parametrize("l0,g,k", [(1.0, 0.02, 500.0), (48.0, 0.005, 900.0), (3.0, 0.1, 10.0)])
def test_closed_form_growth_and_milestone_times_agree(l0, g, k):
    seg = Segment(10.0, l0, g, k)
    for level in (l0 * 1.5, (l0 + k) / 2, k * 0.99):
        assert seg.level(seg.time_to(level)) == pytest.approx(level, rel=1e-9)
    assert seg.time_to(k) == float("inf")
    levels = [seg.level(10.0 + s) for s in range(0, 2000, 50)]
    assert levels == sorted(levels) and levels[-1] <= k
