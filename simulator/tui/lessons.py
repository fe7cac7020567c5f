"""The three biggest lessons of a drill, for the summary screen.

Each candidate lesson estimates how many composite points its problem cost (speed and escalation
from the drill score, tone from the findings of every reply in the log), and the three costliest
are shown with the seed guidance they come from. Pure: built from the score and the event log.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from scoring.drill import DrillScore
from scoring.guidance import GUIDANCE
from simulator.debrief.lessons import NOT_LESSONS
from simulator.drill.events import Event
from simulator.drill.outcomes import tally_replies

MIN_COST = 0.5  # composite points

OUTCOME_WORDS = {
    "missed": "missed",
    "late": "only after the post went viral",
    "wrong_team": "to the wrong team",
    "needless": "without need",
}


@dataclass(frozen=True, slots=True)
class CostlyLesson:
    """One of the summary's biggest lessons, with the composite points it cost (the debrief's
    `debrief.lessons.Lesson` is the longer list, what went well included)."""

    title: str
    detail: str
    cost: float  # estimated composite points lost
    guidance: str  # a key of scoring.guidance.GUIDANCE

    @property
    def quote(self) -> str:
        entry = GUIDANCE.get(self.guidance)
        return entry.quote if entry else ""


def biggest_lessons(score: DrillScore, events: Iterable[Event],
                    count: int = 3) -> list[CostlyLesson]:
    weights = score.weights
    total = (weights.speed + weights.tone + weights.escalation) or 1.0
    candidates: list[CostlyLesson] = []

    summary = score.speed_summary
    if score.speed < 100 and summary.posts:
        median = "-" if summary.median_s is None else f"{summary.median_s:.0f}s"
        candidates.append(CostlyLesson(
            title="Answer sooner: silence spreads",
            detail=f"You answered {summary.answered} of {summary.posts} posts that needed a "
            f"reply (median first answer {median}); {summary.backlog} never got one.",
            cost=(100 - score.speed) * weights.speed / total,
            guidance="no_silence" if summary.backlog else "holding_message",
        ))

    outcomes = Counter(str(post.escalation.outcome) for post in score.posts)
    problems = [f"{outcomes[k]} {words}" for k, words in OUTCOME_WORDS.items() if outcomes[k]]
    if problems and score.escalation < 100:
        candidates.append(CostlyLesson(
            title="Escalate by the criteria",
            detail="Escalations: " + ", ".join(problems) + ".",
            cost=(100 - score.escalation) * weights.escalation / total,
            guidance="reach_threshold" if outcomes["late"] > outcomes["missed"] else "escalate",
        ))

    tally = tally_replies(events)
    scored = max(tally.scored, 1)  # the tone is the mean over replies and hides
    for rule in tally.rules:
        if rule.points >= 0 or rule.rule in NOT_LESSONS:
            continue
        candidates.append(CostlyLesson(
            title=rule.label[:1].upper() + rule.label[1:],
            detail=f"In {rule.count} of your {tally.replies} scored replies: {-rule.points} "
            "tone points lost.",
            cost=-rule.points / scored * weights.tone / total,
            guidance=rule.guidance,
        ))
    if tally.hides:
        candidates.append(CostlyLesson(
            title="Hidden complaints",
            detail=f"{tally.hides} post{'s' if tally.hides != 1 else ''} hidden: each counts as "
            "a reply with tone 0 (censoring).",
            cost=100.0 * tally.hides / scored * weights.tone / total,
            guidance="no_censoring",
        ))
    # A lesson worth less than half a point would read "about 0 points": not a lesson.
    worth = [lesson for lesson in candidates if lesson.cost >= MIN_COST]
    worth.sort(key=lambda lesson: -lesson.cost)
    return worth[:count]
