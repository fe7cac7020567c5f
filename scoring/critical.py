"""Critical errors: the handful of mistakes a care-desk QA scorecard fails a contact for, whatever
else went well.

The seed guides ask a desk not to be rude or argue, to keep personal data out of public view,
not to censor complaints, and to escalate by clear criteria (the `GUIDANCE` entries quote
them).
A drill average hides those: a reply that insults a customer within seconds used to score as a
fast answer. So each of these zeroes the post it happened on and makes the drill "not passed",
and the summary and debrief name it where it happened:

| kind                    | what happened                                                  |
|-------------------------|----------------------------------------------------------------|
| `insult`                | a reply insulted or swore at the customer                      |
| `hostile`               | a reply scoring under 40 dismissed or blamed the customer      |
| `public_personal_data`  | a public reply asked for private data (card, password...)      |
| `exposes_personal_data` | a public reply showed someone's personal data                  |
| `hidden`                | the complaint was hidden or deleted (censoring)                |
| `missed_safety`         | a post for the safety or security team was never escalated     |

Replies are judged by their tone findings: `insult` or `profanity`; `dismissal` or `blame`
("Calm down", "you should have read the terms") in a reply that is hostile as a whole.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# Routes whose posts are about someone's safety or security: missing one is critical.
SAFETY_ROUTES = frozenset({"safety", "security", "staff-safety"})

# Tone rules whose finding on a reply is a critical error of that kind.
CRITICAL_RULES: dict[str, str] = {
    "insult": "insult", "profanity": "insult",
    "public_personal_data": "public_personal_data",
    "exposes_personal_data": "exposes_personal_data",
}
# Rules that are critical only in a reply that is hostile as a whole (scores under HOSTILE_BELOW):
# a good reply with one clumsy "calm" in it is a tone lesson, "Calm down. Deal with it." is not.
HOSTILE_RULES = frozenset({"dismissal", "blame"})
HOSTILE_BELOW = 40
LABELS: dict[str, str] = {
    "insult": "Insulted or swore at the customer",
    "hostile": "Dismissed or blamed the customer",
    "public_personal_data": "Asked for private data in public",
    "exposes_personal_data": "Showed personal data in public",
    "hidden": "Hid the complaint (censoring)",
    "missed_safety": "Never escalated a safety or security matter",
}
# Where each kind traces back to in the seed guidance (scoring.guidance keys).
GUIDANCE: dict[str, str] = {
    "insult": "not_rude", "hostile": "not_rude", "public_personal_data": "public_nature",
    "exposes_personal_data": "public_nature", "hidden": "no_censoring",
    "missed_safety": "escalate",
}


@dataclass(frozen=True, slots=True)
class CriticalError:
    post_id: str
    kind: str

    @property
    def label(self) -> str:
        return LABELS[self.kind]

    @property
    def guidance(self) -> str:
        return GUIDANCE[self.kind]

    def to_dict(self) -> dict[str, Any]:
        return {"post_id": self.post_id, "kind": self.kind, "label": self.label,
                "guidance": self.guidance}


def reply_errors(rules: set[str] | frozenset[str], score: int) -> tuple[str, ...]:
    """The critical kinds one reply commits, from its tone findings' rule ids and its score."""
    kinds = {CRITICAL_RULES[rule] for rule in rules if rule in CRITICAL_RULES}
    if rules & HOSTILE_RULES and score < HOSTILE_BELOW:
        kinds.add("hostile")
    return tuple(kind for kind in LABELS if kind in kinds)


def critical_errors(post_id: str, reply_kinds: tuple[str, ...], hidden: bool,
                    expected_route: str | None, escalated: bool) -> tuple[CriticalError, ...]:
    """The critical errors on one post, each kind once, in the table's order. `reply_kinds`
    are what its replies committed (`reply_errors`)."""
    kinds = [kind for kind in LABELS if kind in reply_kinds]
    if hidden:
        kinds.append("hidden")
    if expected_route in SAFETY_ROUTES and not escalated:
        kinds.append("missed_safety")
    return tuple(CriticalError(post_id, kind) for kind in kinds)
