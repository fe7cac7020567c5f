"""The `Debrief`: everything one drill's debrief shows, as plain data built from the results file.

The TUI and every report format render this one object, so they cannot disagree. Scores are
recomputed from the stored event log (`simulator.drill.outcomes.score_log`), which works for aborted
drills too; the scenario is only needed for the threshold route and the weights, and both are also
recorded in the log and the stored score, so a debrief of a drill on a scenario file that is no
longer around still scores. Replay needs the real scenario (see `simulator.debrief.replay`).
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any, cast

from scoring.drill import SCORING_VERSION, DrillScore, PostScore
from simulator.debrief import queries
from simulator.debrief.lessons import build_lessons
from simulator.debrief.proof import (
    logged_score_in,
    resolve_scenario_for,
    scoring_scenario,
    scoring_version,
)
from simulator.debrief.timeseries import build_series
from simulator.debrief.triage_report import statements_lines, triage_report
from simulator.debrief.views import (
    NOT_JUDGED,
    Debrief,
    DebriefError,
    DebriefPost,
    DrillInfo,
    Driver,
    FindingView,
    GhostPost,
    Handling,
    TimelineEntry,
    finding_view,
    handling_by_post,
    handling_from_event,
    handling_summary,
    verdict_lines,
)
from simulator.drill.events import Event, EventKind, InjectData, PostArrivedData
from simulator.drill.outcomes import ReplyTally, score_log, tally_replies
from simulator.printable import printable_data
from simulator.scenario.model import NO_ROUTE, Scenario
from simulator.store import ABORTED, RUNNING, Store, StoreError, hash_scenario

# The builder, and the debrief's types (simulator/debrief/views.py) for those who build with it.
__all__ = [
    "NOT_JUDGED", "TIMELINE_KINDS", "Debrief", "DebriefError", "DebriefPost", "DrillInfo",
    "Driver", "FindingView", "GhostPost", "Handling", "TimelineEntry", "assemble",
    "build_debrief", "build_drivers", "build_posts", "build_timeline", "find_drill",
    "finding_view", "handling_by_post", "handling_from_event", "handling_summary",
    "played_until", "scoring_scenario", "verdict_lines",
]

TIMELINE_KINDS = frozenset({
    EventKind.DRILL_STARTED, EventKind.PHASE_CHANGED, EventKind.POST_ARRIVED,
    EventKind.THRESHOLD_CROSSED, EventKind.ACTION, EventKind.STATEMENT, EventKind.FOLLOW_UP,
    EventKind.INJECT, EventKind.FACT_UPDATE, EventKind.NOTE, EventKind.DRILL_ENDED,
})


# ---- building ---------------------------------------------------------------------------------
def find_drill(store: Store, drill_id: int | None, *, trainee: str | None = None
               ) -> queries.DrillSummary:
    """The drill asked for (or the latest one); `DebriefError` with a helpful message otherwise."""
    try:
        if drill_id is None:
            found = queries.last_drill(store, trainee)
            if found is None:
                who = f" for trainee {trainee!r}" if trainee else ""
                raise DebriefError(f"no drills{who} in {store.path} yet: play or simulate one "
                                   "first")
            return found
        found = queries.drill(store, drill_id)
    except StoreError as error:
        raise DebriefError(str(error)) from None
    if found is None:
        latest = queries.recent_drills(store, limit=5)
        known = ", ".join(str(d.id) for d in latest)
        hint = f" (latest: {known})" if known else " (it has no drills yet)"
        raise DebriefError(f"no drill {drill_id} in {store.path}{hint}")
    return found


def build_debrief(
    store: Store,
    drill_id: int,
    *,
    scenario: Scenario | None = None,
    with_ghost: bool = True,
) -> Debrief:
    """Read one drill and everything derived from it. `scenario` defaults to the bundled one."""
    from simulator.debrief.ghost import find_ghost

    summary = find_drill(store, drill_id)
    try:
        log = queries.events(store, summary.id)
    except StoreError as error:
        raise DebriefError(str(error)) from None
    if scenario is None:
        scenario = resolve_scenario_for(summary.scenario_id, summary.scenario_hash)
    elif hash_scenario(scenario) != summary.scenario_hash:
        scenario = None  # not what was played: its weights, routes and times would mislead
    matches = scenario is not None
    scorer: Any = scenario if scenario is not None else scoring_scenario(log, summary.score)
    score = score_log(scorer, log)
    ghost = find_ghost(store, summary) if with_ghost else None
    # Everything below is shown on terminals and in reports: no control characters from the
    # file (scored first, on the text as it was sent).
    log = [Event(e.t, e.kind, e.post_id, printable_data(e.data)) for e in log]
    summary = dataclasses.replace(summary, **printable_data(
        {"trainee": summary.trainee, "team": summary.team,
         "scenario_title": summary.scenario_title}))
    logged = logged_score_in(log)
    version = scoring_version(logged if isinstance(logged, dict) else summary.score)
    played = None if version == SCORING_VERSION else {
        "scoring": version, "composite": summary.composite}
    return assemble(summary, log, score, scenario=scenario, scenario_matches=matches, ghost=ghost,
                    played_under=played)


def assemble(
    summary: queries.DrillSummary,
    log: Sequence[Event],
    score: DrillScore,
    *,
    scenario: Scenario | None = None,
    scenario_matches: bool = False,
    ghost: Any = None,
    played_under: dict[str, Any] | None = None,
) -> Debrief:
    started = next((e for e in log if e.kind == EventKind.DRILL_STARTED), None)
    duration = float(started.data.get("duration", 0.0)) if started else 0.0
    if scenario is not None and scenario_matches:
        duration = float(scenario.duration)
    duration = duration or max((e.t for e in log), default=0.0)
    info = DrillInfo(
        id=summary.id, trainee=summary.trainee, team=summary.team, mode=summary.mode,
        bot=summary.bot, scenario_id=summary.scenario_id, scenario_title=summary.scenario_title,
        scenario_hash=summary.scenario_hash, seed=summary.seed, started_at=summary.started_at,
        ended_at=summary.ended_at, status=summary.status, duration=duration,
        last_t=summary.last_t, locale=started.data.get("locale") if started else None,
        agent=started.data.get("agent") if started else None,
    )
    scores = {p.post_id: p for p in score.posts}
    ghost_posts = ghost.posts if ghost is not None else {}
    posts = tuple(
        dataclasses.replace(post, ghost=ghost_posts.get(post.post_id))
        for post in build_posts(log, scores)
    )
    timeline = tuple(build_timeline(log))
    tally = tally_replies(log)
    return Debrief(
        drill=info,
        score=score.to_dict(),
        drivers=tuple(build_drivers(score, posts, tally)),
        posts=posts,
        timeline=timeline,
        confusion=score.confusion,
        series=tuple(build_series(log, played_until(info, log))),
        lessons=tuple(build_lessons(posts, score, tally)),
        notes=tuple(e for e in timeline if e.kind == EventKind.NOTE),
        injects=tuple(e for e in timeline if e.kind == EventKind.INJECT),
        ghost_drill=ghost.info if ghost is not None else None,
        scenario_matches=scenario_matches,
        events=tuple(log),
        scenario=scenario if scenario_matches else None,
        played_under=played_under,
        triage=triage_report(log, score),
    )


def build_posts(log: Sequence[Event], scores: dict[str, PostScore]) -> list[DebriefPost]:
    handling = handling_by_post(log)
    reach: dict[str, tuple[int, int, int]] = {}
    crossed: dict[str, float] = {}
    arrivals: list[Event] = []
    for event in log:
        if event.post_id is None:
            continue
        data = event.data
        if event.kind == EventKind.POST_ARRIVED:
            arrivals.append(event)
            r = data.get("reach") or {}
            reach[event.post_id] = (int(r.get("likes", 0)), int(r.get("shares", 0)),
                                    int(r.get("comments", 0)))
        elif event.kind in (EventKind.REACH_CHANGED, EventKind.THRESHOLD_CROSSED, EventKind.ACTION):
            r = data.get("reach") if event.kind == EventKind.ACTION else data
            if isinstance(r, dict) and "likes" in r:
                reach[event.post_id] = (int(r.get("likes", 0)), int(r.get("shares", 0)),
                                        int(r.get("comments", 0)))
            if event.kind == EventKind.THRESHOLD_CROSSED:
                crossed.setdefault(event.post_id, event.t)
    posts = []
    for event in arrivals:
        pid = event.post_id
        assert pid is not None
        arrived = cast(PostArrivedData, event.data)
        author = arrived.get("author") or {}
        ps = scores.get(pid)
        done = tuple(handling.get(pid, ()))
        likes, shares, comments = reach.get(pid, (0, 0, 0))
        posts.append(DebriefPost(
            post_id=pid, arrived_t=event.t, channel=str(arrived.get("channel", "")),
            public=bool(arrived.get("public", True)), author_name=str(author.get("name", "")),
            author_handle=str(author.get("handle", "")),
            author_kind=str(author.get("kind", "customer")),
            followers=int(author.get("followers") or 0), kind=str(arrived.get("kind", "")),
            source=str(arrived.get("source", "")), parent_id=arrived.get("parent_id"),
            text=str(arrived.get("text", "")), severity=int(arrived.get("severity") or 0),
            needs_reply=bool(arrived.get("needs_reply", True)),
            min_tone=int(arrived.get("min_tone") or 0),
            target_s=float(arrived.get("target_s") or 0),
            expected_route=(ps.escalation.expected if ps and ps.escalation.expected else NO_ROUTE),
            threshold_t=crossed.get(pid), likes=likes, shares=shares, comments=comments,
            handling=done,
            response_s=ps.response_s if ps else None,
            speed=ps.speed if ps else None, tone=ps.tone if ps else None,
            escalation=str(ps.escalation.outcome) if ps else NOT_JUDGED,
            escalation_points=ps.escalation.points if ps else 100,
            escalated_to=tuple(h.route for h in done if h.kind == "escalate" and h.route),
            composite=ps.composite if ps else 0.0,
            critical=tuple(error.label for error in ps.critical) if ps else (),
        ))
    return posts


def _short(text: str | None, width: int = 60) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def build_timeline(log: Iterable[Event]) -> list[TimelineEntry]:
    """The moments worth stepping through, each with a one-line plain-text summary."""
    entries = []
    for e in log:
        if e.kind not in TIMELINE_KINDS:
            continue
        d = e.data
        if e.kind == EventKind.DRILL_STARTED:
            text = f"drill started ({d.get('phase', '')} phase, {d.get('per_minute', 0)}/min)"
        elif e.kind == EventKind.PHASE_CHANGED:
            text = f"phase -> {d.get('phase')} ({d.get('per_minute')}/min)"
        elif e.kind == EventKind.POST_ARRIVED:
            author = d.get("author") or {}
            text = f"{author.get('handle', '?')} on {d.get('channel')}: {_short(d.get('text'))}"
        elif e.kind == EventKind.THRESHOLD_CROSSED:
            text = (f"crossed the reach threshold ({d.get('likes')} likes, {d.get('shares')} "
                    f"shares) -> must go to {d.get('route')}")
        elif e.kind == EventKind.ACTION:
            h = handling_from_event(e)
            text = h.kind + (f" -> {h.route}" if h.route else "")
            if h.tone is not None:
                text += f" (tone {h.tone})"
            if h.text:
                text += f": {_short(h.text)}"
        elif e.kind == EventKind.FOLLOW_UP:
            text = f"follow-up ({d.get('reason')}) to {d.get('parent_id')}"
        elif e.kind == EventKind.INJECT:
            injected = cast(InjectData, d)
            bits = []
            if (pace := injected.get("pace")) is not None:
                bits.append(f"pace x{pace}")
            if made := injected.get("post_id"):
                bits.append(f"post {made}")
            if note := injected.get("note"):
                bits.append(_short(note))
            who = "scheduled inject" if injected.get("scheduled") is not None else "inject"
            text = f"{who}: " + (", ".join(bits) or "-")
        elif e.kind == EventKind.FACT_UPDATE:
            text = f"new fact: {_short(str(d.get('text', '')))}"
        elif e.kind == EventKind.NOTE:
            text = f"note: {d.get('text', '')}"
        elif e.kind == EventKind.STATEMENT:
            which = "holding statement" if d.get("holding") else f"update {d.get('number')}"
            text = f"{which} (score {d.get('score')}): {_short(str(d.get('text', '')))}"
        elif e.kind == EventKind.DRILL_ENDED:
            text = (f"drill ended: {d.get('posts')} posts, backlog {d.get('backlog')}, "
                    f"health {d.get('health')}")
        else:
            continue  # a kind this version does not know: nothing to say about it
        entries.append(TimelineEntry(e.t, e.kind, e.post_id, text))
    return entries


def _secs(value: float | None) -> str:
    return "-" if value is None else f"{value:.0f}s"


def played_until(info: DrillInfo, log: Sequence[Event]) -> float:
    """Where the drill's time really ended: its duration, or the last recorded moment of a drill
    that was aborted (charts and replay must not run on into minutes nobody played)."""
    if info.status in (ABORTED, RUNNING):
        return min(info.duration, max([info.last_t, *(e.t for e in log)], default=0.0))
    return info.duration


def build_drivers(score: DrillScore, posts: Sequence[DebriefPost],
                  tally: ReplyTally) -> list[Driver]:
    """Why each score is what it is, as a few sentences with numbers. The reply and hide counts
    are the drill's `ReplyTally`, as every other screen shows them."""
    summary = score.speed_summary
    needing = [p for p in posts if p.needs_reply]
    late = sorted((p for p in needing if p.response_s is not None and p.response_s > p.target_s),
                  key=lambda p: -(p.response_s or 0))
    speed = [
        f"answered {summary.answered} of {summary.posts} posts that needed a reply "
        f"({summary.answered_share:.0%})",
        f"median first response {_secs(summary.median_s)}, p90 {_secs(summary.p90_s)}",
    ]
    if summary.backlog:
        speed.append(f"{summary.backlog} never answered: each scores 0 for speed and tone")
    critical = sum(1 for p in needing if p.critical and p.response_s is not None)
    if critical:
        speed.append(f"{critical} answered with a critical error: an answer like that is not a "
                     "fast answer, each scores 0")
    unjudged = sum(1 for p in posts if not p.judged)
    if unjudged:
        speed.append(f"{unjudged} arrived too close to the end to be answered within their "
                     "target, were left alone and are not judged")
    if late:
        speed.append(f"{len(late)} answered after their channel's target (slowest: "
                     f"{late[0].post_id} after {_secs(late[0].response_s)}, target "
                     f"{late[0].target_s:.0f}s)")
    replies = [h for p in posts for h in p.replies]
    counts: Counter[str] = Counter()
    points: Counter[str] = Counter()
    labels: dict[str, str] = {}
    for h in replies:
        for f in h.findings:
            counts[f.rule] += 1
            points[f.rule] += f.points
            labels[f.rule] = f.label
    tone = [f"{tally.replies} replies scored" + (
        f", mean tone {sum(h.tone or 0 for h in replies) / len(replies):.0f}" if replies else "")]
    if tally.hides:
        tone.append(f"{tally.hides} posts hidden: each counts as a reply with tone 0 (censoring)")
    worst = sorted((r for r in points if points[r] < 0), key=lambda r: points[r])[:3]
    best = sorted((r for r in points if points[r] > 0), key=lambda r: -points[r])[:3]
    if worst:
        tone.append("cost most: " + ", ".join(
            f"{labels[r]} x{counts[r]} ({points[r]:+d})" for r in worst))
    if best:
        tone.append("earned most: " + ", ".join(
            f"{labels[r]} x{counts[r]} ({points[r]:+d})" for r in best))
    outcomes = Counter(p.escalation for p in posts)
    escalation = [", ".join(f"{name} {outcomes[name]}" for name in sorted(outcomes)) or "no posts"]
    for name, why in (("missed", "expected a route, nothing escalated (0 points each)"),
                      ("late", "escalated after the reach threshold (50 each)"),
                      ("wrong_team", "escalated to the wrong team (25 each)"),
                      ("needless", "escalated although no route was expected (60 each)")):
        if outcomes.get(name):
            escalation.append(f"{outcomes[name]} {why}")
    w = score.weights
    drivers = [
        Driver("speed", round(score.speed, 1), w.speed, tuple(speed)),
        Driver("tone", round(score.tone, 1), w.tone, tuple(tone)),
        Driver("escalation", round(score.escalation, 1), w.escalation, tuple(escalation)),
    ]
    mean = f"weighted mean of speed {w.speed:g}, tone {w.tone:g}, escalation {w.escalation:g}"
    total = w.speed + w.tone + w.escalation
    if score.statements is not None:  # a drill scored with statements (scoring v3 on)
        drivers.append(Driver("statements", round(score.statements, 1), w.statements,
                              tuple(statements_lines(score))))
        if w.statements > 0:
            mean += f", statements {w.statements:g}"
            total += w.statements
        else:
            mean += " (statements weigh 0 in this scenario)"
    return [*drivers, Driver("composite", round(score.composite, 1), total, (mean,))]
