"""Real drills for the debrief tests: the real engine, driven by a scripted trainee, every event
recorded through the real Store into a real SQLite file, then finished with the real score.

A plan is built from a first silent pass over the drill (arrivals do not depend on the trainee), so
each test can say exactly what the trainee typed, including hostile text: markup, HTML, formulas.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from reply_fixtures import specific_reply

from simulator.drill.engine import Engine
from simulator.drill.events import Action, ActionError, Event, EventKind
from simulator.drill.outcomes import score_log
from simulator.scenario import load_scenario
from simulator.scenario.library import resolve_scenario
from simulator.scenario.model import NO_ROUTE, Scenario
from simulator.store import Store, hash_scenario
from simulator.team.injects import Inject, apply_inject

SEED = 3
HOSTILE = ('[bold]Hi[/bold] [link=http://x]me[/link] <script>alert("x")</script> '
           '<b>&amp;</b> | `code` *star*')
FORMULA = '=HYPERLINK("http://evil.example","click")'

Planner = Callable[[list[Event]], list[tuple[float, Action]]]


def food_rumour() -> Scenario:
    return load_scenario(resolve_scenario("food-rumour"))


def arrivals(scenario: Scenario, seed: int = SEED) -> list[Event]:
    """The posts every trainee sees, from a drill nobody plays. Reactions (`r-`) and the crowd's
    posts about the statements (`v-`) depend on what the trainee does, so they are left out."""
    engine = Engine(scenario, seed)
    engine.advance(float(scenario.duration))
    return [e for e in engine.log if e.kind == EventKind.POST_ARRIVED
            and not (e.post_id or "").startswith(("r-", "v-"))]


HOLDING = ("As a precaution we paused sales of Spicy Crunch Tenders at every Cluckers restaurant "
           "and on delivery apps at 8 am today. We are investigating now. Please check "
           "cluckers.example/update for what to do. Next update in 4 minutes. #CluckersUpdate")


def good_plan(arrived: list[Event]) -> list[tuple[float, Action]]:
    """The holding message at once and an update every 200 s; fast, warm, personal replies
    that quote each post, and the expected escalations."""
    plan = [(t, Action("statement", "", text=HOLDING)) for t in (5.0, 205.0, 405.0)]
    for e in arrived:
        data = e.data
        name = str(data["author"]["name"]).split()[0]
        if data.get("needs_reply") and data.get("public"):
            plan.append((e.t + 6, Action("reply", e.post_id or "", text=(
                specific_reply(name, str(data["text"])) + " #CluckersUpdate"))))
        if data.get("expected_route") not in (None, NO_ROUTE):
            plan.append((e.t + 8, Action("escalate", e.post_id or "",
                                         route=data["expected_route"], note="per playbook")))
    return plan


def hostile_plan(arrived: list[Event]) -> list[tuple[float, Action]]:
    """Slow, hostile text in every reply: the first three carry markup, HTML and a formula."""
    plan = []
    texts = [HOSTILE, FORMULA, "+1 -1 @cluckers calm down, not our fault"]
    replies = 0
    for e in arrived:
        if e.data.get("needs_reply") and e.data.get("public"):
            text = texts[replies] if replies < len(texts) else "Calm down. Not our fault."
            replies += 1
            plan.append((e.t + 40, Action("reply", e.post_id or "", text=text)))
    return plan


def record_drill(
    store: Store,
    scenario: Scenario,
    planner: Planner,
    *,
    trainee: str,
    seed: int = SEED,
    finish: bool = True,
    stop_at: float | None = None,
    notes: Iterable[tuple[float, str]] = (),
    injects: Iterable[tuple[float, Inject]] = (),
) -> int:
    """Play the plan on the real engine, recording every event; returns the drill id. `injects`
    are a session's injects, handed to the engine at those drill times as a joined drill does."""
    plan = sorted(
        [(t, 0, a) for t, a in planner(arrivals(scenario, seed))]
        + [(t, 1, text) for t, text in notes] + [(t, 2, inject) for t, inject in injects],
        key=lambda item: (item[0], item[1]),
    )
    drill_id = store.start_drill(scenario, hash_scenario(scenario), seed, trainee, mode="play")
    engine = Engine(scenario, seed)
    end = float(scenario.duration) if stop_at is None else stop_at

    def record(events: list[Event]) -> None:
        for event in events:
            store.record(drill_id, event)

    record(engine.advance(0.0))
    for t, kind, what in plan:
        if t > end or engine.finished:
            break
        record(engine.advance(t))
        if engine.finished:
            break
        try:
            if kind == 0:
                assert isinstance(what, Action)
                record(engine.apply(what))
            elif kind == 2:
                assert isinstance(what, Inject)
                record(apply_inject(engine, what))
            else:
                record(engine.note(str(what)))
        except ActionError:
            pass
    record(engine.advance(end))
    if finish:
        store.finish(drill_id, score_log(scenario, engine.log))
    else:
        store.mark_aborted(drill_id)
    return drill_id


def make_results(path: Path) -> dict[str, int]:
    """A results file with a good drill (the ghost), a hostile one and an aborted one."""
    scenario = food_rumour()
    with Store.open(path) as store:
        good = record_drill(store, scenario, good_plan, trainee="ana")
        hostile = record_drill(store, scenario, hostile_plan, trainee="bob <b>",
                               notes=[(30.0, "[red]note[/red] <i>x</i>")])
        aborted = record_drill(store, scenario, good_plan, trainee="cy", finish=False,
                               stop_at=120.0)
    return {"good": good, "hostile": hostile, "aborted": aborted}


_SHARED: dict[str, tuple[Path, dict[str, int]]] = {}


def shared_results() -> tuple[Path, dict[str, int]]:
    """One results file per test process, built on first use: every debrief test only reads it,
    and recording the three drills event by event is the slowest part of these tests."""
    if "results" not in _SHARED:
        import atexit
        import shutil
        import tempfile

        folder = tempfile.mkdtemp(prefix="crisis-drill-debrief-")
        atexit.register(shutil.rmtree, folder, True)
        path = Path(folder) / "results.db"
        _SHARED["results"] = (path, make_results(path))
    return _SHARED["results"]
