"""Checks that a scenario's parts fit together once it plays, beyond references and times.

- A template must fit the channels it is offered on: a 300-character holding message on X
  (280) is sent over the limit, and the tone score marks every such reply down.
- A scripted post with a route of its own must leave time to escalate it before it crosses the
  reach threshold. The engine counts an escalation after the crossing as late (half marks), and
  a post that starts just below the threshold crosses within seconds: before a person has read
  it, decided and filled in the escalation dialog, so the best possible handling scores "late".
  A post that starts at or above the threshold is not affected (the engine treats it as crossed
  on arrival and judges it on its route alone), nor is one whose author's followers reach the
  threshold, one on a private channel, or one that needs no route (the threshold's route then
  becomes the expected one, and escalating after the crossing is on time).

Both run on partial scenarios like every cross-check: a value the loader could not read skips
the conclusion that needs it (`partial.known`).
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from simulator.drill.spread import VIRALITY_SIGMA, growth_segment
from simulator.drill.triage import DECIDE_S, ESCALATE_S, reading_s
from simulator.scenario.model import (
    AUTO_PLACEHOLDERS,
    NO_ROUTE,
    Author,
    Channel,
    FollowUp,
    Reach,
    Scenario,
)
from simulator.scenario.partial import each, known
from simulator.scenario.problems import Severity

if TYPE_CHECKING:
    from simulator.scenario.checks import Where, _Report

# -- templates ------------------------------------------------------------------------------------
# How long the placeholders that change per post are counted when a template is measured: a first
# name, a handle, the trainee's name (the engine's default agent is "Alex") and the few words a
# trainee writes for {detail}. {brand}, {hashtag} and {info_link} count as this scenario's own.
TYPICAL_FILL: dict[str, int] = {"name": 8, "handle": 12, "agent": 4, "detail": 20}


def filled_length(text: str, scenario: Scenario, fill: dict[str, int]) -> int:
    """The template's length once sent, filled in as the engine fills it (`fill_template`):
    each `{placeholder}` replaced, the brand's from the scenario, the rest by `fill` lengths."""
    brand = scenario.brand
    values = {"brand": brand.name, "hashtag": brand.hashtag, "info_link": brand.info_link}
    for key in (*AUTO_PLACEHOLDERS, "detail"):
        token = "{" + key + "}"
        if token in text:
            text = text.replace(token, values.get(key) or "x" * fill.get(key, 0))
    return len(text)


def check_template_lengths(scenario: Scenario, report: _Report) -> None:
    channels = {c.id: c for _, c in each(scenario.channels) if known(c.id, c.max_length, c.name)}
    for index, template in each(scenario.templates):
        if not known(template.text, template.channels) or not known(*template.channels):
            continue
        brand = scenario.brand  # only the brand values this text uses must be readable
        if not known(*(getattr(brand, key) for key in ("name", "hashtag", "info_link")
                       if "{" + ("brand" if key == "name" else key) + "}" in template.text)):
            continue
        offered = [channels[c] for c in template.channels if c in channels] \
            if template.channels else list(channels.values())
        typical = filled_length(template.text, scenario, TYPICAL_FILL)
        over = [c for c in offered if c.max_length is not None and typical > c.max_length]
        if not over:
            continue
        least = filled_length(template.text, scenario, {})
        severity: Severity = "error" if any(least > (c.max_length or 0) for c in over) \
            else "warning"
        report.add(("templates", index, "text"), _length_message(template.text, typical, least,
                   over, bool(template.channels), severity), severity)


def _length_message(text: str, typical: int, least: int, over: list[Channel], listed: bool,
                    severity: Severity) -> str:
    """Say the count and how it was counted: an error counts what is certain (the per-post
    placeholders left empty), a warning the typical fill-ins."""
    limits = " and ".join(f"the {c.max_length}-character limit of channel {c.id!r} ({c.name})"
                          for c in over)
    variable = [key for key in TYPICAL_FILL if "{" + key + "}" in text]
    fixed = [key for key in ("brand", "hashtag", "info_link") if "{" + key + "}" in text]
    how = []
    if severity == "error":
        count = f"{least} characters"
        if variable:
            how.append(_listing([f"{{{key}}}" for key in variable]) + " left empty")
    else:
        count = f"about {typical} characters once filled in"
        how.append(", ".join(f"{{{key}}} as {TYPICAL_FILL[key]}" for key in variable)
                   + " characters")
    if fixed:
        how.append(_listing([f"{{{key}}}" for key in fixed]) + " as this scenario's")
    counted = f" ({'; '.join(how)})" if how else ""
    fix = "leave that channel out of its `channels`" if listed else \
        "give it `channels` it fits (without, it is offered on every channel)"
    return f"{count}{counted}, over {limits}: shorten it, or {fix}"


def _listing(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


# -- reach threshold ------------------------------------------------------------------------------
# The slow and the fast end of the engine's spread: virality at its 10th and 90th percentile
# (lognormal(0, σ)), with the smallest and largest share and comment ratios the engine draws when
# a post's reach does not fix them (`arrivals.new_post`: uniform 0.12-0.35 and 0.08-0.3). A post
# that crosses too soon even when it spreads slowly does so in at least 9 drills in 10 (warned);
# the start suggested instead leaves time even when it spreads fast, in at least 9 drills in 10.
QUANTILE_Z = 1.2816


@dataclass(frozen=True, slots=True)
class Spread:
    virality: float
    share_ratio: float
    comment_ratio: float


SLOW = Spread(math.exp(-QUANTILE_Z * VIRALITY_SIGMA), 0.12, 0.08)
FAST = Spread(math.exp(QUANTILE_Z * VIRALITY_SIGMA), 0.35, 0.3)
REACH_KEYS = ("likes", "shares", "comments")


@dataclass(frozen=True, slots=True)
class _Spec:
    """A scripted post or follow-up as the engine will build it (defaults resolved)."""

    where: Where
    text: str
    channel: str
    author: Author
    severity: int
    reach: Reach
    route: str
    reach_written: bool  # the file gave this post a `reach:` (else it starts from zero)


def _specs(scenario: Scenario) -> Iterator[_Spec]:
    for index, post in each(scenario.posts):
        where: Where = ("posts", index)
        yield _Spec(where, post.text, post.channel, post.author, post.severity, post.reach,
                    post.expect.route, True)
        yield from _follow_up_specs(where, post.follow_ups, post.channel, post.author,
                                    post.severity)


def _follow_up_specs(where: Where, follow_ups: tuple[FollowUp, ...], channel: str,
                     author: Author, severity: int) -> Iterator[_Spec]:
    for f_index, follow_up in each(follow_ups):
        spot: Where = (*where, "follow_ups", f_index)
        # `is None`, not `or`: an unreadable (INVALID) value must stay so, not be tested
        own_channel = channel if follow_up.channel is None else follow_up.channel
        own_author = author if follow_up.author is None else follow_up.author
        own_severity = severity if follow_up.severity is None else follow_up.severity
        route = NO_ROUTE if follow_up.expect is None else follow_up.expect.route
        reach = Reach() if follow_up.reach is None else follow_up.reach
        yield _Spec(spot, follow_up.text, own_channel, own_author, own_severity, reach, route,
                    follow_up.reach is not None)
        yield from _follow_up_specs(spot, follow_up.follow_ups, own_channel, own_author,
                                    own_severity)


def crossing_s(scenario: Scenario, channel: Channel, spec: _Spec, reach: Reach,
               spread: Spread = SLOW) -> float | None:
    """Seconds from arrival to the reach-threshold crossing at this `spread` (the engine's
    `reach.threshold_level` on `spread.growth_segment`); 0 when it arrives at or above the
    threshold, None when it never crosses (or nothing but followers is set)."""
    threshold = scenario.reach_threshold
    likes, shares, comments = reach.likes, reach.shares, reach.comments
    origin = float(max(1, likes))
    share_ratio = shares / likes if likes > 0 and shares else spread.share_ratio
    comment_ratio = comments / likes if likes > 0 and comments else spread.comment_ratio
    levels = []
    for limit, base, ratio in ((threshold.likes, likes, 1.0), (threshold.shares, shares,
                               share_ratio), (threshold.comments, comments, comment_ratio)):
        if limit is None or ratio <= 0:
            continue
        if base >= limit:
            return 0.0
        levels.append(origin + (limit - base) / ratio + 1e-9)
    if not levels:
        return None
    seg = growth_segment(t0=0.0, l0=origin, followers=spec.author.followers,
                         severity=spec.severity, target_s=float(channel.response_target),
                         virality=spread.virality)
    at = seg.time_to(min(levels))
    return None if math.isinf(at) else at


def fastest_escalation_s(text: str) -> float:
    """A person's quickest escalation of a post: read it, decide, fill in the dialog."""
    return reading_s(text) + DECIDE_S + ESCALATE_S


def check_reach_timing(scenario: Scenario, report: _Report) -> None:
    threshold = scenario.reach_threshold
    if not known(threshold.likes, threshold.shares, threshold.comments, threshold.followers):
        return
    channels = {c.id: c for _, c in each(scenario.channels)
                if known(c.id, c.public, c.response_target, c.name)}
    for spec in _specs(scenario):
        channel = channels.get(spec.channel) if known(spec.channel) else None
        if channel is None or not channel.public or not known(
                spec.route, spec.text, spec.severity, spec.author.followers, spec.reach.likes,
                spec.reach.shares, spec.reach.comments):
            continue
        if spec.route == NO_ROUTE:
            continue  # the threshold's route becomes the expected one: on time after crossing
        if threshold.followers is not None and spec.author.followers >= threshold.followers:
            continue  # crossed on arrival: judged on its route alone
        crossing = crossing_s(scenario, channel, spec, spec.reach)
        person = fastest_escalation_s(spec.text)
        if crossing is None or crossing == 0 or crossing >= person:
            continue
        report.add(*_timing_problem(scenario, channel, spec, crossing, person), "warning")


def _timing_problem(scenario: Scenario, channel: Channel, spec: _Spec, crossing: float,
                    person: float) -> tuple[Where, str]:
    threshold = scenario.reach_threshold
    key = _crossing_key(scenario, channel, spec)
    base, limit = getattr(spec.reach, key), getattr(threshold, key)
    safe = _safe_start(scenario, channel, spec, key, person)
    room = f" or at most {safe}" if safe is not None else ""
    where: Where = (*spec.where, "reach", key) if spec.reach_written else spec.where
    return where, (
        f"{key} {base} at arrival is {limit - base} below reach_threshold.{key} ({limit}): "
        f"even spreading slowly (9 drills in 10 spread faster) it crosses the threshold "
        f"{crossing:.0f}s after it arrives, before a person can read it and escalate it (about "
        f"{person:.0f}s), so escalating it to {spec.route!r} scores as late however fast the "
        f"trainee is. Start it at {limit} or more (then it is judged on its route alone){room}")


def _crossing_key(scenario: Scenario, channel: Channel, spec: _Spec) -> str:
    """Which of likes/shares/comments crosses first."""
    best, best_at = REACH_KEYS[0], math.inf
    for key in REACH_KEYS:
        if getattr(scenario.reach_threshold, key) is None:
            continue
        alone = _only(scenario, key)
        at = crossing_s(alone, channel, spec, spec.reach)
        if at is not None and at < best_at:
            best, best_at = key, at
    return best


def _only(scenario: Scenario, key: str) -> Scenario:
    from dataclasses import replace

    threshold = scenario.reach_threshold
    kept = {name: getattr(threshold, name) if name == key else None for name in REACH_KEYS}
    return replace(scenario, reach_threshold=replace(threshold, **cast("dict[str, Any]", kept)))


def _safe_start(scenario: Scenario, channel: Channel, spec: _Spec, key: str,
                person: float) -> int | None:
    """The highest start for `key` (others as written) that leaves a person time to escalate
    before the crossing even when the post spreads fast, by bisection (a higher start crosses
    sooner)."""
    from dataclasses import replace

    def in_time(value: int) -> bool:
        at = crossing_s(scenario, channel, spec, replace(spec.reach, **{key: value}), FAST)
        return at is None or at >= person

    low, high = 0, getattr(scenario.reach_threshold, key) - 1
    if not in_time(low):
        return None
    while low < high:
        middle = (low + high + 1) // 2
        if in_time(middle):
            low = middle
        else:
            high = middle - 1
    return low
