"""JSON Schema (draft 2020-12) generated from the model, for editors that validate YAML as you type.

Generated rather than written so it can never disagree with the loader: descriptions come from the
fields' `doc`, enums from the Literals, ranges from `minimum`/`maximum`. The loader remains the
authority: cross-checks (references, times, placeholders) are beyond what a schema can say.
Where a schema can say it, it says what the loader does: an empty value (`templates:`) means the
default, so every optional key also takes null; text may be written as a bare number or yes/no
(`name: 2024` is the text "2024"); `duration: 0` is refused by both.
tests/scenario/test_scenario_schema.py runs both over every scenario file the project has and
over files with one mistake each.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from typing import Any, Literal

from simulator.scenario import model
from simulator.scenario.model import DURATION_PATTERN, Duration, Scenario, format_duration

SCHEMA_ID = "https://crisis-drill.example/schema/scenario.json"


def scenario_schema() -> dict[str, Any]:
    """The whole schema as a JSON-ready dict."""
    defs: dict[str, Any] = {}
    root = _dataclass_schema(Scenario, defs)
    defs.pop(Scenario.__name__, None)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "crisis-drill scenario",
        **root,
        "$defs": dict(sorted(defs.items())),
    }


def _dataclass_schema(cls: Any, defs: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls, vars(model))
    properties = {}
    required = []
    for field in dataclasses.fields(cls):
        meta = dict(field.metadata)
        prop = _type_schema(hints[field.name], defs, meta)
        default = _default(field)
        if default is not dataclasses.MISSING:
            prop = _or_null(prop)  # `key:` with nothing after it: the loader takes the default
        prop = {"description": meta.get("doc", ""), **prop}
        if default is not dataclasses.MISSING:
            prop["default"] = default
        else:
            required.append(field.name)
        if "example" in meta:
            prop["examples"] = [meta["example"]]
        properties[field.name] = prop
    schema: dict[str, Any] = {"type": "object"}
    if cls.__doc__ and not cls.__doc__.startswith(cls.__name__ + "("):
        schema["description"] = " ".join(cls.__doc__.split())
    schema.update(properties=properties, required=required, additionalProperties=False)
    return schema


def _or_null(schema: dict[str, Any]) -> dict[str, Any]:
    """`schema`, also allowing null (unless it already does)."""
    if {"type": "null"} in schema.get("anyOf", ()):
        return schema
    kind = schema.get("type")  # the other keywords (items, pattern...) apply to that type only
    if isinstance(kind, str):
        return {**schema, "type": [kind, "null"]}
    if isinstance(kind, list):
        return {**schema, "type": [*kind, "null"]}
    if set(schema) == {"enum"}:
        return {"enum": [*schema["enum"], None]}
    if "anyOf" in schema:
        return {**schema, "anyOf": [*schema["anyOf"], {"type": "null"}]}
    return {"anyOf": [schema, {"type": "null"}]}


def _type_schema(tp: Any, defs: dict[str, Any], meta: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (types.UnionType, typing.Union):
        (inner,) = [arg for arg in args if arg is not type(None)]
        return {"anyOf": [_type_schema(inner, defs, meta), {"type": "null"}]}
    if tp is model.Author and meta.get("author_ref", True):
        by_id = {"type": "string", "description": "The id of an author under `authors`."}
        return {"anyOf": [_type_schema(tp, defs, {"author_ref": False}), by_id]}
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        name = tp.__name__
        if name not in defs:
            defs[name] = {}  # reserve first: guards against recursion
            defs[name] = _dataclass_schema(tp, defs)
        return {"$ref": f"#/$defs/{name}"}
    if origin is Literal:
        return {"enum": list(args)}
    item_meta = {k: v for k, v in meta.items()
                 if k in ("minimum", "maximum", "pattern", "above")}
    if origin is tuple:
        schema = {"type": "array", "items": _type_schema(args[0], defs, item_meta)}
        if meta.get("min_items"):
            schema["minItems"] = meta["min_items"]
        return schema
    if origin is dict:
        key_meta = {"pattern": meta["key_pattern"]} if "key_pattern" in meta else {}
        value_meta = {k: v for k, v in meta.items() if k != "key_pattern"}
        return {
            "type": "object",
            "propertyNames": _type_schema(args[0], defs, key_meta),
            "additionalProperties": _type_schema(args[1], defs, {**value_meta,
                                                                 "author_ref": False}),
        }
    if tp is Duration:
        number: dict[str, Any] = {"type": "number", "minimum": meta.get("minimum", 0)}
        pattern = DURATION_PATTERN
        if meta.get("above") == 0:  # `0`, `0s`, `0m 0s` are refused: some digit must not be 0
            number = {"type": "number", "exclusiveMinimum": 0}
            pattern = "^(?=.*[1-9])" + DURATION_PATTERN.removeprefix("^")
        if "maximum" in meta:  # a maximum of `8h` written as text is the loader's to check
            number["maximum"] = meta["maximum"]
        return {"anyOf": [{"type": "string", "pattern": pattern}, number]}
    if tp is bool:
        return {"type": "boolean"}
    if tp is str:
        if "pattern" in meta:
            return {"type": "string", "pattern": meta["pattern"]}
        return {"type": ["string", "number", "boolean"]}  # `name: 2024` is the text "2024"
    schema = {"type": "integer" if tp is int else "number"}
    for key in ("minimum", "maximum"):
        if key in meta:
            schema[key] = meta[key]
    if "above" in meta:
        schema["exclusiveMinimum"] = meta["above"]
    return schema


def _default(field: dataclasses.Field[Any]) -> Any:
    if field.default is not dataclasses.MISSING:
        return _jsonable(field.default)
    if field.default_factory is not dataclasses.MISSING:
        return _jsonable(field.default_factory())
    return dataclasses.MISSING


def _jsonable(value: Any) -> Any:
    if isinstance(value, Duration):
        return format_duration(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_jsonable(item) for item in value]
    if isinstance(value, dict):
        return {key: _jsonable(item) for key, item in value.items()}
    return value
