"""The feed: one card per post, drawn with Textual's line API so only visible lines are rendered.

A care desk triages by reading, so each card is the post's text first, wrapped over two lines
(three in a tall feed), under one line of what matters for triage: the countdown, the channel, the
author with their badge and following, and the reach. ListView does not virtualise (a widget per
row); DataTable re-measures columns on updates. Here the rows are just a list of post ids: adding
5 posts a second or re-sorting 300 costs a list operation and one `refresh()`, and painting costs
the lines on screen. Countdowns and live likes are computed when a line is drawn, so the screen only
has to call `refresh()` twice a second; a post's wrapped text is computed once per width.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from rich.cells import cell_len
from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.events import Click
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from simulator.tui.feed_model import BIG_FOLLOWING, FeedItem, compact, countdown

VIRTUAL_CHUNK = 64
HOLD_S = 1.5
CACHE_ROWS = 4000
TALL = 36  # a feed at least this many lines high shows three lines of each post's text
RowSource = Callable[[str], tuple[FeedItem, int, int] | None]  # id -> (item, likes, shares)
INDENT = "   "


def text_lines_for(height: int) -> int:
    """Lines of post text per card: two, three once the feed is tall enough to keep ten cards."""
    return 3 if height >= TALL else 2


def age_text(seconds: float) -> str:
    seconds = max(0, int(seconds))
    return f"{seconds}s" if seconds < 60 else f"{seconds // 60}m"


def feed_title(sort: str, width: int) -> Text:
    """The line over the feed: what the order is and how to change it."""
    title = Text(no_wrap=True, overflow="ellipsis", end="")
    title.append(" Feed · ", style="bold")
    title.append("most urgent first" if sort == "urgency" else "newest first")
    if width >= 60:
        title.append("  (o: sort by " + ("newest" if sort == "urgency" else "urgency")
                     + " · g: most urgent)", style="dim")
    return title


def meta_text(item: FeedItem, likes: int, shares: int, now: float, width: int,
              channel_name: str) -> Text:
    """A card's first line: the countdown, where and who (with what makes the author matter:
    journalist, influencer, verified, a big following), and how far the post has gone. Every
    scenario/Faker string is appended as plain text, never as markup. Over the reach threshold
    the reach gets a ▲ and the word, not only a colour."""
    label, colour = countdown(item, now)
    narrow = width < 70
    row = Text(no_wrap=True, overflow="ellipsis", end="")
    row.append(_fit(label, 11 if narrow else 12), style=colour)
    row.append(_fit(channel_name, 8 if narrow else 11) + " ", style="cyan")
    if item.badge:
        row.append(item.badge + " ", style="bold magenta")
    row.append(item.author_handle, style="bold")
    big = item.followers >= BIG_FOLLOWING
    followers = compact(item.followers) + ("" if narrow else " followers")
    row.append(f" · {followers}", style="bold yellow" if big else "dim")
    right = Text(end="")
    if item.crossed:
        right.append("▲ viral " if not narrow else "▲ ", style="bold red")
    right.append(f"♥{compact(likes)} ⇄{compact(shares)}",
                 style="bold red" if item.crossed else "")
    right.append(" " + age_text(now - item.arrived_at).rjust(4), style="dim")
    room = width - right.cell_len - 1
    if row.cell_len > room:
        row.truncate(max(0, room), overflow="ellipsis")
    row.append(" " * (width - row.cell_len - right.cell_len))
    row.append_text(right)
    return row


def wrap_post(text: str, width: int, lines: int) -> list[str]:
    """The post's text in at most `lines` lines of `width` cells, the last one ending in "…"
    when the text goes on. Cell widths, not characters: emoji and CJK take two cells."""
    words = " ".join(text.split())
    wrapped = Text(words).wrap(_CONSOLE, max(4, width), overflow="fold")
    out = [line.plain.rstrip() for line in wrapped]
    if len(out) > lines:
        out = out[:lines]
        out[-1] = _fit(out[-1] + " …", width).rstrip()  # _fit ends a cut line with "…"
    return out


_CONSOLE = Console(width=500, legacy_windows=False, color_system=None)


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
        # What to do with the selected post: the play screen's actions, keyed here so they
        # only act while the feed has focus (in the composer every letter is text).
        Binding("enter,r", "screen.reply", "Reply"),
        Binding("t", "screen.template", "Template"),
        Binding("d", "screen.dm", "DM"),
        Binding("e", "screen.escalate", "Escalate"),
        Binding("h", "screen.hide", "Hide"),
        Binding("l", "screen.leave", "Leave"),
        Binding("s", "screen.statement", "Statement"),
        Binding("g", "screen.most_urgent", "Most urgent", show=False),
        Binding("o", "screen.sort", "Sort: urgency / newest", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
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
        self.text_lines = 2
        self._cache: dict[tuple[object, ...], Strip] = {}
        self._wrapped: dict[tuple[str, int, int], list[str]] = {}
        self._styles: tuple[Style, Style, Style] | None = None

    @property
    def card_height(self) -> int:
        """Lines per post: its first line of cues, then its text."""
        return 1 + self.text_lines

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
        self._scroll_to_card(new)
        self.post_message(self.Selected(self.selected_id))

    def _scroll_to_card(self, index: int) -> None:
        """Keep the cursor's card in view, scrolling by whole cards: a scroll position between
        two cards would show the top of the feed as text lines with no author or countdown."""
        height = self.card_height
        shown = max(1, self.scrollable_content_region.height // height)
        top = int(self.scroll_offset.y) // height
        if index < top:
            top = index
        elif index >= top + shown:
            top = index - shown + 1
        self.scroll_to(y=top * height, animate=False, force=True)

    def validate_cursor(self, value: int) -> int:
        return max(0, min(value, len(self._order) - 1))

    def action_cursor(self, delta: int) -> None:
        self.moved_at = time.monotonic()
        self.cursor = self.cursor + delta

    def action_page(self, direction: int) -> None:
        """A screenful of cards up or down."""
        self.action_cursor(direction * max(1, self.size.height // self.card_height - 1))

    def action_first(self) -> None:
        self.moved_at = time.monotonic()
        self.cursor = 0

    def action_last(self) -> None:
        self.moved_at = time.monotonic()
        self.cursor = len(self._order) - 1

    def on_click(self, event: Click) -> None:
        self.moved_at = time.monotonic()
        row = (event.y + int(self.scroll_offset.y)) // self.card_height
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
        self.text_lines = text_lines_for(self.size.height)
        self._fit_virtual_size()
        self._cache.clear()
        if self._order:
            self.watch_cursor(self.cursor, self.cursor)

    def _fit_virtual_size(self) -> None:
        """A new virtual size costs a full relayout of the screen, so once the feed outgrows the
        window it grows in chunks of rows (the rows past the last post are blank)."""
        rows = len(self._order) * self.card_height
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

    def _row_styles(self) -> tuple[Style, Style, Style]:
        """(base, cursor, dim text) styles, looked up once per style change, not once per line."""
        if self._styles is None:
            base = self.rich_style
            name = "feed--cursor" if self.has_focus else "feed--cursor-blurred"
            self._styles = (base, base + self.get_component_rich_style(name),
                            Style(dim=True))
        return self._styles

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width  # less the scrollbar, once there is one
        height = self.card_height
        row, line = divmod(y + int(self.scroll_offset.y), height)
        base, cursor_style, dim = self._row_styles()
        if row >= len(self._order):
            return Strip.blank(width, base)
        found = self._source(self._order[row])
        if found is None:
            return Strip.blank(width, base)
        item, likes, shares = found
        is_cursor = row == self.cursor
        style = cursor_style if is_cursor else base
        if line:
            return self._text_line(item, line - 1, width, style, dim, is_cursor)
        label = countdown(item, self.now)[0]
        age = age_text(self.now - item.arrived_at)
        # Rows move when posts arrive, but most keep their content: reuse their strips.
        key = (item.post_id, label, likes, shares, item.crossed, item.handled, age, is_cursor,
               width)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        channel = item.channel if width < 70 else self._channel_names.get(item.channel, "")
        text = meta_text(item, likes, shares, self.now, width, channel or item.channel)
        return self._keep(key, self._strip(text, style, width))

    def _text_line(self, item: FeedItem, index: int, width: int, style: Style, dim: Style,
                   is_cursor: bool) -> Strip:
        key = (item.post_id, index, item.handled, is_cursor, width, self.text_lines)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        wrap_key = (item.post_id, width, self.text_lines)
        lines = self._wrapped.get(wrap_key)
        if lines is None:
            if len(self._wrapped) > CACHE_ROWS:
                self._wrapped.clear()
            lines = self._wrapped[wrap_key] = wrap_post(
                item.text, width - len(INDENT) - 1, self.text_lines)
        text = Text(INDENT + lines[index] if index < len(lines) else "", end="",
                    style=dim if item.handled else "")
        return self._keep(key, self._strip(text, style, width))

    def _strip(self, text: Text, style: Style, width: int) -> Strip:
        segments = [Segment(seg.text, style + seg.style if seg.style else style)
                    for seg in text.render(self.app.console)]
        return Strip(segments).crop_extend(0, width, style)

    def _keep(self, key: tuple[object, ...], strip: Strip) -> Strip:
        if len(self._cache) > CACHE_ROWS:
            self._cache.clear()
        self._cache[key] = strip
        return strip
