"""Observer notes: what the facilitator saw a trainee do, timestamped in that trainee's drill.

Each note is written twice, on purpose: as a `note` event in the trainee's drill (at the drill's
latest recorded time), so the ordinary single-drill debrief shows it in the timeline, and as a row
of `session_notes`, so the session report can list every note of the team in one place.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from simulator.drill.events import EventKind, NoteData
from simulator.printable import printable
from simulator.store import Store
from simulator.store.store import iso
from simulator.team.sessions import SessionError, require_session, require_trainee, write

OBSERVER = "observer"


@dataclass(frozen=True, slots=True)
class ObserverNote:
    id: int
    session: str
    trainee: str
    drill_id: int | None
    t: float | None
    created_at: str
    author: str | None
    text: str


def latest_drill(store: Store, code: str, trainee: str) -> dict[str, Any] | None:
    rows = store.query(
        "SELECT * FROM drills WHERE session = ? AND trainee = ? ORDER BY started_at DESC, id DESC "
        "LIMIT 1", (code, trainee))
    return rows[0] if rows else None


def add_note(
    store: Store, code: str, trainee: str, text: str, *, author: str | None = None
) -> ObserverNote:
    """Note `text` about `trainee` now; in their latest drill of the session if they have one."""
    text = printable(text.strip())  # shown in terminals: no escape sequences
    author = printable(author) if author is not None else None
    if not text:
        raise SessionError("an observer note needs text")
    session = require_session(store, code)
    trainee = require_trainee(store, session.code, trainee)
    drill = latest_drill(store, session.code, trainee)
    drill_id = drill["id"] if drill else None
    t = float(drill["last_t"]) if drill else None
    if drill_id is not None:
        store.record(drill_id, {"t": t, "kind": EventKind.NOTE, "post_id": None,
                                "data": NoteData(text=text, by=OBSERVER, author=author)})
    stamp = iso(store.now())

    def work(conn: sqlite3.Connection) -> int:
        cursor = conn.execute(
            "INSERT INTO session_notes (session, trainee, drill_id, t, created_at, author, text) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (session.code, trainee, drill_id, t, stamp, author, text))
        return int(cursor.fetchone()[0])

    note_id = write(store, work, "saving a note")
    return ObserverNote(note_id, session.code, trainee, drill_id, t, stamp, author, text)


def session_notes(store: Store, code: str, trainee: str | None = None, *,
                  after_id: int = 0) -> list[ObserverNote]:
    """The session's notes in the order written (one trainee's, or those after `after_id`:
    the facilitator's console reads only what is new each second)."""
    if trainee is None:
        rows = store.query("SELECT * FROM session_notes WHERE session = ? AND id > ? ORDER BY id",
                           (code, after_id))
    else:
        rows = store.query("SELECT * FROM session_notes WHERE session = ? AND trainee = ? "
                           "AND id > ? ORDER BY id", (code, trainee, after_id))
    return [ObserverNote(r["id"], r["session"], r["trainee"], r["drill_id"], r["t"],
                         r["created_at"], r["author"], r["text"]) for r in rows]
