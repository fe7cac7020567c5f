""""What went well / what to improve", built from the findings and outcomes of one drill.

Every lesson names the seed guidance it comes from (`scoring.guidance.GUIDANCE`: the quote and the
seed file), so a facilitator can point at the source instead of at the scoring code. Lessons are
ordered by how many points they moved, so the first "improve" is the one worth the most.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from scoring.drill import DrillScore
from scoring.escalation import OUTCOME_GUIDANCE, Outcome
from scoring.guidance import GUIDANCE

if TYPE_CHECKING:
    from simulator.debrief.views import DebriefPost
    from simulator.drill.outcomes import ReplyTally

WELL, IMPROVE = "well", "improve"
MAX_PER_KIND = 6
MAX_EXAMPLES = 5
# VADER's overall sentiment is a few points of nuance, not a lesson: "+2 for sentiment" on a
# defensive reply would read as praise.
NOT_LESSONS = frozenset({"sentiment"})


@dataclass(frozen=True, slots=True)
class Lesson:
    kind: str  # "well" or "improve"
    title: str
    detail: str
    guidance: str
    guidance_title: str
    quote: str
    source: str
    count: int
    weight: float  # points moved, for ordering
    post_ids: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {name: (list(v) if isinstance(v := getattr(self, name), tuple) else v)
                for name in self.__slots__}


def _lesson(kind: str, title: str, detail: str, guidance: str, count: int, weight: float,
            post_ids: Sequence[str] = ()) -> Lesson:
    guide = GUIDANCE[guidance]
    return Lesson(kind, title, detail, guidance, guide.title, guide.quote, guide.source, count,
                  weight, tuple(post_ids[:MAX_EXAMPLES]))


def build_lessons(posts: Sequence[DebriefPost], score: DrillScore,
                  tally: ReplyTally) -> list[Lesson]:
    """The lessons; reply and hide counts are the drill's `ReplyTally` (one count everywhere)."""
    lessons = [*_tone_lessons(posts, tally.replies), *_speed_lessons(posts, score),
               *_escalation_lessons(posts)]
    hidden = [p.post_id for p in posts if any(h.kind == "hide" for h in p.handling)]
    if tally.hides:
        lessons.append(_lesson(
            IMPROVE, "Hidden complaints",
            f"{tally.hides} posts hidden; each counts as a reply with tone 0 and may draw a "
            "'they deleted my post' reaction", "no_censoring", tally.hides,
            40.0 * tally.hides, hidden))
    templated = [p.post_id for p in posts if any(h.template_id for h in p.replies)]
    if templated:
        lessons.append(_lesson(
            WELL, "Used the approved responses",
            f"{len(templated)} replies started from an approved template", "approved_templates",
            len(templated), 1.0 * len(templated), templated))
    well = sorted((x for x in lessons if x.kind == WELL), key=lambda x: -x.weight)
    improve = sorted((x for x in lessons if x.kind == IMPROVE), key=lambda x: -x.weight)
    return [*well[:MAX_PER_KIND], *improve[:MAX_PER_KIND]]


def _tone_lessons(posts: Sequence[DebriefPost], replies: int) -> list[Lesson]:
    counts: Counter[str] = Counter()
    points: Counter[str] = Counter()
    first: dict[str, Any] = {}
    where: dict[str, list[str]] = {}
    for post in posts:
        for reply in post.replies:
            for f in reply.findings:
                if f.guidance not in GUIDANCE or f.points == 0 or f.rule in NOT_LESSONS:
                    continue
                counts[f.rule] += 1
                points[f.rule] += f.points
                first.setdefault(f.rule, f)
                where.setdefault(f.rule, []).append(post.post_id)
    lessons = []
    for rule, n in counts.items():
        f = first[rule]
        kind = WELL if points[rule] > 0 else IMPROVE
        example = f' (e.g. "{f.evidence}")' if f.evidence else ""
        lessons.append(_lesson(
            kind, f.label, f"{n} of {replies} replies{example}; {points[rule]:+d} points in all",
            f.guidance, n, abs(points[rule]), where[rule]))
    return lessons


def _speed_lessons(posts: Sequence[DebriefPost], score: DrillScore) -> list[Lesson]:
    # The posts the score judged as needing a reply (a speed was given), so these counts are the
    # speed summary's, as the end-of-drill summary shows them: not the posts that asked for one
    # on arrival (some arrived too late to answer, some a fresh statement covered).
    needing = [p for p in posts if p.speed is not None]
    silent = [p.post_id for p in needing if p.response_s is None]
    late = [p.post_id for p in needing
            if p.response_s is not None and p.response_s > p.target_s]
    lessons = []
    if silent:
        lessons.append(_lesson(
            IMPROVE, "Posts left unanswered",
            f"{len(silent)} of {len(needing)} posts that needed a reply never got one: 0 for "
            "speed and tone each", "no_silence", len(silent), 100.0 * len(silent), silent))
    if late:
        lessons.append(_lesson(
            IMPROVE, "Slow first responses",
            f"{len(late)} posts were answered after their channel's target; a short holding "
            "reply stops the clock", "holding_message", len(late), 30.0 * len(late), late))
    on_time = [p for p in needing if p.response_s is not None and p.response_s <= p.target_s]
    if on_time and 2 * len(on_time) >= len(needing):  # "went well" only for most of them
        lessons.append(_lesson(
            WELL, "Answered within target",
            f"{len(on_time)} of {len(needing)} posts answered within their channel's target "
            f"(median {score.speed_summary.median_s or 0:.0f}s)", "holding_message",
            len(on_time), 10.0 * len(on_time)))
    return lessons


_ESCALATION_TEXT = {
    Outcome.CORRECT: (WELL, "Escalated to the right team",
                      "reached the expected team before the reach threshold"),
    Outcome.MISSED: (IMPROVE, "Missed escalations",
                     "needed a team (safety, PR, legal...) and were never escalated"),
    Outcome.LATE: (IMPROVE, "Late escalations",
                   "went to the right team only after crossing the reach threshold"),
    Outcome.WRONG_TEAM: (IMPROVE, "Escalated to the wrong team",
                         "went to a team other than the expected one"),
    Outcome.NEEDLESS: (IMPROVE, "Needless escalations",
                       "were escalated although no team was needed"),
}


def _escalation_lessons(posts: Sequence[DebriefPost]) -> list[Lesson]:
    lessons = []
    for outcome, (kind, title, detail) in _ESCALATION_TEXT.items():
        hit = [p for p in posts if p.escalation == outcome]
        if not hit:
            continue
        moved = sum(abs(100 - p.escalation_points) for p in hit) or 20.0 * len(hit)
        lessons.append(_lesson(kind, title, f"{len(hit)} posts {detail}",
                               OUTCOME_GUIDANCE[outcome], len(hit), float(moved),
                               [p.post_id for p in hit]))
    return lessons
