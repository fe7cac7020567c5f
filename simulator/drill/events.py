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
from typing import Any, Final

# Event kinds, in roughly the order a drill produces them.
DRILL_STARTED: Final = "drill_started"
PHASE_CHANGED: Final = "phase_changed"
POST_ARRIVED: Final = "post_arrived"
REACH_CHANGED: Final = "reach_changed"
THRESHOLD_CROSSED: Final = "threshold_crossed"
ACTION: Final = "action"
STATEMENT: Final = "statement"  # an official statement on the brand's channel (no post)
FOLLOW_UP: Final = "follow_up"
HEALTH_CHANGED: Final = "health_changed"
INJECT: Final = "inject"
FACT_UPDATE: Final = "fact_update"  # a fact became known (the scenario's `fact_updates`)
NOTE: Final = "note"
DRILL_ENDED: Final = "drill_ended"

EVENT_KINDS: tuple[str, ...] = (
    DRILL_STARTED,
    PHASE_CHANGED,
    POST_ARRIVED,
    REACH_CHANGED,
    THRESHOLD_CROSSED,
    ACTION,
    STATEMENT,
    FOLLOW_UP,
    HEALTH_CHANGED,
    INJECT,
    FACT_UPDATE,
    NOTE,
    DRILL_ENDED,
)

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
