"""`crisis-drill report` and `crisis-drill debrief` on real results files."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from debrief_fixtures import FORMULA, HOSTILE, shared_results

from simulator.cli import main
from simulator.store import Store


@pytest.fixture(scope="module")
def results() -> tuple[Path, dict[str, int]]:
    return shared_results()


@pytest.mark.parametrize("fmt", ["html", "md", "json", "csv"])
def test_report_writes_each_format(results, tmp_path, capsys, fmt: str) -> None:
    db, ids = results
    out = tmp_path / f"drill.{fmt}"
    code = main(["report", str(ids["hostile"]), "--format", fmt, "-o", str(out), "--db", str(db)])
    assert code == 0
    assert f"wrote {fmt} debrief of drill {ids['hostile']}" in capsys.readouterr().err
    text = out.read_text(encoding="utf-8")
    if fmt == "html":
        assert text.startswith("<!DOCTYPE html>") and "&lt;script&gt;" in text
        assert "<script" not in text
    elif fmt == "md":
        assert text.startswith("# Debrief: drill") and "\\[bold\\]Hi\\[/bold\\]" in text
    elif fmt == "json":
        data = json.loads(text)
        assert data["drill"]["id"] == ids["hostile"]
        assert any(h["text"] == HOSTILE for p in data["posts"] for h in p["handling"])
    else:
        rows = list(csv.DictReader(io.StringIO(text, newline="")))
        assert {row["replies"] for row in rows} >= {HOSTILE, "'" + FORMULA}


def test_report_last_to_stdout_and_format_from_suffix(results, tmp_path, capsys) -> None:
    db, ids = results
    assert main(["report", "--last", "-f", "json", "-o", "-", "--db", str(db)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["drill"]["id"] == ids["aborted"]  # the most recently started drill
    assert data["drill"]["status"] == "aborted"
    out = tmp_path / "wiki.md"
    assert main(["report", "--last", "--trainee", "ana", "-o", str(out), "--db", str(db)]) == 0
    assert out.read_text(encoding="utf-8").startswith(f"# Debrief: drill {ids['good']},")


def test_report_errors_are_one_line(results, tmp_path, capsys) -> None:
    db, _ = results
    assert main(["report", "999", "-f", "md", "-o", "-", "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert "no drill 999" in err and "Traceback" not in err
    assert main(["report", "-f", "md", "-o", "-", "--db", str(db)]) == 2  # DRILL or --last
    capsys.readouterr()
    assert main(["report", "1", "-o", "-", "--db", str(db)]) == 0  # stdout: Markdown
    assert capsys.readouterr().out.startswith("# ")
    assert main(["report", "1", "-o", str(tmp_path / "notes.txt"), "--db", str(db)]) == 2
    assert "end it in .html, .md, .json or .csv, or say --format" in capsys.readouterr().err
    assert main(["report", "1", "-f", "md", "-o", str(tmp_path), "--db", str(db)]) == 2
    assert "is a folder" in capsys.readouterr().err
    missing = tmp_path / "nothing-here.db"
    assert main(["report", "--last", "-f", "md", "-o", "-", "--db", str(missing)]) == 1
    assert "no results file" in capsys.readouterr().err
    assert not missing.exists()  # readers never create the file
    Store.open(tmp_path / "empty.db").close()
    assert main(["report", "--last", "-f", "csv", "-o", "-", "--db",
                 str(tmp_path / "empty.db")]) == 1
    assert "no drills" in capsys.readouterr().err
    assert main(["report", "1", "-f", "md", "-o", str(tmp_path / "no" / "dir" / "x.md"),
                 "--db", str(db)]) == 1
    assert "cannot write" in capsys.readouterr().err


def test_debrief_command_explains_a_missing_drill(results, tmp_path, capsys) -> None:
    db, _ = results
    assert main(["debrief", "999", "--db", str(db)]) == 1
    assert "no drill 999" in capsys.readouterr().err
    Store.open(tmp_path / "empty.db").close()
    assert main(["debrief", "--db", str(tmp_path / "empty.db")]) == 1
    assert "no drills" in capsys.readouterr().err
    assert main(["debrief", "--last", "--trainee", "nobody", "--db", str(db)]) == 1
    assert "trainee 'nobody'" in capsys.readouterr().err


def test_debrief_command_runs_the_app(results, monkeypatch, capsys) -> None:
    """The command builds the app for the asked drill and runs it (run() replaced: no TTY)."""
    from simulator.tui.debrief import DebriefApp

    db, ids = results
    ran: list[int] = []
    monkeypatch.setattr(DebriefApp, "run",
                        lambda self, *a, **k: ran.append(self.debrief_screen.debrief.drill.id))
    assert main(["debrief", str(ids["good"]), "--db", str(db)]) == 0
    assert main(["debrief", "--db", str(db)]) == 0  # no DRILL: the latest
    assert ran == [ids["good"], ids["aborted"]]


def test_simulated_drills_debrief_end_to_end(tmp_path, capsys) -> None:
    """`simulate` fills a results file; `report` debriefs it with the better run as the ghost,
    and the engine replay of the recorded drill matches what was recorded."""
    from simulator.debrief.model import build_debrief
    from simulator.debrief.replay import Replay, divergence

    db = str(tmp_path / "sim.db")
    for bot, trainee in (("perfect", "ana"), ("rude", "bob")):
        assert main(["simulate", "food-rumour", "--bot", bot, "--seed", "2", "--db", db,
                     "--trainee", trainee]) == 0
    capsys.readouterr()
    assert main(["report", "--last", "-f", "json", "-o", "-", "--db", db]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["drill"]["trainee"] == "bob" and data["ghost_drill"]["trainee"] == "ana"
    assert data["score"]["composite"] < data["ghost_drill"]["composite"]
    with Store.open(db, create=False) as store:
        debrief = build_debrief(store, data["drill"]["id"], with_ghost=False)
    replay = Replay.from_log(debrief.scenario, debrief.drill.seed, debrief.events)
    state = replay.at(debrief.drill.duration)
    assert divergence(state, debrief.events) is None and replay.rejected == 0
    assert len(state.posts) == len(debrief.posts)
    assert sum(p.replied for p in state.posts) == sum(1 for p in debrief.posts if p.replies)


def test_a_scenario_file_that_was_not_played_is_noted_and_ignored(results, tmp_path,
                                                                 capsys) -> None:
    from simulator.scenario.library import resolve_scenario

    db, ids = results
    changed = tmp_path / "changed.yaml"
    text = resolve_scenario("food-rumour").read_text(encoding="utf-8")
    changed.write_text(text.replace("title: \"", "title: \"Changed ", 1), encoding="utf-8")
    assert main(["report", str(ids["good"]), "-f", "json", "-o", "-", "--db", str(db),
                 "--scenario", str(changed)]) == 0
    captured = capsys.readouterr()
    assert "is not the scenario drill" in captured.err
    data = json.loads(captured.out)
    assert data["scenario_matches"] is False and data["drill"]["duration"] == 480.0
    assert main(["report", str(ids["good"]), "-f", "json", "-o", "-", "--db", str(db),
                 "--scenario", str(resolve_scenario("food-rumour"))]) == 0
    assert json.loads(capsys.readouterr().out)["scenario_matches"] is True
