"""Saving failed: the drill pauses at once and says so, instead of acknowledging actions that
never reach the results file.

The session holds every event that is not saved yet (`DrillSession.unsaved`); this screen retries
writing them every `RETRY_S` and as soon as the trainee presses r. The trainee may also play on
with the events held in memory: they are written when the file can take them again, and the
status line keeps saying how many are waiting.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Center, Middle
from textual.screen import Screen
from textual.widgets import Footer, Static

from simulator.tui.host import host

if TYPE_CHECKING:
    from simulator.tui.session import DrillSession

RETRY_S = 2.0


class SavingScreen(Screen[bool]):
    """Dismisses with True to play on while saving still fails, False once all is saved."""

    CSS_PATH = "pause.tcss"
    BINDINGS = [
        Binding("r", "retry", "Retry now"),
        Binding("c", "play_on", "Play on unsaved"),
        Binding("enter,space", "resume", "Resume", show=False),
        Binding("q,ctrl+q", "quit_drill", "Quit"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.saved = False

    def compose(self) -> ComposeResult:
        with Middle(), Center():
            yield Static(self._text(), id="pause-box")
        yield Footer()

    def on_mount(self) -> None:
        self.set_interval(RETRY_S, self.action_retry)

    @property
    def _session(self) -> DrillSession:
        return host(self.app).session

    def _text(self) -> Text:
        session = self._session
        if self.saved:
            return Text.assemble(("✓ Saved", "bold green"), "\n\nThe results file has caught up:"
                                 " every event is in it.\n\nPress Enter or Space to resume.")
        waiting = len(session.unsaved)
        return Text.assemble(
            ("⚠  Your drill is not being saved", "bold red"), "\n\n",
            (session.store_error or "", "red"), "\n\n",
            "The drill is paused. Nothing is lost: ",
            (f"{waiting} event{'s' if waiting != 1 else ''}", "bold"),
            " waits here and is" if waiting == 1 else " wait here and are",
            f" written as soon as the file can take them (tried again every {RETRY_S:.0f} s)."
            "\n\n",
            "r: retry now   c: play on (saved later)   q: quit",
        )

    def action_retry(self) -> None:
        if self.saved:
            return
        if self._session.flush():
            self.saved = True
        self.query_one("#pause-box", Static).update(self._text())

    def action_resume(self) -> None:
        if self.saved:
            self.dismiss(False)

    def action_play_on(self) -> None:
        self.dismiss(not self.saved)

    def action_quit_drill(self) -> None:
        host(self.app).action_quit_drill()
