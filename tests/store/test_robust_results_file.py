"""A results file that is read-only, on a full disk, not a database, or from a newer version.

`test_store_schema.py` checks each case once through `Store.open` with SQLite-level tricks
(`mode=ro`, `max_page_count`) and skips the read-only file when running as root. Here the same
cases are made real and pushed through the commands a user runs:
- a read-only file even as root (the check runs without the capabilities that let root write
  anyway), a read-only folder, and a read-only filesystem;
- a real full disk: a tiny tmpfs filled up, inside a private mount namespace (`unshare`), so
  SQLite gets a genuine "no space left on device" mid-drill;
- random bytes, truncated and corrupted results files (hypothesis), someone else's database and a
  newer schema, through `history`, `leaderboard`, `report` and `simulate`.
The property each time: a clear message naming the file, exit 1 from the CLI, no traceback, and
the file's bytes (or at least every event already recorded) unchanged.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from store_fixtures import ScenarioRef, record_drill

from simulator.cli import main
from simulator.debrief import queries
from simulator.store import Store, StoreError

REPO = Path(__file__).resolve().parents[2]
TESTS = Path(__file__).resolve().parents[1]
FAST = settings(max_examples=40, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def forget_sidecars(path: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def make_results_file(path: Path, drills: int = 2) -> None:
    with Store.open(path) as store:
        for number in range(drills):
            record_drill(store, "ann" if number % 2 == 0 else "bob")
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    forget_sidecars(path)


@functools.cache
def good_results() -> bytes:
    """A small real results file (two drills), as bytes, built once per test run."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "results.db"
        make_results_file(path)
        return path.read_bytes()


@pytest.fixture
def good_bytes() -> bytes:
    return good_results()


# -- files that are not results files ------------------------------------------------------------
def read_everything(path: Path) -> None:
    """What the debrief and results commands do with a file; only StoreError may escape."""
    with Store.open(path, create=False) as store:
        queries.recent_drills(store)
        summary = queries.last_drill(store)
        queries.leaderboard(store)
        queries.history(store, "ann")
        if summary is not None:
            queries.events(store, summary.id)
            queries.posts_with_actions(store, summary.id)


@st.composite
def broken_files(draw: st.DrawFn) -> bytes:
    good = good_results()
    kind = draw(st.sampled_from(["random", "sqlite-header", "truncated", "corrupted", "text"]))
    if kind == "random":
        return draw(st.binary(min_size=1, max_size=4096))
    if kind == "sqlite-header":
        return b"SQLite format 3\x00" + draw(st.binary(min_size=0, max_size=4096))
    if kind == "truncated":
        return good[: draw(st.integers(min_value=1, max_value=len(good) - 1))]
    if kind == "corrupted":
        at = draw(st.integers(min_value=0, max_value=len(good) - 1))
        junk = draw(st.binary(min_size=1, max_size=64))
        return good[:at] + junk + good[at + len(junk):]
    return draw(st.text(min_size=1, max_size=2000)).encode("utf-8")


@FAST
@given(blob=broken_files())
def test_a_broken_file_is_refused_with_store_error_and_left_as_it_was(
    tmp_path_factory: pytest.TempPathFactory, blob: bytes
) -> None:
    path = tmp_path_factory.mktemp("broken") / "results.db"
    path.write_bytes(blob)
    try:
        read_everything(path)
    except StoreError as error:
        assert str(path) in str(error)
        assert path.read_bytes() == blob, "a refused file must be left untouched"


def test_a_results_file_with_non_utf8_text_is_refused_with_store_error(tmp_path: Path) -> None:
    good = good_results()
    assert good.count(b"tablemetameta") == 1
    path = tmp_path / "results.db"
    path.write_bytes(good.replace(b"tablemetameta", b"table\xffeta\xffeta"))  # same length
    before = digest(path)
    with pytest.raises(StoreError):
        read_everything(path)
    assert digest(path) == before


BAD_KINDS = ("text", "random", "foreign", "newer", "truncated")


def make_bad(path: Path, kind: str, good: bytes) -> None:
    if kind == "text":
        path.write_text("my notes, not a database\n" * 100, encoding="utf-8")
    elif kind == "random":
        path.write_bytes(bytes(range(256)) * 40)
    elif kind == "foreign":
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
        conn.execute("INSERT INTO invoices VALUES (1, 9.5)")
        conn.commit()
        conn.close()
    elif kind == "newer":
        path.write_bytes(good)
        conn = sqlite3.connect(path)
        conn.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
        conn.commit()
        conn.close()
        forget_sidecars(path)
    elif kind == "truncated":
        path.write_bytes(good[: len(good) // 3])


COMMANDS = {
    "history": ["history", "--trainee", "ann"],
    "leaderboard": ["leaderboard"],
    "report": ["report", "--last", "-f", "json", "-o", "-"],
    "debrief": ["debrief", "--last"],
    "simulate": ["simulate", "food-rumour", "--trainee", "ann"],
}


@pytest.mark.parametrize("kind", BAD_KINDS)
def test_every_command_refuses_a_bad_file_clearly_and_leaves_it_alone(
    tmp_path: Path, good_bytes: bytes, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "results.db"
    make_bad(path, kind, good_bytes)
    before = digest(path)
    for name, argv in COMMANDS.items():
        code = main([*argv, "--db", str(path)])
        out, err = capsys.readouterr()
        assert code == 1, (name, kind, out, err)
        assert str(path) in err, (name, kind, err)
        assert "Traceback" not in err + out
        if kind == "newer":
            assert "newer crisis-drill" in err, err
        elif kind in ("text", "random", "foreign"):
            assert "not a crisis-drill results file" in err, err
        assert digest(path) == before, f"{name} changed a {kind} file"


# -- read-only: file, folder, filesystem ---------------------------------------------------------
# The check itself runs in a child process: as root it runs without the capabilities that let root
# write to read-only files, and inside a mount namespace it sees the read-only or tiny filesystem.
CHILD = r"""
import hashlib, json, os, sys
from pathlib import Path
sys.path[:0] = [sys.argv[1], sys.argv[2]]
from store_fixtures import ScenarioRef, record_drill
from simulator.cli import main
from simulator.debrief import queries
from simulator.store import Store, StoreError

what, path = sys.argv[3], Path(sys.argv[4])
report = {}

def digest():
    return hashlib.sha256(path.read_bytes()).hexdigest()

def cli(*argv):
    import contextlib, io
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main([*argv, "--db", str(path)])
    return code, err.getvalue()

if what == "read-only":
    before = digest()
    try:
        with Store.open(path) as store:
            report["readonly"] = store.readonly
            report["read"] = queries.last_drill(store, "ann") is not None
            try:
                store.start_drill(ScenarioRef(), "h", 1, "bob")
                report["write"] = "written"
            except StoreError as error:
                report["write"] = str(error)
    except StoreError as error:
        report["open"] = str(error)
    report["history"] = cli("history", "--trainee", "ann")
    report["simulate"] = cli("simulate", "food-rumour", "--trainee", "bob")
    report["unchanged"] = digest() == before

elif what == "full-disk":
    store = Store.open(path)
    drill = record_drill(store, "ann", finish=False)
    filler = path.parent / "filler"
    with open(filler, "wb", buffering=0) as handle:  # take every free byte of the filesystem
        try:
            while True:
                handle.write(b"\0" * 4096)
        except OSError:
            pass
    committed = len(queries.events(store, drill))
    error = None
    for number in range(500):
        try:
            store.record(drill, {"t": 100.0 + number, "kind": "note", "post_id": None,
                                 "data": {"text": "x" * 3000}})
            committed += 1
        except StoreError as failure:
            error = str(failure)
            break
    report["error"] = error
    report["simulate"] = cli("simulate", "food-rumour", "--trainee", "bob")
    store.close()
    filler.unlink()
    with Store.open(path) as again:
        report["kept"] = len(queries.events(again, drill))
        report["integrity"] = again.conn.execute("PRAGMA integrity_check").fetchone()[0]
    report["committed"] = committed
print(json.dumps(report))
"""


def run_child(what: str, path: Path, prefix: list[str], shell: str | None = None
              ) -> dict[str, Any]:
    """The child's report: the JSON object on its last line of output."""
    command = [sys.executable, "-c", CHILD, str(REPO), str(TESTS), what, str(path)]
    if shell is not None:  # a mount step first, in the same private namespace
        command = [*prefix, "sh", "-c", shell + ' && exec "$0" "$@"', *command]
    else:
        command = [*prefix, *command]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def without_root_overrides() -> list[str]:
    """A command prefix under which permission bits apply, whoever we are."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: read-only files cannot be simulated")
    return [setpriv, "--bounding-set", "-dac_override,-dac_read_search,-fowner"]


def private_mounts() -> list[str]:
    """`unshare` into a private mount namespace (as a mapped root), or skip if not allowed."""
    unshare = shutil.which("unshare")
    if unshare is None:
        pytest.skip("unshare not available")
    prefix = [unshare, "--user", "--map-root-user", "--mount"]
    probe = subprocess.run([*prefix, "true"], capture_output=True, timeout=10)
    if probe.returncode != 0:
        pytest.skip("user/mount namespaces not allowed here: " + probe.stderr.decode()[-200:])
    return prefix


def assert_refused_to_write(report: dict[str, Any], path: Path) -> None:
    code, err = report["simulate"]
    assert code == 1 and str(path) in err, err
    assert "read-only" in err or "may write there" in err, err
    assert "Traceback" not in err
    assert report["unchanged"] is True


def test_a_read_only_file_is_read_and_never_written_even_as_root(tmp_path: Path) -> None:
    path = tmp_path / "results.db"
    make_results_file(path)
    path.chmod(0o444)
    tmp_path.chmod(0o755)
    report = run_child("read-only", path, without_root_overrides())
    assert report["readonly"] is True and report["read"] is True, report
    assert "read-only" in str(report["write"]), report
    assert report["history"][0] == 0, report
    assert_refused_to_write(report, path)


def test_a_read_only_folder_is_reported_clearly_and_nothing_changes(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "results.db"
    make_results_file(path)
    folder.chmod(0o555)
    try:
        report = run_child("read-only", path, without_root_overrides())
    finally:
        folder.chmod(0o755)
    # SQLite cannot make its WAL index in a read-only folder: the file is read as immutable.
    assert report.get("open") is None and report["read"] is True, report
    assert report["history"][0] == 0, report
    assert_refused_to_write(report, path)


def test_a_read_only_filesystem_is_reported_clearly_and_nothing_changes(tmp_path: Path) -> None:
    prefix = private_mounts()
    folder = tmp_path / "mnt"
    folder.mkdir()
    seed = tmp_path / "seed.db"
    make_results_file(seed)
    path = folder / "results.db"
    shell = (f"mount -t tmpfs -o size=4m tmpfs {folder} && cp {seed} {path} && "
             f"mount -o remount,ro {folder}")
    report = run_child("read-only", path, prefix, shell)
    # An archived results file on a read-only share is read (as immutable), never written.
    assert report.get("open") is None and report["read"] is True, report
    assert "read-only" in str(report["write"]), report
    assert report["history"][0] == 0, report
    assert_refused_to_write(report, path)


def test_a_read_only_copy_with_unmerged_changes_says_what_to_do(tmp_path: Path) -> None:
    # Copied while a drill was writing: the -wal file holds events that a read-only mount cannot
    # merge. Reading it as immutable would silently drop them, so it is refused, with the fix.
    prefix = private_mounts()
    folder = tmp_path / "mnt"
    folder.mkdir()
    seed = tmp_path / "seed.db"
    make_results_file(seed)
    with Store.open(seed) as store:  # leave a -wal beside the copy, as a mid-drill copy would
        record_drill(store, "cy")
        path = folder / "results.db"
        shell = (f"mount -t tmpfs -o size=4m tmpfs {folder} && cp {seed} {path} && "
                 f"cp {seed}-wal {path}-wal && mount -o remount,ro {folder}")
        report = run_child("read-only", path, prefix, shell)
    assert "holds changes not yet merged" in str(report.get("open")), report
    assert "Copy both files to a writable folder" in str(report["open"]), report
    assert report["history"][0] == 1, report
    assert "Traceback" not in report["history"][1], report


# -- a full disk -----------------------------------------------------------------------------------
def test_a_really_full_disk_is_a_clear_error_and_keeps_every_recorded_event(tmp_path: Path) -> None:
    prefix = private_mounts()
    folder = tmp_path / "tiny"
    folder.mkdir()
    path = folder / "results.db"
    report = run_child("full-disk", path, prefix,
                       f"mount -t tmpfs -o size=768k tmpfs {folder}")
    assert report["error"] is not None, "filling the disk never made a write fail"
    assert str(path) in str(report["error"]) and "disk is full" in str(report["error"]), report
    code, err = report["simulate"]
    assert code == 1 and str(path) in err and "Traceback" not in err, err
    assert report["kept"] == report["committed"], report  # nothing committed was lost
    assert report["integrity"] == "ok", report


def test_a_store_opened_on_a_good_file_still_reads_after_a_refused_write(tmp_path: Path) -> None:
    """`mode=ro` refusals do not poison the connection: reading goes on as before."""
    path = tmp_path / "results.db"
    make_results_file(path)
    with Store.open(path, readonly=True) as store:
        with pytest.raises(StoreError, match="read-only"):
            store.start_drill(ScenarioRef(), "h", 1, "bob")
        assert queries.last_drill(store, "ann") is not None


@pytest.mark.parametrize("value", ["'abc'", "''", "X'00'"])
def test_a_tampered_event_time_is_a_damaged_file_not_a_traceback(tmp_path: Path, capsys,
                                                                  value: str) -> None:
    path = tmp_path / "results.db"
    path.write_bytes(good_results())
    conn = sqlite3.connect(path)
    conn.execute(f"UPDATE events SET t = {value} WHERE seq = (SELECT MIN(seq) FROM events)")
    conn.commit()
    conn.close()
    with Store.open(path, create=False) as store:
        drill = queries.last_drill(store)
        assert drill is not None
        with pytest.raises(StoreError, match=r"damaged: event \d+ has the time"):
            queries.events(store, drill.id)
    assert main(["report", "--last", "--db", str(path), "-o", str(tmp_path / "r.md")]) == 1
    err = capsys.readouterr().err
    assert "damaged" in err and "Traceback" not in err


def test_a_trainee_name_that_is_not_utf8_does_not_hide_the_rest_of_the_file(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Another tool wrote "Ané" in Latin-1. Every other trainee's results must still read, and
    # the damaged name is shown (and found again) with U+FFFD where its byte could not be read.
    path = tmp_path / "results.db"
    path.write_bytes(good_results())
    conn = sqlite3.connect(path)
    conn.execute("UPDATE drills SET trainee = CAST(X'416EE9' AS TEXT) WHERE trainee = 'bob'")
    conn.commit()
    conn.close()
    with Store.open(path, create=False) as store:
        names = {entry.trainee for group in queries.leaderboard(store) for entry in group.entries}
        assert names == {"ann", "An\ufffd"}
        assert len(queries.history(store, "ann").drills) == 1
        assert len(queries.history(store, "An\ufffd").drills) == 1
        assert queries.last_drill(store, "An\ufffd") is not None
    assert main(["leaderboard", "--db", str(path)]) == 0
    assert "An\ufffd" in capsys.readouterr().out
