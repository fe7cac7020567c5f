"""Drill time for the live game: one monotonic clock minus the time spent paused.

The engine never reads a clock; the app asks `DrillClock.now()` once per tick and passes the result
to `engine.advance`. Tests and snapshots inject a `ManualClock` they move by hand, so a whole drill
can be played in milliseconds and every screenshot shows the same drill second.
"""

from __future__ import annotations

import time
from collections.abc import Callable

Clock = Callable[[], float]


class ManualClock:
    """A clock that only moves when told to (tests, snapshots, benchmarks)."""

    def __init__(self, start: float = 1000.0) -> None:
        self.value = float(start)

    def __call__(self) -> float:
        return self.value

    def advance(self, seconds: float) -> None:
        self.value += float(seconds)


class DrillClock:
    """Seconds since the drill started, not counting pauses. Nothing runs until `start()`."""

    def __init__(self, clock: Clock = time.monotonic) -> None:
        self._clock = clock
        self._started_at: float | None = None
        self._paused_at: float | None = None
        self._paused_total = 0.0

    @property
    def started(self) -> bool:
        return self._started_at is not None

    @property
    def paused(self) -> bool:
        return self._paused_at is not None

    def start(self) -> None:
        if self._started_at is None:
            self._started_at = self._clock()

    def pause(self) -> None:
        if self._started_at is not None and self._paused_at is None:
            self._paused_at = self._clock()

    def resume(self) -> None:
        if self._paused_at is not None:
            self._paused_total += self._clock() - self._paused_at
            self._paused_at = None

    def now(self) -> float:
        if self._started_at is None:
            return 0.0
        reading = self._paused_at if self._paused_at is not None else self._clock()
        return max(0.0, reading - self._started_at - self._paused_total)


def clock_text_for(seconds: float) -> str:
    """`m:ss` for a drill time."""
    total = max(0, int(seconds))
    return f"{total // 60}:{total % 60:02d}"
