"""Sessions on a real results file: codes, joining, release, injects, observer notes, progress."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from simulator.bots.headless import run_drill
from simulator.debrief.model import build_debrief
from simulator.drill.engine import Engine
from simulator.scenario.library import resolve_scenario
from simulator.scenario.loader import load_scenario
from simulator.store import Store, hash_scenario
from simulator.team import (
    SessionError,
    codes,
    join,
    link_drill,
    release,
    require_session,
    session_drills,
    start_session,
)
from simulator.team import injects as inj
from simulator.team.joining import scenario_ref, session_scenario
from simulator.team.notes import add_note, session_notes
from simulator.team.progress import ProgressTracker

SEED = 11


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "team.db") as opened:
        yield opened


@pytest.fixture
def food():
    return load_scenario(resolve_scenario("food-rumour"))


def new_session(store: Store, scenario, mode: str = "together", rng=None):
    return start_session(store, scenario, "food-rumour", hash_scenario(scenario), SEED, mode=mode,
                         rng=rng or random.Random(5))


def test_codes_are_short_unambiguous_and_unique_in_the_file(store: Store, food) -> None:
    first = new_session(store, food, rng=random.Random(1))
    second = new_session(store, food, rng=random.Random(1))  # same draws: the first code is taken
    assert first.code != second.code
    for code in (first.code, second.code):
        assert codes.is_well_formed(code) and not set(code) & set("0O1I")
    assert codes.normalize(" " + first.code[:3].lower() + "-" + first.code[3:]) == first.code
    assert require_session(store, first.code.lower()).code == first.code


def test_a_session_pins_scenario_and_seed_and_waits_until_released(store: Store, food) -> None:
    session = new_session(store, food)
    assert (session.scenario_id, session.seed, session.mode) == ("food-rumour", SEED, "together")
    assert session.clock_waits and session.released_at is None
    released = release(store, session.code)
    assert not released.clock_waits and released.status == "released"
    assert release(store, session.code).released_at == released.released_at  # first time kept
    individual = new_session(store, food, mode="individual")
    assert not individual.clock_waits
    path, scenario = session_scenario(session)
    assert path == resolve_scenario("food-rumour")
    assert hash_scenario(scenario) == hash_scenario(food)


def test_unknown_code_says_which_file_was_searched(store: Store) -> None:
    with pytest.raises(SessionError, match=r"no session 'ZZZZZZ' in .*team\.db"):
        require_session(store, "zzzzzz")
    with pytest.raises(SessionError, match="6 characters"):
        require_session(store, "O0")


def test_a_scenario_file_changed_after_the_start_is_refused(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "drills" / "mine.yaml"
    path.parent.mkdir()
    path.write_text(resolve_scenario("food-rumour").read_text(encoding="utf-8"), encoding="utf-8")
    scenario = load_scenario(path)
    assert scenario_ref(str(path), path) == str(path.resolve())
    assert scenario_ref("food-rumour", resolve_scenario("food-rumour")) == "food-rumour"
    session = start_session(store, scenario, str(path.resolve()), hash_scenario(scenario), 3)
    session_scenario(session)  # unchanged: fine
    path.write_text(path.read_text(encoding="utf-8").replace("Cluckers", "Clackers"),
                    encoding="utf-8")
    with pytest.raises(SessionError, match="has changed since session"):
        session_scenario(session)


def test_injects_reach_only_drills_running_when_sent_and_their_target(store: Store, food) -> None:
    session = new_session(store, food)
    inj.send(store, session.code, label="early", pace=2.0)  # before anyone started
    now = [0.0]
    ana = inj.InjectFeed(store, session.code, "ana", clock=lambda: now[0])
    ben = inj.InjectFeed(store, session.code, "ben", clock=lambda: now[0])
    ana.begin()
    ben.begin()
    assert ana.poll() == []
    item = inj.ready_made("journalist")
    post = inj.ready_made_post(item, food)
    assert "Cluckers" in post["text"] and post["route"] == "pr"
    sent = inj.send(store, session.code, label=item.label, post=post)
    only_ben = inj.send(store, session.code, label="Pace ×0.5", pace=0.5, target="ben")
    assert ana.poll() == []  # polled less than a second ago
    now[0] = 1.0
    assert [i.id for i in ana.poll()] == [sent.id]
    assert [i.id for i in ben.poll()] == [sent.id, only_ben.id]
    now[0] = 2.0
    assert ana.poll() == [] and ben.poll() == []


def test_a_late_feed_replays_delivered_injects_at_their_first_drill_times(store: Store,
                                                                         food) -> None:
    session = new_session(store, food, mode="individual")
    never = inj.send(store, session.code, label="before anyone", pace=0.5)
    first = inj.send(store, session.code, label="x2", pace=2.0)
    second = inj.send(store, session.code, label="The CEO tweets",
                      post=inj.ready_made_post(inj.ready_made("ceo"), food))
    aimed = inj.send(store, session.code, label="only ana", pace=0.5, target="ana")
    for trainee, times in (("ana", (40.0, 90.0)), ("cy", (35.0, 120.0))):
        drill_id = store.start_drill(food, hash_scenario(food), SEED, trainee, mode="play")
        link_drill(store, session.code, drill_id)
        engine = Engine(food, SEED)
        for at, sent in zip(times, (first, second), strict=True):
            engine.advance(at)
            for event in inj.apply_inject(engine, sent):
                store.record(drill_id, event)
        engine.advance(125.0)
        for event in inj.apply_inject(engine, aimed):
            store.record(drill_id, event)
    assert [(t, i.id) for t, i in inj.delivered_before(store, session.code, aimed.id)] == [
        (35.0, first.id), (90.0, second.id)]  # the earliest drill time of each
    ben = inj.InjectFeed(store, session.code, "ben", clock=lambda: 0.0)
    ben.begin()
    assert ben.due(34.9) == []
    assert [i.id for i in ben.due(36.0)] == [first.id]
    assert ben.due(36.0) == []  # handed over once
    assert [i.id for i in ben.due(500.0)] == [second.id]  # never `never`, never `aimed`
    assert never.id not in {i.id for _, i in inj.delivered_before(store, session.code, 10**6)}


def test_a_trainee_starting_just_after_an_inject_gets_it_once_a_drill_has(store: Store,
                                                                         food) -> None:
    """The store load benchmark found it: ana is playing, the facilitator sends an inject, and
    ben's clock starts before ana's drill has read it. Ben used to never get it (too old for his
    `poll`, not yet delivered for his catch-up); now he gets it at the drill time ana did."""
    session = new_session(store, food)
    early = inj.send(store, session.code, label="before anyone", pace=0.5)
    drill_id = store.start_drill(food, hash_scenario(food), SEED, "ana", mode="play")
    link_drill(store, session.code, drill_id)
    sent = inj.send(store, session.code, label="The CEO tweets",
                    post=inj.ready_made_post(inj.ready_made("ceo"), food))
    now = [0.0]
    ben = inj.InjectFeed(store, session.code, "ben", clock=lambda: now[0])
    ben.begin()  # before ana's drill has recorded `sent`
    assert ben.poll() == [] and ben.due(1000.0) == []
    engine = Engine(food, SEED)
    engine.advance(12.0)
    for event in inj.apply_inject(engine, sent):  # ana's drill gets it at drill time 12
        store.record(drill_id, event)
    now[0] = 1.0
    assert ben.poll() == []  # nothing new in the outbox: it comes with ben's drill time
    assert ben.due(11.9) == []
    assert [i.id for i in ben.due(12.0)] == [sent.id]
    now[0] = inj.PLACE_WINDOW_S + 1.0
    ben.poll()
    assert ben.due(10_000.0) == []  # once only, and `early` (nobody was playing) never
    assert early.id not in {i.id for _, i in inj.delivered_before(store, session.code, 10**6)}


def test_an_inject_lands_in_the_engine_as_a_post_and_an_event(store: Store, food) -> None:
    session = new_session(store, food)
    sent = inj.send(store, session.code, label="The CEO tweets",
                    post=inj.ready_made_post(inj.ready_made("ceo"), food))
    engine = Engine(food, SEED)
    engine.advance(42.0)
    events = inj.apply_inject(engine, sent)
    assert events[0].kind == "inject" and events[0].data["note"] == "The CEO tweets"
    assert events[0].post_id is not None
    injected = engine.post(events[0].post_id)
    assert "CEO of Cluckers" in injected.text and injected.arrived_at == pytest.approx(42.0)
    pace = inj.apply_inject(engine, inj.send(store, session.code, label="x2", pace=2.0))
    assert pace[0].data["pace"] == 2.0
    engine.advance(food.duration)
    assert inj.apply_inject(engine, sent) == []  # the drill is over: skipped, not a crash


def test_a_post_file_is_checked_against_the_scenario(tmp_path: Path, food) -> None:
    good = tmp_path / "tv.yaml"
    good.write_text("post:\n  text: Channel 9 is outside your store\n  route: pr\n"
                    "  author: {name: Channel 9, handle: '@ch9', followers: 90000, "
                    "kind: journalist}\n", encoding="utf-8")
    assert inj.post_from_file(good, food)["author"]["handle"] == "@ch9"
    bad = tmp_path / "bad.yaml"
    bad.write_text("text: hi\nroute: marketing\n", encoding="utf-8")
    with pytest.raises(inj.InjectFileError, match=r"bad\.yaml: unknown route 'marketing'"):
        inj.post_from_file(bad, food)
    with pytest.raises(inj.InjectFileError, match="no such file"):
        inj.post_from_file(tmp_path / "missing.yaml", food)


@pytest.mark.parametrize(("content", "message"), [
    ("text: hi\nchanel: x\n", r"typo\.yaml:2:1: unknown key 'chanel'; did you mean 'channel'\?"),
    ("text: hi\nauthor: {name: A, handle: '@a', followers: 100000000000000000000000}\n",
     r"typo\.yaml:2:44: author\.followers: must be at most 1,000,000,000,000"),
    ("text: hi\nseverity: 9\nreply: maybe\n", r"severity: must be at most 5(.|\n)*typo\.yaml:3"),
    ("route: pr\n", "missing required key .text."),
])
def test_a_post_file_is_checked_key_by_key(tmp_path: Path, food, content: str,
                                           message: str) -> None:
    """Every mistake at its line, as a scenario file's would be: a misspelt key was silently
    dropped, and a follower count past SQLite's integers crashed every live game."""
    path = tmp_path / "typo.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(inj.InjectFileError, match=message):
        inj.post_from_file(path, food)


def test_only_a_regular_file_is_read_as_a_post(tmp_path: Path, food) -> None:
    import os

    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)  # reading it would block the console forever
    with pytest.raises(inj.InjectFileError, match="is a named pipe"):
        inj.post_from_file(fifo, food)
    zero = tmp_path / "zero.yaml"
    zero.symlink_to("/dev/zero")  # reading it grew to 7.9 GB
    with pytest.raises(inj.InjectFileError, match="is a device"):
        inj.post_from_file(zero, food)
    with pytest.raises(inj.InjectFileError, match="is a folder"):
        inj.post_from_file(tmp_path, food)


@pytest.mark.parametrize(("content", "message"), [
    ("text: [unclosed\n", r"hostile\.yaml:2:1: "),
    ("a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{n}: &{n} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n"
        for p, n in zip("abcdefgh", "bcdefghi", strict=True)) + "text: hi\n", "alias"),
    ("text: !!python/object/apply:os.system ['true']\n", "hostile\\.yaml:1:7"),
    ('text: "clear \\e[2J the screen"\n', "control characters"),
    ("# filler\n" * 200_000, "limited to 1 MB"),
])
def test_a_hostile_post_file_is_refused_with_its_place(tmp_path: Path, food, content: str,
                                                       message: str) -> None:
    path = tmp_path / "hostile.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(inj.InjectFileError, match=message):
        inj.post_from_file(path, food)


def record(store: Store, scenario, trainee: str, bot: str, code: str, until: float | None = None):
    drill_id = store.start_drill(scenario, hash_scenario(scenario), SEED, trainee, mode="play")
    link_drill(store, code, drill_id)
    result = run_drill(scenario, SEED, bot)
    for event in result.engine.log:
        if until is not None and event.t > until:
            break
        store.record(drill_id, event)
    if until is None:
        store.finish(drill_id, result.score)
    return drill_id, result


def test_an_observer_note_is_in_the_trainees_debrief(store: Store, food) -> None:
    session = new_session(store, food)
    drill_id, _ = record(store, food, "ana", "perfect", session.code, until=200.0)
    note = add_note(store, session.code, "ana", "Escalated the journalist fast, good call",
                    author="Fay")
    assert note.drill_id == drill_id and note.t is not None and note.t <= 200.0
    debrief = build_debrief(store, drill_id, scenario=food)
    assert [e.summary for e in debrief.notes] == [
        "note: Escalated the journalist fast, good call"]
    with pytest.raises(SessionError, match=r"no trainee 'bne' in session \w+ \(ana\)"):
        add_note(store, session.code, "bne", "a typo must not be filed under nobody")
    join(store, session.code, "ben")  # on the briefing, no drill yet
    early = add_note(store, session.code, "ben", "Ben has not started yet")
    assert early.drill_id is None
    assert [n.text for n in session_notes(store, session.code)] == [
        "Escalated the journalist fast, good call", "Ben has not started yet"]
    with pytest.raises(SessionError, match="needs text"):
        add_note(store, session.code, "ana", "   ")


def test_progress_compares_the_team_live_and_reads_only_new_rows(store: Store, food) -> None:
    session = new_session(store, food)
    record(store, food, "ana", "perfect", session.code)
    silent_id, _ = record(store, food, "ben", "silent", session.code, until=300.0)
    tracker = ProgressTracker(store, session.code, food)
    rows = {p.trainee: p for p in tracker.refresh()}
    ana, ben = rows["ana"], rows["ben"]
    assert ana.progress == 1.0 and ana.status == "finished"
    assert ben.progress == pytest.approx(300.0 / food.duration, abs=0.02)
    assert 0 < ben.backlog <= ben.posts and ben.answered == 0
    silent_engine = Engine(food, SEED)
    silent_engine.advance(300.0)
    assert ben.backlog == silent_engine.state.backlog  # what ben's own header shows
    assert ana.composite is not None and ben.composite is not None
    assert ana.backlog < ben.backlog and ana.composite > ben.composite
    assert ana.missed_escalations < ben.missed_escalations
    before = len(tracker.events(silent_id))
    engine_rest = run_drill(food, SEED, "silent").engine.log
    for event in engine_rest[before:]:
        store.record(silent_id, event)
    assert len(tracker.events(silent_id)) == len(engine_rest)
    assert {p.trainee for p in tracker.refresh()} == {"ana", "ben"}
    join(store, session.code, "cam")  # joined, still on the briefing
    cam = tracker.refresh()[-1]
    assert (cam.trainee, cam.status, cam.drill_id, cam.progress) == (
        "cam", "reading briefing", None, 0.0)
    assert [d["trainee"] for d in session_drills(store, session.code)] == ["ana", "ben"]


def test_a_v2_results_file_gains_the_session_tables_and_keeps_its_drills(tmp_path: Path) -> None:
    import sqlite3

    from simulator.store import SCHEMA_VERSION
    from simulator.store.schema import MIGRATIONS, create_v1

    path = tmp_path / "v2.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    create_v1(conn)
    MIGRATIONS[0](conn)  # v1 → v2: the file as it was before sessions
    conn.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    conn.execute("INSERT INTO drills (trainee, scenario_id, scenario_hash, seed, started_at, "
                 "status) VALUES ('old', 'food-rumour', 'h', 1, '2026-01-01T00:00:00+00:00', "
                 "'finished')")
    conn.execute("COMMIT")
    conn.close()
    food = load_scenario(resolve_scenario("food-rumour"))
    with Store.open(path) as store:
        assert store.schema_version == SCHEMA_VERSION == 5
        session = new_session(store, food)
        assert require_session(store, session.code).seed == SEED
        assert store.query("SELECT trainee FROM drills") == [{"trainee": "old"}]


def test_a_v3_file_keeps_its_members_and_learns_who_finished_the_briefing(tmp_path: Path) -> None:
    """The v4 migration adds `session_members.ready_at`: a member of a session started before it
    reads as still on the briefing until their game says they are ready (the first time kept)."""
    import sqlite3

    from simulator.store.schema import MIGRATIONS, create_v1
    from simulator.team import mark_ready
    from simulator.team.progress import READING, READY

    path = tmp_path / "v3.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    create_v1(conn)
    MIGRATIONS[0](conn)
    MIGRATIONS[1](conn)  # v2 → v3: sessions, without `ready_at`
    conn.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
    conn.execute("INSERT INTO sessions (code, scenario_id, scenario_ref, scenario_hash, seed, "
                 "mode, status, created_at) VALUES ('K7M2QX', 'food-rumour', 'food-rumour', "
                 "'h', 1, 'together', 'open', '2026-01-01T00:00:00+00:00')")
    conn.execute("INSERT INTO session_members VALUES ('K7M2QX', 'old', "
                 "'2026-01-01T00:00:01+00:00')")
    conn.execute("COMMIT")
    conn.close()
    food = load_scenario(resolve_scenario("food-rumour"))
    with Store.open(path) as store:
        tracker = ProgressTracker(store, "K7M2QX", food)
        assert [(p.trainee, p.status) for p in tracker.refresh()] == [("old", READING)]
        join(store, "K7M2QX", "new")
        mark_ready(store, "K7M2QX", "new")
        first = store.query("SELECT ready_at FROM session_members WHERE trainee = 'new'")
        mark_ready(store, "K7M2QX", "new")
        assert store.query("SELECT ready_at FROM session_members WHERE trainee = 'new'") == first
        assert [(p.trainee, p.status) for p in tracker.refresh()] == [
            ("old", READING), ("new", READY)]
