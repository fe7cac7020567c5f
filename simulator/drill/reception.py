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
other posts arrive when. `Reception` holds one drill's statements and the crowd's state; the
engine calls `publish`, `on_overdue` and `on_silence` (plain functions of the engine, as in
`arrivals` and `actions`).
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import TYPE_CHECKING

from scoring.cadence import GOOD_STATEMENT, Cadence, Published
from simulator.drill import arrivals
from simulator.drill.agenda import Overdue, Silence
from simulator.drill.events import Action, ActionError, EventKind, StatementsDue
from simulator.drill.triage import SEVERE
from simulator.scenario.model import NO_ROUTE

if TYPE_CHECKING:
    from simulator.crowd.generator import CrowdGenerator, CrowdPost
    from simulator.drill.engine import Engine

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


class Reception:
    """One drill's official statements and where the crowd stands with them. A new statement
    bumps `version`, which cancels the "any update?" and "silence" posts scheduled under the
    old one (the engine's heap items carry the version they were scheduled under)."""

    def __init__(self, scenario: object, seed: int | str) -> None:
        self.cadence = cadence_of_scenario(scenario)
        self.seed = seed
        self.published: list[Published] = []
        self.version = 0
        self.rng = random.Random(f"{seed}:voice:0")
        self.voices = 0  # posts about the statements so far (ids v-0001...)
        self.silent_since: float | None = None
        self.calmed = 0  # routine crowd posts a fresh good statement kept away
        self.said: set[str] = set()  # what the crowd has posted about the statements

    def due(self) -> StatementsDue:
        """When statements are due, as the log's start records it (the score reads it there)."""
        c = self.cadence
        return {"holding_by": c.holding_by, "update_every": c.update_every,
                "silence_after": c.silence_after}

    def silent_s(self, t: float) -> float:
        return 0.0 if self.silent_since is None else t - self.silent_since

    def arrival(self, crowd: CrowdGenerator, post_id: str, made: CrowdPost,
                t: float) -> tuple[str, int] | None:
        """The text and severity a generated post arrives with, or None when a fresh good
        statement kept it away. Drawn from the post's own stream (`{seed}:calm:ID`)."""
        statement = fresh_good(self.published, self.cadence, t)
        if statement is None or not routine_kind(made.kind, made.expected_route, made.severity):
            return made.text, made.severity
        rng = random.Random(f"{self.seed}:calm:{post_id}")
        fate = received(rng, statement)
        if fate == "drop":
            self.calmed += 1
            return None
        if fate == "calm":
            return crowd.voice(rng, "after_update")[1], max(1, made.severity - 2)
        return made.text, made.severity


def publish(engine: Engine, action: Action) -> None:
    """An official statement: scored with its own rubric (`scoring.statement`) and logged as a
    `statement` event, numbered (the first is the holding message); the crowd's clock restarts."""
    from scoring.statement import score_statement

    text = (action.text or "").strip()
    if not text:
        raise ActionError("a statement needs text")
    brand = engine.scenario.brand
    report = score_statement(text, facts=engine.facts, hashtag=brand.hashtag,
                             info_link=brand.info_link, brand=brand.name)
    desk = engine.reception
    t = engine.now
    number = len(desk.published) + 1
    engine._emit(t, EventKind.STATEMENT, None, {
        "number": number, "holding": number == 1, "text": text,
        "template_id": action.template_id, "score": report.score, "report": report.to_dict(),
    })
    desk.published.append(Published(t, float(report.score)))
    desk.version += 1
    desk.rng = random.Random(f"{desk.seed}:voice:{desk.version}")
    was_silent, desk.silent_since = desk.silent_since is not None, None
    engine._push(t + desk.cadence.update_every, Overdue(desk.version))
    engine._push(t + desk.cadence.silence_after, Silence(desk.version))
    if was_silent:  # the silence is over: the public sees it at once
        engine._health_tick_value(t)


def on_overdue(engine: Engine, t: float, version: int) -> None:
    """An update is overdue: the crowd asks for one, until a statement comes or silence sets in
    (then `on_silence` speaks for it)."""
    desk = engine.reception
    if version != desk.version or desk.silent_since is not None:
        return
    _voice(engine, t, "overdue", "question", 2)
    engine._push(t + desk.rng.expovariate(1.0 / STALE_GAP_S), Overdue(version))


def on_silence(engine: Engine, t: float, version: int) -> None:
    """Silence past `silence_after`: the crowd calls it out, and brand health pays."""
    desk = engine.reception
    if version != desk.version:
        return
    if desk.silent_since is None:
        desk.silent_since = t
        engine._health_tick_value(t)
    _voice(engine, t, "silence", "complaint", 3, angry=True)
    engine._push(t + desk.rng.expovariate(1.0 / SILENCE_GAP_S), Silence(version))


def _voice(engine: Engine, t: float, voice: str, kind: str, severity: int, *,
           angry: bool = False) -> None:
    if t >= engine.duration:
        return
    desk = engine.reception
    for _ in range(4):  # people rarely post the very same words: redraw a repeat, a few tries
        author, text, channel_id = engine._crowd.voice(desk.rng, voice, angry=angry)
        if text not in desk.said:
            break
    desk.said.add(text)
    desk.voices += 1
    post = arrivals.new_post(engine, arrivals.PostSpec(
        post_id=f"v-{desk.voices:04d}", channel=channel_id, author=author, text=text, kind=kind,
        severity=severity, expected_route=NO_ROUTE, needs_reply=True, source="crowd",
    ), t)
    arrivals.arrive(engine, post)
