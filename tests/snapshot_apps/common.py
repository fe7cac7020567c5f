"""Build a deterministic game: the test drill, a fixed seed, a manual clock and no results file.

`advance(app, seconds)` moves the manual clock one second at a time and runs the play screen's
tick after each, exactly as the timer would, so a test decides what drill second it sees.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual.pilot import Pilot

from simulator.scenario import Scenario, load_scenario
from simulator.tui.app import DrillApp, make_app
from simulator.tui.clock import ManualClock

DRILL_YAML = Path(__file__).with_name("drill.yaml")
SEED = 3
WAIT_S = 30.0  # `wait_for`'s bound for what takes wall-clock time; never waited on a pass


def drill_scenario() -> Scenario:
    return load_scenario(DRILL_YAML)


def build(**options: Any) -> tuple[DrillApp, ManualClock]:
    """`options` are `make_app`'s own keyword arguments (coach, store, ...)."""
    clock = ManualClock()
    app = make_app(drill_scenario(), seed=SEED, clock=clock, trainee="Robin",
                   agent="Robin", **options)
    return app, clock


def advance(app: DrillApp, seconds: float, step: float = 1.0) -> None:
    """Move the drill clock forward, ticking the play screen as the timer would."""
    clock = app.clock
    assert isinstance(clock, ManualClock)
    done = 0.0
    while done < seconds:
        move = min(step, seconds - done)
        clock.advance(move)
        done += move
        tick = getattr(app.screen, "tick", None)
        if tick is not None:
            tick()


async def started(pilot: Pilot[Any], at: float) -> None:
    """Start the clock from the briefing and run the drill to `at` seconds."""
    app = pilot.app
    assert isinstance(app, DrillApp)
    await pilot.press("enter")
    await pilot.pause()
    advance(app, at)
    await pilot.pause()


async def wait_for(pilot: Pilot[Any], predicate: Callable[[], object],
                   what: str = "the condition", rounds: int = 100,
                   seconds: float = WAIT_S) -> None:
    """Let the app run until `predicate()` holds, and go on as soon as it does.

    A layout or a repaint settles after a few rounds of the event loop, how many depends on the
    machine: counted in rounds, not seconds, so a slow machine gets as many chances as a fast
    one. What a timer, a thread or another process does takes wall-clock time as well: past the
    rounds the app keeps running until `seconds` have gone by since the wait began, a bound that
    only a test about to fail reaches. Fails saying what never happened."""
    deadline = time.monotonic() + seconds
    done = 0
    while not predicate():
        assert done < rounds or time.monotonic() < deadline, f"never happened: {what}"
        await pilot.pause()  # until the app is idle (at least one 20 ms slice)
        done += 1


def screen_text(app: DrillApp) -> str:
    """What the terminal shows, as plain text lines (from the app's own SVG screenshot)."""
    import html
    import re

    svg = app.export_screenshot()
    rows: dict[float, list[tuple[float, str]]] = {}
    pattern = r'<text[^>]*?x="([\d.]+)"[^>]*?y="([\d.]+)"[^>]*>(.*?)</text>'
    for x, y, body in re.findall(pattern, svg):
        rows.setdefault(float(y), []).append((float(x), html.unescape(body)))
    lines = ["".join(part for _, part in sorted(parts)) for _, parts in sorted(rows.items())]
    return "\n".join(lines).replace("\xa0", " ")
