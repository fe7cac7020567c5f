"""The feed: one line per post, drawn with Textual's line API so only visible rows are rendered.

ListView does not virtualise (a widget per row); DataTable re-measures columns on updates. Here the
rows are just a list of post ids: adding 5 posts a second or re-sorting 300 costs a list operation
and one `refresh()`, and painting costs the ~20 rows on screen. Countdowns and live likes are
computed when a row is drawn, so the screen only has to call `refresh()` twice a second.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.events import Click
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from simulator.tui.feed_model import FeedItem, compact, countdown

VIRTUAL_CHUNK = 64
HOLD_S = 1.5
CACHE_ROWS = 2000
RowSource = Callable[[str], tuple[FeedItem, int, int] | None]  # id -> (item, likes, shares)


def columns(width: int) -> tuple[int, int, int, int, int, int]:
    """Cell widths of (countdown, channel, author, text, reach, age) for a feed `width` wide."""
    narrow = width < 90
    count_w, chan_w, author_w, reach_w, age_w = (11, 8, 14, 12, 4) if narrow else (
        13, 12, 22, 13, 5)
    text_w = max(8, width - count_w - chan_w - author_w - reach_w - age_w - 5)
    return count_w, chan_w, author_w, text_w, reach_w, age_w


def age_text(seconds: float) -> str:
    seconds = max(0, int(seconds))
    return f"{seconds}s" if seconds < 60 else f"{seconds // 60}m"


def header_row(width: int) -> Text:
    count_w, chan_w, author_w, text_w, reach_w, age_w = columns(width)
    parts = [_fit("target", count_w), _fit("channel", chan_w), _fit("author", author_w),
             _fit("post", text_w), "♥likes ⇄shr".rjust(reach_w), "age".rjust(age_w)]
    return Text(" ".join(parts), no_wrap=True, overflow="ellipsis")


def row_text(item: FeedItem, likes: int, shares: int, now: float, width: int,
             channel_name: str) -> Text:
    """One feed row. Every scenario/Faker string is appended as plain text, never as markup.
    Over the reach threshold the reach gets a ▲ as well as the colour."""
    label, colour = countdown(item, now)
    count_w, chan_w, author_w, text_w, reach_w, age_w = columns(width)
    row = Text(no_wrap=True, overflow="ellipsis", end="")
    row.append(_fit(label, count_w), style=colour)
    row.append(" ")
    row.append(_fit(channel_name, chan_w), style="cyan")
    row.append(" ")
    badge = (item.badge + " ") if item.badge else ""
    row.append(badge, style="bold magenta")
    row.append(_fit(item.author_handle, author_w - cell_len(badge)), style="bold")
    row.append(" ")
    snippet = " ".join(item.text.split())
    row.append(_fit(snippet, text_w), style="dim" if item.handled else "")
    row.append(" ")
    reach = ("▲" if item.crossed else "") + f"♥{compact(likes)} ⇄{compact(shares)}"
    row.append(reach.rjust(reach_w)[-reach_w:], style="bold red" if item.crossed else "")
    row.append(" " + age_text(now - item.arrived_at).rjust(age_w), style="dim")
    return row


def _fit(text: str, width: int) -> str:
    """Pad or cut to `width` cells (with an ellipsis when cut)."""
    if width <= 0:
        return ""
    if text.isascii() and text.isprintable():
        return text.ljust(width) if len(text) <= width else text[: width - 1] + "…"
    if cell_len(text) <= width:
        return text + " " * (width - cell_len(text))
    out = ""
    for char in text:
        if cell_len(out + char) > width - 1:
            break
        out += char
    out += "…"
    return out + " " * (width - cell_len(out))


class FeedView(ScrollView, can_focus=True):
    """The list of posts; the cursor follows a post id, not a row number, when rows move."""

    BINDINGS = [
        Binding("up,k", "cursor(-1)", "Previous post", show=False),
        Binding("down,j", "cursor(1)", "Move", key_display="↑↓"),
        Binding("pageup", "cursor(-10)", "Page up", show=False),
        Binding("pagedown", "cursor(10)", "Page down", show=False),
        Binding("home", "first", "Top of the feed", show=False),
        Binding("end,G", "last", "Least urgent post (bottom)", show=False),
    ]
    COMPONENT_CLASSES = {"feed--cursor", "feed--cursor-blurred"}
    DEFAULT_CSS = """
    FeedView { overflow-x: hidden; }
    FeedView > .feed--cursor { background: $accent 60%; text-style: bold; }
    FeedView > .feed--cursor-blurred { background: $accent 25%; }
    """

    cursor = reactive(0, repaint=False, init=False)

    class Selected(Message):
        """The selected post changed; replaces itself so a burst of j/k coalesces."""

        def __init__(self, post_id: str | None) -> None:
            super().__init__()
            self.post_id = post_id

        def can_replace(self, message: Message) -> bool:
            return isinstance(message, FeedView.Selected)

    def __init__(self, source: RowSource, channel_names: dict[str, str], *,
                 id: str | None = None) -> None:
        super().__init__(id=id)
        self._source = source
        self._channel_names = channel_names
        self._order: list[str] = []
        self._index: dict[str, int] = {}
        self.selected_id: str | None = None
        self.now = 0.0
        self.moved_at = -HOLD_S  # when the trainee last moved the cursor (monotonic seconds)
        self._cache: dict[tuple[object, ...], Strip] = {}
        self._styles: tuple[Style, Style] | None = None

    # ------------------------------------------------------------------ data
    @property
    def row_count(self) -> int:
        return len(self._order)

    @property
    def order(self) -> list[str]:
        return list(self._order)

    def set_rows(self, order: list[str], now: float, *, force: bool = False) -> None:
        """New order (and drill time); keeps the selected post selected wherever it moved. While
        the trainee is moving through the feed (HOLD_S after a cursor key) the order holds still,
        so j/k never lands on a post that slid in under the cursor; the countdowns still run.
        `force`: take the new order now (the trainee asked for it: a sort, the most urgent)."""
        self.now = now
        holding = not force and time.monotonic() - self.moved_at < HOLD_S and bool(self._order)
        if order != self._order and not holding:
            self._order = order
            self._index = {post_id: i for i, post_id in enumerate(order)}
            self._fit_virtual_size()
        if self.selected_id is None and order:
            self.selected_id = order[0]
            self.post_message(self.Selected(self.selected_id))
        if self.selected_id is not None:
            self.set_reactive(FeedView.cursor, self._index.get(self.selected_id, 0))
        self.refresh()

    def select(self, post_id: str) -> None:
        if post_id in self._index:
            self.cursor = self._index[post_id]

    # ------------------------------------------------------------------ cursor
    def watch_cursor(self, old: int, new: int) -> None:
        if not self._order:
            return
        self.selected_id = self._order[new]
        self.refresh()
        self.scroll_to_region(Region(0, new, 1, 1), animate=False, force=True)
        self.post_message(self.Selected(self.selected_id))

    def validate_cursor(self, value: int) -> int:
        return max(0, min(value, len(self._order) - 1))

    def action_cursor(self, delta: int) -> None:
        self.moved_at = time.monotonic()
        self.cursor = self.cursor + delta

    def action_first(self) -> None:
        self.moved_at = time.monotonic()
        self.cursor = 0

    def action_last(self) -> None:
        self.moved_at = time.monotonic()
        self.cursor = len(self._order) - 1

    def on_click(self, event: Click) -> None:
        self.moved_at = time.monotonic()
        row = event.y + int(self.scroll_offset.y)
        if 0 <= row < len(self._order):
            self.cursor = row
        self.focus()

    def on_focus(self) -> None:
        self._styles = None
        self._cache.clear()
        self.refresh()

    def on_blur(self) -> None:
        self._styles = None
        self._cache.clear()
        self.refresh()

    def on_resize(self) -> None:
        self._fit_virtual_size()
        self._cache.clear()

    def _fit_virtual_size(self) -> None:
        """A new virtual size costs a full relayout of the screen, so once the feed outgrows the
        window it grows in chunks of rows (the rows past the last post are blank)."""
        rows = len(self._order)
        if rows > self.size.height:
            rows = -(-rows // VIRTUAL_CHUNK) * VIRTUAL_CHUNK
        size = Size(self.size.width, rows)
        if size != self.virtual_size:
            self.virtual_size = size

    # ------------------------------------------------------------------ painting
    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles = None
        self._cache.clear()

    def _row_styles(self) -> tuple[Style, Style]:
        """(base, cursor) styles, looked up once per style change instead of once per line."""
        if self._styles is None:
            base = self.rich_style
            name = "feed--cursor" if self.has_focus else "feed--cursor-blurred"
            self._styles = (base, base + self.get_component_rich_style(name))
        return self._styles

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        row = y + int(self.scroll_offset.y)
        base, cursor_style = self._row_styles()
        if row >= len(self._order):
            return Strip.blank(width, base)
        found = self._source(self._order[row])
        if found is None:
            return Strip.blank(width, base)
        item, likes, shares = found
        label = countdown(item, self.now)[0]
        age = age_text(self.now - item.arrived_at)
        is_cursor = row == self.cursor
        # Rows move when posts arrive, but most keep their content: reuse their strips.
        key = (item.post_id, label, likes, shares, item.crossed, item.handled, age, is_cursor,
               width)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        channel = item.channel if width < 90 else self._channel_names.get(item.channel, "")
        text = row_text(item, likes, shares, self.now, width, channel or item.channel)
        style = cursor_style if is_cursor else base
        segments = [Segment(seg.text, style + seg.style if seg.style else style)
                    for seg in text.render(self.app.console)]
        strip = Strip(segments).crop_extend(0, width, style)
        if len(self._cache) > CACHE_ROWS:
            self._cache.clear()
        self._cache[key] = strip
        return strip
