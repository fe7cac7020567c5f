"""Read queries: one trainee's history, the leaderboard, the latest drill."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from store_fixtures import ScenarioRef, finding, record_drill, scores

from simulator.debrief import queries
from simulator.store import ABORTED, Store


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with Store.open(tmp_path / "results.db") as opened:
        yield opened


def test_history_lists_drills_oldest_first_with_trend_and_findings(store: Store) -> None:
    blame, caps, empathy = finding("blame", -15, "Defensive"), finding("caps", -5), finding(
        "empathy", 8, "Shows empathy")
    for composite, found in ((40, [blame, caps]), (50, [blame]), (60, [blame, empathy]),
                             (70, [empathy]), (90, [empathy])):
        record_drill(store, "ann", score=scores(composite, tone=composite - 10), findings=found)
    record_drill(store, "ann", finish=False, findings=[caps])  # still running (this process)
    record_drill(store, "bob", score=scores(10), findings=[caps, caps])  # someone else

    result = queries.history(store, "ann")
    assert [d.composite for d in result.drills] == [40, 50, 60, 70, 90, None]
    assert result.drills[-1].status == "running"
    trend = result.trends["composite"]
    assert (trend.drills, trend.baseline, trend.latest, trend.change) == (5, 50, 90, 40)
    assert trend.slope == 12.0  # 40,50,60,70,90: least squares
    assert result.trends["tone"].change == 40
    # 3 drills x 3 actions each carry blame; caps: 1 finished + 1 running drill x 3 actions
    assert [(f.rule, f.count, f.points) for f in result.top_findings] == [
        ("blame", 9, -135), ("caps", 6, -30)]
    assert [(f.rule, f.count, f.label) for f in result.top_strengths] == [
        ("empathy", 9, "Shows empathy")]
    assert result.to_dict()["trends"]["composite"]["slope"] == 12.0


def test_history_of_a_single_drill_has_no_change_yet(store: Store) -> None:
    record_drill(store, "ann", score=scores(55))
    trend = queries.history(store, "ann").trends["composite"]
    assert (trend.baseline, trend.latest, trend.change, trend.slope) == (55, 55, None, None)
    assert queries.history(store, "nobody").drills == []


def test_leaderboard_ranks_best_finished_drill_per_trainee_among_comparable_ones(
    store: Store,
) -> None:
    record_drill(store, "ann", team="blue", score=scores(70))
    record_drill(store, "ann", team="blue", score=scores(85))  # her best counts, once
    record_drill(store, "bob", team="red", score=scores(85))  # tie with ann
    record_drill(store, "cat", team="blue", score=scores(60))
    record_drill(store, "dan", team="red", score=scores(99), finish=False)  # running: excluded
    aborted = record_drill(store, "eve", team="red", finish=False)
    store.mark_aborted(aborted, scores(100))  # aborted: excluded even with a score
    record_drill(store, "fay", team="blue", seed=8, score=scores(95))  # other seed
    record_drill(store, "gus", team="blue", scenario_hash="hash-b", score=scores(97))  # edited
    record_drill(store, "hal", scenario=ScenarioRef("launch-outage", "Launch outage"),
                 score=scores(50))

    groups = queries.leaderboard(store)
    keys = [(g.scenario_id, g.scenario_hash, g.seed) for g in groups]
    assert keys == [("food-rumour", "hash-a", 7), ("food-rumour", "hash-b", 7),
                    ("food-rumour", "hash-a", 8), ("launch-outage", "hash-a", 7)]
    main = groups[0]
    assert [(e.rank, e.trainee, e.composite) for e in main.entries] == [
        (1, "ann", 85), (1, "bob", 85), (3, "cat", 60)]
    assert main.scenario_title == "Food rumour"

    blue = queries.leaderboard(store, team="blue", scenario="food-rumour")
    assert [[e.trainee for e in g.entries] for g in blue] == [["ann", "cat"], ["gus"], ["fay"]]
    assert queries.leaderboard(store, scenario="launch-outage")[0].entries[0].trainee == "hal"
    assert queries.leaderboard(store, team="green") == []
    aborted_summary = queries.drill(store, aborted)
    assert aborted_summary is not None and aborted_summary.status == ABORTED


def test_last_drill_and_recent_drills(store: Store) -> None:
    assert queries.last_drill(store) is None
    first = record_drill(store, "ann", score=scores(10))
    second = record_drill(store, "bob", score=scores(20))
    last, anns = queries.last_drill(store), queries.last_drill(store, "ann")
    assert last is not None and last.id == second
    assert anns is not None and anns.id == first
    assert [d.id for d in queries.recent_drills(store)] == [second, first]
    assert [d.id for d in queries.recent_drills(store, trainee="ann")] == [first]
    assert queries.drill(store, 999) is None


def test_finding_counts_match_the_actions_json_and_split_mixed_rules(store: Store) -> None:
    record_drill(store, "ann", findings=[finding("sentiment", -2), finding("blame", -15)])
    record_drill(store, "ann", findings=[finding("sentiment", 3), finding("empathy", 8)])
    expected: dict[tuple[str, str], list[int]] = {}
    for row in store.query("SELECT a.tone_findings FROM actions a"):
        for item in json.loads(row["tone_findings"]):
            effect = "penalty" if item["points"] < 0 else "bonus"
            entry = expected.setdefault((item["rule"], effect), [0, 0])
            entry[0] += 1
            entry[1] += item["points"]
    stored = {(r["rule"], r["effect"]): [r["n"], r["p"]] for r in store.query(
        "SELECT rule, effect, SUM(count) AS n, SUM(points) AS p FROM drill_findings "
        "GROUP BY rule, effect")}
    assert stored == expected
    result = queries.history(store, "ann")
    assert [(f.rule, f.count, f.points) for f in result.top_findings] == [
        ("blame", 3, -45), ("sentiment", 3, -6)]
    assert [(f.rule, f.count, f.points) for f in result.top_strengths] == [
        ("empathy", 3, 24), ("sentiment", 3, 9)]
