"""Drills as xAPI 1.0.3 statements, the open standard learning record stores take.

Each drill gives up to four statements, all in one `registration` (the drill's global id):
`attempted` when it started; once it finished, `completed`, `passed` or `failed` against the
scenario's pass mark (a critical error fails it whatever the composite, as the debrief says),
and `scored`. The last three carry the same result: the composite scaled to 0..1 (and raw
0..100), success, the drill time as an ISO 8601 duration, and extensions for the speed, tone and
escalation scores, the critical errors and the seed.

Statement ids are UUIDs derived from the drill's global id and the verb, and every field is taken
from what the results file recorded (never the time of export), so sending a drill again gives
the same statements: an LRS stores a statement id once, and a resend creates no duplicate. An
aborted or still running drill gives `attempted` only; exported again once it finished, it adds
the others.

The IRIs (activity ids, extension keys, the trainee account's home page) all start from one base,
`--iri-base` or $CRISIS_DRILL_XAPI_BASE. The default is a placeholder under the reserved
`.invalid` domain: an organisation sets its own once, before the first export, since the
activity id is part of what a resend must repeat exactly.
"""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from simulator.records.drill_records import DrillRecord, ScoreRecord

XAPI_VERSION = "1.0.3"  # sent as the X-Experience-API-Version header (`lrs`), not per statement
ADL_VERBS = "http://adlnet.gov/expapi/verbs/"
ATTEMPTED, COMPLETED, PASSED, FAILED, SCORED = (
    "attempted", "completed", "passed", "failed", "scored")
VERBS = (ATTEMPTED, COMPLETED, PASSED, FAILED, SCORED)
SIMULATION = "http://adlnet.gov/expapi/activities/simulation"
LANGUAGE = "en-US"
BASE_ENV = "CRISIS_DRILL_XAPI_BASE"
DEFAULT_BASE = "https://crisis-drill.invalid/xapi"
HASH_DIGITS = 16  # of the scenario's sha256 in its activity id: 64 bits tell versions apart
# Frozen: statement ids of drills already sent depend on it.
STATEMENT_NAMESPACE = uuid.UUID("3c1f6b0e-8a4d-4f2a-b7c5-9d0e1a2b3c4d")
_EMAIL = re.compile(r"[^@\s<>]+@[^@\s<>]+\.[^@\s<>.]+")


@dataclass(frozen=True, slots=True)
class Identity:
    """How statements name things: the IRI base, and trainees' email addresses where known
    (an actor is then identified by `mbox`; otherwise by an account on the base)."""

    base: str = DEFAULT_BASE
    emails: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def from_env(cls, base: str | None = None, emails: Mapping[str, str] | None = None,
                 environ: Mapping[str, str] | None = None) -> Identity:
        env = os.environ if environ is None else environ
        chosen = (base or env.get(BASE_ENV) or DEFAULT_BASE).rstrip("/")
        return cls(chosen, dict(emails or {}))

    def iri(self, *parts: str) -> str:
        return "/".join([self.base, *(quote(part, safe="") for part in parts)])


def statement_id(drill_uid: str, verb: str) -> str:
    """The same UUID for the same drill and verb, in every export from every copy of the file."""
    return str(uuid.uuid5(STATEMENT_NAMESPACE, f"{drill_uid}/{verb}"))


def iso_duration(seconds: float) -> str:
    """ISO 8601 duration to the hundredth of a second, as xAPI asks: 303.5 → `PT5M3.5S`."""
    hundredths = max(0, round(seconds * 100))
    hours, rest = divmod(hundredths, 360_000)
    minutes, rest = divmod(rest, 6_000)
    whole, fraction = divmod(rest, 100)
    text = "PT"
    if hours:
        text += f"{hours}H"
    if minutes:
        text += f"{minutes}M"
    if whole or fraction or text == "PT":
        text += f"{whole}.{fraction:02d}".rstrip("0").rstrip(".") + "S"
    return text


def email_of(trainee: str, identity: Identity) -> str | None:
    known = identity.emails.get(trainee)
    if known:
        return known
    return trainee if _EMAIL.fullmatch(trainee) else None


def actor(trainee: str, identity: Identity) -> dict[str, Any]:
    """The trainee as an Agent with exactly one identifier: an mbox when an email is known,
    else an account on the base (its name is the trainee's name as the results file holds it)."""
    email = email_of(trainee, identity)
    if email:
        return {"objectType": "Agent", "name": trainee, "mbox": f"mailto:{email}"}
    return {"objectType": "Agent", "name": trainee,
            "account": {"homePage": identity.base, "name": trainee}}


def activity(record: DrillRecord, identity: Identity) -> dict[str, Any]:
    """The scenario, one activity per scenario content: id + a prefix of its content hash."""
    name = record.scenario_title or record.scenario_id
    return {
        "objectType": "Activity",
        "id": identity.iri("scenarios", record.scenario_id, record.scenario_hash[:HASH_DIGITS]),
        "definition": {
            "type": SIMULATION,
            "name": {LANGUAGE: name},
            "description": {LANGUAGE: f"crisis-drill scenario {record.scenario_id}: {name}"},
        },
    }


def verb(name: str) -> dict[str, Any]:
    return {"id": ADL_VERBS + name, "display": {LANGUAGE: name}}


def result(record: DrillRecord, score: ScoreRecord, identity: Identity) -> dict[str, Any]:
    scaled = min(1.0, max(0.0, score.composite / 100))
    return {
        "score": {"scaled": round(scaled, 4), "raw": round(score.composite, 2),
                  "min": 0, "max": 100},
        "success": score.passed,
        "completion": True,
        "duration": iso_duration(record.duration_s),
        "extensions": {
            identity.iri("extensions", "speed"): score.speed,
            identity.iri("extensions", "tone"): score.tone,
            identity.iri("extensions", "escalation"): score.escalation,
            identity.iri("extensions", "pass-mark"): score.pass_mark,
            identity.iri("extensions", "critical-errors"): [
                {"post": e.post_id, "kind": e.kind, "label": e.label} for e in score.critical],
            identity.iri("extensions", "seed"): record.seed,
            identity.iri("extensions", "scoring-version"): score.scoring,
        },
    }


def context(record: DrillRecord, identity: Identity) -> dict[str, Any]:
    extensions: dict[str, Any] = {
        identity.iri("extensions", "drill"): record.uid,
        identity.iri("extensions", "mode"): record.mode,
    }
    if record.team:
        extensions[identity.iri("extensions", "team")] = record.team
    if record.bot:
        extensions[identity.iri("extensions", "bot")] = record.bot
    if record.app_version:
        extensions[identity.iri("extensions", "app-version")] = record.app_version
    data: dict[str, Any] = {
        "registration": record.uid,
        "platform": "crisis-drill",
        "language": LANGUAGE,
        "extensions": extensions,
    }
    if record.session:
        data["contextActivities"] = {"grouping": [{
            "objectType": "Activity", "id": identity.iri("sessions", record.session),
            "definition": {"name": {LANGUAGE: f"team session {record.session}"}}}]}
    return data


def statements_for(record: DrillRecord, identity: Identity | None = None) -> list[dict[str, Any]]:
    """The drill's statements, oldest first (see the module docstring)."""
    identity = identity or Identity()
    who, what, where = actor(record.trainee, identity), activity(record, identity), context(
        record, identity)

    def statement(name: str, timestamp: str, outcome: dict[str, Any] | None) -> dict[str, Any]:
        item: dict[str, Any] = {"id": statement_id(record.uid, name), "actor": who,
                                "verb": verb(name), "object": what, "context": where,
                                "timestamp": timestamp}
        if outcome is not None:
            item["result"] = outcome
        return item

    out = [statement(ATTEMPTED, record.started_at, None)]
    if record.score is not None and record.ended_at:
        outcome = result(record, record.score, identity)
        out += [statement(COMPLETED, record.ended_at, outcome),
                statement(PASSED if record.score.passed else FAILED, record.ended_at, outcome),
                statement(SCORED, record.ended_at, outcome)]
    return out
