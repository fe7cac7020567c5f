"""A one-line text widget that repaints without asking for a new layout.

`Static.update` re-runs the screen's layout on every call (its size may change). The header, the
counters and the status line are one line high by definition, so updating them must cost one line
of painting, not a reflow of the whole screen: that is what keeps typing instant during a flood.
"""

from __future__ import annotations

from rich.text import Text
from textual.widget import Widget


class Line(Widget):
    DEFAULT_CSS = """
    Line { height: 1; width: 1fr; }
    """

    def __init__(self, text: Text | None = None, *, id: str | None = None,
                 classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._text = text or Text("")

    @property
    def text(self) -> Text:
        return self._text

    def show(self, text: Text) -> None:
        if text == self._text:
            return
        self._text = text
        self.refresh()

    def render(self) -> Text:
        return self._text
