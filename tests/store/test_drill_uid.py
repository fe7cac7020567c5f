"""Every drill has a global id (`drills.uid`, schema v5): recorded at start for new drills, and
derived from the content of drills recorded before, so every copy of a file agrees on it."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from pathlib import Path

from store_fixtures import record_drill, v3_file

from simulator.store import Store


def uids(path: Path) -> list[str]:
    with Store.open(path) as store:
        return [row["uid"] for row in store.query("SELECT uid FROM drills ORDER BY id")]


def test_old_drills_get_the_same_id_in_every_copy_of_the_file(tmp_path: Path) -> None:
    v3_file(tmp_path / "site-a.db")
    shutil.copy(tmp_path / "site-a.db", tmp_path / "site-b.db")
    first, second = uids(tmp_path / "site-a.db"), uids(tmp_path / "site-b.db")
    assert first == second
    assert len(set(first)) == 3  # the twins are told apart
    assert all(str(uuid.UUID(uid)) == uid for uid in first)
    assert uids(tmp_path / "site-a.db") == first  # reopening changes nothing


def test_new_drills_get_a_fresh_uuid_and_the_column_is_unique(tmp_path: Path) -> None:
    with Store.open(tmp_path / "r.db") as store:
        ids = [record_drill(store, "ana") for _ in range(3)]
        rows = store.query("SELECT id, uid FROM drills ORDER BY id")
    assert [row["id"] for row in rows] == ids
    assert len({row["uid"] for row in rows}) == 3
    assert all(uuid.UUID(row["uid"]).version == 4 for row in rows)
    conn = sqlite3.connect(tmp_path / "r.db")
    try:
        conn.execute("UPDATE drills SET uid = (SELECT uid FROM drills WHERE id = 1) WHERE id = 2")
    except sqlite3.IntegrityError as error:
        assert "UNIQUE" in str(error)
    else:
        raise AssertionError("two drills could share a uid")
