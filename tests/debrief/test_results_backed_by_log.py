"""The leaderboard and history rank by what each drill's event log backs, not by the editable
summary columns, and say so where the two disagree (issue: one `UPDATE drills SET
composite = 100` moved a trainee to rank 1 while the debrief still said otherwise)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from scoring.drill import SCORING_VERSION
from simulator.cli import main
from simulator.debrief import queries
from simulator.debrief.model import build_debrief
from simulator.store import Store

SCENARIO, SEED = "food-rumour", "4"


@pytest.fixture(scope="module")
def team_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two real drills on one scenario and seed: a perfect player and a rude one."""
    path = tmp_path_factory.mktemp("team") / "team.db"
    for bot, trainee in (("perfect", "ana"), ("rude", "rui")):
        assert main(["simulate", SCENARIO, "--seed", SEED, "--bot", bot, "--trainee", trainee,
                     "--db", str(path)]) == 0
    return path


def copy_of(source: Path, tmp_path: Path) -> Path:
    target = tmp_path / "copy.db"
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target


def edit(path: Path, sql: str, *params: object) -> None:
    conn = sqlite3.connect(path)
    conn.execute(sql, params)
    conn.commit()
    conn.close()


def ranking(path: Path, *, verify: bool = False) -> list[tuple[str, float, bool]]:
    with Store.open(path, create=False) as store:
        [group] = queries.leaderboard(store, verify=verify)
    return [(e.trainee, e.composite, e.disagrees) for e in group.entries]


def test_an_edited_composite_does_not_move_a_trainee_up_and_is_reported(
        team_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = copy_of(team_file, tmp_path)
    honest = ranking(path)
    assert [name for name, _, _ in honest] == ["ana", "rui"]
    assert not any(flag for _, _, flag in honest)
    rui_true = honest[1][1]

    edit(path, "UPDATE drills SET composite = 100 WHERE trainee = 'rui'")
    assert ranking(path) == [("ana", honest[0][1], False), ("rui", rui_true, True)]
    capsys.readouterr()
    assert main(["leaderboard", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Warning: 1 drill(s) have scores" in out
    assert f"the file says composite 100.0, its log {rui_true:.1f}" in out

    # The debrief (rescoring the whole log) and the leaderboard now say the same number.
    with Store.open(path, create=False) as store:
        rui = queries.last_drill(store, "rui")
        assert rui is not None
        assert build_debrief(store, rui.id, with_ghost=False).score["composite"] == \
            pytest.approx(rui_true, abs=0.01)

    assert main(["history", "--trainee", "rui", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert f"{rui_true:.1f}" in out and "Warning: 1 drill(s)" in out
    assert main(["history", "--trainee", "rui", "--db", str(path), "--json"]) == 0
    [drill] = json.loads(capsys.readouterr().out)["drills"]
    assert drill["composite"] == rui_true and drill["disagrees"] is True
    assert drill["stored_composite"] == 100


def test_verify_rescoring_the_whole_log_catches_an_edited_end_event(
        team_file: Path, tmp_path: Path) -> None:
    path = copy_of(team_file, tmp_path)
    honest = dict((name, composite) for name, composite, _ in ranking(path))
    # Edit both the summary and the score the drill's end event recorded: the quick check is
    # fooled (both say 100), the full rescore is not.
    edit(path, "UPDATE drills SET composite = 100 WHERE trainee = 'rui'")
    edit(path, "UPDATE events SET data = json_set(data, '$.score.composite', 100) "
               "WHERE kind = 'drill_ended' AND drill_id = "
               "(SELECT id FROM drills WHERE trainee = 'rui')")
    assert ranking(path)[0] == ("rui", 100.0, False)
    assert ranking(path, verify=True) == [("ana", honest["ana"], False),
                                          ("rui", honest["rui"], True)]


def test_an_untouched_file_verifies_clean(team_file: Path) -> None:
    assert ranking(team_file, verify=True) == [(n, c, False) for n, c, _ in ranking(team_file)]


def test_a_drill_scored_under_older_rules_keeps_its_numbers_and_says_so(
        team_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # An old drill: its end event holds no score (as before scores were logged, scoring v1) and
    # its summary says 71.5. It is shown as played, not rescored or flagged, apart from the rest.
    path = copy_of(team_file, tmp_path)
    edit(path, "UPDATE events SET data = json_remove(data, '$.score') "
               "WHERE kind = 'drill_ended' AND drill_id = "
               "(SELECT id FROM drills WHERE trainee = 'rui')")
    edit(path, "UPDATE drills SET composite = 71.5, score = json_remove(score, '$.scoring') "
               "WHERE trainee = 'rui'")
    with Store.open(path, create=False) as store:
        groups = queries.leaderboard(store, verify=True)
        rui = queries.last_drill(store, "rui")
        assert rui is not None
        debrief = build_debrief(store, rui.id, with_ghost=False)
    assert [(g.scoring, [e.trainee for e in g.entries]) for g in groups] == [
        (SCORING_VERSION, ["ana"]), (1, ["rui"])]
    old = groups[1].entries[0]
    assert (old.composite, old.disagrees) == (71.5, False)
    assert debrief.played_under == {"scoring": 1, "composite": 71.5}
    assert main(["leaderboard", "--db", str(path)]) == 0
    assert "scored under the older scoring v1" in capsys.readouterr().out
    assert main(["history", "--trainee", "rui", "--db", str(path)]) == 0
    assert "finished (scoring v1)" in capsys.readouterr().out
