"""The crowd is seeded by the scenario as well as the seed: seed 1 brings other people to each
scenario, the same people back to the same one, on every run and in every process."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from simulator.crowd.generator import CrowdGenerator, crowd_seed
from simulator.drill.engine import Engine
from simulator.drill.events import EventKind

REPO = Path(__file__).resolve().parents[2]


def names(scenario, n: int = 40) -> list[str]:
    crowd = CrowdGenerator(scenario, 1)
    rng = random.Random("1:names")
    return [crowd.post(rng, "complaint").author.name for _ in range(n)]


def test_seed_1_brings_other_people_to_each_scenario_and_the_same_people_back(
        tiny_scenario) -> None:
    other = replace(tiny_scenario, id="tiny-two")
    assert names(tiny_scenario) == names(tiny_scenario)
    assert names(tiny_scenario) != names(other)
    assert len(set(names(tiny_scenario)) & set(names(other))) < 10
    # the engine's crowd stream too: same seed, another scenario id, another drill
    logs = [Engine(s, 1) for s in (tiny_scenario, other, tiny_scenario)]
    for engine in logs:
        engine.advance(120)
    texts = [[e.data["text"] for e in engine.log if e.kind == EventKind.POST_ARRIVED]
             for engine in logs]
    assert texts[0] == texts[2] and texts[0] != texts[1]


def test_the_crowd_seed_is_the_same_in_every_process() -> None:
    # pinned: a SHA-256 digest, not hash(), which is salted per process (PYTHONHASHSEED)
    assert crowd_seed(1, "food-rumour", "people") == 0x421ACB140106E95
    code = ("from simulator.scenario import load_scenario\n"
            "from simulator.scenario.library import resolve_scenario\n"
            "from simulator.crowd.generator import CrowdGenerator\n"
            "import random\n"
            "g = CrowdGenerator(load_scenario(resolve_scenario('food-rumour')), 1)\n"
            "rng = random.Random(7)\n"
            "print([g.post(rng, 'complaint').author.handle for _ in range(5)])\n")
    runs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           check=True, cwd=REPO,
                           env={**os.environ, "PYTHONPATH": str(REPO), "PYTHONHASHSEED": salt}
                           ).stdout for salt in ("1", "2")}
    assert len(runs) == 1 and "@" in runs.pop()
