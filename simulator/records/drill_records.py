"""One drill as a training record: who, which scenario, when, how it went, as plain data.

This is what leaves the results store for a learning platform (`simulator.records.xapi`), so the
score is the one the debrief shows: worked out again from the drill's event log (never the
editable summary columns), unless the drill was scored under other scoring rules, whose numbers
are kept as they were played (`simulator.debrief.proof`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from simulator.debrief import queries
from simulator.store import FINISHED, Store, StoreError


@dataclass(frozen=True, slots=True)
class CriticalRecord:
    """A critical error (a public insult, personal data in public, ...) on one post."""

    post_id: str
    kind: str
    label: str


@dataclass(frozen=True, slots=True)
class ScoreRecord:
    composite: float
    speed: float | None
    tone: float | None
    escalation: float | None
    passed: bool
    pass_mark: float
    critical: tuple[CriticalRecord, ...]
    scoring: int  # the scoring rules' version (scoring.drill.SCORING_VERSION)


@dataclass(frozen=True, slots=True)
class DrillRecord:
    uid: str  # the drill's global id (drills.uid): the same in every copy of the results file
    trainee: str
    team: str | None
    session: str | None
    mode: str
    bot: str | None
    scenario_id: str
    scenario_title: str | None
    scenario_hash: str
    seed: int | str
    app_version: str | None
    started_at: str
    ended_at: str | None
    status: str  # finished, aborted or running (as readers show it)
    duration_s: float  # drill time played
    score: ScoreRecord | None  # None unless the drill finished


def drill_record(store: Store, summary: queries.DrillSummary) -> DrillRecord:
    """The record of one drill of `store` (its uid read from the drills row)."""
    rows = store.query("SELECT uid FROM drills WHERE id = ?", (summary.id,))
    uid = rows[0]["uid"] if rows else None
    if not uid:
        raise StoreError(f"drill {summary.id} has no global id: open the file once with this "
                         "version of crisis-drill to upgrade it")
    return DrillRecord(
        uid=str(uid), trainee=summary.trainee, team=summary.team, session=summary.session,
        mode=summary.mode, bot=summary.bot, scenario_id=summary.scenario_id,
        scenario_title=summary.scenario_title, scenario_hash=summary.scenario_hash,
        seed=summary.seed, app_version=summary.app_version, started_at=summary.started_at,
        ended_at=summary.ended_at, status=summary.status, duration_s=float(summary.last_t or 0),
        score=_score(store, summary) if summary.status == FINISHED else None,
    )


def drill_records(store: Store, summaries: Sequence[queries.DrillSummary]) -> list[DrillRecord]:
    return [drill_record(store, summary) for summary in summaries]


def _score(store: Store, summary: queries.DrillSummary) -> ScoreRecord | None:
    from scoring.drill import PASS_MARK, SCORING_VERSION
    from simulator.debrief import proof

    stored = summary.score if isinstance(summary.score, Mapping) else {}
    version = proof.scoring_version(stored)
    if version == SCORING_VERSION:
        try:
            score = proof.rescore(store, summary)
        except (KeyError, TypeError, ValueError):
            score = None  # a log too damaged to score: fall back to what was stored
        if score is not None:
            return ScoreRecord(
                composite=round(score.composite, 2), speed=_round(score.speed),
                tone=_round(score.tone), escalation=_round(score.escalation),
                passed=score.passed, pass_mark=float(score.pass_mark),
                critical=tuple(CriticalRecord(e.post_id, e.kind, e.label)
                               for e in score.critical),
                scoring=score.scoring)
    [backed] = proof.backed(store, [summary])
    if backed.composite is None:
        return None
    pass_mark = _number(stored.get("pass_mark"), PASS_MARK)
    critical = tuple(CriticalRecord(str(item.get("post_id")), str(item.get("kind")),
                                    str(item.get("label") or item.get("kind")))
                     for item in stored.get("critical") or () if isinstance(item, Mapping))
    passed = stored.get("passed")
    if not isinstance(passed, bool):  # scores from before "passed" was kept
        passed = backed.composite >= pass_mark and not critical
    return ScoreRecord(
        composite=float(backed.composite), speed=backed.speed, tone=backed.tone,
        escalation=backed.escalation, passed=passed, pass_mark=pass_mark, critical=critical,
        scoring=version)


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def _number(value: Any, default: float) -> float:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    return default
