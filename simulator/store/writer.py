"""The live write path of a drill, the same on every backend: start, each event, heartbeat, end.

Each call is one short transaction through the backend's `_write` (locking and retries are the
backend's), so every event is committed the moment it happens. The readable `posts`, `actions`
and `drill_findings` tables are kept in step with the event log inside the same transaction.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any, TypeVar

from simulator import __version__
from simulator.drill.events import EventKind
from simulator.printable import printable
from simulator.store import liveness
from simulator.store.dialect import Dialect
from simulator.store.errors import StoreError
from simulator.store.rows import (
    SCORE_DIMENSIONS,
    action_row,
    event_parts,
    get,
    iso,
    loads_list,
    plain,
    post_row,
    score_value,
    seed_value,
    to_json,
)
from simulator.store.schema import finding_effect

RUNNING, FINISHED, ABORTED = "running", "finished", "aborted"
T = TypeVar("T")


class DrillWriter:
    """Mixin of `Store`: what a driver calls while a drill runs. A backend provides `_write`,
    `_insert_row`, `_lock_drill`, `sql`, `path`, `now`, `host` and `pid`."""

    sql: Dialect
    path: Any
    now: Callable[[], datetime]
    host: str
    pid: int

    def _write(self, work: Callable[[Any], T], doing: str) -> T:
        raise NotImplementedError

    def _insert_row(self, conn: Any, table: str, row: Mapping[str, Any], *,
                    ignore: bool = False, need_id: bool = True) -> int:
        """Insert `row`; its id (0 when `ignore` skipped it, or `need_id` is False and the
        backend saves a round trip by not asking)."""
        raise NotImplementedError

    def _lock_drill(self, conn: Any, drill_id: int) -> None:
        """Serialise writers of one drill (the trainee's and a facilitator's note)."""

    def _append_event(self, conn: Any, drill_id: int, row: Mapping[str, Any]) -> tuple[int, int]:
        """Insert the drill's next event (`seq` one after its last); its (row id, seq)."""
        seq = conn.execute(
            "SELECT COALESCE(MAX(seq), 0) + 1 FROM events WHERE drill_id = ?", (drill_id,)
        ).fetchone()[0]
        event_id = self._insert_row(conn, "events", {"drill_id": drill_id, "seq": seq, **row})
        return event_id, int(seq)

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
            "seed": seed_value(seed),
            "app_version": __version__,
            "started_at": stamp,
            "updated_at": stamp,
            "status": RUNNING,
            "last_t": 0.0,
            "writer_pid": self.pid,
            "writer_host": self.host,
        }

        def work(conn: Any) -> int:
            self._settle_dead_writers(conn)
            return self._insert_row(conn, "drills", row)

        return self._write(work, "starting a drill")

    def _settle_dead_writers(self, conn: Any) -> None:
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
        if dead:
            conn.executemany("UPDATE drills SET status = ? WHERE id = ?", dead)

    def record(self, drill_id: int, event: Any) -> int:
        """Commit one event (and its derived post/action row) now; returns its sequence number."""
        t, kind, post_id, data = event_parts(event)
        stamp = iso(self.now())

        def work(conn: Any) -> int:
            self._lock_drill(conn, drill_id)
            event_id, seq = self._append_event(conn, drill_id, {
                "t": t, "kind": kind, "post_id": post_id, "data": to_json(data)})
            self._derive(conn, drill_id, event_id, seq, t, kind, post_id, data)
            conn.execute(
                f"UPDATE drills SET last_t = {self.sql.greatest('last_t', '?')}, updated_at = ? "
                "WHERE id = ?", (t, stamp, drill_id),
            )
            return int(seq)

        return self._write(work, "recording an event")

    def _derive(
        self, conn: Any, drill_id: int, event_id: int, seq: int, t: float,
        kind: str, post_id: str | None, data: dict[str, Any],
    ) -> None:
        """Keep the readable `posts` and `actions` tables in step with the event log."""
        if kind in (EventKind.POST_ARRIVED, EventKind.FOLLOW_UP) and post_id is not None and (
            kind == EventKind.POST_ARRIVED or get(data, "text") is not None
        ):
            self._insert_row(conn, "posts", post_row(drill_id, t, post_id, data), ignore=True,
                             need_id=False)
        elif kind == EventKind.REACH_CHANGED and post_id is not None:
            self._update_reach(conn, drill_id, post_id, data)
        elif kind == EventKind.THRESHOLD_CROSSED and post_id is not None:
            conn.execute(
                "UPDATE posts SET threshold_t = COALESCE(threshold_t, ?) "
                "WHERE drill_id = ? AND post_id = ?",
                (t, drill_id, post_id),
            )
            self._update_reach(conn, drill_id, post_id, data)
        elif kind == EventKind.ACTION:
            row = action_row(drill_id, event_id, seq, t, post_id, data)
            self._insert_row(conn, "actions", row, need_id=False)
            for item in loads_list(row["tone_findings"]):
                if isinstance(item, Mapping) and item.get("rule") is not None:
                    points = int(item.get("points") or 0)
                    conn.execute(
                        """INSERT INTO drill_findings
                               (drill_id, rule, effect, label, guidance, count, points)
                           VALUES (?, ?, ?, ?, ?, 1, ?)
                           ON CONFLICT (drill_id, rule, effect) DO UPDATE SET
                               count = drill_findings.count + 1,
                               points = drill_findings.points + excluded.points""",
                        (drill_id, str(item["rule"]), finding_effect(points), item.get("label"),
                         item.get("guidance"), points),
                    )

    @staticmethod
    def _update_reach(conn: Any, drill_id: int, post_id: str, data: Mapping[str, Any]) -> None:
        conn.execute(
            """UPDATE posts SET likes = COALESCE(?, likes), shares = COALESCE(?, shares),
               comments = COALESCE(?, comments) WHERE drill_id = ? AND post_id = ?""",
            (get(data, "likes", "reach.likes"), get(data, "shares", "reach.shares"),
             get(data, "comments", "reach.comments"), drill_id, post_id),
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
        value = plain(score) if score is not None else {}
        if not isinstance(value, Mapping):
            value = {"composite": value}
        values = {name: score_value(value, name) for name in SCORE_DIMENSIONS}
        self._end(drill_id, FINISHED, values, to_json(value))

    def mark_aborted(self, drill_id: int, score: Any = None) -> None:
        """A clean interruption (Ctrl+C, quit mid-drill): keep everything, say it did not finish."""
        value = plain(score) if score is not None else None
        values = ({name: score_value(value, name) for name in SCORE_DIMENSIONS}
                  if isinstance(value, Mapping) else {})
        self._end(drill_id, ABORTED, values, to_json(value) if value is not None else None)

    def _end(self, drill_id: int, status: str, values: dict[str, float | None],
             score_json: str | None) -> None:
        stamp = iso(self.now())
        assignments: dict[str, Any] = {"status": status, "ended_at": stamp, "updated_at": stamp,
                                       **values}
        if score_json is not None:
            assignments["score"] = score_json

        def work(conn: Any) -> None:
            row = conn.execute("SELECT status FROM drills WHERE id = ?", (drill_id,)).fetchone()
            if row is None:
                raise StoreError(f"{self.path} has no drill {drill_id}")
            if status == ABORTED and row[0] == FINISHED:
                return  # a late interruption does not undo a drill that already finished
            columns = ", ".join(f"{name} = ?" for name in assignments)
            conn.execute(f"UPDATE drills SET {columns} WHERE id = ?",
                         (*assignments.values(), drill_id))

        self._write(work, "ending the drill")

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
