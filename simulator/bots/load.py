"""How much of a scenario one person can handle: the load `preview` and `validate --load` print.

The `human` bot (`simulator.drill.triage`'s pace) plays the scenario once; per phase the report
gives the posts arriving a minute, those needing a reply, the important ones, and the share of one
person's minute that handling them all would take. Over 100 % a phase is beyond one person: the
trainee must triage, which a scenario labelled `easy` should not ask. The headline figure is the
share of important posts the human-paced player handled in time (answered within the channel's
target where a reply was needed, escalated to the right team where one was).
"""

from __future__ import annotations

from dataclasses import dataclass

from simulator.drill.events import POST_ARRIVED
from simulator.drill.triage import handling_s, important
from simulator.scenario.model import Scenario

ONE_PERSON = 1.0  # a phase needing more than this share of a person's time is beyond one person


@dataclass(frozen=True, slots=True)
class PhaseLoad:
    name: str
    minutes: float
    arrivals_per_min: float
    replies_per_min: float
    important_per_min: float
    busy_share: float  # share of one person's time handling it all would take (1.0 = all of it)

    @property
    def beyond_one_person(self) -> bool:
        return self.busy_share > ONE_PERSON


@dataclass(frozen=True, slots=True)
class Load:
    seed: int
    phases: tuple[PhaseLoad, ...]
    important: int
    handled_in_time: int

    @property
    def handled_share(self) -> float:
        return self.handled_in_time / self.important if self.important else 1.0


def scenario_load(scenario: Scenario, seed: int) -> Load:
    from simulator.bots.headless import run_drill

    result = run_drill(scenario, seed, "human")
    arrivals = [e for e in result.engine.log if e.kind == POST_ARRIVED and e.post_id]
    by_post = {p.post_id: p for p in result.score.posts}
    phases = []
    starts = [float(p.start) for p in scenario.pace] + [float(scenario.duration)]
    for index, phase in enumerate(scenario.pace):
        begin, end = starts[index], max(starts[index], starts[index + 1])
        minutes = (end - begin) / 60.0
        here = [e for e in arrivals if begin <= e.t < end]
        needing = [e for e in here if e.data.get("needs_reply")]
        # The optimistic estimate: every reply from an approved template, personalised (typing
        # replies in full takes three times as long), so "beyond one person" is never a stretch.
        busy = sum(handling_s(str(e.data.get("text", "")),
                              "" if e.data.get("needs_reply") else None, template=True,
                              escalate=(e.data.get("expected_route") or "none") != "none")
                   for e in here if e.data.get("needs_reply") or important(e.data))
        scale = 1.0 / minutes if minutes > 0 else 0.0
        phases.append(PhaseLoad(phase.name, minutes, len(here) * scale, len(needing) * scale,
                                sum(1 for e in here if important(e.data)) * scale,
                                busy * scale / 60.0))
    wanted = [e for e in arrivals if important(e.data)]
    done = 0
    for event in wanted:
        post = by_post.get(event.post_id or "")
        if post is None:
            continue  # arrived too late for anyone: not judged
        answered = not event.data.get("needs_reply") or (
            post.response_s is not None and post.response_s <= float(event.data["target_s"]))
        routed = post.escalation.expected is None or str(post.escalation.outcome) == "correct"
        done += answered and routed and not post.critical
    return Load(seed, tuple(phases), len(wanted), done)


def render_load(load: Load) -> list[str]:
    lines = [f"Load for one trainee (seed {load.seed}): reading 250 words a minute and replying",
             "from templates; busy is the share of their time that handling it all would take.",
             "  phase            min  posts/min  replies/min  important/min  busy"]
    for p in load.phases:
        flag = "  beyond one person" if p.beyond_one_person else ""
        lines.append(f"  {p.name[:15]:<15} {p.minutes:4.1f}  {p.arrivals_per_min:9.1f}  "
                     f"{p.replies_per_min:11.1f}  {p.important_per_min:13.1f}  "
                     f"{p.busy_share:4.0%}{flag}")
    lines.append(f"  a human-paced player handled {load.handled_in_time} of {load.important} "
                 f"important posts in time ({load.handled_share:.0%})")
    beyond = [p.name for p in load.phases if p.beyond_one_person]
    if beyond:
        lines.append(f"  beyond one person in {', '.join(beyond)}: the trainee must triage (fine "
                     "on hard, not on easy)")
    return lines
