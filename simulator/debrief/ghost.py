"""The ghost: how the team's best run of the same drill handled each post.

Only drills on the same scenario id, the same scenario content (hash) and the same seed are
comparable: the crowd is drawn from the seed independently of the trainee, so every such drill saw
the same posts at the same times under the same ids. Reactions to the trainee (`r-…` posts) differ
between runs; a ghost is only shown for a post whose id and text both match.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from simulator.debrief import queries
from simulator.debrief.views import GhostPost, handling_by_post
from simulator.drill.events import EventKind
from simulator.store import FINISHED, Store, StoreError


@dataclass(frozen=True, slots=True)
class Ghost:
    info: dict[str, Any]  # drill_id, trainee, composite, started_at
    posts: dict[str, GhostPost] = field(default_factory=dict)


def best_comparable(store: Store, drill: queries.DrillSummary) -> queries.DrillSummary | None:
    """The highest-composite finished drill comparable to `drill`, other than itself."""
    rows = store.query(
        """SELECT id FROM drills
           WHERE scenario_id = ? AND scenario_hash = ? AND seed = ? AND id != ?
                 AND status = ? AND composite IS NOT NULL
           ORDER BY composite DESC, started_at, id LIMIT 1""",
        (drill.scenario_id, drill.scenario_hash, drill.seed, drill.id, FINISHED),
    )
    return queries.drill(store, rows[0]["id"]) if rows else None


def find_ghost(store: Store, drill: queries.DrillSummary) -> Ghost | None:
    try:
        best = best_comparable(store, drill)
        if best is None:
            return None
        log = queries.events(store, best.id)
    except StoreError:
        return None  # the ghost is a bonus: never let it stop a debrief
    arrivals = {e.post_id: e for e in log if e.kind == EventKind.POST_ARRIVED and e.post_id}
    mine = {row["post_id"]: row["text"] for row in store.query(
        "SELECT post_id, text FROM posts WHERE drill_id = ?", (drill.id,))}
    handled = handling_by_post(log)
    posts = {}
    for pid, arrival in arrivals.items():
        if pid not in mine or mine[pid] != arrival.data.get("text"):
            continue
        done = tuple(handled.get(pid, ()))
        first = next((h.t for h in done if h.kind in ("reply", "dm") and h.tone is not None),
                     None)
        posts[pid] = GhostPost(
            drill_id=best.id, trainee=best.trainee,
            response_s=None if first is None else round(first - arrival.t, 3), actions=done,
        )
    info = {"drill_id": best.id, "trainee": best.trainee, "composite": best.composite,
            "started_at": best.started_at}
    return Ghost(info, posts)
