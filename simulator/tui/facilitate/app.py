"""`crisis-drill facilitate CODE`: every trainee of a session live, and the facilitator's levers.

The table is re-read from the shared results file once a second in a worker thread (the file may
have thirty writers; reading never blocks the keyboard), and only the cells change, so the
cursor stays on the trainee the facilitator is watching. Sending an inject, a note or the release
is one short write, also off the UI thread; each is echoed in the log below the table with the
wall-clock time it was sent.
"""

from __future__ import annotations

import shlex
from datetime import UTC, datetime
from pathlib import Path

from rich.text import Text
from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Footer, Header, RichLog, Static

from simulator.scenario.model import Scenario
from simulator.session import SessionError, get_session, release
from simulator.session import injects as inj
from simulator.session.notes import add_note, session_notes
from simulator.session.progress import ProgressTracker, TraineeProgress
from simulator.session.sessions import TeamSession
from simulator.store import Store, StoreError
from simulator.tui.facilitate.prompt import PromptScreen
from simulator.tui.facilitate.rows import COLUMNS, cells, row_key

REFRESH_S = 1.0


class FacilitatorConsole(App[None]):
    TITLE = "crisis-drill · facilitator"
    CSS_PATH = "console.tcss"
    ENABLE_COMMAND_PALETTE = False  # every action has its key, and the footer needs the room
    # Short labels: all eleven keys must fit the footer of a 120-column terminal (the guide and
    # the tooltips say more).
    BINDINGS = [
        Binding("r", "release", "Release", tooltip="Start every waiting clock"),
        Binding("j", "ready('journalist')", "Journalist", tooltip="Inject: a journalist calls"),
        Binding("v", "ready('screenshot')", "Screenshot",
                tooltip="Inject: a screenshot of a bad reply goes viral"),
        Binding("c", "ready('ceo')", "CEO", tooltip="Inject: the CEO tweets"),
        Binding("p", "post_file", "Post file", tooltip="Inject a post from a YAML file"),
        Binding("plus", "pace(2.0)", "×2", key_display="+", tooltip="Pace of arrivals ×2"),
        Binding("minus", "pace(0.5)", "×½", key_display="-", tooltip="Pace of arrivals ×½"),
        Binding("equals_sign", "pace(1.0)", "×1", key_display="=", tooltip="Pace back to normal"),
        Binding("t", "target", "Target", tooltip="Injects to everyone or the selected trainee"),
        Binding("n", "note", "Note", tooltip="Observer note on the selected trainee"),
        Binding("q", "quit", "Quit"),
    ]

    def __init__(self, store: Store, code: str, scenario: Scenario, *, author: str | None = None,
                 refresh_s: float = REFRESH_S) -> None:
        super().__init__()
        self.store = store
        self.code = code
        self.scenario = scenario
        self.author = author
        self.refresh_s = refresh_s
        self.tracker = ProgressTracker(store, code, scenario)
        self.session: TeamSession | None = get_session(store, code)
        self.progress: list[TraineeProgress] = []
        self.target: str | None = None  # injects go to everyone, or to this trainee only
        self._shown: dict[str, dict[str, str]] = {}  # row key → column → text on screen
        # What the log told the facilitator, line by line as written (the RichLog wraps them to
        # the window, so its lines are not the messages).
        self.messages: list[str] = []
        self.sub_title = f"session {code}"

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="session-info")
        yield DataTable(id="trainees", cursor_type="row", zebra_stripes=True)
        yield Static(id="empty")
        yield Static(Text("Injects and notes", style="bold"), id="log-title")
        yield RichLog(id="log", wrap=True, markup=False)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#trainees", DataTable)
        for key, label in COLUMNS:
            table.add_column(label, key=key)
        log = self.query_one("#log", RichLog)
        for line in history(self.store, self.code, self.session):  # a reopened console forgets
            log.write(Text(line))                                   # nothing it sent
        self.show(self.session, self.tracker.refresh())
        self.set_interval(self.refresh_s, self.reload)

    # ------------------------------------------------------------------ the view
    @work(thread=True, exclusive=True, group="reload")
    def reload(self) -> None:
        try:
            session, rows = get_session(self.store, self.code), self.tracker.refresh()
        except StoreError as error:
            self.call_from_thread(self.notify, str(error), severity="error", markup=False)
            return
        self.call_from_thread(self.show, session, rows)

    def show(self, session: TeamSession | None, rows: list[TraineeProgress]) -> None:
        self.session = session
        self.progress = rows
        self.query_one("#session-info", Static).update(self.info_text())
        table = self.query_one("#trainees", DataTable)
        keys = {row_key(p) for p in rows}
        for gone in [key for key in table.rows if key.value not in keys]:
            table.remove_row(gone)  # a waiting trainee whose drill has now started
            self._shown.pop(str(gone.value), None)
        for progress in rows:
            key = row_key(progress)
            values = cells(progress)
            shown = self._shown.setdefault(key, {})
            if key in table.rows:
                for column, value in values.items():
                    if shown.get(column) != value.plain:  # thirty rows a second: only changes
                        table.update_cell(key, column, value, update_width=True)
            else:
                table.add_row(*(values[k] for k, _ in COLUMNS), key=key)
            shown.update({column: value.plain for column, value in values.items()})
        empty = self.query_one("#empty", Static)
        empty.display = not rows
        if not rows:
            empty.update(Text(
                "Nobody has joined yet. Trainees run:\n  crisis-drill play --join "
                f"{self.code} --trainee NAME --db {shlex.quote(self.store.db_argument())}"))

    def info_text(self) -> Text:
        session = self.session
        text = Text(f"Session {self.code} · {self.scenario.title} · ", style="")
        if session is None:
            return text + Text("session not found", style="bold red")
        text.append(f"seed {session.seed} · {session.mode} start · ")
        if session.clock_waits:
            text.append("clocks are waiting: press r to release them", style="bold yellow")
        elif session.released_at:
            text.append(f"released {session.released_at[11:19]} UTC", style="green")
        else:
            text.append("each trainee starts their own clock")
        running = sum(1 for p in self.progress if p.status == "running")
        text.append(f" · {len(self.progress)} joined, {running} running · injects go to ")
        text.append(self.target or "everyone", style="bold")
        return text

    def selected(self) -> TraineeProgress | None:
        table = self.query_one("#trainees", DataTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return next((p for p in self.progress if row_key(p) == key), None)

    def logged(self, line: str, style: str = "") -> None:
        stamp = datetime.now(UTC).strftime("%H:%M:%S")  # UTC, like the stored history
        self.messages.append(line)
        self.query_one("#log", RichLog).write(Text(f"{stamp} {line}", style=style))

    # ------------------------------------------------------------------ the levers
    def action_target(self) -> None:
        """Switch injects between everyone and the selected trainee."""
        chosen = self.selected()
        if self.target is not None or chosen is None:
            self.target = None
        else:
            self.target = chosen.trainee
        self.query_one("#session-info", Static).update(self.info_text())

    def action_release(self) -> None:
        if self.session is not None and self.session.released_at:
            self.logged(f"already released at {self.session.released_at[11:19]} UTC: the clocks "
                        "are running")
            return
        self._release()

    @work(thread=True, group="send")
    def _release(self) -> None:
        try:
            session = release(self.store, self.code)
        except (StoreError, SessionError) as error:
            self.call_from_thread(self.logged, f"release failed: {error}", "red")
            return
        self.call_from_thread(self.logged, "released: clocks start")
        self.call_from_thread(self.show, session, self.progress)

    def action_ready(self, key: str) -> None:
        item = inj.ready_made(key)
        self.send(item.label, post=inj.ready_made_post(item, self.scenario))

    def action_pace(self, factor: float) -> None:
        self.send(f"Pace ×{factor:g}", pace=factor)

    def action_post_file(self) -> None:
        def chosen(answer: str | None) -> None:
            if not answer:
                return
            path = Path(answer).expanduser()
            try:
                post = inj.post_from_file(path, self.scenario)
            except inj.InjectFileError as error:
                self.logged(f"not sent: {error}", "red")
                return
            self.send(f"Post from {path.name}", post=post)

        self.push_screen(PromptScreen("Inject a post from a YAML file",
                                      "path/to/post.yaml (text, author, route, channel, ...)"),
                         chosen)

    def send(self, label: str, *, post: dict | None = None, pace: float | None = None) -> None:
        self._send(label, post, pace, self.target)

    @work(thread=True, group="send")
    def _send(self, label: str, post: dict | None, pace: float | None,
              target: str | None) -> None:
        try:
            sent = inj.send(self.store, self.code, label=label, post=post, pace=pace,
                            target=target)
        except (StoreError, SessionError) as error:
            self.call_from_thread(self.logged, f"not sent: {error}", "red")
            return
        self.call_from_thread(self.logged,
                              f"inject {sent.id}: {label} → {target or 'everyone'}")

    def action_note(self) -> None:
        trainee = self.selected()
        if trainee is None:
            self.notify("Nobody to write about yet: notes go to the selected trainee.")
            return

        def written(text: str | None) -> None:
            if text:
                self._note(trainee.trainee, text)

        self.push_screen(PromptScreen(f"Observer note about {trainee.trainee}",
                                      "what you saw (it goes into their debrief)"), written)

    @work(thread=True, group="send")
    def _note(self, trainee: str, text: str) -> None:
        try:
            note = add_note(self.store, self.code, trainee, text, author=self.author)
        except (StoreError, SessionError) as error:
            self.call_from_thread(self.logged, f"note not saved: {error}", "red")
            return
        at = f" at {note.t:.0f}s" if note.t is not None else ""
        self.call_from_thread(self.logged, f"note on {trainee}{at}: {text}")


def history(store: Store, code: str, session: TeamSession | None) -> list[str]:
    """What the console has done in this session so far, oldest first, stamped in UTC: its
    injects, the release and the observer notes, all read back from the shared file."""
    entries = [(sent.created_at, f"inject {sent.id}: {sent.label} → {sent.target or 'everyone'}")
               for sent in inj.injects_after(store, code)]
    if session is not None and session.released_at:
        entries.append((session.released_at, "released: clocks start"))
    for note in session_notes(store, code):
        at = f" at {note.t:.0f}s" if note.t is not None else ""
        entries.append((note.created_at, f"note on {note.trainee}{at}: {note.text}"))
    return [f"{stamp[11:19]} {line}" for stamp, line in sorted(entries)]


def make_console(store: Store, code: str, scenario: Scenario, *, author: str | None = None,
                 refresh_s: float = REFRESH_S) -> FacilitatorConsole:
    """The console for session `code` on an open results file (tests pass a temporary one)."""
    return FacilitatorConsole(store, code, scenario, author=author, refresh_s=refresh_s)
