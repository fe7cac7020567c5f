"""Which important posts a drill missed, what each cost, and the order the rest were handled in.

Pure: built from a drill's event log and its `DrillScore`, nothing else, so the end-of-drill
summary, the debrief screen and the Markdown/HTML reports all call `triage_report` and show the
same lists with the same numbers.

Important posts are the ones a care lead would not let anyone miss
(`simulator.drill.triage.important`: scripted, an expected route, severity 4 or more), plus any
post that crossed the reach threshold. A post that arrived too late to be judged (it is not in
`DrillScore.posts`) is left out of both lists.

A post is **missed** when any of these holds:
- it needed a reply and got none within its channel's target ("never answered", "answered 3:10
  after its 2:00 target");
- it needed a team and was not escalated correctly ("never escalated to legal", "escalated to pr,
  not legal", "escalated to pr only after it crossed the reach threshold at 3:00");
- a critical error happened on it ("critical: insult").
Every other important post the trainee acted on is **handled**. An important post that needed
nothing (no reply, no team) and got nothing (a reaction, a troll left alone) is in neither list.

What a missed post cost, in one number that can be checked by hand:

    cost = lost × severity factor × reach factor
    lost            = 100 − the post's composite (the points it lost, 0..100)
    severity factor = 1 + severity / 5             (severity 0 → ×1, severity 5 → ×2)
    reach factor    = 1 + log10(1 + gained) / 3    (capped at ×3)
    gained          = likes + shares + comments it gained from its arrival until the trainee
                      first acted on it (reply, DM, escalation, hide or leave), or until the end
                      of the drill if nobody did

So a severe post that went viral while it waited outranks a mild one that lost the same points:
+9 reach is ×1.33, +999 is ×2. Missed posts are listed costliest first (earlier arrival first on
a tie). Handled posts are listed in the order the trainee first acted on them.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from simulator.drill.events import EventKind, PostArrivedData
from simulator.drill.triage import important
from simulator.printable import printable

if TYPE_CHECKING:
    from scoring.drill import Coverage, DrillScore, PostScore
    from simulator.drill.events import Event

EXCERPT = 48  # characters of a post's text shown beside it
REACH_CAP = 3.0  # the reach factor's ceiling
DONE = {"reply": "answered", "dm": "moved to DM", "escalate": "escalated", "hide": "hidden",
        "leave": "left alone"}


def clock(seconds: float) -> str:
    """Drill seconds as m:ss, as a stopwatch shows them (whole seconds passed, like the debrief's
    timeline): 437.6 s is 7:17."""
    total = max(0, int(seconds))
    return f"{total // 60}:{total % 60:02d}"


def excerpt(text: str, width: int = EXCERPT) -> str:
    text = " ".join(printable(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def severity_factor(severity: int) -> float:
    return 1.0 + max(0, severity) / 5.0


def reach_factor(gained: int) -> float:
    return min(REACH_CAP, 1.0 + math.log10(1 + max(0, gained)) / 3.0)


def result_word(composite: float) -> str:
    """One word for how well a handled post went (the summary's own grades)."""
    if composite >= 80:
        return "strong"
    if composite >= 60:
        return "fair"
    return "weak"


@dataclass(frozen=True, slots=True)
class MissedPost:
    post_id: str
    arrived_t: float
    author_handle: str
    excerpt: str
    severity: int
    missed: tuple[str, ...]  # what was missed, in words
    lost: float  # 100 - composite
    gained: int  # reach gained while nobody acted on it
    cost: float

    @property
    def severity_factor(self) -> float:
        return severity_factor(self.severity)

    @property
    def reach_factor(self) -> float:
        return reach_factor(self.gained)

    @property
    def what(self) -> str:
        return "; ".join(self.missed)

    @property
    def cost_text(self) -> str:
        """How the cost was made: `lost 70 × severity 5 (×2.0) × +1,240 reach (×2.0)`."""
        return (f"lost {self.lost:.0f} × severity {self.severity} (×{self.severity_factor:.1f})"
                f" × +{self.gained:,} reach (×{self.reach_factor:.1f})")

    def to_dict(self) -> dict[str, Any]:
        return {"post_id": self.post_id, "arrived_t": self.arrived_t,
                "author_handle": self.author_handle, "excerpt": self.excerpt,
                "severity": self.severity, "missed": list(self.missed),
                "lost": round(self.lost, 2), "gained": self.gained,
                "cost": round(self.cost, 1), "cost_text": self.cost_text}


@dataclass(frozen=True, slots=True)
class HandledPost:
    post_id: str
    arrived_t: float
    author_handle: str
    excerpt: str
    first_action_t: float  # drill time of the trainee's first action on it
    first_action: str  # its kind: reply, dm, escalate, hide, leave
    response_s: float | None  # first public reply, seconds after arrival (the speed score's)
    composite: float
    result: str  # strong, fair, weak

    @property
    def first_move(self) -> str:
        """`answered in 0:42` (after its arrival), `escalated in 0:10`, `left alone in 0:17`."""
        if self.response_s is not None:
            return f"answered in {clock(self.response_s)}"
        done = DONE.get(self.first_action, self.first_action)
        return f"{done} in {clock(self.first_action_t - self.arrived_t)}"

    def to_dict(self) -> dict[str, Any]:
        return {"post_id": self.post_id, "arrived_t": self.arrived_t,
                "author_handle": self.author_handle, "excerpt": self.excerpt,
                "first_action_t": self.first_action_t, "first_action": self.first_action,
                "response_s": self.response_s, "composite": round(self.composite, 2),
                "result": self.result}


@dataclass(frozen=True, slots=True)
class TriageReport:
    missed: tuple[MissedPost, ...] = ()
    handled: tuple[HandledPost, ...] = ()

    @property
    def important(self) -> int:
        return len(self.missed) + len(self.handled)

    def handled_hint(self, names: int = 4) -> str:
        """One line: how many important posts were handled, and in what order."""
        if not self.important:
            return "No important posts to judge in this drill."
        line = f"Handled {len(self.handled)} of {self.important} important posts"
        if not self.handled:
            return line + "."
        order = ", ".join(h.post_id for h in self.handled[:names])
        more = f" (+{len(self.handled) - names} more)" if len(self.handled) > names else ""
        return f"{line}, in this order: {order}{more}"

    def to_dict(self) -> dict[str, Any]:
        return {"missed": [m.to_dict() for m in self.missed],
                "handled": [h.to_dict() for h in self.handled]}


@dataclass(slots=True)
class _Seen:
    data: PostArrivedData  # its arrival
    arrived_t: float
    start_reach: int
    reach: int  # last known, up to the first action
    crossed_t: float | None = None
    first_action_t: float | None = None
    first_action: str | None = None


def _engagement(raw: Any) -> int | None:
    if not isinstance(raw, dict) or "likes" not in raw:
        return None
    return sum(int(raw.get(key) or 0) for key in ("likes", "shares", "comments"))


def _what_missed(post: PostScore, seen: _Seen) -> list[str]:
    missed: list[str] = []
    target = float(seen.data.get("target_s") or 0.0)
    if post.speed is not None:  # the score judged it as needing a reply
        if post.response_s is None:
            missed.append(f"never answered (target {clock(target)})")
        elif post.response_s > target:
            missed.append(f"answered {clock(post.response_s)} after its {clock(target)} target")
    esc = post.escalation
    expected = esc.expected
    if expected is not None:
        outcome = str(esc.outcome)
        if outcome == "missed":
            missed.append(f"never escalated to {expected}")
        elif outcome == "wrong_team":
            chosen = esc.chosen[0][0] if esc.chosen else "?"
            missed.append(f"escalated to {chosen}, not {expected}")
        elif outcome == "late":
            when = f" at {clock(seen.crossed_t)}" if seen.crossed_t is not None else ""
            missed.append(f"escalated to {expected} only after it crossed the reach "
                          f"threshold{when}")
    for error in post.critical:
        if error.kind == "missed_safety" and any(m.startswith("never escalated") for m in missed):
            missed = [m + " (critical)" if m.startswith("never escalated") else m
                      for m in missed]
            continue
        missed.append(f"critical: {error.kind.replace('_', ' ')}")
    return missed


def triage_report(events: Iterable[Event], score: DrillScore) -> TriageReport:
    """The drill's important posts, split into missed (costliest first) and handled (in the
    order handled). See the module docstring for what counts and how the cost is made."""
    seen: dict[str, _Seen] = {}
    end_t = 0.0
    for event in events:
        end_t = max(end_t, event.t)
        pid = event.post_id
        if pid is None:
            continue
        if event.kind == EventKind.POST_ARRIVED:
            start = _engagement(event.data.get("reach")) or 0
            seen[pid] = _Seen(cast(PostArrivedData, dict(event.data)), event.t, start, start)
            continue
        post = seen.get(pid)
        if post is None:
            continue
        if event.kind == EventKind.THRESHOLD_CROSSED and post.crossed_t is None:
            post.crossed_t = event.t
        if event.kind == EventKind.ACTION and post.first_action_t is None:
            post.first_action_t = event.t
            # an action of no known kind is named by its event's kind
            post.first_action = str(event.data.get("kind") or EventKind.ACTION)
            reach = _engagement(event.data.get("reach"))
            if reach is not None:
                post.reach = reach
        elif event.kind in (EventKind.REACH_CHANGED, EventKind.THRESHOLD_CROSSED) \
                and post.first_action_t is None:
            reach = _engagement(event.data)
            if reach is not None:
                post.reach = reach
    missed: list[MissedPost] = []
    handled: list[HandledPost] = []
    for ps in score.posts:
        info = seen.get(ps.post_id)
        if info is None or not (important(info.data) or info.crossed_t is not None):
            continue
        author = info.data.get("author") or {}
        handle = printable(str(author.get("handle") or "?"))
        text = excerpt(str(info.data.get("text") or ""))
        what = _what_missed(ps, info)
        if what:
            severity = int(info.data.get("severity") or 0)
            gained = max(0, info.reach - info.start_reach)
            lost = max(0.0, 100.0 - ps.composite)
            cost = lost * severity_factor(severity) * reach_factor(gained)
            missed.append(MissedPost(ps.post_id, info.arrived_t, handle, text, severity,
                                     tuple(what), lost, gained, cost))
        elif info.first_action_t is not None:
            handled.append(HandledPost(ps.post_id, info.arrived_t, handle, text,
                                       info.first_action_t,
                                       info.first_action or str(EventKind.ACTION),
                                       ps.response_s,
                                       ps.composite, result_word(ps.composite)))
    missed.sort(key=lambda m: (-round(m.cost, 6), m.arrived_t, m.post_id))
    handled.sort(key=lambda h: (h.first_action_t, h.arrived_t, h.post_id))
    return TriageReport(tuple(missed), tuple(handled))


def coverage_line(coverage: Coverage | None) -> str | None:
    """The routine posts a fresh good statement covered, and the fair share answered; None for a
    drill scored without statements."""
    if coverage is None:
        return None
    if not coverage.covered:
        return "no fresh good statement covered any routine post: each needed its own answer"
    posts = "post" if coverage.covered == 1 else "posts"
    line = (f"a fresh statement covered {coverage.covered} routine {posts}; you answered "
            f"{coverage.answered} of the fair share of {coverage.needed}")
    if coverage.answered > coverage.needed:
        line = (f"a fresh statement covered {coverage.covered} routine {posts}; you answered "
                f"{coverage.answered}, more than the fair share of {coverage.needed}")
    if coverage.shortfall:
        line += f" ({coverage.shortfall} short: those count as unanswered)"
    return line


def statements_lines(score: DrillScore) -> list[str]:
    """The statements part in words: its reasons, then the coverage line. Empty for a drill
    scored without statements (a log from before them)."""
    if score.statements is None:
        return []
    lines = list(score.statements_detail.reasons) if score.statements_detail else []
    covered = coverage_line(score.coverage)
    if covered:
        lines.append(covered)
    return lines
