"""How long a one-hour drill with ~2,000 crowd posts takes to run headless. Target: under 1 s.

    python3 benchmarks/engine_drill.py [--runs 5] [--seed 1]

The drill is the bundled default scenario stretched to one hour, with its phases' mixes kept and
the pace raised to 12 → 24 → 40 → 45 posts a minute (about 2,000 crowd posts, plus reactions).
Reported, each the median of `--runs` runs:
- `perfect_s`: the whole drill played by the `perfect` bot (every post answered and escalated),
  and how much of it was spent in `scoring.tone.score_reply` (the engine scores each reply);
- `engine_only_s`: the same drill with nobody playing (arrivals, spread, reactions, health);
- `replay_rebuild_s`: rebuilding the drill from its log (what the debrief does to scrub back),
  checked to reproduce the log exactly; replies already scored come from the tone cache;
- peak traced memory (tracemalloc) of one perfect run, and the process's max RSS.
"""

from __future__ import annotations

import argparse
import dataclasses
import resource
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import simulator.drill.actions as engine_module  # noqa: E402  (where replies are scored)
import simulator.drill.engine as engine_core  # noqa: E402
from scoring.tone import clear_caches as clear_tone_caches  # noqa: E402
from simulator.bots.headless import run_drill  # noqa: E402
from simulator.drill.engine import Engine  # noqa: E402
from simulator.drill.events import Action, Event, log_digest  # noqa: E402
from simulator.scenario import load_scenario  # noqa: E402
from simulator.scenario.library import default_scenario_path  # noqa: E402
from simulator.scenario.model import Duration, Phase, Scenario  # noqa: E402

TARGET_S = 1.0
HOUR_PACE = ((0, 12.0), (600, 24.0), (1500, 40.0), (2700, 45.0))


def hour_scenario() -> Scenario:
    """The bundled default, one hour long, at ~2,000 crowd posts."""
    base = load_scenario(default_scenario_path())
    mixes = [phase.mix for phase in base.pace]
    names = [phase.name for phase in base.pace] + ["late"] * len(HOUR_PACE)
    pace = tuple(
        Phase(names[i], Duration(start), per_minute, mixes[min(i, len(mixes) - 1)])
        for i, (start, per_minute) in enumerate(HOUR_PACE)
    )
    return dataclasses.replace(base, id=f"{base.id}-hour", duration=Duration(3600), pace=pace)


def _replay_seconds(scenario: Scenario, seed: int, log: list[Event]) -> float:
    """Rebuild the drill from its log (as the debrief does to scrub back) and check it is exact."""
    actions = [(e.t, Action(e.data["kind"], e.post_id or "", e.data["text"], e.data["template_id"],
                            e.data["route"], e.data["note"]) if e.kind == "action"
                else Action("statement", "", text=e.data["text"],
                            template_id=e.data.get("template_id")))
               for e in log if e.kind in ("action", "statement")]
    start = time.perf_counter()
    engine = Engine(scenario, seed)
    for t, action in actions:
        engine.advance(t)
        engine.apply(action)
    engine.advance(scenario.duration)
    elapsed = time.perf_counter() - start
    if log_digest(engine.log) != log_digest(log):
        raise AssertionError("replaying the log did not reproduce the drill")
    return elapsed


class _ToneTimer:
    """Wraps the engine's `score_reply` to measure the share of time spent scoring tone."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.calls = 0
        self._original = engine_module.score_reply

    def __enter__(self) -> _ToneTimer:
        original = self._original

        def timed(*args, **kwargs):
            start = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                self.seconds += time.perf_counter() - start
                self.calls += 1

        engine_module.score_reply = timed
        return self

    def __exit__(self, *exc: object) -> None:
        engine_module.score_reply = self._original


def run(runs: int = 5, seed: int = 1) -> dict[str, object]:
    scenario = hour_scenario()
    run_drill(scenario, seed, "perfect")  # warm-up: VADER lexicon, regex caches, Faker providers
    perfect, tone_share, engine_only = [], [], []
    result = None
    tone_calls = 0
    for _ in range(runs):
        # Every run scores its replies cold, as a live drill does: no cache from the last run.
        engine_core._tone.cache_clear()
        clear_tone_caches()
        with _ToneTimer() as tone:
            start = time.perf_counter()
            result = run_drill(scenario, seed, "perfect")
            elapsed = time.perf_counter() - start
        perfect.append(elapsed)
        tone_share.append(tone.seconds)
        tone_calls = tone.calls
        start = time.perf_counter()
        Engine(scenario, seed).advance(scenario.duration)
        engine_only.append(time.perf_counter() - start)
    assert result is not None
    rebuild = _replay_seconds(scenario, seed, result.engine.log)  # tone cached by the last run
    engine_core._tone.cache_clear()
    clear_tone_caches()
    tracemalloc.start()
    run_drill(scenario, seed, "perfect")
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    log = result.engine.log
    posts = sum(1 for event in log if event.kind == "post_arrived")
    crowd = sum(1 for event in log if event.kind == "post_arrived"
                and event.data["source"] == "crowd")
    median = statistics.median(perfect)
    return {
        "benchmark": "engine_drill",
        "posts": posts,
        "crowd_posts": crowd,
        "events": len(log),
        "replies_scored": tone_calls,
        "perfect_s": round(median, 3),
        "tone_scoring_s": round(statistics.median(tone_share), 3),
        "engine_and_bot_s": round(median - statistics.median(tone_share), 3),
        "engine_only_s": round(statistics.median(engine_only), 3),
        "target_s": TARGET_S,
        "meets_target": median < TARGET_S,
        "replay_rebuild_s": round(rebuild, 3),
        "composite": round(result.score.composite, 1),
        "peak_traced_mb": round(peak / 2**20, 1),
        "max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "runs": runs,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    r = run(args.runs, args.seed)
    print(f"one-hour drill: {r['posts']} posts ({r['crowd_posts']} crowd), {r['events']} events, "
          f"{r['replies_scored']} replies scored")
    print(f"  perfect bot, whole drill   {r['perfect_s']:.3f} s  (median of {r['runs']}; "
          f"target < {TARGET_S:.0f} s: {'met' if r['meets_target'] else 'NOT met'})")
    print(f"    of which tone scoring    {r['tone_scoring_s']:.3f} s")
    print(f"    engine + bot             {r['engine_and_bot_s']:.3f} s")
    print(f"  nobody playing             {r['engine_only_s']:.3f} s")
    print(f"  replay rebuild from log    {r['replay_rebuild_s']:.3f} s  (exact; tone cached)")
    print(f"  peak traced memory         {r['peak_traced_mb']} MB   max RSS {r['max_rss_mb']} MB")
    print(f"  perfect composite          {r['composite']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
