"""`crisis-drill results merge`: trainees' and sites' real results files into one, without
duplicates, idempotently, with conflicting copies reported rather than overwritten."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest
from store_fixtures import ScenarioRef, drill_events, record_drill, scores, v3_file

from simulator.bots.headless import run_drill
from simulator.cli import main
from simulator.debrief import queries
from simulator.store import Store, hash_scenario
from simulator.team.injects import send
from simulator.team.notes import add_note
from simulator.team.sessions import join, link_drill, start_session

TABLES = ("drills", "events", "posts", "actions", "drill_findings", "sessions",
          "session_members", "session_injects", "session_notes")


def copy(source: Path, dest: Path) -> Path:
    """A consistent copy of a results file, as a trainee would hand it in."""
    with sqlite3.connect(source) as src, sqlite3.connect(dest) as out:
        src.backup(out)
    src.close()
    out.close()
    return dest


def content(path: Path) -> dict[str, list[str]]:
    """Every row of every table, without local integer ids: what a merge must not change."""
    conn = sqlite3.connect(path)
    out = {}
    for table in TABLES:
        cursor = conn.execute(f"SELECT * FROM {table}")
        names = [column[0] for column in cursor.description]
        rows = [{k: v for k, v in zip(names, row, strict=True)
                 if k not in ("id", "drill_id", "event_id")} for row in cursor]
        out[table] = sorted(json.dumps(r, sort_keys=True, default=str) for r in rows)
    conn.close()
    return out


def merge(capsys: pytest.CaptureFixture[str], *paths: Path, to: Path) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["results", "merge", *map(str, paths), "-o", str(to)])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def trainees(tmp_path: Path) -> tuple[Path, Path]:
    """Ana's laptop file (two drills) and Ben's (one real headless drill, one by hand)."""
    ana, ben = tmp_path / "ana.db", tmp_path / "ben.db"
    with Store.open(ana) as store:
        record_drill(store, "ana", team="blue", score=scores(71))
        record_drill(store, "ana", team="blue", score=scores(84))
    assert main(["simulate", "food-rumour", "--bot", "perfect", "--seed", "5", "--db", str(ben),
                 "--trainee", "ben", "--json"]) == 0
    with Store.open(ben) as store:
        record_drill(store, "ben", team="blue", score=scores(64))
    return ana, ben


def test_files_merge_into_one_team_file_with_every_drill_once(tmp_path: Path, trainees,
                                                              capsys) -> None:
    ana, ben = trainees
    team = tmp_path / "team.db"
    code, out, _ = merge(capsys, ana, ben, copy(ana, tmp_path / "ana-again.db"), to=team)
    assert code == 0
    assert "3 files" in out and "4 drills added, 2 already there" in out
    merged = content(team)
    for table in ("drills", "events", "posts", "actions", "drill_findings"):
        assert merged[table] == sorted(content(ana)[table] + content(ben)[table]), table
    with Store.open(team, create=False) as store:
        assert [d.composite for d in queries.history(store, "ana").drills] == [71, 84]
        [board] = [g for g in queries.leaderboard(store) if g.scenario_id == "food-rumour"
                   and g.scenario_hash != "hash-a"]
        assert [e.trainee for e in board.entries] == ["ben"]
        # every action still points at its own event, in the merged file's numbering
        assert store.query("SELECT COUNT(*) AS n FROM actions a JOIN events e ON e.id = "
                           "a.event_id AND e.drill_id = a.drill_id AND e.seq = a.seq")[0]["n"] \
            == store.query("SELECT COUNT(*) AS n FROM actions")[0]["n"]


def test_the_merged_debrief_is_the_one_the_trainee_saw(tmp_path: Path, trainees,
                                                      capsys) -> None:
    _, ben = trainees
    team = tmp_path / "team.db"
    assert merge(capsys, ben, to=team)[0] == 0
    reports = []
    for path in (ben, team):
        capsys.readouterr()
        with Store.open(path, create=False) as store:
            drill_id = store.query("SELECT id FROM drills WHERE bot = 'perfect'")[0]["id"]
        assert main(["report", str(drill_id), "--db", str(path), "-f", "json", "-o", "-"]) == 0
        report = json.loads(capsys.readouterr().out)
        report["drill"].pop("id")
        reports.append(report)
    assert reports[0] == reports[1]


def test_merging_again_changes_nothing(tmp_path: Path, trainees, capsys) -> None:
    ana, ben = trainees
    team = tmp_path / "team.db"
    assert merge(capsys, ana, ben, to=team)[0] == 0
    before = content(team)
    code, out, _ = merge(capsys, ben, ana, team, to=team)
    assert code == 0 and "0 drills added" in out and "0 updated" in out
    assert content(team) == before


def test_the_sources_are_only_read_even_when_they_are_old(tmp_path: Path, capsys) -> None:
    old = tmp_path / "old-laptop.db"
    v3_file(old)
    digest = hashlib.sha256(old.read_bytes()).hexdigest()
    team = tmp_path / "team.db"
    code, out, _ = merge(capsys, old, copy(old, tmp_path / "old-copy.db"), to=team)
    assert code == 0 and "3 drills added, 3 already there" in out
    assert hashlib.sha256(old.read_bytes()).hexdigest() == digest  # not upgraded in place


def test_two_different_copies_of_one_drill_are_a_reported_conflict(tmp_path: Path, trainees,
                                                                  capsys) -> None:
    ana, _ = trainees
    edited = copy(ana, tmp_path / "edited.db")
    conn = sqlite3.connect(edited)
    conn.execute("UPDATE events SET data = '{\"kind\": \"reply\", \"text\": \"changed\"}' "
                 "WHERE seq = 5 AND drill_id = 1")
    conn.commit()
    conn.close()
    team = tmp_path / "team.db"
    assert merge(capsys, ana, to=team)[0] == 0
    before = content(team)
    code, out, err = merge(capsys, edited, to=team)
    assert code == 1 and "1 conflicts" in out
    assert "conflict: drill " in err and "(ana, food-rumour" in err
    assert "event logs differ from event 5 on" in err and str(edited) in err
    assert "Traceback" not in err
    assert content(team) == before  # neither copy was overwritten


def test_a_summary_edited_in_one_copy_is_a_conflict_too(tmp_path: Path, trainees,
                                                       capsys) -> None:
    ana, _ = trainees
    edited = copy(ana, tmp_path / "edited.db")
    conn = sqlite3.connect(edited)
    conn.execute("UPDATE drills SET composite = 100 WHERE id = 1")
    conn.commit()
    conn.close()
    team = tmp_path / "team.db"
    merge(capsys, ana, to=team)
    code, _, err = merge(capsys, edited, to=team)
    assert code == 1 and "the same events but a different summary (composite 71" in err


def test_a_copy_taken_mid_drill_is_replaced_by_the_drill_played_on(tmp_path: Path,
                                                                   capsys) -> None:
    live = tmp_path / "live.db"
    log = drill_events(3, score=scores(77))
    with Store.open(live) as store:
        drill_id = store.start_drill(ScenarioRef(), "hash-a", 7, "cam", "blue")
        for event in log[:5]:
            store.record(drill_id, event)
        early = copy(live, tmp_path / "early.db")  # handed in while the drill was running
        for event in log[5:]:
            store.record(drill_id, event)
        store.finish(drill_id, scores(77))
    team = tmp_path / "team.db"
    assert merge(capsys, early, to=team)[0] == 0
    code, out, _ = merge(capsys, live, to=team)
    assert code == 0 and "1 updated" in out
    assert content(team)["events"] == content(live)["events"]
    code, out, _ = merge(capsys, early, to=team)  # the early copy again: the later one stays
    assert code == 0 and "0 updated" in out and "1 already there" in out
    with Store.open(team, create=False) as store:
        [summary] = queries.recent_drills(store)
    assert (summary.status, summary.composite) == ("finished", 77)


def test_team_sessions_travel_with_their_drills(tmp_path: Path, capsys) -> None:
    from simulator.scenario.library import resolve_scenario
    from simulator.scenario.loader import load_scenario

    food = load_scenario(resolve_scenario("food-rumour"))
    site = tmp_path / "site-a.db"
    with Store.open(site) as store:
        session = start_session(store, food, "food-rumour", hash_scenario(food), 7, team="blue")
        join(store, session.code, "ana")
        played = run_drill(food, 7, "perfect")  # a real drill, as a joined trainee plays it
        drill_id = store.start_drill(food, hash_scenario(food), 7, "ana", "blue")
        for event in played.engine.log:
            store.record(drill_id, event)
        store.finish(drill_id, played.score)
        link_drill(store, session.code, drill_id)
        send(store, session.code, label="Pace ×2", pace=2.0)
        add_note(store, session.code, "ana", "Good holding reply", author="lead")
    team = tmp_path / "team.db"
    code, out, _ = merge(capsys, site, to=team)
    assert code == 0 and "1 sessions added" in out
    assert merge(capsys, site, copy(site, tmp_path / "again.db"), to=team)[0] == 0
    merged = content(team)
    for table in ("sessions", "session_members", "session_injects", "session_notes"):
        assert merged[table] == content(site)[table], table
    with Store.open(team, create=False) as store:
        [note] = store.query("SELECT n.drill_id, d.uid FROM session_notes n JOIN drills d "
                             "ON d.id = n.drill_id")
    with Store.open(site, create=False) as store:
        assert note["uid"] == store.query("SELECT uid FROM drills")[0]["uid"]
    capsys.readouterr()
    assert main(["report", "--session", session.code, "--db", str(team), "-o", "-"]) == 0
    assert "ana" in capsys.readouterr().out


def test_a_session_code_that_means_another_session_is_a_conflict(tmp_path: Path,
                                                                capsys) -> None:
    from simulator.scenario.library import resolve_scenario
    from simulator.scenario.loader import load_scenario

    food = load_scenario(resolve_scenario("food-rumour"))
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    for path, seed in ((a, 1), (b, 2)):
        with Store.open(path) as store:
            session = start_session(store, food, "food-rumour", "hash-a", seed)
            link_drill(store, session.code, record_drill(store, f"t{seed}"))
    conn = sqlite3.connect(b)  # the 1-in-a-billion: site B drew the same code
    code_a = sqlite3.connect(a).execute("SELECT code FROM sessions").fetchone()[0]
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("UPDATE sessions SET code = ?", (code_a,))
    conn.execute("UPDATE drills SET session = ?", (code_a,))
    conn.commit()
    conn.close()
    team = tmp_path / "team.db"
    code, out, err = merge(capsys, a, b, to=team)
    assert code == 1 and "1 drills added" in out
    assert f"conflict: session {code_a} in {b}" in err and "left out" in err


def test_a_file_that_is_not_a_results_file_is_one_line(tmp_path: Path, capsys) -> None:
    junk = tmp_path / "notes.txt"
    junk.write_text("not a database")
    code, _, err = merge(capsys, junk, to=tmp_path / "team.db")
    assert code == 1 and err.count("\n") == 1 and str(junk) in err
    code, _, err = merge(capsys, tmp_path / "missing.db", to=tmp_path / "team.db")
    assert code == 1 and "no results file at" in err


def test_merge_needs_an_output(capsys) -> None:
    assert main(["results", "merge", "a.db"]) == 2
    assert "-o" in capsys.readouterr().err
    assert main(["results"]) == 2
