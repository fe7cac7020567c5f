"""The xAPI 1.0.3 rules our statements must keep (xAPI-Data.md, section 2), as a checker.

Written from the specification rather than from our exporter, so it can disagree with it: every
rule returns a sentence naming the property, and `tests/records/test_xapi_export.py` shows each
rule fires on a statement that breaks it.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from datetime import datetime
from typing import Any

IFIS = ("mbox", "mbox_sha1sum", "openid", "account")
TOP_LEVEL = {"id", "actor", "verb", "object", "result", "context", "timestamp", "stored",
             "authority", "version", "attachments"}
RESULT_KEYS = {"score", "success", "completion", "response", "duration", "extensions"}
CONTEXT_KEYS = {"registration", "instructor", "team", "contextActivities", "revision", "platform",
                "language", "statement", "extensions"}
_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>\"{}|\\^`]+")
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")
_DURATION = re.compile(
    r"P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?")


def is_iri(value: Any) -> bool:
    return isinstance(value, str) and bool(_IRI.fullmatch(value))


def is_uuid(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        return str(uuid.UUID(value)) == value.lower()
    except ValueError:
        return False


def language_map(value: Any, where: str) -> list[str]:
    if not isinstance(value, Mapping) or not value:
        return [f"{where} must be a language map"]
    return [f"{where} key {key!r} is not a language tag" for key, text in value.items()
            if not _LANGUAGE_TAG.fullmatch(str(key)) or not isinstance(text, str)]


def extensions(value: Any, where: str) -> list[str]:
    if not isinstance(value, Mapping):
        return [f"{where} must be an object"]
    return [f"{where} key {key!r} is not an IRI" for key in value if not is_iri(key)]


def agent(value: Any, where: str) -> list[str]:
    if not isinstance(value, Mapping):
        return [f"{where} must be an object"]
    found = [key for key in IFIS if key in value]
    problems = [] if len(found) == 1 else [
        f"{where} needs exactly one inverse functional identifier, has {found or 'none'}"]
    if value.get("objectType", "Agent") != "Agent":
        problems.append(f"{where}.objectType must be Agent")
    if "mbox" in value and not str(value["mbox"]).startswith("mailto:"):
        problems.append(f"{where}.mbox must be a mailto: IRI")
    if "account" in value:
        account = value["account"]
        if not isinstance(account, Mapping) or set(account) != {"homePage", "name"}:
            problems.append(f"{where}.account must have exactly homePage and name")
        elif not is_iri(account["homePage"]) or not isinstance(account["name"], str):
            problems.append(f"{where}.account.homePage must be an IRL, name a string")
    if "name" in value and not isinstance(value["name"], str):
        problems.append(f"{where}.name must be a string")
    return problems


def activity(value: Any, where: str) -> list[str]:
    if not isinstance(value, Mapping):
        return [f"{where} must be an object"]
    problems = [] if value.get("objectType", "Activity") == "Activity" else [
        f"{where}.objectType must be Activity"]
    if not is_iri(value.get("id")):
        problems.append(f"{where}.id must be an IRI")
    definition = value.get("definition")
    if definition is not None:
        for key in ("name", "description"):
            if key in definition:
                problems += language_map(definition[key], f"{where}.definition.{key}")
        if "type" in definition and not is_iri(definition["type"]):
            problems.append(f"{where}.definition.type must be an IRI")
        if "extensions" in definition:
            problems += extensions(definition["extensions"], f"{where}.definition.extensions")
    return problems


def timestamp(value: Any, where: str) -> list[str]:
    try:
        moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return [f"{where} is not an ISO 8601 timestamp"]
    return [] if moment.tzinfo is not None else [f"{where} should carry a time zone"]


def result(value: Any) -> list[str]:
    if not isinstance(value, Mapping):
        return ["result must be an object"]
    problems = [f"result.{key} is not a result property" for key in value
                if key not in RESULT_KEYS]
    score = value.get("score")
    if score is not None:
        scaled, raw = score.get("scaled"), score.get("raw")
        low, high = score.get("min"), score.get("max")
        if scaled is not None and not -1 <= scaled <= 1:
            problems.append(f"result.score.scaled {scaled} is outside -1..1")
        if low is not None and high is not None and not low < high:
            problems.append("result.score.min must be below max")
        if raw is not None and ((low is not None and raw < low)
                                or (high is not None and raw > high)):
            problems.append(f"result.score.raw {raw} is not between min and max")
    for key in ("success", "completion"):
        if key in value and not isinstance(value[key], bool):
            problems.append(f"result.{key} must be true or false")
    if "duration" in value and not _DURATION.fullmatch(str(value["duration"])):
        problems.append(f"result.duration {value['duration']!r} is not an ISO 8601 duration")
    if "extensions" in value:
        problems += extensions(value["extensions"], "result.extensions")
    return problems


def context(value: Any) -> list[str]:
    if not isinstance(value, Mapping):
        return ["context must be an object"]
    problems = [f"context.{key} is not a context property" for key in value
                if key not in CONTEXT_KEYS]
    if "registration" in value and not is_uuid(value["registration"]):
        problems.append("context.registration must be a UUID")
    if "language" in value and not _LANGUAGE_TAG.fullmatch(str(value["language"])):
        problems.append("context.language must be a language tag")
    for kind, items in (value.get("contextActivities") or {}).items():
        if kind not in ("parent", "grouping", "category", "other"):
            problems.append(f"context.contextActivities.{kind} is not a kind of context")
        for item in items if isinstance(items, list) else [items]:
            problems += activity(item, f"context.contextActivities.{kind}[]")
    if "extensions" in value:
        problems += extensions(value["extensions"], "context.extensions")
    return problems


def problems(statement: Mapping[str, Any]) -> list[str]:
    """Every xAPI 1.0.3 rule this statement breaks (empty: it keeps them all)."""
    found = [f"{key} is not a statement property" for key in statement if key not in TOP_LEVEL]
    if not is_uuid(statement.get("id")):
        found.append("id must be a UUID")
    found += agent(statement.get("actor"), "actor")
    verb = statement.get("verb")
    if not isinstance(verb, Mapping) or not is_iri(verb.get("id")):
        found.append("verb.id must be an IRI")
    else:
        found += language_map(verb.get("display"), "verb.display")
    found += activity(statement.get("object"), "object")
    if "result" in statement:
        found += result(statement["result"])
    if "context" in statement:
        found += context(statement["context"])
    if "timestamp" in statement:
        found += timestamp(statement["timestamp"], "timestamp")
    return found
