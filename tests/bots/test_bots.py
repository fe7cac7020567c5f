"""Headless drills with scripted players: scores order the way a person would expect."""

from __future__ import annotations

import time

import pytest

from simulator.bots.headless import run_drill
from simulator.bots.players import BOT_NAMES, make_bot
from simulator.drill.events import Event


@pytest.fixture(scope="module")
def results():
    from simulator.scenario import load_scenario
    from simulator.scenario.library import resolve_scenario

    scenario = load_scenario(resolve_scenario("food-rumour"))
    return {(bot, seed): run_drill(scenario, seed, bot) for bot in BOT_NAMES for seed in (1, 2)}


@pytest.mark.parametrize("seed", [1, 2])
def test_perfect_beats_slow_beats_silent(results, seed):
    perfect, slow, silent = (results[(bot, seed)].score for bot in ("perfect", "slow", "silent"))
    assert perfect.composite > slow.composite > silent.composite
    assert perfect.composite >= 85
    assert perfect.speed > slow.speed > silent.speed
    assert slow.tone >= 75  # slow is late, not rude
    assert perfect.escalation > silent.escalation


@pytest.mark.parametrize("seed", [1, 2])
def test_rude_answers_fast_but_fails_on_its_critical_errors(results, seed):
    scores = {bot: results[(bot, seed)].score for bot in BOT_NAMES}
    rude = scores["rude"]
    assert rude.tone < 40
    assert rude.tone < min(scores[b].tone for b in ("perfect", "slow"))
    # "Calm down. Deal with it." within seconds is not a fast answer: each is a critical error
    assert rude.speed == 0 and rude.critical
    assert {error.kind for error in rude.critical} >= {"hostile"}
    assert not rude.passed and rude.composite < 35
    assert any("Dismissed or blamed the customer" in reason for reason in rude.verdict)
    assert scores["perfect"].composite > scores["slow"].composite > rude.composite
    assert rude.composite > scores["silent"].composite
    # rudeness is visible in the drill itself: pile-ons and a worse brand health
    piles = [e for e in results[("rude", seed)].engine.log
             if e.kind == "follow_up" and e.data["reason"] == "pile_on"]
    assert piles
    health = {bot: results[(bot, seed)].engine.state.health for bot in ("rude", "perfect")}
    assert health["rude"] < health["perfect"]


@pytest.mark.parametrize("seed", [1, 2])
def test_doing_nothing_scores_nothing_on_escalation_and_does_not_pass(results, seed):
    silent = results[("silent", seed)].score
    assert silent.escalation < 10
    assert not silent.passed
    perfect = results[("perfect", seed)].score
    assert perfect.passed and not perfect.critical, perfect.verdict


def test_random_bot_is_seeded(results, tiny_scenario):
    a = run_drill(tiny_scenario, 3, "random")
    b = run_drill(tiny_scenario, 3, "random")
    assert a.engine.log_digest() == b.engine.log_digest()
    actions = {e.data["kind"] for e in a.engine.log if e.kind == "action"}
    assert {"reply", "escalate", "hide"} <= actions
    assert results[("random", 1)].score.composite < results[("perfect", 1)].score.composite


def test_on_event_sees_every_event_and_step_size_does_not_matter(tiny_scenario):
    seen: list[Event] = []
    fine = run_drill(tiny_scenario, 4, "perfect", on_event=seen.append, step=0.5)
    coarse = run_drill(tiny_scenario, 4, "perfect", step=7.0)
    assert seen == fine.engine.log
    assert fine.engine.log_digest() == coarse.engine.log_digest()
    assert fine.score.to_dict() == coarse.score.to_dict()


@pytest.mark.parametrize("bot", ["perfect", "late", "rude", "random", "silent"])
def test_a_bot_that_plans_on_events_plays_the_same_drill_at_any_step(bot: str) -> None:
    """What the runner's comment promises, on a bundled scenario with hundreds of events (the
    human-paced bots start a job at the first step after they are free, and are left out)."""
    from simulator.scenario import load_scenario
    from simulator.scenario.library import resolve_scenario

    scenario = load_scenario(resolve_scenario("launch-outage"))
    fine = run_drill(scenario, 2, bot, step=1.0)
    coarse = run_drill(scenario, 2, bot, step=1e6)
    assert fine.engine.log_digest() == coarse.engine.log_digest()


def test_perfect_bot_replies_personally_and_escalates_what_it_should(tiny_scenario):
    result = run_drill(tiny_scenario, 1, "perfect")
    log = result.engine.log
    replies = [e for e in log if e.kind == "action" and e.data["kind"] == "reply"]
    assert replies and all(e.data["tone"]["score"] >= 70 for e in replies)
    first_names = {e.post_id: e.data["author"]["name"].split()[0] for e in log
                   if e.kind == "post_arrived"}
    assert all(first_names[e.post_id] in e.data["text"] for e in replies)
    escalations = {(e.post_id, e.data["route"]) for e in log
                   if e.kind == "action" and e.data["kind"] == "escalate"}
    assert ("s:replied", "safety") in escalations and ("s:escalated", "pr") in escalations


def test_speed_paces_the_virtual_clock(make_tiny):
    scenario = make_tiny(duration=30.0)
    start = time.monotonic()
    result = run_drill(scenario, 1, "silent", speed=150.0)
    assert time.monotonic() - start >= 0.18  # 30 s of drill at 150x is 0.2 s
    assert result.engine.finished


def test_unknown_bot_is_refused():
    with pytest.raises(ValueError, match="unknown bot 'lazy'"):
        make_bot("lazy", 1)


class _AskedEveryStep:
    """A built-in bot without `idle_until`: the runner asks it at every step, as it asks any
    bot that cannot say how long it will wait."""

    def __init__(self, name: str, seed: int) -> None:
        self._bot = make_bot(name, seed)
        self.name = name

    def plan(self, engine, events):
        return self._bot.plan(engine, events)


# Drills where a human-paced bot sits idle, free with nothing open, until an update falls due: a
# runner that skipped those seconds (a bot saying it waits forever) would publish it late.
@pytest.mark.parametrize(("bot", "scenario_id", "seed"), [
    ("human", "food-rumour", 1), ("slow", "launch-outage", 1), ("slow", "rude-agent-screenshot", 3),
    ("perfect", "privacy-scare", 3), ("random", "privacy-scare", 3)])
def test_skipping_the_steps_a_bot_waits_through_changes_nothing(bot: str, scenario_id: str,
                                                                seed: int) -> None:
    from simulator.scenario import load_scenario
    from simulator.scenario.library import resolve_scenario

    scenario = load_scenario(resolve_scenario(scenario_id))
    skipped = run_drill(scenario, seed, bot)
    asked = run_drill(scenario, seed, _AskedEveryStep(bot, seed))
    assert skipped.engine.log_digest() == asked.engine.log_digest()


@pytest.mark.parametrize("step", [0.1, 0.7, 1 / 3])
def test_a_step_that_is_no_whole_number_of_milliseconds_still_ends_the_drill(
        tiny_scenario, step: float) -> None:
    """0.1 s steps add up to 0.30000000000000004, which the clock keeps as 0.3: the runner used
    to wait for its clock to pass the step's end and raised "headless drill stuck"."""
    result = run_drill(tiny_scenario, 4, "perfect", step=step)
    assert result.engine.finished
    assert result.engine.log_digest() == run_drill(tiny_scenario, 4, "perfect").engine.log_digest()
