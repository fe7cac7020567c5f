"""The reply composer: a text area, the post it answers, and a counter against the channel limit."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import TextArea
from textual.widgets.text_area import Selection

from simulator.tui.widgets.line import Line


def counter_text(length: int, limit: int | None) -> Text:
    if limit is None:
        return Text(f"{length} chars", style="dim")
    if length > limit:
        return Text(f"✗ over by {length - limit} ({length}/{limit})", style="bold red")
    if length > limit * 0.9:
        return Text(f"! {length}/{limit}", style="yellow")
    return Text(f"{length}/{limit}", style="dim")


def location(text: str, offset: int) -> tuple[int, int]:
    """(row, column) of a character offset in `text`, for TextArea selections."""
    before = text[:offset]
    row = before.count("\n")
    return row, len(before) - (before.rfind("\n") + 1)


class Composer(Vertical):
    """Its keys act only while the reply is being typed (the text area has focus)."""

    BINDINGS = [
        Binding("ctrl+s", "screen.send", "Send reply", priority=True),
        Binding("ctrl+t", "screen.template", "Template", priority=True),
        Binding("ctrl+o", "screen.send_dm", "Send as DM", priority=True),
        Binding("ctrl+p", "screen.pause", "Pause", priority=True),  # `p` is a letter here
        Binding("escape", "screen.feed", "Back to feed"),
    ]
    DEFAULT_CSS = """
    Composer { height: 8; border: round $secondary; }
    Composer:focus-within { border: round $accent; }
    Composer.-dm { border: round $warning; }
    Composer > #composer-target { height: 1; color: $text-muted; }
    Composer > TextArea { height: 1fr; border: none; padding: 0; }
    Composer > #composer-counter { height: 1; text-align: right; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.limit: int | None = None
        self.template_id: str | None = None
        self.dm_mode = False  # Ctrl+S moves the post to DM (with this text as its public line)

    def compose(self) -> ComposeResult:
        yield Line(Text("Reply to: –"), id="composer-target")
        area = TextArea(id="composer-text", soft_wrap=True, show_line_numbers=False,
                        tab_behavior="focus", compact=True)
        area.cursor_blink = not self.app.is_headless
        yield area
        yield Line(counter_text(0, None), id="composer-counter")

    @property
    def area(self) -> TextArea:
        return self.query_one("#composer-text", TextArea)

    @property
    def text(self) -> str:
        return self.area.text

    def set_target(self, label: Text, limit: int | None) -> None:
        self.limit = limit
        self.query_one("#composer-target", Line).show(label)
        self._count()

    def set_dm_mode(self, on: bool, label: Text) -> None:
        self.dm_mode = on
        self.set_class(on, "-dm")
        self.query_one("#composer-target", Line).show(label)

    def fill(self, text: str, cursor: int, template_id: str) -> None:
        """Put a filled template in and select `{detail}` (or put the cursor at the end)."""
        area = self.area
        area.load_text(text)
        self.template_id = template_id
        marker = "{detail}"
        if text[cursor:cursor + len(marker)] == marker:
            area.selection = Selection(location(text, cursor), location(text, cursor + len(marker)))
        else:
            area.selection = Selection.cursor(location(text, cursor))
        area.focus()
        self._count()

    def clear(self) -> None:
        self.area.clear()
        self.template_id = None
        self._count()

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        if not self.area.text:
            self.template_id = None
        self._count()

    def _count(self) -> None:
        counter = counter_text(len(self.text), self.limit)
        counter.justify = "right"
        self.query_one("#composer-counter", Line).show(counter)
