"""The play screen: feed, thread, composer and header, driven by one timer.

Each tick (10 a second) reads the clock once, advances the engine, and repaints only what the new
events touched; countdowns and ages repaint twice a second. The composer is never rebuilt, so its
text, cursor and focus survive any number of arrivals. Keys live on the widgets they belong to:
the feed's letters (reply, template, escalate...) on the feed, the composer's Ctrl keys on the
composer, so a letter typed in a reply is text and Ctrl+S in the feed does nothing, with no focus
checks here; pause, help and quit are the screen's.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import cast

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.events import Resize
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Static

from simulator.drill.events import STATEMENT_ACTION, Action, ActionData, ActionError, EventKind
from simulator.tui.feed_model import SORTS, FeedItem
from simulator.tui.host import DrillHost, host
from simulator.tui.screens.confirm import ConfirmScreen
from simulator.tui.screens.escalate import EscalateScreen, Escalation
from simulator.tui.screens.templates import TemplateScreen
from simulator.tui.session import DrillSession, Update
from simulator.tui.widgets.composer import Composer
from simulator.tui.widgets.feed import FeedView, feed_title
from simulator.tui.widgets.header import DrillHeader
from simulator.tui.widgets.line import Line
from simulator.tui.widgets.thread import ThreadView, thread_text

TICK_S = 0.1
REPAINTS_PER_S = 2
REPAINT_S = 0.25
COACH_S = 8.0
NARROW = 100

class PlayScreen(Screen[None]):
    CSS_PATH = "play.tcss"
    BINDINGS = [
        Binding("p", "pause", "Pause"),
        Binding("question_mark", "help", "Help", key_display="?"),
        Binding("q", "quit", "Quit"),
        Binding("tab", "app.focus_next", "Next pane: feed → thread → reply", show=False),
        Binding("shift+tab", "app.focus_previous", "Previous pane", show=False),
    ]

    def __init__(self, first: Update | None = None) -> None:
        super().__init__()
        self._first = first or Update()
        self._paint_slot = -1
        self._thread_for: str | None = None
        self._coach_timer: Timer | None = None
        self._pending = Update()
        self._painted_at = 0.0
        self.sort = SORTS[0]  # the feed's order: by urgency, or newest first ('o' switches)

    @property
    def drill_app(self) -> DrillHost:
        return host(self.app)

    @property
    def session(self) -> DrillSession:
        return self.drill_app.session

    # ------------------------------------------------------------------ layout
    def compose(self) -> ComposeResult:
        model = self.session.model
        yield DrillHeader(id="header")
        with Horizontal(id="main"):
            with Vertical(id="left"):
                yield Line(id="feed-title")
                yield FeedView(self._row, model.channel_names, id="feed")
            with Vertical(id="right"):
                yield ThreadView(id="thread")
                yield Static(id="coach")
                yield Composer(id="composer")
        yield Line(id="status")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#feed", FeedView).focus()
        self.set_interval(TICK_S, self.tick)
        self._paint(self._first)

    def on_resize(self, event: Resize) -> None:
        self.set_class(event.size.width < NARROW, "-narrow")


    # ------------------------------------------------------------------ the clock
    def tick(self) -> None:
        """One timer drives everything; a skipped tick is caught up by the next one. New events
        are recorded at once, but the feed repaints at most every REPAINT_S (and for the
        countdowns twice a drill second), so a flood of arrivals costs a few frames a second."""
        session = self.session
        if session.clock.paused or self.drill_app.summary_shown:
            return
        update = session.tick()
        self._pending.events.extend(update.events)
        self._pending.changed |= update.changed
        now_real = time.monotonic()
        slot = int(session.now() * REPAINTS_PER_S)
        due = self._pending.events and now_real - self._painted_at >= REPAINT_S
        if due or slot != self._paint_slot or session.finished:
            self._paint(self._pending)
        if session.finished:
            self.drill_app.show_summary()
        else:
            self.drill_app.check_saving()

    def _row(self, post_id: str) -> tuple[FeedItem, int, int] | None:
        item = self.session.model.items.get(post_id)
        if item is None:
            return None
        view = self.session.engine.post(post_id)
        return item, view.likes, view.shares

    def _paint(self, update: Update) -> None:
        session = self.session
        now = session.now()
        self._paint_slot = int(now * REPAINTS_PER_S)
        self._painted_at = time.monotonic()
        self._pending = Update()
        feed = self.query_one("#feed", FeedView)
        self.query_one("#feed-title", Line).show(feed_title(self.sort, feed.size.width))
        feed.set_rows(session.model.order(now, self.sort), now)
        self._announce_facts(update)
        self.query_one("#header", DrillHeader).show_drill(session.model, now,
                                                          session.engine.duration)
        selected = feed.selected_id
        if selected != self._thread_for or (
            selected and update.changed
            and {i.post_id for i in session.model.thread(selected)} & update.changed
        ):
            self._show_thread(selected)

    def _announce_facts(self, update: Update) -> None:
        """A fact that became known is news the trainee must not miss: a toast and the status
        line (it is in the statement dialog's known facts from now on)."""
        for event in update.events:
            if event.kind == EventKind.FACT_UPDATE:
                text = str(event.data.get("text", ""))
                self.app.notify(text, title="New fact: you may state it now", timeout=15)
                self.status(f"New fact: {text}", "bold cyan")

    def _show_thread(self, post_id: str | None) -> None:
        self._thread_for = post_id
        self.query_one("#thread", ThreadView).show(thread_text(self.session.model, post_id))

    def on_feed_view_selected(self, message: FeedView.Selected) -> None:
        self._show_thread(message.post_id)
        item = self.session.model.items.get(message.post_id or "")
        composer = self.query_one("#composer", Composer)
        if item is None:
            composer.set_target(Text("Reply to: –"), None)
            return
        channel = self.session.scenario.channel(item.channel)
        if composer.dm_mode:  # another post: back to a plain reply
            composer.set_dm_mode(False, Text(""))
        composer.set_target(self._post_label(item, prefix="Reply to "), channel.max_length)

    def _post_label(self, item: FeedItem, prefix: str = "") -> Text:
        channel = self.session.model.channel_names.get(item.channel, item.channel)
        label = Text(prefix, end="")
        label.append(item.author_handle, style="bold")
        label.append(f" on {channel}")
        return label

    # ------------------------------------------------------------------ helpers
    def selected(self) -> FeedItem | None:
        post_id = self.query_one("#feed", FeedView).selected_id
        return self.session.model.items.get(post_id) if post_id else None

    def status(self, message: str, style: str = "") -> None:
        self.query_one("#status", Line).show(Text(message, style=style))

    def _act(self, action: Action, done: str) -> bool:
        try:
            update = self.session.act(action)
        except ActionError as error:
            self.status(f"✗ {error}", "bold red")
            return False
        if self.session.saving_blocked:  # never a plain "✓" for what the file did not get
            self.status(f"{done} (not saved yet: {len(self.session.unsaved)} event(s) "
                        "waiting for the results file)", "bold yellow")
        else:
            self.status(done, "green")
        self._pending.events.extend(update.events)
        self._pending.changed |= update.changed
        self._paint(self._pending)
        self._next_after(action)
        self._coach(update)
        if self.session.finished:
            self.drill_app.show_summary()
        else:
            self.drill_app.check_saving()
        return True

    def _next_after(self, action: Action) -> None:
        """After hide or leave, select the most urgent post still waiting. After a reply or DM
        the post stays selected: escalating it is often the next step."""
        model = self.session.model
        item = model.items.get(action.post_id)
        if item is None or action.kind not in ("hide", "leave"):
            return
        feed = self.query_one("#feed", FeedView)
        for candidate in feed.order:
            if not model.items[candidate].handled:
                feed.select(candidate)
                return

    def _coach(self, update: Update) -> None:
        if not self.drill_app.coach:
            return
        for event in update.events:
            tone = cast(ActionData, event.data).get("tone") \
                if event.kind == EventKind.ACTION else None
            if not tone:
                continue
            text = Text(f"Coach: tone {tone.get('score')}/100\n", style="bold")
            for finding in tone.get("findings", ()):
                points = int(finding.get("points") or 0)
                mark, style = ("+", "green") if points >= 0 else ("−", "red")
                text.append(f" {mark}{abs(points):>2} ", style=f"bold {style}")
                text.append(str(finding.get("label", finding.get("rule", ""))))
                if finding.get("evidence"):
                    text.append(f"  “{finding['evidence']}”", style="dim")
                text.append("\n")
            coach = self.query_one("#coach", Static)
            coach.update(text)
            coach.display = True
            if self._coach_timer is not None:
                self._coach_timer.stop()
            self._coach_timer = self.set_timer(COACH_S, self._hide_coach)

    def _hide_coach(self) -> None:
        self.query_one("#coach", Static).display = False

    # ------------------------------------------------------------------ actions
    def action_reply(self) -> None:
        self.query_one("#composer", Composer).area.focus()

    def action_feed(self) -> None:
        composer = self.query_one("#composer", Composer)
        if composer.dm_mode:
            item = self.selected()
            composer.set_dm_mode(False, self._post_label(item, prefix="Reply to ")
                                 if item is not None else Text("Reply to: –"))
        self.query_one("#feed", FeedView).focus()

    def action_template(self) -> None:
        item = self.selected()
        if item is None:
            self.status("No post selected yet.", "yellow")
            return
        templates = [t for t in self.session.scenario.templates
                     if not t.channels or item.channel in t.channels]
        if not templates:
            self.status("This scenario has no templates for this channel.", "yellow")
            return
        post_id = item.post_id

        def chosen(template_id: str | None) -> None:
            if template_id is None:
                return
            text, cursor = self.session.engine.fill_template(template_id, post_id)
            self.query_one("#composer", Composer).fill(text, cursor, template_id)
            self.status("Template in: personalise the selected part, then Ctrl+S.", "")

        self.app.push_screen(TemplateScreen(templates), chosen)

    def action_send(self) -> None:
        item = self.selected()
        composer = self.query_one("#composer", Composer)
        text = composer.text.strip()
        if item is None:
            self.status("Select a post first (Esc, then ↑/↓).", "yellow")
            return
        if composer.dm_mode:
            self._dm()
            return
        if not text:
            self.status("Type a reply first, or pick a template with Ctrl+T.", "yellow")
            return
        limit = composer.limit
        if limit is not None and len(text) > limit:
            self.status(f"✗ Too long for this channel: {len(text)}/{limit} characters.",
                        "bold red")
            return
        action = Action("reply", item.post_id, text=text, template_id=composer.template_id)

        def send(really: bool | None = True) -> None:
            if really and self._act(action, f"✓ Replied to {item.author_handle} · e: escalate "
                                    "it · g: most urgent post"):
                composer.clear()
                self.action_feed()
            elif not really:
                self.status("Not sent: replace the placeholder with this customer's words.",
                            "yellow")
                composer.area.focus()

        self._unless_unfilled(text, send)

    def _unless_unfilled(self, text: str, send: Callable[[bool | None], None]) -> None:
        """Ask before a public text goes out with a template placeholder still in it."""
        from scoring.tone import unfilled_placeholder

        span = unfilled_placeholder(text)
        if span is None:
            send(True)
            return
        self.app.push_screen(ConfirmScreen(
            f"Send with “{text[span[0]:span[1]]}” still in it?",
            "The customer would see the placeholder, and the reply loses 30 points. "
            "n / Esc: back to the reply to fill it in."), send)

    def _dm(self) -> None:
        item = self.selected()
        if item is None:
            return
        composer = self.query_one("#composer", Composer)
        text = composer.text.strip() or None
        action = Action("dm", item.post_id, text=text, template_id=composer.template_id)

        def move(really: bool | None = True) -> None:
            if really and self._act(action, f"✓ Moved {item.author_handle} to DM"):
                composer.clear()
                self.action_feed()
            elif not really:
                composer.area.focus()

        if text is None:
            move(True)
        else:
            self._unless_unfilled(text, move)

    def action_dm(self) -> None:
        """`d` in the feed opens the composer in DM mode: the public line that says a DM is on
        its way (or nothing), then Ctrl+S moves the post to DM. Nothing moves on one key."""
        item = self.selected()
        if item is None:
            self.status("No post selected yet.", "yellow")
            return
        composer = self.query_one("#composer", Composer)
        composer.set_dm_mode(True, self._post_label(item, prefix="Move to DM: "))
        composer.area.focus()
        self.status("DM mode: write the public line that says you've sent a DM (or leave it "
                    "empty), Ctrl+S moves the post to DM · Esc: back to the feed", "")

    def action_send_dm(self) -> None:
        """Ctrl+O in the composer: this text, privately (the post moves to DM)."""
        self._dm()

    def action_escalate(self) -> None:
        item = self.selected()
        if item is None:
            return

        def chosen(result: Escalation | None) -> None:
            if result is None:
                return
            name = self.session.model.route_names.get(result.route, result.route)
            self._act(Action("escalate", item.post_id, route=result.route, note=result.note),
                      f"✓ Escalated {item.author_handle} to {name}")

        self.app.push_screen(
            EscalateScreen(self.session.scenario.routes, self._post_label(item)), chosen)

    def action_hide(self) -> None:
        item = self.selected()
        if item is None:
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self._act(Action("hide", item.post_id), f"✓ Hid {item.author_handle}'s post")

        self.app.push_screen(ConfirmScreen(
            Text.assemble("Hide ", self._post_label(item), "?"),
            "Hiding a genuine complaint reads as censorship and often comes back angrier. "
            "Hide only spam, abuse or personal data."), answered)

    def action_leave(self) -> None:
        item = self.selected()
        if item is not None:
            self._act(Action("leave", item.post_id), f"✓ Left {item.author_handle}'s post alone")

    def action_most_urgent(self) -> None:
        """The open post that most needs an answer now (time left against its target, less a
        head start for what the trainee can see: gone viral, a loud author, serious words),
        whatever the sort and wherever it sits in the feed."""
        model = self.session.model
        post_id = model.most_urgent(self.session.now())
        if post_id is None:
            self.status("Nothing is waiting: every post has been handled.", "green")
            return
        feed = self.query_one("#feed", FeedView)
        feed.set_rows(model.order(self.session.now(), self.sort), self.session.now(),
                      force=True)
        feed.select(post_id)
        feed.focus()

    def action_sort(self) -> None:
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
        feed = self.query_one("#feed", FeedView)
        self.query_one("#feed-title", Line).show(feed_title(self.sort, feed.size.width))
        feed.set_rows(self.session.model.order(self.session.now(), self.sort),
                      self.session.now(), force=True)
        self.status(f"Feed sorted by {self.sort}" + (
            " (most urgent on top: time left, less a head start for viral, loud or serious "
            "posts)" if self.sort == "urgency" else " (o: by urgency again; g: most urgent)"),
            "")

    def action_statement(self) -> None:
        """An official statement on the brand's channel: the holding message first, then
        updates. Its score and what it lacks show in the status line at once."""
        from simulator.tui.screens.statement import StatementScreen

        brand = self.session.scenario.brand

        def written(text: str | None) -> None:
            if text is None:
                return
            number = self.session.engine.statements + 1
            if self._act(Action(STATEMENT_ACTION, "", text=text), "✓ Statement published"):
                report = self.session.engine.log_statement(number)
                missing = [m["label"].lower() for m in report.get("missing", [])]
                self.status(f"✓ Statement {number} published (score {report.get('score')})"
                            + (f" · missing: {'; '.join(missing[:2])}" if missing else ""),
                            "green")

        self.app.push_screen(StatementScreen(self.session.engine.statements + 1, brand.hashtag,
                                             brand.info_link, tuple(self.session.model.facts)),
                             written)

    def action_pause(self) -> None:
        self.drill_app.pause_drill()

    def action_help(self) -> None:
        self.drill_app.show_help()

    def action_quit(self) -> None:
        self.drill_app.action_quit_drill()
