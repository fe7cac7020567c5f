"""Posts: the engine's live record of each one, and the read-only views a UI or a bot reads.

`Post` is mutable and private to the engine; `PostView` and `DrillState` are frozen snapshots, so a
UI can keep one without it changing under its feet. Also here: how a scripted post's kind is told
from its author, and how a facilitator's inject (a plain mapping) becomes a scripted post.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from simulator.drill import spread
from simulator.drill.events import ActionError, AuthorData
from simulator.scenario.model import (
    NO_ROUTE,
    Author,
    Expect,
    FollowUp,
    InjectedPost,
    Reach,
    Scenario,
    ScriptedPost,
)

MILESTONE_BASE = 25.0  # reach_changed is logged when a post's level passes 25, 50, 100... likes


@dataclass(slots=True)
class Post:
    """The engine's live record of one post (the UI sees `PostView` snapshots instead)."""

    id: str
    channel: str
    public: bool
    author: Author
    text: str
    kind: str
    topic: str | None
    severity: int
    expected_route: str
    needs_reply: bool
    min_tone: int
    parent_id: str | None
    scripted_id: str | None
    source: str
    arrived_at: float
    target_s: float
    base: tuple[int, int, int]
    origin: float
    share_ratio: float
    comment_ratio: float
    seg: spread.Segment
    depth: int = 0
    follow_ups: tuple[FollowUp, ...] = ()
    also_routes: tuple[str, ...] = ()  # other routes as correct as expected_route
    version: int = 0
    next_milestone: float = MILESTONE_BASE
    crossed_at: float | None = None
    replied_at: float | None = None
    responded_at: float | None = None
    good_reply: bool = False
    tones: list[int] = field(default_factory=list)
    escalations: list[tuple[str, float]] = field(default_factory=list)
    hidden: bool = False
    dm: bool = False
    left: bool = False
    children: list[str] = field(default_factory=list)
    fired: set[str] = field(default_factory=set)
    thanked: bool = False
    rng: random.Random | None = None
    base_total: float = 0.0  # likes + shares + comments at arrival
    spread_factor: float = 1.0  # likes + shares + comments per unit of level

    def __post_init__(self) -> None:
        self.base_total = float(sum(self.base))
        self.spread_factor = 1.0 + self.share_ratio + self.comment_ratio

    def reach(self, t: float) -> tuple[int, int, int]:
        grown = max(0.0, self.seg.level(t) - self.origin)
        return (
            self.base[0] + int(grown),
            self.base[1] + int(grown * self.share_ratio),
            self.base[2] + int(grown * self.comment_ratio),
        )

    def author_dict(self) -> AuthorData:
        a = self.author
        return {"name": a.name, "handle": a.handle, "followers": a.followers, "kind": a.kind}


@dataclass(frozen=True, slots=True)
class PostView:
    id: str
    channel: str
    public: bool
    author_name: str
    author_handle: str
    author_followers: int
    author_kind: str
    text: str
    kind: str
    topic: str | None
    severity: int
    arrived_at: float
    likes: int
    shares: int
    comments: int
    threshold_crossed: bool
    threshold_crossed_at: float | None
    needs_reply: bool
    replied: bool
    escalated: bool
    escalated_to: tuple[str, ...]
    hidden: bool
    dm: bool
    left: bool
    parent_id: str | None
    children: tuple[str, ...]
    deadline: float
    tones: tuple[int, ...]

    @property
    def waiting(self) -> bool:
        """Public, needs a reply, has none yet and was not hidden: it counts in the backlog."""
        return self.public and self.needs_reply and not self.replied and not self.hidden


@dataclass(frozen=True, slots=True)
class DrillState:
    now: float
    duration: float
    finished: bool
    phase: str
    phase_index: int
    pace: float  # generated posts per minute the current phase asks for (after injects)
    arrivals_last_minute: int
    health: float
    backlog: int
    oldest_unanswered_age: float | None
    posts: tuple[PostView, ...]


def view_of(post: Post, now: float) -> PostView:
    """A read-only snapshot of `post` at drill time `now` (reach evaluated then)."""
    likes, shares, comments = post.reach(now)
    author = post.author
    return PostView(
        id=post.id, channel=post.channel, public=post.public, author_name=author.name,
        author_handle=author.handle, author_followers=author.followers,
        author_kind=author.kind, text=post.text, kind=post.kind, topic=post.topic,
        severity=post.severity, arrived_at=post.arrived_at, likes=likes, shares=shares,
        comments=comments, threshold_crossed=post.crossed_at is not None,
        threshold_crossed_at=post.crossed_at, needs_reply=post.needs_reply,
        replied=post.replied_at is not None, escalated=bool(post.escalations),
        escalated_to=tuple(route for route, _ in post.escalations), hidden=post.hidden,
        dm=post.dm, left=post.left, parent_id=post.parent_id,
        children=tuple(post.children), deadline=post.arrived_at + post.target_s,
        tones=tuple(post.tones),
    )


def scripted_kind(spec: ScriptedPost) -> str:
    kind = spec.author.kind
    if kind == "troll":
        return "troll"
    if kind in ("journalist", "influencer", "verified"):
        return "media"
    return "complaint" if spec.expect.reply else "noise"


def inject_post(raw: Mapping[str, Any], scenario: Scenario) -> ScriptedPost:
    """A live inject's post from a plain mapping (the facilitator's form), with sane defaults."""
    if not str(raw.get("text", "")).strip():
        raise ActionError("an injected post needs text")
    channel = raw.get("channel") or next(
        (c.id for c in scenario.channels if c.public), scenario.channels[0].id
    )
    if channel not in {c.id for c in scenario.channels}:
        raise ActionError(f"unknown channel {channel!r}")
    author_raw = raw.get("author") or {}
    author = author_raw if isinstance(author_raw, Author) else Author(
        name=str(author_raw.get("name", "Facilitator inject")),
        handle=str(author_raw.get("handle", "@inject")),
        followers=int(author_raw.get("followers", 100)),
        kind=author_raw.get("kind", "customer"),
    )
    route = raw.get("route", NO_ROUTE)
    if route != NO_ROUTE and route not in {r.id for r in scenario.routes}:
        raise ActionError(f"unknown route {route!r}")
    reach = raw.get("reach") or {}
    return ScriptedPost(
        id=str(raw.get("id", "inject")), at=0.0, channel=channel, author=author,  # type: ignore[arg-type]
        text=str(raw["text"]), reach=Reach(**reach) if isinstance(reach, dict) else reach,
        severity=int(raw.get("severity", 3)),
        expect=Expect(route=route, min_tone=int(raw.get("min_tone", 60)),
                      reply=bool(raw.get("reply", True))),
    )


def scheduled_inject_post(post: InjectedPost, index: int, scenario: Scenario) -> ScriptedPost:
    """A scheduled inject's post (the scenario's `injects[index].post`) as the engine plays it:
    the same defaults as a facilitator's live inject (`inject_post`)."""
    raw: dict[str, Any] = {
        "id": f"inject-{index + 1}", "text": post.text, "channel": post.channel,
        "route": post.route, "severity": post.severity, "min_tone": post.min_tone,
        "reply": post.reply, "reach": post.reach,
    }
    if post.author is not None:
        raw["author"] = post.author
    return inject_post(raw, scenario)
