"""A yes/no question (hide a post, quit mid-drill): y/Enter confirms, n/Escape cancels."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, Static


class ConfirmScreen(ModalScreen[bool]):
    CSS_PATH = "dialogs.tcss"
    BINDINGS = [
        Binding("y,enter", "answer(True)", "Yes"),
        Binding("n,escape", "answer(False)", "No"),
    ]

    def __init__(self, question: Text | str, detail: Text | str = "") -> None:
        super().__init__()
        self.question = Text(question) if isinstance(question, str) else question
        self.detail = Text(detail) if isinstance(detail, str) else detail

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(self.question, classes="dialog-title")
            if self.detail.plain:
                yield Static(self.detail)
            yield Static(Text("y / Enter: yes    n / Esc: no"), classes="dialog-hint")
        yield Footer()

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)
