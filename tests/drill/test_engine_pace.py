"""Arrivals follow the phases: random but reproducible, and the pace really rises."""

from __future__ import annotations

from simulator.drill.engine import Engine
from simulator.drill.events import EventKind


def crowd_rates(scenario, seeds):
    """Generated posts per minute in each phase, pooled over several seeds."""
    phases = scenario.pace
    counts = [0] * len(phases)
    phase_changes = []
    for seed in seeds:
        engine = Engine(scenario, seed)
        engine.advance(scenario.duration)
        phase_changes.append(
            [(e.t, e.data["phase"]) for e in engine.log if e.kind == EventKind.PHASE_CHANGED]
        )
        for event in engine.log:
            if event.kind == EventKind.POST_ARRIVED and event.data["source"] == "crowd":
                index = max(i for i, p in enumerate(phases) if p.start <= event.t)
                counts[index] += 1
    ends = [float(p.start) for p in phases[1:]] + [float(scenario.duration)]
    minutes = [(end - float(p.start)) / 60 for p, end in zip(phases, ends, strict=True)]
    return [c / len(seeds) / m for c, m in zip(counts, minutes, strict=True)], phase_changes


def test_pace_rises_across_phases_and_matches_the_scenario(tiny_scenario):
    rates, changes = crowd_rates(tiny_scenario, seeds=range(1, 9))
    assert rates[0] < rates[1] < rates[2], rates
    for rate, phase in zip(rates, tiny_scenario.pace, strict=True):
        assert 0.6 * phase.per_minute <= rate <= 1.4 * phase.per_minute, (phase.name, rate)
    assert changes[0] == [(60.0, "spark"), (120.0, "viral")]


def test_bundled_default_speeds_up(bundled):
    scenario = bundled("food-rumour")
    rates, _ = crowd_rates(scenario, seeds=range(1, 5))
    assert rates == sorted(rates), rates
    assert rates[-1] > 2.5 * rates[0]


def test_state_reports_the_current_phase_and_pace(tiny_scenario):
    engine = Engine(tiny_scenario, 1)
    engine.advance(30)
    assert (engine.state.phase, engine.state.pace) == ("calm", 4)
    engine.advance(200)
    state = engine.state
    assert (state.phase, state.pace) == ("viral", 24)
    assert state.arrivals_last_minute > 10


def test_pace_inject_changes_arrivals_from_now_on(tiny_scenario):
    base = Engine(tiny_scenario, 4)
    base.advance(240)
    boosted = Engine(tiny_scenario, 4)
    boosted.advance(120)
    events = boosted.inject(pace=3.0, note="the story hits TV")
    boosted.advance(240)
    assert events[0].kind == "inject" and events[0].data["pace"] == 3.0

    def late_arrivals(engine):
        return sum(1 for e in engine.log
                   if e.kind == EventKind.POST_ARRIVED and e.data["source"] == "crowd"
                   and e.t > 120)

    def early(engine):
        return [e.to_dict() for e in engine.log if e.kind == EventKind.POST_ARRIVED and e.t <= 120]

    assert early(boosted) == early(base)
    assert late_arrivals(boosted) > 2 * late_arrivals(base)
    assert boosted.state.pace == 72
