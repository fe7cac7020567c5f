"""Headless drills always finish: the engine's next happening is always reachable by `advance`,
and the runner turns a loop that stops making progress into an error instead of spinning.

Two seeded drills used to spin forever (`next_due` rounded a time just above a millisecond down
to it, and `advance(next_due)` then processed nothing)."""

from __future__ import annotations

import math
import random
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from simulator.bots.headless import run_drill
from simulator.bots.players import BOT_NAMES
from simulator.drill.engine import due_time
from simulator.drill.events import drill_time
from simulator.scenario import load_scenario
from simulator.scenario.library import bundled_ids, resolve_scenario

REPO = Path(__file__).resolve().parents[2]


@settings(max_examples=500, deadline=None)
@given(st.floats(min_value=0, max_value=400_000, allow_nan=False))
def test_the_due_time_is_the_first_millisecond_at_or_after_the_happening(at: float) -> None:
    due = due_time(at)
    assert drill_time(due) == due >= at
    assert due - at < 0.001 + 1e-9 * max(1.0, at)


def test_times_just_above_a_millisecond_are_reached() -> None:
    rng = random.Random(7)
    for _ in range(20_000):
        at = math.nextafter(round(rng.uniform(0, 3600), 3), math.inf)
        assert drill_time(due_time(at)) >= at


@pytest.mark.slow
@pytest.mark.parametrize(("scenario", "seed"), [("food-rumour", "5"), ("privacy-scare", "11")])
def test_the_drills_that_used_to_hang_finish(scenario: str, seed: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "simulator", "simulate", scenario, "--seed", seed, "--bot",
         "perfect", "--json", "--no-save"],
        cwd=REPO, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr


@pytest.mark.slow
def test_every_bundled_scenario_finishes_with_every_bot_on_many_seeds() -> None:
    """A sweep: 4 scenarios x 5 bots x 3 seeds. The runner raises if it stops making progress,
    so a stuck drill fails here instead of hanging the suite."""
    for scenario_id in bundled_ids():
        scenario = load_scenario(resolve_scenario(scenario_id))
        for bot in BOT_NAMES:
            for seed in (5, 11, 29):
                result = run_drill(scenario, seed, bot)
                assert result.engine.finished, (scenario_id, bot, seed)
                assert result.engine.now == scenario.duration
