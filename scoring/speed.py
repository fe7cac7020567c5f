"""Speed: how long a post waited for its first public response, against its channel's target.

The seeds are blunt about silence ("silence should NOT be an option"; "create a holding
message"), so a holding reply counts as a response, and a post never answered scores zero. Inside
the target a response earns full marks; after it, marks fall linearly to zero at `DECAY_FACTOR`
times the target (so on a 15-minute channel a reply at 30 minutes earns two thirds, at 60 minutes
nothing). Linear is easy to explain in a debrief ("every extra minute cost you N points"), which
matters more here than a smoother curve.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

DECAY_FACTOR = 4.0  # marks reach zero at this many times the channel's target


def speed_points(
    response_s: float | None, target_s: float, decay_factor: float = DECAY_FACTOR
) -> float:
    """0–100 for one post: 100 within target, linear decay to 0 at `decay_factor` × target."""
    if response_s is None or math.isnan(response_s):
        return 0.0
    if target_s <= 0:
        return 100.0 if response_s <= 0 else 0.0
    response_s = max(0.0, response_s)
    if response_s <= target_s:
        return 100.0
    zero_at = target_s * decay_factor
    if response_s >= zero_at:
        return 0.0
    return 100.0 * (zero_at - response_s) / (zero_at - target_s)


def percentile(values: list[float], fraction: float) -> float | None:
    """Linear-interpolation percentile (numpy's default), None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    position = (len(ordered) - 1) * fraction
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


@dataclass(frozen=True, slots=True)
class SpeedSummary:
    """Drill-level speed. Times in seconds; `None` when nothing was answered."""

    posts: int
    answered: int
    backlog: int  # posts that needed a response and never got one
    answered_share: float  # 0..1; 1.0 when no post needed a response
    median_s: float | None
    p90_s: float | None
    mean_points: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "posts": self.posts,
            "answered": self.answered,
            "backlog": self.backlog,
            "answered_share": round(self.answered_share, 4),
            "median_s": self.median_s,
            "p90_s": self.p90_s,
            "mean_points": None if self.mean_points is None else round(self.mean_points, 2),
        }


def summarize_speed(
    response_times: list[float | None], points: list[float] | None = None
) -> SpeedSummary:
    """Summarise first-response times (None = never answered) for the posts that needed one."""
    answered = [t for t in response_times if t is not None]
    total = len(response_times)
    return SpeedSummary(
        posts=total,
        answered=len(answered),
        backlog=total - len(answered),
        answered_share=len(answered) / total if total else 1.0,
        median_s=percentile(answered, 0.5),
        p90_s=percentile(answered, 0.9),
        mean_points=(sum(points) / len(points)) if points else None,
    )
