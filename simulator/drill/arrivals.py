"""How posts enter the drill: a `Post` made from a `PostSpec` (a scripted post, a crowd arrival, a
follow-up or a crowd `Reaction`) by `new_post`, and its arrival (`arrive`): logged, counted in the
backlog, its reach milestones, threshold and follow-ups scheduled, and maybe a "still waiting" post
from its author.

Plain functions of the `Engine`, not a mixin or a class of their own: they are the engine's own
parts, split out of `engine.py` for size, and read and write its private state as its methods did
(`engine._posts`, `engine._backlog`, `engine._push`...). Only `simulator.drill` modules do that.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import TYPE_CHECKING

from simulator.drill import reach, spread
from simulator.drill.agenda import Again, Ignored, Reaction
from simulator.drill.events import EventKind, PostArrivedData
from simulator.drill.posts import Post, scripted_kind
from simulator.scenario.model import NO_ROUTE, Author, Expect, FollowUp, ScriptedPost

if TYPE_CHECKING:
    from simulator.drill.engine import Engine

AGAIN_CHANCE = 0.35  # an ignored crowd customer posts again, angrier
MAX_REACTION_DEPTH = 2  # a repost of a repost, no further: keeps the crowd from exploding


@dataclass(frozen=True, slots=True)
class PostSpec:
    """What a post is when it enters the drill, whoever made it (scenario, crowd, a follow-up or a
    reaction); `new_post` adds what the engine derives: whether its channel is public, its growth
    curve, and when it arrived. (A facilitator's inject is read into a `ScriptedPost` first, by
    `posts.inject_post`.)

    One value rather than nineteen keyword arguments, so each of the five makers states only
    what differs from a plain crowd post, and the defaults are what such a post has: no topic,
    parent or scenario id, no reach at arrival, the scenario format's tone bar (`Expect.min_tone`),
    the channel's response target, nothing scripted to follow."""

    post_id: str
    channel: str
    author: Author
    text: str
    kind: str
    severity: int
    expected_route: str
    needs_reply: bool
    source: str  # "crowd", "scripted", "inject" or "reaction"
    topic: str | None = None
    min_tone: int = 60
    parent_id: str | None = None
    scripted_id: str | None = None
    base: tuple[int, int, int] = (0, 0, 0)  # likes, shares and comments at arrival
    target_s: float | None = None  # None: the channel's `response_target`
    follow_ups: tuple[FollowUp, ...] = ()
    depth: int = 0  # reactions to reactions: how deep in a crowd thread
    also_routes: tuple[str, ...] = ()


def scripted_post(
    engine: Engine, spec: ScriptedPost, t: float, *, post_id: str, source: str
) -> Post:
    return new_post(engine, PostSpec(
        post_id=post_id, channel=spec.channel, author=spec.author, text=spec.text,
        kind=scripted_kind(spec), severity=spec.severity, expected_route=spec.expect.route,
        needs_reply=spec.expect.reply, source=source, min_tone=spec.expect.min_tone,
        scripted_id=spec.id, base=(spec.reach.likes, spec.reach.shares, spec.reach.comments),
        follow_ups=spec.follow_ups, also_routes=spec.expect.also,
    ), t)


def new_post(engine: Engine, spec: PostSpec, t: float) -> Post:
    """The engine's live record of the post `spec` describes, arriving at `t` (not yet arrived:
    `arrive` logs and schedules it). Its growth is drawn from its own stream, `{seed}:spread:ID`."""
    channel = engine._channels[spec.channel]
    public = channel.public
    target_s = float(channel.response_target) if spec.target_s is None else spec.target_s
    rng = random.Random(f"{engine.seed}:spread:{spec.post_id}")
    base = spec.base
    likes, shares, comments = base
    origin = float(max(1, likes))
    share_ratio = shares / likes if likes > 0 and shares else rng.uniform(0.12, 0.35)
    comment_ratio = comments / likes if likes > 0 and comments else rng.uniform(0.08, 0.3)
    seg = spread.initial_segment(rng, t0=t, l0=origin, followers=spec.author.followers,
                                 severity=spec.severity, target_s=target_s, public=public)
    return Post(
        id=spec.post_id, channel=spec.channel, public=public, author=spec.author,
        text=spec.text, kind=spec.kind, topic=spec.topic, severity=spec.severity,
        expected_route=spec.expected_route, needs_reply=spec.needs_reply,
        min_tone=spec.min_tone, parent_id=spec.parent_id, scripted_id=spec.scripted_id,
        source=spec.source, arrived_at=t, target_s=target_s, base=base, origin=origin,
        share_ratio=share_ratio, comment_ratio=comment_ratio, seg=seg, depth=spec.depth,
        follow_ups=spec.follow_ups, also_routes=spec.also_routes,
    )


def arrive(engine: Engine, post: Post) -> None:
    t = post.arrived_at
    engine._posts[post.id] = post
    engine._recent.append(t)
    if post.parent_id is not None and post.parent_id in engine._posts:
        engine._posts[post.parent_id].children.append(post.id)
    likes, shares, comments = post.base
    data: PostArrivedData = {
        "channel": post.channel,
        "public": post.public,
        "author": post.author_dict(),
        "text": post.text,
        "kind": post.kind,
        "topic": post.topic,
        "severity": post.severity,
        "expected_route": post.expected_route,
        "needs_reply": post.needs_reply,
        "min_tone": post.min_tone,
        "parent_id": post.parent_id,
        "scripted_id": post.scripted_id,
        "source": post.source,
        "target_s": post.target_s,
        "reach": {"likes": likes, "shares": shares, "comments": comments},
    }
    if post.also_routes:
        data["also_routes"] = list(post.also_routes)
    engine._emit(t, EventKind.POST_ARRIVED, post.id, data)
    if post.public and post.needs_reply:
        engine._open[post.id] = post
        engine._backlog += 1
    if post.public:
        while post.next_milestone <= post.origin:
            post.next_milestone *= 2.0
        threshold = engine.scenario.reach_threshold
        if threshold.followers is not None and post.author.followers >= threshold.followers:
            reach.cross(engine, post, t)
        else:
            reach.schedule_threshold(engine, post)
        reach.schedule_milestone(engine, post)
    for follow_up in post.follow_ups:
        if follow_up.when.ignored_for is not None:
            engine._push(t + float(follow_up.when.ignored_for), Ignored(post, follow_up))
    if (post.source == "crowd" or post.source == "reaction") and post.public \
            and post.needs_reply and post.kind in ("complaint", "question") \
            and post.depth < MAX_REACTION_DEPTH:
        rng = reaction_rng(engine, post)
        if rng.random() < AGAIN_CHANCE:
            engine._push(t + rng.uniform(1.0, 2.5) * post.target_s, Again(post))


def react(engine: Engine, t: float, parent: Post, reaction: Reaction) -> None:
    """A crowd reaction (unscripted follow-up): a post of its own in the parent's thread."""
    engine._reactions += 1
    post = new_post(engine, PostSpec(
        post_id=f"r-{engine._reactions:04d}", channel=parent.channel, author=reaction.author,
        text=reaction.text, kind=reaction.kind, severity=reaction.severity,
        expected_route=reaction.expected_route, needs_reply=reaction.needs_reply,
        source="reaction", topic=parent.topic, min_tone=parent.min_tone, parent_id=parent.id,
        target_s=parent.target_s, depth=parent.depth + 1,
    ), t)
    reason = reaction.reason
    engine._emit(t, EventKind.FOLLOW_UP, post.id, {
        "parent_id": parent.id, "reason": reason, "source": "crowd",
    })
    arrive(engine, post)


def scripted_follow_up(engine: Engine, t: float, parent: Post, follow_up: FollowUp) -> None:
    """A scripted follow-up whose condition held: a post of its own in the parent's thread,
    with the parent's kind, topic and (unless it says otherwise) author, severity and channel."""
    condition = _condition_name(follow_up)
    expect = follow_up.expect or Expect(
        route=NO_ROUTE, reply=condition in ("ignored_for", "tone_below")
    )
    reach_at = follow_up.reach
    post = new_post(engine, PostSpec(
        post_id=f"s:{follow_up.id}", channel=follow_up.channel or parent.channel,
        author=follow_up.author or parent.author, text=follow_up.text, kind=parent.kind,
        topic=parent.topic,
        severity=follow_up.severity if follow_up.severity is not None else parent.severity,
        expected_route=expect.route, needs_reply=expect.reply, min_tone=expect.min_tone,
        parent_id=parent.id, scripted_id=follow_up.id, source="scripted",
        base=(0, 0, 0) if reach_at is None
        else (reach_at.likes, reach_at.shares, reach_at.comments),
        follow_ups=follow_up.follow_ups, also_routes=expect.also,
    ), t)
    engine._emit(t, EventKind.FOLLOW_UP, post.id, {
        "parent_id": parent.id, "reason": condition, "source": "scripted",
    })
    arrive(engine, post)


def posts_again(engine: Engine, t: float, post: Post) -> None:
    """An ignored crowd customer posts again, angrier (scheduled by `arrive`; the engine checks
    the post is still unanswered)."""
    rng = reaction_rng(engine, post)
    text = engine._crowd.again(rng, post.text, post.topic)
    react(engine, t, post, Reaction(
        reason="ignored", author=post.author, text=text, kind=post.kind,
        severity=min(5, post.severity + 1), needs_reply=True,
        expected_route=post.expected_route,
    ))


def _condition_name(follow_up: FollowUp) -> str:
    when = follow_up.when
    for name in ("ignored_for", "tone_below", "replied", "escalated"):
        if getattr(when, name) is not None:
            return name
    return "unknown"


def reaction_rng(engine: Engine, post: Post) -> random.Random:
    if post.rng is None:
        post.rng = random.Random(f"{engine.seed}:reactions:{post.id}")
    return post.rng
