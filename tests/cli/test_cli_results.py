"""`crisis-drill history` and `crisis-drill leaderboard` against real results files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from store_fixtures import finding, record_drill, scores

from simulator.cli import main
from simulator.store import ENV_VAR, Store


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "team.db"
    with Store.open(path) as store:
        record_drill(store, "ann", team="blue", score=scores(62.5, speed=70, tone=55),
                     findings=[finding("blame", -15, "Defensive or blaming")])
        record_drill(store, "ann", team="blue", score=scores(81, speed=90, tone=75),
                     findings=[finding("empathy", 8, "Shows empathy")])
        record_drill(store, "bob", team="red", score=scores(70))
        record_drill(store, "cat", team="blue", seed=99, score=scores(40))
    return path


def test_history_prints_drills_trend_and_findings(db: Path, capsys) -> None:
    assert main(["history", "--trainee", "ann", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "History of ann: 2 drill(s)" in out
    lines = out.splitlines()
    rows = [line for line in lines if line.split()[2:3] == ["food-rumour"]]
    # kind "-": these drills' logs name no kind of crisis
    assert len(rows) == 2 and rows[0].split()[3:] == ["-", "7", "70.0", "55.0", "60.0", "62.5",
                                                      "finished"]
    assert any(line.split()[:6] == ["composite", "62.5", "->", "81.0", "(+18.5;", "+18.5/drill)"]
               for line in lines)
    assert "Defensive or blaming" in out and "Shows empathy" in out


def test_history_json_is_the_query_result(db: Path, capsys) -> None:
    assert main(["history", "--trainee", "ann", "--db", str(db), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["composite"] for d in data["drills"]] == [62.5, 81]
    assert data["trends"]["speed"]["change"] == 20
    assert data["top_findings"][0]["rule"] == "blame"


def test_history_of_an_unknown_trainee_names_the_known_ones(db: Path, capsys) -> None:
    assert main(["history", "--trainee", "zed", "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert "no drills for trainee 'zed'" in err and "ann" in err and "bob" in err


def test_leaderboard_prints_one_table_per_comparable_group(db: Path, capsys) -> None:
    assert main(["leaderboard", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    first, second = out.split("\n\n")
    assert first.startswith("Food rumour [food-rumour], seed 7")
    ranks = [line.split()[:4] for line in first.splitlines()[3:]]
    assert ranks == [["1", "ann", "blue", "81.0"], ["2", "bob", "red", "70.0"]]
    assert "seed 99" in second and "cat" in second


def test_leaderboard_filters_and_json(db: Path, capsys) -> None:
    assert main(["leaderboard", "--db", str(db), "--team", "red", "--json"]) == 0
    groups = json.loads(capsys.readouterr().out)
    assert [[e["trainee"] for e in g["entries"]] for g in groups] == [["bob"]]
    assert main(["leaderboard", "--db", str(db), "--scenario", "launch-outage"]) == 0
    assert "No finished drills to rank" in capsys.readouterr().out


def test_environment_variable_selects_the_file(db: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv(ENV_VAR, str(db))
    assert main(["leaderboard", "--scenario", "food-rumour"]) == 0
    assert "ann" in capsys.readouterr().out


def test_missing_file_is_reported_and_not_created(tmp_path: Path, capsys) -> None:
    path = tmp_path / "nothing-yet.db"
    assert main(["leaderboard", "--db", str(path)]) == 1
    assert "no results file at" in capsys.readouterr().err
    assert main(["history", "--trainee", "ann", "--db", str(path)]) == 1
    assert not path.exists()


def test_an_empty_results_file_says_so(tmp_path: Path, capsys) -> None:
    path = tmp_path / "empty.db"
    Store.open(path).close()
    assert main(["history", "--trainee", "ann", "--db", str(path)]) == 1
    assert "has no drills yet" in capsys.readouterr().err
    assert main(["leaderboard", "--db", str(path)]) == 0
    assert "No finished drills" in capsys.readouterr().out


def test_a_bad_file_is_exit_1_without_traceback_in_a_real_process(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("not sqlite at all\n" * 40)
    result = subprocess.run(
        [sys.executable, "-m", "simulator", "history", "--trainee", "ann", "--db", str(path)],
        capture_output=True, text=True, cwd=Path(__file__).parents[2], timeout=60,
    )
    assert result.returncode == 1
    assert "not a crisis-drill results file" in result.stderr
    assert "Traceback" not in result.stderr


def test_simulate_records_its_drill_like_a_played_one(tmp_path: Path, capsys) -> None:
    db = tmp_path / "demo.db"
    args = ["simulate", "food-rumour", "--seed", "3", "--db", str(db), "--json"]
    assert main([*args, "--trainee", "ann", "--team", "blue"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert main([*args, "--bot", "rude"]) == 0  # default trainee: bot-<name>
    capsys.readouterr()
    with Store.open(db) as store:
        drills = store.query("SELECT * FROM drills ORDER BY id")
        assert [(d["trainee"], d["team"], d["bot"], d["mode"], d["seed"], d["status"])
                for d in drills] == [("ann", "blue", "perfect", "simulate", 3, "finished"),
                                     ("bot-rude", None, "rude", "simulate", 3, "finished")]
        assert drills[0]["composite"] == pytest.approx(summary["composite"], abs=0.05)
        events = store.query("SELECT COUNT(*) AS n FROM events WHERE drill_id = 1")[0]["n"]
        assert events == summary["events"]
        posts = store.query("SELECT COUNT(*) AS n FROM posts WHERE drill_id = 1")[0]["n"]
        assert posts == summary["arrived"] >= summary["posts"]
    assert main(["leaderboard", "--db", str(db)]) == 0
    ranked = [line.split()[1] for line in capsys.readouterr().out.splitlines()[3:]]
    assert ranked == ["ann", "bot-rude"]


def test_simulate_no_save_writes_nothing(tmp_path: Path, capsys, monkeypatch) -> None:
    db = tmp_path / "never.db"
    monkeypatch.setenv(ENV_VAR, str(db))
    assert main(["simulate", "food-rumour", "--no-save"]) == 0
    assert not db.exists()


def test_simulate_into_a_bad_file_fails_clearly_before_running(tmp_path: Path, capsys) -> None:
    db = tmp_path / "notes.db"
    db.write_text("not a database\n" * 40)
    assert main(["simulate", "food-rumour", "--db", str(db)]) == 1
    captured = capsys.readouterr()
    assert "not a crisis-drill results file" in captured.err and "--no-save" in captured.err
    assert captured.out == ""
