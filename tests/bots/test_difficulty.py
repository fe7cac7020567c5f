"""The bundled scenarios' difficulty labels mean something, and the drill score ranks players as a
care lead would: perfect > human-paced > slow > rude > silent.

Measured with the bots on seeds 1-3 (`simulator.bots`). `easy`: the human-paced player handles
every important post in time; `medium`: most of them; `hard`: it must triage (some phase is
beyond one person). The rude bot fails with its critical errors listed; doing nothing earns no
escalation marks.
"""

from __future__ import annotations

from functools import cache

import pytest

from scoring.drill import DrillScore
from simulator.bots.headless import run_drill
from simulator.bots.load import Load, scenario_load
from simulator.scenario import load_scenario
from simulator.scenario.library import bundled_scenarios
from simulator.scenario.model import Scenario

pytestmark = pytest.mark.slow

SEEDS = (1, 2, 3)
SCENARIOS = tuple(sid for sid, _ in bundled_scenarios())
BOTS = ("perfect", "human", "slow", "rude", "silent")


@cache
def _scenario(sid: str) -> Scenario:
    return load_scenario(dict(bundled_scenarios())[sid])


@cache
def _score(sid: str, bot: str, seed: int) -> DrillScore:
    return run_drill(_scenario(sid), seed, bot).score


@cache
def _load(sid: str, seed: int) -> Load:
    return scenario_load(_scenario(sid), seed)


def test_every_difficulty_is_bundled() -> None:
    assert {_scenario(sid).difficulty for sid in SCENARIOS} == {"easy", "medium", "hard"}


@pytest.mark.parametrize("sid", SCENARIOS)
def test_the_difficulty_label_matches_what_one_person_can_handle(sid: str) -> None:
    loads = [_load(sid, seed) for seed in SEEDS]
    shares = [load.handled_share for load in loads]
    difficulty = _scenario(sid).difficulty
    if difficulty == "easy":
        assert shares == [1.0] * len(SEEDS), shares
        assert not any(p.beyond_one_person for load in loads for p in load.phases)
    elif difficulty == "medium":
        assert sum(shares) / len(shares) >= 0.6, shares
        assert min(shares) < 1.0, shares  # not everything: the trainee must choose sometimes
    else:
        assert max(shares) < 0.5, shares
        assert all(any(p.beyond_one_person for p in load.phases) for load in loads)


@pytest.mark.parametrize("sid", SCENARIOS)
@pytest.mark.parametrize("seed", SEEDS)
def test_the_score_ranks_the_bots_as_a_care_lead_would(sid: str, seed: int) -> None:
    scores = {bot: _score(sid, bot, seed).composite for bot in BOTS}
    assert scores["perfect"] > scores["human"] > scores["slow"] > scores["rude"] \
        >= scores["silent"], scores


@pytest.mark.parametrize("sid", SCENARIOS)
def test_the_rude_bot_fails_with_its_critical_errors_and_silence_earns_no_escalation(
        sid: str) -> None:
    for seed in SEEDS:
        rude = _score(sid, "rude", seed)
        assert rude.composite < 35 and not rude.passed
        assert any("Dismissed or blamed" in reason for reason in rude.verdict), rude.verdict
        assert rude.critical  # each one shown where it happened
        silent = _score(sid, "silent", seed)
        assert silent.escalation < 10 and not silent.passed
        assert silent.statements == 0  # no holding message, nothing published


def test_the_perfect_bot_passes_with_its_statements_on_time() -> None:
    for sid in SCENARIOS:
        score = _score(sid, "perfect", 1)
        assert score.passed, (sid, score.verdict)
        assert score.statements is not None and score.statements >= 95
