"""`crisis-drill session ...` as a facilitator types it, on a real shared file."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from simulator.bots.headless import run_drill
from simulator.cli import main
from simulator.scenario.library import resolve_scenario
from simulator.scenario.loader import load_scenario
from simulator.store import Store, hash_scenario
from simulator.team import injects as inj
from simulator.team import join, link_drill
from simulator.team.injects import injects_after


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def start(capsys: pytest.CaptureFixture[str], db: Path, *extra: str) -> str:
    code, out, _ = run(capsys, "session", "start", "food-rumour", "--seed", "7", "--db", str(db),
                       *extra)
    assert code == 0
    found = re.search(r"play --join ([A-Z2-9]{6}) --trainee NAME --db (\S+)", out)
    assert found, out
    assert found.group(2) == str(db.resolve())
    return found.group(1)


def test_start_prints_the_join_command_and_the_session_is_listed(tmp_path: Path, capsys) -> None:
    db = tmp_path / "team.db"
    code = start(capsys, db)
    status, out, _ = run(capsys, "session", "list", "--db", str(db), "--json")
    listed = json.loads(out)
    assert status == 0 and [(s["code"], s["seed"], s["mode"], s["status"]) for s in listed] == [
        (code, 7, "together", "open")]
    status, out, _ = run(capsys, "session", "show", code.lower(), "--db", str(db))
    assert status == 0 and "nobody has joined yet" in out
    status, out, _ = run(capsys, "session", "release", code, "--db", str(db))
    assert status == 0 and f"session {code} released" in out
    _, out, _ = run(capsys, "session", "show", code, "--db", str(db), "--json")
    assert json.loads(out)["session"]["released_at"] is not None


def test_unknown_code_and_missing_file_are_errors_not_tracebacks(tmp_path: Path, capsys) -> None:
    db = tmp_path / "team.db"
    start(capsys, db)
    status, _, err = run(capsys, "session", "release", "ABCDEF", "--db", str(db))
    assert status == 1 and "no session 'ABCDEF'" in err
    status, _, err = run(capsys, "session", "show", "ABCDEF", "--db", str(tmp_path / "none.db"))
    assert status == 1 and "no results file" in err
    status, _, err = run(capsys, "session", "start", "no-such-drill", "--db", str(db))
    assert status == 1 and "neither a file nor a bundled scenario" in err


def test_injects_and_notes_from_the_shell(tmp_path: Path, capsys) -> None:
    db = tmp_path / "team.db"
    code = start(capsys, db, "--mode", "individual")
    with Store.open(db) as store:
        join(store, code, "ana")  # waiting on the briefing: injects and notes can name her
    post = tmp_path / "tv.yaml"
    post.write_text("text: A TV van is parked outside the Main St store\nroute: pr\n",
                    encoding="utf-8")
    assert run(capsys, "session", "inject", code, "--ready", "journalist", "--db", str(db))[0] == 0
    assert run(capsys, "session", "inject", code, "--post", str(post), "--db", str(db))[0] == 0
    status, out, _ = run(capsys, "session", "inject", code, "--pace", "2", "--trainee", "ana",
                         "--db", str(db))
    assert status == 0 and "sent to ana" in out
    status, _, err = run(capsys, "session", "inject", code, "--ready", "aliens", "--db", str(db))
    assert status == 2 and "unknown ready-made inject 'aliens'" in err
    with Store.open(db) as store:
        sent = injects_after(store, code)
        assert [(i.kind, i.label, i.target) for i in sent] == [
            ("post", "A journalist calls", None), ("post", "Post from tv.yaml", None),
            ("pace", "Pace ×2", "ana")]
        assert sent[1].payload["post"]["text"].startswith("A TV van")
        scenario = load_scenario(resolve_scenario("food-rumour"))
        drill_id = store.start_drill(scenario, hash_scenario(scenario), 7, "ana")
        link_drill(store, code, drill_id)
        for event in run_drill(scenario, 7, "perfect").engine.log[:50]:
            store.record(drill_id, event)
    status, out, _ = run(capsys, "session", "note", code, "ana", "Calm first reply",
                         "--name", "Fay", "--db", str(db))
    assert status == 0 and f"note saved for ana in drill {drill_id}" in out
    status, out, _ = run(capsys, "session", "show", code, "--db", str(db))
    assert status == 0 and re.search(r"^ana\s+running\s+\d+%", out, re.M), out


def test_joining_refuses_what_cannot_work(tmp_path: Path, capsys) -> None:
    import argparse

    from simulator.cli import CommandError, UsageError
    from simulator.cli.play_cmd import run_joined_play

    db = tmp_path / "team.db"
    code = start(capsys, db)

    def join(**options: object) -> None:
        values = {"join": code, "trainee": "ana", "db": db, "scenario": None, "team": None,
                  "coach": False, "no_save": False, **options}
        run_joined_play(argparse.Namespace(**values))

    with pytest.raises(UsageError, match="drop --no-save"):
        join(no_save=True)
    with pytest.raises(UsageError, match="drop SCENARIO"):
        join(scenario="food-rumour")
    with pytest.raises(UsageError, match="interactive terminal"):
        join()  # pytest's stdin is not a terminal
    with pytest.raises(CommandError, match="no session 'ZZZZZZ'"):
        join(join="zzzzzz")
    assert run(capsys, "session", "close", code, "--db", str(db))[0] == 0
    with pytest.raises(CommandError, match="is closed"):
        join()
    status, _, err = run(capsys, "serve", "--join", "zzzzzz", "--db", str(db), "--port", "1")
    assert status == 1 and "no session 'ZZZZZZ'" in err


def test_the_pre_commit_hook_checks_scenario_files(tmp_path: Path) -> None:
    import subprocess
    import sys

    import yaml

    root = Path(__file__).resolve().parents[2]
    [hook] = yaml.safe_load((root / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "crisis-drill-validate" and hook["entry"] == "crisis-drill validate"
    files = re.compile(hook["files"])
    assert files.search("scenarios/outage.yaml") and files.search("team/drills/rumour.yml")
    assert not files.search(".github/workflows/ci.yaml") and not files.search("scenarios/a.py")
    bad = tmp_path / "drills" / "broken.yaml"
    bad.parent.mkdir()
    bad.write_text("id: broken\ntitle: [unclosed\n", encoding="utf-8")
    good = resolve_scenario("food-rumour")
    entry = hook["entry"].replace("crisis-drill", f"{sys.executable} -m simulator").split()
    result = subprocess.run([*entry, str(good), str(bad)], cwd=root, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 1, result.stdout + result.stderr
    assert re.search(rf"{re.escape(str(bad))}:\d+:\d+", result.stdout)


def test_play_join_goes_through_the_play_command(tmp_path: Path, capsys) -> None:
    db = tmp_path / "team.db"
    code = start(capsys, db)
    status, _, err = run(capsys, "play", "--join", code, "--seed", "3", "--db", str(db))
    assert status == 2 and "drop --seed" in err
    status, _, err = run(capsys, "play", "--join", code, "food-rumour", "--db", str(db))
    assert status == 2 and "drop SCENARIO" in err
    status, _, err = run(capsys, "play", "--join", "zzzzzz", "--db", str(db))
    assert status == 1 and "no session 'ZZZZZZ'" in err and "Traceback" not in err
    # The code is right: only the missing terminal stops it (pytest's stdin is not a tty).
    status, _, err = run(capsys, "play", "--join", code.lower(), "--db", str(db))
    assert status == 2 and "interactive terminal" in err


def test_a_misspelt_trainee_gets_no_inject_or_note_and_is_told_who_is_there(tmp_path: Path,
                                                                          capsys) -> None:
    db = tmp_path / "team.db"
    code = start(capsys, db)
    with Store.open(db) as store:
        join(store, code, "Ana")
    status, _, err = run(capsys, "session", "inject", code, "--ready", "journalist", "--trainee",
                         "nobody", "--db", str(db))
    assert status == 1 and "no trainee 'nobody'" in err and "(Ana)" in err
    status, _, err = run(capsys, "session", "note", code, "nobody", "hello", "--db", str(db))
    assert status == 1 and "no trainee 'nobody'" in err
    status, out, _ = run(capsys, "session", "note", code, "ana", "calm start", "--db", str(db))
    assert status == 0 and "note saved for Ana" in out  # the name as the session knows it
    with Store.open(db) as store:
        assert injects_after(store, code) == []


@pytest.mark.parametrize("pace", ["0", "-1", "nan"])
def test_a_pace_that_would_stop_the_crowd_is_refused(tmp_path: Path, capsys, pace: str) -> None:
    db = tmp_path / "team.db"
    code = start(capsys, db, "--mode", "individual")
    status, _, err = run(capsys, "session", "inject", code, "--pace", pace, "--db", str(db))
    assert status == 2 and "above 0" in err
    with Store.open(db) as store:
        assert injects_after(store, code) == []
        with pytest.raises(ValueError, match="above 0"):
            inj.send(store, code, label="freeze", pace=0.0)
