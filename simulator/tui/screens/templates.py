"""The template picker: the approved responses that suit the post's channel."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from simulator.scenario.model import Template


class TemplateScreen(ModalScreen[str | None]):
    CSS_PATH = "dialogs.tcss"
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, templates: list[Template]) -> None:
        super().__init__()
        self.templates = templates

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="template-dialog"):
            yield Static(Text("Pick an approved response"), classes="dialog-title")
            options = []
            for template in self.templates:
                prompt = Text()
                prompt.append(template.title, style="bold")
                # The whole text, wrapped to the dialog's width (which grows with the terminal):
                # a preview cut at 110 characters hid the {detail} a trainee must rewrite.
                prompt.append("\n  " + " ".join(template.text.split()), style="dim")
                options.append(Option(prompt, id=template.id))
            yield OptionList(*options, id="templates")
            yield Static(Text("Enter: use it (the part to personalise is selected) · Esc: cancel"),
                         classes="dialog-hint")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#templates", OptionList).focus()

    @on(OptionList.OptionSelected, "#templates")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)
