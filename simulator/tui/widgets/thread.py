"""The selected post in full, with its whole thread: earlier posts, follow-ups and our actions."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.text import Text
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from simulator.tui.feed_model import FeedItem, FeedModel, clock_text

ACTION_WORDS = {
    "reply": "we replied",
    "dm": "we moved it to DM",
    "escalate": "we escalated to",
    "hide": "we hid it",
    "leave": "we left it",
}


def thread_text(model: FeedModel, post_id: str | None) -> Group:
    """The thread: every post and reply text is a plain `Text`, shown literally. It only
    changes when the thread does (no ticking ages), so it never forces a relayout on its own."""
    parts: list[RenderableType] = []
    if post_id is None or post_id not in model.items:
        parts.append(Text("No post selected. Posts appear in the feed as the drill runs.",
                          style="dim"))
        return Group(*parts)
    for item in model.thread(post_id):
        parts.extend(_post(model, item, item.post_id == post_id))
    return Group(*parts)


def _where(model: FeedModel, item: FeedItem) -> str:
    """The channel, and "private" when it is one: the feed card has the following and reach, so
    the thread spends no line of its own on them (at 80x24 it has two)."""
    channel = model.channel_names.get(item.channel, item.channel)
    return channel if item.public else f"{channel}, private"


def _post(model: FeedModel, item: FeedItem, selected: bool) -> list[RenderableType]:
    head = Text("▶ " if selected else "• ", style="bold")
    if item.badge:
        head.append(item.badge + " ", style="bold magenta")
    head.append(item.author_name, style="bold")
    head.append(" " + item.author_handle, style="dim")
    head.append(f" · {_where(model, item)} · {clock_text(item.arrived_at)}", style="dim")
    out: list[RenderableType] = [
        head, Padding(Text(item.text, style="" if selected else "dim"), (0, 0, 0, 2)),
    ]
    for action in item.actions:
        line = Text(f"↳ {clock_text(action.t)} {ACTION_WORDS.get(action.kind, action.kind)}",
                    style="bold green")
        if action.route:
            line.append(" " + model.route_names.get(action.route, action.route), style="bold")
        if action.tone is not None:
            line.append(f" (tone {action.tone})", style="dim")
        out.append(Padding(line, (0, 0, 0, 2)))
        if action.text:
            out.append(Padding(Text(action.text, style="green"), (0, 0, 0, 4)))
        if action.note:
            out.append(Padding(Text("note: " + action.note, style="dim"), (0, 0, 0, 4)))
    return out


class ThreadView(VerticalScroll):
    """The detail pane. Tab from the feed focuses it; these keys scroll it (help lists them)."""

    BINDINGS = [
        Binding("up,k", "scroll_up", "Scroll the thread up", show=False),
        Binding("down,j", "scroll_down", "Scroll the thread down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("home", "scroll_home", "Top of the thread", show=False),
        Binding("end", "scroll_end", "End of the thread (the latest)", show=False),
        Binding("escape", "screen.feed", "Back to the feed"),
    ]
    DEFAULT_CSS = """
    ThreadView { height: 1fr; border: round $primary 50%; padding: 0 1; }
    ThreadView > Static { width: 1fr; }
    """

    def compose(self):
        yield Static(Text(""), id="thread-body")

    def show(self, text: RenderableType) -> None:
        self.query_one("#thread-body", Static).update(text)
