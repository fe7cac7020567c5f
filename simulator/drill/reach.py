"""A post's reach on the drill's heap: the milestones and threshold crossing scheduled on its growth
curve, a new curve after an action (`reshape`), and whether its reach still weighs on brand health
(`close`).

Plain functions of the `Engine`, not a mixin or a class of their own: they are the engine's own
bookkeeping, split out of `engine.py` for size, and read and write its private state as its methods
did (`engine._push`, `engine._open`, `engine._settled`). Only `simulator.drill` modules do that.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from simulator.drill import spread
from simulator.drill.agenda import Milestone, Threshold
from simulator.drill.events import EventKind
from simulator.drill.posts import Post

if TYPE_CHECKING:
    from simulator.drill.engine import Engine


def schedule_milestone(engine: Engine, post: Post) -> None:
    at = post.seg.time_to(post.next_milestone)
    if at < engine.duration:
        engine._push(max(at, post.seg.t0), Milestone(post, post.version))


def schedule_threshold(engine: Engine, post: Post) -> None:
    if post.crossed_at is not None or not post.public:
        return
    level = threshold_level(engine, post)
    if level is None:
        return
    at = post.seg.time_to(level)
    if at < engine.duration:
        engine._push(max(at, post.seg.t0), Threshold(post, post.version))


def threshold_level(engine: Engine, post: Post) -> float | None:
    threshold = engine.scenario.reach_threshold
    levels = []
    for limit, base, ratio in (
        (threshold.likes, post.base[0], 1.0),
        (threshold.shares, post.base[1], post.share_ratio),
        (threshold.comments, post.base[2], post.comment_ratio),
    ):
        if limit is None or ratio <= 0:
            continue
        # int(grown * ratio) >= limit - base  <=>  grown >= (limit - base) / ratio
        levels.append(post.origin + max(0.0, (limit - base) / ratio) + 1e-9)
    return min(levels) if levels else None


def cross(engine: Engine, post: Post, t: float) -> None:
    post.crossed_at = t
    likes, shares, comments = post.reach(t)
    engine._emit(t, EventKind.THRESHOLD_CROSSED, post.id, {
        "route": engine.scenario.reach_threshold.route,
        "likes": likes, "shares": shares, "comments": comments,
        "followers": post.author.followers,
    })


def close(engine: Engine, post: Post) -> None:
    """The post got a good answer (or was hidden): its reach no longer weighs on health."""
    engine._open.pop(post.id, None)
    total = engine._settled.pop(post.id, None)
    if total is not None:
        engine._settled_sum -= total


def reshape(engine: Engine, post: Post, seg: spread.Segment) -> None:
    """A new growth segment: drop the old milestone/threshold items, schedule new ones."""
    post.seg = seg
    post.version += 1
    total = engine._settled.pop(post.id, None)
    if total is not None:  # spreading again (a bad reply): back to the live set
        engine._settled_sum -= total
        engine._open[post.id] = post
    if not post.public:
        return
    schedule_threshold(engine, post)
    schedule_milestone(engine, post)
