"""The drill's vocabulary: what happened (`Event`) and what the trainee did (`Action`).

The event log is the single source for scores, the results store and the debrief, so an `Event` is
plain JSON-ready data with nothing that needs the engine to be understood. Kept free of the engine
so the store and debrief can import it without pulling in Faker or the scoring rules.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Final, NotRequired, TypedDict

if TYPE_CHECKING:
    from scoring.statement import StatementReportData
    from scoring.tone.model import ToneData


class EventKind(StrEnum):
    """What an event records, in roughly the order a drill produces them.

    A `StrEnum`: each member is its own string value, so `event.kind == "post_arrived"` holds, a
    kind read back from the store (a plain `str`) equals its member, and `json.dumps` writes the
    bare value: the values are stored in SQLite/PostgreSQL and in JSON exports, never change one.
    Written by name everywhere outside this module (a test walks the code for stray literals).
    """

    DRILL_STARTED = "drill_started"
    PHASE_CHANGED = "phase_changed"
    POST_ARRIVED = "post_arrived"
    REACH_CHANGED = "reach_changed"
    THRESHOLD_CROSSED = "threshold_crossed"
    ACTION = "action"
    STATEMENT = "statement"  # an official statement on the brand's channel (no post)
    FOLLOW_UP = "follow_up"
    HEALTH_CHANGED = "health_changed"
    INJECT = "inject"
    FACT_UPDATE = "fact_update"  # a fact became known (the scenario's `fact_updates`)
    NOTE = "note"
    DRILL_ENDED = "drill_ended"


# ---------------------------------------------------------------- payloads
# One TypedDict per kind: the keys of `Event.data` as the engine writes them (`EventKind.X` has
# `XData`). Readers of a stored log still `.get` a key added after the drills it holds were
# played (`statements`, `also_routes`, `by`...). `PAYLOADS` pairs each kind with its type; a test
# checks every event of real drills against it, so the types cannot drift from the engine. (This
# module's annotations are postponed: read a type's optional keys with `typing.get_type_hints(T,
# include_extras=True)`, as that test does; `__required_keys__` counts every key here.)


class AuthorData(TypedDict):
    name: str
    handle: str
    followers: int
    kind: str  # customer, journalist, influencer...


class ReachData(TypedDict):
    likes: int
    shares: int
    comments: int


class StatementsDue(TypedDict):
    """When statements were due, in seconds (`scoring.cadence.Cadence`)."""

    holding_by: float
    update_every: float
    silence_after: float


class DrillStartedData(TypedDict):
    scenario: str
    title: str
    seed: int | str
    locale: str
    agent: str
    duration: float
    phase: str
    per_minute: float
    statements: StatementsDue  # the score reads the due times from here
    kind: NotRequired[str]  # the kind of crisis, when the scenario names one (history groups)


class PhaseChangedData(TypedDict):
    phase: str
    index: int
    per_minute: float  # the phase's pace times the facilitator's multiplier


class PostArrivedData(TypedDict):
    channel: str
    public: bool
    author: AuthorData
    text: str
    kind: str  # the post's kind (complaint, question, praise...)
    topic: str | None
    severity: int
    expected_route: str
    needs_reply: bool
    min_tone: int
    parent_id: str | None
    scripted_id: str | None
    source: str  # scripted, crowd, reaction, inject
    target_s: float
    reach: ReachData  # at arrival
    also_routes: NotRequired[list[str]]  # only when the post may also go elsewhere


class ReachChangedData(TypedDict):
    likes: int
    shares: int
    comments: int


class ThresholdCrossedData(TypedDict):
    route: str  # where the post must now go
    likes: int
    shares: int
    comments: int
    followers: int


class ActionData(TypedDict):
    kind: str  # one of ACTION_KINDS
    text: str | None
    template_id: str | None
    route: str | None
    note: str | None
    tone: ToneData | None  # a reply, a DM with text, a hide (scored as censoring)
    good: bool | None  # the tone reached the post's min_tone (None: no tone)
    reach: ReachData  # when it was done


class StatementData(TypedDict):
    number: int  # 1 is the holding message
    holding: bool
    text: str
    template_id: str | None
    score: int
    report: StatementReportData


class FollowUpData(TypedDict):
    parent_id: str
    reason: str  # a scripted condition (ignored_for, tone_below...) or a crowd reaction
    source: str  # scripted or crowd


class HealthChangedData(TypedDict):
    health: int
    unanswered_reach: int
    backlog: int
    tone_average: float | None


class InjectData(TypedDict):
    note: str | None
    scheduled: NotRequired[int]  # its index in the scenario's `injects`
    inject_id: NotRequired[int]  # the session's id for a facilitator's live inject
    pace: NotRequired[float]  # the new pace multiplier
    post_id: NotRequired[str]  # the post it made


class FactUpdateData(TypedDict):
    text: str


class NoteData(TypedDict):
    text: str
    by: NotRequired[str]  # an observer's note (`simulator.team.notes`); a trainee's has none
    author: NotRequired[str | None]


class LoggedScore(TypedDict):
    """The score a drill's end records (`outcomes.logged_score`): rounded as the results file
    stores it, with the weights that made the composite."""

    speed: float | None
    tone: float | None
    escalation: float | None
    composite: float | None
    statements: float | None
    weights: dict[str, float]
    passed: bool
    pass_mark: float
    scoring: int


class DrillEndedData(TypedDict):
    posts: int
    health: float
    backlog: int
    statements: int
    calmed: int  # routine crowd posts a good statement kept away
    score: LoggedScore


Payload = (
    DrillStartedData | PhaseChangedData | PostArrivedData | ReachChangedData
    | ThresholdCrossedData | ActionData | StatementData | FollowUpData | HealthChangedData
    | InjectData | FactUpdateData | NoteData | DrillEndedData
)

PAYLOADS: Final[dict[EventKind, type]] = {
    EventKind.DRILL_STARTED: DrillStartedData,
    EventKind.PHASE_CHANGED: PhaseChangedData,
    EventKind.POST_ARRIVED: PostArrivedData,
    EventKind.REACH_CHANGED: ReachChangedData,
    EventKind.THRESHOLD_CROSSED: ThresholdCrossedData,
    EventKind.ACTION: ActionData,
    EventKind.STATEMENT: StatementData,
    EventKind.FOLLOW_UP: FollowUpData,
    EventKind.HEALTH_CHANGED: HealthChangedData,
    EventKind.INJECT: InjectData,
    EventKind.FACT_UPDATE: FactUpdateData,
    EventKind.NOTE: NoteData,
    EventKind.DRILL_ENDED: DrillEndedData,
}


# What a trainee can do to a post. `dm` moves the conversation to private messages (its optional
# text is the public "we've sent you a DM" note); `leave` records a conscious decision to ignore.
ACTION_KINDS: tuple[str, ...] = ("reply", "dm", "escalate", "hide", "leave")
# The one move that is not about a post: `Action("statement", "", text=...)` publishes an
# official statement (holding message, then updates) under the brand's hashtag.
STATEMENT_ACTION: Final = "statement"

# Times in the log are rounded to the millisecond so the canonical JSON (and its digest) does not
# depend on float noise from how a driver stepped the clock.
TIME_DIGITS = 3


class ActionError(ValueError):
    """An action the engine cannot apply (unknown post or route, empty reply, drill over...)."""


@dataclass(frozen=True, slots=True)
class Event:
    """One entry of the log. `data` is the kind's payload (`simulator.drill.payloads` types each
    kind's keys), kept a plain JSON-ready dict: it is written to the store and exports as it is.

    `kind` is an `EventKind` on an event the engine made and the plain string on one read back
    from the store or a file (unknown kinds from a newer version included); the two compare and
    hash equal, so readers test `event.kind == EventKind.X` either way.
    """

    t: float
    kind: str
    post_id: str | None = None
    data: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"t": self.t, "kind": self.kind, "post_id": self.post_id, "data": self.data}

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Event:
        data = dict(raw.get("data") or {})
        return cls(float(raw["t"]), str(raw["kind"]), raw.get("post_id"), data)


@dataclass(frozen=True, slots=True)
class Action:
    kind: str
    post_id: str
    text: str | None = None
    template_id: str | None = None
    route: str | None = None
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "post_id": self.post_id,
            "text": self.text,
            "template_id": self.template_id,
            "route": self.route,
            "note": self.note,
        }

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Action:
        return cls(
            kind=str(raw["kind"]),
            post_id=str(raw["post_id"]),
            text=raw.get("text"),
            template_id=raw.get("template_id"),
            route=raw.get("route"),
            note=raw.get("note"),
        )


def drill_time(t: float) -> float:
    """A drill time as it is written to the log."""
    return round(float(t), TIME_DIGITS)


def canonical_json(events: Iterable[Event]) -> str:
    """The log as one deterministic JSON text: sorted keys, no whitespace, UTF-8 kept."""
    return json.dumps(
        [event.to_dict() for event in events],
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )


def log_digest(events: Iterable[Event]) -> str:
    """sha256 of the canonical log: equal digests mean the same drill, event for event."""
    return hashlib.sha256(canonical_json(events).encode("utf-8")).hexdigest()
