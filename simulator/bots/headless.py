"""Run a whole drill on a virtual clock with a scripted player: tests, `simulate`, benchmarks.

The runner steps the drill time by `step` seconds and, between steps, advances exactly to each
planned action's time before applying it, so a bot's reply lands at the second it planned, not at
the next step. `speed=None` runs as fast as the CPU allows; `speed=X` paces the virtual clock at X
times real time (a killed process then really is mid-drill, which the store's tests rely on).
"""

from __future__ import annotations

import gc
import heapq
import itertools
import math
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from scoring.drill import DrillScore
from simulator.bots.players import Bot, Planned, make_bot
from simulator.drill.engine import Engine, due_time
from simulator.drill.events import ActionError, Event, drill_time
from simulator.drill.outcomes import score_log
from simulator.scenario.model import Scenario

EventSink = Callable[[Event], None]


@dataclass(frozen=True, slots=True)
class HeadlessResult:
    engine: Engine
    score: DrillScore
    rejected: int = 0  # planned actions the engine refused (e.g. a random bot's nonsense)


# A drill allocates thousands of small, long-lived objects (posts, events, their dicts): with the
# default thresholds the cyclic GC rescans them over and over, about a tenth of a headless hour.
# The engine makes no reference cycles worth collecting early, so collect less often while it runs.
RUN_GC_THRESHOLD = (10_000, 20, 20)
MAX_IDLE_PASSES = 1000  # an exact driver makes progress on every pass; this many idle ones is a bug


@contextmanager
def _fewer_collections() -> Iterator[None]:
    old = gc.get_threshold()
    gc.set_threshold(*RUN_GC_THRESHOLD)
    try:
        yield
    finally:
        gc.set_threshold(*old)


def run_drill(
    scenario: Scenario,
    seed: int | str,
    bot: Bot | str,
    *,
    on_event: EventSink | None = None,
    step: float = 1.0,
    speed: float | None = None,
    locale: str | None = None,
    agent_name: str = "Alex",
) -> HeadlessResult:
    if step <= 0:
        raise ValueError("step must be positive")
    if speed is not None and speed <= 0:
        raise ValueError("speed must be positive")
    with _fewer_collections():
        return _run(scenario, seed, bot, on_event, step, speed, locale, agent_name)


def _run(
    scenario: Scenario,
    seed: int | str,
    bot: Bot | str,
    on_event: EventSink | None,
    step: float,
    speed: float | None,
    locale: str | None,
    agent_name: str,
) -> HeadlessResult:
    player = make_bot(bot, seed) if isinstance(bot, str) else bot
    engine = Engine(scenario, seed, locale=locale, agent_name=agent_name)
    pending: list[tuple[float, int, Planned]] = []
    order = itertools.count()
    rejected = 0
    started = time.monotonic()

    def take(events: list[Event]) -> None:
        if on_event is not None:
            for event in events:
                on_event(event)
        for planned in player.plan(engine, events):
            # The engine's clock ticks in milliseconds: act on the first tick at or after `at`.
            at = max(due_time(planned.at), engine.now)
            heapq.heappush(pending, (at, next(order), planned))

    def pace(t: float) -> None:
        if speed is not None:
            delay = started + t / speed - time.monotonic()
            if delay > 0:
                time.sleep(delay)

    take(engine.advance(0.0))
    t = 0.0
    idle = 0  # passes that moved neither the clock nor the log: a stuck loop, not a drill
    while not engine.finished:
        if speed is None:  # (paced, every step takes its time: none is skipped)
            t = _skip_quiet_steps(t, step, engine, pending, player)
        target = min(t + step, engine.duration)
        # Stop at every happening and every planned action up to `target`, so the bot sees each
        # event at its own time: for a bot that plans only on events the drill is the same
        # whatever the step. The human-paced bots (`human`, `slow`) also start their next job
        # when asked while free, so they start it at the first step after they are free: with
        # the default step, within a second.
        while not engine.finished:
            stop = max(engine.now, min(engine.next_due, pending[0][0] if pending else target,
                                       target))
            pace(stop)
            before = (engine.now, len(engine.log), len(pending))
            take(engine.advance(stop))
            while pending and pending[0][0] <= engine.now and not engine.finished:
                _, _, planned = heapq.heappop(pending)
                try:
                    take(engine.apply(planned.action))
                except ActionError:
                    rejected += 1
            if (engine.now, len(engine.log), len(pending)) == before:
                idle += 1
                if idle > MAX_IDLE_PASSES:
                    raise RuntimeError(f"headless drill stuck at t={engine.now}: the next "
                                       f"happening is due at {engine.next_due}")
            else:
                idle = 0
            # (the clock keeps whole milliseconds: a step of 0.1 s ends at 0.30000000000000004,
            # which the engine reaches as 0.3)
            if engine.now >= drill_time(target) and engine.next_due > engine.now:
                break
        t = target
    score = engine.final_score if engine.final_score is not None else score_log(
        scenario, engine.log)
    return HeadlessResult(engine, score, rejected)


def _skip_quiet_steps(t: float, step: float, engine: Engine,
                      pending: list[tuple[float, int, Planned]], player: Bot) -> float:
    """The start of the first step in which something can happen: a step ending before the
    engine's next happening, the next planned action and the time the bot is idle until
    (`players.Waits`) would advance the engine over nothing and ask the bot with no events, to
    no effect. Skipping such steps leaves the drill exactly as it was (the steps are counted
    out as the loop counts them, so every later step ends at the same time), and a drill of
    event-driven bots then costs a quarter less."""
    idle_until = getattr(player, "idle_until", None)
    quiet = min(engine.next_due, pending[0][0] if pending else math.inf,
                idle_until(engine) if idle_until is not None else engine.now)
    while drill_time(t + step) < quiet:
        t += step
    return t
