"""A fact that becomes known mid-drill reaches the trainee: a toast and the status line when it
arrives, and the statement dialog's known facts from then on (the real app, a manual clock)."""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console
from snapshot_apps.common import advance, shown, started
from textual.widgets import Static

from simulator.scenario import load_scenario
from simulator.tui.app import make_app
from simulator.tui.clock import ManualClock

FILE = Path(__file__).parents[1] / "data" / "scenarios" / "master-events.yaml"
NEW_FACT = "The health department has confirmed three cases linked to one restaurant."


def rendered(renderable: object) -> str:
    console = Console(width=200, record=True, file=io.StringIO())
    console.print(renderable)
    return console.export_text()


async def test_a_new_fact_is_announced_and_offered_to_the_statement() -> None:
    app = make_app(load_scenario(FILE), seed=1, clock=ManualClock(), trainee="Robin",
                   agent="Robin")
    async with app.run_test(size=(120, 35)) as pilot:
        await started(pilot, 30)
        await pilot.press("s")
        await pilot.pause()
        facts = rendered(app.screen.query_one("#statement-facts", Static).content)
        assert "We paused sales" in facts and NEW_FACT not in facts
        await pilot.press("escape")
        await pilot.pause()
        advance(app, 35)
        await pilot.pause()
        assert any(NEW_FACT in str(n.message) for n in app._notifications)
        assert f"New fact: {NEW_FACT[:40]}" in shown(app.screen.query_one("#status"))
        await pilot.press("s")
        await pilot.pause()
        assert NEW_FACT in rendered(app.screen.query_one("#statement-facts", Static).content)
