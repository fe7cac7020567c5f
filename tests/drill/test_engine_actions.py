"""Trainee actions: validation, what they log, templates, and the state a UI reads."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest
from reply_fixtures import specific_reply

from simulator.debrief.model import scoring_scenario
from simulator.drill.engine import Action, ActionError, Engine
from simulator.drill.events import EventKind
from simulator.drill.outcomes import ANSWER_GRACE_S, records_from_log, score_log
from simulator.scenario.model import Author, Duration, Expect, ScriptedPost

GOOD = ("Hi Rebecca, I'm so sorry your daughter is unwell. Please contact a doctor first, then "
        "send us a DM with your order and we'll follow up today. https://cluckers.example/update")


@pytest.fixture
def engine(tiny_scenario):
    engine = Engine(tiny_scenario, 1, agent_name="Priya")
    engine.advance(30)
    return engine


@pytest.mark.parametrize("action,message", [
    (Action("reply", "nope", text="hi"), "unknown post 'nope'"),
    (Action("reply", "s:replied", text="   "), "needs text"),
    (Action("reply", "s:replied"), "needs text"),
    (Action("escalate", "s:replied", route="marketing"), "unknown route 'marketing'"),
    (Action("escalate", "s:replied"), "needs a route"),
    (Action("shout", "s:replied"), "unknown action 'shout'"),
    (Action("reply", "s:replied", text="hi", template_id="nope"), "unknown template 'nope'"),
    (Action("reply", "s:toned-bad", text="hi"), "unknown post"),  # not arrived (yet)
])
def test_invalid_actions_raise_a_clear_error_and_log_nothing(engine, action, message):
    before = len(engine.log)
    with pytest.raises(ActionError, match=message):
        engine.apply(action)
    assert len(engine.log) == before


def test_every_action_kind_is_logged_with_its_details(engine):
    events = engine.apply(Action("reply", "s:replied", text=GOOD))
    events += engine.apply(Action("escalate", "s:replied", route="safety", note="child unwell"))
    events += engine.apply(Action("dm", "s:toned", text="Hi Marcus, sorry! Sent you a DM."))
    events += engine.apply(Action("hide", "s:ignored"))
    events += engine.apply(Action("leave", "s:escalated"))
    # A reply or a hide may also move brand health at once (a `health_changed` event).
    assert all(e.t == 30.0 for e in events)
    assert {e.kind for e in events} <= {EventKind.ACTION, EventKind.HEALTH_CHANGED}
    events = [e for e in events if e.kind == EventKind.ACTION]
    assert len(events) == 5
    reply, escalate, dm, hide, leave = (e.data for e in events)
    assert reply["kind"] == "reply" and reply["text"] == GOOD and reply["tone"]["score"] >= 70
    assert reply["good"] is True and reply["tone"]["findings"]
    assert escalate["route"] == "safety" and escalate["note"] == "child unwell"
    assert escalate["tone"] is None
    assert dm["tone"] is not None
    assert hide["tone"]["score"] == 0  # censoring
    assert leave["kind"] == "leave"
    view = engine.post("s:replied")
    assert view.replied and view.escalated and view.escalated_to == ("safety",)
    assert engine.post("s:toned").dm and engine.post("s:ignored").hidden
    assert engine.post("s:escalated").left


def test_templates_fill_the_automatic_placeholders_and_stop_at_detail(engine, tiny_scenario):
    text, cursor = engine.fill_template("apology", "s:replied")
    assert text.startswith("Hi Rebecca, I'm really sorry about {detail}.")
    assert text.endswith("– Priya")
    assert text[cursor:].startswith("{detail}")
    holding, end = engine.fill_template("holding", "s:replied")
    assert end == len(holding)
    assert "{" not in holding and "https://cluckers.example/update" in holding
    # sent as-is, the unfilled {detail} is penalised by the tone rules
    events = engine.apply(Action("reply", "s:replied", template_id="apology"))
    rules = {f["rule"] for f in events[0].data["tone"]["findings"]}
    assert "template_unfilled" in rules
    assert events[0].data["template_id"] == "apology"


def test_reply_context_carries_the_post_and_the_brand(engine):
    ctx = engine.reply_context("s:ignored")
    assert ctx.customer_name == "Tasha Greene" and ctx.customer_handle == "@tashag"
    assert ctx.channel == "x" and ctx.max_length == 280
    assert ctx.hashtag == "#CluckersUpdate" and ctx.brand == "Cluckers" and ctx.facts
    assert ctx.post_text.startswith("Is Cluckers")


def test_state_shows_backlog_deadlines_and_health(tiny_scenario):
    engine = Engine(tiny_scenario, 1)
    engine.advance(12)
    state = engine.state
    assert state.now == 12 and not state.finished
    waiting = [p for p in state.posts if p.waiting]
    assert state.backlog == len(waiting) >= 2
    assert state.oldest_unanswered_age == pytest.approx(12 - min(p.arrived_at for p in waiting))
    ignored = next(p for p in state.posts if p.id == "s:ignored")
    assert ignored.deadline == 65.0 and ignored.likes >= 6 and ignored.author_followers == 400
    assert [p.arrived_at for p in state.posts] == sorted(p.arrived_at for p in state.posts)
    assert engine.state is state  # nothing changed: the cached view is reused
    engine.apply(Action("reply", "s:ignored", text="Hi Tasha, sorry! DM us please, thanks."))
    assert engine.state.backlog == state.backlog - 1

    silent = Engine(tiny_scenario, 1)
    silent.advance(240)
    healths = [e.data["health"] for e in silent.log if e.kind == EventKind.HEALTH_CHANGED]
    assert healths and healths[-1] < 60 and silent.state.health < 60


def test_health_stays_high_when_everything_is_answered_well(tiny_scenario):
    engine = Engine(tiny_scenario, 1)
    for t in range(1, 240):
        for event in engine.advance(float(t)):
            if event.kind == EventKind.POST_ARRIVED and event.data["needs_reply"]:
                assert event.post_id is not None
                name = event.data["author"]["name"].split()[0]
                text = specific_reply(name, engine.post(event.post_id).text)
                engine.apply(Action("reply", event.post_id, text=text))
    assert engine.state.health > 80


def test_start_end_and_time_rules(tiny_scenario):
    engine = Engine(tiny_scenario, 1)
    assert engine.log == []  # nothing happens until advanced
    first = engine.advance(0)
    assert first[0].kind == EventKind.DRILL_STARTED and first[0].data["scenario"] == "tiny"
    engine.advance(100)
    with pytest.raises(ValueError):
        engine.advance(50)
    last = engine.advance(10_000)
    assert last[-1].kind == EventKind.DRILL_ENDED and last[-1].t == 240.0
    assert engine.finished and engine.now == 240.0
    assert engine.advance(20_000) == []
    with pytest.raises(ActionError, match="over"):
        engine.apply(Action("leave", "s:ignored"))


def test_injected_post_and_notes_are_logged(engine):
    events = engine.inject(post={"text": "Breaking: TV crew outside the Mill St store.",
                                 "channel": "x", "route": "pr",
                                 "author": {"name": "Kim Lee", "handle": "@kimtv",
                                            "followers": 90_000, "kind": "journalist"}},
                           note="TV inject")
    kinds = [e.kind for e in events]
    assert kinds[:2] == ["inject", EventKind.POST_ARRIVED]
    assert events[1].post_id == "i-0001" and events[1].data["expected_route"] == "pr"
    assert engine.post("i-0001").threshold_crossed  # 90k followers
    with pytest.raises(ActionError):
        engine.inject(post={"text": "x", "route": "marketing"})
    note = engine.note("Passed the TV crew to PR", post_id="i-0001")
    assert note[0].kind == "note" and note[0].data["text"].startswith("Passed")


def test_score_is_derived_from_the_log_alone(tiny_scenario):
    engine = Engine(tiny_scenario, 1)
    engine.advance(16)
    engine.apply(Action("reply", "s:replied", text=GOOD))
    engine.apply(Action("escalate", "s:replied", route="safety"))
    engine.advance(21)
    engine.apply(Action("escalate", "s:escalated", route="legal"))
    engine.advance(240)
    records = {r.post_id: r for r in records_from_log(tiny_scenario, engine.log)}
    replied = records["s:replied"]
    assert replied.first_response_at == 16.0 and replied.tones[0] >= 70
    assert replied.escalations == (("safety", 16.0),) and replied.expected_route == "safety"
    assert records["s:escalated"].escalations == (("legal", 21.0),)
    # the journalist arrived above the follower threshold: escalating then cannot be "late"
    assert records["s:escalated"].threshold_crossed_at is None
    score = score_log(tiny_scenario, engine.log)
    by_id = {p.post_id: p for p in score.posts}
    assert str(by_id["s:replied"].escalation.outcome) == "correct"
    assert str(by_id["s:escalated"].escalation.outcome) == "wrong_team"
    assert score_log(tiny_scenario, list(engine.log)).to_dict() == score.to_dict()


def test_a_post_that_grows_past_the_threshold_must_go_to_pr(tiny_scenario):
    engine = Engine(tiny_scenario, 2)
    engine.advance(240)
    records = {r.post_id: r for r in records_from_log(tiny_scenario, engine.log)}
    grown = [e for e in engine.log if e.kind == "threshold_crossed"
             and e.data["followers"] < tiny_scenario.reach_threshold.followers]
    assert grown
    for event in grown:
        assert event.post_id is not None
        record = records[event.post_id]
        arrived = next(e for e in engine.log
                       if e.kind == EventKind.POST_ARRIVED and e.post_id == event.post_id)
        if arrived.data["expected_route"] == "none":
            assert record.expected_route == "pr" and record.threshold_crossed_at is None
        else:
            assert record.threshold_crossed_at == event.t
    outcomes = {p.post_id: str(p.escalation.outcome) for p in score_log(tiny_scenario,
                                                                         engine.log).posts}
    assert all(outcomes[str(e.post_id)] == "missed" for e in grown)


def test_health_moves_right_after_a_reply_and_only_when_the_whole_number_changes(tiny_scenario):
    engine = Engine(tiny_scenario, 1)
    engine.advance(100.5)  # between two 15 s health ticks, with a backlog weighing on the mood
    engine.apply(Action("leave", "s:toned"))  # may catch up on the spread since the last tick
    before = engine.state.health
    # no change
    assert [e.kind for e in engine.apply(Action("leave", "s:toned"))] == [EventKind.ACTION]
    events = []
    for view in engine.state.posts:
        if view.waiting:
            name = view.author_name.split()[0]
            events += engine.apply(Action("reply", view.id, text=specific_reply(name, view.text)))
    changes = [e for e in events if e.kind == EventKind.HEALTH_CHANGED]
    assert changes and all(e.t == 100.5 for e in changes)
    values = [e.data["health"] for e in changes]
    assert len(set(values)) == len(values) and values[-1] > before
    assert engine.state.health > before


def test_posts_arriving_too_late_to_answer_are_not_held_against_the_trainee(make_tiny):
    base = make_tiny()  # 240 s drill, X's target 60 s: X posts in the last 30 s are too late

    def post(post_id: str, at: float) -> ScriptedPost:
        return ScriptedPost(id=post_id, at=Duration(at), channel="x",
                            author=Author("Lee Park", "@leepark", 300),
                            text="Order never came and nobody answers @cluckers",
                            expect=Expect(route="tier2"))

    scenario = replace(base, posts=(post("early", 200), post("late", 215),
                                    post("late-handled", 220)))
    engine = Engine(scenario, 1)
    engine.advance(225)
    engine.apply(Action("reply", "s:late-handled", text=GOOD.replace("Rebecca", "Lee")))
    engine.advance(240)
    arrived = {e.post_id for e in engine.log if e.kind == EventKind.POST_ARRIVED}
    assert {"s:early", "s:late", "s:late-handled"} <= arrived  # still in the log and the feed
    # with or without the file (the stand-in has only what scoring reads, so Any as in the debrief)
    scorers: tuple[Any, ...] = (scenario, scoring_scenario(engine.log, None))
    for scorer in scorers:
        records = {r.post_id: r for r in records_from_log(scorer, engine.log)}
        assert "s:late" not in records
        early = records["s:early"]  # had 40 s: still a missed reply and a missed escalation
        assert early.needs_reply and early.first_response_at is None
        assert early.expected_route == "tier2"
        handled = records["s:late-handled"]  # judged on its reply, not on a missing escalation
        assert handled.tones and handled.expected_route == "none"
        assert all(r.arrived_at <= 240 - min(r.target_s, ANSWER_GRACE_S) or r.tones
                   or r.escalations or r.hidden for r in records.values())
    scored = {p.post_id: p for p in score_log(scenario, engine.log).posts}
    assert scored["s:early"].escalation.outcome == "missed"
    assert scored["s:late-handled"].escalation.points == 100


def test_a_good_first_reply_lifts_health_and_a_rude_one_lowers_it(tiny_scenario):
    def after_first_reply(text_for: Callable[[str, str], str]) -> tuple[float, float]:
        engine = Engine(tiny_scenario, 1)
        engine.advance(100.5)
        before = engine.state.health
        view = next(v for v in engine.state.posts if v.waiting)
        engine.apply(Action("reply", view.id, text=text_for(view.author_name.split()[0],
                                                            view.text)))
        return before, engine.state.health

    before, good = after_first_reply(specific_reply)
    assert good > before, "answering well must never make the public mood worse"
    before, rude = after_first_reply(lambda *_: "Calm down. Not our fault, read the terms!!!")
    assert rude < before
