"""Several results files into one: trainees' laptops or sites' files gathered into a team's store.

A drill is recognised by its global id (`drills.uid`), never by its local integer id, so a drill
that turns up in several files is written once, and merging the same files again changes nothing.
Each source is read from a consistent snapshot (SQLite's backup API) upgraded in a temporary
folder: a source is never written to, even when it is from an older crisis-drill.

One drill in two files is compared on its event log and its summary (who, what, status, scores):
- the same: nothing to do ("already there");
- one copy's log is the start of the other's, and the shorter one never finished (the file was
  copied while the drill was being played, or before its end was settled): the longer copy
  replaces it, and the report says so ("updated");
- anything else: a conflict. Neither copy is changed, and the report names the drill, both files
  and what differs; the command exits 1 after merging everything else.

Team sessions travel with their drills: a session new to the target is added with its members,
injects and observer notes; one already there (the same code, scenario and creation time: copies
of one shared file) gains what it lacks. A session code that means another session in the target
is a conflict, and that session's drills are left out with it.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from simulator.store import FINISHED, Store, StoreError

DRILL_COLUMNS = (
    "uid", "trainee", "team", "session", "mode", "bot", "scenario_id", "scenario_title",
    "scenario_hash", "seed", "app_version", "started_at", "ended_at", "status", "last_t", "speed",
    "tone", "escalation", "composite", "score", "writer_pid", "writer_host", "updated_at")
# What makes two copies of a drill the same drill with the same outcome (not its heartbeat).
COMPARED = ("trainee", "team", "session", "mode", "bot", "scenario_id", "scenario_hash", "seed",
            "started_at", "ended_at", "status", "speed", "tone", "escalation", "composite")
EVENT_COLUMNS = ("seq", "t", "kind", "post_id", "data")
POST_COLUMNS = (
    "post_id", "arrived_t", "channel", "author_name", "author_handle", "author_kind", "followers",
    "kind", "text", "severity", "expect_route", "likes", "shares", "comments", "threshold_t",
    "data", "parent_id", "topic", "source")
ACTION_COLUMNS = ("seq", "t", "post_id", "kind", "text", "template_id", "route", "note",
                  "tone_score", "tone_findings")
FINDING_COLUMNS = ("rule", "effect", "label", "guidance", "count", "points")
SESSION_COLUMNS = ("code", "scenario_id", "scenario_title", "scenario_ref", "scenario_hash",
                   "seed", "mode", "status", "team", "created_at", "released_at")
SAME_SESSION = ("scenario_id", "scenario_hash", "seed", "mode", "created_at")


@dataclass(frozen=True, slots=True)
class Conflict:
    what: str  # "drill 6f0c… (ana, food-rumour, 2026-01-05 09:00)" or "session AB3K9X"
    source: str
    why: str

    def __str__(self) -> str:
        return f"{self.what} in {self.source}: {self.why}"


@dataclass
class MergeReport:
    files: int = 0
    added: int = 0
    already: int = 0
    updated: int = 0
    sessions_added: int = 0
    conflicts: list[Conflict] = field(default_factory=list)


@dataclass
class _Drill:
    row: dict[str, Any]
    events: list[tuple[Any, ...]]


def merge_files(target: Store, sources: Sequence[Path]) -> MergeReport:
    """Merge every source file into `target`, in the order given (see the module docstring)."""
    report = MergeReport()
    for source in sources:
        with _Snapshot(source) as store:
            _merge_one(target, store, str(source), report)
        report.files += 1
    return report


class _Snapshot:
    """A consistent, upgraded, private copy of a source file, opened as a Store."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path).expanduser()
        self.folder = tempfile.TemporaryDirectory(prefix="crisis-drill-merge-")
        self.store: Store | None = None

    def __enter__(self) -> Store:
        copy = Path(self.folder.name) / "source.db"
        if self.path.is_dir():
            raise StoreError(f"{self.path} is a folder, not a results file")
        if not self.path.exists():
            raise StoreError(f"no results file at {self.path}")
        try:
            source = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True)
            try:
                with sqlite3.connect(copy) as dest:
                    source.backup(dest)
                dest.close()
            finally:
                source.close()
        except sqlite3.Error as error:
            self.folder.cleanup()
            raise StoreError(f"{self.path} cannot be read as a results file ({error})") from None
        try:
            self.store = Store.open(copy)
        except StoreError as error:
            self.folder.cleanup()
            raise StoreError(str(error).replace(str(copy), str(self.path))) from None
        return self.store

    def __exit__(self, *exc: object) -> None:
        if self.store is not None:
            self.store.close()
        self.folder.cleanup()


def _label(row: Mapping[str, Any]) -> str:
    started = str(row.get("started_at") or "")[:16].replace("T", " ")
    return f"drill {row['uid']} ({row['trainee']}, {row['scenario_id']}, {started})"


def _events(store: Store, drill_id: int) -> list[tuple[Any, ...]]:
    return [tuple(row[c] for c in EVENT_COLUMNS) for row in store.query(
        f"SELECT {', '.join(EVENT_COLUMNS)} FROM events WHERE drill_id = ? ORDER BY seq",
        (drill_id,))]


def _merge_one(target: Store, source: Store, name: str, report: MergeReport) -> None:
    skipped_sessions = _merge_sessions(target, source, name, report)
    for row in source.query("SELECT * FROM drills ORDER BY started_at, id"):
        if row.get("session") in skipped_sessions:
            continue
        if not row.get("uid"):
            raise StoreError(f"{name}: drill {row['id']} has no global id")
        mine = _Drill(row, _events(source, row["id"]))
        found = target.query("SELECT * FROM drills WHERE uid = ?", (row["uid"],))
        if not found:
            _write_drill(target, source, mine, replace=None)
            report.added += 1
            continue
        theirs = _Drill(found[0], _events(target, found[0]["id"]))
        verdict = _compare(theirs, mine)
        if verdict == "same" or verdict == "older":
            report.already += 1
        elif verdict == "newer":
            _write_drill(target, source, mine, replace=int(theirs.row["id"]))
            report.updated += 1
        else:
            report.conflicts.append(Conflict(_label(row), name, verdict))
    _merge_notes(target, source, skipped_sessions)


def _compare(held: _Drill, incoming: _Drill) -> str:
    """`same`, `newer` (incoming continues held), `older` (held continues incoming), or why
    they conflict."""
    same_log = held.events == incoming.events
    differs = [c for c in COMPARED if held.row.get(c) != incoming.row.get(c)]
    if same_log and not differs:
        return "same"
    # One copy caught the drill before it was over: its log is the start of the other's.
    if _continues(incoming, held):
        return "newer"
    if _continues(held, incoming):
        return "older"
    if same_log:
        shown = ", ".join(f"{c} {held.row.get(c)!r} here, {incoming.row.get(c)!r} there"
                          for c in differs[:3])
        return f"the same events but a different summary ({shown})"
    first = next((i for i, (a, b) in enumerate(zip(held.events, incoming.events, strict=False))
                  if a != b), min(len(held.events), len(incoming.events)))
    return (f"the event logs differ from event {first + 1} on ({len(held.events)} events in "
            f"the merged file, {len(incoming.events)} in this one)")


def _continues(longer: _Drill, shorter: _Drill) -> bool:
    """`longer` is `shorter` played on: the same drill, its log a (not shorter) extension, and
    `shorter` never finished (or finished with the same log but its end not yet settled)."""
    if shorter.row.get("status") == FINISHED:
        return False
    fixed = ("trainee", "scenario_id", "scenario_hash", "seed", "started_at")
    if any(longer.row.get(c) != shorter.row.get(c) for c in fixed):
        return False
    n = len(shorter.events)
    if longer.events[:n] != shorter.events:
        return False
    return len(longer.events) > n or longer.row.get("status") == FINISHED


def _insert(conn: Any, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    if rows:
        marks = ", ".join("?" * len(columns))
        conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)


def _write_drill(target: Store, source: Store, drill: _Drill, *, replace: int | None) -> None:
    """Copy one drill with its events, posts, actions and finding counts in one transaction."""
    source_id = int(drill.row["id"])
    posts = [tuple(r[c] for c in POST_COLUMNS) for r in source.query(
        "SELECT * FROM posts WHERE drill_id = ? ORDER BY id", (source_id,))]
    actions = source.query(
        "SELECT a.*, e.seq AS event_seq FROM actions a LEFT JOIN events e ON e.id = a.event_id "
        "WHERE a.drill_id = ? ORDER BY a.seq, a.id", (source_id,))
    findings = [tuple(r[c] for c in FINDING_COLUMNS) for r in source.query(
        "SELECT * FROM drill_findings WHERE drill_id = ?", (source_id,))]
    values = [drill.row.get(c) for c in DRILL_COLUMNS]

    def work(conn: Any) -> None:
        if replace is None:
            marks = ", ".join("?" * len(DRILL_COLUMNS))
            drill_id = conn.execute(
                f"INSERT INTO drills ({', '.join(DRILL_COLUMNS)}) VALUES ({marks}) RETURNING id",
                values).fetchone()[0]
        else:
            drill_id = replace
            for table in ("actions", "drill_findings", "posts", "events"):
                conn.execute(f"DELETE FROM {table} WHERE drill_id = ?", (drill_id,))
            sets = ", ".join(f"{c} = ?" for c in DRILL_COLUMNS)
            conn.execute(f"UPDATE drills SET {sets} WHERE id = ?", (*values, drill_id))
        _insert(conn, "events", ("drill_id", *EVENT_COLUMNS),
                [(drill_id, *event) for event in drill.events])
        event_ids = dict(conn.execute("SELECT seq, id FROM events WHERE drill_id = ?",
                                      (drill_id,)).fetchall())
        _insert(conn, "posts", ("drill_id", *POST_COLUMNS), [(drill_id, *p) for p in posts])
        _insert(conn, "actions", ("drill_id", "event_id", *ACTION_COLUMNS),
                [(drill_id, event_ids.get(a["event_seq"]), *(a[c] for c in ACTION_COLUMNS))
                 for a in actions])
        _insert(conn, "drill_findings", ("drill_id", *FINDING_COLUMNS),
                [(drill_id, *f) for f in findings])

    target.write(work, "merging a drill")


def _merge_sessions(target: Store, source: Store, name: str, report: MergeReport) -> set[str]:
    """Add the source's sessions; returns the codes that conflict (their drills stay out)."""
    skipped: set[str] = set()
    for row in source.query("SELECT * FROM sessions ORDER BY created_at, code"):
        code = row["code"]
        held = target.query("SELECT * FROM sessions WHERE code = ?", (code,))
        if held and any(held[0][c] != row[c] for c in SAME_SESSION):
            skipped.add(code)
            report.conflicts.append(Conflict(
                f"session {code}", name, "the merged file has another session with this code "
                f"({held[0]['scenario_id']}, created {held[0]['created_at']}); this session "
                "and its drills were left out"))
            continue
        members = [tuple(r[c] for c in ("session", "trainee", "joined_at")) for r in
                   source.query("SELECT * FROM session_members WHERE session = ?", (code,))]
        injects = source.query("SELECT * FROM session_injects WHERE session = ? ORDER BY id",
                               (code,))
        have = {(r["created_at"], r["label"], r["payload"], r["target"]) for r in target.query(
            "SELECT * FROM session_injects WHERE session = ?", (code,))}
        fresh = [tuple(r[c] for c in ("session", "created_at", "kind", "label", "payload",
                                      "target"))
                 for r in injects
                 if (r["created_at"], r["label"], r["payload"], r["target"]) not in have]

        def work(conn: Any, row: Mapping[str, Any] = row, held: bool = bool(held),
                 members: list[tuple[Any, ...]] = members,
                 fresh: list[tuple[Any, ...]] = fresh) -> None:
            if not held:
                _insert(conn, "sessions", SESSION_COLUMNS, [[row[c] for c in SESSION_COLUMNS]])
            for member in members:
                conn.execute("INSERT INTO session_members (session, trainee, joined_at) "
                             "VALUES (?, ?, ?) ON CONFLICT DO NOTHING", member)
            _insert(conn, "session_injects",
                    ("session", "created_at", "kind", "label", "payload", "target"), fresh)

        target.write(work, "merging a session")
        report.sessions_added += 0 if held else 1
    return skipped


def _merge_notes(target: Store, source: Store, skipped: set[str]) -> None:
    """Observer notes, their drill found again by its global id; a note already there (same
    session, trainee, time and text) is not added twice."""
    rows = source.query(
        "SELECT n.*, d.uid AS drill_uid FROM session_notes n LEFT JOIN drills d "
        "ON d.id = n.drill_id ORDER BY n.id")
    for row in rows:
        if row["session"] in skipped:
            continue
        held = target.query(
            "SELECT 1 AS one FROM session_notes WHERE session = ? AND trainee = ? AND "
            "created_at = ? AND text = ?",
            (row["session"], row["trainee"], row["created_at"], row["text"]))
        if held:
            continue
        found = target.query("SELECT id FROM drills WHERE uid = ?", (row["drill_uid"],)) \
            if row["drill_uid"] else []
        drill_id = found[0]["id"] if found else None
        values = (row["session"], row["trainee"], drill_id, row["t"], row["created_at"],
                  row["author"], row["text"])
        target.write(lambda conn, values=values: conn.execute(
            "INSERT INTO session_notes (session, trainee, drill_id, t, created_at, author, text) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)", values), "merging a note")


def same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False
