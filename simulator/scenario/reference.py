"""The key tables and error examples of docs/scenario-format.md, generated from the model.

The hand-written parts of the doc (intro, walkthrough) stay hand-written; the tables between the
GENERATED markers come from here, and a test fails when the doc is stale. Regenerate with
`python3 -m simulator.scenario.reference docs/scenario-format.md`.
"""

from __future__ import annotations

import dataclasses
import sys
import typing
from pathlib import Path
from typing import Any

from simulator.scenario import model
from simulator.scenario.loader import type_name, validate_text
from simulator.scenario.model import (
    CROWD_SLOTS,
    LINE_SLOTS,
    SLOT_CODES,
    TEMPLATE_PLACEHOLDERS,
    Scenario,
)
from simulator.scenario.schema import _jsonable
from simulator.scenario.starter import starter_yaml

BEGIN = "<!-- BEGIN GENERATED: python3 -m simulator.scenario.reference docs/scenario-format.md -->"
END = "<!-- END GENERATED -->"

# (what goes wrong, text in the starter, its mistaken replacement[, what the doc shows]): each is
# run through the real loader, so the messages in the doc are the messages a facilitator sees.
MISTAKES: tuple[tuple[str, ...], ...] = (
    ("A misspelt key", "    response_target: 2m           #", "    response_targt: 2m           #"),
    ("A value of the wrong type", "per_minute: 2\n", "per_minute: two\n"),
    ("A duration without a unit YAML can read", "duration: 5m", "duration: 5 minutes"),
    ("A choice outside the list", "difficulty: easy", "difficulty: eazy"),
    ("A key written twice", 'title: "Delivery app outage"',
     'title: "Delivery app outage"\ntitle: "Outage"'),
    ("A required key left out", "    name: X / Twitter\n", "",
     "channels:\n  - id: x\n    response_target: 2m     # name: is missing"),
    ("A reference to a channel that does not exist", "channel: x\n    author: {name: Dana",
     "channel: twitter\n    author: {name: Dana", "channel: twitter"),
    ("A route that does not exist", "expect: {route: pr}", "expect: {route: press}"),
    ("An unknown placeholder in a template", "Hi {name}, sorry", "Hi {nam}, sorry"),
    ("An unknown slot in a crowd pattern", "down for {minutes} minutes", "down for {mins} minutes"),
    ("A misspelt slot of the scenario's own", "is the {cafe} cafe", "is the {caffe} cafe"),
    ("A post after the end of the drill", "at: 2m30s", "at: 6m"),
    ("A drill that lasts 0s (reported once: the times that depend on it are not checked)",
     "duration: 5m", "duration: 0"),
    ("Phases out of order", "start: 2m", "start: 0s"),
    ("A follow-up with two conditions", "when: {ignored_for: 2m}",
     "when: {ignored_for: 2m, replied: true}"),
    ("A number out of range", "severity: 3\n    expect", "severity: 8\n    expect", "severity: 8"),
    ("Tabs for indentation", "  name: Bramble Coffee", "\tname: Bramble Coffee"),
    ("Text with `: ` in it, not quoted (the rest of the file is still checked)",
     'text: "Is the app down for everyone? Been trying to order for 10 minutes"',
     "text: Update: is the app down for everyone?"),
    ("Text starting with @, not quoted", 'handle: "@danaruiz"', "handle: @danaruiz",
     "author: {name: Dana Ruiz, handle: @danaruiz, followers: 340}"),
    ("A handle without @", '  handle: "@bramblecoffee"', "  handle: bramblecoffee"),
    ("A placeholder by another name", "Hi {name}, sorry", "Hi {first_name}, sorry"),
    ("A template too long for a channel it is offered on", "a refund. – {agent}",
     "a refund. We know how frustrating it is when an order does not arrive and the app does "
     "not say why; our team is on it, every store is open as usual and we will post the next "
     "update on the status page within the hour. – {agent}",
     "channels: [x]   # X allows 280 characters\ntext: >-\n  Hi {name}, I'm sorry about {detail}. "
     "(... about 300 characters)"),
    ("A Faker locale that does not exist", "  products: [oat latte",
     "  locale: en_XX\n  products: [oat latte", "locale: en_XX"),
    ("Warning: a follow-up that can never fire", "when: {ignored_for: 2m}",
     "when: {ignored_for: 10m}"),
    ("Warning: two scripted posts at once on one channel", "at: 2m30s", "at: 21s"),
    ("Warning: a post so close to the reach threshold that escalating it is always late",
     "expect: {route: none, min_tone: 60}", "reach: {likes: 290}\n    expect: {route: pr}",
     "reach: {likes: 290}   # reach_threshold.likes is 300\nexpect: {route: pr}"),
)


def dataclasses_in_order() -> list[type]:
    """Scenario first, then every nested dataclass in the order a reader meets it."""
    order: list[type] = []

    def visit(cls: type) -> None:
        if cls in order:
            return
        order.append(cls)
        for hint in typing.get_type_hints(cls, vars(model)).values():
            for inner in _leaves(hint):
                if dataclasses.is_dataclass(inner):
                    visit(inner)  # type: ignore[arg-type]

    visit(Scenario)
    return order


def _leaves(hint: Any) -> list[Any]:
    args = typing.get_args(hint)
    if typing.get_origin(hint) is typing.Literal or not args:
        return [hint]
    return [leaf for arg in args for leaf in _leaves(arg)]


def where_written() -> dict[type, list[str]]:
    """For each nested dataclass, the key paths it is written under (`posts[].author`...)."""
    places: dict[type, list[str]] = {}

    def visit(cls: type, prefix: str, inside: tuple[type, ...]) -> None:
        for name, hint in typing.get_type_hints(cls, vars(model)).items():
            is_list = typing.get_origin(hint) is tuple
            path = f"{prefix}{name}{'[]' if is_list else ''}"
            for inner in _leaves(hint):
                if dataclasses.is_dataclass(inner):
                    places.setdefault(inner, []).append(path)  # type: ignore[arg-type]
                    if inner not in inside:  # follow-ups of follow-ups: once is enough
                        visit(inner, path + ".", (*inside, inner))  # type: ignore[arg-type]

    visit(Scenario, "", (Scenario,))
    return places


def _range_text(meta: Any, duration: bool = False) -> str:
    low, high = meta.get("minimum"), meta.get("maximum")
    above = meta.get("above")
    if above is not None:  # an exclusive minimum: `duration` must be longer than 0s
        more = f"Longer than {model.format_duration(above)}." if duration else \
            f"More than {above}."
        rest = _range_text({"maximum": high}, duration) if high is not None else ""
        return f"{more} {rest}".strip()
    if duration:  # written as a facilitator writes durations: "8h", not 28800
        low = None if low is None else model.format_duration(low)
        high = None if high is None else model.format_duration(high)
    elif high is not None and high >= 10_000:
        high = f"{high:,}"
    if low is not None and high is not None:
        return f"From {low} to {high}."
    if low is not None:
        return f"At least {low}."
    return f"At most {high}." if high is not None else ""


def key_tables() -> str:
    places = where_written()
    sections = []
    for cls in dataclasses_in_order():
        hints = typing.get_type_hints(cls, vars(model))
        title = "Top level (the scenario)" if cls is Scenario else f"`{cls.__name__}`"
        lines = [f"### {title}", ""]
        if cls is not Scenario:
            lines += ["Written under: " + ", ".join(f"`{where}`" for where in places[cls]), ""]
        if cls.__doc__ and not cls.__doc__.startswith(cls.__name__ + "("):
            lines += [" ".join(cls.__doc__.split()), ""]
        lines += ["| key | type | required / default | meaning |", "|---|---|---|---|"]
        for field in dataclasses.fields(cls):
            meta = field.metadata
            default = _default_text(field)
            notes = [str(meta.get("doc", ""))]
            notes.append(_range_text(meta, "Duration" in type_name(hints[field.name])
                                     or hints[field.name] is model.Duration))
            if meta.get("min_items"):
                of_map = typing.get_origin(hints[field.name]) is dict
                notes.append(f"{'Each list: at least' if of_map else 'At least'} "
                             f"{meta['min_items']}.")
            if "example" in meta:
                notes.append(f"Example: `{meta['example']}`.")
            kind = type_name(hints[field.name]).replace("|", "\\|")
            meaning = " ".join(note for note in notes if note)
            lines.append(f"| `{field.name}` | {kind} | {default} | {meaning} |")
        sections.append("\n".join(lines))
    return "\n\n".join(sections)


def _default_text(field: dataclasses.Field[Any]) -> str:
    if field.default is not dataclasses.MISSING:
        value = _jsonable(field.default)
    elif field.default_factory is not dataclasses.MISSING:
        value = _jsonable(field.default_factory())
    else:
        return "**required**"
    if value is None:
        return "empty"
    if value == "":
        return '`""`'

    if value in ((), []):
        return "`[]`"
    if value == {}:
        return "`{}`"
    if isinstance(value, dict):
        return ", ".join(f"{key} {_short(item)}" for key, item in value.items())
    if isinstance(value, bool):
        return f"`{str(value).lower()}`"
    return f"`{value}`"


def _short(value: Any) -> str:
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return str(value).lower()
    return f"{value:g}" if isinstance(value, float | int) else str(value)


def error_examples() -> str:
    base = starter_yaml()
    blocks = []
    for title, before, after, *shown_as in MISTAKES:
        if before not in base:
            raise AssertionError(f"the starter no longer contains {before!r}")
        _, problems = validate_text(base.replace(before, after, 1), "drill.yaml")
        if not problems:
            raise AssertionError(f"the mistake {title!r} is not reported")
        wrong = shown_as[0] if shown_as else after.strip("\n").replace("\t", "→   ")
        shown = "\n".join(str(problem) for problem in problems)
        blocks.append(f"**{title}**\n\n```yaml\n{wrong.rstrip(' #')}\n```\n\n```text\n{shown}\n```")
    return "\n\n".join(blocks)


def format_reference() -> str:
    """The generated block of the doc, markers included."""
    placeholders = " ".join(f"`{{{name}}}`" for name in TEMPLATE_PLACEHOLDERS)
    slots = " ".join(f"`{{{name}}}`" for name in CROWD_SLOTS)
    extra = "; ".join(f"`{kind}`: " + " ".join(f"`{{{slot}}}`" for slot in kind_slots)
                      for kind, kind_slots in LINE_SLOTS.items())
    codes = " ".join(f"`{{{code}}}`" for code in SLOT_CODES)
    return "\n\n".join([
        BEGIN,
        "## Every key",
        key_tables(),
        "## Placeholders and slots",
        f"Templates (`templates[].text`) may use: {placeholders}. Crowd patterns "
        f"(`crowd.topics[].patterns` and `crowd.patterns`) may use: {slots}, and the scenario's "
        f"own `crowd.slots`. Some kinds in `crowd.patterns` have slots of their own: {extra}. "
        f"A value in `crowd.slots` may also use {codes} (a fresh digit or capital letter each "
        "time) and `{N-M}` (a whole number from N to M). A slot named twice in one post has "
        "the same value both times. Write `{{` and `}}` for literal braces.",
        "## A complete example",
        "This is what `crisis-drill new` writes; it validates as it is.",
        f"```yaml\n{starter_yaml().rstrip()}\n```",
        "## Common errors, with the messages you will see",
        "Each example changes one line of the starter scenario (`crisis-drill new`); the messages "
        "are produced by the real loader.",
        error_examples(),
        END,
    ]) + "\n"


def update_doc(text: str) -> str:
    """The doc with its generated block replaced (or appended if it has none yet)."""
    if BEGIN in text and END in text:
        head = text[: text.index(BEGIN)]
        tail = text[text.index(END) + len(END):].lstrip("\n")
        return head + format_reference() + ("\n" + tail if tail else "")
    return text.rstrip("\n") + "\n\n" + format_reference()


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python3 -m simulator.scenario.reference DOC.md", file=sys.stderr)
        return 2
    path = Path(argv[0])
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    path.write_text(update_doc(old), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
