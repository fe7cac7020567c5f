"""The team debrief compares a session's trainees side by side, post by post, in every format."""

from __future__ import annotations

import csv
import html
import io
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
from simulator.team import link_drill, start_session
from simulator.team.notes import add_note
from simulator.team.report import (
    FORMATS,
    Handling,
    PostComparison,
    build_session_report,
    render,
)

SEED = 9


@pytest.fixture(scope="module")
def food():
    return load_scenario(resolve_scenario("food-rumour"))


@pytest.fixture
def team(tmp_path: Path, food):
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
    assert by_name["cy"].notes == ("8:00: Froze | did not | reply",)
    assert report.injects[0].label == "Pace ×2" and not report.injects[0].reached
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
    assert "## The storyline, post by post" in markdown and "| ana |" in markdown.replace("\\", "")
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
    from simulator.team.report import render

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


# ---------------------------------------------------------------------------- issue 16
# What a facilitator who ran a drill with two trainees asked the team report to fix: reply texts
# with their findings, the storyline before the crowd, drill time on every stamp, the charts, and
# no cell mixing two trainees' posts.
TIME_OF_DAY = re.compile(r"\b\d\d:\d\d:\d\d\b")


def got(post: PostComparison, trainee: str) -> Handling:
    """How `trainee` handled `post`, who must have been given it."""
    handling = post.handling[trainee]
    assert handling is not None, (post.row, trainee)
    return handling


def label(chart: str) -> str:
    found = re.search(r'aria-label="([^"]+)"', chart)
    assert found is not None, chart
    return found.group(1)


def _posts_of(store: Store, drill_id: int) -> dict[str, tuple[str, str]]:
    """What the drill's own rows say each of its posts is: id → (author handle, text)."""
    return {row["post_id"]: (row["author_handle"], row["text"]) for row in store.query(
        "SELECT post_id, author_handle, text FROM posts WHERE drill_id = ?", (drill_id,))}


def _replies_of(store: Store, drill_id: int) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for row in store.query("SELECT post_id, text FROM actions WHERE drill_id = ? AND kind IN "
                           "('reply', 'dm') AND text IS NOT NULL ORDER BY seq", (drill_id,)):
        found.setdefault(row["post_id"], []).append(row["text"])
    return found


def test_a_row_only_ever_compares_the_same_post(team, food) -> None:
    """`r-0001` in ana's drill is a crowd member thanking her; in ben's it is someone outraged
    by his rude reply. Each is a row of its own, with only that trainee's handling and reply."""
    store, session, _ = team
    report = build_session_report(store, session.code, food)
    drills = {t.trainee: t.drill_id for t in report.trainees}
    posts = {name: _posts_of(store, drill) for name, drill in drills.items()}
    replies = {name: _replies_of(store, drill) for name, drill in drills.items()}
    assert posts["ana"]["r-0001"] != posts["<b>ben</b>"]["r-0001"]  # what the old report mixed
    rows = [p for p in report.posts if p.post_id == "r-0001"]
    assert len(rows) >= 2 and len({p.row for p in report.posts}) == len(report.posts)
    for post in report.posts:
        for name, handled in post.handling.items():
            if handled is None:
                continue
            assert posts[name][handled.post_id] == (post.author, post.text), (post.row, name)
            assert [r.text for r in handled.replies] == replies[name].get(handled.post_id, [])
    ana_r1 = next(p for p in rows if p.handling["ana"] is not None)
    assert ana_r1.seen_by == ("ana",) and ana_r1.text == posts["ana"]["r-0001"][1]
    ben_r1 = next(p for p in rows if p.handling["<b>ben</b>"] is not None)
    page = render(report, "html")
    ana_row = re.search(rf'<tr id="row-{re.escape(ana_r1.row)}">.*?</tr>', page, re.S)
    assert ana_row is not None
    assert "only in ana&#x27;s drill" in ana_row.group(0)
    assert html.escape(ben_r1.text, quote=True) not in ana_row.group(0)
    rows_csv = list(csv.DictReader(io.StringIO(render(report, "csv"))))
    ben_there = [r for r in rows_csv if r["row"] == ana_r1.row and r["trainee"] == "<b>ben</b>"]
    assert [(r["seen"], r["handled"], r["replies"]) for r in ben_there] == [
        ("no", "not seen", "")]


def test_untouched_posts_are_no_action_and_only_a_leave_is_left_alone(team, food) -> None:
    store, session, _ = team
    report = build_session_report(store, session.code, food)
    leaves = {row["post_id"] for row in store.query(
        "SELECT post_id FROM actions WHERE drill_id = ? AND kind = 'leave'",
        (next(t.drill_id for t in report.trainees if t.trainee == "ana"),))}
    assert leaves, "the perfect player leaves the troll and the praise alone"
    for post in report.posts:
        ana, cy = post.handling["ana"], post.handling["cy"]
        if ana is not None:
            assert ("left alone" in ana.summary()) == (ana.post_id in leaves), post.row
        if cy is not None:  # cy never touched anything
            assert cy.summary().startswith("no reply" if cy.needed_reply else "no action")
    for fmt in FORMATS:
        assert "left (no reply needed)" not in render(report, fmt)
    untouched = next(h for h in (p.handling["cy"] for p in report.posts)
                     if h is not None and not h.needed_reply)
    assert untouched.summary().startswith("no action")


@pytest.fixture
def injected(tmp_path: Path, food):
    """Two trainees recorded on the real engine with the session's injects in their logs: one
    to ana alone at 1:00 (her `i-0001`), then one to everyone at 2:00 and 2:03 (ana's `i-0002`,
    ben's `i-0001`); a note on each at their drill's latest time. Ben's replies are hostile."""
    from debrief_fixtures import good_plan, hostile_plan, record_drill

    store = Store.open(tmp_path / "injected.db")
    session = start_session(store, food, "food-rumour", hash_scenario(food), 3)
    first = inj.ready_made("ceo")
    only_ana = inj.send(store, session.code, label=first.label, target="ana",
                        post=inj.ready_made_post(first, food))
    second = inj.ready_made("journalist")
    everyone = inj.send(store, session.code, label=second.label,
                        post=inj.ready_made_post(second, food))
    late = inj.send(store, session.code, label="Pace ×2 after everyone finished", pace=2.0)
    drills = {}
    for trainee, plan, times in (("ana", good_plan, [(60.0, only_ana), (120.0, everyone)]),
                                 ("ben <i>", hostile_plan, [(123.0, everyone)])):
        drills[trainee] = record_drill(store, food, plan, trainee=trainee, seed=3,
                                       injects=times)
        link_drill(store, session.code, drills[trainee])
        add_note(store, session.code, trainee, f"watching {trainee} | closely")
    yield store, session, drills, (only_ana, everyone, late)
    store.close()


def test_an_injected_post_is_matched_by_its_inject_not_by_its_number(injected, food) -> None:
    store, session, drills, (only_ana, everyone, late) = injected
    report = build_session_report(store, session.code, food)
    by_row = {p.row: p for p in report.posts}
    ceo, journalist = by_row[f"inject-{only_ana.id}"], by_row[f"inject-{everyone.id}"]
    assert ceo.seen_by == ("ana",) and got(ceo, "ana").post_id == "i-0001"
    assert got(journalist, "ana").post_id == "i-0002"
    assert got(journalist, "ben <i>").post_id == "i-0001"  # the same post, its own number
    assert journalist.label == f"inject {everyone.id}: A journalist calls"
    assert journalist.arrived_at == 120.0 and got(journalist, "ben <i>").arrived_t == 123.0
    for row in (ceo, journalist):
        for name, handled in row.handling.items():
            if handled is not None:
                assert _posts_of(store, drills[name])[handled.post_id] == (row.author, row.text)
    assert not [p for p in report.posts if p.post_id.startswith("i-") and p.row.startswith("i-")]
    lines = {i.inject_id: i for i in report.injects}
    assert lines[everyone.id].reached == {"ana": 120.0, "ben <i>": 123.0}
    assert lines[everyone.id].summary == "2:00–2:03 A journalist calls"
    assert lines[only_ana.id].summary == "1:00 The CEO tweets (to ana)"
    assert lines[late.id].summary.endswith("not delivered (no drill of the session was running "
                                           "when it was sent)")
    md = render(report, "md")
    assert "- 2:00–2:03 A journalist calls" in md and "- 1:00 The CEO tweets (to ana)" in md
    assert "(arrived 2:03)" in md  # ben got it later than the row's time


def test_every_stamp_is_drill_time_in_every_format(injected, food) -> None:
    """Injects and notes at m:ss on the drill's clock (not the wall clock, not "406s")."""
    store, session, _, (_, everyone, _) = injected
    report = build_session_report(store, session.code, food)
    assert [(n.trainee, n.at) for n in report.notes] == [("ana", "8:00"), ("ben <i>", "8:00")]
    md, page = render(report, "md"), render(report, "html")
    for text in (md, page):
        assert not TIME_OF_DAY.search(text), TIME_OF_DAY.search(text)
        assert not re.search(r"\b\d{3,}s\b", text)  # no "480s" stamps
    assert "- 8:00 **ana**: watching ana \\| closely" in md
    assert "8:00 <b>ben &lt;i&gt;</b>: watching ben &lt;i&gt; | closely" in page
    assert "<li>2:00–2:03 A journalist calls</li>" in page
    assert "| 0:" in md and '<td class="at">0:' in page  # posts arrive at m:ss
    data = json.loads(render(report, "json"))
    assert {i["label"]: i["at"] for i in data["injects"]}["A journalist calls"] == "2:00–2:03"
    assert [n["at"] for n in data["notes"]] == ["8:00", "8:00"]
    assert all(p["arrived"] == f"{int(p['arrived_at']) // 60}:{int(p['arrived_at']) % 60:02d}"
               for p in data["posts"])
    rows = list(csv.DictReader(io.StringIO(render(report, "csv"))))
    journalist = [r for r in rows if r["row"] == f"inject-{everyone.id}"]
    assert {r["trainee"]: r["arrived"] for r in journalist} == {"ana": "2:00", "ben <i>": "2:03"}
    assert all(r["replies"] == "" or re.match(r"\d+:\d\d ", r["replies"]) for r in rows)


def test_the_storyline_comes_first_and_the_crowd_is_folded_below_it(team, food) -> None:
    store, session, _ = team
    report = build_session_report(store, session.code, food)
    sections = [p.section for p in report.posts]
    assert sections == sorted(sections, key=lambda s: s != "storyline")  # storyline, then crowd
    for post in report.posts:
        assert (post.section == "storyline") == post.post_id.startswith(("s:", "i-")), post.row
    storyline = [p.arrived_at for p in report.posts if p.section == "storyline"]
    assert storyline == sorted(storyline) and any(p.kind == "follow-up" for p in report.posts)
    assert {p.post_id[:2] for p in report.posts if p.section == "crowd"} == {"g-", "r-", "v-"}
    page = render(report, "html")
    crowd = page.index("<h2>The crowd</h2><details><summary>")
    assert page.index("<h2>The storyline, post by post</h2>") < crowd
    assert page.index('id="row-s:') < crowd < page.index('id="row-g-') < page.index("</details>")
    md = render(report, "md")
    assert md.index("## The storyline, post by post") < md.index("## The crowd")
    crowd_author = next(p.author for p in report.posts if p.section == "crowd"
                        and all(q.author != p.author for q in report.posts
                                if q.section == "storyline"))
    assert md.index("## The crowd") < md.index(crowd_author)  # a crowd post, in its section
    data = json.loads(render(report, "json"))
    assert {p["section"] for p in data["posts"]} == {"storyline", "crowd"}
    rows = list(csv.DictReader(io.StringIO(render(report, "csv"))))
    assert {r["section"] for r in rows if r["post_id"].startswith("g-")} == {"crowd"}


def test_reply_texts_and_their_findings_in_every_format(injected, food) -> None:
    """As the single-drill report has them: each reply in full, findings marked and listed;
    a hostile reply (markup, HTML, a formula) shown as typed and never run."""
    from debrief_fixtures import FORMULA, HOSTILE

    store, session, _, _ = injected
    report = build_session_report(store, session.code, food)
    sick = next(p for p in report.posts if p.post_id == "s:sick-child")
    ana, ben = sick.handling["ana"], sick.handling["ben <i>"]
    assert ana is not None and ben is not None
    (good,) = ana.replies
    assert good.findings and any(f.points > 0 for f in good.findings)
    page = render(report, "html")
    assert '<mark class="plus"' in page and '<mark class="minus"' in page
    assert good.text is not None  # a scored reply
    first_words = html.escape(good.text[:good.findings[0].span[0]] if good.findings[0].span
                              else good.text[:20])
    assert first_words in page
    assert "<script>" not in page and "&lt;script&gt;alert(" in page
    md = render(report, "md")
    assert "### Replies and tone findings: the storyline" in md
    assert f"**ana** at {good.t // 60:.0f}:{good.t % 60:02.0f}, tone {good.tone}" in md
    assert f"  - {good.findings[0].points:+d} {good.findings[0].label}" in md.replace("\\", "")
    assert "<script>" not in md and "&lt;script&gt;" in md
    rows = list(csv.DictReader(io.StringIO(render(report, "csv"))))
    replies = " ".join(r["replies"] for r in rows if r["trainee"] == "ben <i>")
    assert HOSTILE in replies and FORMULA in replies
    assert all(not r["replies"].startswith(("=", "+", "-", "@")) for r in rows)
    findings = next(r["tone_findings"] for r in rows
                    if r["row"] == "s:sick-child" and r["trainee"] == "ana")
    assert findings and all(re.search(r"\([+-]\d+\)$", f) for f in findings.split("; "))
    data = json.loads(render(report, "json"))
    sick_json = next(p for p in data["posts"] if p["row"] == "s:sick-child")
    (action,) = [a for a in sick_json["handling"]["ana"]["actions"] if a["kind"] == "reply"]
    assert action["text"] == good.text and action["findings"][0]["rule"]


def test_the_charts_of_the_single_drill_report_one_line_per_trainee(injected, food) -> None:
    store, session, _, _ = injected
    report = build_session_report(store, session.code, food)
    page = render(report, "html")
    charts = re.findall(r'<svg class="chart".*?</svg>', page, re.S)
    assert [label(c) for c in charts] == [
        "Backlog (posts waiting)", "First response time", "Brand health",
        "Pace (arrivals per minute)"]
    for chart in charts:
        assert "■ ana</text>" in chart and "■ ben &lt;i&gt;</text>" in chart  # the legend
        assert len(re.findall(r"<polyline", chart)) >= 2 and "8:00</text>" in chart
    md = render(report, "md")
    over_time = md[md.index("## Over time"):md.index("## Injects")]
    for measure in ("backlog", "response", "health", "pace"):
        assert re.search(rf"^{measure} +ana +[▁▂▃▄▅▆▇█ ]+$", over_time, re.M), measure
        assert re.search(rf"^{measure} +ben <i> +[▁▂▃▄▅▆▇█ ]+$", over_time, re.M), measure
    assert len(json.loads(render(report, "json"))["trainees"][0]["series"]) == len(
        report.trainees[0].series) > 10


def test_each_trainees_scores_are_the_ones_their_own_debrief_shows(tmp_path: Path, food) -> None:
    """The team report once scored without the statements: a human-paced player who published
    well read 73 there and 85 in their own debrief."""
    from simulator.debrief.model import build_debrief

    with Store.open(tmp_path / "scores.db") as store:
        session = start_session(store, food, "food-rumour", hash_scenario(food), SEED)
        for trainee, bot in (("hana", "human"), ("pat", "perfect")):
            result = run_drill(food, SEED, bot)
            drill_id = store.start_drill(food, hash_scenario(food), SEED, trainee)
            link_drill(store, session.code, drill_id)
            for event in result.engine.log:
                store.record(drill_id, event)
            store.finish(drill_id, result.score)
        report = build_session_report(store, session.code, food)
        for t in report.trainees:
            own = build_debrief(store, t.drill_id, scenario=food, with_ghost=False)
            drivers = {d.dimension: d.score for d in own.drivers}
            assert (t.composite, t.speed, t.tone, t.escalation) == (
                own.composite, drivers["speed"], drivers["tone"], drivers["escalation"])
        hana = next(t for t in report.trainees if t.trainee == "hana")
        # Scored as before the fix (no statements), the same drill reads differently.
        from scoring.drill import score_drill
        from simulator.debrief import queries
        from simulator.drill.outcomes import records_from_log, scenario_weights

        records = records_from_log(food, queries.events(store, hana.drill_id))
        without = round(score_drill(records, scenario_weights(food)).composite, 1)
    assert hana.composite != without
