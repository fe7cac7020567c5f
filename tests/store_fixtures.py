"""Drills written through the real Store, event by event, for the store/query/CLI tests.

The events follow the engine's contract (docs/architecture.md): arrivals, actions carrying a tone
report dict, reach changes, a threshold crossing, the end (which records the drill's score). Scores
are given, not computed, so a test can state exactly which drill should rank where; the end event
records the same score the summary columns get, as the engine does.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from scoring.drill import SCORING_VERSION
from simulator.drill.events import Event
from simulator.store import Store
from simulator.store.schema import MIGRATIONS, create_v1


@dataclass(frozen=True)
class ScenarioRef:
    """What `Store.start_drill` reads from a scenario: its id and title."""

    id: str = "food-rumour"
    title: str = "Food rumour"


def finding(rule: str, points: int, label: str | None = None) -> dict:
    return {"rule": rule, "label": label or rule.replace("_", " "), "points": points,
            "span": None, "guidance": "empathy"}


def drill_events(actions: int = 3, findings: list[dict] | None = None,
                 score: dict | None = None) -> list[Event]:
    """A small but complete event log: one post per action, each answered."""
    log = [Event(0.0, "drill_started", None, {"seed": 7}),
           Event(0.0, "phase_changed", None, {"phase": "calm"})]
    for i in range(actions):
        post_id = f"g-{i + 1:04d}"
        t = 10.0 * i + 1
        log.append(Event(t, "post_arrived", post_id, {
            "channel": "x", "text": f"Where is my order #{1000 + i}?", "kind": "complaint",
            "author": {"name": "Jane Roe", "handle": "@jane", "followers": 120,
                       "kind": "customer"},
            "reach": {"likes": 1, "shares": 0, "comments": 0}, "severity": 2,
            "expect": {"route": "none"},
        }))
        log.append(Event(t + 2, "reach_changed", post_id, {"likes": 40, "shares": 9,
                                                             "comments": 3}))
        log.append(Event(t + 4, "action", post_id, {
            "kind": "reply", "text": f"Sorry Jane, DM us your order {i}", "template_id": None,
            "route": None, "note": None,
            "tone": {"score": 70 + i, "sentiment": 0.2, "findings": list(findings or [])},
        }))
    log.append(Event(5.0, "threshold_crossed", "g-0001", {"route": "pr"}))
    log.append(Event(10.0 * actions + 5, "drill_ended", None,
                     {} if score is None else {"score": {**score, "scoring": SCORING_VERSION}}))
    return log


def record_drill(
    store: Store,
    trainee: str,
    *,
    team: str | None = None,
    scenario: ScenarioRef | None = None,
    scenario_hash: str = "hash-a",
    seed: int = 7,
    score: dict | None = None,
    actions: int = 3,
    findings: list[dict] | None = None,
    finish: bool = True,
) -> int:
    """Write one drill through the live path (start, record each event, finish)."""
    drill_id = store.start_drill(scenario or ScenarioRef(), scenario_hash, seed, trainee, team)
    score = score or {"speed": 50, "tone": 50, "escalation": 50, "composite": 50}
    for event in drill_events(actions, findings, score):
        store.record(drill_id, event)
    if finish:
        store.finish(drill_id, score)
    return drill_id


def scores(composite: float, speed: float = 60, tone: float = 60, escalation: float = 60) -> dict:
    return {"speed": speed, "tone": tone, "escalation": escalation, "composite": composite}


def v3_file(path: Path) -> None:
    """A file as schema v3 left it: two drills, no uid column."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    create_v1(conn)
    for migration in MIGRATIONS[:2]:
        migration(conn)
    conn.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
    for trainee, started in (("ana", "2026-01-05T09:00:00.000+00:00"),
                             ("ben", "2026-01-05T09:00:00.000+00:00"),
                             ("ben", "2026-01-05T09:00:00.000+00:00")):  # a hand-made twin
        conn.execute("INSERT INTO drills (trainee, scenario_id, scenario_hash, seed, started_at, "
                     "status, writer_host, writer_pid) VALUES (?, 'food-rumour', 'h', 4, ?, "
                     "'finished', 'laptop-1', 123)", (trainee, started))
    conn.execute("COMMIT")
    conn.close()
