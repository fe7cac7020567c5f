"""YAML → `Scenario`, with every mistake reported as `path:line:col: message`.

One generic walker converts the node tree by reading the dataclasses in `model.py` (type hints,
defaults and `doc` metadata), so a field added to the model is loaded, checked and reported without
touching this file. Conversion collects every type/key problem instead of stopping at the first,
and the cross-checks in `checks.py` run on the result even then: a value that could not be read
is `partial.INVALID` in it, and only the checks that need that value are skipped. A YAML slip
that quoting fixes (`text: Update: ...`, `handle: @dana`) is reported and quoted, and the file is
checked on (`yamlnodes.compose_quoting`).
"""

from __future__ import annotations

import dataclasses
import math
import re
import types
import typing
from functools import cache
from pathlib import Path
from typing import Any, Literal

from yaml.constructor import ConstructorError, SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from simulator.printable import control_characters
from simulator.scenario import model
from simulator.scenario.checks import Locator, check_scenario, render_where
from simulator.scenario.crowd_checks import check_crowd_text
from simulator.scenario.model import (
    Duration,
    InjectedPost,
    Scenario,
    format_duration,
    parse_duration,
)
from simulator.scenario.partial import INVALID, is_intact, unless_broken
from simulator.scenario.problems import Problem, ScenarioError, Spot, did_you_mean, sort_key
from simulator.scenario.yamlnodes import (
    BOOL_TAG,
    FLOAT_TAG,
    INT_TAG,
    MAX_FILE_BYTES,
    MERGE_TAG,
    NULL_TAG,
    STR_TAG,
    compose,
    compose_quoting,
    decode,
    describe,
)

Where = tuple[str | int, ...]


@cache
def _required(cls: Any) -> tuple[dataclasses.Field[Any], ...]:
    return tuple(
        field for field in dataclasses.fields(cls)
        if field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING
    )


@cache
def field_types(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, vars(model))


def type_name(tp: Any) -> str:
    """How a type reads in messages and the reference doc."""
    if tp is Duration:
        return "duration"
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is Literal:
        return " | ".join(str(arg) for arg in args)
    if origin in (types.UnionType, typing.Union):
        return " or ".join(type_name(arg) for arg in args if arg is not type(None)) + " (optional)"
    if origin is tuple:
        return f"list of {type_name(args[0])}"
    if origin is dict:
        value = "Author mapping" if args[1] is model.Author else type_name(args[1])
        return f"map of {'id' if args[1] is model.Author else type_name(args[0])} → {value}"
    if tp is model.Author:
        return "Author mapping, or the id of one under `authors`"
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return f"{tp.__name__} mapping"
    return {str: "text", int: "whole number", float: "number", bool: "true/false"}.get(tp, str(tp))


class Converter:
    """Walks one node tree against the model, recording problems and where every value sits."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[Problem] = []
        self.spots: dict[Where, Spot] = {}
        self.key_spots: dict[Where, Spot] = {}
        self._scalars = SafeConstructor()
        # The scenario's reusable authors (`authors:`), read before the rest of the file so a
        # post may name one (`author: dana`) wherever the two sit in it.
        self.authors: dict[str, Any] = {}

    # -- reporting ---------------------------------------------------------------------------
    def error(self, node: Node, where: Where, message: str) -> Any:
        label = render_where(where)
        text = f"{label}: {message}" if label else message
        mark = node.start_mark
        self.problems.append(Problem(self.path, mark.line + 1, mark.column + 1, text))
        return INVALID

    def remember(self, node: Node, where: Where) -> None:
        self.spots[where] = Spot(node.start_mark.line, node.start_mark.column,
                                 node.end_mark.line, getattr(node, "style", None))

    # -- the walker --------------------------------------------------------------------------
    def convert(self, node: Node, tp: Any, where: Where, meta: Any = None) -> Any:
        meta = meta or {}
        self.remember(node, where)
        origin = typing.get_origin(tp)
        if origin in (types.UnionType, typing.Union):
            if isinstance(node, ScalarNode) and node.tag == NULL_TAG:
                return None
            (inner,) = [arg for arg in typing.get_args(tp) if arg is not type(None)]
            return self.convert(node, inner, where, meta)
        if tp is model.Author and isinstance(node, ScalarNode) and node.tag == STR_TAG:
            return self.convert_author_ref(node, where)
        if dataclasses.is_dataclass(tp):
            return self.convert_dataclass(node, tp, where)
        if origin is tuple:
            return self.convert_list(node, typing.get_args(tp)[0], where, meta)
        if origin is dict:
            return self.convert_map(node, tp, where, meta)
        if origin is Literal:
            return self.convert_choice(node, typing.get_args(tp), where)
        if not isinstance(node, ScalarNode) or node.tag == NULL_TAG:
            return self.error(node, where, f"expected {_a(type_name(tp))}, got {describe(node)}")
        if tp is str:
            return self.convert_text(node, where, meta)
        if tp is bool:
            if node.tag != BOOL_TAG:
                return self.error(node, where, f"expected true or false, got {describe(node)}")
            return self._scalars.construct_yaml_bool(node)
        if tp is Duration:
            return self.convert_duration(node, where, meta)
        if tp in (int, float):
            return self.convert_number(node, tp, where, meta)
        raise TypeError(f"the model uses a type the loader does not know: {tp!r}")

    def convert_author_ref(self, node: ScalarNode, where: Where) -> Any:
        """`author: dana`: the author of that id under the scenario's `authors:`."""
        found = self.authors.get(node.value)
        if found is not None:
            return found
        known = sorted(self.authors)
        listed = f" (authors: {', '.join(known)})" if known else \
            " (this file has no `authors:`; write the author as a mapping with name and handle)"
        return self.error(node, where, f"unknown author {node.value!r}"
                          f"{did_you_mean(node.value, known)}{listed}")

    def convert_dataclass(self, node: Node, cls: Any, where: Where) -> Any:
        if not isinstance(node, MappingNode):
            required = [field.name for field in _required(cls)]
            if required:
                hint = f" with keys {', '.join(required)}"
            else:  # e.g. a follow-up's `when`: every key optional
                hint = f" with one of the keys {', '.join(f.name for f in dataclasses.fields(cls))}"
            return self.error(node, where, f"expected a mapping{hint}, got {describe(node)}")
        fields = {field.name: field for field in dataclasses.fields(cls)}
        hints = field_types(cls)
        values: dict[str, Any] = {}
        ok = True
        misspelt: set[str] = set()
        for key, key_node, value_node in self.pairs(node, where):
            if key not in fields:
                hint = did_you_mean(key, fields)
                misspelt.update(name for name in fields if hint.endswith(f"{name!r}?"))
                self.error(key_node, where, f"unknown key {key!r}{hint}"
                           f" (expected one of: {', '.join(fields)})")
                ok = False
                continue
            self.key_spots[(*where, key)] = _spot(key_node)
            if _is_null(value_node) and fields[key] not in _required(cls):
                self.remember(value_node, (*where, key))
                continue  # `templates:` with nothing after it means "the default"
            value = self.convert(value_node, hints[key], (*where, key), fields[key].metadata)
            if value is INVALID:
                ok = False
            values[key] = value
        missing = [field for field in _required(cls)
                   if field.name not in values and field.name not in misspelt]  # typos reported
        if len(missing) == 1:
            (field,) = missing
            self.error(node, where, f"missing required key {field.name!r}"
                       f" ({type_name(hints[field.name])}: {field.metadata.get('doc', '')})")
        elif missing:
            names = ", ".join(f"{field.name} ({type_name(hints[field.name])})" for field in missing)
            self.error(node, where, f"missing required keys: {names}")
        if ok and not missing:
            return cls(**values)
        return _partial(cls, values, [field.name for field in _required(cls)] + sorted(misspelt))

    def pairs(self, node: MappingNode, where: Where) -> list[tuple[str, Node, Node]]:
        """Key/value pairs with `<<` merges applied and duplicate or non-text keys reported."""
        seen: dict[str, Node] = {}
        explicit: list[tuple[str, Node, Node]] = []
        merged: list[tuple[str, Node, Node]] = []
        for key_node, value_node in node.value:
            if key_node.tag == MERGE_TAG:
                sources = value_node.value if isinstance(value_node, SequenceNode) else [value_node]
                for source in sources:
                    if isinstance(source, MappingNode):
                        merged.extend(self.pairs(source, where))
                    else:
                        self.error(source, where, "`<<` merges a mapping (an anchored `&name` "
                                   f"block), got {describe(source)}")
                continue
            if not isinstance(key_node, ScalarNode) or key_node.tag == NULL_TAG:
                self.error(key_node, where, f"a key must be a plain word, got {describe(key_node)}")
                continue
            key = key_node.value
            if key in seen:
                first = seen[key].start_mark
                self.error(key_node, where, f"duplicate key {key!r} (first set at line "
                           f"{first.line + 1}, column {first.column + 1})")
                continue
            seen[key] = key_node
            explicit.append((key, key_node, value_node))
        return explicit + [pair for pair in merged if pair[0] not in seen]

    def convert_list(self, node: Node, item: Any, where: Where, meta: Any) -> Any:
        if not isinstance(node, SequenceNode):
            return self.error(node, where, f"expected a list of {type_name(item)} (lines starting "
                              f"with '- ', or [a, b]), got {describe(node)}")
        minimum = meta.get("min_items", 0)
        if len(node.value) < minimum:
            return self.error(node, where, f"needs at least {minimum} item"
                              f"{'s' if minimum != 1 else ''}, got an empty list")
        item_meta = {k: v for k, v in meta.items() if k in ("minimum", "maximum", "pattern")}
        return tuple(self.convert(child, item, (*where, index), item_meta)
                     for index, child in enumerate(node.value))  # broken items stay INVALID

    def convert_map(self, node: Node, tp: Any, where: Where, meta: Any) -> Any:
        key_type, value_type = typing.get_args(tp)
        if not isinstance(node, MappingNode):
            return self.error(node, where, f"expected a {type_name(tp)}, got {describe(node)}")
        choices = typing.get_args(key_type)
        result: dict[str, Any] = {}
        for key, key_node, value_node in self.pairs(node, where):
            if choices and key not in choices:
                self.error(key_node, where, f"unknown key {key!r}{did_you_mean(key, choices)}"
                           f" (expected one of: {', '.join(choices)})")
                continue
            result[key] = self.convert(value_node, value_type, (*where, key), meta)
        return result  # a broken value stays INVALID; an unknown key is left out (reported)

    def convert_choice(self, node: Node, choices: tuple[str, ...], where: Where) -> Any:
        value = node.value if isinstance(node, ScalarNode) and node.tag != NULL_TAG else None
        if value not in choices:
            got = repr(value) if value is not None else describe(node)
            hint = did_you_mean(value, choices) if value is not None else ""
            return self.error(node, where, f"expected one of: {', '.join(choices)}; "
                              f"got {got}{hint}")
        return value

    def convert_text(self, node: ScalarNode, where: Where, meta: Any) -> Any:
        # The text as written: `name: 2024` is the name "2024", `text: yes` is the word "yes".
        text = node.value
        controls = control_characters(text)
        if controls:
            shown = ", ".join(f"U+{ord(ch):04X}" for ch in controls)
            return self.error(node, where, f"contains control characters ({shown}): a terminal "
                              "would obey them (clear the screen, move the cursor); remove them")
        surrogates = sorted({ch for ch in text if "\ud800" <= ch <= "\udfff"})
        if surrogates:  # only a "\ud800" escape makes one; no file can store it, nor SQLite
            shown = ", ".join(f"\\u{ord(ch):04x}" for ch in surrogates)
            return self.error(node, where, f"contains {shown}, half of a character pair (a lone "
                              "surrogate), which cannot be saved or shown; write the whole "
                              "character or remove it")
        pattern = meta.get("pattern")
        if pattern and not re.match(pattern, text):
            example = meta.get("example")
            like = f" (like {example!r})" if example else ""
            if meta.get("form"):  # `handle: dana`: say what a handle is, not the regex
                return self.error(node, where, f"{text!r}: {meta['form']}{like}")
            return self.error(node, where, f"{text!r} is not in the expected form{like}; "
                              f"it must match {pattern}")
        return text

    def convert_number(self, node: ScalarNode, tp: type, where: Where, meta: Any) -> Any:
        if node.tag not in (INT_TAG, FLOAT_TAG) or (tp is int and node.tag != INT_TAG):
            return self.error(node, where, f"expected {_a(type_name(tp))}, got {describe(node)}")
        try:
            value = self._scalars.construct_object(node)
        except (ConstructorError, ValueError):
            return self.error(node, where, f"expected {_a(type_name(tp))}, got {describe(node)}")
        if not math.isfinite(value):
            return self.error(node, where, f"expected a finite number, got {node.value!r}")
        return self.check_range(node, tp(value), where, meta, str(node.value))

    def convert_duration(self, node: ScalarNode, where: Where, meta: Any) -> Any:
        if node.tag in (INT_TAG, FLOAT_TAG):
            number = self.convert_number(node, float, where, {})
            if number is INVALID:
                return INVALID
            value: Duration | None = Duration(number) if number >= 0 else None
        else:
            value = parse_duration(node.value) if node.tag != BOOL_TAG else None
        if value is None:
            return self.error(node, where, "expected a duration like 90s, 5m, 1h or 1m30s "
                              f"(a bare number means seconds), got {describe(node)}")
        return self.check_range(node, value, where, meta, str(node.value))

    def check_range(self, node: Node, value: Any, where: Where, meta: Any, shown: str) -> Any:
        minimum, maximum = meta.get("minimum"), meta.get("maximum")
        above = meta.get("above")
        if above is not None and value <= above:  # `duration: 0`: one error, nothing cascades
            limit = f"longer than {format_duration(above)}" if isinstance(value, Duration) \
                else f"more than {above}"
            return self.error(node, where, f"must be {limit}, got {shown}")
        if minimum is not None and value < minimum:
            return self.error(node, where, f"must be at least {minimum}, got {shown}")
        if maximum is not None and value > maximum:
            limit = format_duration(maximum) if isinstance(value, Duration) else f"{maximum:,}"
            return self.error(node, where, f"must be at most {limit}, got {shown}")
        return value


def _partial(cls: Any, values: dict[str, Any], unread: list[str]) -> Any:
    """The dataclass with INVALID for every key that is missing or misspelt (its problem is
    already reported), so the cross-checks still run on the rest. A misspelt optional key is
    INVALID too, not its default: `reach_treshold:` must not be checked as the default route."""
    for name in unread:
        values.setdefault(name, INVALID)
    try:
        return cls(**values)
    except Exception:  # a model class that checks its own values in __post_init__
        return INVALID


def _is_null(node: Node) -> bool:
    return isinstance(node, ScalarNode) and node.tag == NULL_TAG


def _spot(node: Node) -> Spot:
    return Spot(node.start_mark.line, node.start_mark.column, node.end_mark.line,
                getattr(node, "style", None))


def _a(noun: str) -> str:
    if noun.startswith(("text", "true/false")):
        return noun
    return f"an {noun}" if noun[:1] in "aeiou" else f"a {noun}"


def _tree(path: str, data: bytes, expected: str) -> tuple[str | None, Node | None, list[Problem]]:
    """Bytes to a node tree with the shared limits (size, binary, encoding, YAML): the text,
    the root (None with the problems, or for an empty file, said with what was `expected`)."""
    text, problems = decode(path, data)
    if text is None:
        return None, None, problems
    root, problems = compose(path, text)
    if problems:
        return text, None, problems
    if root is None:
        return text, None, [Problem(path, 1, 1, f"file is empty: expected {expected}")]
    return text, root, []


def validate_text(
    data: str | bytes, path: str = "<scenario>", *, cross_checks: bool = True
) -> tuple[Scenario | None, list[Problem]]:
    """Validate scenario source; returns the scenario (None if any error) and every problem.
    `cross_checks=False` stops after keys, types and ranges: what a JSON Schema can judge too,
    for the test that holds the schema to the loader."""
    if isinstance(data, str):  # one path for text and bytes: the same size and binary checks
        data = data.encode("utf-8", "surrogatepass")
    required = ", ".join(field.name for field in _required(Scenario))
    text, root, problems = _tree(path, data, f"a scenario mapping with keys {required}")
    repairs: list[Problem] = []
    if text is not None and root is None and problems:  # an unquoted `: ` or `@`: quote, go on
        quoted_root, quoted = compose_quoting(path, text)
        if quoted_root is not None or quoted:  # (an empty file keeps its "file is empty")
            root, problems = quoted_root, quoted
            repairs = quoted if root is not None else []
    if text is None or root is None:
        return None, problems
    converter = Converter(path)
    if not isinstance(root, MappingNode):
        converter.error(root, (), f"expected a scenario mapping (key: value lines), got "
                        f"{describe(root)}")
        return None, repairs + converter.problems
    converter.authors = _authors(root, path)
    scenario = converter.convert(root, Scenario, ())
    problems = repairs + converter.problems
    if scenario is not INVALID and cross_checks:  # partial (INVALID where unreadable) if wrong
        locator = Locator(converter.spots, converter.key_spots, text.splitlines())
        problems += check_scenario(scenario, locator, path)
        # the crowd text checks run unless they reach a broken value: a misspelt key in a topic
        # (which they never read) does not hide an unknown channel in crowd.channels
        problems += unless_broken(check_crowd_text, scenario, locator, path)
    problems.sort(key=sort_key)
    if any(problem.is_error for problem in problems) or not is_intact(scenario):
        return None, problems
    return scenario, problems


def _authors(root: MappingNode, path: str) -> dict[str, Any]:
    """The file's `authors:` map, converted on its own first (its problems are reported when the
    whole file is converted, once): what `author: <id>` refers to."""
    for key_node, value_node in root.value:
        if isinstance(key_node, ScalarNode) and key_node.value == "authors":
            authors = Converter(path).convert(value_node, dict[str, model.Author], ("authors",))
            return {} if authors is INVALID or authors is None else authors
    return {}


def validate_file(path: str | Path) -> tuple[Scenario | None, list[Problem]]:
    """Validate a file; raises OSError only when it cannot be read at all (missing, a directory)."""
    path = Path(path)
    with path.open("rb") as handle:
        data = handle.read(MAX_FILE_BYTES + 1)  # never read more than the cap, however big
        if len(data) > MAX_FILE_BYTES:
            size = path.stat().st_size / 1_000_000
            limit = MAX_FILE_BYTES // 1_000_000
            message = f"file is {size:.1f} MB; scenario files are limited to {limit} MB"
            return None, [Problem(str(path), 1, 1, message)]
    return validate_text(data, str(path))


def load_scenario_with_warnings(path: str | Path) -> tuple[Scenario, list[Problem]]:
    """Load a scenario, raising `ScenarioError` on any error; warnings come back alongside."""
    scenario, problems = validate_file(path)
    if scenario is None:
        raise ScenarioError(problems)
    return scenario, problems


def load_scenario(path: str | Path) -> Scenario:
    """Load a scenario file, raising `ScenarioError` listing every error found."""
    return load_scenario_with_warnings(path)[0]


def load_injected_post(path: str, data: bytes) -> tuple[InjectedPost | None, list[Problem]]:
    """An inject's post file (optionally under a `post:` key), with the scenario loader's limits
    and messages: every problem at its line and column."""
    _, root, problems = _tree(path, data, "a post with at least `text:`")
    if root is None:
        return None, problems
    if isinstance(root, MappingNode) and len(root.value) == 1:
        key, value = root.value[0]
        if isinstance(key, ScalarNode) and key.value == "post" and isinstance(value, MappingNode):
            root = value
    converter = Converter(path)
    post = converter.convert(root, InjectedPost, ())
    problems = sorted(converter.problems, key=sort_key)
    return (post if not problems and is_intact(post) else None), problems
