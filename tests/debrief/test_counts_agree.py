"""One count, every screen: a drill with replies, DMs, hides and silence, recorded into a real
results file, then read back by the end-of-drill summary, the debrief (drivers and lessons), the
JSON report, `history` and the leaderboard. They once said "6 replies scored" and "3 of your 8
scored replies" for one drill, and 47 vs 14 posts that never got an answer."""

from __future__ import annotations

import json
import re
from pathlib import Path

from debrief_fixtures import food_rumour, record_drill

from simulator.debrief import queries
from simulator.debrief.model import build_debrief
from simulator.debrief.report_data import render_json
from simulator.drill.events import Action, Event
from simulator.drill.outcomes import score_log, tally_replies
from simulator.scenario.model import NO_ROUTE
from simulator.store import Store
from simulator.tui.lessons import biggest_lessons

TRAINEE = "counts"


def mixed_plan(arrived: list[Event]) -> list[tuple[float, Action]]:
    """Every third post left silent, two hidden, some moved to DM with a public line, the rest
    answered (a few rudely, so tone rules fire), and the expected escalations made."""
    plan: list[tuple[float, Action]] = []
    hides = 0
    for index, e in enumerate(a for a in arrived if a.data.get("public")):
        post_id = e.post_id or ""
        name = str(e.data["author"]["name"]).split()[0]
        if index % 3 == 2:
            continue  # silence
        if e.data.get("author", {}).get("kind") == "troll" or (hides < 2 and index % 7 == 0):
            hides += 1
            plan.append((e.t + 5, Action("hide", post_id)))
            continue
        if index % 4 == 1:
            plan.append((e.t + 9, Action("dm", post_id, text=f"Hi {name}, we've sent you a DM "
                                          "so we can sort this out privately.")))
        elif index % 5 == 0:
            plan.append((e.t + 20, Action("reply", post_id, text="Calm down. Not our fault.")))
        else:
            plan.append((e.t + 12, Action("reply", post_id, text=(
                f"Hi {name}, I'm sorry about this. We're looking into it now and will update "
                "you here. #CluckersUpdate"))))
        if e.data.get("expected_route") not in (None, NO_ROUTE):
            plan.append((e.t + 14, Action("escalate", post_id, route=e.data["expected_route"],
                                          note="per playbook")))
    return plan


def numbers(pattern: str, text: str) -> tuple[int, ...]:
    found = re.search(pattern, text)
    assert found, (pattern, text)
    return tuple(int(group) for group in found.groups())


def test_every_screen_counts_replies_hides_and_silence_the_same(tmp_path: Path) -> None:
    scenario = food_rumour()
    path = tmp_path / "results.db"
    with Store.open(path) as store:
        drill_id = record_drill(store, scenario, mixed_plan, trainee=TRAINEE)
        log = queries.events(store, drill_id)
        debrief = build_debrief(store, drill_id, scenario=scenario, with_ghost=False)
        history = queries.history(store, TRAINEE, findings=50)
        board = queries.leaderboard(store)
    score = score_log(scenario, log)
    tally = tally_replies(log)
    assert tally.replies >= 5 and tally.hides == 2, tally  # the plan really mixed them
    assert any(e.kind == "action" and e.data.get("kind") == "dm" for e in log)

    # The end-of-drill summary's lessons.
    summary = {lesson.title: lesson.detail for lesson in biggest_lessons(score, log, count=50)}
    speed = summary["Answer sooner: silence spreads"]
    answered, needing, never = numbers(r"answered (\d+) of (\d+) posts.*; (\d+) never", speed)
    for title, detail in summary.items():
        if "scored replies" in detail:
            assert numbers(r"of your (\d+) scored replies", detail) == (tally.replies,), title
    assert numbers(r"(\d+) posts? hidden", summary["Hidden complaints"]) == (tally.hides,)

    # The debrief: its drivers and lessons.
    drivers = {d.dimension: d.reasons for d in debrief.drivers}
    assert numbers(r"answered (\d+) of (\d+) posts", drivers["speed"][0]) == (answered, needing)
    assert any(f"{never} never answered" in line for line in drivers["speed"])
    assert numbers(r"(\d+) replies scored", drivers["tone"][0]) == (tally.replies,)
    assert any(f"{tally.hides} posts hidden" in line for line in drivers["tone"])
    lessons = {lesson.title: lesson for lesson in debrief.lessons}
    assert numbers(r"(\d+) of (\d+) posts that needed a reply never got one",
                   lessons["Posts left unanswered"].detail) == (never, needing)
    assert lessons["Hidden complaints"].count == tally.hides
    for lesson in debrief.lessons:
        found = re.search(r"(\d+) of (\d+) replies", lesson.detail)
        if found:
            assert int(found.group(2)) == tally.replies, lesson
            rule = next(r for r in tally.rules if r.label == lesson.title)
            assert int(found.group(1)) == rule.count, lesson

    # The JSON report carries the same drivers and the same score.
    report = json.loads(render_json(debrief))
    assert [d["reasons"] for d in report["drivers"]] == [list(d.reasons) for d in debrief.drivers]
    assert report["score"]["composite"] == debrief.score["composite"]

    # history: each rule's count in this one drill is the tally's (censoring counts the hides).
    for finding in history.top_findings:
        if finding.rule == "censoring":
            expected = tally.hides
        else:
            tallied = tally.rule(finding.rule)
            assert tallied is not None, finding
            expected = tallied.count
        assert finding.count == expected, finding
    assert any(f.rule == "censoring" for f in history.top_findings)

    # The leaderboard and history show the composite the summary does.
    shown = round(score.composite, 1)
    last = history.drills[-1].composite
    assert last is not None and round(last, 1) == shown
    entries = [entry for group in board for entry in group.entries]
    assert [round(e.composite, 1) for e in entries if e.trainee == TRAINEE] == [shown]
