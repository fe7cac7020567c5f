"""The results store's one interface, whatever keeps the rows: `Store`.

Two backends implement it: `simulator.store.sqlite.SQLiteStore` (a file, the embedded default,
built on sqlite-utils) and `simulator.store.postgres.PostgresStore` (psycopg 3, for one live store
shared by several sites). `Store.open(target)` picks one: a `postgresql://` URL opens PostgreSQL,
anything else is a file path. Both hold the same tables with the same columns
(`simulator.store.schema`), so every reader (`simulator.debrief.queries`, the session modules)
asks its questions once, in SQL both engines speak, with `?` parameters.

What a backend provides: `query(sql, params)` (rows as dicts), `write(work, doing)` (one short,
retried write transaction: `work(conn)` gets a connection with `execute`/`executemany`), `close`,
`schema_version`, `db_argument()` (the `--db` value that opens the same store elsewhere), `sql`
(its `Dialect`), and the write path's primitives (`DrillWriter`). Every failure a user can meet
is a `StoreError` that names the store and says what to do.

Nothing a person typed (replies, notes, trainee names) is ever part of SQL text: parameters only.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from simulator.store import liveness
from simulator.store.dialect import Dialect
from simulator.store.paths import is_database_url
from simulator.store.rows import (  # re-exported: the store's helpers have always lived here
    SCORE_DIMENSIONS,
    action_row,
    event_parts,
    hash_scenario,
    hash_text,
    iso,
    post_row,
    to_json,
    utc_now,
)
from simulator.store.writer import ABORTED, FINISHED, RUNNING, DrillWriter

T = TypeVar("T")

__all__ = ["ABORTED", "FINISHED", "RUNNING", "SCORE_DIMENSIONS", "Store", "action_row",
           "event_parts", "hash_scenario", "hash_text", "iso", "post_row", "to_json", "utc_now"]


class Store(DrillWriter):
    """One open results store. Build with `Store.open(target)`; close (or use `with`) when done.

    A driver calls `start_drill`, then `record` for every event as the engine returns it, then
    `finish(score)`, or `mark_aborted` on Ctrl+C / quit. While a drill is paused for long (the
    TUI), it calls `heartbeat` every minute or so: a drill from another host whose heartbeat is
    over `liveness.STALE_AFTER` old reads as aborted.
    """

    sql: Dialect
    readonly: bool

    def _setup(self, path: Any, *, readonly: bool, now: Callable[[], datetime]) -> None:
        self.path = path
        self.readonly = readonly
        self.now = now
        self.host = liveness.this_host()
        self.pid = os.getpid()
        self._lock = threading.RLock()  # the TUI may write from a worker thread

    @classmethod
    def open(
        cls,
        target: str | os.PathLike[str],
        *,
        create: bool = True,
        readonly: bool | None = None,
        now: Callable[[], datetime] = utc_now,
    ) -> Store:
        """Open (and if needed create or upgrade) a results store; every failure is a StoreError.

        `create=False` is for readers: a missing store is reported instead of being created.
        `readonly=True` opens it for reading only.
        """
        if isinstance(target, str) and is_database_url(target):
            from simulator.store.postgres import PostgresStore

            return PostgresStore.connect(target, create=create, readonly=bool(readonly), now=now)
        from simulator.store.sqlite import SQLiteStore

        return SQLiteStore.open_file(Path(target), create=create, readonly=readonly, now=now)

    # ---- what each backend provides --------------------------------------------------------
    def query(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        raise NotImplementedError

    def write(self, work: Callable[[Any], T], doing: str) -> T:
        """Run `work(conn)` as one short write transaction with the store's locking and retries
        (for modules that keep their own tables in the store, e.g. simulator.team)."""
        return self._write(work, doing)

    def bulk(self) -> AbstractContextManager[Any]:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    @property
    def schema_version(self) -> int:
        raise NotImplementedError

    def db_argument(self) -> str:
        """What to pass as `--db` elsewhere to open this same store (no password in it)."""
        raise NotImplementedError

    # ---- live signals (LISTEN/NOTIFY where the backend has it) -----------------------------
    def notify(self, conn: Any, channel: str, payload: str) -> None:
        """Tell listeners on `channel` once the transaction of `conn` commits. A backend without
        notifications does nothing: its readers poll."""

    def listen(self, channel: str) -> bool:
        """Start receiving `channel`'s notifications; False where the backend has none."""
        return False

    def notified(self, channel: str, payload: str) -> bool:
        """Whether `payload` was notified on `channel` since the last call (never blocks)."""
        return False

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
