"""The drill's official statements as a whole, and the routine posts a good statement covers.

The guides ask three things of the statements: a holding message at once ("as soon as a potential
crisis develops ... create a holding message"), updates on a rhythm in the one official place,
and never silence ("silence should NOT be an option"). `statements_score` scores exactly those,
each part explained; `scoring.statement` scores what one statement says.

A crowd in a viral crisis posts faster than anyone can answer, and the guides' answer is the
statement: one official update that every routine complaint can be pointed to. So a routine post
(no team needed, not severe, not scripted, below the reach threshold) that arrived while a good
statement was fresh is *covered*: it does not need its own reply, as long as the trainee still
answers a fair share of them (`FAIR_SHARE`): a desk that points nobody to the update is not
present in the conversation. The important posts are scored one by one, whatever was published.
All times are drill seconds.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

GOOD_STATEMENT = 60  # rubric score from which a statement covers routine posts and calms the crowd
FAIR_SHARE = 0.25  # of the covered routine posts, this share still needs an answer
HOLDING_PART, QUALITY_PART, FRESH_PART = 30.0, 40.0, 30.0  # how the statements score is made


@dataclass(frozen=True, slots=True)
class Cadence:
    """When statements are due (the scenario's `statements` block), in drill seconds."""

    holding_by: float = 180.0
    update_every: float = 240.0
    silence_after: float = 420.0


@dataclass(frozen=True, slots=True)
class Published:
    """One official statement as the score sees it: when, and its rubric score."""

    t: float
    score: float


@dataclass(frozen=True, slots=True)
class StatementsScore:
    score: float
    holding: float  # 0..100: on time, late (falling to 0 at silence_after), or never
    quality: float  # mean rubric score of the statements
    fresh: float | None  # share of the time from holding_by on with a fresh statement out (0..100)
    reasons: tuple[str, ...]  # one line per part, for the summary and the debrief

    def to_dict(self) -> dict[str, object]:
        return {"score": round(self.score, 2), "holding": round(self.holding, 2),
                "quality": round(self.quality, 2),
                "fresh": None if self.fresh is None else round(self.fresh, 2),
                "reasons": list(self.reasons)}


def _clock(seconds: float) -> str:
    total = max(0, round(seconds))
    return f"{total // 60}:{total % 60:02d}"


def holding_points(published: Sequence[Published], cadence: Cadence) -> float:
    """100 by `holding_by`, falling in a straight line to 0 at `silence_after`; 0 if never."""
    if not published:
        return 0.0
    late = published[0].t - cadence.holding_by
    if late <= 0:
        return 100.0
    window = max(1.0, cadence.silence_after - cadence.holding_by)
    return max(0.0, 100.0 * (1.0 - late / window))


def fresh_share(published: Sequence[Published], cadence: Cadence, duration: float) -> float | None:
    """Share of [holding_by, duration] during which the latest statement was at most
    `update_every` old. None when the drill ends before a statement was due."""
    start = cadence.holding_by
    if duration <= start:
        return None
    covered = 0.0
    times = [p.t for p in published if p.t < duration]
    for index, t in enumerate(times):
        stale_at = t + cadence.update_every
        if index + 1 < len(times):
            stale_at = min(stale_at, times[index + 1])
        begin, end = max(t, start), min(stale_at, duration)
        covered += max(0.0, end - begin)
    return covered / (duration - start)


def statements_score(published: Sequence[Published], cadence: Cadence,
                     duration: float) -> StatementsScore | None:
    """The statements part of the drill score, or None when none was due and none published."""
    if not published and duration <= cadence.holding_by:
        return None
    holding = holding_points(published, cadence)
    quality = sum(p.score for p in published) / len(published) if published else 0.0
    fresh = fresh_share(published, cadence, duration)
    fresh_points = None if fresh is None else 100.0 * fresh
    parts = [(holding, HOLDING_PART), (quality, QUALITY_PART)]
    if fresh_points is not None:
        parts.append((fresh_points, FRESH_PART))
    score = sum(v * w for v, w in parts) / sum(w for _, w in parts)
    reasons = []
    if not published:
        reasons.append(f"no holding message (due by {_clock(cadence.holding_by)}): the crowd "
                       "heard nothing official")
    else:
        first = published[0].t
        when = ("on time" if first <= cadence.holding_by
                else f"{_clock(first - cadence.holding_by)} late")
        reasons.append(f"holding message at {_clock(first)}, {when} (due by "
                       f"{_clock(cadence.holding_by)}): {holding:.0f}")
        reasons.append(f"{len(published)} statement{'s' if len(published) != 1 else ''}, "
                       f"rubric mean {quality:.0f}")
    if fresh_points is not None:
        reasons.append(f"a fresh statement (under {_clock(cadence.update_every)} old) was out "
                       f"{fresh_points:.0f} % of the time after the holding message was due")
    return StatementsScore(score, holding, quality, fresh_points, tuple(reasons))


def covers(published: Sequence[Published], cadence: Cadence, arrived_at: float,
           target_s: float) -> bool:
    """Did a fresh good statement stand while this post waited for an answer (from its arrival
    to its response target)? Then a routine post may be pointed to it instead of answered."""
    for p in published:
        if p.score < GOOD_STATEMENT or p.t > arrived_at + target_s:
            continue
        if p.t + cadence.update_every >= arrived_at:
            return True
    return False


def fair_share_needed(covered: int) -> int:
    """How many of `covered` routine posts still need their own answer."""
    return math.ceil(FAIR_SHARE * covered - 1e-9)
