"""Every event of real drills has the keys and value types its kind's TypedDict declares.

The payload types in `simulator.drill.events` are what mypy checks the engine, the store and the
debrief against; they are only worth that if they say what the engine really writes. So real
drills (every bundled scenario with the bots that do the most different things, a scenario with
fact updates and scheduled injects, a live inject and a trainee's note, an observer's note through
the store) are checked event by event against `PAYLOADS`: a key the engine writes that no type
declares, a required key it leaves out, or a value of another type fails here.
"""

from __future__ import annotations

import json
import types
import typing
from collections.abc import Iterable
from pathlib import Path
from typing import Any, NotRequired, Required, get_args, get_origin, is_typeddict

import pytest

from scoring.statement import StatementReportData
from scoring.tone.model import ToneData
from simulator.bots.headless import run_drill
from simulator.drill import events as ev
from simulator.drill.engine import Engine
from simulator.drill.events import PAYLOADS, Action, Event, EventKind
from simulator.scenario import load_scenario
from simulator.scenario.library import bundled_scenarios
from simulator.store import Store, hash_scenario
from simulator.team import link_drill, start_session
from simulator.team.notes import add_note

DATA = Path(__file__).parents[1] / "data" / "scenarios"
BOTS = ("perfect", "rude", "random", "silent")
# The events module imports these only for type checking (it stays free of the scorer).
LOCALS = {"ToneData": ToneData, "StatementReportData": StatementReportData}


def fields(typed: type) -> dict[str, tuple[Any, bool]]:
    """Key -> (value type, required) of a TypedDict, read from its annotations: with postponed
    annotations `__required_keys__` cannot see `NotRequired`, `get_type_hints` can."""
    hints = typing.get_type_hints(typed, localns=LOCALS, include_extras=True)
    out = {}
    for key, hint in hints.items():
        required = getattr(typed, "__total__", True)
        if get_origin(hint) in (NotRequired, Required):
            required = get_origin(hint) is Required
            hint = get_args(hint)[0]
        out[key] = (hint, required)
    return out


def problems(value: Any, hint: Any, where: str) -> list[str]:
    """What in `value` does not fit `hint` (the few forms the payload types use)."""
    if hint is Any:
        return []
    if is_typeddict(hint):
        if not isinstance(value, dict):
            return [f"{where}: {value!r} is not a dict"]
        declared = fields(hint)
        found = [f"{where}.{key}: not declared in {hint.__name__}"
                 for key in value if key not in declared]
        for key, (inner, required) in declared.items():
            if key in value:
                found += problems(value[key], inner, f"{where}.{key}")
            elif required:
                found.append(f"{where}.{key}: required by {hint.__name__}, missing")
        return found
    origin = get_origin(hint)
    if origin in (types.UnionType, typing.Union):
        options = [problems(value, option, where) for option in get_args(hint)]
        return [] if any(not found for found in options) else min(options, key=len)
    if origin is list:
        if not isinstance(value, list):
            return [f"{where}: {value!r} is not a list"]
        (inner,) = get_args(hint)
        return [p for i, item in enumerate(value) for p in problems(item, inner, f"{where}[{i}]")]
    if origin is dict:
        if not isinstance(value, dict):
            return [f"{where}: {value!r} is not a dict"]
        key_type, value_type = get_args(hint)
        return [p for key, item in value.items()
                for p in problems(key, key_type, f"{where} key") + problems(item, value_type,
                                                                            f"{where}.{key}")]
    if hint is type(None):
        return [] if value is None else [f"{where}: {value!r} is not None"]
    if hint is float:  # JSON has one number type: an int is a fine float (a whole duration)
        ok = isinstance(value, int | float) and not isinstance(value, bool)
    elif hint is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
    else:
        ok = isinstance(value, hint)
    return [] if ok else [f"{where}: {value!r} is not {hint.__name__}"]


def check(events: Iterable[Event]) -> tuple[set[str], list[str]]:
    """The kinds seen, and every way an event's data misfits its kind's type."""
    seen: set[str] = set()
    found: list[str] = []
    for event in events:
        seen.add(event.kind)
        typed = PAYLOADS.get(EventKind(event.kind))
        assert typed is not None, f"{event.kind} has no payload type"
        found += problems(event.data, typed, f"{event.kind}@{event.t}")
    return seen, found


@pytest.fixture(scope="module")
def logs() -> list[list[Event]]:
    """Real logs: the bundled scenarios with several bots, the master-events scenario (fact
    updates, scheduled injects) with a live inject, a note and statements."""
    out = []
    for _, path in bundled_scenarios():
        scenario = load_scenario(path)
        out += [run_drill(scenario, 2, bot).engine.log for bot in BOTS]
    scenario = load_scenario(DATA / "master-events.yaml")
    out += [run_drill(scenario, 1, bot).engine.log for bot in ("perfect", "rude")]
    engine = Engine(scenario, 1)
    engine.advance(20)
    engine.inject(post={"text": "A TV crew is outside the store.", "author": {
        "name": "Kim Lee", "handle": "@kimtv", "followers": 90_000, "kind": "journalist"}},
        pace=1.5, note="TV crew", ref=7)
    post_id = next(e.post_id for e in engine.log if e.kind == EventKind.POST_ARRIVED)
    assert post_id is not None
    engine.note("Passed it to PR", post_id=post_id)
    engine.apply(Action("statement", "", text="We are looking into it. Next update in 10m."))
    engine.apply(Action("dm", post_id))
    engine.advance(float(scenario.duration))
    out.append(engine.log)
    return out


def test_the_engine_writes_what_the_payload_types_say(logs: list[list[Event]]) -> None:
    seen, found = check(event for log in logs for event in log)
    assert not found, "\n".join(found[:20])
    assert seen == set(EventKind), "every kind is checked on a real event"


def test_optional_keys_really_occur(logs: list[list[Event]]) -> None:
    """`NotRequired` keys are written by some drill: none is left over from a past version."""
    present: dict[str, set[str]] = {}
    for event in (e for log in logs for e in log):
        present.setdefault(event.kind, set()).update(event.data)
    for kind, typed in PAYLOADS.items():
        optional = {key for key, (_, required) in fields(typed).items() if not required}
        if kind == EventKind.NOTE:
            continue  # an observer's note: the next test
        assert optional <= present.get(kind, set()), (kind, optional - present.get(kind, set()))


def test_an_observer_note_read_back_from_the_store_fits(tmp_path: Path) -> None:
    """An observer's note is written by the session, not the engine, and read back from the
    store as any event is: it fits `NoteData`, `by` and `author` included."""
    scenario = load_scenario(DATA / "master-events.yaml")
    result = run_drill(scenario, 1, "silent")
    with Store.open(tmp_path / "notes.db") as store:
        session = start_session(store, scenario, "master-events", hash_scenario(scenario), 1)
        drill_id = store.start_drill(scenario, hash_scenario(scenario), 1, "ana")
        link_drill(store, session.code, drill_id)
        for event in result.engine.log:
            store.record(drill_id, event)
        add_note(store, session.code, "ana", "Calm under pressure", author="Sam")
        rows = store.query("SELECT t, kind, post_id, data FROM events WHERE drill_id = ? "
                           "ORDER BY seq", (drill_id,))
    back = [Event(float(r["t"]), r["kind"], r["post_id"], json.loads(r["data"])) for r in rows]
    notes = [e for e in back if e.kind == EventKind.NOTE]
    assert notes and set(notes[-1].data) == {"text", "by", "author"}
    _, found = check(back)
    assert not found, "\n".join(found[:20])


def test_kinds_are_their_strings() -> None:
    """The values are stored and exported: a member is its string, in JSON too."""
    assert ev.canonical_json([Event(0.0, EventKind.POST_ARRIVED)]) \
        == ev.canonical_json([Event(0.0, "post_arrived")])
    assert json.dumps(EventKind.DRILL_ENDED) == '"drill_ended"'
    assert {"note": 1}[EventKind.NOTE] == 1 and str(EventKind.ACTION) == "action"
