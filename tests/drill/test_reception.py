"""The crowd's reading of the official statements: calmer after a good one, asking for news when
it goes stale, calling out silence past the scenario's point (`simulator.drill.reception`)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from simulator.cli import main
from simulator.drill.engine import Action, Engine
from simulator.drill.events import EventKind
from simulator.drill.reception import routine_kind
from simulator.scenario.model import Duration, Statements

GOOD = ("Since Saturday evening we have had 9 reports from customers who felt unwell after eating "
        "at three of our Harbor City restaurants. We are investigating now. Please check "
        "cluckers.example/update for what to do. Next update in 4 minutes. #CluckersUpdate")


def _play(scenario, seed: int, statements: list[tuple[float, str]]) -> Engine:
    engine = Engine(scenario, seed)
    for at, text in statements:
        engine.advance(at)
        engine.apply(Action("statement", "", text=text))
    engine.advance(scenario.duration)
    return engine


def _arrivals(engine: Engine) -> list:
    return [e for e in engine.log if e.kind == EventKind.POST_ARRIVED]


def _routine_crowd(engine: Engine, after: float = 0.0) -> list:
    return [e for e in _arrivals(engine) if e.post_id.startswith("g-") and e.t >= after
            and routine_kind(e.data["kind"], e.data["expected_route"], 0)]


def _quiet(scenario, **due: float):
    return dataclasses.replace(scenario, statements=dataclasses.replace(
        scenario.statements, **{k: Duration(v) for k, v in due.items()}))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_after_a_good_statement_routine_complaints_come_less_often_and_calmer(
        bundled, seed: int) -> None:
    scenario = _quiet(bundled("food-rumour"), update_every=600, silence_after=900)
    silent = _play(scenario, seed, [])
    spoken = _play(scenario, seed, [(5.0, GOOD)])
    assert spoken.log[-1].data["calmed"] > 0
    assert len(_routine_crowd(spoken, 5.0)) < len(_routine_crowd(silent, 5.0))
    # the same customer, calmer: what they wrote changed, and it is less severe
    was = {e.post_id: e.data for e in _arrivals(silent)}
    calmer = [e for e in _routine_crowd(spoken, 5.0) if e.data["text"] != was[e.post_id]["text"]]
    assert calmer
    assert all(e.data["severity"] == max(1, was[e.post_id]["severity"] - 2) for e in calmer)
    # the rest of the crowd is the same people at the same times: a statement never shifts them
    kept = {e.post_id: e.t for e in _arrivals(spoken) if e.post_id.startswith(("g-", "s:"))}
    before = {e.post_id: e.t for e in _arrivals(silent) if e.post_id in kept}
    assert before == kept


def test_a_poor_statement_does_not_calm_anyone(bundled) -> None:
    scenario = _quiet(bundled("food-rumour"), update_every=600, silence_after=900)
    poor = _play(scenario, 4, [(5.0, "We are aware. Calm down.")])
    assert poor.log[-1].data["calmed"] == 0


def test_a_stale_statement_makes_the_crowd_ask_for_an_update(bundled) -> None:
    scenario = _quiet(bundled("food-rumour"), holding_by=60, update_every=120,
                      silence_after=400)
    engine = _play(scenario, 1, [(10.0, GOOD)])
    # before silence sets in (400 s after the statement) the crowd only asks
    asks = [e for e in _arrivals(engine) if e.post_id.startswith("v-") and e.t < 410.0]
    assert asks, "no 'any update?' post once the statement was stale"
    assert all(e.t >= 130.0 for e in asks)  # not before update_every had passed
    assert all(e.data["kind"] == "question" and e.data["needs_reply"] for e in asks)
    assert any("update" in e.data["text"].lower() for e in asks)
    # kept fresh, nobody asks
    fresh = _play(scenario, 1, [(10.0, GOOD), (120.0, GOOD), (230.0, GOOD), (340.0, GOOD)])
    assert not [e for e in _arrivals(fresh) if e.post_id.startswith("v-") and e.t < 450]


def test_silence_past_the_scenarios_point_brings_silence_posts_and_lower_health(bundled) -> None:
    scenario = _quiet(bundled("food-rumour"), holding_by=60, update_every=120,
                      silence_after=180)
    silent = _play(scenario, 2, [])
    spoken = _play(scenario, 2, [(10.0, GOOD), (120.0, GOOD), (230.0, GOOD), (340.0, GOOD),
                                 (450.0, GOOD)])
    silence_texts = [e for e in _arrivals(silent) if e.post_id.startswith("v-")
                     and e.data["kind"] == "complaint"]
    assert silence_texts and min(e.t for e in silence_texts) >= 180.0
    assert not [e for e in _arrivals(spoken) if e.post_id.startswith("v-")]

    def health_at(engine: Engine, t: float) -> int:
        value = 100
        for e in engine.log:
            if e.kind == EventKind.HEALTH_CHANGED and e.t <= t:
                value = e.data["health"]
        return value

    assert health_at(silent, 470) < health_at(spoken, 470)


def test_the_start_event_records_when_statements_were_due(bundled) -> None:
    engine = _play(bundled("food-rumour"), 1, [])
    due = engine.log[0].data["statements"]
    assert due == {"holding_by": 120.0, "update_every": 240.0, "silence_after": 360.0}


def test_default_statement_times_are_documented_defaults() -> None:
    assert (Statements().holding_by, Statements().update_every,
            Statements().silence_after) == (180, 240, 420)


def test_validate_checks_the_statement_times(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                             bundled) -> None:
    from simulator.scenario.library import resolve_scenario

    text = resolve_scenario("food-rumour").read_text("utf-8")
    wrong = text.replace("  silence_after: 6m", "  silence_after: 1m").replace(
        "  holding_by: 2m", "  holding_by: 9m")
    path = tmp_path / "wrong.yaml"
    path.write_text(wrong, encoding="utf-8")
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert "statements.silence_after" in out or "silence_after" in out
    assert "is not after holding_by" in out
    assert "is not shorter than silence_after" in out  # update_every 4m >= 1m: a warning
    assert "is not inside the drill" in out  # holding_by 9m in an 8m drill


def test_a_long_silence_does_not_repeat_the_same_posts(bundled) -> None:
    scenario = dataclasses.replace(_quiet(bundled("food-rumour"), holding_by=30,
                                          update_every=60, silence_after=90),
                                   duration=Duration(1800))
    engine = _play(scenario, 5, [])
    voices = [e.data["text"] for e in _arrivals(engine) if e.post_id.startswith("v-")]
    assert len(voices) > 40
    assert len(set(voices)) == len(voices)
