"""Cross-checks a scenario must also pass: references, times, placeholders, ids.

These see only the model plus a `Locator` (where each value sat in the file), so they report
`line:col` like the loader does without knowing anything about YAML. They also run on a file with
key or type errors, on the partial scenario the loader builds (`partial.INVALID` where a value
could not be read), so one `validate` run reports every mistake: a comparison is guarded with
`known(...)`, a list read with `each(...)`, and each check is skipped from the point it touches a
broken value (`check_scenario` catches `Broken`) rather than report what depends on it.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from difflib import get_close_matches
from functools import lru_cache
from itertools import pairwise
from typing import Any

from simulator.scenario.model import (
    NO_ROUTE,
    TEMPLATE_PLACEHOLDERS,
    Condition,
    FollowUp,
    Scenario,
    ScriptedPost,
    format_duration,
)
from simulator.scenario.partial import INVALID, Broken, each, is_intact, known
from simulator.scenario.problems import (
    Problem,
    Severity,
    Spot,
    did_you_mean,
    did_you_mean_named,
)

Where = tuple[str | int, ...]
COLLISION_SECONDS = 2.0  # scripted posts closer than this on one channel read as one burst

# Names facilitators give a placeholder or slot that has another name here (`{first_name}` is a
# crowd slot; a template says `{name}`), with what the right one is filled with.
PLACEHOLDER_ALIASES: dict[str, tuple[str, str]] = {
    **dict.fromkeys(("first_name", "firstname", "customer", "customer_name", "author", "user",
                     "author_name", "user_name", "username"),
                    ("name", "the customer's first name")),
    **dict.fromkeys(("customer_handle", "author_handle", "user_handle", "at"),
                    ("handle", "the customer's handle")),
    **dict.fromkeys(("brand_name", "company", "brand_handle"), ("brand", "the brand's name")),
    **dict.fromkeys(("tag", "hash_tag", "official_hashtag"), ("hashtag", "the brand's hashtag")),
    **dict.fromkeys(("link", "url", "info", "info_url", "status_page", "infolink"),
                    ("info_link", "the brand's info link")),
    **dict.fromkeys(("agent_name", "signature", "me", "my_name"), ("agent", "the trainee's name")),
    **dict.fromkeys(("details", "personal", "specifics"),
                    ("detail", "what the trainee writes in")),
}
SLOT_ALIASES: dict[str, tuple[str, str]] = {
    **dict.fromkeys(("name", "customer", "first"), ("first_name", "a Faker first name")),
    **dict.fromkeys(("handle", "brand_name"), ("brand_handle", "the brand's handle")),
    **dict.fromkeys(("item", "product_name"), ("product", "one of crowd.products")),
    **dict.fromkeys(("order_number", "order_id"), ("order", "an order number")),
}


@dataclass(frozen=True)
class Locator:
    """Maps a value's path in the scenario (`("posts", 0, "channel")`) to where it was written."""

    spots: Mapping[Where, Spot]
    key_spots: Mapping[Where, Spot] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list)

    def find(self, where: Where, key: bool = False) -> tuple[int, int]:
        """1-based line/col of the value (or its key); defaults fall back to the nearest parent."""
        spots = self.key_spots if key else self.spots
        if where in spots:
            spot = spots[where]
            return spot.line + 1, spot.col + 1
        for cut in range(len(where) - 1, -1, -1):
            if where[:cut] in self.spots:
                spot = self.spots[where[:cut]]
                return spot.line + 1, spot.col + 1
        return 1, 1

    def find_in_text(self, where: Where, offset: int, token: str) -> tuple[int, int]:
        """Point at `token` inside a text value, when the source shows where it is."""
        spot = self.spots.get(where)
        if spot is None:
            return self.find(where)
        if spot.end_line == spot.line and spot.style in (None, "'", '"'):
            line = self.lines[spot.line] if spot.line < len(self.lines) else ""
            index = line.find(token, spot.col)
            if index >= 0:
                return spot.line + 1, index + 1
        elif spot.style in ("|", ">"):
            for number in range(spot.line + 1, min(spot.end_line + 1, len(self.lines))):
                index = self.lines[number].find(token)
                if index >= 0:
                    return number + 1, index + 1
        return spot.line + 1, spot.col + 1


def render_where(where: Where) -> str:
    text = ""
    for part in where:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


class _Report:
    def __init__(self, locator: Locator, path: str) -> None:
        self.locator = locator
        self.path = path
        self.problems: list[Problem] = []

    def add(self, where: Where, message: str, severity: Severity = "error", *,
            key: bool = False, at: tuple[int, int] | None = None) -> None:
        line, col = at or self.locator.find(where, key=key)
        if where not in self.locator.spots:  # a default the file never wrote
            message += f" (this is the default; set {render_where(where)} in the file)"
        self.problems.append(Problem(self.path, line, col, f"{render_where(where)}: {message}",
                                     severity))


def check_scenario(scenario: Scenario, locator: Locator, path: str) -> list[Problem]:
    """Every cross-check problem (errors and warnings) of a scenario, also of a partial one."""
    from simulator.scenario import fit  # its checks need the drill's reach model

    report = _Report(locator, path)
    intact = is_intact(scenario)
    checks: tuple[Callable[[Scenario, _Report], None], ...] = (
        _check_unique_ids, _check_references, _check_times, _check_placeholders,
        _check_follow_ups, _check_collisions, _check_crowd, _check_statements, _check_weights,
        fit.check_template_lengths, fit.check_reach_timing,
    )
    for check in checks:
        try:
            check(scenario, report)
        except Broken:
            continue  # it reached a value the loader could not read (already reported)
        except Exception:
            if intact:
                raise
            # a check reaching a broken part in a way the poison cannot catch (a C function
            # that type-checks its argument): skipped like any other broken part
    return report.problems


def _check_weights(scenario: Scenario, report: _Report) -> None:
    if scenario.weights.speed + scenario.weights.tone + scenario.weights.escalation <= 0:
        report.add(("weights",), "speed, tone and escalation weights are all 0; at least one "
                   "must count")


def _check_unique_ids(scenario: Scenario, report: _Report) -> None:
    kinds: dict[str, Iterable[tuple[Where, str]]] = {
        "channel": _ids(scenario.channels, ("channels",)),
        "route": _ids(scenario.routes, ("routes",)),
        "template": _ids(scenario.templates, ("templates",)),
        "topic": _ids(scenario.crowd.topics, ("crowd", "topics")),
        "post/follow-up": _post_ids(scenario),
    }
    for kind, entries in kinds.items():
        first: dict[str, Where] = {}
        for where, value in entries:
            if not known(value):
                continue
            if value in first:
                line, col = report.locator.find(first[value])
                report.add(where, f"duplicate {kind} id {value!r} (first used at line {line}, "
                           f"column {col}); ids must be unique")
            else:
                first[value] = where
    for index, route in each(scenario.routes):
        if known(route.id) and route.id == NO_ROUTE:
            report.add(("routes", index, "id"), f"route id {NO_ROUTE!r} is reserved: it means "
                       "'do not escalate'")


def _ids(items: Iterable[object], where: Where) -> Iterable[tuple[Where, str]]:
    for index, item in each(items):
        yield (*where, index, "id"), item.id  # type: ignore[attr-defined]


def _readable_ids(items: Iterable[object]) -> list[str] | None:
    """The ids of a list, in order and once each; None when the list or any id in it could not
    be read: then no reference to it can be called unknown."""
    if items is INVALID:
        return None
    ids = [item.id for item in items]  # type: ignore[attr-defined]
    return list(dict.fromkeys(ids)) if known(*ids) else None


def _post_ids(scenario: Scenario) -> Iterable[tuple[Where, str]]:
    for p_index, post in each(scenario.posts):
        yield ("posts", p_index, "id"), post.id
    for _, where, follow_up, _ in follow_up_spots(scenario):
        yield (*where, "id"), follow_up.id


def follow_up_spots(scenario: Scenario) -> list[tuple[ScriptedPost, Where, FollowUp, float]]:
    """Every follow-up, chained ones included: (its post, where it is written, the follow-up,
    the earliest drill time the post it reacts to can arrive), depth first in file order."""
    out: list[tuple[ScriptedPost, Where, FollowUp, float]] = []

    def visit(post: ScriptedPost, where: Where, follow_ups: tuple[FollowUp, ...],
              arrives: float) -> None:
        for f_index, follow_up in each(follow_ups):
            spot: Where = (*where, "follow_ups", f_index)
            out.append((post, spot, follow_up, arrives))
            wait: Any = follow_up.when.ignored_for
            wait = (wait or 0.0) if known(wait) else wait  # unreadable: INVALID from here on
            visit(post, spot, follow_up.follow_ups, arrives + wait + follow_up.delay)

    for index, post in each(scenario.posts):
        visit(post, ("posts", index), post.follow_ups,
              float(post.at) if known(post.at) else INVALID)
    return out


def _check_references(scenario: Scenario, report: _Report) -> None:
    channels = _readable_ids(scenario.channels)
    names = {c.id: c.name for c in scenario.channels if known(c.name)} if channels else {}
    routes = _readable_ids(scenario.routes)
    routes = None if routes is None else [route for route in routes if route != NO_ROUTE]

    def channel(where: Where, value: str | None) -> None:
        if value is not None and known(value) and channels is not None \
                and value not in channels:  # names count too: `twitter` for "X / Twitter"
            report.add(where, f"unknown channel {value!r}{did_you_mean_named(value, names)} "
                       f"(channels: {', '.join(channels)})")

    def route(where: Where, value: str) -> None:
        if known(value) and routes is not None and value != NO_ROUTE and value not in routes:
            listed = f"routes: {', '.join(routes)}, or {NO_ROUTE}" if routes else "no routes"
            report.add(where, f"unknown route {value!r}{did_you_mean(value, [*routes, NO_ROUTE])}"
                       f" ({listed})")

    route(("reach_threshold", "route"), scenario.reach_threshold.route)
    for index, template in each(scenario.templates):
        for c_index, channel_id in each(template.channels):
            channel(("templates", index, "channels", c_index), channel_id)
    for index, topic in each(scenario.crowd.topics):
        route(("crowd", "topics", index, "route"), topic.route)
        for c_index, channel_id in each(topic.channels):
            channel(("crowd", "topics", index, "channels", c_index), channel_id)
    for index, post in each(scenario.posts):
        channel(("posts", index, "channel"), post.channel)
        route(("posts", index, "expect", "route"), post.expect.route)
        for a_index, also in each(post.expect.also):
            route(("posts", index, "expect", "also", a_index), also)
    for _, where, follow_up, _ in follow_up_spots(scenario):
        channel((*where, "channel"), follow_up.channel)
        if follow_up.expect is not None:
            route((*where, "expect", "route"), follow_up.expect.route)
            for a_index, also in each(follow_up.expect.also):
                route((*where, "expect", "also", a_index), also)


def _check_times(scenario: Scenario, report: _Report) -> None:
    # A duration of 0 is refused by the loader (`duration: must be longer than 0s`) and is then
    # unreadable here: the times measured against it are not checked, so it is reported once.
    duration = scenario.duration
    end = format_duration(duration) if known(duration) else ""
    for index, post in each(scenario.posts):
        if known(post.at, duration) and post.at >= duration:
            report.add(("posts", index, "at"), f"{format_duration(post.at)} is not inside the "
                       f"drill (duration {end}); a post must arrive before the end")
    previous = None
    for index, phase in each(scenario.pace):
        where: Where = ("pace", index, "start")
        if index == 0 and known(phase.start) and phase.start != 0:
            report.add(where, "the first phase must start at 0s, got "
                       f"{format_duration(phase.start)}")
        if previous is not None and known(phase.start, previous.start, phase.name, previous.name) \
                and phase.start <= previous.start:
            report.add(where, f"phases must be in time order: {phase.name!r} starts at "
                       f"{format_duration(phase.start)}, not after {previous.name!r} "
                       f"({format_duration(previous.start)})")
        if known(phase.start, duration) and phase.start >= duration and duration > 0:
            report.add(where, f"{format_duration(phase.start)} is not inside the drill "
                       f"(duration {end})")
        previous = phase
    for index, channel in each(scenario.channels):
        if known(channel.response_target, duration, channel.id) \
                and channel.response_target >= duration > 0:
            report.add(("channels", index, "response_target"),
                       f"{format_duration(channel.response_target)} is not shorter than the "
                       f"drill ({end}): no post on {channel.id!r} can be answered late, so speed "
                       "and silence are never judged there", "warning")


def _check_statements(scenario: Scenario, report: _Report) -> None:
    """The statement times must make a rhythm a trainee can keep: the holding message due inside
    the drill, silence setting in only after it was due, updates due before silence."""
    due = scenario.statements
    holding, every, silent = (format_duration(value) if known(value) else ""
                              for value in (due.holding_by, due.update_every, due.silence_after))
    if known(due.silence_after, due.holding_by) and due.silence_after <= due.holding_by:
        report.add(("statements", "silence_after"), f"{silent} is not after holding_by "
                   f"({holding}): the crowd would call it silence before the holding message "
                   "was even due")
    if known(due.update_every, due.silence_after) and due.update_every >= due.silence_after:
        report.add(("statements", "update_every"), f"{every} is not shorter than silence_after "
                   f"({silent}): a trainee keeping to it would still be called silent; make "
                   "updates due sooner", "warning")
    if known(scenario.duration, due.holding_by) and 0 < scenario.duration <= due.holding_by:
        report.add(("statements", "holding_by"), f"{holding} is not inside the drill (duration "
                   f"{format_duration(scenario.duration)}): no holding message would ever be "
                   "due", "warning")


def _check_placeholders(scenario: Scenario, report: _Report) -> None:
    for index, template in each(scenario.templates):
        _check_text(report, ("templates", index, "text"), template.text, TEMPLATE_PLACEHOLDERS,
                    "template placeholder", PLACEHOLDER_ALIASES)
    for index, topic in each(scenario.crowd.topics):
        for p_index, pattern in each(topic.patterns):
            _check_text(report, ("crowd", "topics", index, "patterns", p_index), pattern,
                        scenario.crowd.slot_names(), "crowd slot", SLOT_ALIASES)


def _check_text(report: _Report, where: Where, text: str, known: tuple[str, ...],
                what: str, aliases: Mapping[str, tuple[str, str]] | None = None) -> None:
    if text is INVALID:
        return
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError as error:
        report.add(where, f"unbalanced brace ({error}); write {{{{ or }}}} for a literal brace")
        return
    offset = 0
    for literal, name, spec, conversion in parsed:
        offset += len(literal)
        if name is None:
            continue
        token = "{" + name
        if name not in known:
            hint = did_you_mean(name, known)
            alias = (aliases or {}).get(name.lower())
            if alias is not None and alias[0] in known:  # {first_name} in a template
                hint = f"; use {{{alias[0]}}} ({alias[1]})"
            at = report.locator.find_in_text(where, offset, token)
            report.add(where, f"unknown {what} {{{name}}}{hint} (known: "
                       f"{' '.join('{' + k + '}' for k in known)})", at=at)
        elif spec or conversion:
            at = report.locator.find_in_text(where, offset, token)
            report.add(where, f"placeholder {{{name}}} takes no format (remove "
                       f"{'!' + conversion if conversion else ''}{':' + spec if spec else ''})",
                       at=at)
        offset += len(name) + 2 + (len(spec) + 1 if spec else 0) + (2 if conversion else 0)


def _check_follow_ups(scenario: Scenario, report: _Report) -> None:
    for _, spot, follow_up, arrives in follow_up_spots(scenario):
        if follow_up.when is INVALID:
            continue  # not a mapping, or not there: reported by the loader
        keys = _set_keys(follow_up.when)
        all_keys = ", ".join(Condition.__dataclass_fields__)
        if len(keys) != 1:
            got = f"got {', '.join(keys)}" if keys else "got none"
            report.add((*spot, "when"), f"set exactly one of: {all_keys} ({got})")
            continue
        _check_condition(scenario, report, spot, follow_up, arrives)


def _set_keys(condition: Condition) -> list[str]:
    return [name for name in Condition.__dataclass_fields__
            if getattr(condition, name) is not None]


def _check_condition(scenario: Scenario, report: _Report, spot: Where, follow_up: FollowUp,
                     arrives: float) -> None:
    """Warn about conditions that cannot hold within the drill.

    Traps are fine and not warned about: `replied` on a post that expects no reply (feeding a
    troll) and `escalated` on a post whose expected route is `none` fire only on a mistake, which
    is the point.
    """
    when = follow_up.when
    where: Where = (*spot, "when")
    never = "this follow-up can never fire"
    if when.ignored_for is not None:
        fires = arrives + when.ignored_for + follow_up.delay
        if known(fires, scenario.duration) and fires >= scenario.duration:
            wait = format_duration(when.ignored_for)
            delay, end = format_duration(follow_up.delay), format_duration(scenario.duration)
            report.add((*where, "ignored_for"), f"{never}: the post arrives at "
                       f"{format_duration(arrives)}, so "
                       f"ignored_for {wait} plus delay {delay} ends at {format_duration(fires)}, "
                       f"after the drill ({end})", "warning")
    elif when.tone_below is not None and known(when.tone_below) and when.tone_below <= 0:
        report.add((*where, "tone_below"), f"{never}: no reply scores below 0", "warning")
    elif when.replied is False or when.escalated is False:
        key = "replied" if when.replied is False else "escalated"
        report.add((*where, key), f"{never}: `{key}: false` is not a condition; use "
                   f"`{key}: true`, or ignored_for for an unanswered post", "warning")
    if when.ignored_for is None and known(follow_up.delay + arrives, scenario.duration) \
            and follow_up.delay + arrives >= scenario.duration:
        report.add((*spot, "delay"), f"{never}: delay "
                   f"{format_duration(follow_up.delay)} after a post at {format_duration(arrives)}"
                   f" ends after the drill ({format_duration(scenario.duration)})", "warning")


def _check_collisions(scenario: Scenario, report: _Report) -> None:
    by_channel: dict[str, list[int]] = {}
    for index, post in each(scenario.posts):
        if known(post.channel, post.at, post.id):
            by_channel.setdefault(post.channel, []).append(index)
    for indexes in by_channel.values():
        ordered = sorted(indexes, key=lambda i: scenario.posts[i].at)
        for before, after in pairwise(ordered):
            first, second = scenario.posts[before], scenario.posts[after]
            if second.at - first.at < COLLISION_SECONDS:
                report.add(("posts", after, "at"), f"post {second.id!r} arrives within "
                           f"{COLLISION_SECONDS:g}s of {first.id!r} on channel {second.channel!r} "
                           f"({format_duration(first.at)}); space them out", "warning")


def _check_crowd(scenario: Scenario, report: _Report) -> None:
    """What the crowd generator relies on: a Faker locale it has, and topics it can pick from."""
    crowd = scenario.crowd
    locales = faker_locales()
    if known(crowd.locale) and crowd.locale not in locales:
        report.add(("crowd", "locale"), _locale_problem(crowd.locale, locales))
    if crowd.topics and sum(topic.weight for topic in crowd.topics) <= 0:
        report.add(("crowd", "topics"), "every topic has weight 0: give at least one topic a "
                   "weight above 0, or complaints cannot be generated")


def _locale_problem(locale: str, locales: tuple[str, ...]) -> str:
    """What to say of a locale Faker does not list. The crowd calls `Faker(locale)`, which reads
    `en-GB`, `en_gb` or `en_UK` as en_GB (through Python's locale aliases) and raises "Invalid
    configuration for faker locale" for anything it still does not have, so the crowd would not
    build. The scenario must name the locale as Faker lists it (the crowd's currency and the
    drill log use it as written): a spelling Faker would map is an error too, naming the one to
    write; an unknown one gets the closest Faker has, same language first."""
    import locale as pylocale

    mapped = pylocale.normalize(locale.replace("-", "_")).split(".")[0]
    by_case = {name.lower(): name for name in locales}
    same = mapped if mapped in locales else by_case.get(locale.replace("-", "_").lower())
    if same is not None:
        return (f"{locale!r} is not how Faker names the locale; did you mean {same!r}? "
                "(write it as Faker lists it, language_REGION)")
    language = mapped.split("_")[0].lower()
    first = ("en_US", "en_GB", f"{language}_{language.upper()}")
    kin = sorted((name for name in locales if name.split("_")[0] == language),
                 key=lambda name: (first.index(name) if name in first else 3, name))
    close = list(dict.fromkeys([*kin, *get_close_matches(locale, locales, n=3, cutoff=0.6)]))[:3]
    shown = f"close matches: {', '.join(close)}" if close else "e.g. en_US, en_GB, de_DE, fr_FR"
    hint = f"; did you mean {close[0]!r}?" if close else ""
    return (f"unknown Faker locale {locale!r}{hint} ({shown}): Faker has no such locale, so the "
            "crowd could not be generated")


@lru_cache(maxsize=1)
def faker_locales() -> tuple[str, ...]:
    """The locales Faker ships: the locale folders of its providers, as Faker finds them itself,
    listed without importing Faker (its config imports every provider, 170 ms)."""
    from importlib.util import find_spec
    from pathlib import Path

    spec = find_spec("faker")
    if spec is None or not spec.submodule_search_locations:
        return ("en_US",)
    providers = Path(next(iter(spec.submodule_search_locations))) / "providers"
    found = {entry.name for provider in providers.iterdir() if provider.is_dir()
             for entry in provider.iterdir()
             if entry.is_dir() and not entry.name.startswith("_")}
    return tuple(sorted(found)) or ("en_US",)

