"""The SQLite backend: every drill event committed the moment it happens, readable by anyone.

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

import functools
import os
import random
import sqlite3
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

import sqlite_utils

from simulator.store.dialect import SQLITE_DIALECT
from simulator.store.errors import StoreError
from simulator.store.paths import ENV_VAR
from simulator.store.rows import utc_now
from simulator.store.schema import SCHEMA_VERSION, create_v1, migrate, read_version, table_names
from simulator.store.store import Store

BUSY_TIMEOUT_MS = 5000
BUSY_RETRIES = 6  # after SQLite's own 5 s wait: ~6 more waits with backoff before giving up

T = TypeVar("T")


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


class SQLiteStore(Store):
    """One open results file (SQLite through sqlite-utils): the embedded default backend.
    Build with `Store.open(path)`; close (or use `with`) when done."""

    sql = SQLITE_DIALECT

    def __init__(
        self,
        path: Path,
        conn: sqlite3.Connection,
        *,
        readonly: bool,
        now: Callable[[], datetime] = utc_now,
    ) -> None:
        self._setup(path, readonly=readonly, now=now)
        self.path: Path = path
        self.conn = conn
        self.db = sqlite_utils.Database(conn, execute_plugins=False)
        self._jitter = random.Random()

    # ---- opening ---------------------------------------------------------------------------
    @classmethod
    def open_file(
        cls,
        path: str | os.PathLike[str],
        *,
        create: bool = True,
        readonly: bool | None = None,
        now: Callable[[], datetime] = utc_now,
    ) -> SQLiteStore:
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
                 immutable: bool = False) -> SQLiteStore:
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
        (for modules that keep their own tables in the file, e.g. simulator.team)."""
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

    def _insert_row(self, conn: sqlite3.Connection, table: str, row: Mapping[str, Any], *,
                    ignore: bool = False, need_id: bool = True) -> int:
        """sqlite-utils inserts the row (its columns as given) and tells the new rowid."""
        return int(self.db.table(table).insert(dict(row), ignore=ignore).last_pk or 0)

    def db_argument(self) -> str:
        return str(self.path.resolve())

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


