"""Paused: the clock is stopped and the feed is hidden (no reading ahead while paused)."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Center, Middle
from textual.screen import Screen
from textual.widgets import Footer, Static

from simulator.tui.host import host

HEARTBEAT_S = 60.0


class PauseScreen(Screen[None]):
    CSS_PATH = "pause.tcss"
    BINDINGS = [
        Binding("p,ctrl+p,space,escape,enter", "resume", "Resume"),
        Binding("q,ctrl+q", "quit_drill", "Quit"),
    ]

    def __init__(self, drill_time: str) -> None:
        super().__init__()
        self.drill_time = drill_time

    def compose(self) -> ComposeResult:
        with Middle(), Center():
            yield Static(Text.assemble(("⏸  Paused", "bold"), f" at {self.drill_time}\n\n",
                                       "The clock is stopped and the feed is hidden.\n",
                                       "Press p, Space or Enter to resume."), id="pause-box")
        yield Footer()

    def on_mount(self) -> None:
        self.set_interval(HEARTBEAT_S, self._heartbeat)

    def _heartbeat(self) -> None:
        session = getattr(self.app, "session", None)
        if session is not None:
            session.heartbeat()  # a long pause must not look like a dead drill

    def action_resume(self) -> None:
        self.dismiss(None)

    def action_quit_drill(self) -> None:
        host(self.app).action_quit_drill()
