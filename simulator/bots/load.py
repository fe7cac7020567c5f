"""How much of a scenario one person can handle: the load `preview` and `validate --load` print.

The `human` bot (`simulator.drill.triage`'s pace) plays the scenario once; per phase the report
gives the posts arriving a minute, those needing a reply, the important ones, and the share of one
person's minute that the work would take: every important post, a fair share of the routine ones
(a fresh good statement covers the rest, `scoring.cadence`) and the statements falling due. Over
100 % a phase is beyond one person: the trainee must triage, which a scenario labelled `easy`
should not ask. The headline figure is the share of important posts the human-paced player
handled in time (answered within the channel's target where a reply was needed, escalated to the
right team where one was); a post still inside its target when the drill ended is not counted
unless it was handled.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from scoring.cadence import FAIR_SHARE
from simulator.drill.events import EventKind
from simulator.drill.triage import DECIDE_S, handling_s, important, typing_s
from simulator.scenario.model import Scenario

if TYPE_CHECKING:
    from simulator.bots.headless import HeadlessResult

ONE_PERSON = 1.0  # a phase needing more than this share of a person's time is a busy one


@dataclass(frozen=True, slots=True)
class PhaseLoad:
    name: str
    minutes: float
    arrivals_per_min: float
    replies_per_min: float
    important_per_min: float
    busy_share: float  # share of one person's time handling it all would take (1.0 = all of it)
    missed: int = 0  # important posts arriving in it that the human-paced player missed

    @property
    def beyond_one_person(self) -> bool:
        """Measured, not estimated: the human-paced player missed an important post that
        arrived in this phase. A busy share over 100 % alone is not enough: a person carries
        a queue into the next minutes, inside the channels' targets."""
        return self.missed > 0


@dataclass(frozen=True, slots=True)
class Load:
    seed: int
    phases: tuple[PhaseLoad, ...]
    important: int
    handled_in_time: int

    @property
    def handled_share(self) -> float:
        return self.handled_in_time / self.important if self.important else 1.0


# What one statement takes to write: a 40-word holding message or update, typed in full.
STATEMENT_WORDS = 40


def scenario_load(scenario: Scenario, seed: int) -> Load:
    """The load of `scenario` on crowd seed `seed`, from one human-paced play."""
    from simulator.bots.headless import run_drill

    return load_of(scenario, seed, run_drill(scenario, seed, "human"))


def load_of(scenario: Scenario, seed: int, result: HeadlessResult) -> Load:
    """`scenario_load` from a human-paced play already made (`run_drill(scenario, seed,
    "human")`): a sweep that plays every bot anyway need not play this one twice."""
    arrivals = [e for e in result.engine.log if e.kind == EventKind.POST_ARRIVED and e.post_id]
    by_post = {p.post_id: p for p in result.score.posts}
    phases = []
    starts = [float(p.start) for p in scenario.pace] + [float(scenario.duration)]
    due = scenario.statements
    statement_s = DECIDE_S + typing_s(" ".join(["word"] * STATEMENT_WORDS))
    for index, phase in enumerate(scenario.pace):
        begin, end = starts[index], max(starts[index], starts[index + 1])
        minutes = (end - begin) / 60.0
        here = [e for e in arrivals if begin <= e.t < end]
        needing = [e for e in here if e.data.get("needs_reply")]
        # What a trainee who triages as the guides teach must do: every important post, a fair
        # share of the routine ones (the statement covers the rest), and the statements due.
        # The optimistic estimate: every reply from an approved template, personalised (typing
        # replies in full takes three times as long), so "beyond one person" is never a stretch.
        busy = sum(handling_s(str(e.data.get("text", "")),
                              "" if e.data.get("needs_reply") else None, template=True,
                              escalate=(e.data.get("expected_route") or "none") != "none")
                   * (1.0 if important(e.data) else FAIR_SHARE)
                   for e in here if e.data.get("needs_reply") or important(e.data))
        busy += statement_s * _statements_due(float(due.holding_by), float(due.update_every),
                                              begin, end)
        scale = 1.0 / minutes if minutes > 0 else 0.0
        phases.append(PhaseLoad(phase.name, minutes, len(here) * scale, len(needing) * scale,
                                sum(1 for e in here if important(e.data)) * scale,
                                busy * scale / 60.0))
    wanted = []
    missed = [0] * len(phases)
    done = 0
    for event in arrivals:
        post = by_post.get(event.post_id or "")
        if not important(event.data) or post is None:
            continue  # routine, or arrived too late for anyone: not judged
        answered = not event.data.get("needs_reply") or (
            post.response_s is not None and post.response_s <= float(event.data["target_s"]))
        routed = post.escalation.expected is None or str(post.escalation.outcome) == "correct"
        handled = answered and routed and not post.critical
        if not handled and event.t + float(event.data["target_s"]) > scenario.duration:
            continue  # still inside its time when the drill ended: not late, not judged here
        wanted.append(event)
        done += handled
        if not handled:
            missed[_phase_index(starts, event.t)] += 1
    phases = [replace(phase, missed=count) for phase, count in zip(phases, missed, strict=True)]
    return Load(seed, tuple(phases), len(wanted), done)


def _phase_index(starts: list[float], t: float) -> int:
    """The phase `t` falls in (`starts` ends with the drill's end)."""
    return max(0, min(len(starts) - 2, bisect_right(starts, t) - 1))


def _statements_due(holding_by: float, update_every: float, begin: float, end: float) -> int:
    """How many statements fall due in [begin, end): the holding message, then the updates."""
    count, t = 0, holding_by
    while t < end:
        count += t >= begin
        t += update_every
    return count


def render_load(load: Load) -> list[str]:
    lines = [f"Load for one trainee (seed {load.seed}): reading 250 words a minute and replying",
             "from templates, every important post, a fair share of the routine ones and the",
             "statements; busy is the share of their time that would take.",
             "  phase            min  posts/min  replies/min  important/min  busy  missed"]
    for p in load.phases:
        flag = "  beyond one person" if p.beyond_one_person else ""
        lines.append(f"  {p.name[:15]:<15} {p.minutes:4.1f}  {p.arrivals_per_min:9.1f}  "
                     f"{p.replies_per_min:11.1f}  {p.important_per_min:13.1f}  "
                     f"{p.busy_share:4.0%}  {p.missed:6d}{flag}")
    lines.append(f"  a human-paced player handled {load.handled_in_time} of {load.important} "
                 f"important posts in time ({load.handled_share:.0%})")
    beyond = [p.name for p in load.phases if p.beyond_one_person]
    if beyond:
        lines.append(f"  beyond one person in {', '.join(beyond)}: the trainee must triage (fine "
                     "on hard, not on easy)")
    return lines
