"""`crisis-drill preview`: the drill's timeline as a facilitator checks it before anyone plays.

An untouched run for the seed (nobody answers), so the pressure a trainee who falls behind faces
shows: `ignored_for` follow-ups and the crowd's "still waiting" reactions. Each post carries its
id (what `tone --to` takes) and the route *as scoring will apply it*: a post that goes viral must
go to the reach threshold's route even if it had none (a troll shown as `none` was scored as PR).
The follow-ups that fire only on what a trainee does (a reply, a low tone, an escalation) cannot
show in an untouched run, so every branch is listed below the timeline, chained ones indented.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass
from typing import cast

from simulator.cli.tables import text_table
from simulator.scenario.model import NO_ROUTE, FollowUp, Scenario, format_duration

TEXT_WIDTH = 60


@dataclass(frozen=True)
class TimelineRow:
    t: float
    phase: str
    channel: str
    author: str
    text: str
    expect: str
    source: str = ""
    post_id: str = ""


def _phase_rows(scenario: Scenario) -> list[TimelineRow]:
    return [
        TimelineRow(phase.start, phase.name, "", "", f"── phase {phase.name}: "
                    f"{phase.per_minute:g} generated posts/min", "")
        for phase in scenario.pace
    ]


def _in_time_order(rows: list[TimelineRow]) -> list[TimelineRow]:
    # stable: a phase change comes before posts at the same second; posts keep arrival order
    return sorted(rows, key=lambda row: (row.t, row.channel != ""))


def scripted_timeline(scenario: Scenario) -> list[TimelineRow]:
    """Phase changes and scripted posts: the part of the timeline that needs no engine."""
    rows = _phase_rows(scenario)
    for post in scenario.posts:
        rows.append(TimelineRow(post.at, scenario.phase_at(post.at).name, post.channel,
                                post.author.handle, post.text, _routes(post.expect.routes),
                                "scripted", f"s:{post.id}"))
    return _in_time_order(rows)


def _routes(routes: Sequence[str]) -> str:
    return " or ".join(routes) or NO_ROUTE


def engine_timeline(scenario: Scenario, seed: int) -> list[TimelineRow] | None:
    """Every post of an untouched run for this seed; None without an engine."""
    try:
        from simulator.drill.engine import (
            Engine,  # imported lazily: validate/list/new do not need it
        )
        from simulator.drill.events import EventKind, PostArrivedData
        from simulator.drill.outcomes import records_from_log
    except ImportError:
        return None
    engine = Engine(scenario, seed=seed)
    events = engine.advance(scenario.duration)
    scored = {record.post_id: record for record in records_from_log(scenario, events)}
    crossed = {e.post_id: e.t for e in events if e.kind == EventKind.THRESHOLD_CROSSED}
    rows = _phase_rows(scenario)
    for event in events:
        if event.kind != EventKind.POST_ARRIVED:
            continue
        data = cast(PostArrivedData, event.data or {})
        who = data.get("author")
        author = (who.get("handle") or who.get("name")) if isinstance(who, dict) else who
        post_id = str(event.post_id)
        planned = [str(data.get("expected_route") or NO_ROUTE), *data.get("also_routes", ())]
        expect = _routes([r for r in planned if r != NO_ROUTE])
        record = scored.get(post_id)
        if record is not None and (record.expected_route or NO_ROUTE) != planned[0]:
            # what scoring applies: gone viral with no route of its own, it must go to the
            # threshold's route (or, arriving in the last seconds, is not judged at all)
            at = crossed.get(post_id)
            expect = f"{record.expected_route or NO_ROUTE}" + (
                f" (viral {_clock(at)})" if at is not None else "")
        rows.append(TimelineRow(event.t, scenario.phase_at(event.t).name,
                                str(data.get("channel", "")), str(author or ""),
                                str(data.get("text", "")), expect,
                                str(data.get("source") or ""), post_id))
    return _in_time_order(rows)


def render_timeline(scenario: Scenario, rows: Sequence[TimelineRow], seed: int,
                    generated: bool, *, full: bool = False) -> list[str]:
    source = f"seed {seed}" if generated else "scripted posts only: the engine is not available"
    lines = [f"{scenario.id}: {scenario.title} [{format_duration(scenario.duration)}; {source}]"]
    table = [(_clock(row.t), row.phase, row.post_id, row.channel, row.author, row.expect,
              row.source, row.text if full else _clip(row.text)) for row in rows]
    lines += text_table(("time", "phase", "id", "channel", "author", "expect", "from", "text"),
                        table)
    posts = [row for row in rows if row.channel]
    counts: dict[str, int] = {}
    for row in posts:
        counts[row.source or "post"] = counts.get(row.source or "post", 0) + 1
    detail = ", ".join(f"{count} {name}" for name, count in counts.items())
    lines.append(f"{len(posts)} posts" + (f" ({detail})" if detail else ""))
    if any("(viral" in row.expect for row in rows):
        lines.append("expect: the route a correct handling takes, as scoring applies it; "
                     "'(viral m:ss)': it crossed the reach threshold then, so it must go to "
                     f"{scenario.reach_threshold.route}")
    return lines


def follow_up_branches(scenario: Scenario, *, full: bool = False) -> list[str]:
    """Every follow-up of every scripted post, as a tree: what makes it fire, when, what it
    says and how it should be handled. Chained follow-ups sit under the one they react to."""
    lines: list[str] = []
    for post in scenario.posts:
        if not post.follow_ups:
            continue
        lines.append(f"s:{post.id} ({_clock(post.at)}, {post.channel}, {post.author.handle}): "
                     f"{post.text if full else _clip(post.text)}")
        _branches(post.follow_ups, post.channel, 1, lines, full)
    if not lines:
        return []
    return ["Follow-up branches (what the trainee's handling can set off):", *lines]


def _branches(follow_ups: Sequence[FollowUp], channel: str, depth: int, lines: list[str],
              full: bool) -> None:
    for follow_up in follow_ups:
        when = follow_up.when
        if when.ignored_for is not None:
            condition = f"no reply for {format_duration(when.ignored_for)}"
        elif when.tone_below is not None:
            condition = f"a reply scores under {when.tone_below}"
        elif when.replied:
            condition = "any public reply"
        elif when.escalated:
            condition = "any escalation"
        else:
            condition = "never"
        expect = follow_up.expect
        route = _routes(expect.routes) if expect is not None else NO_ROUTE
        needs = "" if expect is None or expect.reply else ", no reply needed"
        who = follow_up.author.handle if follow_up.author is not None else "same author"
        text = follow_up.text if full else _clip(follow_up.text)
        lines.append(f"{'  ' * depth}└ if {condition} (+{format_duration(follow_up.delay)}): "
                     f"s:{follow_up.id} on {follow_up.channel or channel} by {who}, expect "
                     f"{route}{needs}: {text}")
        _branches(follow_up.follow_ups, follow_up.channel or channel, depth + 1, lines, full)


def _clock(t: float) -> str:
    minutes, seconds = divmod(int(t), 60)
    return f"{minutes}:{seconds:02d}"


def _clip(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= TEXT_WIDTH else flat[: TEXT_WIDTH - 1] + "…"


def run_preview(args: argparse.Namespace, scenario: Scenario) -> int:
    full = bool(getattr(args, "full", False))
    rows = engine_timeline(scenario, args.seed)
    generated = rows is not None
    if rows is None:
        rows = scripted_timeline(scenario)
    print("\n".join(render_timeline(scenario, rows, args.seed, generated, full=full)))
    branches = follow_up_branches(scenario, full=full)
    if branches:
        print()
        print("\n".join(branches))
    if generated:
        from simulator.bots.load import render_load, scenario_load

        print()
        print("\n".join(render_load(scenario_load(scenario, args.seed))))
    return 0
