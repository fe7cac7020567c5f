"""The results file: every drill event committed the moment it happens, readable by anyone.

Durability choice: WAL journal, one short `BEGIN IMMEDIATE` transaction per event, and
`synchronous=NORMAL`. In WAL mode a committed transaction is in the `-wal` file before `COMMIT`
returns, so a crash, Ctrl+C or `kill -9` of our process loses nothing already recorded (the next
opener replays the WAL). NORMAL skips the fsync per commit, so only an OS crash or power cut could
lose the last few events, never corrupt the file; FULL would fsync every arrival and keystroke of a
30-player team drill on one shared file for protection against a failure the drill cannot survive
anyway.

Many processes may write one file (a team drill runs ~30). Writers take the write lock up front with
`BEGIN IMMEDIATE` (so they never deadlock upgrading a read lock), SQLite waits up to `busy_timeout`
for it, and on top of that a locked file is retried with backoff, so "database is locked" never
reaches a user; if it is held for over half a minute that becomes a `StoreError` that says so.

Nothing a person typed (replies, notes, trainee names) is ever part of SQL text: parameters only.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import os
import random
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import sqlite_utils

from simulator import __version__
from simulator.printable import printable
from simulator.store import liveness
from simulator.store.errors import StoreError
from simulator.store.paths import ENV_VAR
from simulator.store.schema import (
    SCHEMA_VERSION,
    create_v1,
    finding_effect,
    migrate,
    read_version,
    table_names,
)

BUSY_TIMEOUT_MS = 5000
BUSY_RETRIES = 6  # after SQLite's own 5 s wait: ~6 more waits with backoff before giving up
RUNNING, FINISHED, ABORTED = "running", "finished", "aborted"
SCORE_DIMENSIONS = ("speed", "tone", "escalation", "composite")

T = TypeVar("T")


def utc_now() -> datetime:
    return datetime.now(UTC)


def iso(moment: datetime) -> str:
    """ISO-8601 UTC text, millisecond precision: sorts as text, parses with fromisoformat."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")


def to_json(value: Any) -> str:
    return json.dumps(_plain(value), ensure_ascii=False, sort_keys=True, default=str)


def _plain(value: Any) -> Any:
    """Dataclasses and objects with `to_dict` (ToneReport, scores) become JSON-ready dicts."""
    if hasattr(value, "to_dict") and callable(value.to_dict):
        return _plain(value.to_dict())
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _plain(dataclasses.asdict(value))
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def event_parts(event: Any) -> tuple[float, str, str | None, dict[str, Any]]:
    """(t, kind, post_id, data) of an `Event` or of a plain dict with the same keys."""
    if isinstance(event, Mapping):
        t, kind, post_id, data = (event["t"], event["kind"], event.get("post_id"),
                                  event.get("data") or {})
    else:
        t, kind, post_id, data = event.t, event.kind, event.post_id, event.data or {}
    return float(t), str(kind), post_id, _plain(data)


def hash_text(text: str | bytes) -> str:
    """Content hash of a scenario file's text (sha256 hex)."""
    raw = text.encode("utf-8") if isinstance(text, str) else text
    return hashlib.sha256(raw).hexdigest()


def hash_scenario(scenario: Any) -> str:
    """Content hash of a loaded scenario: equal for files that differ only in comments or layout,
    which is what decides whether two drills are comparable on the leaderboard."""
    return hash_text(to_json(scenario))


def _get(data: Mapping[str, Any], *paths: str) -> Any:
    """First present value among dotted paths ("author.handle", "handle"), else None."""
    for path in paths:
        value: Any = data
        for part in path.split("."):
            if not isinstance(value, Mapping) or part not in value:
                value = None
                break
            value = value[part]
        if value is not None:
            return value
    return None


def _score_value(score: Mapping[str, Any], name: str) -> float | None:
    value = score.get(name)
    if isinstance(value, Mapping):
        value = _get(value, "score", "value", "points")
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


_lenient_text = functools.partial(str, encoding="utf-8", errors="replace")


def _describe(error: sqlite3.Error | UnicodeDecodeError, path: Path, doing: str) -> str:
    if isinstance(error, UnicodeDecodeError):  # SQLite hands back bytes that are not UTF-8
        return (f"{path} is damaged: it holds text that is not UTF-8 (found while {doing}). "
                "Choose another file with --db PATH; this one was left untouched.")
    message = str(error)
    lowered = message.lower()
    if "readonly" in lowered or "read-only" in lowered:
        return (f"cannot write to {path}: the file or its folder is read-only. "
                f"Use a writable file with --db PATH or ${ENV_VAR}.")
    if "disk is full" in lowered or "disk i/o" in lowered:
        return (f"cannot write to {path} while {doing}: the disk is full (or failing). "
                "Everything recorded before this point is kept; free some space and retry.")
    if "not a database" in lowered or "malformed" in lowered or "encrypted" in lowered:
        return (f"{path} is not a crisis-drill results file (SQLite says: {message}). "
                "Choose another file with --db PATH; this one was left untouched.")
    if "locked" in lowered or "busy" in lowered:
        return (f"{path} stayed locked by another program for too long while {doing}; "
                "nothing was lost, try again in a moment.")
    if "unable to open" in lowered:
        return (f"cannot open {path}: check that its folder exists and you may write there, "
                f"or use --db PATH / ${ENV_VAR}.")
    return f"{path}: {doing} failed: {message}"


class Store:
    """One open results file. Build with `Store.open(path)`; close (or use `with`) when done.

    A driver calls `start_drill`, then `record` for every event as the engine returns it, then
    `finish(score)`, or `mark_aborted` on Ctrl+C / quit. While a drill is paused for long (the
    TUI), it calls `heartbeat` every minute or so: a drill from another host whose heartbeat is
    over `liveness.STALE_AFTER` old reads as aborted.
    """

    def __init__(
        self,
        path: Path,
        conn: sqlite3.Connection,
        *,
        readonly: bool,
        now: Callable[[], datetime] = utc_now,
    ) -> None:
        self.path = path
        self.readonly = readonly
        self.now = now
        self.conn = conn
        self.db = sqlite_utils.Database(conn, execute_plugins=False)
        self.host = liveness.this_host()
        self.pid = os.getpid()
        self._lock = threading.RLock()  # the TUI may write from a worker thread
        self._jitter = random.Random()

    # ---- opening ---------------------------------------------------------------------------
    @classmethod
    def open(
        cls,
        path: str | os.PathLike[str],
        *,
        create: bool = True,
        readonly: bool | None = None,
        now: Callable[[], datetime] = utc_now,
    ) -> Store:
        """Open (and if needed create or upgrade) a results file; every failure is a StoreError.

        `create=False` is for readers: a missing file is reported instead of being created. A file
        that is not ours, or is from a newer schema, is refused before anything is written to it.
        `readonly` defaults to "whatever the file and its folder allow"; True opens it for reading
        only (SQLite's `mode=ro`), whoever we run as.
        """
        path = Path(path).expanduser()
        if path.is_dir():
            raise StoreError(f"{path} is a folder; --db needs a file, e.g. {path}/results.db")
        exists = path.exists()
        if not exists and not create:
            raise StoreError(
                f"no results file at {path} yet: play or simulate a drill first, "
                f"or point --db PATH / ${ENV_VAR} at an existing one."
            )
        if not exists:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise StoreError(
                    f"cannot create the folder for {path}: {error.strerror or error}. "
                    f"Use --db PATH or ${ENV_VAR} to choose another place."
                ) from None
        if readonly is None:
            readonly = (exists and not os.access(path, os.W_OK)) or not os.access(
                path.parent, os.W_OK
            )
        if not exists and readonly:
            raise StoreError(
                f"cannot create {path}: its folder is read-only. "
                f"Use --db PATH or ${ENV_VAR} to choose a writable place."
            )
        try:
            return cls._connect(path, readonly=readonly, now=now)
        except StoreError:
            if not readonly or os.access(path.parent, os.W_OK):
                raise
        # Read-only storage (an archive share, a read-only mount or folder): SQLite cannot make
        # the WAL index beside the file, so `mode=ro` fails. Nobody can write there either, so
        # the file cannot change under us: read it as immutable. Changes still in a -wal file
        # would be skipped by that, so such a copy is refused with what to do instead.
        wal = Path(f"{path}-wal")
        if wal.exists() and wal.stat().st_size > 0:
            raise StoreError(
                f"{path} is on read-only storage and its {wal.name} holds changes not yet merged "
                f"into it, which cannot be read there. Copy both files to a writable folder and "
                "open the copy."
            )
        return cls._connect(path, readonly=True, immutable=True, now=now)

    @classmethod
    def _connect(cls, path: Path, *, readonly: bool, now: Callable[[], datetime],
                 immutable: bool = False) -> Store:
        try:
            if readonly:
                flags = "mode=ro&immutable=1" if immutable else "mode=ro"
                conn = sqlite3.connect(
                    f"{path.resolve().as_uri()}?{flags}", uri=True,
                    timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                    check_same_thread=False,
                )
            else:
                conn = sqlite3.connect(
                    path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                    check_same_thread=False,
                )
        except sqlite3.Error as error:
            raise StoreError(_describe(error, path, "opening")) from None
        try:
            store = cls(path, conn, readonly=readonly, now=now)
            store._prepare()
        except StoreError:
            conn.close()
            raise
        except (sqlite3.Error, UnicodeDecodeError) as error:
            conn.close()
            raise StoreError(_describe(error, path, "opening")) from None
        except BaseException:
            conn.close()
            raise
        return store

    def _prepare(self) -> None:
        """Check the file is ours and not from the future, then set pragmas and upgrade it."""
        self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        tables = table_names(self.conn)  # the first read: fails here on a non-database file
        version = read_version(self.conn)
        if tables and version is None:
            raise StoreError(
                f"{self.path} is an SQLite database but not a crisis-drill results file "
                f"(it has tables {', '.join(sorted(tables)[:5])}). It was left untouched; "
                "choose another file with --db PATH."
            )
        if version is not None and version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} was written by a newer crisis-drill (results schema v{version}; this "
                f"version reads up to v{SCHEMA_VERSION}). It was left untouched: upgrade "
                "crisis-drill to use it."
            )
        if self.readonly:
            if version is None:
                raise StoreError(f"{self.path} is read-only and empty: nothing to read yet.")
            if version < SCHEMA_VERSION:
                raise StoreError(
                    f"{self.path} uses results schema v{version} and must be upgraded to "
                    f"v{SCHEMA_VERSION}, but it is read-only. Open it once with write access."
                )
            return
        self._retry(lambda: self.conn.execute("PRAGMA journal_mode = WAL"), "opening")
        self.conn.execute("PRAGMA synchronous = NORMAL")
        self.conn.execute("PRAGMA foreign_keys = ON")
        if version != SCHEMA_VERSION:
            self._write(self._upgrade, "upgrading the file")

    def _upgrade(self, conn: sqlite3.Connection) -> None:
        version = read_version(conn)  # again, inside the lock: another process may have done it
        if version is None:
            if table_names(conn):
                raise StoreError(f"{self.path} is not a crisis-drill results file.")
            create_v1(conn)
            version = 1
        if version < SCHEMA_VERSION:
            migrate(conn, version)

    @property
    def schema_version(self) -> int:
        return read_version(self.conn) or 0

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- the write path --------------------------------------------------------------------
    def _retry(self, attempt: Callable[[], T], doing: str) -> T:
        """Run `attempt`, retrying while another process holds the lock."""
        delay = 0.05
        for tries in range(BUSY_RETRIES + 1):
            try:
                return attempt()
            except sqlite3.OperationalError as error:
                text = str(error).lower()
                if ("locked" not in text and "busy" not in text) or tries == BUSY_RETRIES:
                    raise StoreError(_describe(error, self.path, doing)) from None
                time.sleep(delay * (1 + self._jitter.random()))
                delay = min(delay * 2, 2.0)
            except (sqlite3.Error, UnicodeDecodeError) as error:
                raise StoreError(_describe(error, self.path, doing)) from None
        raise AssertionError("unreachable")

    def _write(self, work: Callable[[sqlite3.Connection], T], doing: str) -> T:
        """One short write transaction, committed before returning."""
        if self.readonly:
            raise StoreError(
                f"cannot write to {self.path}: the file or its folder is read-only. "
                f"Use a writable file with --db PATH or ${ENV_VAR}."
            )

        def attempt() -> T:
            with self._lock:
                self.conn.execute("BEGIN IMMEDIATE")
                try:
                    result = work(self.conn)
                    self.conn.execute("COMMIT")
                except BaseException:
                    if self.conn.in_transaction:
                        self.conn.execute("ROLLBACK")
                    raise
                return result

        return self._retry(attempt, doing)

    def write(self, work: Callable[[sqlite3.Connection], T], doing: str) -> T:
        """Run `work(conn)` as one short write transaction with the store's locking and retries
        (for modules that keep their own tables in the file, e.g. simulator.session)."""
        return self._write(work, doing)

    @contextmanager
    def bulk(self) -> Iterator[sqlite_utils.Database]:
        """One transaction around many inserts (fixtures, benchmarks); not the live path."""
        with self._lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.db
                self.conn.execute("COMMIT")
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise

    def start_drill(
        self,
        scenario: Any,
        scenario_hash: str,
        seed: int | str,
        trainee: str,
        team: str | None = None,
        *,
        session: str | None = None,
        mode: str = "play",
        bot: str | None = None,
    ) -> int:
        """Create the drill's row (status `running`) and return its id."""
        stamp = iso(self.now())
        row = {  # names are shown in terminals and shared files: never with control characters
            "uid": str(uuid.uuid4()),  # the drill's id in every copy of the file (schema v4)
            "trainee": printable(trainee),
            "team": printable(team) if team is not None else None,
            "session": session,
            "mode": mode,
            "bot": bot,
            "scenario_id": scenario.id,
            "scenario_title": getattr(scenario, "title", None),
            "scenario_hash": scenario_hash,
            "seed": _seed_value(seed),
            "app_version": __version__,
            "started_at": stamp,
            "updated_at": stamp,
            "status": RUNNING,
            "last_t": 0.0,
            "writer_pid": self.pid,
            "writer_host": self.host,
        }

        def work(conn: sqlite3.Connection) -> int:
            self._settle_dead_writers(conn)
            return int(self.db["drills"].insert(row).last_pk)

        return self._write(work, "starting a drill")

    def _settle_dead_writers(self, conn: sqlite3.Connection) -> None:
        """Write `aborted` on this host's running drills whose process is gone (or whose pid now
        belongs to a process that started after the drill: see `liveness`)."""
        rows = conn.execute(
            "SELECT id, writer_pid, started_at FROM drills WHERE status = ? AND writer_host = ?",
            (RUNNING, self.host),
        ).fetchall()
        now = self.now()
        dead = [(ABORTED, drill_id) for drill_id, pid, started in rows if pid is not None
                and not liveness.writer_alive(pid, self.host, None, now, host_now=self.host,
                                              started_at=started)]
        conn.executemany("UPDATE drills SET status = ? WHERE id = ?", dead)

    def record(self, drill_id: int, event: Any) -> int:
        """Commit one event (and its derived post/action row) now; returns its sequence number."""
        t, kind, post_id, data = event_parts(event)
        stamp = iso(self.now())

        def work(conn: sqlite3.Connection) -> int:
            seq = conn.execute(
                "SELECT COALESCE(MAX(seq), 0) + 1 FROM events WHERE drill_id = ?", (drill_id,)
            ).fetchone()[0]
            event_id = self.db["events"].insert({
                "drill_id": drill_id, "seq": seq, "t": t, "kind": kind, "post_id": post_id,
                "data": to_json(data),
            }).last_pk
            self._derive(conn, drill_id, event_id, seq, t, kind, post_id, data)
            conn.execute(
                "UPDATE drills SET last_t = MAX(last_t, ?), updated_at = ? WHERE id = ?",
                (t, stamp, drill_id),
            )
            return int(seq)

        return self._write(work, "recording an event")

    def _derive(
        self, conn: sqlite3.Connection, drill_id: int, event_id: int, seq: int, t: float,
        kind: str, post_id: str | None, data: dict[str, Any],
    ) -> None:
        """Keep the readable `posts` and `actions` tables in step with the event log."""
        if kind in ("post_arrived", "follow_up") and post_id is not None and (
            kind == "post_arrived" or _get(data, "text") is not None
        ):
            self.db["posts"].insert(post_row(drill_id, t, post_id, data), ignore=True)
        elif kind == "reach_changed" and post_id is not None:
            self._update_reach(conn, drill_id, post_id, data)
        elif kind == "threshold_crossed" and post_id is not None:
            conn.execute(
                "UPDATE posts SET threshold_t = COALESCE(threshold_t, ?) "
                "WHERE drill_id = ? AND post_id = ?",
                (t, drill_id, post_id),
            )
            self._update_reach(conn, drill_id, post_id, data)
        elif kind == "action":
            row = action_row(drill_id, event_id, seq, t, post_id, data)
            self.db["actions"].insert(row)
            for item in _loads_list(row["tone_findings"]):
                if isinstance(item, Mapping) and item.get("rule") is not None:
                    points = int(item.get("points") or 0)
                    conn.execute(
                        """INSERT INTO drill_findings
                               (drill_id, rule, effect, label, guidance, count, points)
                           VALUES (?, ?, ?, ?, ?, 1, ?)
                           ON CONFLICT (drill_id, rule, effect) DO UPDATE SET
                               count = count + 1, points = points + excluded.points""",
                        (drill_id, str(item["rule"]), finding_effect(points), item.get("label"),
                         item.get("guidance"), points),
                    )

    @staticmethod
    def _update_reach(
        conn: sqlite3.Connection, drill_id: int, post_id: str, data: Mapping[str, Any]
    ) -> None:
        conn.execute(
            """UPDATE posts SET likes = COALESCE(?, likes), shares = COALESCE(?, shares),
               comments = COALESCE(?, comments) WHERE drill_id = ? AND post_id = ?""",
            (_get(data, "likes", "reach.likes"), _get(data, "shares", "reach.shares"),
             _get(data, "comments", "reach.comments"), drill_id, post_id),
        )

    def heartbeat(self, drill_id: int) -> None:
        """Refresh `updated_at` while a drill is paused, so it is not taken for a dead one."""
        stamp = iso(self.now())
        self._write(
            lambda conn: conn.execute("UPDATE drills SET updated_at = ? WHERE id = ?",
                                      (stamp, drill_id)),
            "updating the drill",
        )

    def finish(self, drill_id: int, score: Any) -> None:
        """Mark the drill finished with its scores (`speed`, `tone`, `escalation`, `composite`)."""
        plain = _plain(score) if score is not None else {}
        if not isinstance(plain, Mapping):
            plain = {"composite": plain}
        values = {name: _score_value(plain, name) for name in SCORE_DIMENSIONS}
        self._end(drill_id, FINISHED, values, to_json(plain))

    def mark_aborted(self, drill_id: int, score: Any = None) -> None:
        """A clean interruption (Ctrl+C, quit mid-drill): keep everything, say it did not finish."""
        plain = _plain(score) if score is not None else None
        values = ({name: _score_value(plain, name) for name in SCORE_DIMENSIONS}
                  if isinstance(plain, Mapping) else {})
        self._end(drill_id, ABORTED, values, to_json(plain) if plain is not None else None)

    def _end(self, drill_id: int, status: str, values: dict[str, float | None],
             score_json: str | None) -> None:
        stamp = iso(self.now())
        assignments = {"status": status, "ended_at": stamp, "updated_at": stamp, **values}
        if score_json is not None:
            assignments["score"] = score_json

        def work(conn: sqlite3.Connection) -> None:
            row = conn.execute("SELECT status FROM drills WHERE id = ?", (drill_id,)).fetchone()
            if row is None:
                raise StoreError(f"{self.path} has no drill {drill_id}")
            if status == ABORTED and row[0] == FINISHED:
                return  # a late interruption does not undo a drill that already finished
            self.db["drills"].update(drill_id, assignments)

        self._write(work, "ending the drill")

    # ---- reading ---------------------------------------------------------------------------
    def effective_status(self, row: Mapping[str, Any]) -> str:
        """`running` only while its writer lives; a dead writer's drill reads as `aborted`."""
        status = row.get("status")
        if status != RUNNING:
            return str(status)
        alive = liveness.writer_alive(
            row.get("writer_pid"), row.get("writer_host"), row.get("updated_at"), self.now(),
            host_now=self.host, started_at=row.get("started_at"),
        )
        return RUNNING if alive else ABORTED

    def query(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        """Rows as dicts; every sqlite error becomes a StoreError naming the file.

        Text another tool wrote as bytes that are not UTF-8 (a trainee name from a Latin-1
        terminal, a hand edit) reads with U+FFFD where it cannot be decoded, instead of refusing
        the whole file: one bad name must not hide every other trainee's results. The lenient
        decoder costs a Python call per value, so it is switched on only once such text is met.
        """
        try:
            with self._lock:
                try:
                    return list(self.db.query(sql, params))
                except sqlite3.OperationalError as error:
                    if "decode" not in str(error) or self.conn.text_factory is _lenient_text:
                        raise
                    self.conn.text_factory = _lenient_text
                    return list(self.db.query(sql, params))
        except (sqlite3.Error, UnicodeDecodeError) as error:
            raise StoreError(_describe(error, self.path, "reading")) from None


def _seed_value(seed: int | str) -> int | str:
    """Seeds are usually numbers; a word seed (`--seed monday`) is kept as text."""
    try:
        return int(seed)
    except (TypeError, ValueError):
        return str(seed)


def _loads_list(text: str | None) -> list[Any]:
    value = json.loads(text) if text else []
    return value if isinstance(value, list) else []


def post_row(drill_id: int, t: float, post_id: str, data: Mapping[str, Any]) -> dict[str, Any]:
    """The readable `posts` row for an arrival (or a follow-up that is itself a post)."""
    return {
        "drill_id": drill_id,
        "post_id": post_id,
        "arrived_t": t,
        "channel": _get(data, "channel", "channel_id"),
        "author_name": _get(data, "author.name", "author_name"),
        "author_handle": _get(data, "author.handle", "author_handle", "handle"),
        "author_kind": _get(data, "author.kind", "author_kind"),
        "followers": _get(data, "author.followers", "followers"),
        "kind": _get(data, "kind", "post_kind"),
        "text": _get(data, "text"),
        "severity": _get(data, "severity"),
        "expect_route": _get(data, "expected_route", "expect.route", "expect_route"),
        "parent_id": _get(data, "parent_id"),
        "topic": _get(data, "topic"),
        "source": _get(data, "source"),
        "likes": _get(data, "reach.likes", "likes"),
        "shares": _get(data, "reach.shares", "shares"),
        "comments": _get(data, "reach.comments", "comments"),
        "data": to_json(data),
    }


def action_row(
    drill_id: int, event_id: int, seq: int, t: float, post_id: str | None,
    data: Mapping[str, Any],
) -> dict[str, Any]:
    """The readable `actions` row: what was done, the tone report split into score + findings."""
    tone = data.get("tone") if isinstance(data.get("tone"), Mapping) else None
    findings = tone.get("findings") if tone else None
    return {
        "drill_id": drill_id,
        "event_id": event_id,
        "seq": seq,
        "t": t,
        "post_id": post_id,
        "kind": _get(data, "kind", "action") or "unknown",
        "text": _get(data, "text"),
        "template_id": _get(data, "template_id"),
        "route": _get(data, "route"),
        "note": _get(data, "note"),
        "tone_score": tone.get("score") if tone else None,
        "tone_findings": to_json(findings) if findings is not None else None,
    }
