"""What the engine's heap holds: one small frozen type per kind of happening, and `Reaction`.

The engine keeps everything that will happen on one heap of `(at, sequence, item)` entries and
`Engine._handle` dispatches on the item's type with a `match`. The types live here, not in
`engine.py`, so that the engine module stays readable at its size and `arrivals`, `reach`,
`actions` and `reception`, which put items on the heap, import them without importing the engine.

Why `(at, sequence, item)` tuples rather than ordered dataclasses: the heap must pop same-time
items in the order they were pushed (the event log, and so every digest, depends on it), and a
tuple of a float and a unique integer compares in C, never reaching the item; an ordered
dataclass would compare in Python on every heap step. The items themselves never compare.

Items that carry a `version` are cancelled by a newer one: the engine ignores them when the
version they were scheduled under is no longer current (a pace inject redraws the next arrival, a
statement restarts the crowd's clock, an action reshapes a post's growth curve).
"""

from __future__ import annotations

from dataclasses import dataclass

from simulator.drill.posts import Post
from simulator.scenario.model import Author, FactUpdate, FollowUp, ScriptedPost


@dataclass(frozen=True, slots=True)
class Reaction:
    """A crowd reaction decided now and posted later (a pile-on, a thanks, a "why was I hidden",
    a "still waiting"): a post of its own in the parent's thread, logged as a crowd follow-up
    with `reason`."""

    reason: str
    author: Author
    text: str
    kind: str
    severity: int
    needs_reply: bool
    expected_route: str


@dataclass(frozen=True, slots=True)
class Arrival:
    """The next generated crowd post, drawn under arrival `version`."""

    version: int


@dataclass(frozen=True, slots=True)
class Scripted:
    """A scenario's scripted post, due at its `at`."""

    post: ScriptedPost


@dataclass(frozen=True, slots=True)
class ScheduledInject:
    """Entry `index` of the scenario's master events list (`injects`)."""

    index: int


@dataclass(frozen=True, slots=True)
class FactDue:
    """A fact update becomes known."""

    update: FactUpdate


@dataclass(frozen=True, slots=True)
class PhaseStart:
    """Pace phase `index` begins."""

    index: int


@dataclass(frozen=True, slots=True)
class Overdue:
    """A statement is overdue; scheduled under statement `version`."""

    version: int


@dataclass(frozen=True, slots=True)
class Silence:
    """The brand has been silent too long; scheduled under statement `version`."""

    version: int


@dataclass(frozen=True, slots=True)
class HealthTick:
    """Brand health is re-read (every `HEALTH_STEP` seconds)."""


@dataclass(frozen=True, slots=True)
class Milestone:
    """`post` reaches its next reach milestone on growth curve `version`."""

    post: Post
    version: int


@dataclass(frozen=True, slots=True)
class Threshold:
    """`post` crosses the scenario's reach threshold on growth curve `version`."""

    post: Post
    version: int


@dataclass(frozen=True, slots=True)
class Ignored:
    """`post` has waited `follow_up.when.ignored_for`: the follow-up fires unless answered."""

    post: Post
    follow_up: FollowUp


@dataclass(frozen=True, slots=True)
class FollowUpDue:
    """A scripted follow-up of `parent` whose condition held is posted."""

    parent: Post
    follow_up: FollowUp


@dataclass(frozen=True, slots=True)
class Again:
    """An ignored crowd customer may post again, angrier."""

    post: Post


@dataclass(frozen=True, slots=True)
class ReactionDue:
    """A crowd `reaction` to `parent` is posted."""

    parent: Post
    reaction: Reaction


AgendaItem = (
    Arrival | Scripted | ScheduledInject | FactDue | PhaseStart | Overdue | Silence | HealthTick
    | Milestone | Threshold | Ignored | FollowUpDue | Again | ReactionDue
)
Entry = tuple[float, int, AgendaItem]  # (at, sequence, item): the heap's order, time then push
