"""The PostgreSQL backend: one live results store shared by several sites (psycopg 3).

`--db postgresql://user:password@host:5432/database` (or $CRISIS_DRILL_DB) runs everything that
runs on a shared SQLite file. The tables are created on first use, the same as the file's
(`pg_schema`), so the readers' SQL is the same; `?` parameters become psycopg's `%s` here.

Durability: each event is one transaction, committed (and so on the server's disk, WAL-logged)
before `record` returns, as with SQLite. A transaction is sent in psycopg's pipeline mode, and an
event is appended with its sequence number worked out in the INSERT, so recording one costs two
round trips to the server (the event's id, then the commit), not one per statement: what decides
the latency to a server at another site. Writers of one drill (the trainee, and a facilitator
adding a note to it) are serialised by locking the drill's row; writers of different drills
never wait for each other, which is what lets hundreds of trainees write at once. A transaction
that meets a serialisation failure or deadlock is retried with backoff; a dropped connection is
reopened once.

Parameters are sent the way psycopg 2 sent them, without a declared type, so the server infers
each from where it is used: `seed = ?` compares text with text, `id = ?` numbers with numbers,
as SQLite's loose typing lets the shared queries do. Text never contains NUL (PostgreSQL cannot
store it): one typed or pasted is kept as U+FFFD.

Injects reach drills through LISTEN/NOTIFY (`listen`, `notify`, `notified`) on the store's own
connection, so a drill waiting for one makes no queries.
"""

from __future__ import annotations

import functools
import random
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime
from decimal import Decimal
from typing import Any, TypeVar
from urllib.parse import urlsplit, urlunsplit

from simulator.store.dialect import POSTGRESQL_DIALECT
from simulator.store.errors import StoreError
from simulator.store.pg_schema import PG_SQL
from simulator.store.rows import utc_now
from simulator.store.schema import SCHEMA_VERSION
from simulator.store.store import Store

RETRIES = 6
CONNECT_TIMEOUT_S = 30  # a remote site, or a server accepting hundreds of drills at once
SCHEMA_LOCK = 7_244_190_331  # pg_advisory_xact_lock key: one creator of the tables at a time
T = TypeVar("T")


def redact(url: str) -> str:
    """The URL without its password: safe to print, and to pass on as `--db`."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)
    user = (parts.username or "")
    return urlunsplit((parts.scheme, f"{user}@{netloc[-1]}", parts.path, parts.query,
                       parts.fragment))


@functools.lru_cache(maxsize=512)
def translate(sql: str) -> str:
    """SQL with `?` parameters as psycopg's `%s` (and a literal `%` doubled), leaving quoted
    text alone."""
    out: list[str] = []
    quote: str | None = None
    for ch in sql:
        if quote:
            if ch == quote:
                quote = None
        elif ch in "'\"":
            quote = ch
        elif ch == "?":
            out.append("%s")
            continue
        out.append("%%" if ch == "%" else ch)
    return "".join(out)


def _clean(value: Any) -> Any:
    return value.replace("\x00", "\ufffd") if isinstance(value, str) else value


def _params(params: Any) -> Any:
    if isinstance(params, Mapping):
        return {key: _clean(value) for key, value in params.items()}
    return tuple(_clean(value) for value in params)


def _seed(value: Any) -> Any:
    """A seed as SQLite hands it back: a number as an int, a word as text."""
    if isinstance(value, str) and value.lstrip("-").isdigit() and str(int(value)) == value:
        return int(value)
    return value


def _plain_row(row: dict[str, Any]) -> dict[str, Any]:
    for key, value in row.items():
        if isinstance(value, Decimal):
            row[key] = int(value) if value == value.to_integral_value() else float(value)
    if "seed" in row:
        row["seed"] = _seed(row["seed"])
    return row


class _Connection:
    """What a `write(work)` callable receives: `execute` / `executemany` with `?` parameters,
    cursors whose rows are tuples (as sqlite3's are)."""

    def __init__(self, conn: Any) -> None:
        self._conn = conn

    def execute(self, sql: str, params: Any = ()) -> Any:
        cursor = self._conn.cursor()
        cursor.execute(translate(sql), _params(params))
        return cursor

    def executemany(self, sql: str, rows: Sequence[Any]) -> Any:
        cursor = self._conn.cursor()
        cursor.executemany(translate(sql), [_params(row) for row in rows])
        return cursor


class PostgresStore(Store):
    sql = POSTGRESQL_DIALECT

    def __init__(self, url: str, conn: Any, *, readonly: bool,
                 now: Callable[[], datetime] = utc_now) -> None:
        self._setup(redact(url), readonly=readonly, now=now)
        self.url = url
        self.conn = conn
        self._jitter = random.Random()
        self._channels: set[str] = set()
        self._notified: set[tuple[str, str]] = set()

    # ---- opening ---------------------------------------------------------------------------
    @classmethod
    def connect(cls, url: str, *, create: bool = True, readonly: bool = False,
                now: Callable[[], datetime] = utc_now) -> PostgresStore:
        store = cls(url, cls._open_connection(url), readonly=readonly, now=now)
        try:
            store._prepare(create=create)
        except BaseException:
            store.close()
            raise
        return store

    @staticmethod
    def _open_connection(url: str) -> Any:
        try:
            import psycopg
            from psycopg.adapt import Dumper
        except ImportError:
            raise StoreError(
                f"{redact(url)} is a PostgreSQL store, which needs psycopg 3: "
                "pip install 'crisis-drill[postgresql]' (or 'psycopg[binary]')") from None

        class UntypedInt(Dumper):
            oid = 0  # "unknown": the server infers the type from the parameter's place

            def dump(self, obj: int) -> bytes:
                return str(obj).encode()

        try:
            conn = psycopg.connect(url, autocommit=True, connect_timeout=CONNECT_TIMEOUT_S,
                                   application_name="crisis-drill")
        except psycopg.Error as error:
            reason = " ".join(str(error).split()) or type(error).__name__
            raise StoreError(
                f"cannot connect to PostgreSQL at {redact(url)}: {reason}. Check the URL "
                "(postgresql://user:password@host:5432/database), that the server is running "
                "and that it lets this user in.") from None
        conn.adapters.register_dumper(int, UntypedInt)
        return conn

    def _prepare(self, *, create: bool) -> None:
        tables = {row["tablename"] for row in self.query(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")}
        if tables and "meta" not in tables:
            raise StoreError(
                f"the database at {self.path} has other tables ({', '.join(sorted(tables)[:5])}) "
                "and no crisis-drill results: it was left untouched. Give crisis-drill a "
                "database of its own.")
        version = self._version() if tables else None
        if version is None:
            if not create or self.readonly:
                raise StoreError(f"the database at {self.path} has no results yet: play or "
                                 "simulate a drill with this --db first.")
            self._write(self._create, "creating the results tables")
            version = self._version()
        if version is not None and version > SCHEMA_VERSION:
            raise StoreError(
                f"the database at {self.path} was written by a newer crisis-drill (results "
                f"schema v{version}; this version reads up to v{SCHEMA_VERSION}). It was left "
                "untouched: upgrade crisis-drill to use it.")
        if version is not None and version < SCHEMA_VERSION:
            raise StoreError(
                f"the database at {self.path} holds results schema v{version}, and this "
                f"crisis-drill has no PostgreSQL migration from it to v{SCHEMA_VERSION}.")
        if self.readonly:
            self.conn.execute("SET default_transaction_read_only = on")

    def _create(self, conn: _Connection) -> None:
        conn.execute("SELECT pg_advisory_xact_lock(?)", (SCHEMA_LOCK,))
        exists = conn.execute(
            "SELECT 1 FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'meta'"
        ).fetchone()
        if not exists:  # another process may have created them while we waited for the lock
            for statement in PG_SQL.split(";"):
                if statement.strip():
                    conn.execute(statement)

    def _version(self) -> int | None:
        rows = self.query("SELECT value FROM meta WHERE key = 'schema_version'")
        return int(rows[0]["value"]) if rows else None

    @property
    def schema_version(self) -> int:
        return self._version() or 0

    def close(self) -> None:
        self.conn.close()

    def db_argument(self) -> str:
        return str(self.path)

    # ---- reading and writing ---------------------------------------------------------------
    def _fail(self, error: Exception, doing: str) -> StoreError:
        reason = " ".join(str(error).split()) or type(error).__name__
        return StoreError(f"{self.path}: {doing} failed: {reason}")

    def query(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        import psycopg
        from psycopg.rows import dict_row

        try:
            with self._lock:
                cursor = self.conn.cursor(row_factory=dict_row)
                cursor.execute(translate(sql), _params(params))
                rows = cursor.fetchall() if cursor.description else []
        except psycopg.Error as error:
            raise self._fail(error, "reading") from None
        return [_plain_row(row) for row in rows]

    def _write(self, work: Callable[[Any], T], doing: str) -> T:
        import psycopg
        from psycopg import errors

        if self.readonly:
            raise StoreError(f"cannot write to {self.path}: it was opened read-only.")
        delay = 0.05
        reconnected = False
        for tries in range(RETRIES + 1):
            try:
                # Pipeline mode: statements go out without waiting for each answer, so a
                # transaction costs a round trip per result read back, plus the commit.
                with self._lock, self.conn.pipeline(), self.conn.transaction():
                    return work(_Connection(self.conn))
            except (errors.SerializationFailure, errors.DeadlockDetected,
                    errors.LockNotAvailable) as error:
                if tries == RETRIES:
                    raise self._fail(error, doing) from None
                time.sleep(delay * (1 + self._jitter.random()))
                delay = min(delay * 2, 2.0)
            except psycopg.OperationalError as error:
                if reconnected or not (self.conn.broken or self.conn.closed):
                    raise self._fail(error, doing) from None
                self._reconnect()  # the server restarted or the network dropped: once
                reconnected = True
            except psycopg.Error as error:
                raise self._fail(error, doing) from None
        raise AssertionError("unreachable")

    def _reconnect(self) -> None:
        self.conn = self._open_connection(self.url)
        channels, self._channels = self._channels, set()
        for channel in channels:
            self.listen(channel)

    @contextmanager
    def bulk(self) -> Iterator[_Connection]:
        """One transaction around many writes (fixtures, benchmarks); not the live path."""
        with self._lock, self.conn.transaction():
            yield _Connection(self.conn)

    def _insert_row(self, conn: _Connection, table: str, row: Mapping[str, Any], *,
                    ignore: bool = False, need_id: bool = True) -> int:
        columns = ", ".join(row)
        marks = ", ".join("?" * len(row))
        conflict = " ON CONFLICT DO NOTHING" if ignore else ""
        sql = f"INSERT INTO {table} ({columns}) VALUES ({marks}){conflict}"
        if not need_id:  # in a pipeline, a statement nobody reads back costs no round trip
            conn.execute(sql, tuple(row.values()))
            return 0
        found = conn.execute(sql + " RETURNING id", tuple(row.values())).fetchone()
        return int(found[0]) if found else 0

    def _append_event(self, conn: _Connection, drill_id: int,
                      row: Mapping[str, Any]) -> tuple[int, int]:
        """The next `seq` worked out by the server in the INSERT itself: one round trip."""
        found = conn.execute(
            "INSERT INTO events (drill_id, seq, t, kind, post_id, data) VALUES "
            "(?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM events WHERE drill_id = ?), ?, ?, ?, ?) "
            "RETURNING id, seq",
            (drill_id, drill_id, row["t"], row["kind"], row["post_id"], row["data"])).fetchone()
        return int(found[0]), int(found[1])

    def _lock_drill(self, conn: _Connection, drill_id: int) -> None:
        conn.execute("SELECT id FROM drills WHERE id = ? FOR UPDATE", (drill_id,))

    # ---- LISTEN / NOTIFY -------------------------------------------------------------------
    def notify(self, conn: _Connection, channel: str, payload: str) -> None:
        conn.execute("SELECT pg_notify(?, ?)", (channel, payload))

    def listen(self, channel: str) -> bool:
        import psycopg

        with self._lock:
            if channel not in self._channels:
                try:
                    self.conn.execute(f"LISTEN {channel}")  # a fixed identifier of ours
                except psycopg.Error as error:
                    raise self._fail(error, "listening for injects") from None
                if not self._channels:
                    self.conn.add_notify_handler(self._note)  # those met while querying
                self._channels.add(channel)
        return True

    def notified(self, channel: str, payload: str) -> bool:
        """Cheap enough for every tick of a game loop: notifications reach `_note` whenever the
        connection reads from the server; an idle connection is only queried (one round trip)
        when its socket has something to read, which a `select` tells without one."""
        import select

        import psycopg

        key = (channel, payload)
        with self._lock:
            if key not in self._notified:
                try:
                    readable, _, _ = select.select([self.conn.fileno()], [], [], 0)
                    if readable:  # a notification is waiting: any query hands it to `_note`
                        self.conn.execute("SELECT 1")
                except (psycopg.Error, OSError, ValueError):
                    return True  # cannot tell: let the caller read and see
            if key in self._notified:
                self._notified.discard(key)
                return True
        return False

    def _note(self, note: Any) -> None:
        self._notified.add((note.channel, note.payload))

