"""The official-statement dialog: write the holding message (then updates) for the brand's
official channel, with the rubric it will be scored against in view."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, Static, TextArea

RUBRIC = ("what is known · what is being done · what people should do now · when the next "
          "update comes · the hashtag and the update link · nothing beyond the facts")


class StatementScreen(ModalScreen[str | None]):
    """Dismisses with the statement's text, or None when cancelled."""

    CSS_PATH = "dialogs.tcss"
    BINDINGS = [
        Binding("escape", "cancel", "Cancel"),
        Binding("ctrl+s", "publish", "Publish", priority=True),
    ]

    def __init__(self, number: int, hashtag: str, info_link: str,
                 facts: tuple[str, ...] = ()) -> None:
        super().__init__()
        self.number = number
        self.hashtag = hashtag
        self.info_link = info_link
        self.facts = facts  # what the brand may state by now: the briefing's and the updates

    def compose(self) -> ComposeResult:
        what = "holding statement" if self.number == 1 else f"update {self.number}"
        with Vertical(classes="dialog", id="statement-dialog"):
            yield Static(Text.assemble("Official statement: ", (what, "bold"),
                                       f" under {self.hashtag}"), classes="dialog-title")
            yield Static(Text(RUBRIC, style="dim"))
            if self.facts:
                known = Text("Known facts:\n", style="bold")
                for fact in self.facts:
                    known.append(f" • {fact}\n", style="")
                yield Static(known, id="statement-facts")
            yield TextArea(f"\n{self.info_link} {self.hashtag}".rstrip(), id="statement-text",
                           soft_wrap=True)
            yield Static(Text("Ctrl+S: publish · Esc: cancel"), classes="dialog-hint")
        yield Footer()

    def on_mount(self) -> None:
        area = self.query_one("#statement-text", TextArea)
        area.focus()
        area.move_cursor((0, 0))

    def action_publish(self) -> None:
        text = self.query_one("#statement-text", TextArea).text.strip()
        if text:
            self.dismiss(text)

    def action_cancel(self) -> None:
        self.dismiss(None)
