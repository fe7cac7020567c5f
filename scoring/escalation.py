"""Escalation: did the post reach the team it should have, and in time?

The seeds ask for "clear criteria for when social conversations have to be escalated to your PR
team", including "the number of likes/shares/comments it receives". So each post has an expected
route (or none) and, for high-reach posts, the time it crossed the reach threshold. Outcomes:

| outcome       | meaning                                                            | points |
|---------------|--------------------------------------------------------------------|--------|
| `correct`     | escalated to the expected route, before the threshold (if any)     | 100    |
| `none_needed` | no route expected and none chosen                                  | 100    |
| `late`        | expected route chosen, but only after the post crossed the threshold | 50   |
| `wrong_team`  | escalated, but not to the expected route                           | 25     |
| `needless`    | escalated although no route was expected                           | 60     |
| `missed`      | a route was expected and nothing was escalated (the worst)         | 0      |

Routes are compared by id; "none" and None both mean no route.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

NO_ROUTE = "none"


class Outcome(StrEnum):
    CORRECT = "correct"
    NONE_NEEDED = "none_needed"
    LATE = "late"
    WRONG_TEAM = "wrong_team"
    NEEDLESS = "needless"
    MISSED = "missed"


OUTCOME_POINTS: dict[Outcome, int] = {
    Outcome.CORRECT: 100,
    Outcome.NONE_NEEDED: 100,
    Outcome.LATE: 50,
    Outcome.WRONG_TEAM: 25,
    Outcome.NEEDLESS: 60,
    Outcome.MISSED: 0,
}

OUTCOME_GUIDANCE: dict[Outcome, str] = {
    Outcome.CORRECT: "escalate",
    Outcome.NONE_NEEDED: "escalate",
    Outcome.LATE: "reach_threshold",
    Outcome.WRONG_TEAM: "escalate",
    Outcome.NEEDLESS: "escalate",
    Outcome.MISSED: "escalate",
}


def _route(route: str | None) -> str | None:
    return None if route in (None, "", NO_ROUTE) else route


@dataclass(frozen=True, slots=True)
class EscalationResult:
    outcome: Outcome
    points: int
    expected: str | None
    chosen: tuple[tuple[str, float], ...]

    @property
    def guidance(self) -> str:
        return OUTCOME_GUIDANCE[self.outcome]

    @property
    def judged_route(self) -> str | None:
        """The route the outcome rests on: the expected one if the post reached it at all
        (first to Legal, then to Tier-2 as expected: "correct", and Tier-2 in the matrix too),
        else the first one chosen; None for none."""
        routes = [route for route, _ in self.chosen]
        if self.expected is not None and self.expected in routes:
            return self.expected
        return routes[0] if routes else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "outcome": str(self.outcome),
            "points": self.points,
            "expected": self.expected or NO_ROUTE,
            "chosen": [[route, t] for route, t in self.chosen],
            "guidance": self.guidance,
        }


def judge_escalation(
    expected: str | None,
    chosen: list[tuple[str, float]] | tuple[tuple[str, float], ...],
    threshold_crossed_at: float | None = None,
    also: tuple[str, ...] = (),
) -> EscalationResult:
    """Judge one post. `chosen` is every (route, drill time) the trainee escalated it to; `also`
    are other routes the scenario counts as just as correct (safety, or PR). Reaching one of
    those makes it the expected route of the result, so the matrix shows it on the diagonal."""
    want = _route(expected)
    picks = tuple((route, float(t)) for route, t in chosen if _route(route) is not None)
    if want is None:
        outcome = Outcome.NEEDLESS if picks else Outcome.NONE_NEEDED
    else:
        accepted = (want, *also)
        hits = [t for route, t in picks if route in accepted]
        if hits and want not in {route for route, _ in picks}:
            want = next(route for route, _ in picks if route in accepted)
        if hits:
            first = min(hits)
            late = threshold_crossed_at is not None and first > threshold_crossed_at
            outcome = Outcome.LATE if late else Outcome.CORRECT
        elif picks:
            outcome = Outcome.WRONG_TEAM
        else:
            outcome = Outcome.MISSED
    return EscalationResult(outcome, OUTCOME_POINTS[outcome], want, picks)


def confusion_matrix(pairs: Iterable[tuple[str | None, str | None]]) -> dict[str, dict[str, int]]:
    """Counts of expected × chosen route (`EscalationResult.judged_route` per post, so the
    matrix and the outcome never disagree), "none" for no route."""
    counts: Counter[tuple[str, str]] = Counter(
        (_route(expected) or NO_ROUTE, _route(chosen) or NO_ROUTE) for expected, chosen in pairs
    )
    labels = [*sorted({label for pair in counts for label in pair} - {NO_ROUTE}), NO_ROUTE]
    return {
        expected: {chosen: counts.get((expected, chosen), 0) for chosen in labels}
        for expected in labels
    }
