"""`crisis-drill simulate`: in-process through the real `main`, and once as a real subprocess."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from simulator import cli
from simulator.cli import main
from simulator.scenario.library import resolve_scenario

ROOT = Path(__file__).parents[2]


@pytest.fixture(autouse=True)
def only_simulate(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Only this command registered, so another command module mid-edit cannot break these; and
    never the user's results file (these tests pass --no-save; the env var is a second guard)."""
    monkeypatch.setattr(cli, "COMMAND_MODULES", ("simulator.cli.simulate_cmd",))
    monkeypatch.setenv("CRISIS_DRILL_DB", str(tmp_path / "results.db"))


def test_human_summary_for_a_bundled_id(capsys):
    assert main(["simulate", "food-rumour", "--bot", "perfect", "--no-save"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("food-rumour · seed 1 · bot perfect:")
    for label in ("composite", "speed", "answered", "median", "p90", "tone", "escalation",
                  "missed", "brand health"):
        assert label in out


def test_json_output_is_reproducible_and_orders_bots(capsys, tmp_path):
    path = tmp_path / "drill.yaml"
    shutil.copy(resolve_scenario("food-rumour"), path)  # a real file given by path
    results = {}
    for bot in ("perfect", "silent"):
        assert main(["simulate", str(path), "--bot", bot, "--seed", "3", "--json",
                     "--no-save"]) == 0
        results[bot] = json.loads(capsys.readouterr().out)
    assert main(["simulate", str(path), "--bot", "perfect", "--seed", "3", "--json",
                 "--no-save"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert again["digest"] == results["perfect"]["digest"]
    assert results["perfect"]["composite"] > results["silent"]["composite"]
    assert results["silent"]["answered_share"] == 0
    assert results["perfect"]["score"]["posts"]  # the full per-post breakdown is included
    assert {"speed", "tone", "escalation", "median_response_s", "p90_response_s",
            "missed_escalations"} <= set(results["perfect"])


def test_user_errors_exit_1_or_2_without_a_traceback(capsys, tmp_path):
    assert main(["simulate", "no-such-drill", "--no-save"]) == 1
    assert "neither a file nor a bundled scenario" in capsys.readouterr().err
    broken = tmp_path / "broken.yaml"
    broken.write_text("id: broken\ntitle: [unclosed\n", encoding="utf-8")
    assert main(["simulate", str(broken), "--no-save"]) == 1
    err = capsys.readouterr().err
    assert "is not a valid scenario" in err and "Traceback" not in err
    assert main(["simulate", "food-rumour", "--bot", "lazy", "--no-save"]) == 2
    assert main(["simulate", "food-rumour", "--speed", "0", "--no-save"]) == 2
    assert "--speed" in capsys.readouterr().err
    assert main(["simulate", "food-rumour", "--locale", "xx_XX", "--no-save"]) == 2
    assert "unknown locale 'xx_XX'" in capsys.readouterr().err


def test_locale_changes_the_crowd(capsys):
    digests = []
    for locale in ("de_DE", "en_US"):
        assert main(["simulate", "food-rumour", "--bot", "silent", "--json", "--no-save",
                     "--locale", locale]) == 0
        digests.append(json.loads(capsys.readouterr().out)["digest"])
    assert digests[0] != digests[1]


@pytest.mark.slow
def test_subprocess_entry_point(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CRISIS_DRILL_DB": str(tmp_path / "r.db")}
    done = subprocess.run(
        [sys.executable, "-m", "simulator", "simulate", "food-rumour", "--bot", "rude", "--json",
         "--no-save"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
    )
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["bot"] == "rude" and summary["tone"] < 40


def test_simulate_and_the_results_tables_round_a_score_the_same_way() -> None:
    """`simulate` said 78.1 and `leaderboard` 78.2 for one drill: the raw score rounded once,
    the stored two-decimal one rounded again."""
    import random

    from scoring.drill import shown
    from simulator.cli.results_cmds import _num

    assert shown(78.1499) == 78.2 and _num(round(78.1499, 2)) == "78.2"
    rng = random.Random(7)
    for _ in range(20_000):
        value = rng.uniform(0, 100)
        assert f"{shown(value):.1f}" == _num(round(value, 2)), value
