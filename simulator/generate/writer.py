"""A generated scenario as a YAML file a facilitator can read and edit: comments, flow style for
the small mappings, folded blocks for long text, keys in the order the bundled files use.

PyYAML's dumper can do none of the commenting, so the file is written here by hand and then
read back: the text must load to exactly the data it was written from (`yaml.safe_load`), or
writing fails loudly rather than hand a facilitator a file that says something else.
"""

from __future__ import annotations

import json
import re
import textwrap
from collections.abc import Mapping
from typing import Any

import yaml

WIDTH = 100
FOLD_AT = 84  # text longer than this is folded into a `>-` block
_PLAIN = re.compile(r"[A-Za-z0-9][A-Za-z0-9 _.,'()/&+!?–-]*")

# Comments above the sections, as a facilitator needs them (the format is in
# docs/scenario-format.md; these say what each part is for).
SECTION_NOTES: dict[str, str] = {
    "brand": "Who the trainee speaks for. `facts` are the only things agents may state as fact;\n"
             "they say what is known AND what is not known yet.",
    "fact_updates": "Facts that become known during the drill: the trainee is told, and from\n"
                    "then on they count as stated facts in replies and statements.",
    "channels": "Where posts arrive. response_target is the drill-scale time for the first\n"
                "public answer.",
    "routes": "The teams a post can be escalated to, and what each one takes.",
    "reach_threshold": "A post past any of these numbers must go to PR.",
    "statements": "Official statements ('s' in the feed): the holding message by holding_by,\n"
                  "then an update every update_every; silence_after with none and the crowd "
                  "turns.",
    "pace": "Crowd posts per minute, phase by phase (scripted posts come on top).",
    "templates": "Approved responses. {name} {hashtag} {info_link} {agent} are filled in;\n"
                 "{detail} is the part the trainee rewrites for the person they answer.",
    "posts": "The storyline. `expect`: the team it must go to (or none), the tone a reply needs,\n"
             "and whether it needs a public reply at all (trolls do not). Follow-ups fire when\n"
             "their `when` holds: ignored_for, tone_below, replied or escalated.",
    "crowd": "The generated crowd: its mix, products, its own slots and lines, and the topics\n"
             "its complaints are about.",
}
FLOW_KEYS = frozenset({"author", "reach", "expect", "when", "mix"})


class WriteError(ValueError):
    """The written text would not load back to the data (a bug in the writer)."""


def write_yaml(doc: Mapping[str, Any], header: str) -> str:
    lines = [f"# {line}" if line else "#" for line in header.splitlines()]
    lines.append("")
    for key, value in doc.items():
        note = SECTION_NOTES.get(key)
        if note:
            lines.append("")
            lines += [f"# {line}" for line in note.splitlines()]
        lines += _entry(key, value, 0)
    text = "\n".join(lines).rstrip() + "\n"
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when built with it
    if yaml.load(text, Loader=loader) != _plain_data(doc):
        raise WriteError("the generated YAML does not read back as written")
    return text


def _plain_data(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {k: _plain_data(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain_data(v) for v in value]
    return value


def _entry(key: str, value: Any, indent: int) -> list[str]:
    pad = " " * indent
    if isinstance(value, Mapping):
        if key in FLOW_KEYS:
            return [f"{pad}{key}: {flow(value)}"]
        out = [f"{pad}{key}:"]
        for sub, item in value.items():
            out += _entry(str(sub), item, indent + 2)
        return out
    if isinstance(value, (list, tuple)):
        if all(not isinstance(v, (Mapping, list, tuple)) for v in value) and \
                sum(len(str(v)) for v in value) < 60:
            return [f"{pad}{key}: [{', '.join(scalar(v, in_flow=True) for v in value)}]"]
        out = [f"{pad}{key}:"]
        for item in value:
            out += _item(item, indent + 2)
        return out
    if isinstance(value, str) and len(value) > FOLD_AT:
        return _folded(f"{pad}{key}: ", value, indent + 2)
    return [f"{pad}{key}: {scalar(value)}"]


def _item(value: Any, indent: int) -> list[str]:
    pad = " " * indent
    if isinstance(value, Mapping):
        lines: list[str] = []
        for index, (key, item) in enumerate(value.items()):
            entry = _entry(str(key), item, indent + 2)
            if index == 0:
                entry[0] = f"{pad}- {entry[0].lstrip()}"
            lines += entry
        return lines
    if isinstance(value, str) and len(value) > FOLD_AT:
        return _folded(f"{pad}- ", value, indent + 2)
    return [f"{pad}- {scalar(value)}"]


def _folded(lead: str, text: str, indent: int) -> list[str]:
    """A long text as a `>-` block (one paragraph, read back with single spaces), unless its
    spacing would not survive folding; then one quoted line."""
    if "\n" in text or "  " in text or text != text.strip():
        return [lead + scalar(text)]
    body = textwrap.wrap(text, WIDTH - indent, break_long_words=False, break_on_hyphens=False)
    return [lead + ">-", *(" " * indent + line for line in body)]


def flow(value: Mapping[str, Any]) -> str:
    return "{" + ", ".join(f"{k}: {scalar(v, in_flow=True)}" for k, v in value.items()) + "}"


def scalar(value: Any, *, in_flow: bool = False) -> str:
    """A scalar as YAML: plain where it reads back the same (inside `{}` or `[]` a comma
    would end it, so it is quoted there), else JSON-quoted (JSON strings are YAML too)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    text = str(value)
    if _PLAIN.fullmatch(text) and not (in_flow and "," in text) and _loads_as(text, text):
        return text
    return json.dumps(text, ensure_ascii=False)


_RESOLVER = yaml.resolver.Resolver()


def _loads_as(text: str, expected: str) -> bool:
    """Whether `text`, written plain, reads back as the string itself: not `yes`, `null`, a
    number or a date (YAML 1.1 reads those as other types), by PyYAML's own resolver."""
    tag = _RESOLVER.resolve(yaml.ScalarNode, text, (True, False))
    return tag == "tag:yaml.org,2002:str" and text == expected
