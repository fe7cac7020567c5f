"""The escalation dialog: every route with what it takes, and a note for the receiving team."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, Input, OptionList, Static
from textual.widgets.option_list import Option

from simulator.scenario.model import Route


@dataclass(frozen=True)
class Escalation:
    route: str
    note: str | None


class EscalateScreen(ModalScreen[Escalation | None]):
    CSS_PATH = "dialogs.tcss"
    BINDINGS = [
        Binding("escape", "cancel", "Cancel"),
        Binding("ctrl+s", "confirm", "Escalate", priority=True),
    ]

    def __init__(self, routes: tuple[Route, ...], post_label: Text) -> None:
        super().__init__()
        self.routes = routes
        self.post_label = post_label

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="escalate-dialog"):
            yield Static(Text.assemble("Escalate ", self.post_label), classes="dialog-title")
            options = []
            for number, route in enumerate(self.routes, 1):
                prompt = Text(no_wrap=False)
                prompt.append(f"{number}. {route.name}", style="bold")
                prompt.append(f"  ({route.id})\n", style="dim")
                prompt.append("   " + (route.takes or "–"))
                options.append(Option(prompt, id=route.id))
            yield OptionList(*options, id="routes")
            yield Input(placeholder="Note for the team (optional), then Enter", id="note")
            yield Static(Text("1-9 or ↑/↓ + Enter: route · then a note and Enter (or Ctrl+S) · "
                              "Esc: cancel"), classes="dialog-hint")
        yield Footer()

    def on_mount(self) -> None:
        routes = self.query_one("#routes", OptionList)
        routes.highlighted = 0
        routes.focus()

    def on_key(self, event) -> None:  # type: ignore[no-untyped-def]
        """Digits pick a route directly while the list has focus."""
        routes = self.query_one("#routes", OptionList)
        if routes.has_focus and event.character and event.character.isdigit():
            index = int(event.character) - 1
            if 0 <= index < len(self.routes):
                routes.highlighted = index
                self.query_one("#note", Input).focus()
                event.stop()

    @on(OptionList.OptionSelected, "#routes")
    def _route_chosen(self) -> None:
        self.query_one("#note", Input).focus()

    @on(Input.Submitted, "#note")
    def _note_done(self) -> None:
        self.action_confirm()

    def action_confirm(self) -> None:
        routes = self.query_one("#routes", OptionList)
        if routes.highlighted is None:
            return
        note = self.query_one("#note", Input).value.strip() or None
        self.dismiss(Escalation(self.routes[routes.highlighted].id, note))

    def action_cancel(self) -> None:
        self.dismiss(None)
