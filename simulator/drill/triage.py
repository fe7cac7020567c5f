"""What one person at a care desk can do, and which posts they must not miss.

The game is only fair if a strong trainee can handle the posts that matter at a human pace, so
the pace is written down once, here: reading about 250 words a minute, typing about 40, a few
seconds to decide what a post needs, a little longer to fill in the escalation dialog. The
`human` bot plays at exactly this pace, and `preview`/`validate` use it to say whether a scenario
is within one person's reach.

"Important" is what a care lead would triage first: scripted storyline posts, anything a team
must see (an expected route), a post that crossed the reach threshold, and anything severe.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

READ_WPM = 250.0
TYPE_WPM = 40.0
DECIDE_S = 4.0  # to see what a post needs and pick a move
ESCALATE_S = 10.0  # the escalation dialog: pick the team, write a one-line note
TEMPLATE_S = 8.0  # to pick an approved template and personalise its {detail}
SEVERE = 4  # severity at or above which a post is important whatever else


def words(text: str) -> int:
    return len(text.split())


def reading_s(text: str) -> float:
    return words(text) / READ_WPM * 60.0


def typing_s(text: str) -> float:
    return words(text) / TYPE_WPM * 60.0


def handling_s(post_text: str, reply: str | None, *, template: bool, escalate: bool) -> float:
    """Seconds one person spends on a post: read it, decide, answer (typed, or a template
    personalised), escalate. Replies typed in full are the slow part: 40 words take a minute."""
    seconds = reading_s(post_text) + DECIDE_S
    if reply is not None:
        seconds += TEMPLATE_S if template else typing_s(reply)
    if escalate:
        seconds += ESCALATE_S
    return seconds


def important(post: Mapping[str, Any]) -> bool:
    """A post a care lead would not let anyone miss (from its `post_arrived` data)."""
    route = post.get("expected_route") or "none"
    return (post.get("source") == "scripted" or route != "none"
            or int(post.get("severity") or 0) >= SEVERE)
