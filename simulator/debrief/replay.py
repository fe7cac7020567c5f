"""Replay: the feed exactly as it looked at any moment of a recorded drill.

A drill is its scenario + seed plus the trainee's timed inputs (actions, notes, facilitator
injects): the engine is deterministic, so rebuilding one and applying the recorded inputs at their
logged times reproduces the drill. `Replay` keeps one engine and only rebuilds it when asked to go
back in time, so stepping forward through a drill costs only the new events.

Times in the log are rounded to the millisecond, so a reply logged at 12.346 s may have been applied
at 12.3456 s; anything the engine scheduled inside that gap can land on the other side of the
reply. Counts and flags come out the same; reach can differ by a few likes (tests allow for it).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from simulator.drill import events as ev
from simulator.drill.engine import DrillState, Engine
from simulator.drill.events import (
    STATEMENT_ACTION,
    Action,
    ActionData,
    ActionError,
    Event,
    EventKind,
    InjectData,
    NoteData,
    PostArrivedData,
    StatementData,
)
from simulator.scenario.model import Scenario


@dataclass(frozen=True, slots=True)
class RecordedInput:
    """Something from outside the engine that happened at drill time `t`."""

    t: float
    kind: EventKind  # ACTION (an action or a statement: `Engine.apply`), INJECT or NOTE
    action: Action | None = None
    inject: dict[str, Any] = field(default_factory=dict)
    note: str | None = None
    post_id: str | None = None


def recorded_inputs(log: Iterable[Event]) -> list[RecordedInput]:
    """The trainee's and facilitator's inputs, in log order, rebuilt from the event log."""
    events = list(log)
    arrivals = {e.post_id: e for e in events if e.kind == EventKind.POST_ARRIVED}
    inputs = []
    for e in events:
        if e.kind == EventKind.ACTION and e.post_id is not None:
            acted = cast(ActionData, e.data)
            inputs.append(RecordedInput(e.t, EventKind.ACTION, action=Action(
                kind=str(acted.get("kind")), post_id=e.post_id, text=acted.get("text"),
                template_id=acted.get("template_id"), route=acted.get("route"),
                note=acted.get("note"),
            )))
        elif e.kind == EventKind.STATEMENT:
            stated = cast(StatementData, e.data)
            inputs.append(RecordedInput(e.t, EventKind.ACTION, action=Action(
                kind=STATEMENT_ACTION, post_id="", text=stated.get("text"),
                template_id=stated.get("template_id"))))
        elif e.kind == EventKind.NOTE:
            noted = cast(NoteData, e.data)
            inputs.append(RecordedInput(e.t, EventKind.NOTE, note=str(noted.get("text", "")),
                                        post_id=e.post_id))
        elif e.kind == EventKind.INJECT:
            d = cast(InjectData, e.data)
            spec: dict[str, Any] = {"note": d.get("note"), "pace": d.get("pace"),
                                    "ref": d.get("inject_id")}
            made = d.get("post_id")
            arrived = arrivals.get(made) if made else None
            if arrived is not None:
                a = cast(PostArrivedData, arrived.data)
                spec["post"] = {
                    "text": a.get("text", ""), "channel": a.get("channel"),
                    "author": a.get("author") or {}, "reach": a.get("reach") or {},
                    "severity": a.get("severity", 3), "route": a.get("expected_route", "none"),
                    "min_tone": a.get("min_tone", 60), "reply": a.get("needs_reply", True),
                }
            inputs.append(RecordedInput(e.t, EventKind.INJECT, inject=spec))
    return inputs


def drill_settings(log: Iterable[Event]) -> dict[str, Any]:
    """The engine options the drill was started with (locale, agent name)."""
    for e in log:
        if e.kind == EventKind.DRILL_STARTED:
            return {"locale": e.data.get("locale"), "agent_name": e.data.get("agent") or "Alex"}
    return {"locale": None, "agent_name": "Alex"}


class Replay:
    """Scrub through a recorded drill: `at(t)` is the engine's state at drill time `t`."""

    def __init__(self, scenario: Scenario, seed: int | str, inputs: Sequence[RecordedInput],
                 *, locale: str | None = None, agent_name: str = "Alex") -> None:
        self.scenario = scenario
        self.seed = seed
        self.inputs = sorted(inputs, key=lambda i: i.t)  # stable: same-time inputs keep order
        self.locale = locale
        self.agent_name = agent_name
        self.rejected = 0
        self.rebuilds = 0
        self._engine: Engine
        self._next = 0
        self._reset()

    @classmethod
    def from_log(cls, scenario: Scenario, seed: int | str, log: Sequence[Event]) -> Replay:
        return cls(scenario, seed, recorded_inputs(log), **drill_settings(log))

    @property
    def duration(self) -> float:
        return float(self.scenario.duration)

    def _reset(self) -> None:
        self._engine = Engine(self.scenario, self.seed, locale=self.locale,
                              agent_name=self.agent_name)
        self._engine.advance(0.0)
        self._next = 0
        self.rebuilds += 1

    def at(self, t: float) -> DrillState:
        t = max(0.0, min(float(t), self.duration))
        if t < self._engine.now:
            self._reset()
        engine = self._engine
        while self._next < len(self.inputs) and self.inputs[self._next].t <= t:
            item = self.inputs[self._next]
            self._next += 1
            if item.t > engine.now:
                engine.advance(item.t)
            if engine.finished:
                break
            self._apply(item)
        if t > engine.now or (t >= self.duration and not engine.finished):
            engine.advance(t)
        return engine.state

    def _apply(self, item: RecordedInput) -> None:
        engine = self._engine
        try:
            if item.kind == EventKind.ACTION and item.action is not None:
                engine.apply(item.action)
            elif item.kind == EventKind.NOTE and item.note:
                engine.note(item.note, item.post_id)
            elif item.kind == EventKind.INJECT:
                engine.inject(post=item.inject.get("post"), pace=item.inject.get("pace"),
                              note=item.inject.get("note"), ref=item.inject.get("ref"))
        except ActionError:
            self.rejected += 1

    @property
    def log(self) -> list[Event]:
        return self._engine.log


def feed_at(scenario: Scenario, seed: int | str, inputs: Sequence[RecordedInput], t: float,
            *, locale: str | None = None, agent_name: str = "Alex") -> DrillState:
    """The feed at drill time `t`, rebuilt from scratch (use `Replay` to scrub)."""
    return Replay(scenario, seed, inputs, locale=locale, agent_name=agent_name).at(t)


# ---- one shape for the debrief's feed, whether replayed or read from the log -------------------
@dataclass(frozen=True, slots=True)
class FeedRow:
    post_id: str
    arrived_t: float
    channel: str
    author_handle: str
    text: str
    likes: int
    shares: int
    comments: int
    replied: bool
    dm: bool
    hidden: bool
    escalated_to: tuple[str, ...]
    threshold_crossed: bool
    waiting: bool

    @property
    def status(self) -> str:
        bits = []
        if self.replied:
            bits.append("replied")
        if self.dm:
            bits.append("dm")
        if self.hidden:
            bits.append("hidden")
        if self.escalated_to:
            bits.append("->" + ",".join(self.escalated_to))
        if self.threshold_crossed:
            bits.append("VIRAL")
        return " ".join(bits) or ("waiting" if self.waiting else "-")


@dataclass(frozen=True, slots=True)
class FeedSnapshot:
    t: float
    phase: str
    health: float
    backlog: int
    rows: tuple[FeedRow, ...]  # newest first, as the feed shows them
    exact: bool  # True: replayed by the engine; False: read from the log (reach between
    #             milestones unknown)


def snapshot_from_state(state: DrillState) -> FeedSnapshot:
    rows = tuple(
        FeedRow(p.id, p.arrived_at, p.channel, p.author_handle, p.text, p.likes, p.shares,
                p.comments, p.replied, p.dm, p.hidden, p.escalated_to, p.threshold_crossed,
                p.waiting)
        for p in sorted(state.posts, key=lambda p: -p.arrived_at)
    )
    return FeedSnapshot(state.now, state.phase, state.health, state.backlog, rows, True)


def snapshot_from_log(log: Sequence[Event], t: float) -> FeedSnapshot:
    """The feed at `t` from the recorded events alone (when the scenario is not at hand)."""
    posts: dict[str, dict[str, Any]] = {}
    phase, health = "", 100.0
    for e in log:
        if e.t > t:
            break
        d = e.data
        if e.kind == EventKind.DRILL_STARTED:
            phase = str(d.get("phase", ""))
        elif e.kind == EventKind.PHASE_CHANGED:
            phase = str(d.get("phase", phase))
        elif e.kind == EventKind.HEALTH_CHANGED:
            health = float(d.get("health", health))
        if e.post_id is None:
            continue
        if e.kind == EventKind.POST_ARRIVED:
            author = d.get("author") or {}
            reach = d.get("reach") or {}
            posts[e.post_id] = {
                "post_id": e.post_id, "arrived_t": e.t, "channel": str(d.get("channel", "")),
                "author_handle": str(author.get("handle", "")), "text": str(d.get("text", "")),
                "likes": int(reach.get("likes", 0)), "shares": int(reach.get("shares", 0)),
                "comments": int(reach.get("comments", 0)), "replied": False, "dm": False,
                "hidden": False, "escalated_to": (), "threshold_crossed": False,
                "needs": bool(d.get("public", True)) and bool(d.get("needs_reply", True)),
            }
            continue
        post = posts.get(e.post_id)
        if post is None:
            continue
        reach = d.get("reach") if e.kind == EventKind.ACTION else d
        if isinstance(reach, dict) and "likes" in reach:
            for key in ("likes", "shares", "comments"):
                post[key] = int(reach.get(key, post[key]))
        if e.kind == EventKind.THRESHOLD_CROSSED:
            post["threshold_crossed"] = True
        elif e.kind == EventKind.ACTION:
            kind = d.get("kind")
            if kind in ("reply", "dm") and d.get("tone") is not None:
                post["replied"] = True
            if kind == "dm":
                post["dm"] = True
            elif kind == "hide":
                post["hidden"] = True
            elif kind == "escalate" and d.get("route"):
                post["escalated_to"] = (*post["escalated_to"], str(d["route"]))
    rows = []
    for p in sorted(posts.values(), key=lambda p: -p["arrived_t"]):
        needs = p.pop("needs")
        rows.append(FeedRow(**p, waiting=needs and not p["replied"] and not p["hidden"]))
    backlog = sum(1 for r in rows if r.waiting)
    return FeedSnapshot(t, phase, health, backlog, tuple(rows), False)


def divergence(state: DrillState, log: Sequence[Event]) -> str | None:
    """Why a replayed state is not the recorded drill (None when it is).

    A replay only reproduces a drill if the engine still behaves as it did when it was recorded
    (same scenario content, same crisis-drill version): the posts it shows must be the recorded
    ones, with the same text, and every post recorded before `state.now` must be there.
    """
    recorded = {e.post_id: e for e in log if e.kind == EventKind.POST_ARRIVED and e.post_id}
    for post in state.posts:
        arrived = recorded.get(post.id)
        if arrived is None:
            return f"post {post.id} was not in the recorded drill"
        if arrived.data.get("text") != post.text:
            return f"post {post.id} reads differently from the recorded one"
    shown = {p.id for p in state.posts}
    for pid, arrived in recorded.items():
        if arrived.t <= state.now - 10 ** -ev.TIME_DIGITS and pid not in shown:
            return f"recorded post {pid} did not arrive in the replay"
    return None
