"""Row mapping: events and scores as the results store's rows, the same for every backend.

Plain functions from an engine `Event` (or a dict with the same keys) to the readable `posts` and
`actions` rows, timestamps as ISO-8601 UTC text, structured values as sorted-key JSON text: what
makes a file written by one backend read the same as one written by the other.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

SCORE_DIMENSIONS = ("speed", "tone", "escalation", "composite")


def utc_now() -> datetime:
    return datetime.now(UTC)


def iso(moment: datetime) -> str:
    """ISO-8601 UTC text, millisecond precision: sorts as text, parses with fromisoformat."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")


def to_json(value: Any) -> str:
    return json.dumps(plain(value), ensure_ascii=False, sort_keys=True, default=str)


def plain(value: Any) -> Any:
    """Dataclasses and objects with `to_dict` (ToneReport, scores) become JSON-ready dicts."""
    if hasattr(value, "to_dict") and callable(value.to_dict):
        return plain(value.to_dict())
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return plain(dataclasses.asdict(value))
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def event_parts(event: Any) -> tuple[float, str, str | None, dict[str, Any]]:
    """(t, kind, post_id, data) of an `Event` or of a plain dict with the same keys."""
    if isinstance(event, Mapping):
        t, kind, post_id, data = (event["t"], event["kind"], event.get("post_id"),
                                  event.get("data") or {})
    else:
        t, kind, post_id, data = event.t, event.kind, event.post_id, event.data or {}
    return float(t), str(kind), post_id, plain(data)


def hash_text(text: str | bytes) -> str:
    """Content hash of a scenario file's text (sha256 hex)."""
    raw = text.encode("utf-8") if isinstance(text, str) else text
    return hashlib.sha256(raw).hexdigest()


def hash_scenario(scenario: Any) -> str:
    """Content hash of a loaded scenario: equal for files that differ only in comments or layout,
    which is what decides whether two drills are comparable on the leaderboard. Keys the format
    gained later (`added` in their metadata) count only when set, so a file that does not use
    them hashes as it did before they existed and its recorded drills still match it. Labels
    (`label` in their metadata: the kind of crisis) never count: they do not change the drill."""
    return hash_text(json.dumps(_hashed(scenario), ensure_ascii=False, sort_keys=True,
                                default=str))


def _hashed(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out = {}
        for f in dataclasses.fields(value):
            item = getattr(value, f.name)
            if f.metadata.get("label") or (f.metadata.get("added") and item == _field_default(f)):
                continue
            out[f.name] = _hashed(item)
        return out
    if isinstance(value, Mapping):
        return {str(k): _hashed(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_hashed(v) for v in value]
    return value


def _field_default(f: dataclasses.Field[Any]) -> Any:
    if f.default is not dataclasses.MISSING:
        return f.default
    if f.default_factory is not dataclasses.MISSING:
        return f.default_factory()
    return dataclasses.MISSING


def get(data: Mapping[str, Any], *paths: str) -> Any:
    """First present value among dotted paths ("author.handle", "handle"), else None."""
    for path in paths:
        value: Any = data
        for part in path.split("."):
            if not isinstance(value, Mapping) or part not in value:
                value = None
                break
            value = value[part]
        if value is not None:
            return value
    return None


def score_value(score: Mapping[str, Any], name: str) -> float | None:
    value = score.get(name)
    if isinstance(value, Mapping):
        value = get(value, "score", "value", "points")
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def seed_value(seed: int | str) -> int | str:
    """Seeds are usually numbers; a word seed (`--seed monday`) is kept as text."""
    try:
        return int(seed)
    except (TypeError, ValueError):
        return str(seed)


def loads_list(text: str | None) -> list[Any]:
    value = json.loads(text) if text else []
    return value if isinstance(value, list) else []


def post_row(drill_id: int, t: float, post_id: str, data: Mapping[str, Any]) -> dict[str, Any]:
    """The readable `posts` row for an arrival (or a follow-up that is itself a post)."""
    return {
        "drill_id": drill_id,
        "post_id": post_id,
        "arrived_t": t,
        "channel": get(data, "channel", "channel_id"),
        "author_name": get(data, "author.name", "author_name"),
        "author_handle": get(data, "author.handle", "author_handle", "handle"),
        "author_kind": get(data, "author.kind", "author_kind"),
        "followers": get(data, "author.followers", "followers"),
        "kind": get(data, "kind", "post_kind"),
        "text": get(data, "text"),
        "severity": get(data, "severity"),
        "expect_route": get(data, "expected_route", "expect.route", "expect_route"),
        "parent_id": get(data, "parent_id"),
        "topic": get(data, "topic"),
        "source": get(data, "source"),
        "likes": get(data, "reach.likes", "likes"),
        "shares": get(data, "reach.shares", "shares"),
        "comments": get(data, "reach.comments", "comments"),
        "data": to_json(data),
    }


def action_row(
    drill_id: int, event_id: int, seq: int, t: float, post_id: str | None,
    data: Mapping[str, Any],
) -> dict[str, Any]:
    """The readable `actions` row: what was done, the tone report split into score + findings."""
    tone = data.get("tone") if isinstance(data.get("tone"), Mapping) else None
    findings = tone.get("findings") if tone else None
    return {
        "drill_id": drill_id,
        "event_id": event_id,
        "seq": seq,
        "t": t,
        "post_id": post_id,
        "kind": get(data, "kind", "action") or "unknown",
        "text": get(data, "text"),
        "template_id": get(data, "template_id"),
        "route": get(data, "route"),
        "note": get(data, "note"),
        "tone_score": tone.get("score") if tone else None,
        "tone_findings": to_json(findings) if findings is not None else None,
    }
