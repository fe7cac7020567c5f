"""What the game's screens need from the app that hosts them, as a Protocol.

The screens used to import `DrillApp` for its type (and `app.py` imports the screens): a circle,
and seven `type: ignore`s where a screen called the App's methods through `self.app`. A screen
now asks `host(self.app)` for a `DrillHost`; `DrillApp` (and the team drill's app) satisfy it
without naming it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol, cast

if TYPE_CHECKING:
    from textual.app import App

    from simulator.tui.session import DrillSession


class DrillHost(Protocol):
    session: DrillSession
    scenario_path: Path | None
    coach: bool
    summary_shown: bool

    @property
    def loaded(self) -> bool: ...

    def start_drill(self) -> None: ...

    def pause_drill(self) -> None: ...

    def show_help(self) -> None: ...

    def show_summary(self) -> None: ...

    def check_saving(self) -> None: ...

    def open_debrief(self) -> None: ...

    def action_pick_scenario(self) -> None: ...

    def action_quit_drill(self) -> None: ...


def host(app: App[object]) -> DrillHost:
    """The app as the screens see it (the running app is always a `DrillApp`)."""
    return cast("DrillHost", app)
