"""The facilitator's console against a real shared file with drills being written into it."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from textual.widgets import DataTable, Input, RichLog, Static
from textual.widgets.data_table import RowKey

from simulator.bots.headless import run_drill
from simulator.debrief import queries
from simulator.scenario.library import resolve_scenario
from simulator.scenario.loader import load_scenario
from simulator.store import Store, hash_scenario
from simulator.team import get_session, link_drill, start_session
from simulator.team.injects import injects_after
from simulator.tui.facilitate.app import make_console
from simulator.tui.facilitate.prompt import PromptScreen

SEED = 11


@pytest.fixture(scope="module")
def food():
    return load_scenario(resolve_scenario("food-rumour"))


@pytest.fixture(scope="module")
def logs(food):
    return run_drill(food, SEED, "perfect").engine.log, run_drill(food, SEED, "silent").engine.log


@pytest.fixture
def team(tmp_path: Path, food, logs):
    store = Store.open(tmp_path / "team.db")
    session = start_session(store, food, "food-rumour", hash_scenario(food), SEED,
                            mode="together", rng=random.Random(2))
    perfect, silent = logs
    drills = {}
    for trainee, log, until in (("ana", perfect, None), ("[bold]ben", silent, 200.0)):
        drill_id = store.start_drill(food, hash_scenario(food), SEED, trainee)
        link_drill(store, session.code, drill_id)
        for event in log:
            if until is not None and event.t > until:
                break
            store.record(drill_id, event)
        drills[trainee] = drill_id
    yield store, session, drills, silent
    store.close()


def release_time(store: Store, code: str) -> str | None:
    session = get_session(store, code)
    assert session is not None, code
    return session.released_at


def row(table: DataTable, key: RowKey | str) -> dict[str, str]:
    return {str(column.key.value): str(table.get_cell(key, column.key))
            for column in table.columns.values()}


async def settle(app, pilot) -> None:
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


async def test_console_shows_every_trainee_live(team, food) -> None:
    store, session, drills, silent = team
    app = make_console(store, session.code, food, refresh_s=60)  # reloaded by hand below
    async with app.run_test(size=(170, 40)) as pilot:
        table = app.query_one("#trainees", DataTable)
        assert table.row_count == 2
        ana, ben = row(table, str(drills["ana"])), row(table, str(drills["[bold]ben"]))
        assert ana["trainee"] == "ana" and ana["status"] == "running"
        assert ben["trainee"] == "[bold]ben"  # typed names are shown as typed
        assert "100%" in ana["progress"] and ana["time"] == "08:00 / 08:00"
        assert ben["time"].startswith("03:") and int(ben["backlog"]) > int(ana["backlog"])
        assert int(ana["composite"]) > int(ben["composite"])
        assert "clocks are waiting" in str(app.query_one("#session-info", Static).content)

        for event in silent:  # ben's drill moves on while the console watches
            if 200.0 < event.t <= 400.0:
                store.record(drills["[bold]ben"], event)
        app.reload()  # what the console's timer does; called here so no test waits on a clock
        await settle(app, pilot)
        ben = row(table, str(drills["[bold]ben"]))
        assert ben["time"].startswith("06:") and int(ben["missed"]) >= 1


async def test_console_sends_injects_releases_and_notes(team, food) -> None:
    store, session, drills, _ = team
    app = make_console(store, session.code, food, author="Fay", refresh_s=60)
    async with app.run_test(size=(170, 40)) as pilot:
        await pilot.press("j")
        await settle(app, pilot)
        await pilot.press("plus")
        await settle(app, pilot)
        await pilot.press("r")
        await settle(app, pilot)
        sent = injects_after(store, session.code)
        assert [(i.label, i.payload["pace"]) for i in sent] == [
            ("A journalist calls", None), ("Pace ×2", 2.0)]
        assert "Cluckers" in sent[0].payload["post"]["text"]
        assert release_time(store, session.code) is not None
        log = "\n".join(str(line.text) for line in app.query_one("#log", RichLog).lines)
        assert "inject 1: A journalist calls → everyone" in log and "released" in log

        await pilot.press("down", "t", "c")  # the CEO tweets, to the second trainee only
        await settle(app, pilot)
        assert "injects go to [bold]ben" in str(app.query_one("#session-info", Static).content)
        await pilot.press("t")  # back to everyone
        assert injects_after(store, session.code)[-1].target == "[bold]ben"
        assert "injects go to everyone" in str(app.query_one("#session-info", Static).content)

        await pilot.press("n")  # a note about the selected trainee
        await pilot.pause()
        await pilot.press(*"slow start", "enter")
        await settle(app, pilot)
    notes = [e for e in queries.events(store, drills["[bold]ben"]) if e.kind == "note"]
    assert [(n.data["text"], n.data["author"]) for n in notes] == [("slow start", "Fay")]
    assert notes[0].t == pytest.approx(200.0, abs=5.0)


async def test_console_explains_how_to_join_when_nobody_has(tmp_path: Path, food) -> None:
    with Store.open(tmp_path / "empty.db") as store:
        session = start_session(store, food, "food-rumour", hash_scenario(food), 1,
                                mode="individual")
        app = make_console(store, session.code, food)
        async with app.run_test(size=(120, 30)):
            text = str(app.query_one("#empty", Static).content)
            assert f"crisis-drill play --join {session.code} --trainee NAME --db" in text
            assert "each trainee starts their own clock" in str(
                app.query_one("#session-info", Static).content)


async def test_console_injects_a_post_from_a_file_and_explains_a_bad_one(team, food,
                                                                         tmp_path: Path) -> None:
    store, session, _, _ = team
    good = tmp_path / "tv-crew.yaml"
    good.write_text("text: A TV crew is outside the Mill St store asking staff questions\n"
                    "route: pr\nauthor: {name: Channel 9, handle: '@ch9news', "
                    "followers: 90000, kind: journalist}\n", encoding="utf-8")
    bad = tmp_path / "typo.yaml"
    bad.write_text("text: hi\nroute: marketing\n", encoding="utf-8")
    app = make_console(store, session.code, food, author="Fay", refresh_s=60)
    async with app.run_test(size=(170, 40)) as pilot:
        for path in (bad, good):
            await pilot.press("p")
            await pilot.pause()
            assert isinstance(app.screen, PromptScreen)
            # the path as pasted: typing its ~60 characters key by key took seconds (typing into
            # the prompt is what the observer-note tests do)
            app.screen.query_one("#answer", Input).value = str(path)
            await pilot.press("enter")
            await settle(app, pilot)
        messages = list(app.messages)  # as written: the log on screen wraps long paths
    (refused,) = [m for m in messages if m.startswith("not sent: ")]
    assert str(bad) in refused and refused.endswith("unknown route 'marketing'")
    assert "inject 1: Post from tv-crew.yaml → everyone" in messages
    (sent,) = injects_after(store, session.code)
    assert sent.payload["post"]["author"]["handle"] == "@ch9news"


async def test_every_console_key_fits_the_footer_at_120_columns(team, food) -> None:
    from textual.widgets._footer import FooterKey

    store, session, _, _ = team
    app = make_console(store, session.code, food, author="Fay", refresh_s=60)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        keys = list(app.screen.query(FooterKey))
        shown = {key.key for key in keys if key.region.width and key.region.right <= 120}
    assert shown == {"r", "j", "v", "c", "p", "plus", "minus", "equals_sign", "t", "n", "q"}


async def test_a_reopened_console_shows_what_was_done_and_a_second_release_changes_nothing(
        team, food) -> None:
    store, session, _, _ = team
    first = make_console(store, session.code, food, author="Fay", refresh_s=60)
    async with first.run_test(size=(170, 40)) as pilot:
        for key in ("r", "j"):
            await pilot.press(key)
            await settle(first, pilot)
        await pilot.press("n")
        await pilot.pause()
        await pilot.press(*"calm start", "enter")
        await settle(first, pilot)
    released_at = release_time(store, session.code)
    again = make_console(store, session.code, food, author="Fay", refresh_s=60)
    async with again.run_test(size=(170, 40)) as pilot:
        await pilot.pause()
        await pilot.press("r")
        await settle(again, pilot)
        log = [str(line.text) for line in again.query_one("#log", RichLog).lines]
    assert [line.split(" ", 1)[1] for line in log[:3]] == [
        "released: clocks start", "inject 1: A journalist calls → everyone",
        "note on ana at 8:00: calm start"]
    assert "already released at" in log[3]
    assert release_time(store, session.code) == released_at


async def test_console_shows_who_has_finished_reading_the_briefing(team, food) -> None:
    """Two trainees join a together session with the real game: dee reads the briefing and
    presses Enter (ready: her clock waits for the release), eli is still reading. The console
    tells them apart, and from the two who play."""
    from simulator.team import mark_ready
    from simulator.tui.clock import ManualClock
    from simulator.tui.facilitate.joined import make_joined_app
    from simulator.tui.screens.briefing import BriefingScreen

    store, session, drills, _ = team
    for trainee, presses in (("dee", ("enter",)), ("eli", ())):
        game = make_joined_app(food, code=session.code, seed=SEED, store=store,
                               clock=ManualClock(), trainee=trainee, together=True)
        async with game.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            await pilot.press(*presses)
            await pilot.pause()
            assert isinstance(game.screen, BriefingScreen) and not game.session.started
    console = make_console(store, session.code, food, refresh_s=60)
    async with console.run_test(size=(170, 40)) as pilot:
        table = console.query_one("#trainees", DataTable)
        statuses = {row(table, key)["trainee"]: row(table, key)["status"]
                    for key in table.rows}
        assert statuses == {"ana": "running", "[bold]ben": "running", "dee": "ready",
                            "eli": "reading briefing"}
        info = str(console.query_one("#session-info", Static).content)
        assert "4 joined: 1 reading the briefing, 1 ready, 2 running" in info

        mark_ready(store, session.code, "eli")  # what eli's game writes when she presses Enter
        console.reload()
        await settle(console, pilot)
        assert row(table, "waiting:eli")["status"] == "ready"
        assert "0 reading the briefing, 2 ready" in str(
            console.query_one("#session-info", Static).content)
    assert drills  # ana and ben play on throughout


async def test_console_logs_injects_notes_and_the_release_sent_from_a_shell(team, food) -> None:
    """`crisis-drill session inject / note / release` from another terminal show in the
    console's log at its next reload, each once, next to what the console sent itself."""
    from simulator.cli import main

    store, session, _, _ = team
    db = str(store.path)
    app = make_console(store, session.code, food, author="Fay", refresh_s=60)
    async with app.run_test(size=(170, 40)) as pilot:
        await pilot.pause()
        assert app.messages == []
        assert main(["session", "inject", session.code, "--ready", "journalist", "--db", db]) == 0
        assert main(["session", "inject", session.code, "--pace", "2", "--trainee", "ana",
                     "--db", db]) == 0
        assert main(["session", "note", session.code, "ana", "good | triage", "--name", "Gus",
                     "--db", db]) == 0
        assert main(["session", "release", session.code, "--db", db]) == 0
        assert app.messages == []  # nothing until the console reads the file again
        app.reload()
        await settle(app, pilot)
        assert app.messages == ["inject 1: A journalist calls → everyone",
                                "inject 2: Pace ×2 → ana", "note on ana at 8:00: good | triage",
                                "released: clocks start"]
        await pilot.press("c")  # the console's own inject: logged once, not again on reload
        await settle(app, pilot)
        app.reload()
        await settle(app, pilot)
        app.reload()
        await settle(app, pilot)
        assert app.messages[4:] == ["inject 3: The CEO tweets → everyone"]
        # A shell's inject, then the console's own before the next reload: the console's has
        # the higher id, and the shell's is still found.
        assert main(["session", "inject", session.code, "--pace", "1", "--db", db]) == 0
        await pilot.press("v")
        await settle(app, pilot)
        app.reload()
        await settle(app, pilot)
        assert sorted(app.messages[5:]) == [
            "inject 4: Pace ×1 → everyone", "inject 5: A screenshot of a bad reply goes viral → "
            "everyone"]
        log = [str(line.text) for line in app.query_one("#log", RichLog).lines]
        assert any(line.endswith("note on ana at 8:00: good | triage") for line in log)
