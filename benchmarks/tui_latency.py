"""Keypress-to-screen latency of the composer, with a busy feed versus an idle one.

    python3 benchmarks/tui_latency.py [--keys 300] [--posts 320] [--rate 5] [--rounds 3]

The app is the real one (`make_app`), run headless at 120x40. A scenario is derived from the
default one with a flood phase of RATE posts a second; the drill clock is pushed forward so POSTS
posts have already arrived, then it runs in real time (arrivals keep coming, the timer ticks 10x a
second, every event is committed to a results file in a temp folder). Each measured key is a
character typed into the composer: the time runs from handing the key event to the driver until
the next screen update that shows it has been rendered into terminal output
(`CompositorUpdate.render_segments`, what a real terminal would be sent).

"Idle" is the same app and screen with the clock stopped and an empty feed. Targets: busy median
under 16 ms and busy/idle median ratio at most 1.2. `run()` returns the figures.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from simulator.scenario import load_scenario  # noqa: E402
from simulator.scenario.library import default_scenario_path  # noqa: E402
from simulator.scenario.model import Duration, Phase, Scenario  # noqa: E402

TARGET_MEDIAN_MS = 16.0
TARGET_RATIO = 1.2
LETTERS = "abcdefghijklmnopqrstuvwxyz"


class OffsetClock:
    """time.monotonic plus an offset the benchmark can jump forward (to pre-fill the feed)."""

    def __init__(self) -> None:
        self.offset = 0.0
        self.frozen: float | None = None

    def __call__(self) -> float:
        if self.frozen is not None:
            return self.frozen
        return time.monotonic() + self.offset


def flood_scenario(rate: float) -> Scenario:
    base = load_scenario(default_scenario_path())
    return dataclasses.replace(
        base, duration=Duration(3600), pace=(Phase("flood", Duration(0), rate * 60.0),), posts=())


async def measure(busy: bool, keys: int, posts: int, rate: float) -> list[float]:
    from textual import events
    from textual.widgets import TextArea

    from simulator.store import Store
    from simulator.tui.app import make_app
    from simulator.tui.widgets.feed import FeedView

    clock = OffsetClock()
    if not busy:
        clock.frozen = 1000.0
    folder = tempfile.TemporaryDirectory()
    store = Store.open(Path(folder.name) / "results.db")  # every event committed, as in play
    app = make_app(flood_scenario(rate), seed=1, clock=clock, store=store)
    samples: list[float] = []
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        if busy:
            clock.offset += posts / rate  # the next tick catches up on every arrival
            await pilot.pause(0.3)
        if busy:
            assert app.screen.query_one(FeedView).row_count >= posts
        await pilot.press("r")
        area = app.screen.query_one("#composer-text", TextArea)
        pending: dict[str, Any] = {}
        original = app._display

        def spy(screen, renderable):
            if renderable is not None and pending and area.text.endswith(pending["text"]):
                renderable.render_segments(app.console)  # what a terminal would be sent
                pending["done"] = time.perf_counter()
                pending["event"].set()
            original(screen, renderable)

        # the spy stands in for App._display for the measurement (put back below)
        app._display = spy  # type: ignore[method-assign]
        rng = random.Random(7)
        driver = app._driver
        assert driver is not None
        for index in range(keys):
            if index and index % 60 == 0:
                area.clear()
                await pilot.pause()
            char = rng.choice(LETTERS)
            done = asyncio.Event()
            pending.update(text=area.text + char, event=done)
            start = time.perf_counter()
            key = events.Key(char, char)
            key.set_sender(app)
            driver.send_message(key)
            await asyncio.wait_for(done.wait(), 5)
            samples.append((pending["done"] - start) * 1000)
            pending.clear()
            await asyncio.sleep(rng.uniform(0.01, 0.05))  # a fast typist; ticks interleave
        app._display = original  # type: ignore[method-assign]
    store.close()
    folder.cleanup()
    return samples


def summary(samples: list[float]) -> dict[str, Any]:
    samples = sorted(samples)
    return {
        "keys": len(samples),
        "quartiles_ms": [round(q, 2) for q in statistics.quantiles(samples, n=4)],
        "mean_ms": round(statistics.fmean(samples), 2),
        "median_ms": round(statistics.median(samples), 2),
        "p90_ms": round(samples[int(len(samples) * 0.9)], 2),
        "max_ms": round(samples[-1], 2),
    }


def run(keys: int = 300, posts: int = 320, rate: float = 5.0, rounds: int = 3) -> dict[str, Any]:
    """Idle and busy alternate over `rounds` so a noisy machine weighs on both alike."""
    idle: list[float] = []
    busy: list[float] = []
    for _ in range(rounds):
        idle += asyncio.run(measure(False, keys // rounds, posts, rate))
        busy += asyncio.run(measure(True, keys // rounds, posts, rate))
    idle_s, busy_s = summary(idle), summary(busy)
    ratio = busy_s["median_ms"] / idle_s["median_ms"] if idle_s["median_ms"] else float("inf")
    return {
        "benchmark": "tui_latency",
        "posts_before": posts,
        "arrivals_per_s": rate,
        "idle": idle_s,
        "busy": busy_s,
        "ratio": round(ratio, 3),
        "targets": {"median_ms": TARGET_MEDIAN_MS, "ratio": TARGET_RATIO},
        "ok": busy_s["median_ms"] < TARGET_MEDIAN_MS and ratio <= TARGET_RATIO,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keys", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--posts", type=int, default=320)
    parser.add_argument("--rate", type=float, default=5.0)
    args = parser.parse_args()
    print(json.dumps(run(args.keys, args.posts, args.rate, args.rounds), indent=2))


if __name__ == "__main__":
    main()
