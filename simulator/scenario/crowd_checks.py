"""Cross-checks of a scenario's own crowd text: `crowd.patterns`, `crowd.slots`, `crowd.channels`.

Kept beside `checks.py` (which checks the topics) so the crowd's voice can grow without touching
the general checks; reported the same way, `file:line:col: where: what (and what was expected)`.
"""

from __future__ import annotations

import re
import string

from simulator.scenario.checks import Locator, Where, _check_text, _Report
from simulator.scenario.model import (
    FIXED_SLOTS,
    LINE_SLOTS,
    SLOT_CODES,
    SLOT_NAME,
    SLOT_RANGE,
    Scenario,
)
from simulator.scenario.problems import Problem, did_you_mean

# Names the generator itself fills in some texts: a slot of that name would be shadowed.
RESERVED_SLOTS = (*SLOT_CODES, *sorted({slot for slots in LINE_SLOTS.values() for slot in slots}))


def check_crowd_text(scenario: Scenario, locator: Locator, path: str) -> list[Problem]:
    """Every problem in the scenario's own crowd patterns, slots and channels per kind."""
    report = _Report(locator, path)
    _check_slot_names(scenario, report)
    _check_slot_values(scenario, report)
    _check_slot_cycles(scenario, report)
    crowd_slots = scenario.crowd.slot_names()
    for kind, patterns in scenario.crowd.patterns.items():
        known = crowd_slots + LINE_SLOTS.get(kind, ())
        for index, pattern in enumerate(patterns):
            _check_text(report, ("crowd", "patterns", kind, index), pattern, known, "crowd slot")
    channels = list(dict.fromkeys(channel.id for channel in scenario.channels))
    for post_kind, ids in scenario.crowd.channels.items():
        for index, channel_id in enumerate(ids):
            if channel_id not in channels:
                hint = did_you_mean(channel_id, channels)
                report.add(("crowd", "channels", post_kind, index),
                           f"unknown channel {channel_id!r}"
                           f"{hint} (channels: {', '.join(channels)})")
    return report.problems


def _check_slot_names(scenario: Scenario, report: _Report) -> None:
    for name in scenario.crowd.slots:
        where: Where = ("crowd", "slots", name)
        at = _key_at(report.locator, where, name)
        if not re.match(SLOT_NAME, name):
            report.add(where, f"slot name {name!r} must be lower-case letters, digits and _, "
                       "starting with a letter (like destination or booking_ref)", at=at)
        elif name in FIXED_SLOTS:
            source = "crowd.products" if name == "product" else "brand"
            report.add(where, f"{{{name}}} comes from {source} and cannot be redefined; give "
                       "this slot another name", at=at)
        elif name in RESERVED_SLOTS:
            report.add(where, f"{{{name}}} is filled by the generator itself; give this slot "
                       "another name", at=at)


def _check_slot_values(scenario: Scenario, report: _Report) -> None:
    """A slot's values may use the crowd slots, the scenario's other slots and the codes."""
    known = scenario.crowd.slot_names() + SLOT_CODES
    for name, values in scenario.crowd.slots.items():
        for index, value in enumerate(values):
            where: Where = ("crowd", "slots", name, index)
            ranges = tuple(field for field in _fields(value) if SLOT_RANGE.match(field))
            for span in ranges:
                low, high = (int(part) for part in span.split("-"))
                if low > high:
                    at = report.locator.find_in_text(where, 0, "{" + span)
                    report.add(where, f"range {{{span}}} runs backwards; write {{{high}-{low}}}",
                               at=at)
            _check_text(report, where, value, known + ranges, "crowd slot")


def _check_slot_cycles(scenario: Scenario, report: _Report) -> None:
    """A slot whose values lead back to itself would never finish filling."""
    slots = scenario.crowd.slots
    uses = {name: {field for value in values for field in _fields(value) if field in slots}
            for name, values in slots.items()}
    for name in slots:
        path = _cycle(name, uses)
        if path:
            shown = " → ".join(f"{{{step}}}" for step in path)
            where: Where = ("crowd", "slots", name)
            report.add(where, f"slot {{{name}}} uses itself ({shown}); a slot may use other "
                       "slots, never itself", at=_key_at(report.locator, where, name))


def _cycle(start: str, uses: dict[str, set[str]]) -> list[str]:
    stack: list[tuple[str, list[str]]] = [(start, [start])]
    seen: set[str] = set()
    while stack:
        name, path = stack.pop()
        for used in sorted(uses.get(name, ())):
            if used == start:
                return [*path, start]
            if used not in seen:
                seen.add(used)
                stack.append((used, [*path, used]))
    return []


def _fields(text: str) -> list[str]:
    try:
        return [name for _, name, _, _ in string.Formatter().parse(text) if name]
    except ValueError:
        return []  # an unbalanced brace: `_check_text` reports it


def _key_at(locator: Locator, where: Where, key: str) -> tuple[int, int]:
    """Where a map's key was written: on its value's line or a line above (a block list)."""
    line, col = locator.find(where)
    written = re.compile(rf"(?<![\w-]){re.escape(key)}\s*:")
    for number in range(line - 1, max(-1, line - 4), -1):
        found = written.search(locator.lines[number]) if number < len(locator.lines) else None
        if found:
            return number + 1, found.start() + 1
    return line, col

