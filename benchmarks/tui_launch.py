"""Launch to first frame: `python3 -m simulator play` against a bare Textual app.

    python3 benchmarks/tui_launch.py [--runs 7]

Each run is a fresh interpreter. The parent notes the wall time just before spawning it; the child
runs headless and, once the first screen has been painted (Textual's auto-pilot starts after the
app is ready), prints the wall time and exits. Launch time = child's stamp - parent's stamp, the
median over RUNS. The play child goes through the real command line (`simulator.cli.main`, the
bundled default scenario, --no-save); only `App.run` is wrapped to run headless with the
auto-pilot. Both children read compiled bytecode, as an installed copy does (Textual's is
compiled by pip; ours is written to a private cache by the warm-up runs: see
`benchmarks/_interpreter.py`). Target: play/bare median ratio at most 1.3. `run()` returns the
figures.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._interpreter import REPO, child_env

TARGET_RATIO = 1.3

# Shared by both children: run headless, stamp the first frame, exit.
HARNESS = """
import sys, time
import textual.app as _textual_app

_run = _textual_app.App.run


def _first_frame_run(self, *args, **kwargs):
    async def stamp(pilot):
        print("FIRST_FRAME", time.time(), flush=True)
        pilot.app.exit()

    return _run(self, headless=True, auto_pilot=stamp)


_textual_app.App.run = _first_frame_run
"""

BARE = HARNESS + """
from textual.app import App, ComposeResult
from textual.widgets import Footer, Static


class Bare(App):
    def compose(self) -> ComposeResult:
        yield Static("hello")
        yield Footer()


Bare().run()
"""

PLAY = HARNESS + """
sys.stdin.isatty = lambda: True  # play refuses to start without a terminal
sys.stdout.isatty = lambda: True
from simulator.cli import main

raise SystemExit(main(["play", "--no-save"]))
"""


def launch(code: str) -> float:
    started = time.time()
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=child_env(),
                          capture_output=True, text=True, timeout=60)
    for line in done.stdout.splitlines():
        if line.startswith("FIRST_FRAME"):
            return float(line.split()[1]) - started
    raise RuntimeError(f"no first frame (exit {done.returncode}):\n{done.stderr[-2000:]}")


def run(runs: int = 7) -> dict[str, Any]:
    launch(BARE)  # warm the file cache and the bytecode for both
    launch(PLAY)
    bare: list[float] = []
    play: list[float] = []
    for _ in range(runs):  # interleaved, so a busy machine weighs on both alike
        bare.append(launch(BARE))
        play.append(launch(PLAY))
    bare_ms = statistics.median(bare) * 1000
    play_ms = statistics.median(play) * 1000
    ratio = play_ms / bare_ms
    return {
        "benchmark": "tui_launch",
        "runs": runs,
        "bare_textual_ms": round(bare_ms, 1),
        "play_ms": round(play_ms, 1),
        "ratio": round(ratio, 3),
        "target_ratio": TARGET_RATIO,
        "ok": ratio <= TARGET_RATIO,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    print(json.dumps(run(parser.parse_args().runs), indent=2))


if __name__ == "__main__":
    main()
