"""The PostgreSQL backend against a real server (`tests/pg_server.py`): the same tables as the
SQLite file, and everything a shared file runs: drills, sessions and joins, injects (by
LISTEN/NOTIFY), the live console's progress, notes, results, debrief reports, history,
leaderboard, merge and xAPI export. Skips, saying why, where no server can be had."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pg_server import Server, Unavailable, free_port, fresh_database, running_server
from store_fixtures import ScenarioRef, drill_events, record_drill, scores

from simulator.bots.headless import run_drill
from simulator.cli import main
from simulator.debrief import queries
from simulator.scenario.library import resolve_scenario
from simulator.scenario.loader import load_scenario
from simulator.store import Store, StoreError, hash_scenario
from simulator.store.schema import SCHEMA_VERSION
from simulator.team.injects import InjectFeed, send
from simulator.team.notes import add_note, session_notes
from simulator.team.progress import ProgressTracker
from simulator.team.sessions import join, link_drill, start_session

# One xdist worker runs this module, so its one server is started once (see `server`).
pytestmark = pytest.mark.xdist_group("postgresql")


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    try:
        with running_server(max_connections=120) as running:
            yield running
    except Unavailable as why:
        pytest.skip(f"no PostgreSQL server: {why}")


@pytest.fixture
def url(server: Server) -> Iterator[str]:
    with fresh_database(server) as database:
        yield database


@pytest.fixture(scope="module")
def food():
    return load_scenario(resolve_scenario("food-rumour"))


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def play(store: Store, scenario, trainee: str, bot: str = "perfect", seed: int = 3,
         session: str | None = None) -> int:
    """A real headless drill, written event by event as the game writes it."""
    result = run_drill(scenario, seed, bot)
    drill_id = store.start_drill(scenario, hash_scenario(scenario), seed, trainee, "blue",
                                 session=session)
    for event in result.engine.log:
        store.record(drill_id, event)
    store.finish(drill_id, result.score)
    return drill_id


def test_the_tables_are_the_sqlite_files_tables(url: str, tmp_path: Path) -> None:
    path = tmp_path / "r.db"
    with Store.open(path), Store.open(url) as pg:
        assert pg.schema_version == SCHEMA_VERSION
        conn = sqlite3.connect(path)
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        for table in tables:
            sqlite_columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            pg_columns = [r["column_name"] for r in pg.query(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
                "AND table_schema = current_schema() ORDER BY ordinal_position", (table,))]
            assert pg_columns == sqlite_columns, table
        sqlite_indexes = {r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")}
        pg_indexes = {r["indexname"] for r in pg.query(
            "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()")}
        assert sqlite_indexes <= pg_indexes
        conn.close()


def test_a_drill_reads_the_same_from_either_backend(url: str, tmp_path: Path, capsys) -> None:
    path = tmp_path / "r.db"
    reports = []
    for db in (str(path), url):
        for bot, trainee in (("perfect", "ana"), ("rude", "ben")):
            assert cli(capsys, "simulate", "food-rumour", "--bot", bot, "--seed", "4",
                       "--db", db, "--trainee", trainee, "--json")[0] == 0
        code, out, _ = cli(capsys, "report", "--last", "--db", db, "-f", "json", "-o", "-")
        assert code == 0
        report = json.loads(out)
        for key in ("started_at", "ended_at", "id"):
            report["drill"].pop(key)
        report["ghost_drill"].pop("started_at")  # the best comparable run: ana's, above
        reports.append(report)
        history = json.loads(cli(capsys, "history", "--trainee", "ana", "--db", db,
                                 "--json")[1])
        board = json.loads(cli(capsys, "leaderboard", "--db", db, "--json")[1])
        assert [e["trainee"] for e in board[0]["entries"]] == ["ana", "ben"]
        assert history["drills"][0]["seed"] == 4 and history["drills"][0]["status"] == "finished"
    assert reports[0] == reports[1]


def test_the_environment_variable_points_every_command_at_postgresql(url: str, capsys,
                                                                    monkeypatch) -> None:
    monkeypatch.setenv("CRISIS_DRILL_DB", url)
    assert cli(capsys, "simulate", "food-rumour", "--bot", "slow", "--trainee", "cam")[0] == 0
    code, out, _ = cli(capsys, "history", "--trainee", "cam")
    assert code == 0 and "food-rumour" in out


def test_a_team_session_runs_on_postgresql(url: str, food, capsys) -> None:
    code, out, _ = cli(capsys, "session", "start", "food-rumour", "--seed", "3", "--db", url)
    assert code == 0
    with Store.open(url) as facilitator:
        [session] = [s for s in queries_sessions(facilitator)]
        assert f"--db {url}" in out  # what trainees are told to type
        with Store.open(url) as trainee_store:
            join(trainee_store, session.code, "ana")
            tracker = ProgressTracker(facilitator, session.code, food)
            statuses = [(p.trainee, p.status) for p in tracker.refresh()]
            assert statuses == [("ana", "reading briefing")]
            drill_id = play(trainee_store, food, "ana", session=session.code)
            link_drill(trainee_store, session.code, drill_id)
            [progress] = tracker.refresh()
            assert (progress.trainee, progress.status, progress.drill_id) == (
                "ana", "finished", drill_id)
            assert progress.composite is not None
            note = add_note(facilitator, session.code, "ana", "Calm under pressure")
            assert note.drill_id == drill_id
            assert [n.text for n in session_notes(trainee_store, session.code)] == [
                "Calm under pressure"]
    assert cli(capsys, "session", "inject", session.code, "--pace", "2", "--db", url)[0] == 0
    code, out, _ = cli(capsys, "report", "--session", session.code, "--db", url, "-o", "-")
    assert code == 0 and "ana" in out and "Calm under pressure" in out


def queries_sessions(store: Store) -> list:
    from simulator.team.sessions import list_sessions

    return list_sessions(store)


class FrozenClock:
    """A clock that never moves: a polling feed would never read the outbox again."""

    def __call__(self) -> float:
        return 1000.0


def test_injects_arrive_by_notification_not_by_polling(url: str, food, tmp_path: Path) -> None:
    import time

    with Store.open(url) as facilitator, Store.open(url) as trainee:
        session = start_session(facilitator, food, "food-rumour", hash_scenario(food), 3)
        feed = InjectFeed(trainee, session.code, "ana", interval=3600, clock=FrozenClock())
        assert feed.listening
        feed.begin()
        assert feed.poll() == []  # the first read
        send(facilitator, session.code, label="Pace ×2", pace=2.0)
        deadline = time.monotonic() + 10
        got: list = []
        while not got and time.monotonic() < deadline:
            got = feed.poll()  # never due by the clock: only the notification can wake it
            time.sleep(0.01)
        assert [i.label for i in got] == ["Pace ×2"]
        assert feed.poll() == []
    # the same frozen clock on a shared SQLite file: polling, so nothing until the interval
    with Store.open(tmp_path / "r.db") as store:
        session = start_session(store, food, "food-rumour", hash_scenario(food), 3)
        feed = InjectFeed(store, session.code, "ana", interval=3600, clock=FrozenClock())
        assert not feed.listening
        feed.begin()
        assert feed.poll() == []
        send(store, session.code, label="Pace ×2", pace=2.0)
        assert feed.poll() == [] and [i.label for i in feed.poll(force=True)] == ["Pace ×2"]


def test_forty_writers_and_a_facilitator_lose_nothing(url: str, food) -> None:
    """Forty trainees, each with their own connection, write whole drills at once while the
    facilitator adds notes to their drills: every event lands once, in order."""
    log = drill_events(20, score=scores(70))
    with Store.open(url) as facilitator:
        session = start_session(facilitator, food, "food-rumour", hash_scenario(food), 7)
    start = threading.Barrier(41)
    errors: list[BaseException] = []
    drills: dict[str, int] = {}

    def trainee(name: str) -> None:
        try:
            with Store.open(url) as store:
                drill_id = store.start_drill(ScenarioRef(), "hash-a", 7, name,
                                             session=session.code)
                drills[name] = drill_id
                start.wait()
                for event in log:
                    store.record(drill_id, event)
                store.finish(drill_id, scores(70))
        except BaseException as error:
            errors.append(error)

    def facilitate() -> None:
        try:
            with Store.open(url) as store:
                start.wait()
                for name in [f"t{i:02d}" for i in range(40)] * 2:
                    if name in drills:
                        add_note(store, session.code, name, f"note for {name}")
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=trainee, args=(f"t{i:02d}",)) for i in range(40)]
    threads.append(threading.Thread(target=facilitate))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert not errors, errors[:3]
    with Store.open(url) as store:
        notes = store.query("SELECT COUNT(*) AS n FROM session_notes")[0]["n"]
        rows = store.query("SELECT drill_id, COUNT(*) AS n, MAX(seq) AS last FROM events "
                           "GROUP BY drill_id")
        assert len(rows) == 40
        assert {row["drill_id"]: row["n"] for row in rows} == {
            drill_id: len(log) + _notes_in(store, drill_id)
            for drill_id in drills.values()}
        assert all(row["n"] == row["last"] for row in rows)  # seq 1..n, no gap, no repeat
        assert notes == 80
        finished = store.query("SELECT COUNT(*) AS n FROM drills WHERE status = 'finished'")
        assert finished[0]["n"] == 40


def _notes_in(store: Store, drill_id: int) -> int:
    return store.query("SELECT COUNT(*) AS n FROM events WHERE drill_id = ? AND kind = 'note'",
                       (drill_id,))[0]["n"]


def test_word_and_number_seeds_come_back_as_they_went_in(url: str) -> None:
    with Store.open(url) as store:
        record_drill(store, "ana", seed=42)
        drill_id = store.start_drill(ScenarioRef(), "hash-a", "monday", "ana")
        store.finish(drill_id, scores(50))
        assert [d.seed for d in queries.recent_drills(store)][::-1] == [42, "monday"]


def test_results_files_merge_into_postgresql_and_export_the_same_statements(
        url: str, tmp_path: Path, food, capsys) -> None:
    path = tmp_path / "ana.db"
    with Store.open(path) as store:
        play(store, food, "ana")
    code, out, _ = cli(capsys, "results", "merge", str(path), "-o", url)
    assert code == 0 and "1 drills added" in out
    code, out, _ = cli(capsys, "results", "merge", str(path), "-o", url)
    assert code == 0 and "0 drills added, 1 already there" in out
    from_file = json.loads(cli(capsys, "export", "xapi", "--last", "--db", str(path))[1])
    from_pg = json.loads(cli(capsys, "export", "xapi", "--last", "--db", url)[1])
    assert from_file == from_pg and len(from_pg) == 4


def test_an_unreachable_server_is_one_line_and_exit_1(capsys) -> None:
    dead = f"postgresql://postgres:hunter2@127.0.0.1:{free_port()}/results"
    code, _, err = cli(capsys, "history", "--trainee", "ana", "--db", dead)
    assert code == 1 and err.count("\n") == 1
    assert "cannot connect to PostgreSQL at postgresql://postgres@127.0.0.1" in err
    assert "hunter2" not in err and "Traceback" not in err


def test_a_database_that_is_not_ours_is_left_untouched(url: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER)")
    with pytest.raises(StoreError, match="has other tables \\(invoices\\)"):
        Store.open(url)
    with psycopg.connect(url, autocommit=True) as conn:
        assert conn.execute("SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public'"
                            ).fetchone() == (1,)


def test_readers_do_not_create_the_tables(url: str) -> None:
    with pytest.raises(StoreError, match="has no results yet"):
        Store.open(url, create=False)


async def test_the_facilitators_live_console_runs_on_postgresql(url: str, food) -> None:
    from textual.widgets import DataTable, Static

    from simulator.tui.facilitate.app import make_console

    with Store.open(url) as store:
        session = start_session(store, food, "food-rumour", hash_scenario(food), 3)
        app = make_console(store, session.code, food, refresh_s=60)
        async with app.run_test(size=(170, 40)) as pilot:  # nobody yet: how to join, on PG
            await pilot.pause()
            hint = str(app.query_one("#empty", Static).content)
            assert f"--db {url}" in hint
        with Store.open(url) as trainee:
            drill_id = play(trainee, food, "ana", session=session.code)
            link_drill(trainee, session.code, drill_id)
        app = make_console(store, session.code, food, refresh_s=60)
        async with app.run_test(size=(170, 40)) as pilot:
            await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.pause()
            table = app.query_one("#trainees", DataTable)
            assert table.row_count == 1
            cells = {str(c.key.value): str(table.get_cell(str(drill_id), c.key))
                     for c in table.columns.values()}
            assert cells["trainee"] == "ana" and "100%" in cells["progress"]
