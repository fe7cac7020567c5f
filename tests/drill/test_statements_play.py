"""Official statements in play: the engine move, the feed key, the results file and the debrief."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_apps.common import advance, build
from textual.widgets import TextArea

from simulator.debrief.model import build_debrief
from simulator.debrief.replay import recorded_inputs
from simulator.drill.engine import Engine
from simulator.drill.events import Action, ActionError, EventKind
from simulator.store import Store
from simulator.tui.screens.play import PlayScreen
from simulator.tui.screens.statement import StatementScreen

SIZE = (120, 40)
HOLDING = ("We know many of you are worried. We paused sales of Spicy Crunch Tenders at all "
           "stores as a precaution while our food safety team investigates. If you feel unwell, "
           "please contact your doctor. Next update by 3 pm at cluckers.example/update "
           "#CluckersUpdate")


def test_the_engine_publishes_numbered_scored_statements(tiny_scenario) -> None:
    engine = Engine(tiny_scenario, 1)
    engine.advance(10)
    [first] = engine.apply(Action("statement", "", text=HOLDING))
    assert first.kind == EventKind.STATEMENT and first.post_id is None and first.t == 10
    assert first.data["number"] == 1 and first.data["holding"] is True
    assert first.data["score"] >= 80, first.data["report"]
    engine.advance(30)
    [update] = engine.apply(Action("statement", "", text="Still checking. #CluckersUpdate"))
    assert update.data["number"] == 2 and not update.data["holding"]
    assert update.data["score"] < first.data["score"]
    assert {m["id"] for m in update.data["report"]["missing"]} >= {"known", "next_update"}
    with pytest.raises(ActionError, match="needs text"):
        engine.apply(Action("statement", "", text="   "))
    assert engine.statements == 2
    # the debrief's replay re-publishes them at the same times
    statements = [i for i in recorded_inputs(engine.log) if i.action and i.action.kind ==
                  "statement"]
    assert [(i.t, i.action.text if i.action else None) for i in statements] == [(10.0, HOLDING), (
        30.0, "Still checking. #CluckersUpdate")]


async def test_a_trainee_publishes_a_statement_from_the_feed(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "results.db")
    app, _ = build(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        advance(app, 15)
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, StatementScreen)
        area = app.screen.query_one("#statement-text", TextArea)
        assert area.has_focus and "#" in area.text  # the hashtag and link are there to start
        area.insert("We paused sales of the Spicy Crunch Tenders while we investigate. "
                    "Next update by 3 pm ")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, PlayScreen)
        status = str(app.screen.query_one("#status").render())
        assert "Statement 1 published (score" in status
        [event] = [e for e in app.session.engine.log if e.kind == EventKind.STATEMENT]
        assert event.t == 15.0 and "Next update by 3 pm" in event.data["text"]
        await pilot.press("s")
        await pilot.pause()
        await pilot.press("escape")  # cancelled: nothing published
        await pilot.pause()
        assert app.session.engine.statements == 1
        drill_id = app.session.drill_id
        await pilot.press("q", "y")
        await pilot.pause()
    assert drill_id is not None
    [row] = store.query("SELECT t, data FROM events WHERE kind = 'statement'")
    assert row["t"] == 15.0
    debrief = build_debrief(store, drill_id, with_ghost=False)
    [entry] = [e for e in debrief.timeline if e.kind == EventKind.STATEMENT]
    assert entry.summary.startswith("holding statement (score ")
    store.close()
