"""Every key of the game, built from the bindings themselves so the list cannot drift."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Footer, Static

KEY_NAMES = {"question_mark": "?", "escape": "Esc", "enter": "Enter", "space": "Space",
             "up": "↑", "down": "↓", "pageup": "PgUp", "pagedown": "PgDn", "home": "Home",
             "end": "End", "f1": "F1", "left": "←", "right": "→", "left_square_bracket": "[",
             "right_square_bracket": "]", "plus": "+", "minus": "-", "equals_sign": "=",
             "tab": "Tab", "shift+tab": "Shift+Tab"}


def keys_label(binding: Binding) -> str:
    if binding.key_display and "," not in binding.key:
        return binding.key_display
    return " / ".join(
        KEY_NAMES.get(key, key.replace("ctrl+", "Ctrl+")) for key in binding.key.split(",")
    )


def help_table(sections: Iterable[tuple[str, Iterable[BindingType]]]) -> Group:
    """Each section's title on a line of its own above its keys table: a long title inside the
    keys column would widen it until the descriptions had no room left."""
    parts: list[Text | Table] = []
    for title, bindings in sections:
        parts.append(Text(title, style="bold underline"))
        table = Table(show_header=False, box=None, padding=(0, 2))
        table.add_column(style="bold", no_wrap=True)
        table.add_column()
        for binding in bindings:
            if isinstance(binding, Binding) and binding.description:
                table.add_row(keys_label(binding), binding.description)
        parts += [table, Text("")]
    return Group(*parts)


class HelpScreen(ModalScreen[None]):
    CSS_PATH = "dialogs.tcss"
    BINDINGS = [Binding("escape,question_mark,f1,q", "close", "Close")]

    def __init__(self, sections: Sequence[tuple[str, Sequence[BindingType]]]) -> None:
        super().__init__()
        self.sections = sections

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog"):
            yield Static(Text("Keys"), classes="dialog-title")
            yield Static(help_table(self.sections), id="help-keys")
            yield Static(Text("The mouse works too: click a post, a footer key or a dialog "
                              "option."), classes="dialog-hint")
        yield Footer()

    def action_close(self) -> None:
        self.dismiss(None)
