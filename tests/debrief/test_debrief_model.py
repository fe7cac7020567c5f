"""The `Debrief` built from a real results file: scores, posts, timeline, series, lessons, ghost."""

from __future__ import annotations

from pathlib import Path

import pytest
from debrief_fixtures import FORMULA, HOSTILE, shared_results

from scoring.guidance import GUIDANCE
from simulator.debrief import queries
from simulator.debrief.model import DebriefError, build_debrief, find_drill, played_until
from simulator.debrief.timeseries import bucket_size
from simulator.store import Store

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"


@pytest.fixture(scope="module")
def results() -> tuple[Path, dict[str, int]]:
    return shared_results()


@pytest.fixture
def store(results: tuple[Path, dict[str, int]]):
    with Store.open(results[0], create=False) as opened:
        yield opened


def test_scores_recomputed_from_the_log_match_the_stored_ones(store, results) -> None:
    for drill_id in (results[1]["good"], results[1]["hostile"]):
        debrief = build_debrief(store, drill_id)
        stored = queries.drill(store, drill_id)
        assert stored is not None and stored.composite is not None
        assert debrief.score["composite"] == pytest.approx(stored.composite, abs=0.01)
        assert [d.dimension for d in debrief.drivers] == [
            "speed", "tone", "escalation", "statements", "composite"]
    good = build_debrief(store, results[1]["good"])
    hostile = build_debrief(store, results[1]["hostile"])
    assert good.score["composite"] > 90 > hostile.score["composite"]


def test_an_aborted_drill_still_scores_from_its_events(store, results) -> None:
    debrief = build_debrief(store, results[1]["aborted"])
    assert debrief.drill.status == "aborted"
    aborted = queries.drill(store, results[1]["aborted"])
    assert aborted is not None and aborted.composite is None  # never stored
    assert debrief.posts and debrief.score["composite"] > 0
    assert max(p.arrived_t for p in debrief.posts) <= 120.0
    # Charts and replay stop where the trainee stopped, not at the scenario's full duration.
    played = played_until(debrief.drill, debrief.events)
    assert played <= 125.0 < debrief.drill.duration
    assert debrief.series and debrief.series[-1].end <= played + 1e-6
    finished = build_debrief(store, results[1]["good"])
    assert played_until(finished.drill, finished.events) == finished.drill.duration


def test_every_recorded_post_is_there_with_handling_and_expectation(store, results) -> None:
    drill_id = results[1]["hostile"]
    debrief = build_debrief(store, drill_id)
    rows = queries.posts_with_actions(store, drill_id)
    assert [p.post_id for p in debrief.posts] == [r.post_id for r in rows]
    replies = [h for p in debrief.posts for h in p.replies]
    assert replies[0].text == HOSTILE and replies[1].text == FORMULA
    first = next(p for p in debrief.posts if p.replies)
    assert first.response_s == pytest.approx(40.0, abs=0.01)
    assert first.speed is not None and first.expected.startswith("reply within")
    # every finding is traced to its guidance, with evidence cut from the reply itself
    for reply in replies:
        for finding in reply.findings:
            assert finding.guidance in GUIDANCE
            if finding.span:
                assert reply.text is not None
                assert finding.evidence == reply.text[finding.span[0]:finding.span[1]]


def test_confusion_matrix_and_escalation_outcomes(store, results) -> None:
    good = build_debrief(store, results[1]["good"])
    hostile = build_debrief(store, results[1]["hostile"])
    # the hostile trainee never escalates: every expected route lands in the "none" column
    assert all(row.get(route, 0) == 0 for expected, row in hostile.confusion.items()
               for route in row if route != "none")
    missed = [p for p in hostile.posts if p.escalation == "missed"]
    assert missed and sum(hostile.confusion[p.expected_route]["none"] for p in missed[:1]) >= 1
    assert sum(good.confusion.get(r, {}).get(r, 0) for r in good.confusion if r != "none") > 0


def test_timeline_holds_the_moments_in_order(store, results) -> None:
    debrief = build_debrief(store, results[1]["hostile"])
    kinds = {e.kind for e in debrief.timeline}
    assert {"drill_started", "post_arrived", "action", "drill_ended", "note"} <= kinds
    assert "health_changed" not in kinds and "reach_changed" not in kinds
    times = [e.t for e in debrief.timeline]
    assert times == sorted(times)
    assert debrief.notes[0].summary == "note: [red]note[/red] <i>x</i>"


def test_series_buckets_cover_the_drill(store, results) -> None:
    debrief = build_debrief(store, results[1]["hostile"])
    size = bucket_size(debrief.drill.duration)
    assert 10 <= size <= 30
    assert debrief.series[0].start == 0 and debrief.series[-1].end == debrief.drill.duration
    assert sum(b.arrivals for b in debrief.series) == len(debrief.posts)
    # slow replies (40 s) leave a backlog and hurt health, a fast trainee keeps it near zero
    good = build_debrief(store, results[1]["good"])
    assert max(b.backlog for b in debrief.series) > max(b.backlog for b in good.series)
    assert debrief.series[-1].health < good.series[-1].health
    responses = [b.mean_response_s for b in debrief.series if b.mean_response_s is not None]
    assert responses and all(r == pytest.approx(40.0, abs=0.5) for r in responses)


def test_lessons_trace_to_seed_guidance(store, results) -> None:
    hostile = build_debrief(store, results[1]["hostile"])
    good = build_debrief(store, results[1]["good"])
    improve = [x for x in hostile.lessons if x.kind == "improve"]
    assert {"Missed escalations", "Posts left unanswered"} <= {x.title for x in improve}
    assert "not_defensive" in {x.guidance for x in improve}
    assert all(x.guidance != "keep_cool" or x.kind == "improve" for x in hostile.lessons)
    assert any(x.kind == "well" for x in good.lessons)
    def missed(debrief):
        return next((x.count for x in debrief.lessons if x.title == "Missed escalations"), 0)

    assert missed(hostile) > missed(good)
    for lesson in (*hostile.lessons, *good.lessons):
        guide = GUIDANCE[lesson.guidance]
        assert (lesson.quote, lesson.source) == (guide.quote, guide.source)
        if SEEDS.is_dir():
            seed_text = (SEEDS / lesson.source).read_text(encoding="utf-8")
            assert " ".join(lesson.quote.split()) in " ".join(seed_text.split())


def test_ghost_is_the_best_other_comparable_drill(store, results) -> None:
    ids = results[1]
    hostile = build_debrief(store, ids["hostile"])
    assert hostile.ghost_drill is not None and hostile.ghost_drill["drill_id"] == ids["good"]
    ghosts = [p.ghost for p in hostile.posts if p.ghost is not None]
    # every post both trainees saw (the good trainee's statement kept some crowd posts away)
    assert len(ghosts) >= 25
    ghost = next(g for g in ghosts if g.actions)
    assert ghost.trainee == "ana"
    assert ghost.response_s == pytest.approx(6.0, abs=0.01)
    assert (ghost.actions[0].text or "").startswith("Hi ")
    # the best drill's own ghost is the next best, never itself
    good = build_debrief(store, ids["good"])
    assert good.ghost_drill is not None and good.ghost_drill["drill_id"] == ids["hostile"]


def test_unknown_drill_and_empty_file_are_explained(store, tmp_path) -> None:
    with pytest.raises(DebriefError, match="no drill 999"):
        build_debrief(store, 999)
    with Store.open(tmp_path / "empty.db") as empty, \
            pytest.raises(DebriefError, match="no drills"):
        find_drill(empty, None)
    assert find_drill(store, None, trainee="ana").trainee == "ana"


def test_to_dict_is_plain_json(store, results) -> None:
    import json

    data = build_debrief(store, results[1]["hostile"]).to_dict()
    text = json.dumps(data)
    assert "events" not in data and "scenario" not in data
    assert data["posts"][0]["expected"] and "[bold]Hi[/bold]" in text


def test_the_summary_and_the_debrief_count_the_same_posts(tmp_path) -> None:
    """The trainee's report: summary "47 of 58 answered, 11 never got one", debrief "14 of 61
    never got one". One definition: the posts the score judged as needing a reply."""
    import re

    from simulator.cli import main
    from simulator.debrief.model import build_debrief
    from simulator.store import Store
    from simulator.tui.lessons import biggest_lessons

    db = tmp_path / "r.db"
    assert main(["simulate", "launch-outage", "--bot", "slow", "--seed", "2", "--db", str(db)]) == 0
    with Store.open(db, create=False) as store:
        debrief = build_debrief(store, 1, with_ghost=False)
        log = queries.events(store, 1)
    score = rescore_for_test(log)
    summary = score.speed_summary
    assert summary.backlog > 0
    unanswered = next(lesson for lesson in debrief.lessons
                      if lesson.title == "Posts left unanswered")
    assert unanswered.detail.startswith(f"{summary.backlog} of {summary.posts} posts")
    tui = next(lesson for lesson in biggest_lessons(score, log) if "sooner" in lesson.title)
    numbers = [int(n) for n in re.findall(r"\d+", tui.detail)]
    assert numbers[:2] == [summary.answered, summary.posts] and summary.backlog in numbers
    speed_driver = next(d for d in debrief.drivers if d.dimension == "speed")
    assert any(f"answered {summary.answered} of {summary.posts}" in line
               for line in speed_driver.reasons)


def rescore_for_test(log):
    from simulator.drill.outcomes import score_log
    from simulator.scenario import load_scenario
    from simulator.scenario.library import resolve_scenario

    return score_log(load_scenario(resolve_scenario("launch-outage")), log)
