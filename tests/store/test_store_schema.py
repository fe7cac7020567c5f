"""Opening results files: fresh, old (v1), newer, foreign, broken, read-only, full."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from pathlib import Path

import pytest
from store_fixtures import ScenarioRef, finding, record_drill, scores

from simulator.debrief import queries
from simulator.store import SCHEMA_VERSION, Store, StoreError

# The version-1 file as it shipped, written here by hand (not by our code) so the migration is
# tested against a real old file. Same shape as simulator.store.schema.V1_SQL.
V1_DDL = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE drills (id INTEGER PRIMARY KEY, trainee TEXT NOT NULL, scenario_id TEXT NOT NULL,
  scenario_title TEXT, scenario_hash TEXT NOT NULL, seed INTEGER NOT NULL,
  mode TEXT NOT NULL DEFAULT 'play', bot TEXT, app_version TEXT, started_at TEXT NOT NULL,
  ended_at TEXT, status TEXT NOT NULL, last_t REAL NOT NULL DEFAULT 0, speed REAL, tone REAL,
  escalation REAL, composite REAL, score TEXT);
CREATE TABLE events (id INTEGER PRIMARY KEY, drill_id INTEGER NOT NULL REFERENCES drills(id),
  seq INTEGER NOT NULL, t REAL NOT NULL, kind TEXT NOT NULL, post_id TEXT, data TEXT NOT NULL);
CREATE INDEX events_drill_seq ON events (drill_id, seq);
CREATE TABLE posts (id INTEGER PRIMARY KEY, drill_id INTEGER NOT NULL REFERENCES drills(id),
  post_id TEXT NOT NULL, arrived_t REAL, channel TEXT, author_name TEXT, author_handle TEXT,
  author_kind TEXT, followers INTEGER, kind TEXT, text TEXT, severity INTEGER,
  expect_route TEXT, likes INTEGER, shares INTEGER, comments INTEGER, threshold_t REAL,
  data TEXT);
CREATE TABLE actions (id INTEGER PRIMARY KEY, drill_id INTEGER NOT NULL REFERENCES drills(id),
  event_id INTEGER REFERENCES events(id), seq INTEGER NOT NULL, t REAL NOT NULL, post_id TEXT,
  kind TEXT NOT NULL, text TEXT, template_id TEXT, route TEXT, note TEXT);
INSERT INTO meta VALUES ('schema_version', '1');
"""


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def build_v1_file(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.executescript(V1_DDL)
    conn.execute(
        "INSERT INTO drills (id, trainee, scenario_id, scenario_title, scenario_hash, seed, "
        "started_at, ended_at, status, last_t, speed, tone, escalation, composite, score) "
        "VALUES (1, 'ann', 'food-rumour', 'Food rumour', 'h1', 7, '2025-01-02T10:00:00.000+00:00',"
        " '2025-01-02T10:05:00.000+00:00', 'finished', 300, 70, 64, 80, 71, '{}')"
    )
    tone = {"score": 64, "findings": [finding("blame", -15, "Defensive")]}
    conn.execute(
        "INSERT INTO events VALUES (1, 1, 1, 12.5, 'post_arrived', 'g-0001', ?)",
        (json.dumps({"text": "Sick after lunch", "channel": "x"}),),
    )
    conn.execute(
        "INSERT INTO events VALUES (2, 1, 2, 20.0, 'action', 'g-0001', ?)",
        (json.dumps({"kind": "reply", "text": "Not our fault", "tone": tone}),),
    )
    conn.execute(
        "INSERT INTO posts (drill_id, post_id, arrived_t, channel, text) "
        "VALUES (1, 'g-0001', 12.5, 'x', 'Sick after lunch')"
    )
    conn.execute(
        "INSERT INTO actions VALUES (1, 1, 2, 2, 20.0, 'g-0001', 'reply', 'Not our fault', "
        "NULL, NULL, NULL)"
    )
    conn.commit()
    conn.close()


def test_fresh_file_is_current_wal_and_readable_without_our_code(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "dir" / "results.db"
    with Store.open(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        record_drill(store, "ann", team="blue", score=scores(71.5))
    conn = sqlite3.connect(path)  # plain sqlite3: what Datasette / sqlite-utils users get
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"meta", "drills", "events", "posts", "actions"} <= tables
    indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert {"drills_trainee_started", "drills_comparable", "events_drill_seq", "actions_drill",
            "posts_drill_post"} <= indexes
    trainee, team, composite, started = conn.execute(
        "SELECT trainee, team, composite, started_at FROM drills").fetchone()
    assert (trainee, team, composite) == ("ann", "blue", 71.5)
    assert started.endswith("+00:00") and "T" in started
    tone = conn.execute("SELECT tone_score, tone_findings FROM actions LIMIT 1").fetchone()
    assert tone[0] == 70 and json.loads(tone[1]) == []


def test_v1_file_is_migrated_forward_keeping_its_drills(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    build_v1_file(path)
    with Store.open(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        old = queries.drill(store, 1)
        assert old is not None
        assert (old.trainee, old.team, old.composite, old.status) == ("ann", None, 71, "finished")
        [action] = queries.actions(store, 1)
        assert action.tone_score == 64  # copied out of the v1 event JSON
        assert action.tone_findings[0]["rule"] == "blame"
        # the upgraded file takes new drills and answers the new queries
        record_drill(store, "ann", team="blue", score=scores(80))
        history = queries.history(store, "ann")
        assert [d.composite for d in history.drills] == [71, 80]
        assert history.top_findings[0].rule == "blame"
    with Store.open(path) as again:  # opening a current file is a no-op
        assert again.schema_version == SCHEMA_VERSION


def test_newer_schema_is_refused_without_touching_the_file(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    build_v1_file(path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(StoreError, match=r"newer crisis-drill.*v99"):
        Store.open(path)
    assert digest(path) == before
    assert not Path(f"{path}-wal").exists()


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("these are my notes, not a database\n" * 50)
    before = digest(path)
    with pytest.raises(StoreError, match="not a crisis-drill results file"):
        Store.open(path)
    assert digest(path) == before


def test_someone_elses_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(StoreError, match=r"not a crisis-drill results file.*invoices"):
        Store.open(path)
    assert digest(path) == before


def test_readers_do_not_create_a_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "absent.db"
    with pytest.raises(StoreError, match=r"no results file at .*absent\.db"):
        Store.open(path, create=False)
    assert not path.exists()


def test_a_folder_is_not_a_results_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a folder"):
        Store.open(tmp_path)


def test_read_only_open_reads_but_refuses_writes_clearly(tmp_path: Path) -> None:
    path = tmp_path / "results.db"
    with Store.open(path) as store:
        drill_id = record_drill(store, "ann", score=scores(60))
    before = digest(path)
    with Store.open(path, readonly=True) as store:
        assert queries.drill(store, drill_id) is not None
        with pytest.raises(StoreError, match="read-only"):
            store.start_drill(ScenarioRef(), "h", 1, "bob")
        with pytest.raises(StoreError, match="read-only"):
            store.record(drill_id, {"t": 1.0, "kind": "note", "data": {}})
    assert digest(path) == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write to any file")
def test_a_read_only_file_is_detected_and_opened_for_reading(tmp_path: Path) -> None:
    path = tmp_path / "results.db"
    with Store.open(path) as store:
        record_drill(store, "ann")
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path.chmod(0o444)
    try:
        with Store.open(path) as store:
            assert store.readonly
            assert queries.last_drill(store, "ann") is not None
            with pytest.raises(StoreError, match="read-only"):
                store.start_drill(ScenarioRef(), "h", 1, "bob")
    finally:
        path.chmod(0o644)


def test_a_full_disk_is_a_clear_error_and_keeps_what_was_recorded(tmp_path: Path) -> None:
    path = tmp_path / "results.db"
    with Store.open(path) as store:
        drill_id = record_drill(store, "ann", finish=False)
        pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
        store.conn.execute(f"PRAGMA max_page_count = {pages}")  # the "disk" is now full
        big = {"t": 99.0, "kind": "note", "post_id": None, "data": {"text": "x" * 200_000}}
        with pytest.raises(StoreError, match="disk is full"):
            store.record(drill_id, big)
        kept = len(queries.events(store, drill_id))
    with Store.open(path) as store:
        assert len(queries.events(store, drill_id)) == kept > 0
        assert len(queries.actions(store, drill_id)) == 3


def test_a_failing_migration_leaves_the_old_file_as_it_was(tmp_path: Path, monkeypatch) -> None:
    from simulator.store import schema

    path = tmp_path / "old.db"
    build_v1_file(path)

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE drills ADD COLUMN team TEXT")  # half done, then it fails
        raise RuntimeError("bug in a migration")

    monkeypatch.setattr(schema, "MIGRATIONS", (broken,))
    with pytest.raises(RuntimeError, match="bug in a migration"):
        Store.open(path)
    conn = sqlite3.connect(path)
    columns = {row[1] for row in conn.execute("PRAGMA table_info(drills)")}
    assert "team" not in columns  # rolled back as one transaction
    assert conn.execute("SELECT value FROM meta").fetchone() == ("1",)
    assert conn.execute("SELECT trainee, composite FROM drills").fetchall() == [("ann", 71.0)]
