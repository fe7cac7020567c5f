"""An official statement's score: the holding message and its updates, against the guides' rubric.

A statement is not a reply: it answers nobody in particular, goes out on the brand's official
channel under the hashtag, and every other conversation points to it. The guides ask it to say
what is known, what is being done, what people should do now, and when and where the next update
comes, and nothing beyond the facts. Each element is worth fixed points (`ELEMENTS`, 100 in
all); a claim beyond the facts, a guess at the cause, blame, sarcasm or cheer about a serious
matter takes points off (`FAULTS`). The evidence is found by the tone scorer's own rules (the
same phrases credit "says what has been done" in a reply), so a statement and a reply that say
the same thing get the same credit for it.

Pure: the caller passes the scenario's facts, hashtag and link; nothing here knows the engine.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TypedDict

from scoring.tone import ReplyContext, score_reply
from scoring.tone.model import Finding


class MissingData(TypedDict):
    """An element a statement lacked, as JSON (in `StatementReportData.missing`)."""

    id: str
    label: str
    points: int
    guidance: str
    advice: str  # `Element.missing`: what to tell the trainee


class FaultData(TypedDict):
    """A fault that cost a statement points, as JSON (in `StatementReportData.faults`)."""

    rule: str
    label: str
    points: int  # negative
    span: list[int] | None


class StatementReportData(TypedDict):
    """A `StatementReport` as JSON (`StatementReport.to_dict`): the `report` of a logged
    `statement` event."""

    score: int
    present: list[str]
    missing: list[MissingData]
    faults: list[FaultData]


@dataclass(frozen=True, slots=True)
class Element:
    id: str
    label: str
    points: int
    guidance: str  # scoring.guidance key
    missing: str  # what to tell the trainee when it is absent


ELEMENTS: tuple[Element, ...] = (
    Element("known", "Says what is known (a confirmed fact)", 25, "stick_to_facts",
            "Say what is known: one confirmed fact, in plain words."),
    Element("doing", "Says what is being done", 20, "ownership",
            "Say what the company is doing about it right now."),
    Element("do_now", "Tells people what to do now", 20, "offer_instructions",
            "Tell people what to do now (stop using it, check this, contact us there)."),
    Element("next_update", "Says when the next update comes", 15, "holding_message",
            "Say when the next update comes (\"next update by 3 pm\")."),
    Element("hashtag", "Carries the official hashtag", 10, "one_platform",
            "Put the official hashtag in it, so every update is found in one place."),
    Element("link", "Links the official update page", 10, "one_platform",
            "Link the official update page."),
)
# Tone rules whose finding on a statement is a fault, and the points it costs.
FAULTS: dict[str, int] = {
    "risky_promise": 25, "risky_admission": 25, "speculation": 25, "false_reassurance": 25,
    "blame": 25, "defensive": 15, "stonewalling": 20, "sarcasm": 20, "levity": 15,
    "shouting": 10, "template_unfilled": 30, "insult": 50, "profanity": 50,
    "exposes_personal_data": 50,
}
# What each element is evidenced by among the tone scorer's findings.
_EVIDENCE: dict[str, tuple[str, ...]] = {
    "known": ("stated_fact",),
    "doing": ("action_taken",),
    "do_now": ("next_step", "safety_step"),
}
_NEXT_UPDATE = re.compile(
    r"\b(?:next|further|another|more|new)\s+(?:update|statement|information|news)\b"
    r"|\b(?:update|updates|post again|be back)\b[^.!?]{0,40}\b(?:by|at|in|within|before|every)\b"
    r"\s+\S*\d|\b(?:update|updates)\b[^.!?]{0,40}\b(?:by|at|within|before)\s+(?:noon|midnight|"
    r"tonight|tomorrow|the end of the day|end of day)\b",
    re.IGNORECASE,
)
# "We are investigating", "our engineers are restoring", "extra drivers are clearing the
# backlog": who is acting (the company, or its people named by their work) and the act.
_DOING = re.compile(
    r"\b(?:we(?:'re| are| have| 've)|(?:our\s+|extra\s+|more\s+)?(?:[a-z-]+\s+){0,3}(?:team|"
    r"teams|staff|engineers|people|experts|crews|drivers|technicians|inspectors|investigators)"
    r"\s+(?:is|are|have))\s+(?:now\s+|already\s+)?(?:investigating|working|looking into|"
    r"checking|testing|contacting|fixing|restoring|reviewing|recalling|pulled|paused|stopped|"
    r"removed|withdrawn|suspended|closed|launched|opened|clearing|sorting|rolling out|moving|"
    r"replacing|inspecting|helping|supporting|calling|sending|rebooking|refunding|tracing)\b",
    re.IGNORECASE,
)
_DO_NOW = re.compile(
    r"\b(?:please|do not|don't|stop|check|keep|avoid|contact|call|return|bring|bin|throw)\b"
    r"[^.!?]{0,60}",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class StatementReport:
    score: int
    present: tuple[str, ...]  # element ids found
    missing: tuple[Element, ...]
    faults: tuple[Finding, ...]  # tone findings that cost points here
    text: str

    def to_dict(self) -> StatementReportData:
        return {
            "score": self.score,
            "present": list(self.present),
            "missing": [{"id": e.id, "label": e.label, "points": e.points,
                         "guidance": e.guidance, "advice": e.missing} for e in self.missing],
            "faults": [{"rule": f.rule, "label": f.label, "points": -FAULTS[f.rule],
                        "span": list(f.span) if f.span else None} for f in self.faults],
        }


def score_statement(text: str, *, facts: tuple[str, ...] = (), hashtag: str = "",
                    info_link: str = "", brand: str = "", severity: int = 3) -> StatementReport:
    """Score one official statement (holding message or update) against `ELEMENTS`."""
    if not text.strip():
        return StatementReport(0, (), ELEMENTS, (), text)
    ctx = ReplyContext(facts=facts, hashtag=hashtag, info_link=info_link, brand=brand,
                       action="statement", severity=severity)
    tone = score_reply(text, ctx)
    rules = {f.rule for f in tone.findings}
    low = text.casefold()
    present = []
    for element in ELEMENTS:
        evidence = _EVIDENCE.get(element.id, ())
        found = any(rule in rules for rule in evidence)
        if element.id == "doing" and not found:
            found = _DOING.search(text) is not None
        elif element.id == "do_now" and not found:
            found = _DO_NOW.search(text) is not None
        elif element.id == "next_update":
            found = _NEXT_UPDATE.search(text) is not None
        elif element.id == "hashtag":
            found = bool(hashtag.strip()) and hashtag.strip().casefold() in low
        elif element.id == "link":
            bare = re.sub(r"^(?:https?://)?(?:www\.)?", "", info_link.strip().casefold())
            found = bool(bare) and bare.rstrip("/") in low
        if found:
            present.append(element.id)
    faults = tuple(f for f in tone.findings if f.rule in FAULTS)
    earned = sum(e.points for e in ELEMENTS if e.id in present)
    total = earned - sum(FAULTS[f.rule] for f in faults)
    return StatementReport(max(0, min(100, total)), tuple(present),
                           tuple(e for e in ELEMENTS if e.id not in present), faults, text)
