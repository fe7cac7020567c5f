"""The drill over time, in fixed buckets: backlog, response times, brand health, pace.

Computed from the event log alone with the same rules the engine uses for its live numbers (a post
is in the backlog while it is public, needs a reply, has no public reply yet and is not hidden), so
the charts show what the trainee saw on the status bar.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from simulator.drill.events import Event, EventKind

MIN_BUCKET_S = 10.0
MAX_BUCKET_S = 30.0
TARGET_BUCKETS = 32
START_HEALTH = 100.0


@dataclass(frozen=True, slots=True)
class Bucket:
    start: float
    end: float
    arrivals: int
    pace: float  # arrivals per minute in this bucket
    backlog: int  # waiting posts at the bucket's end
    responses: int  # first responses given in the bucket
    mean_response_s: float | None  # of those first responses
    health: float  # brand health at the bucket's end

    def to_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__slots__}


def bucket_size(duration: float) -> float:
    """Between 10 and 30 s, aiming at about 32 buckets (a chart fits 80 columns)."""
    if duration <= 0:
        return MIN_BUCKET_S
    return float(min(MAX_BUCKET_S, max(MIN_BUCKET_S, round(duration / TARGET_BUCKETS / 5) * 5)))


def build_series(log: Sequence[Event], duration: float, size: float | None = None
                 ) -> list[Bucket]:
    size = size or bucket_size(duration)
    end_t = max(duration, max((e.t for e in log), default=0.0))
    count = max(1, int(-(-end_t // size)))  # ceil
    arrivals = [0] * count
    responses: list[list[float]] = [[] for _ in range(count)]
    health_at = [START_HEALTH] * count
    backlog_at = [0] * count
    waiting: dict[str, float] = {}  # backlog posts -> arrival time
    arrived: dict[str, float] = {}
    responded: set[str] = set()
    health = START_HEALTH

    def index(t: float) -> int:
        return min(count - 1, max(0, int(t // size)))

    # Events are in time order; settle each bucket's end-state as we pass its boundary.
    current = 0
    for event in _ordered(log):
        while current < count - 1 and event.t >= (current + 1) * size:
            backlog_at[current], health_at[current] = len(waiting), health
            current += 1
        pid = event.post_id
        data = event.data
        if event.kind == EventKind.POST_ARRIVED and pid is not None:
            arrivals[index(event.t)] += 1
            arrived[pid] = event.t
            if data.get("public", True) and data.get("needs_reply", True):
                waiting[pid] = event.t
        elif event.kind == EventKind.ACTION and pid is not None:
            kind = data.get("kind")
            if kind in ("reply", "dm") and data.get("tone") is not None:
                waiting.pop(pid, None)
                if pid not in responded and pid in arrived:
                    responded.add(pid)
                    responses[index(event.t)].append(event.t - arrived[pid])
            elif kind == "hide":
                waiting.pop(pid, None)
        elif event.kind == EventKind.HEALTH_CHANGED:
            health = float(data.get("health", health))
    for rest in range(current, count):
        backlog_at[rest], health_at[rest] = len(waiting), health
    return [
        Bucket(
            start=i * size, end=min((i + 1) * size, end_t), arrivals=arrivals[i],
            pace=round(arrivals[i] * 60.0 / size, 2), backlog=backlog_at[i],
            responses=len(responses[i]),
            mean_response_s=round(sum(responses[i]) / len(responses[i]), 1)
            if responses[i] else None,
            health=health_at[i],
        )
        for i in range(count)
    ]


def _ordered(log: Iterable[Event]) -> list[Event]:
    return sorted(log, key=lambda e: e.t)  # stable: same-time events keep log order
