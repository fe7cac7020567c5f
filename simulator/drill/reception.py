"""How the crowd receives the official statements, or their absence.

The guides' promise to a care desk: a good holding message, kept up to date, takes the heat out of
the routine complaints ("point every other conversation there"), and silence makes everything
worse. The engine plays that out with these rules:

- while a good statement (`scoring.cadence.GOOD_STATEMENT`) is fresh, each routine crowd post
  (a generic complaint or question) is, with a chance that grows with the statement's score,
  not posted at all (`DROP_*`) or posted calmer, about the update (`CALM_*`);
- once an update is overdue (the holding message after `holding_by`, an update `update_every`
  after the last statement) the crowd asks for one, about every `STALE_GAP_S` seconds;
- after `silence_after` without any statement, it calls out the silence, faster
  (`SILENCE_GAP_S`), and brand health falls `SILENCE_COST_PER_MIN` a minute (up to
  `SILENCE_COST_MAX`).

The draws come from their own seeded streams, so what a statement changes never shifts which
other posts arrive when.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from scoring.cadence import GOOD_STATEMENT, Cadence, Published
from simulator.drill.triage import SEVERE

DROP_MIN, DROP_MAX = 0.25, 0.5  # share of routine crowd posts a good / perfect statement prevents
CALM_MIN, CALM_MAX = 0.2, 0.4  # share of the rest that come calmer, about the update
STALE_GAP_S = 40.0  # mean seconds between "any update?" posts
SILENCE_GAP_S = 25.0  # mean seconds between "hours of silence" posts
SILENCE_COST_PER_MIN = 5.0  # brand health lost per minute of silence past silence_after
SILENCE_COST_MAX = 30.0


def cadence_of_scenario(scenario: object) -> Cadence:
    due = getattr(scenario, "statements", None)
    if due is None:
        return Cadence()
    return Cadence(float(due.holding_by), float(due.update_every), float(due.silence_after))


def fresh_good(published: Sequence[Published], cadence: Cadence, t: float) -> Published | None:
    """The latest statement at `t`, if it is good and at most `update_every` old."""
    latest = published[-1] if published else None
    if latest is None or latest.score < GOOD_STATEMENT or t - latest.t > cadence.update_every:
        return None
    return latest


def routine_kind(kind: str, expected_route: str, severity: int) -> bool:
    """A generic complaint or question a statement can answer for everyone."""
    return kind in ("complaint", "question") and expected_route == "none" and severity < SEVERE


def received(rng: random.Random, statement: Published) -> str | None:
    """What a fresh good statement does to one routine post: "drop" (not posted), "calm"
    (posted calmer, about the update) or None (posted as it was)."""
    quality = (statement.score - GOOD_STATEMENT) / max(1.0, 100.0 - GOOD_STATEMENT)
    quality = min(1.0, max(0.0, quality))
    drop = DROP_MIN + (DROP_MAX - DROP_MIN) * quality
    calm = CALM_MIN + (CALM_MAX - CALM_MIN) * quality
    roll = rng.random()
    if roll < drop:
        return "drop"
    if roll < drop + (1.0 - drop) * calm:
        return "calm"
    return None


def silence_cost(silent_s: float) -> float:
    """Brand health lost to `silent_s` seconds of silence past the scenario's point."""
    return min(SILENCE_COST_MAX, SILENCE_COST_PER_MIN * max(0.0, silent_s) / 60.0)
