"""The triage report: important posts missed (costliest first, each with what was missed and
its cost) and handled (in the order handled), from a drill's log and its score.

The pure tests score a hand-written log with the real scorer (`score_log`); the others play real
drills (the real engine and bots, the real results file) and check that the debrief, its
Markdown and HTML, and the summary all show the lists `triage_report` makes.
"""

from __future__ import annotations

import math
from typing import Any

import pytest
from debrief_fixtures import food_rumour, hostile_plan, record_drill

from simulator.debrief.model import build_debrief
from simulator.debrief.report_html import render_html
from simulator.debrief.report_md import render_markdown
from simulator.debrief.triage_report import (
    clock,
    coverage_line,
    reach_factor,
    severity_factor,
    statements_lines,
    triage_report,
)
from simulator.drill.events import Event
from simulator.drill.outcomes import score_log
from simulator.drill.triage import important
from simulator.store import Store

TARGET = 120.0


def arrived(t: float, post_id: str, *, source: str = "scripted", severity: int = 3,
            route: str = "none", needs_reply: bool = True, handle: str = "@ann",
            text: str = "Your chicken made my whole family ill and nobody answers the phone",
            likes: int = 10) -> Event:
    return Event(t, "post_arrived", post_id, {
        "channel": "x", "public": True, "text": text, "kind": "complaint", "source": source,
        "author": {"name": "Ann Lee", "handle": handle, "followers": 300, "kind": "customer"},
        "severity": severity, "expected_route": route, "needs_reply": needs_reply,
        "min_tone": 60, "target_s": TARGET,
        "reach": {"likes": likes, "shares": 0, "comments": 0},
    })


def reply(t: float, post_id: str, score: int = 85, rules: tuple[str, ...] = (),
          reach: dict | None = None) -> Event:
    data = {"kind": "reply", "text": "Hi Ann, we are on it", "template_id": None, "route": None,
            "note": None, "tone": {"score": score, "findings": [
                {"rule": rule, "label": rule, "points": -40, "span": None} for rule in rules]}}
    if reach is not None:
        data["reach"] = reach
    return Event(t, "action", post_id, data)


def escalate(t: float, post_id: str, route: str) -> Event:
    return Event(t, "action", post_id, {"kind": "escalate", "text": None, "template_id": None,
                                        "route": route, "note": "per playbook"})


def hand_log(*, statements: bool = True) -> list[Event]:
    started: dict[str, Any] = {"duration": 600.0, "seed": 1}
    if statements:
        started["statements"] = {"holding_by": 180.0, "update_every": 240.0,
                                 "silence_after": 420.0}
    log = [
        Event(0.0, "drill_started", None, started),
        arrived(10.0, "s:sick", severity=5, route="legal", handle="@sick_mum"),
        arrived(15.0, "s:early", handle="@early"),
        arrived(20.0, "g-0001", source="crowd", severity=2, handle="@routine"),
        arrived(25.0, "s:unsafe", severity=2, route="safety", handle="@unsafe"),
        arrived(30.0, "g-0002", source="crowd", severity=4, handle="@rude_target"),
        arrived(35.0, "s:troll", severity=1, needs_reply=False, handle="@troll"),
        arrived(50.0, "s:press", route="pr", handle="@press"),
        reply(40.0, "g-0002", score=10, rules=("insult",)),
        escalate(55.0, "s:press", "pr"),
        Event(60.0, "reach_changed", "s:sick", {"likes": 400, "shares": 90, "comments": 10}),
        reply(60.0, "s:unsafe"),
        reply(70.0, "s:press"),
        reply(100.0, "s:early"),
        reply(200.0, "s:sick", reach={"likes": 900, "shares": 90, "comments": 20}),
        arrived(590.0, "s:late", severity=5),
        Event(600.0, "drill_ended", None, {}),
    ]
    if statements:
        log.insert(9, Event(100.0, "statement", None, {"number": 1, "holding": True,
                                                       "text": "We know", "score": 80}))
    return sorted(log, key=lambda e: e.t)


@pytest.fixture
def scored(bundled):
    log = hand_log()
    return log, score_log(bundled("food-rumour"), log)


def test_missed_posts_say_what_was_missed_costliest_first(scored) -> None:
    log, score = scored
    report = triage_report(log, score)
    missed = {m.post_id: m for m in report.missed}
    assert set(missed) == {"s:sick", "g-0002", "s:unsafe"}
    assert missed["s:sick"].missed == ("answered 3:10 after its 2:00 target",
                                       "never escalated to legal")
    assert missed["g-0002"].missed == ("critical: insult",)
    assert missed["s:unsafe"].missed == ("never escalated to safety (critical)",)
    assert missed["s:sick"].author_handle == "@sick_mum"
    assert missed["s:sick"].excerpt.startswith("Your chicken made my whole family")
    assert len(missed["s:sick"].excerpt) <= 48 and missed["s:sick"].excerpt.endswith("…")
    costs = [m.cost for m in report.missed]
    assert costs == sorted(costs, reverse=True)


def test_the_cost_is_lost_points_times_severity_times_reach_gained_while_waiting(scored) -> None:
    log, score = scored
    report = triage_report(log, score)
    by_id = {p.post_id: p for p in score.posts}
    sick = next(m for m in report.missed if m.post_id == "s:sick")
    # 10 likes at arrival, 1,010 when first answered: it gained 1,000 while it waited.
    assert sick.gained == 1000
    assert sick.lost == pytest.approx(100 - by_id["s:sick"].composite)
    expected = sick.lost * (1 + 5 / 5) * (1 + math.log10(1001) / 3)
    assert sick.cost == pytest.approx(expected)
    insult = next(m for m in report.missed if m.post_id == "g-0002")
    assert insult.lost == 100 and insult.gained == 0
    assert insult.cost == pytest.approx(100 * severity_factor(4) * reach_factor(0)) == 180
    assert insult.cost_text == "lost 100 × severity 4 (×1.8) × +0 reach (×1.0)"


def test_handled_posts_come_in_the_order_handled_and_routine_and_late_posts_are_left_out(
        scored) -> None:
    log, score = scored
    report = triage_report(log, score)
    # s:early arrived before s:press but was handled after it.
    assert [h.post_id for h in report.handled] == ["s:press", "s:early"]
    press, early = report.handled
    assert (press.first_action, press.first_action_t, press.arrived_t) == ("escalate", 55.0, 50.0)
    assert press.first_move == "answered in 0:20"
    assert early.first_move == "answered in 1:25"
    assert {h.result for h in report.handled} <= {"strong", "fair", "weak"}
    listed = {p.post_id for p in report.missed} | {h.post_id for h in report.handled}
    assert "g-0001" not in listed  # routine crowd post
    assert "s:troll" not in listed  # needed nothing and got nothing
    assert "s:late" not in listed and "s:late" not in {p.post_id for p in score.posts}
    assert report.handled_hint() == ("Handled 2 of 5 important posts, in this order: "
                                     "s:press, s:early")


def test_every_important_judged_post_is_in_exactly_one_list_on_a_real_drill(bundled) -> None:
    from simulator.bots.headless import run_drill

    result = run_drill(bundled("food-rumour"), 1, "human")
    report = triage_report(result.engine.log, result.score)
    arrivals = {e.post_id: e.data for e in result.engine.log if e.kind == "post_arrived"}
    crossed = {e.post_id for e in result.engine.log if e.kind == "threshold_crossed"}
    acted = {e.post_id for e in result.engine.log if e.kind == "action"}
    expected_missed = set()
    expected_handled = set()
    for post in result.score.posts:
        if not (important(arrivals[post.post_id]) or post.post_id in crossed):
            continue
        target = arrivals[post.post_id]["target_s"]
        late = post.speed is not None and (post.response_s is None or post.response_s > target)
        wrong = post.escalation.expected is not None and str(post.escalation.outcome) != "correct"
        if late or wrong or post.critical:
            expected_missed.add(post.post_id)
        elif post.post_id in acted:
            expected_handled.add(post.post_id)
    assert {m.post_id for m in report.missed} == expected_missed
    assert {h.post_id for h in report.handled} == expected_handled
    assert expected_missed and expected_handled  # the human bot misses some, handles most
    times = [h.first_action_t for h in report.handled]
    assert times == sorted(times)


def test_statements_lines_give_the_reasons_and_the_coverage_line(scored, bundled) -> None:
    _, score = scored
    assert score.statements is not None and score.coverage is not None
    lines = statements_lines(score)
    assert lines[:-1] == list(score.statements_detail.reasons)
    assert lines[-1] == ("a fresh statement covered 1 routine post; you answered 0 of the fair "
                         "share of 1 (1 short: those count as unanswered)")
    old = hand_log(statements=False)
    old_score = score_log(bundled("food-rumour"), old)
    assert old_score.statements is None
    assert statements_lines(old_score) == [] and coverage_line(old_score.coverage) is None


def test_the_debrief_and_its_reports_show_the_same_lists_from_a_real_results_file(
        tmp_path) -> None:
    scenario = food_rumour()
    with Store.open(tmp_path / "results.db") as store:
        drill = record_drill(store, scenario, hostile_plan, trainee="bob")
        debrief = build_debrief(store, drill, scenario=scenario, with_ghost=False)
    again = triage_report(debrief.events, score_log(scenario, debrief.events))
    assert debrief.triage == again
    assert len(debrief.triage.missed) > 5  # slow and hostile: most important posts missed
    markdown, page = render_markdown(debrief), render_html(debrief)
    assert "## Missed important posts, costliest first" in markdown
    assert "Missed important posts, costliest first" in page
    for post in debrief.triage.missed:  # the same arrival and cost in both reports
        at = clock(post.arrived_t)
        assert f"({post.post_id}, at {at}), cost **{post.cost:.0f}**" in markdown
        assert f"<code>{post.post_id}</code> at {at}, cost <b>{post.cost:.0f}</b>" in page
    assert markdown.index(debrief.triage.missed[0].post_id) < markdown.index(
        "## Handled important posts")
    score = score_log(scenario, debrief.events)
    drivers = {d.dimension: d for d in debrief.drivers}
    assert drivers["statements"].reasons == tuple(statements_lines(score))
    w = score.weights
    assert f"statements {w.statements:g}" in drivers["composite"].reasons[0]
    assert drivers["composite"].weight == w.speed + w.tone + w.escalation + w.statements
