"""The three biggest lessons of a drill, for the summary screen.

Each candidate lesson estimates how many composite points its problem cost (speed and escalation
from the drill score, tone from the findings of every reply in the log), and the three costliest
are shown with the seed guidance they come from. Pure: built from the score and the event log.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from scoring.drill import DrillScore
from scoring.guidance import GUIDANCE
from simulator.drill.events import ACTION, Event

MIN_COST = 0.5  # composite points

OUTCOME_WORDS = {
    "missed": "missed",
    "late": "only after the post went viral",
    "wrong_team": "to the wrong team",
    "needless": "without need",
}


@dataclass(frozen=True, slots=True)
class Lesson:
    title: str
    detail: str
    cost: float  # estimated composite points lost
    guidance: str  # a key of scoring.guidance.GUIDANCE

    @property
    def quote(self) -> str:
        entry = GUIDANCE.get(self.guidance)
        return entry.quote if entry else ""


def biggest_lessons(score: DrillScore, events: Iterable[Event], count: int = 3) -> list[Lesson]:
    weights = score.weights
    total = (weights.speed + weights.tone + weights.escalation) or 1.0
    candidates: list[Lesson] = []

    summary = score.speed_summary
    if score.speed < 100 and summary.posts:
        median = "-" if summary.median_s is None else f"{summary.median_s:.0f}s"
        candidates.append(Lesson(
            title="Answer sooner: silence spreads",
            detail=f"You answered {summary.answered} of {summary.posts} posts that needed a "
            f"reply (median first answer {median}); {summary.backlog} never got one.",
            cost=(100 - score.speed) * weights.speed / total,
            guidance="no_silence" if summary.backlog else "holding_message",
        ))

    outcomes = Counter(str(post.escalation.outcome) for post in score.posts)
    problems = [f"{outcomes[k]} {words}" for k, words in OUTCOME_WORDS.items() if outcomes[k]]
    if problems and score.escalation < 100:
        candidates.append(Lesson(
            title="Escalate by the criteria",
            detail="Escalations: " + ", ".join(problems) + ".",
            cost=(100 - score.escalation) * weights.escalation / total,
            guidance="reach_threshold" if outcomes["late"] > outcomes["missed"] else "escalate",
        ))

    lost: dict[str, int] = defaultdict(int)
    seen: Counter[str] = Counter()
    labels: dict[str, tuple[str, str]] = {}
    replies = 0
    for event in events:
        if event.kind != ACTION or not event.data.get("tone"):
            continue
        replies += 1
        for finding in event.data["tone"].get("findings", ()):
            points = int(finding.get("points") or 0)
            if points < 0:
                rule = str(finding.get("rule"))
                lost[rule] += -points
                seen[rule] += 1
                labels[rule] = (str(finding.get("label", rule)), str(finding.get("guidance", "")))
    for rule, points in lost.items():
        label, guidance = labels[rule]
        candidates.append(Lesson(
            title=label[:1].upper() + label[1:],
            detail=f"In {seen[rule]} of your {replies} scored replies: {points} tone points lost.",
            cost=points / max(replies, 1) * weights.tone / total,
            guidance=guidance,
        ))
    # A lesson worth less than half a point would read "about 0 points": not a lesson.
    worth = [lesson for lesson in candidates if lesson.cost >= MIN_COST]
    worth.sort(key=lambda lesson: -lesson.cost)
    return worth[:count]
