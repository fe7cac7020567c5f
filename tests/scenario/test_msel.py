"""The master events list as CSV: every bundled scenario (and one with injects, facts and chained
follow-ups) exported and imported back keeps its scripted posts, injects and facts field for field;
wrong rows are all reported at their lines and nothing is written. Through the real CLI."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from simulator.cli import main
from simulator.scenario import load_scenario
from simulator.scenario.library import bundled_scenarios

DATA = Path(__file__).parents[1] / "data" / "scenarios"
SCENARIOS = [path for _, path in bundled_scenarios()] + [DATA / "master-events.yaml"]


@pytest.mark.parametrize("path", SCENARIOS, ids=lambda p: Path(p).stem)
def test_export_then_import_keeps_the_storyline(path: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    sheet, new = tmp_path / "msel.csv", tmp_path / "new.yaml"
    assert main(["msel", "export", str(path), "-o", str(sheet)]) == 0
    assert main(["msel", "import", str(sheet), "--into", str(path), "-o", str(new)]) == 0
    capsys.readouterr()
    before, after = load_scenario(path), load_scenario(new)
    assert after.posts == before.posts
    assert after.injects == before.injects
    assert after.fact_updates == before.fact_updates
    assert (after.brand, after.channels, after.routes, after.crowd) == (
        before.brand, before.channels, before.routes, before.crowd)


def test_rows_are_in_time_order_with_follow_ups_under_their_post(tmp_path: Path) -> None:
    sheet = tmp_path / "msel.csv"
    assert main(["msel", "export", str(DATA / "master-events.yaml"), "-o", str(sheet)]) == 0
    rows = list(csv.DictReader(sheet.open(encoding="utf-8")))
    assert [(r["seq"], r["type"], r["id"] or r["notes"] or r["text"][:20]) for r in rows] == [
        ("1", "post", "sick"), ("2", "follow_up", "sick-again"), ("3", "follow_up", "sick-third"),
        ("4", "fact", "The health departmen"), ("5", "inject", "A journalist calls"),
        ("6", "inject", "The story trends")]
    assert rows[2]["parent"] == "sick-again" and rows[2]["when"] == "ignored_for 1m"
    assert rows[4]["from"] == "@danareyes_news" and rows[4]["expected_route"] == "pr"
    assert rows[0]["also"] == "pr"


def test_every_bad_row_is_reported_at_its_line_and_nothing_is_written(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sheet, new = tmp_path / "bad.csv", tmp_path / "new.yaml"
    sheet.write_text(
        "seq,time,type,id,parent,when,channel,from,from_name,text,expected_route,chanel\n"
        "1,10s,post,a,,,twiter,@a,A,hello,legl,\n"
        "2,,follow_up,b,nope,ignored_for 1m,,,,again,,\n"
        "3,99m,fact,,,,,,,late fact,,\n"
        "4,1m,inejct,,,,,,,x,,\n"
        '5,2m,post,c,,,x,@c,C,"a text\nover two lines",pr,\n'
        "6,2m,follow_up,d,c,sometimes,,,,again,,\n", encoding="utf-8")
    assert main(["msel", "import", str(sheet), "--into", "food-rumour", "-o", str(new)]) == 1
    err = capsys.readouterr().err
    assert f"{sheet}:1: unknown column 'chanel'; did you mean 'channel'?" in err
    assert f"{sheet}:2: unknown channel 'twiter'" in err
    assert f"{sheet}:2: unknown route 'legl'; did you mean 'legal'?" in err
    assert f"{sheet}:3: parent 'nope' is not a post or follow-up above this row" in err
    assert f"{sheet}:4: `time` 99m is not inside the drill (8m)" in err
    assert f"{sheet}:5: type 'inejct' is not one of post, follow_up, inject, fact; did you " \
           "mean 'inject'?" in err
    assert f"{sheet}:8: `when` 'sometimes' is not one of" in err  # after a two-line cell
    assert not new.exists()


def test_a_channel_may_be_given_by_its_name(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    sheet, new = tmp_path / "named.csv", tmp_path / "new.yaml"
    sheet.write_text("time,type,id,channel,from,from_name,text\n"
                     "30s,post,p1,X / Twitter,@p,Pat,is this true?\n", encoding="utf-8")
    assert main(["msel", "import", str(sheet), "--into", "food-rumour", "-o", str(new)]) == 0
    assert load_scenario(new).posts[0].channel == "x"
    assert "1 post, 0 injects, 0 fact updates" in capsys.readouterr().out


def test_import_refuses_to_overwrite_without_force(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    sheet, new = tmp_path / "msel.csv", tmp_path / "new.yaml"
    assert main(["msel", "export", "food-rumour", "-o", str(sheet)]) == 0
    new.write_text("keep me", encoding="utf-8")
    assert main(["msel", "import", str(sheet), "--into", "food-rumour", "-o", str(new)]) == 1
    assert "already exists" in capsys.readouterr().err and new.read_text() == "keep me"
