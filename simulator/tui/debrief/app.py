"""`DebriefApp`: the debrief on its own, for `crisis-drill debrief`.

Built by a factory from a store and a drill id (tests pass a temporary results file), it shows one
`DebriefScreen` and exits when that screen is closed.
"""

from __future__ import annotations

from typing import Any

from textual.app import App

from simulator.debrief.model import Debrief, DebriefError
from simulator.scenario.model import Scenario
from simulator.store import Store, StoreError
from simulator.tui.debrief.screen import DebriefScreen


class DebriefApp(App[None]):
    TITLE = "crisis-drill debrief"
    ENABLE_COMMAND_PALETTE = False

    def __init__(self, screen: DebriefScreen) -> None:
        super().__init__()
        self.debrief_screen = screen

    def on_mount(self) -> None:
        self.push_screen(self.debrief_screen, lambda _: self.exit())


def make_debrief_app(store: Store | None, drill_id: int, *, debrief: Debrief | None = None,
                     scenario: Scenario | None = None) -> DebriefApp:
    return DebriefApp(DebriefScreen(store, drill_id, debrief=debrief, scenario=scenario))


def open_debrief(app: App[Any], store: Store, drill_id: int, *,
                 scenario: Scenario | None = None) -> DebriefScreen | None:
    """Push the debrief of `drill_id` over whatever `app` shows (the play app's summary calls
    this); closing it returns there. Pass the `scenario` just played when it is not a bundled one,
    so the replay can rebuild it. A drill that cannot be read becomes a notification."""
    try:
        screen = DebriefScreen(store, drill_id, scenario=scenario)
    except (DebriefError, StoreError) as error:
        app.notify(str(error), title="No debrief", severity="error", markup=False)
        return None
    app.push_screen(screen)
    return screen
