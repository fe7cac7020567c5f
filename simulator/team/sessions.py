"""Team drill sessions: one scenario and seed that every trainee joins with a short code.

A session row pins what makes the team's drills comparable (scenario content hash and seed) and
how the clock starts: `together` drills wait until the facilitator releases the session, then all
clocks start within a poll interval of each other; `individual` drills start on each trainee's key.
Every function takes an open `Store`; writes go through its locked, retried write path.
"""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from simulator.printable import printable
from simulator.store import Store, StoreError
from simulator.store.store import iso
from simulator.team import codes

TOGETHER, INDIVIDUAL = "together", "individual"
MODES = (TOGETHER, INDIVIDUAL)
OPEN, RELEASED, CLOSED = "open", "released", "closed"
CODE_ATTEMPTS = 20


class SessionError(Exception):
    """A session problem a facilitator or trainee can act on (unknown code, closed session)."""


@dataclass(frozen=True, slots=True)
class TeamSession:
    code: str
    scenario_id: str
    scenario_title: str | None
    scenario_ref: str  # a bundled scenario id, or the file's absolute path
    scenario_hash: str
    seed: int
    mode: str
    status: str
    team: str | None
    created_at: str
    released_at: str | None

    @property
    def released(self) -> bool:
        return self.released_at is not None

    @property
    def clock_waits(self) -> bool:
        """True while a joined drill must not start its clock yet."""
        return self.mode == TOGETHER and not self.released

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> TeamSession:
        return cls(**{name: row[name] for name in cls.__slots__})


def write(store: Store, work: Any, doing: str) -> Any:
    """One short write transaction through the store's locked, retried write path. The session
    tables are part of the results file's schema (v3, `simulator.store.schema`)."""
    return store.write(work, doing)


def start_session(
    store: Store,
    scenario: Any,
    scenario_ref: str,
    scenario_hash: str,
    seed: int,
    *,
    mode: str = INDIVIDUAL,
    team: str | None = None,
    rng: random.Random | None = None,
) -> TeamSession:
    """Create a session with a fresh join code (unique in this file)."""
    if mode not in MODES:
        raise SessionError(f"unknown mode {mode!r} (expected {' or '.join(MODES)})")
    rng = rng or random.Random()
    stamp = iso(store.now())

    def work(conn: sqlite3.Connection) -> str:
        for _ in range(CODE_ATTEMPTS):
            code = codes.new_code(rng)
            taken = conn.execute("SELECT 1 FROM sessions WHERE code = ?", (code,)).fetchone()
            if not taken:
                break
        else:
            raise StoreError(f"{store.path}: could not find a free join code")
        conn.execute(
            """INSERT INTO sessions (code, scenario_id, scenario_title, scenario_ref,
                   scenario_hash, seed, mode, status, team, created_at, released_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)""",
            (code, scenario.id, getattr(scenario, "title", None), scenario_ref, scenario_hash,
             int(seed), mode, OPEN, team, stamp),
        )
        return code

    code = write(store, work, "starting a session")
    session = get_session(store, code)
    assert session is not None
    return session


def get_session(store: Store, code: str) -> TeamSession | None:
    rows = store.query("SELECT * FROM sessions WHERE code = ?", (codes.normalize(code),))
    return TeamSession.from_row(rows[0]) if rows else None


def require_session(store: Store, code: str) -> TeamSession:
    """The session, or a SessionError that says which file was searched."""
    normal = codes.normalize(code)
    session = get_session(store, normal)
    if session is None:
        hint = "" if codes.is_well_formed(normal) else (
            f" (codes are {codes.LENGTH} characters from {codes.ALPHABET})")
        raise SessionError(
            f"no session {normal!r} in {store.path}{hint}. Check the code, and that everyone "
            "uses the same results file (--db PATH or $CRISIS_DRILL_DB).")
    return session


def list_sessions(store: Store, limit: int = 20) -> list[TeamSession]:
    rows = store.query("SELECT * FROM sessions ORDER BY created_at DESC LIMIT ?", (limit,))
    return [TeamSession.from_row(row) for row in rows]


def release(store: Store, code: str) -> TeamSession:
    """Start every waiting clock of a `together` session (idempotent: a second release keeps the
    first time). An `individual` session can be released too; it changes nothing for it."""
    session = require_session(store, code)
    stamp = iso(store.now())
    write(store, lambda conn: conn.execute(
        "UPDATE sessions SET released_at = COALESCE(released_at, ?), status = ? "
        "WHERE code = ? AND status != ?",
        (stamp, RELEASED, session.code, CLOSED)), "releasing the session")
    return require_session(store, session.code)


def close(store: Store, code: str) -> TeamSession:
    """No more joins; running drills play on (they keep their session link)."""
    session = require_session(store, code)
    write(store, lambda conn: conn.execute(
        "UPDATE sessions SET status = ? WHERE code = ?", (CLOSED, session.code)),
        "closing the session")
    return require_session(store, session.code)


def link_drill(store: Store, code: str, drill_id: int) -> None:
    """File a drill under its session (the drills table's `session` column)."""
    write(store, lambda conn: conn.execute(
        "UPDATE drills SET session = ? WHERE id = ?", (codes.normalize(code), drill_id)),
        "joining the session")


def join(store: Store, code: str, trainee: str) -> None:
    """Record that `trainee` is in the session (shown as waiting until their drill starts)."""
    stamp = iso(store.now())
    write(store, lambda conn: conn.execute(
        "INSERT INTO session_members (session, trainee, joined_at) VALUES (?, ?, ?) "
        "ON CONFLICT DO NOTHING",
        (codes.normalize(code), printable(trainee), stamp)), "joining the session")


def mark_ready(store: Store, code: str, trainee: str) -> None:
    """Record that `trainee` has read the briefing and waits for the release (together
    sessions: their drill, and its row, only start with the clock). The first time is kept."""
    stamp = iso(store.now())
    write(store, lambda conn: conn.execute(
        "UPDATE session_members SET ready_at = COALESCE(ready_at, ?) "
        "WHERE session = ? AND trainee = ?", (stamp, codes.normalize(code), printable(trainee))),
        "saying the trainee is ready")


def waiting_members(store: Store, code: str) -> list[tuple[str, bool]]:
    """Members without a drill in the session yet, first joined first, each with whether they
    have finished reading the briefing (`mark_ready`)."""
    rows = store.query(
        """SELECT m.trainee, m.ready_at FROM session_members m WHERE m.session = ? AND NOT EXISTS
               (SELECT 1 FROM drills d WHERE d.session = m.session AND d.trainee = m.trainee)
           ORDER BY m.joined_at, m.trainee""", (codes.normalize(code),))
    return [(row["trainee"], row["ready_at"] is not None) for row in rows]


def waiting_trainees(store: Store, code: str) -> list[str]:
    """Members without a drill in the session yet, first joined first."""
    return [name for name, _ in waiting_members(store, code)]


def session_drills(store: Store, code: str) -> list[dict[str, Any]]:
    """The session's drills, first joined first (several per trainee if someone restarted)."""
    return store.query(
        "SELECT * FROM drills WHERE session = ? ORDER BY started_at, id", (codes.normalize(code),))


def require_trainee(store: Store, code: str, trainee: str) -> str:
    """`trainee` as the session knows them (joined, or with a drill in it): a misspelt name must
    not send an inject or a note to nobody and report success."""
    rows = store.query(
        """SELECT trainee FROM session_members WHERE session = ?
           UNION SELECT trainee FROM drills WHERE session = ? ORDER BY trainee""",
        (codes.normalize(code), codes.normalize(code)))
    known = [row["trainee"] for row in rows]
    if trainee in known:
        return trainee
    folded = {name.casefold(): name for name in known}
    if trainee.casefold() in folded:
        return folded[trainee.casefold()]
    listed = ", ".join(known) if known else "nobody has joined yet"
    raise SessionError(f"no trainee {trainee!r} in session {codes.normalize(code)} ({listed})")
