"""The escalation dialog: every route with what it takes, and a note for the receiving team.

Each route has a letter taken from its id (`route_letters`: p for PR, l for Legal, t for Tier-2,
s for Safety...), the same in every scenario that has that team, so muscle memory does not send
a post to the wrong team when the list is in another order. Keys typed fast land in order: the
note field holds the focus from the start (focus that moves while keys are still queued sends
the rest of them to the wrong widget: digits of the note picked routes).
"""

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


def route_letters(routes: tuple[Route, ...]) -> dict[str, str]:
    """A letter per route id: its first letter, or the next letter of the id still free."""
    letters: dict[str, str] = {}
    for route in routes:
        for char in route.id.lower():
            if char.isalpha() and char not in letters.values():
                letters[route.id] = char
                break
    return letters


@dataclass(frozen=True)
class Escalation:
    route: str
    note: str | None


class NoteInput(Input):
    """The note field, which first takes the route: until one is picked, a typed key picks it
    (or is nothing) instead of becoming text, and Enter picks the highlighted one. Decided as
    each key is handled, in the order typed: a `Changed` message would come too late, after
    the next keys were already in."""

    def insert_text_at_cursor(self, text: str) -> None:
        screen = self.screen
        if isinstance(screen, EscalateScreen) and not screen.picked:
            screen.pick_by_key(text)
            return
        super().insert_text_at_cursor(text)

    async def action_submit(self) -> None:
        screen = self.screen
        if isinstance(screen, EscalateScreen):
            screen.enter()
            return
        await super().action_submit()


class EscalateScreen(ModalScreen[Escalation | None]):
    """The note field has the focus from the start and every key goes to it, in order, however
    fast: the first key, if it is a route's letter or number, picks the route (so does Enter on
    the highlighted one, ↑/↓ move it); everything after is the note; Enter sends."""

    CSS_PATH = "dialogs.tcss"
    AUTO_FOCUS = "#note"
    BINDINGS = [
        Binding("escape", "cancel", "Cancel"),
        Binding("ctrl+s", "confirm", "Escalate", priority=True),
        Binding("up", "move(-1)", "Previous route", show=False),
        Binding("down", "move(1)", "Next route", show=False),
    ]

    def __init__(self, routes: tuple[Route, ...], post_label: Text) -> None:
        super().__init__()
        self.routes = routes
        self.post_label = post_label
        self.letters = route_letters(routes)
        self.picked = False  # a route is chosen: what is typed now is the note

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="escalate-dialog"):
            yield Static(Text.assemble("Escalate ", self.post_label), classes="dialog-title")
            options = []
            for number, route in enumerate(self.routes, 1):
                prompt = Text(no_wrap=False)
                letter = self.letters.get(route.id, " ")
                prompt.append(f"{letter}", style="bold reverse")
                prompt.append(f" {number}. {route.name}", style="bold")
                prompt.append(f"  ({route.id})\n", style="dim")
                prompt.append("   " + (route.takes or "–"))
                options.append(Option(prompt, id=route.id))
            routes = OptionList(*options, id="routes")
            routes.can_focus = False  # the keys all go to the note field (the mouse still picks)
            yield routes
            yield NoteInput(placeholder="the route's letter or number, then a note and Enter",
                            id="note")
            yield Static(Text("the route's letter (or 1-9, or ↑/↓ + Enter) · then a note and "
                              "Enter (or Ctrl+S) · Esc: cancel"), classes="dialog-hint")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#routes", OptionList).highlighted = 0

    def pick_by_key(self, char: str) -> None:
        """A route by its letter or number; any other key is nothing (and says so)."""
        char = char[-1:].lower()
        index = int(char) - 1 if char.isdigit() else next(
            (i for i, r in enumerate(self.routes) if self.letters.get(r.id) == char), None)
        if index is not None and 0 <= index < len(self.routes):
            self._pick(index)
        elif char:
            self.query_one(".dialog-hint", Static).update(Text(
                f"“{char}” is no route here: pick one by its letter "
                f"({', '.join(self.letters.values())}) or number first", style="bold yellow"))

    def enter(self) -> None:
        if not self.picked:  # Enter on the highlighted route picks it
            self._pick(self.query_one("#routes", OptionList).highlighted or 0)
        else:
            self.action_confirm()

    def _pick(self, index: int) -> None:
        self.query_one("#routes", OptionList).highlighted = index
        self.picked = True
        route = self.routes[index]
        self.query_one("#note", Input).placeholder = f"note for {route.name} (optional), Enter"

    def action_move(self, step: int) -> None:
        if self.picked:
            return
        routes = self.query_one("#routes", OptionList)
        current = routes.highlighted or 0
        routes.highlighted = max(0, min(len(self.routes) - 1, current + step))

    @on(OptionList.OptionSelected, "#routes")
    def _clicked(self, event: OptionList.OptionSelected) -> None:
        self._pick(event.option_index)
        self.query_one("#note", Input).focus()

    def action_confirm(self) -> None:
        routes = self.query_one("#routes", OptionList)
        if routes.highlighted is None:
            return
        note = self.query_one("#note", Input).value.strip() or None
        self.dismiss(Escalation(self.routes[routes.highlighted].id, note))

    def action_cancel(self) -> None:
        self.dismiss(None)
