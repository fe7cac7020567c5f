"""A whole drill's score from plain per-post records.

`scoring` never reads the simulator's event log; `simulator.drill.outcomes` turns the log into
`PostRecord`s and calls `score_drill`. That keeps this package pure and lets tests build records by
hand. All times are drill seconds (seconds since the drill started).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from scoring.cadence import (
    Cadence,
    Published,
    StatementsScore,
    covers,
    fair_share_needed,
    statements_score,
)
from scoring.composite import Weights, composite
from scoring.critical import CriticalError, critical_errors
from scoring.escalation import EscalationResult, Outcome, confusion_matrix, judge_escalation
from scoring.speed import SpeedSummary, speed_points, summarize_speed

DEFAULT_WEIGHTS = Weights()
HIDE_TONE = 0  # hiding a complaint is censoring: it counts as a reply with tone 0
PASS_MARK = 80.0  # composite a drill needs to pass (and no critical error); scenarios may set it
NEEDLESS_COST = 50  # a needless escalation costs half of what a missed one does
# Recorded with every score: a drill scored under other rules says so instead of being rescored.
# 1: escalation over all posts, no critical errors. 2: escalation over the posts that need a
# team, critical errors, passed / not passed. 3: the official statements scored and in the
# composite; routine posts covered by a fresh good statement need only a fair share of answers.
SCORING_VERSION = 3


@dataclass(frozen=True, slots=True)
class PostRecord:
    post_id: str
    channel: str = ""
    target_s: float = 900.0
    arrived_at: float = 0.0
    first_response_at: float | None = None  # first public reply, holding replies included
    tones: tuple[int, ...] = ()  # tone score of each public reply, in order
    expected_route: str | None = None  # None or "none": no escalation expected
    escalations: tuple[tuple[str, float], ...] = ()  # (route, drill time) in order
    threshold_crossed_at: float | None = None
    hidden: bool = False
    needs_reply: bool = True
    reply_errors: tuple[str, ...] = ()  # critical kinds its replies committed (`reply_errors`)
    routine: bool = False  # a crowd post a fresh good statement can cover (`scoring.cadence`)
    also_routes: tuple[str, ...] = ()  # other routes the scenario counts as correct too


@dataclass(frozen=True, slots=True)
class PostScore:
    post_id: str
    speed: float | None  # None when the post needed no reply
    tone: float | None  # None when no reply was needed and none was given
    escalation: EscalationResult
    composite: float
    response_s: float | None
    critical: tuple[CriticalError, ...] = ()  # any of these zeroes the post

    def to_dict(self) -> dict[str, Any]:
        return {
            "post_id": self.post_id,
            "speed": _round(self.speed),
            "tone": _round(self.tone),
            "escalation": self.escalation.to_dict(),
            "composite": _round(self.composite),
            "response_s": self.response_s,
            "critical": [error.to_dict() for error in self.critical],
        }


@dataclass(frozen=True, slots=True)
class DrillScore:
    speed: float
    tone: float
    escalation: float
    composite: float
    posts: tuple[PostScore, ...]
    speed_summary: SpeedSummary
    confusion: dict[str, dict[str, int]]
    weights: Weights = field(default_factory=Weights)
    pass_mark: float = PASS_MARK
    scoring: int = SCORING_VERSION
    statements: float | None = None  # None: no statement was due (or the log predates them)
    statements_detail: StatementsScore | None = None
    coverage: Coverage | None = None

    @property
    def critical(self) -> tuple[CriticalError, ...]:
        """Every critical error of the drill, post by post in arrival order."""
        return tuple(error for post in self.posts for error in post.critical)

    @property
    def passed(self) -> bool:
        """At or above the pass mark, with no critical error (as a QA scorecard fails a contact
        for one, whatever its average)."""
        return self.composite >= self.pass_mark and not self.critical

    @property
    def verdict(self) -> list[str]:
        """Why the drill did not pass (empty when it passed)."""
        reasons = []
        if self.composite < self.pass_mark:
            reasons.append(f"composite {self.composite:.0f} is under the pass mark "
                           f"{self.pass_mark:.0f}")
        kinds: dict[str, int] = {}
        for error in self.critical:
            kinds[error.label] = kinds.get(error.label, 0) + 1
        reasons += [f"{label} ({count} post{'s' if count != 1 else ''})"
                    for label, count in kinds.items()]
        return reasons

    def to_dict(self) -> dict[str, Any]:
        return {
            "speed": _round(self.speed),
            "tone": _round(self.tone),
            "escalation": _round(self.escalation),
            "composite": _round(self.composite),
            "statements": _round(self.statements),
            "statements_detail": None if self.statements_detail is None
            else self.statements_detail.to_dict(),
            "coverage": None if self.coverage is None else self.coverage.to_dict(),
            "passed": self.passed,
            "pass_mark": self.pass_mark,
            "not_passed_because": self.verdict,
            "critical": [error.to_dict() for error in self.critical],
            "scoring": self.scoring,
            "weights": weights_dict(self.weights),
            "speed_summary": self.speed_summary.to_dict(),
            "confusion": self.confusion,
            "posts": [post.to_dict() for post in self.posts],
        }


@dataclass(frozen=True, slots=True)
class Coverage:
    """Routine posts a fresh good statement covered, and the fair share still answered."""

    covered: int  # routine posts that arrived while a good statement was fresh
    answered: int  # of those, answered anyway
    needed: int  # the fair share that needed an answer (`scoring.cadence.FAIR_SHARE`)
    excused: tuple[str, ...]  # covered posts left unanswered that are not held against anyone

    @property
    def shortfall(self) -> int:
        return max(0, self.needed - self.answered)

    def to_dict(self) -> dict[str, Any]:
        return {"covered": self.covered, "answered": self.answered, "needed": self.needed,
                "shortfall": self.shortfall, "excused": len(self.excused)}


def weights_dict(weights: Weights) -> dict[str, float]:
    return {"speed": weights.speed, "tone": weights.tone, "escalation": weights.escalation,
            "statements": weights.statements}


def apply_coverage(records: Sequence[PostRecord], published: Sequence[Published],
                   cadence: Cadence) -> tuple[list[PostRecord], Coverage]:
    """Excuse the covered routine posts beyond the fair share from needing their own answer.
    The unanswered ones that stay judged are the earliest (they waited longest)."""
    covered = [r for r in records
               if r.routine and r.needs_reply and not r.hidden
               and covers(published, cadence, r.arrived_at, r.target_s)]
    answered = sum(1 for r in covered if r.first_response_at is not None)
    needed = fair_share_needed(len(covered))
    waiting = [r for r in covered if r.first_response_at is None]
    keep = max(0, needed - answered)
    excused = {r.post_id for r in sorted(waiting, key=lambda r: r.arrived_at)[keep:]}
    out = [replace(r, needs_reply=False) if r.post_id in excused else r for r in records]
    return out, Coverage(len(covered), answered, needed,
                         tuple(r.post_id for r in records if r.post_id in excused))


def shown(value: float) -> float:
    """A score as every screen shows it, to one decimal, from the two-decimal value the results
    file stores: rounding the raw number once and the stored one again disagreed (78.1 in
    `simulate`, 78.2 on the leaderboard, for 78.1499 stored as 78.15)."""
    return round(round(value, 2), 1)


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _post_tones(record: PostRecord) -> list[float]:
    tones = [float(t) for t in record.tones]
    if record.hidden:
        tones.append(float(HIDE_TONE))
    return tones


def score_post(record: PostRecord, weights: Weights = DEFAULT_WEIGHTS) -> PostScore:
    response_s = (
        None if record.first_response_at is None
        else max(0.0, record.first_response_at - record.arrived_at)
    )
    speed = speed_points(response_s, record.target_s) if record.needs_reply else None
    tones = _post_tones(record)
    tone = _mean(tones)
    if tone is None and record.needs_reply:
        tone = 0.0  # silence: the seeds' "silence should NOT be an option"
    escalation = judge_escalation(
        record.expected_route, list(record.escalations), record.threshold_crossed_at,
        record.also_routes,
    )
    critical = critical_errors(record.post_id, record.reply_errors, record.hidden,
                               escalation.expected, bool(escalation.chosen))
    if critical:  # an insult in seconds is not a fast answer: the post scores nothing
        speed = 0.0 if speed is not None else None
        return PostScore(record.post_id, speed, tone, escalation, 0.0, response_s, critical)
    total = composite(speed, tone, escalation.points, weights)
    return PostScore(record.post_id, speed, tone, escalation, total, response_s)


def escalation_score(posts: tuple[PostScore, ...]) -> float | None:
    """Escalation over the posts that need a team: the mean of their outcomes (correct 100, late
    50, wrong team 25, missed 0), less `NEEDLESS_COST` per post escalated that needed no team,
    shared out over them. Doing nothing scores 0 wherever a team was needed; with no post for a
    team, full marks unless something was escalated needlessly. None without posts."""
    if not posts:
        return None
    team = [p for p in posts if p.escalation.expected is not None]
    needless = sum(1 for p in posts if p.escalation.outcome is Outcome.NEEDLESS)
    earned = sum(float(p.escalation.points) for p in team) if team else 100.0
    return max(0.0, (earned - NEEDLESS_COST * needless) / max(1, len(team)))


def score_drill(records: list[PostRecord], weights: Weights = DEFAULT_WEIGHTS,
                pass_mark: float = PASS_MARK, *, published: Sequence[Published] = (),
                cadence: Cadence | None = None, duration: float | None = None) -> DrillScore:
    """Drill-level scores: speed = mean over posts that needed a reply; tone = mean of every reply's
    tone (a hide counts as 0), or 0 if nothing that needed a reply got one; escalation over the
    posts that need a team (`escalation_score`). A post with a critical error scores 0 and
    counts 0 in speed (its replies' tones still show in the tone, which is how they sounded).

    With a `cadence` (the scenario's statement times) the statements are scored
    (`scoring.cadence`) and join the composite, and routine posts a fresh good statement covered
    need only a fair share of answers (`apply_coverage`)."""
    coverage = statements = None
    if cadence is not None:
        records, coverage = apply_coverage(records, published, cadence)
        statements = statements_score(published, cadence,
                                      duration if duration is not None else 0.0)
    posts = tuple(score_post(record, weights) for record in records)
    needing = [(r, p) for r, p in zip(records, posts, strict=True) if r.needs_reply]
    speed_values = [p.speed for _, p in needing if p.speed is not None]
    summary = summarize_speed([p.response_s for _, p in needing], speed_values)
    all_tones = [tone for record in records for tone in _post_tones(record)]
    replied_to_needed = any(r.tones for r, _ in needing)
    tone = _mean(all_tones) if replied_to_needed or not needing else 0.0
    speed = _mean(speed_values)
    escalation = escalation_score(posts)
    pairs = [(p.escalation.expected, p.escalation.judged_route) for p in posts]
    total = composite(speed, tone, escalation, weights,
                      None if statements is None else statements.score)
    return DrillScore(
        speed=speed if speed is not None else 100.0,
        tone=tone if tone is not None else 100.0,
        escalation=escalation if escalation is not None else 100.0,
        composite=total if posts else 0.0,
        posts=posts,
        speed_summary=summary,
        confusion=confusion_matrix(pairs),
        weights=weights,
        pass_mark=pass_mark,
        statements=None if statements is None else statements.score,
        statements_detail=statements,
        coverage=coverage,
    )
