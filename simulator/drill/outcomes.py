"""Event log → per-post records → drill score.

The score is derived from the log alone (never from engine internals), so the results store and the
debrief can recompute it from saved rows, and a replayed drill scores exactly like the live one.

Rules the records follow:
- the first response is the first `reply`, or a `dm` that carried a public text;
- every reply's tone counts; a hide counts as censoring (scored by `scoring.drill`);
- a post that crossed the reach threshold must go to the threshold's route: if it had no route of
  its own, that route becomes the expected one (escalating once it crossed is on time); if it had
  one, escalating after the crossing is late. A post that was already above the threshold when it
  arrived (a big account) cannot be escalated "before": it is judged on its route alone; one
  that crossed in the last ANSWER_GRACE_S seconds, with no route of its own, is not held against
  anyone unless it was escalated (no time to);
- a post that arrived in the last ANSWER_GRACE_S seconds (or its channel's target, if shorter), too
  late to read and answer, is not held against the trainee: left untouched it is not scored at
  all; handled, it is scored on what was done (a reply's tone, an escalation's route), never on
  a reply or an escalation that nobody had time to make. It stays in the log, the feed and the
  debrief timeline.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, cast

from scoring.cadence import Cadence, Published
from scoring.composite import Weights
from scoring.critical import reply_errors
from scoring.drill import PASS_MARK, DrillScore, PostRecord, score_drill, weights_dict
from simulator.drill.events import (
    ActionData,
    Event,
    EventKind,
    LoggedScore,
    PostArrivedData,
    StatementData,
)
from simulator.drill.triage import important
from simulator.scenario.model import NO_ROUTE, Scenario


@dataclass(slots=True)
class _Draft:
    post_id: str
    channel: str
    target_s: float
    arrived_at: float
    expected_route: str
    needs_reply: bool
    first_response_at: float | None = None
    tones: list[int] = field(default_factory=list)
    escalations: list[tuple[str, float]] = field(default_factory=list)
    threshold_crossed_at: float | None = None
    hidden: bool = False
    reply_errors: list[str] = field(default_factory=list)
    routine: bool = False
    also_routes: tuple[str, ...] = ()


def records_from_log(scenario: Scenario, events: Iterable[Event]) -> list[PostRecord]:
    drafts: dict[str, _Draft] = {}
    threshold_route = scenario.reach_threshold.route
    # The planned length, from the log (the debrief may score without the scenario file).
    duration: float | None = _float(getattr(scenario, "duration", None))
    for event in events:
        if event.kind == EventKind.DRILL_STARTED:
            duration = _float(event.data.get("duration")) or duration
        if event.post_id is None:
            continue
        if event.kind == EventKind.POST_ARRIVED:
            arrived = cast(PostArrivedData, event.data)
            drafts[event.post_id] = _Draft(
                post_id=event.post_id,
                channel=arrived["channel"],
                target_s=float(arrived["target_s"]),
                arrived_at=event.t,
                expected_route=arrived.get("expected_route") or NO_ROUTE,
                needs_reply=bool(arrived.get("needs_reply", True)),
                routine=not important(arrived),
                also_routes=tuple(str(r) for r in arrived.get("also_routes") or ()),
            )
            continue
        draft = drafts.get(event.post_id)
        if draft is None:
            continue
        if event.kind == EventKind.THRESHOLD_CROSSED and draft.threshold_crossed_at is None:
            draft.threshold_crossed_at = event.t
        elif event.kind == EventKind.ACTION:
            data = cast(ActionData, event.data)
            kind = data.get("kind")
            tone = data.get("tone")
            if kind in ("reply", "dm") and tone is not None:
                draft.tones.append(int(tone["score"]))
                rules = {str(f["rule"]) for f in tone.get("findings") or ()
                         if isinstance(f, dict) and f.get("rule")}
                draft.reply_errors.extend(reply_errors(rules, int(tone["score"])))
                if draft.first_response_at is None:
                    draft.first_response_at = event.t
            elif kind == "escalate" and (route := data.get("route")):
                draft.escalations.append((route, event.t))
            elif kind == "hide":
                draft.hidden = True
    records = []
    for d in drafts.values():
        expected, crossed = d.expected_route, d.threshold_crossed_at
        routine = d.routine and d.threshold_crossed_at is None
        if crossed is not None and expected == NO_ROUTE:
            expected, crossed = threshold_route, None
            if duration is not None and d.threshold_crossed_at is not None \
                    and d.threshold_crossed_at > duration - ANSWER_GRACE_S and not d.escalations:
                expected = NO_ROUTE  # it crossed in the final seconds: no time to escalate
        if crossed is not None and crossed <= d.arrived_at:
            crossed = None
        needs_reply = d.needs_reply
        if duration is not None and d.arrived_at > late_cutoff(duration, d.target_s):
            if not (d.tones or d.escalations or d.hidden):
                continue  # arrived too late for anyone to act: not scored
            if d.first_response_at is None:
                needs_reply = False  # no time to answer: speed is not judged
            if not d.escalations:
                expected, crossed = NO_ROUTE, None  # no time to escalate: not judged as missed
        records.append(PostRecord(
            post_id=d.post_id,
            channel=d.channel,
            target_s=d.target_s,
            arrived_at=d.arrived_at,
            first_response_at=d.first_response_at,
            tones=tuple(d.tones),
            expected_route=expected,
            escalations=tuple(d.escalations),
            threshold_crossed_at=crossed,
            hidden=d.hidden,
            needs_reply=needs_reply,
            reply_errors=tuple(d.reply_errors),
            routine=routine,
            also_routes=d.also_routes if expected == d.expected_route else (),
        ))
    return records


def published_from_log(events: Iterable[Event]) -> list[Published]:
    """The official statements of a log, in order, as the score sees them."""
    return [Published(e.t, float(cast(StatementData, e.data).get("score") or 0)) for e in events
            if e.kind == EventKind.STATEMENT]


def cadence_of(scenario: Scenario, events: Iterable[Event]) -> Cadence | None:
    """When statements were due, as the log's start recorded it. None for a log from before
    statements (scored as it was: no statements part, no coverage). A log without a start (built
    by hand in a test) takes the scenario's times."""
    started = next((e for e in events if e.kind == EventKind.DRILL_STARTED), None)
    due: Any = getattr(scenario, "statements", None) if started is None \
        else started.data.get("statements")
    if isinstance(due, dict):
        due = {key: _float(due.get(key)) for key in ("holding_by", "update_every",
                                                    "silence_after")}
    elif due is not None:
        due = {key: _float(getattr(due, key, None)) for key in ("holding_by", "update_every",
                                                               "silence_after")}
    if not due or None in due.values():
        return None
    return Cadence(**due)


# Time to read a post and send a holding reply: a post that arrives closer than this to the end
# (or than its channel's target, if shorter) is not held against anyone unless it was handled.
# Longer than this, silence counts: "never answered scores zero", also in the final rush.
ANSWER_GRACE_S = 30.0


def late_cutoff(duration: float, target_s: float) -> float:
    """Arrival time after which a post on a channel with `target_s` is not held against anyone."""
    return duration - min(target_s, ANSWER_GRACE_S)


def _float(value: Any) -> float | None:
    try:
        return None if value is None else float(value)
    except (TypeError, ValueError):
        return None


def scenario_weights(scenario: Scenario) -> Weights:
    w = scenario.weights
    return Weights(speed=w.speed, tone=w.tone, escalation=w.escalation,
                   statements=float(getattr(w, "statements", 20)))


def score_log(scenario: Scenario, events: Iterable[Event]) -> DrillScore:
    events = list(events)
    duration = next((_float(e.data.get("duration")) for e in events
                     if e.kind == EventKind.DRILL_STARTED), None) \
        or _float(getattr(scenario, "duration", None))
    return score_drill(records_from_log(scenario, events), scenario_weights(scenario),
                       scenario_pass_mark(scenario), published=published_from_log(events),
                       cadence=cadence_of(scenario, events), duration=duration)


def scenario_pass_mark(scenario: Scenario) -> float:
    return float(getattr(scenario, "pass_mark", PASS_MARK))


LOGGED_DIMENSIONS = ("speed", "tone", "escalation", "composite")  # the results file's columns


def logged_score(score: DrillScore) -> LoggedScore:
    """What the `drill_ended` event records of the score: the four numbers (LOGGED_DIMENSIONS)
    and the statements part, rounded as the results file stores them, and the weights that made
    the composite."""
    return LoggedScore(
        speed=_rounded(score.speed), tone=_rounded(score.tone),
        escalation=_rounded(score.escalation), composite=_rounded(score.composite),
        statements=_rounded(score.statements), weights=weights_dict(score.weights),
        passed=score.passed, pass_mark=score.pass_mark, scoring=score.scoring,
    )


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


@dataclass(frozen=True, slots=True)
class RuleTally:
    """One tone rule over a drill's scored replies: how often it fired and the points it moved."""

    rule: str
    label: str
    guidance: str
    count: int
    points: int


@dataclass(frozen=True, slots=True)
class ReplyTally:
    """What the tone score is the mean of, counted once for every screen: `replies` are the
    public replies and DMs that carried a text (each scored), `hides` the hidden posts (each a
    tone of 0, censoring). The summary, the debrief, the reports and `history` all say "N replies
    scored" from here: they once said 6 and 8 for the same drill (hides counted as replies)."""

    replies: int = 0
    hides: int = 0
    rules: tuple[RuleTally, ...] = ()  # over the replies only, most points moved first

    @property
    def scored(self) -> int:
        """Every value in the tone's mean: the replies and the hides."""
        return self.replies + self.hides

    def rule(self, name: str) -> RuleTally | None:
        return next((r for r in self.rules if r.rule == name), None)


def tally_replies(log: Iterable[Event]) -> ReplyTally:
    """Count the drill's scored replies and hides, and each tone rule over the replies."""
    replies = hides = 0
    counts: dict[str, list[Any]] = {}
    for event in log:
        if event.kind != EventKind.ACTION:
            continue
        data = cast(ActionData, event.data)
        kind, tone = data.get("kind"), data.get("tone")
        if kind == "hide":
            hides += 1
            continue
        if kind not in ("reply", "dm") or not tone:
            continue
        replies += 1
        for finding in tone.get("findings") or ():
            if not isinstance(finding, dict) or not finding.get("rule"):
                continue
            rule = str(finding["rule"])
            entry = counts.setdefault(rule, [str(finding.get("label") or rule),
                                             str(finding.get("guidance") or ""), 0, 0])
            entry[2] += 1
            entry[3] += int(finding.get("points") or 0)
    rules = sorted((RuleTally(rule, label, guidance, count, points)
                    for rule, (label, guidance, count, points) in counts.items()),
                   key=lambda r: (-abs(r.points), r.rule))
    return ReplyTally(replies, hides, tuple(rules))
