"""The debrief screen: six tabs over one `Debrief`, keyboard first, usable at 80x24.

Overview (scores, what drove them, lessons) · Timeline (step through what happened) · Posts (each
post, the handling beside what was expected, tone findings highlighted on the reply) · Escalation
(the confusion matrix) · Charts (backlog, response times, brand health, pace) · Replay (the feed at
any moment, with the best comparable run as a ghost).

The play app pushes this screen from its end-of-drill summary; `crisis-drill debrief` runs it inside
`DebriefApp`. Closing it dismisses it, so whoever pushed it decides what comes next.
"""

from __future__ import annotations

import bisect
from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.coordinate import Coordinate
from textual.css.query import NoMatches
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Sparkline, Static, TabbedContent, TabPane
from textual.widgets.data_table import CellDoesNotExist

from simulator.debrief.model import Debrief, build_debrief, played_until
from simulator.debrief.replay import (
    FeedSnapshot,
    Replay,
    divergence,
    snapshot_from_log,
    snapshot_from_state,
)
from simulator.drill.events import EventKind
from simulator.scenario.model import Scenario
from simulator.store import Store
from simulator.tui.debrief import text as tx

TABS = ("overview", "timeline", "posts", "escalation", "charts", "replay")
STEP_S = 5.0  # ←/→ in the replay
SNAPSHOT_CACHE = 500  # feed snapshots kept for scrubbing back


def _cell(value: object, style: str = "") -> Text:
    """DataTable renders plain strings as markup; a Text is shown as it is."""
    return Text("" if value is None else str(value), style=style, no_wrap=True)


def _short(text: str, width: int = 48) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


class DebriefScreen(Screen[None]):
    CSS_PATH = "debrief.tcss"
    BINDINGS = [
        Binding("q,escape", "close", "Close"),
        Binding("question_mark,f1", "help", "Keys", key_display="?"),
        Binding("1", "tab('overview')", "Overview", show=False),
        Binding("2", "tab('timeline')", "Timeline", show=False),
        Binding("3", "tab('posts')", "Posts", show=False),
        Binding("4", "tab('escalation')", "Escalation", show=False),
        Binding("5", "tab('charts')", "Charts", show=False),
        Binding("6", "tab('replay')", "Replay", show=False),
        Binding("left", "step(-1)", "-5s", priority=True, key_display="←"),
        Binding("right", "step(1)", "+5s", priority=True, key_display="→"),
        Binding("left_square_bracket", "jump(-1)", "Prev event", priority=True,
                key_display="["),
        Binding("right_square_bracket", "jump(1)", "Next event", priority=True,
                key_display="]"),
        Binding("home", "seek_edge(0)", "Start", show=False, priority=True),
        Binding("end", "seek_edge(1)", "End", show=False, priority=True),
    ]

    def __init__(self, store: Store | None, drill_id: int, *, debrief: Debrief | None = None,
                 scenario: Scenario | None = None) -> None:
        super().__init__()
        if debrief is None:
            if store is None:
                raise ValueError("a debrief needs a store or a built Debrief")
            debrief = build_debrief(store, drill_id, scenario=scenario)
        self.debrief = debrief
        self.replay_t = 0.0
        self._replay: Replay | None = None
        self._snapshot: FeedSnapshot | None = None
        self._snapshots: dict[float, FeedSnapshot] = {}
        self._filled: set[str] = set()
        self.replay_problem: str | None = None  # why the engine replay was abandoned, if it was
        self._event_times = sorted({e.t for e in debrief.timeline})

    # ---- layout ---------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        d = self.debrief
        title = Text(f"Debrief · drill {d.drill.id} · ", style="bold")
        title.append(d.drill.trainee)
        title.append(f" · composite {d.composite:.1f}")
        yield Static(title, id="debrief-title")
        with TabbedContent(initial="overview", id="debrief-tabs"):
            with TabPane("1 Overview", id="overview"):
                yield VerticalScroll(Static(tx.overview_text(d), id="overview-body"),
                                     id="overview-scroll")
            with TabPane("2 Timeline", id="timeline"), Vertical():
                yield DataTable(id="timeline-table", cursor_type="row", zebra_stripes=True)
                yield VerticalScroll(Static(Text(""), id="timeline-detail"),
                                     classes="detail")
            with TabPane("3 Posts", id="posts"), Vertical():
                yield DataTable(id="posts-table", cursor_type="row", zebra_stripes=True)
                yield VerticalScroll(Static(Text(""), id="post-detail"), classes="detail")
            with TabPane("4 Escalation", id="escalation"):
                yield VerticalScroll(Static(tx.confusion_text(d), id="confusion"),
                                     id="escalation-scroll")
            with TabPane("5 Charts", id="charts"):
                yield from self._charts()
            with TabPane("6 Replay", id="replay"), Vertical():
                yield Static(Text(""), id="replay-header")
                yield DataTable(id="replay-feed", cursor_type="row", zebra_stripes=True)
                yield VerticalScroll(Static(Text(""), id="replay-detail"), classes="detail")
        yield Footer()

    def _charts(self) -> ComposeResult:
        series = list(self.debrief.series)
        size = (series[0].end - series[0].start) if series else 0
        charts: list[tuple[str, list[float], str]] = [
            ("backlog (posts waiting)", [float(b.backlog) for b in series], ""),
            ("first response time", [b.mean_response_s or 0.0 for b in series], "s"),
            ("brand health", [b.health for b in series], ""),
            ("pace (arrivals/min)", [b.pace for b in series], "/min"),
        ]
        with VerticalScroll(id="charts-scroll"):
            yield Static(Text(f"One bar per {size:.0f}s of drill time, 0:00 on the left.",
                              style="dim"))
            for index, (label, values, unit) in enumerate(charts):
                top = max(values, default=0.0)
                end = values[-1] if values else 0.0
                yield Static(Text(f"{label}: max {top:.0f}{unit}, at the end {end:.0f}{unit}"),
                             classes="chart-label")
                yield Sparkline(values or [0.0], id=f"chart-{index}", classes="chart")

    def on_mount(self) -> None:
        self.query_one("#replay-feed", DataTable).add_columns(
            "at", "post", "author", "text", "likes", "status")
        self.query_one("#overview-scroll").focus()

    # ---- tables ---------------------------------------------------------------------------
    def _fill_timeline(self) -> None:
        table = self.query_one("#timeline-table", DataTable)
        table.add_columns("time", "what", "post", "detail")  # detail last: it may be cut
        for index, entry in enumerate(self.debrief.timeline):
            style = "bold red" if entry.kind == EventKind.THRESHOLD_CROSSED else (
                "green" if entry.kind == EventKind.ACTION else "")
            table.add_row(_cell(tx.clock(entry.t)),
                          _cell(tx.KIND_LABEL.get(entry.kind, entry.kind), style),
                          _cell(_short(entry.post_id or "", 14)),
                          _cell(_short(entry.summary, 70)),
                          key=str(index))
        self._show_timeline(0)

    def _fill_posts(self) -> None:
        table = self.query_one("#posts-table", DataTable)
        table.add_columns("post", "at", "author", "expected", "handled", "resp", "escalation",
                          "score", "ghost")
        for post in self.debrief.posts:
            ghost = "-" if post.ghost is None else f"{tx.secs(post.ghost.response_s)}"
            table.add_row(
                _cell(_short(post.post_id, 16)), _cell(tx.clock(post.arrived_t)),
                _cell(_short(post.author_handle, 18)),
                _cell(post.expected_route if post.expected_route != "none" else
                      ("reply" if post.needs_reply else "-")),
                _cell(_short(post.handled, 30)), _cell(tx.secs(post.response_s)),
                _cell(post.escalation, tx.OUTCOME_STYLE.get(post.escalation, "")),
                _cell(post.composite_text), _cell(ghost), key=post.post_id,
            )
        if self.debrief.posts:
            self._show_post(self.debrief.posts[0].post_id)

    def _show_timeline(self, index: int) -> None:
        timeline = self.debrief.timeline
        if not 0 <= index < len(timeline):
            return
        entry = timeline[index]
        post = self.debrief.post(entry.post_id) if entry.post_id else None
        self.query_one("#timeline-detail", Static).update(tx.timeline_detail(entry, post))

    def _show_post(self, post_id: str) -> None:
        post = self.debrief.post(post_id)
        if post is not None:
            self.query_one("#post-detail", Static).update(tx.post_detail(post))

    @on(DataTable.RowHighlighted, "#timeline-table")
    def _timeline_moved(self, event: DataTable.RowHighlighted) -> None:
        if event.row_key.value is not None:
            self._show_timeline(int(event.row_key.value))

    @on(DataTable.RowSelected, "#timeline-table")
    def _timeline_chosen(self, event: DataTable.RowSelected) -> None:
        if event.row_key.value is not None:
            self.replay_t = self.debrief.timeline[int(event.row_key.value)].t
            self.action_tab("replay")

    @on(DataTable.RowHighlighted, "#posts-table")
    def _post_moved(self, event: DataTable.RowHighlighted) -> None:
        if event.row_key.value is not None:
            self._show_post(event.row_key.value)

    @on(DataTable.RowHighlighted, "#replay-feed")
    def _feed_moved(self, event: DataTable.RowHighlighted) -> None:
        if event.row_key.value is not None:
            self._show_feed_post(event.row_key.value)

    # ---- tabs -----------------------------------------------------------------------------
    @property
    def active_tab(self) -> str:
        return self.query_one("#debrief-tabs", TabbedContent).active

    def action_tab(self, tab: str) -> None:
        self.query_one("#debrief-tabs", TabbedContent).active = tab
        self._entered(tab)

    @on(TabbedContent.TabActivated)
    def _tab_activated(self, event: TabbedContent.TabActivated) -> None:
        if event.pane.id:
            self._entered(event.pane.id)

    def _entered(self, tab: str) -> None:
        focus = {"overview": "#overview-scroll", "timeline": "#timeline-table",
                 "posts": "#posts-table", "escalation": "#escalation-scroll",
                 "charts": "#charts-scroll", "replay": "#replay-feed"}.get(tab)
        if tab not in self._filled:  # big tables are filled when first shown: a fast start
            self._filled.add(tab)
            if tab == "timeline":
                self._fill_timeline()
            elif tab == "posts":
                self._fill_posts()
        if tab == "replay":
            self._render_replay()
        if focus:
            self.query_one(focus).focus()

    def action_close(self) -> None:
        self.dismiss(None)

    def action_help(self) -> None:
        from simulator.tui.screens.help import HelpScreen

        tables = ("Timeline, Posts, Replay feed: ↑/↓ move, Enter on a moment opens the replay",
                  [b for b in self.BINDINGS if isinstance(b, Binding) and b.action.startswith(
                      ("tab", "close", "help"))])
        replay = ("Replay tab", [b for b in self.BINDINGS if isinstance(b, Binding)
                                 and b.action.startswith(("step", "jump", "seek_edge"))])
        self.app.push_screen(HelpScreen([tables, replay]))

    # ---- replay ---------------------------------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("step", "jump", "seek_edge"):
            try:
                return self.active_tab == "replay"
            except NoMatches:  # before the tabs exist
                return False
        return True

    @property
    def duration(self) -> float:
        """The end of the replay: an aborted drill stops where the trainee stopped."""
        return played_until(self.debrief.drill, self.debrief.events)

    def snapshot(self, t: float) -> FeedSnapshot:
        """The feed at `t`, remembered: stepping back to a moment already seen costs nothing
        (otherwise going back means replaying the drill from its start)."""
        key = round(t, 3)
        found = self._snapshots.get(key)
        if found is None:
            found = self._compute_snapshot(key)
            if len(self._snapshots) >= SNAPSHOT_CACHE:
                self._snapshots.pop(next(iter(self._snapshots)))
            self._snapshots[key] = found
        return found

    def _compute_snapshot(self, t: float) -> FeedSnapshot:
        """The feed at `t`: replayed by the engine when the scenario is the one played."""
        scenario = self.debrief.scenario
        if scenario is None or self.replay_problem is not None:
            return snapshot_from_log(self.debrief.events, t)
        if self._replay is None:
            self._replay = Replay.from_log(scenario, self.debrief.drill.seed,
                                           self.debrief.events)
        state = self._replay.at(t)
        problem = divergence(state, self.debrief.events)
        if problem is not None:  # recorded by another engine version: trust the log instead
            self.replay_problem = problem
            return snapshot_from_log(self.debrief.events, t)
        return snapshot_from_state(state)

    def seek(self, t: float) -> None:
        self.replay_t = max(0.0, min(self.duration, t))
        self._render_replay()

    def action_step(self, direction: int) -> None:
        self.seek(self.replay_t + direction * STEP_S)

    def action_jump(self, direction: int) -> None:
        times = self._event_times
        if direction > 0:
            index = bisect.bisect_right(times, self.replay_t)
            target = times[index] if index < len(times) else self.duration
        else:
            index = bisect.bisect_left(times, self.replay_t) - 1
            target = times[index] if index >= 0 else 0.0
        self.seek(target)

    def action_seek_edge(self, end: int) -> None:
        self.seek(self.duration if end else 0.0)

    def _render_replay(self) -> None:
        snap = self.snapshot(self.replay_t)
        self._snapshot = snap
        self.query_one("#replay-header", Static).update(
            tx.snapshot_header(snap, self.duration, self.replay_problem))
        table = self.query_one("#replay-feed", DataTable)
        keep = None
        if table.row_count and table.cursor_row >= 0:
            try:
                keep = table.coordinate_to_cell_key(Coordinate(table.cursor_row, 0)).row_key.value
            except CellDoesNotExist:
                keep = None
        table.clear()
        for row in snap.rows:
            status_style = "bold red" if row.waiting else ("green" if row.replied else "")
            table.add_row(_cell(tx.clock(row.arrived_t)), _cell(_short(row.post_id, 16)),
                          _cell(_short(row.author_handle, 16)), _cell(_short(row.text, 40)),
                          _cell(row.likes), _cell(row.status, status_style), key=row.post_id)
        ids = [row.post_id for row in snap.rows]
        if keep in ids:
            table.move_cursor(row=ids.index(keep))
            self._show_feed_post(str(keep))
        elif ids:
            table.move_cursor(row=0)
            self._show_feed_post(ids[0])
        else:
            self.query_one("#replay-detail", Static).update(
                Text("No posts yet at this moment. → steps forward, ] jumps to the next event.",
                     style="dim"))

    def _show_feed_post(self, post_id: str) -> None:
        snap = self._snapshot
        if snap is None:
            return
        row = next((r for r in snap.rows if r.post_id == post_id), None)
        if row is None:
            return
        self.query_one("#replay-detail", Static).update(
            tx.feed_row_detail(row, self.debrief.post(post_id), snap.t))

    def feed_ids(self) -> list[Any]:
        """The post ids on the replay feed, top first (tests read this)."""
        return [] if self._snapshot is None else [r.post_id for r in self._snapshot.rows]
