"""`crisis-drill facilitate CODE`: every trainee of a session live, and the facilitator's levers.

The table is re-read from the shared results file once a second in a worker thread (the file may
have thirty writers; reading never blocks the keyboard), and only the cells change, so the
cursor stays on the trainee the facilitator is watching. Sending an inject, a note or the release
is one short write, also off the UI thread. The log below the table is the session's own record,
read from the file with the table: every inject, note and release, whether this console sent it,
another console did, or `crisis-drill session inject/note/release` from a shell; each once, with
the wall-clock time (UTC) it was sent.
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

from simulator.debrief.triage_report import clock
from simulator.scenario.model import Scenario
from simulator.store import Store, StoreError
from simulator.team import SessionError, get_session, release
from simulator.team import injects as inj
from simulator.team.notes import ObserverNote, add_note, session_notes
from simulator.team.progress import READING, READY, ProgressTracker, TraineeProgress
from simulator.team.sessions import TeamSession
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
        # What of the session's record the log shows already (each inject and note once, whoever
        # sent it): the reload reads only rows after the highest ids.
        self._logged_injects: set[int] = set()
        self._logged_notes: set[int] = set()
        self._logged_release = False
        # The highest ids read from the file so far: the next reload reads only rows after them.
        # Only what was read moves them (an inject this console sent may have a higher id than
        # one a shell sent a moment before, which the next read must still find).
        self._after = {"inject": 0, "note": 0}
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
        # A reopened console forgets nothing: what was sent so far, from the file, in order.
        self.record(self.session, inj.injects_after(self.store, self.code),
                    session_notes(self.store, self.code))
        self.show(self.session, self.tracker.refresh())
        self.set_interval(self.refresh_s, self.reload)

    # ------------------------------------------------------------------ the view
    @work(thread=True, exclusive=True, group="reload")
    def reload(self) -> None:
        after_inject, after_note = self._after["inject"], self._after["note"]
        try:
            session, rows = get_session(self.store, self.code), self.tracker.refresh()
            injects = inj.injects_after(self.store, self.code, after_inject)
            notes = session_notes(self.store, self.code, after_id=after_note)
        except StoreError as error:
            self.call_from_thread(self.notify, str(error), severity="error", markup=False)
            return
        self.call_from_thread(self.record, session, injects, notes)
        self.call_from_thread(self.show, session, rows)

    def record(self, session: TeamSession | None, injects: list[inj.Inject],
               notes: list[ObserverNote]) -> None:
        """Log what the file says was sent and the log does not show yet, oldest first."""
        self._after["inject"] = max([self._after["inject"], *(sent.id for sent in injects)])
        self._after["note"] = max([self._after["note"], *(note.id for note in notes)])
        entries = [(sent.created_at, ("inject", sent.id), inject_line(sent))
                   for sent in injects if sent.id not in self._logged_injects]
        entries += [(note.created_at, ("note", note.id), note_line(note))
                    for note in notes if note.id not in self._logged_notes]
        if session is not None and session.released_at and not self._logged_release:
            entries.append((session.released_at, ("release", 0), RELEASED))
        for stamp, (kind, number), line in sorted(entries):
            self.log_once(kind, number, line, stamp=stamp[11:19])

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
        counts = {status: sum(1 for p in self.progress if p.status == status)
                  for status in (READING, READY, "running")}
        ready = f"{counts[READY]} ready, " if session.mode == "together" else ""
        text.append(f" · {len(self.progress)} joined: {counts[READING]} reading the briefing, "
                    f"{ready}{counts['running']} running · injects go to ")
        text.append(self.target or "everyone", style="bold")
        return text

    def selected(self) -> TraineeProgress | None:
        table = self.query_one("#trainees", DataTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return next((p for p in self.progress if row_key(p) == key), None)

    def logged(self, line: str, style: str = "", *, stamp: str | None = None) -> None:
        stamp = stamp or datetime.now(UTC).strftime("%H:%M:%S")  # UTC, like the stored history
        self.messages.append(line)
        self.query_one("#log", RichLog).write(Text(f"{stamp} {line}", style=style))

    def log_once(self, kind: str, number: int, line: str, *, stamp: str | None = None) -> None:
        """Log an inject, note or the release unless the log shows it already (this console's
        own send and the next reload both report it)."""
        if kind in ("inject", "note"):
            seen = self._logged_injects if kind == "inject" else self._logged_notes
            if number in seen:
                return
            seen.add(number)
        else:
            if self._logged_release:
                return
            self._logged_release = True
        self.logged(line, stamp=stamp)

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
        self.call_from_thread(self.log_once, "release", 0, RELEASED)
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
        self.call_from_thread(self.log_once, "inject", sent.id, inject_line(sent))

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
        self.call_from_thread(self.log_once, "note", note.id, note_line(note))


RELEASED = "released: clocks start"


def inject_line(sent: inj.Inject) -> str:
    return f"inject {sent.id}: {sent.label} → {sent.target or 'everyone'}"


def note_line(note: ObserverNote) -> str:
    """`note on ana at 3:20: text`: stamped with the trainee's drill time, as the report is."""
    at = f" at {clock(note.t)}" if note.t is not None else " (no drill yet)"
    return f"note on {note.trainee}{at}: {note.text}"


def make_console(store: Store, code: str, scenario: Scenario, *, author: str | None = None,
                 refresh_s: float = REFRESH_S) -> FacilitatorConsole:
    """The console for session `code` on an open results file (tests pass a temporary one)."""
    return FacilitatorConsole(store, code, scenario, author=author, refresh_s=refresh_s)
