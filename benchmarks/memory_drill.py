"""Peak memory of a one-hour drill, as the operating system sees it. Target: under 150 MB.

    python3 benchmarks/memory_drill.py [--runs 3] [--seed 1] [--no-store]

`engine_drill` reports tracemalloc's peak (Python objects only) and the max RSS of a process that
has run the drill many times. A trainee's machine cares about the whole process, once: so each
run here is a fresh interpreter that plays the one-hour drill of `engine_drill.hour_scenario`
(~2,000 crowd posts) with the `perfect` bot, committing every event to a results file in a temp
folder as `play` does, and reports its peak resident set size (`ru_maxrss`). The baseline is a
fresh interpreter that imports the same modules and loads the same scenario but plays nothing, so
`drill_mb = peak_mb - baseline_mb` is what the drill itself costs. Medians over `--runs`.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
TARGET_MB = 150.0

# One child: import and load everything, then play (or not), then print the peak RSS in MB.
CHILD = """
import json, resource, sys, tempfile, tracemalloc
from pathlib import Path
from benchmarks.engine_drill import hour_scenario
from simulator.bots.headless import run_drill
from simulator.store import Store, hash_scenario

mode, seed = sys.argv[1], int(sys.argv[2])
scenario = hour_scenario()
events = 0
if mode != "baseline":
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "results.db") if mode == "store" else None
        drill_id = None
        if store is not None:
            drill_id = store.start_drill(scenario, hash_scenario(scenario), seed, "bench",
                                         mode="simulate", bot="perfect")
        def on_event(event):
            global events
            events += 1
            if store is not None:
                store.record(drill_id, event)
        result = run_drill(scenario, seed, "perfect", on_event=on_event)
        if store is not None:
            store.finish(drill_id, result.score)
            store.close()
peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux
print(json.dumps({"peak_mb": peak_kb / 1024, "events": events}))
"""


def _child(mode: str, seed: int) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-c", CHILD, mode, str(seed)], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        raise RuntimeError(f"memory child ({mode}) failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def run(runs: int = 3, seed: int = 1, store: bool = True) -> dict[str, Any]:
    """Baseline and drill interleaved, so a busy machine weighs on both alike."""
    mode = "store" if store else "drill"
    baseline: list[float] = []
    peak: list[float] = []
    events = 0
    for _ in range(runs):
        baseline.append(_child("baseline", seed)["peak_mb"])
        drill = _child(mode, seed)
        peak.append(drill["peak_mb"])
        events = drill["events"]
    peak_mb = statistics.median(peak)
    baseline_mb = statistics.median(baseline)
    return {
        "benchmark": "memory_drill",
        "runs": runs,
        "recorded_to_store": store,
        "events": events,
        "peak_mb": round(peak_mb, 1),
        "baseline_mb": round(baseline_mb, 1),
        "drill_mb": round(peak_mb - baseline_mb, 1),
        "target_mb": TARGET_MB,
        "ok": peak_mb < TARGET_MB,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-store", action="store_true",
                        help="play without recording to a results file")
    args = parser.parse_args(argv)
    print(json.dumps(run(args.runs, args.seed, not args.no_store), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
