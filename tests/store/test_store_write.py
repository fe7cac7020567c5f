"""The live write path: every event committed at once, derived rows, endings, liveness, locking."""

from __future__ import annotations

import argparse
import multiprocessing
import sqlite3
import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from store_fixtures import ScenarioRef, drill_events, finding, record_drill, scores

from simulator.debrief import queries
from simulator.drill.events import Event
from simulator.store import (
    ABORTED,
    ENV_VAR,
    FINISHED,
    RUNNING,
    Store,
    StoreError,
    add_db_option,
    default_db_path,
    hash_text,
    resolve_db_path,
)
from simulator.store import sqlite as store_module
from simulator.store.store import iso


def status(store: Store, drill_id: int) -> str:
    """The drill's status as the queries read it (a drill that is there)."""
    summary = queries.drill(store, drill_id)
    assert summary is not None, drill_id
    return summary.status


def test_each_event_is_committed_before_record_returns(tmp_path: Path) -> None:
    path = tmp_path / "r.db"
    store = Store.open(path)
    drill_id = store.start_drill(ScenarioRef(), "h", 7, "ann", "blue", mode="simulate",
                                 bot="perfect")
    other = sqlite3.connect(path)  # another connection sees each event as soon as it returns
    for n, event in enumerate(drill_events(2, [finding("empathy", 8)]), start=1):
        store.record(drill_id, event)
        assert other.execute("SELECT COUNT(*) FROM events").fetchone()[0] == n
    assert other.execute("SELECT status, mode, bot FROM drills").fetchone() == (
        RUNNING, "simulate", "perfect")
    store.close()
    other.close()


def test_posts_and_actions_tables_follow_the_events(tmp_path: Path) -> None:
    with Store.open(tmp_path / "r.db") as store:
        drill_id = record_drill(store, "ann", actions=2, findings=[finding("blame", -15)])
        posts = queries.posts_with_actions(store, drill_id)
        assert [p.post_id for p in posts] == ["g-0001", "g-0002"]
        first = posts[0]
        assert (first.author_handle, first.followers, first.channel) == ("@jane", 120, "x")
        assert (first.likes, first.shares, first.comments) == (40, 9, 3)  # after reach_changed
        assert first.threshold_t == 5.0 and posts[1].threshold_t is None
        [action] = first.actions
        assert (action.kind, action.tone_score, action.post_id) == ("reply", 70, "g-0001")
        assert action.tone_findings[0]["rule"] == "blame"
        logged = queries.events(store, drill_id)
        assert all(isinstance(e, Event) for e in logged)
        assert [e.kind for e in logged] == [e.kind for e in drill_events(2)]
        assert logged[0].data == {"seed": 7}
        summary = queries.drill(store, drill_id)
        assert summary is not None and summary.last_t == 25.0


def test_finish_and_abort_write_status_and_scores(tmp_path: Path) -> None:
    with Store.open(tmp_path / "r.db") as store:
        done = record_drill(store, "ann", score={
            "speed": {"score": 81.5}, "tone": 66, "escalation": 90, "composite": 77.2,
            "per_post": [1, 2]})
        stopped = record_drill(store, "ann", finish=False)
        store.mark_aborted(stopped)
        first, second = queries.drill(store, done), queries.drill(store, stopped)
        assert first is not None and second is not None
        assert (first.status, first.speed, first.tone, first.composite) == (
            FINISHED, 81.5, 66, 77.2)
        assert first.score["per_post"] == [1, 2] and first.ended_at is not None
        assert (second.status, second.composite) == (ABORTED, None)
        assert len(queries.events(store, stopped)) == len(drill_events())


def test_a_running_drill_whose_process_died_reads_as_aborted(tmp_path: Path) -> None:
    path = tmp_path / "r.db"
    child = subprocess.run(
        [sys.executable, "-c",
         "import sys; sys.path[:0] = sys.argv[2:]\n"
         "from simulator.store import Store\n"
         "from store_fixtures import record_drill\n"
         "print(record_drill(Store.open(sys.argv[1]), 'ann', finish=False))",
         str(path), str(Path.cwd()), str(Path(__file__).parents[1])],
        capture_output=True, text=True, check=True,
    )
    drill_id = int(child.stdout)
    with Store.open(path) as store:
        assert store.query("SELECT status FROM drills")[0]["status"] == RUNNING  # as written
        summary = queries.drill(store, drill_id)
        assert summary is not None and summary.status == ABORTED  # as read
        mine = store.start_drill(ScenarioRef(), "h", 7, "bob")  # a live writer: still running
        assert status(store, mine) == RUNNING
        # starting a drill also tidied the dead one's row for plain-SQL readers
        assert store.query("SELECT status FROM drills WHERE id = ?", (drill_id,))[0][
            "status"] == ABORTED


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc process start times")
def test_a_killed_drill_whose_pid_was_reused_reads_as_aborted(tmp_path: Path) -> None:
    # The pid of a killed drill now belongs to a process that started after the drill did (here a
    # `sleep` started an hour after the drill's start): that process is not the writer.
    newcomer = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    try:
        with Store.open(tmp_path / "r.db") as store:
            drill_id = record_drill(store, "ann", finish=False)
            hour_ago = iso(datetime.now(UTC) - timedelta(hours=1))
            store.db.execute("UPDATE drills SET writer_pid = ?, started_at = ? WHERE id = ?",
                             (newcomer.pid, hour_ago, drill_id))
            assert status(store, drill_id) == ABORTED
            store.start_drill(ScenarioRef(), "h", 7, "bob")  # tidies the row for SQL readers too
            assert store.query("SELECT status FROM drills WHERE id = ?", (drill_id,))[0][
                "status"] == ABORTED
            # the same live process as the writer of a drill that started after it: running
            later = store.start_drill(ScenarioRef(), "h", 7, "cy")
            store.db.execute("UPDATE drills SET writer_pid = ? WHERE id = ?",
                             (newcomer.pid, later))
            assert status(store, later) == RUNNING
    finally:
        newcomer.kill()
        newcomer.wait()


def test_a_drill_from_another_host_is_aborted_once_its_heartbeat_is_stale(tmp_path: Path) -> None:
    clock = [datetime(2026, 1, 1, 12, 0, tzinfo=UTC)]
    with Store.open(tmp_path / "r.db", now=lambda: clock[0]) as store:
        drill_id = record_drill(store, "ann", finish=False)
        store.db.execute("UPDATE drills SET writer_host = 'laptop-7'")
        clock[0] += timedelta(minutes=5)
        assert status(store, drill_id) == RUNNING
        clock[0] += timedelta(minutes=20)
        assert status(store, drill_id) == ABORTED
        store.heartbeat(drill_id)
        assert status(store, drill_id) == RUNNING


def test_typed_text_is_stored_as_data_never_run_as_sql(tmp_path: Path) -> None:
    evil = "Robert'); DROP TABLE drills;--"
    with Store.open(tmp_path / "r.db") as store:
        drill_id = store.start_drill(ScenarioRef(id="x'; DELETE FROM events;--"), "h", 1, evil,
                                     team="\" OR 1=1 --")
        store.record(drill_id, Event(1.0, "action", "p'1", {
            "kind": "reply", "text": "'); DELETE FROM actions; --", "note": "[bold]hi[/]"}))
        store.finish(drill_id, scores(10))
        assert queries.history(store, evil).drills[0].trainee == evil
        assert queries.leaderboard(store, team="\" OR 1=1 --")[0].entries[0].trainee == evil
        assert queries.leaderboard(store, team="' OR 1=1 --") == []
        assert queries.actions(store, drill_id)[0].text == "'); DELETE FROM actions; --"


def _writer(path: str, trainee: str, events: int) -> None:
    store = Store.open(path)
    drill_id = store.start_drill(ScenarioRef(), "h", 7, trainee)
    for i in range(events):
        store.record(drill_id, Event(float(i), "note", None, {"i": i}))
    store.finish(drill_id, scores(50))
    store.close()


def test_thirty_concurrent_writers_on_one_file_all_land(tmp_path: Path) -> None:
    path = str(tmp_path / "team.db")
    Store.open(path).close()
    context = multiprocessing.get_context("fork")  # fast start; each opens its own connection
    writers = [context.Process(target=_writer, args=(path, f"t{n}", 25)) for n in range(30)]
    for process in writers:
        process.start()
    for process in writers:
        process.join(60)
        assert process.exitcode == 0
    with Store.open(path) as store:
        counts = store.query("SELECT drill_id, COUNT(*) AS n, MAX(seq) AS top FROM events "
                             "GROUP BY drill_id")
        assert [(row["n"], row["top"]) for row in counts] == [(25, 25)] * 30
        assert {d.status for d in queries.recent_drills(store)} == {FINISHED}


def test_db_path_resolution_prefers_option_then_environment(tmp_path: Path) -> None:
    parser = argparse.ArgumentParser()
    add_db_option(parser)
    explicit = parser.parse_args(["--db", str(tmp_path / "a.db")])
    none = parser.parse_args([])
    env = {ENV_VAR: str(tmp_path / "team.db")}
    assert resolve_db_path(explicit, env) == tmp_path / "a.db"
    assert resolve_db_path(none, env) == tmp_path / "team.db"
    assert resolve_db_path(none, {}) == default_db_path()
    assert default_db_path().name == "results.db"
    assert "crisis-drill" in str(default_db_path())


def test_content_hash_is_stable_and_content_sensitive() -> None:
    assert hash_text("a: 1\n") == hash_text(b"a: 1\n") != hash_text("a: 2\n")
    assert len(hash_text("")) == 64


@pytest.mark.parametrize("bad", [{"t": "soon", "kind": "note"}, {"kind": "note"}])
def test_malformed_events_are_refused_before_touching_the_file(tmp_path: Path, bad: dict) -> None:
    with Store.open(tmp_path / "r.db") as store:
        drill_id = store.start_drill(ScenarioRef(), "h", 1, "ann")
        with pytest.raises((KeyError, ValueError)):
            store.record(drill_id, bad)
        assert queries.events(store, drill_id) == []


def test_an_interruption_after_the_end_keeps_the_drill_finished(tmp_path: Path) -> None:
    with Store.open(tmp_path / "r.db") as store:
        drill_id = record_drill(store, "ann", score=scores(75))
        store.mark_aborted(drill_id)
        summary = queries.drill(store, drill_id)
        assert summary is not None and (summary.status, summary.composite) == (FINISHED, 75)
        with pytest.raises(StoreError, match="no drill 999"):
            store.finish(999, scores(1))


def test_a_briefly_locked_file_is_waited_for(tmp_path: Path) -> None:
    path = tmp_path / "r.db"
    with Store.open(path) as store:
        assert store.conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
        drill_id = store.start_drill(ScenarioRef(), "h", 1, "ann")
        other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        other.execute("BEGIN IMMEDIATE")  # another writer holds the lock...
        timer = threading.Timer(0.3, other.execute, ("COMMIT",))  # ...for 0.3 s
        timer.start()
        store.record(drill_id, Event(1.0, "note", None, {}))  # waits, then succeeds
        timer.join()
        other.close()
        assert len(queries.events(store, drill_id)) == 1


def test_a_file_locked_for_too_long_is_a_clear_error_and_loses_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "r.db"
    monkeypatch.setattr(store_module, "BUSY_RETRIES", 2)
    with Store.open(path) as store:
        drill_id = record_drill(store, "ann", finish=False)
        store.conn.execute("PRAGMA busy_timeout = 20")  # instead of waiting 5 s in a test
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(StoreError, match="stayed locked by another program"):
            store.record(drill_id, Event(99.0, "note", None, {}))
        other.execute("ROLLBACK")
        other.close()
        assert len(queries.events(store, drill_id)) == len(drill_events())
        store.record(drill_id, Event(99.0, "note", None, {}))  # and works again once free
        assert queries.events(store, drill_id)[-1].t == 99.0
