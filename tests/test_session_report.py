"""The team debrief compares a session's trainees side by side, post by post, in every format."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from simulator.bots.headless import run_drill
from simulator.cli import main
from simulator.scenario.library import resolve_scenario
from simulator.scenario.loader import load_scenario
from simulator.session import injects as inj
from simulator.session import link_drill, start_session
from simulator.session.notes import add_note
from simulator.session.report import build_session_report, render
from simulator.store import Store, hash_scenario

SEED = 9


@pytest.fixture(scope="module")
def food():  # type: ignore[no-untyped-def]
    return load_scenario(resolve_scenario("food-rumour"))


@pytest.fixture
def team(tmp_path: Path, food):  # type: ignore[no-untyped-def]
    db = tmp_path / "team.db"
    store = Store.open(db)
    session = start_session(store, food, "food-rumour", hash_scenario(food), SEED)
    inj.send(store, session.code, label="Pace ×2", pace=2.0)
    for trainee, bot in (("ana", "perfect"), ("<b>ben</b>", "rude"), ("cy", "silent")):
        result = run_drill(food, SEED, bot)
        drill_id = store.start_drill(food, hash_scenario(food), SEED, trainee)
        link_drill(store, session.code, drill_id)
        for event in result.engine.log:
            store.record(drill_id, event)
        store.finish(drill_id, result.score)
    add_note(store, session.code, "cy", "Froze | did not | reply")
    yield store, session, db
    store.close()


def test_trainees_side_by_side_and_post_by_post(team, food) -> None:
    store, session, _ = team
    report = build_session_report(store, session.code, food)
    assert report.trainees[0].trainee == "ana"  # best first
    by_name = {t.trainee: t for t in report.trainees}
    assert by_name["ana"].composite > by_name["<b>ben</b>"].composite
    assert by_name["cy"].answered == 0 and by_name["cy"].missed_escalations > 0
    assert by_name["cy"].notes == ("480s: Froze | did not | reply",)
    assert report.injects[0].endswith("Pace ×2")
    scripted = next(p for p in report.posts if p.post_id.startswith("s:"))
    assert set(scripted.handling) == {"ana", "<b>ben</b>", "cy"}
    ana, cy = scripted.handling["ana"], scripted.handling["cy"]
    assert ana is not None and ana.response_s is not None
    assert cy is not None and cy.response_s is None


def test_every_format_escapes_what_people_typed(team, food) -> None:
    store, session, _ = team
    report = build_session_report(store, session.code, food)
    page = render(report, "html")
    assert "&lt;b&gt;ben&lt;/b&gt;" in page and "<b>ben</b>" not in page
    markdown = render(report, "md")
    assert "Froze \\| did not \\| reply" in markdown
    assert "## Post by post" in markdown and "| ana |" in markdown.replace("\\", "")
    data = json.loads(render(report, "json"))
    assert data["session"]["code"] == session.code and len(data["trainees"]) == 3
    rows = list(csv.DictReader(io.StringIO(render(report, "csv"))))
    assert len(rows) == 3 * len(report.posts)
    assert {r["trainee"] for r in rows} == {"ana", "<b>ben</b>", "cy"}


def test_session_report_command_writes_the_file(team, tmp_path: Path, capsys) -> None:
    _, session, db = team
    out = tmp_path / "team.md"
    assert main(["session", "report", session.code, "-o", str(out), "--db", str(db)]) == 0
    assert out.read_text(encoding="utf-8").startswith("# Team debrief: Cluckers")
    assert main(["session", "report", session.code, "-o", "x.txt", "--db", str(db)]) == 2


@pytest.mark.parametrize("fmt", ["html", "md", "json", "csv"])
def test_report_session_is_the_same_command_as_a_drill_report(team, tmp_path: Path, capsys,
                                                              fmt: str) -> None:
    _, session, db = team
    out = tmp_path / f"team.{fmt}"
    assert main(["report", "--session", session.code.lower(), "-o", str(out),
                 "--db", str(db)]) == 0
    assert f"team debrief of session {session.code}" in capsys.readouterr().err
    text = out.read_text(encoding="utf-8")
    assert "<b>ben</b>" not in text if fmt == "html" else "ben" in text
    assert main(["report", "--session", "NOPE99", "-o", "-", "-f", "md", "--db", str(db)]) == 1
    assert main(["report", "--session", session.code, "1", "-o", "-", "--db", str(db)]) == 2


def test_a_drill_still_running_is_marked_and_long_posts_end_in_an_ellipsis(team, food) -> None:
    from simulator.session.report import render

    store, session, _ = team
    drill_id = store.start_drill(food, hash_scenario(food), SEED, "dee")
    link_drill(store, session.code, drill_id)
    for event in run_drill(food, SEED, "perfect").engine.log[:40]:
        store.record(drill_id, event)
    report = build_session_report(store, session.code, food)
    md = render(report, "md")
    assert re.search(r"^\| dee \| still running \(scores so far\) \|", md, re.M), md
    assert re.search(r"^\| ana \| finished \|", md, re.M)
    long_rows = [line for line in md.splitlines() if "…" in line.split(" | ")[0]]
    assert long_rows, "a post longer than the column ends in an ellipsis"
    assert "still running (scores so far)" in render(report, "html")


def test_the_team_csv_is_formula_safe(tmp_path: Path, food) -> None:
    """A trainee named like a formula, and an injected post from "@=1+1", stay text in a
    spreadsheet: the team CSV goes through the single-drill CSV's writer and cell guard."""
    store = Store.open(tmp_path / "team.db")
    session = start_session(store, food, "food-rumour", hash_scenario(food), SEED)
    inj.send(store, session.code, label="Post", post={
        "text": "Is this true?", "author": {"name": "Eve", "handle": "@=1+1"}})
    result = run_drill(food, SEED, "silent")
    trainee = '=HYPERLINK("http://evil.example","click")'
    drill_id = store.start_drill(food, hash_scenario(food), SEED, trainee)
    link_drill(store, session.code, drill_id)
    for event in result.engine.log:
        store.record(drill_id, event)
    store.finish(drill_id, result.score)
    text = render(build_session_report(store, session.code, food), "csv")
    store.close()
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows and all(row["trainee"] == "'" + trainee for row in rows)
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@")), value
