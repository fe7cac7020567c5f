"""The debrief's plain data: what one drill's debrief shows, post by post and moment by moment.

Types only (and the small functions that turn one logged action into a `Handling`), so the
builder (`model.py`), the ghost (`ghost.py`) and the lessons (`lessons.py`) can all use them
without importing each other: `model` builds a `Debrief` from these, and the ghost and lessons
read them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from scoring.guidance import GUIDANCE
from scoring.tone import RULES
from simulator.debrief.triage_report import TriageReport
from simulator.drill.events import Event, EventKind
from simulator.scenario.model import NO_ROUTE

if TYPE_CHECKING:
    from simulator.debrief.lessons import Lesson
    from simulator.debrief.timeseries import Bucket


class DebriefError(LookupError):
    """No such drill, or an empty results file: said in words a user can act on."""


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


class _Plain:
    def to_dict(self) -> dict[str, Any]:
        return _plain(self)


@dataclass(frozen=True, slots=True)
class FindingView(_Plain):
    """One tone finding on one reply, with its evidence and the guidance it traces back to."""

    rule: str
    label: str
    points: int
    span: tuple[int, int] | None
    evidence: str | None
    guidance: str | None
    guidance_title: str | None
    guidance_quote: str | None
    guidance_source: str | None


@dataclass(frozen=True, slots=True)
class Handling(_Plain):
    """One thing the trainee did to a post."""

    t: float
    kind: str  # reply, dm, escalate, hide, leave
    text: str | None
    template_id: str | None
    route: str | None
    note: str | None
    tone: int | None
    good: bool | None
    findings: tuple[FindingView, ...] = ()


@dataclass(frozen=True, slots=True)
class GhostPost(_Plain):
    """How the best comparable drill handled the same post: who, when, what."""

    drill_id: int
    trainee: str
    response_s: float | None
    actions: tuple[Handling, ...]

    @property
    def summary(self) -> str:
        return handling_summary(self.actions)


# A post that arrived when its channel's target no longer fitted in the drill, and that nobody
# touched, is not scored (simulator.drill.outcomes): the debrief says so instead of showing a 0.
NOT_JUDGED = "not_judged"


@dataclass(frozen=True, slots=True)
class DebriefPost(_Plain):
    post_id: str
    arrived_t: float
    channel: str
    public: bool
    author_name: str
    author_handle: str
    author_kind: str
    followers: int
    kind: str
    source: str
    parent_id: str | None
    text: str
    severity: int
    needs_reply: bool
    min_tone: int
    target_s: float
    expected_route: str  # what the scoring expects (a crossed threshold adds its route)
    threshold_t: float | None
    likes: int
    shares: int
    comments: int
    handling: tuple[Handling, ...]
    response_s: float | None
    speed: float | None
    tone: float | None
    escalation: str  # correct, missed, late, wrong_team, needless, none_needed, or NOT_JUDGED
    escalation_points: int
    escalated_to: tuple[str, ...]
    composite: float
    ghost: GhostPost | None = None
    critical: tuple[str, ...] = ()  # the critical errors on it, in words (each zeroes the post)

    @property
    def judged(self) -> bool:
        """False for a post that arrived too close to the end to answer and was left alone."""
        return self.escalation != NOT_JUDGED

    @property
    def composite_text(self) -> str:
        if not self.judged:
            return "-"
        return f"{self.composite:.0f} ✗ critical" if self.critical else f"{self.composite:.0f}"

    @property
    def expected(self) -> str:
        """What good handling was, in words."""
        parts = []
        if self.needs_reply:
            parts.append(f"reply within {self.target_s:.0f}s with tone >= {self.min_tone}")
        else:
            parts.append("no reply needed")
        if self.expected_route != NO_ROUTE:
            parts.append(f"escalate to {self.expected_route}")
        return "; ".join(parts)

    @property
    def handled(self) -> str:
        return handling_summary(self.handling)

    @property
    def replies(self) -> tuple[Handling, ...]:
        return tuple(h for h in self.handling if h.text is not None and h.tone is not None)


@dataclass(frozen=True, slots=True)
class TimelineEntry(_Plain):
    t: float
    kind: str
    post_id: str | None
    summary: str


@dataclass(frozen=True, slots=True)
class Driver(_Plain):
    """One score dimension and the facts that drove it."""

    dimension: str
    score: float
    weight: float
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class DrillInfo(_Plain):
    id: int
    trainee: str
    team: str | None
    mode: str
    bot: str | None
    scenario_id: str
    scenario_title: str | None
    scenario_hash: str
    seed: int | str
    started_at: str
    ended_at: str | None
    status: str
    duration: float
    last_t: float
    locale: str | None
    agent: str | None


@dataclass(frozen=True, slots=True)
class Debrief(_Plain):
    drill: DrillInfo
    score: dict[str, Any]  # DrillScore.to_dict(), recomputed from the log
    drivers: tuple[Driver, ...]
    posts: tuple[DebriefPost, ...]
    timeline: tuple[TimelineEntry, ...]
    confusion: dict[str, dict[str, int]]
    series: tuple[Bucket, ...]
    lessons: tuple[Lesson, ...]
    notes: tuple[TimelineEntry, ...]
    injects: tuple[TimelineEntry, ...]
    ghost_drill: dict[str, Any] | None = None  # id, trainee, composite of the ghost drill
    scenario_matches: bool = False  # the bundled/given scenario is the one played: replay works
    # A drill scored under older scoring rules: the version and the composite it was played with
    # (the scores above are today's rules applied to its log).
    played_under: dict[str, Any] | None = None
    # The important posts missed (costliest first) and handled (in order): `triage_report`, the
    # one function the summary screen and every report call.
    triage: TriageReport = field(default_factory=TriageReport)
    events: tuple[Event, ...] = field(default=(), repr=False)
    scenario: Any = field(default=None, repr=False, compare=False)  # for replay, if it matches

    @property
    def composite(self) -> float:
        """The composite to one decimal as the drivers show it (rounded once, from the exact
        score, so the title, the drivers and the reports never differ by a rounding)."""
        for driver in self.drivers:
            if driver.dimension == "composite":
                return driver.score
        return round(float(self.score.get("composite") or 0.0), 1)

    def post(self, post_id: str) -> DebriefPost | None:
        for post in self.posts:
            if post.post_id == post_id:
                return post
        return None

    def to_dict(self) -> dict[str, Any]:
        data = {f.name: _plain(getattr(self, f.name)) for f in dataclasses.fields(self)
                if f.name not in ("events", "scenario")}
        for raw, post in zip(data["posts"], self.posts, strict=True):
            raw["expected"] = post.expected
            raw["handled"] = post.handled
        return data


def verdict_lines(score: dict[str, Any]) -> list[str]:
    """["Passed (pass mark 80, no critical errors)"] or ["Not passed (pass mark 80)", why...];
    empty for a score from before pass marks (scoring v1). Shared by the screen and reports."""
    if "passed" not in score:
        return []
    mark = float(score.get("pass_mark", 80))
    if score["passed"]:
        return [f"Passed (pass mark {mark:.0f}, no critical errors)"]
    return [f"Not passed (pass mark {mark:.0f})", *map(str, score.get("not_passed_because") or ())]


def handling_summary(handling: Sequence[Handling]) -> str:
    """`reply (tone 82) at 12s; escalate → pr at 15s`, or `no action`."""
    if not handling:
        return "no action"
    parts = []
    for h in handling:
        what = h.kind
        if h.route:
            what += f" -> {h.route}"
        if h.tone is not None:
            what += f" (tone {h.tone})"
        parts.append(f"{what} at {h.t:.0f}s")
    return "; ".join(parts)


def finding_view(raw: Mapping[str, Any], text: str | None) -> FindingView:
    span_raw = raw.get("span")
    span = (int(span_raw[0]), int(span_raw[1])) if isinstance(span_raw, list | tuple) \
        and len(span_raw) == 2 else None
    evidence = raw.get("evidence")
    if evidence is None and span is not None and text is not None:
        evidence = text[span[0]:span[1]]
    rule = str(raw.get("rule", "?"))
    guidance_id = raw.get("guidance") or (RULES[rule].guidance if rule in RULES else None)
    guide = GUIDANCE.get(guidance_id) if guidance_id else None
    return FindingView(
        rule=rule, label=str(raw.get("label") or rule), points=int(raw.get("points") or 0),
        span=span, evidence=evidence, guidance=guidance_id,
        guidance_title=guide.title if guide else None,
        guidance_quote=guide.quote if guide else None,
        guidance_source=guide.source if guide else None,
    )


def handling_from_event(event: Event) -> Handling:
    data = event.data
    tone = data.get("tone") if isinstance(data.get("tone"), dict) else None
    text = data.get("text")
    return Handling(
        t=event.t, kind=str(data.get("kind", "?")), text=text,
        template_id=data.get("template_id"), route=data.get("route"), note=data.get("note"),
        tone=int(tone["score"]) if tone and tone.get("score") is not None else None,
        good=data.get("good"),
        findings=tuple(finding_view(f, text) for f in (tone or {}).get("findings") or ()
                       if isinstance(f, dict)),
    )


def handling_by_post(log: Iterable[Event]) -> dict[str, list[Handling]]:
    found: dict[str, list[Handling]] = {}
    for event in log:
        if event.kind == EventKind.ACTION and event.post_id is not None:
            found.setdefault(event.post_id, []).append(handling_from_event(event))
    return found
