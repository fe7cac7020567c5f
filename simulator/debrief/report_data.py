"""The debrief as data: JSON (everything) and CSV (one row per post) for scripts and spreadsheets.

CSV cells that a spreadsheet would run as a formula (text starting with `=`, `+`, `-`, `@`, a tab
or a carriage return: OWASP's "CSV injection" list) get a leading `'`, and every field is quoted,
so a reply like `=HYPERLINK("http://evil","click")` opens as the text the trainee typed.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from scoring.guidance import GUIDANCE
from simulator import spreadsheet
from simulator.debrief.model import Debrief, DebriefPost

JSON_FORMAT_VERSION = 1

CSV_COLUMNS: tuple[str, ...] = (
    "drill_id", "trainee", "post_id", "arrived_s", "channel", "author_handle", "author_name",
    "author_kind", "followers", "kind", "severity", "post_text", "needs_reply", "target_s",
    "expected_route", "expected", "handled", "replies", "tone_findings", "response_s", "speed",
    "tone", "escalation", "escalated_to", "threshold_s", "likes", "shares", "comments",
    "composite", "ghost_trainee", "ghost_response_s", "ghost_handled", "ghost_reply",
)


GUIDE_FIELDS = ("guidance_title", "guidance_quote", "guidance_source")


def render_json(debrief: Debrief) -> str:
    """Everything, with each finding naming its guidance id; the quotes are listed once."""
    data = {"format_version": JSON_FORMAT_VERSION, **debrief.to_dict()}
    used: set[str] = set()

    def strip(actions: list[dict[str, Any]]) -> None:
        for action in actions:
            for finding in action.get("findings", ()):
                if finding.get("guidance"):
                    used.add(finding["guidance"])
                for name in GUIDE_FIELDS:
                    finding.pop(name, None)

    for post in data["posts"]:
        strip(post["handling"])
        if post.get("ghost"):
            strip(post["ghost"]["actions"])
    used.update(lesson["guidance"] for lesson in data["lessons"])
    data["guidance"] = {key: GUIDANCE[key].to_dict() for key in sorted(used) if key in GUIDANCE}
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _round(value: float | None) -> float | str:
    return "" if value is None else round(value, 2)


def post_row(debrief: Debrief, post: DebriefPost) -> dict[str, Any]:
    replies = post.replies
    ghost = post.ghost
    ghost_reply = next((h.text for h in ghost.actions if h.text), None) if ghost else None
    return {
        "drill_id": debrief.drill.id, "trainee": debrief.drill.trainee,
        "post_id": post.post_id, "arrived_s": post.arrived_t, "channel": post.channel,
        "author_handle": post.author_handle, "author_name": post.author_name,
        "author_kind": post.author_kind, "followers": post.followers, "kind": post.kind,
        "severity": post.severity, "post_text": post.text, "needs_reply": post.needs_reply,
        "target_s": post.target_s, "expected_route": post.expected_route,
        "expected": post.expected, "handled": post.handled,
        "replies": "\n".join(h.text or "" for h in replies),
        "tone_findings": "; ".join(
            f"{f.rule} ({f.points:+d})" for h in replies for f in h.findings),
        "response_s": _round(post.response_s), "speed": _round(post.speed),
        "tone": _round(post.tone), "escalation": post.escalation,
        "escalated_to": " ".join(post.escalated_to),
        "threshold_s": _round(post.threshold_t), "likes": post.likes, "shares": post.shares,
        "comments": post.comments, "composite": _round(post.composite),
        "ghost_trainee": ghost.trainee if ghost else None,
        "ghost_response_s": _round(ghost.response_s) if ghost else None,
        "ghost_handled": ghost.summary if ghost else None,
        "ghost_reply": ghost_reply,
    }


def render_csv(debrief: Debrief, columns: Sequence[str] = CSV_COLUMNS) -> str:
    rows = (post_row(debrief, post) for post in debrief.posts)
    return spreadsheet.render_csv(columns, ([row[name] for name in columns] for row in rows))
