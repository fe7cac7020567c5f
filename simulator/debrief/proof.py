"""Scores from the event log, not from the editable summary columns.

The `drills` row's speed/tone/escalation/composite columns are a convenience for SQL readers,
and one `UPDATE drills SET composite = 100` would move a trainee to the top of the leaderboard
while the debrief, which rescores the event log, still says 16.8. So the leaderboard and history
rank by the score the log records: the `drill_ended` event carries the score the engine worked
out from the log at the end. A drill whose summary columns say something else is flagged
(`DrillSummary.disagrees`), and `verify=True` goes further: it rescores every drill's whole log,
which also catches an edited `drill_ended` event (slower: it reads every event).

Scores carry the scoring rules' version (`scoring.drill.SCORING_VERSION`). A drill scored under
other rules (every drill from before the log carried its score is version 1) keeps the numbers
it was played under, marked with its version, and is not rescored: today's rules would give
different numbers without anything having been edited.
The trust model is in docs/facilitator-guide.md: the shared file is the security boundary, and
whoever can write it can forge a whole log; what this guards against is an edited summary.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, cast

from scoring.drill import SCORING_VERSION, DrillScore
from simulator.debrief import queries
from simulator.drill.events import Event, EventKind
from simulator.drill.outcomes import LOGGED_DIMENSIONS, logged_score, score_log
from simulator.scenario.model import Scenario
from simulator.store import FINISHED, Store, StoreError, hash_scenario

# Stored and logged numbers are both rounded to 0.01; a difference beyond this is an edit.
TOLERANCE = 0.011


@dataclass(frozen=True, slots=True)
class _Threshold:
    route: str


@dataclass(frozen=True, slots=True)
class _Weights:
    speed: float
    tone: float
    escalation: float


@dataclass(frozen=True, slots=True)
class _ScoringScenario:
    """The two things `score_log` reads from a scenario, recovered from the log (and, for logs
    from before it recorded its score, the stored score) when the scenario file is not at hand."""

    reach_threshold: _Threshold
    weights: _Weights


def scoring_scenario(events: Sequence[Event], stored_score: Any) -> _ScoringScenario:
    route = next((str(e.data.get("route")) for e in events
                  if e.kind == EventKind.THRESHOLD_CROSSED and e.data.get("route")), "pr")
    logged = logged_score_in(events)
    weights = logged.get("weights") if isinstance(logged, dict) else None
    if not isinstance(weights, dict) and isinstance(stored_score, dict):
        weights = stored_score.get("weights")
    if not isinstance(weights, dict):
        weights = {}
    return _ScoringScenario(_Threshold(route), _Weights(
        float(weights.get("speed", 30)), float(weights.get("tone", 40)),
        float(weights.get("escalation", 30)),
    ))


@lru_cache(maxsize=16)
def resolve_scenario_for(scenario_id: str, scenario_hash: str) -> Scenario | None:
    """The bundled scenario with this id, if its content is the one that was played
    (remembered: a leaderboard asks for the same few scenarios once per drill)."""
    from simulator.scenario import load_scenario
    from simulator.scenario.library import ScenarioNotFound, bundled_scenarios

    path = dict(bundled_scenarios()).get(scenario_id)
    if path is None:
        return None
    try:
        scenario = load_scenario(path)
    except (ScenarioNotFound, OSError, ValueError):
        return None
    return scenario if hash_scenario(scenario) == scenario_hash else None


def rescore(store: Store, summary: queries.DrillSummary,
            log: Sequence[Event] | None = None) -> DrillScore:
    """The drill's score worked out again from its whole event log, as the debrief does."""
    if log is None:
        log = queries.events(store, summary.id)
    scenario = resolve_scenario_for(summary.scenario_id, summary.scenario_hash)
    scorer: Any = scenario if scenario is not None else scoring_scenario(log, summary.score)
    return score_log(scorer, log)


def logged_scores(store: Store, drill_ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """Each drill's score as its `drill_ended` event records it (drills without one are left
    out). The end is the drill's last event, found through the (drill_id, seq) index; a drill
    with events after its end is looked up in full."""
    if not drill_ids:
        return {}
    ids = json.dumps(list(drill_ids))
    rows = store.query(
        f"""SELECT d.value AS id, e.kind AS kind, e.data AS data
           FROM {store.sql.int_list()} AS d JOIN events AS e ON e.drill_id = d.value
            AND e.seq = (SELECT MAX(seq) FROM events WHERE drill_id = d.value)""", (ids,))
    found: dict[int, Any] = {}
    later = [row["id"] for row in rows if row["kind"] != EventKind.DRILL_ENDED]
    for row in rows:
        if row["kind"] == EventKind.DRILL_ENDED:
            found[row["id"]] = row["data"]
    if later:
        for row in store.query(
                f"""SELECT drill_id AS id, data FROM events
                   WHERE drill_id IN (SELECT value FROM {store.sql.int_list()} AS d) AND kind = ?
                   ORDER BY seq""", (json.dumps(later), EventKind.DRILL_ENDED)):
            found[row["id"]] = row["data"]
    scores = {}
    for drill_id, text in found.items():
        try:
            score = json.loads(text or "{}").get("score")
        except (ValueError, AttributeError):
            continue
        if isinstance(score, Mapping) and _numbers(score) is not None:
            scores[int(drill_id)] = dict(score)
    return scores


def _numbers(score: Mapping[str, Any]) -> dict[str, float | None] | None:
    """The four dimensions as floats, or None if the mapping does not hold them."""
    numbers: dict[str, float | None] = {}
    for name in LOGGED_DIMENSIONS:
        value = score.get(name)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
            return None
        numbers[name] = None if value is None else float(value)
    return numbers


def _disagree(first: Mapping[str, float | None], second: Mapping[str, float | None]) -> bool:
    for name in LOGGED_DIMENSIONS:
        a, b = first.get(name), second.get(name)
        if (a is None) != (b is None) or (a is not None and b is not None
                                          and abs(a - b) > TOLERANCE):
            return True
    return False


def _stored(summary: queries.DrillSummary) -> dict[str, float | None]:
    return {name: getattr(summary, name) for name in LOGGED_DIMENSIONS}


def backed(store: Store, summaries: Sequence[queries.DrillSummary], *, verify: bool = False
           ) -> list[queries.DrillSummary]:
    """The summaries with their scores as the event log has them, `disagrees` set where the
    summary columns (or, with `verify`, the logged score) say something else.

    Only finished drills are judged: an aborted or running drill has no end in its log, and its
    stored numbers (if any) are shown as they are.
    """
    finished = [s for s in summaries if s.status == FINISHED]
    logged = logged_scores(store, [s.id for s in finished])
    out = {}
    for summary in finished:
        recorded = logged.get(summary.id)
        numbers = _numbers(recorded) if recorded is not None else None
        version = scoring_version(recorded if recorded is not None else summary.score)
        mismatch = False
        # A drill played under other rules is shown as played: rescoring it would change it.
        if version == SCORING_VERSION and (numbers is None or verify):
            try:
                proven = _numbers(logged_score(rescore(store, summary)))
            except (StoreError, KeyError, TypeError, ValueError):
                proven = None  # a log too damaged to score proves nothing
            if proven is None:  # keep the stored numbers, said to be unbacked
                out[summary.id] = dataclasses.replace(summary, disagrees=True, scoring=version,
                                                      stored_composite=summary.composite)
                continue
            mismatch = numbers is not None and _disagree(numbers, proven)
            numbers = proven
        mismatch = mismatch or (numbers is not None and _disagree(_stored(summary), numbers))
        out[summary.id] = dataclasses.replace(
            summary, disagrees=mismatch, scoring=version,
            stored_composite=summary.composite if mismatch else None,
            **cast("dict[str, Any]", numbers or {}))
    return [out.get(s.id, s) for s in summaries]


def logged_score_in(events: Sequence[Event]) -> Any:
    """The score the drill's `drill_ended` event recorded, or None (older logs, no end)."""
    return next((e.data.get("score") for e in reversed(events) if e.kind == EventKind.DRILL_ENDED),
                None)


def scoring_version(score: Any) -> int:
    """The scoring rules a score was made under: 1 for scores from before versions were kept."""
    value = score.get("scoring") if isinstance(score, Mapping) else None
    return value if isinstance(value, int) and not isinstance(value, bool) else 1
