"""How posts enter the drill: a `Post` made from a scripted post, a crowd arrival, a follow-up or a
crowd reaction (`new_post`), and its arrival (`arrive`): logged, counted in the backlog, its reach
milestones, threshold and follow-ups scheduled, and maybe a "still waiting" post from its author.

Plain functions of the `Engine`, not a mixin or a class of their own: they are the engine's own
parts, split out of `engine.py` for size, and read and write its private state as its methods did
(`engine._posts`, `engine._backlog`, `engine._push`...). Only `simulator.drill` modules do that.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from simulator.drill import reach, spread
from simulator.drill.events import EventKind, FollowUpData, PostArrivedData
from simulator.drill.posts import Post, scripted_kind
from simulator.scenario.model import Author, FollowUp, ScriptedPost

if TYPE_CHECKING:
    from simulator.drill.engine import Engine

AGAIN_CHANCE = 0.35  # an ignored crowd customer posts again, angrier
MAX_REACTION_DEPTH = 2  # a repost of a repost, no further: keeps the crowd from exploding


def scripted_post(
    engine: Engine, spec: ScriptedPost, t: float, *, post_id: str, source: str
) -> Post:
    channel = engine._channels[spec.channel]
    return new_post(
        engine,
        post_id=post_id, channel=spec.channel, author=spec.author, text=spec.text,
        kind=scripted_kind(spec), topic=None, severity=spec.severity,
        expected_route=spec.expect.route, needs_reply=spec.expect.reply,
        min_tone=spec.expect.min_tone, parent_id=None, scripted_id=spec.id, source=source,
        t=t, base=(spec.reach.likes, spec.reach.shares, spec.reach.comments),
        target_s=float(channel.response_target), follow_ups=spec.follow_ups,
        also_routes=spec.expect.also,
    )


def new_post(
    engine: Engine, *, post_id: str, channel: str, author: Author, text: str, kind: str,
    topic: str | None, severity: int, expected_route: str, needs_reply: bool, min_tone: int,
    parent_id: str | None, scripted_id: str | None, source: str, t: float,
    base: tuple[int, int, int], target_s: float, follow_ups: tuple[FollowUp, ...] = (),
    depth: int = 0, also_routes: tuple[str, ...] = (),
) -> Post:
    public = engine._channels[channel].public
    rng = random.Random(f"{engine.seed}:spread:{post_id}")
    likes, shares, comments = base
    origin = float(max(1, likes))
    share_ratio = shares / likes if likes > 0 and shares else rng.uniform(0.12, 0.35)
    comment_ratio = comments / likes if likes > 0 and comments else rng.uniform(0.08, 0.3)
    seg = spread.initial_segment(rng, t0=t, l0=origin, followers=author.followers,
                                 severity=severity, target_s=target_s, public=public)
    return Post(
        id=post_id, channel=channel, public=public, author=author, text=text, kind=kind,
        topic=topic, severity=severity, expected_route=expected_route,
        needs_reply=needs_reply, min_tone=min_tone, parent_id=parent_id,
        scripted_id=scripted_id, source=source, arrived_at=t, target_s=target_s, base=base,
        origin=origin, share_ratio=share_ratio, comment_ratio=comment_ratio, seg=seg,
        depth=depth, follow_ups=follow_ups, also_routes=also_routes,
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
            engine._push(t + float(follow_up.when.ignored_for), "ignored", post, follow_up)
    if (post.source == "crowd" or post.source == "reaction") and post.public \
            and post.needs_reply and post.kind in ("complaint", "question") \
            and post.depth < MAX_REACTION_DEPTH:
        rng = reaction_rng(engine, post)
        if rng.random() < AGAIN_CHANCE:
            engine._push(t + rng.uniform(1.0, 2.5) * post.target_s, "again", post)


def react(
    engine: Engine, t: float, parent: Post, reason: str, author: Author, text: str, *, kind: str,
    severity: int, needs_reply: bool, expected_route: str,
) -> None:
    """A crowd reaction (unscripted follow-up): a post of its own in the parent's thread."""
    engine._reactions += 1
    post = new_post(
        engine,
        post_id=f"r-{engine._reactions:04d}", channel=parent.channel, author=author, text=text,
        kind=kind, topic=parent.topic, severity=severity, expected_route=expected_route,
        needs_reply=needs_reply, min_tone=parent.min_tone, parent_id=parent.id,
        scripted_id=None, source="reaction", t=t, base=(0, 0, 0), target_s=parent.target_s,
        depth=parent.depth + 1,
    )
    engine._emit(t, EventKind.FOLLOW_UP, post.id, FollowUpData(
        parent_id=parent.id, reason=reason, source="crowd",
    ))
    arrive(engine, post)


def reaction_rng(engine: Engine, post: Post) -> random.Random:
    if post.rng is None:
        post.rng = random.Random(f"{engine.seed}:reactions:{post.id}")
    return post.rng
