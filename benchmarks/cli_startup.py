"""How fast commands that neither play nor score start, next to a bare `python -c pass`.

    python3 benchmarks/cli_startup.py [--runs N]

Each command runs in a fresh interpreter, N times, interleaved with the baseline so a busy
machine weighs on both alike; the median wall time is reported. The interpreters read compiled
bytecode, as an installed copy does (`benchmarks/_interpreter.py`: this machine sets
`PYTHONDONTWRITEBYTECODE`); the slowest command is also timed compiling every module of ours
from source, for context. Also: what importing the tone scorer costs (`python -c "import
scoring.tone"` minus the baseline), because every command imports it and it used to compile its
patterns at import.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._interpreter import REPO, child_env

TARGET_S = 0.3
COMMANDS = {
    "list": ["-m", "simulator", "list"],
    "validate": ["-m", "simulator", "validate", str(REPO / "scenarios" / "food-rumour.yaml")],
    "--help": ["-m", "simulator", "--help"],
    "import scoring.tone": ["-c", "import scoring.tone"],
}


def _wall(args: list[str], *, compiled: bool = True) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, *args], cwd=REPO, capture_output=True, check=True,
                   env=child_env(compiled=compiled))
    return time.perf_counter() - start


def run(runs: int = 9) -> dict:
    for args in (["-c", "pass"], *COMMANDS.values()):
        _wall(args)  # writes the bytecode the timed runs read
    times: dict[str, list[float]] = {name: [] for name in ("python -c pass", *COMMANDS)}
    for _ in range(runs):
        times["python -c pass"].append(_wall(["-c", "pass"]))
        for name, args in COMMANDS.items():
            times[name].append(_wall(args))
    median = {name: statistics.median(values) for name, values in times.items()}
    base = median["python -c pass"]
    commands = {name: median[name] for name in COMMANDS if name != "import scoring.tone"}
    slowest = max(commands, key=commands.__getitem__)
    uncompiled = statistics.median(_wall(COMMANDS[slowest], compiled=False)
                                   for _ in range(runs))
    return {
        "benchmark": "cli_startup", "runs": runs, "target_s": TARGET_S,
        "baseline_s": round(base, 4),
        "commands_s": {name: round(median[name], 4) for name in COMMANDS},
        "import_tone_ms": round((median["import scoring.tone"] - base) * 1000, 1),
        "uncompiled": {"command": slowest, "seconds": round(uncompiled, 4)},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    result = run(parser.parse_args().runs)
    print(f"python -c pass: {result['baseline_s']:.3f} s (median of {result['runs']})")
    for name, seconds in result["commands_s"].items():
        print(f"{name:<22} {seconds:.3f} s  ({seconds / result['baseline_s']:.1f}x)")
    print(f"importing scoring.tone costs {result['import_tone_ms']} ms")
    uncompiled = result["uncompiled"]
    print(f"{uncompiled['command']}, compiling our modules from source: "
          f"{uncompiled['seconds']:.3f} s")


if __name__ == "__main__":
    main()
