"""The scorer's data: what a reply answers (`ReplyContext`), what it earned (`Finding`), the result.

Plain frozen dataclasses so the engine, the store and the debrief can pass them around and turn
them into JSON without knowing how the rules work.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NotRequired, TypedDict


@dataclass(frozen=True, slots=True)
class ReplyContext:
    """What a reply answers and where it goes. Every field has a default so tests and the CLI can
    score a bare text; the more of it is known, the more rules can judge the reply in context.

    `severity` is the scenario's 1 (mild) to 5 (severe); `safety` says the post is about health,
    injury, a gas smell, a child alone, a death or a hacked account (the engine sets it for posts
    that must go to a safety or security team; the scorer also recognises such posts by their
    words). `statement_out` says whether an official statement has been published (the engine
    knows; None when nobody does): pointing to it is what the guides ask of every other
    conversation, and "see our statement" before there is one points to nothing.
    """

    post_text: str = ""
    customer_name: str = ""
    customer_handle: str = ""
    channel: str = ""
    max_length: int | None = None
    hashtag: str = ""
    info_link: str = ""
    brand: str = ""
    facts: tuple[str, ...] = ()
    template_text: str | None = None
    action: str = "reply"
    severity: int = 2
    safety: bool = False
    statement_out: bool | None = None


class FindingData(TypedDict):
    """A `Finding` as JSON (`Finding.to_dict`): in every logged reply's tone, in the store's
    `tone_findings` and in exports. `evidence` is the reply's text under `span`, when known."""

    rule: str
    label: str
    points: int
    span: list[int] | None
    guidance: str
    evidence: NotRequired[str]


class ToneData(TypedDict):
    """A `ToneReport` as JSON (`ToneReport.to_dict`): the `tone` of a logged action."""

    score: int
    findings: list[FindingData]


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    label: str
    points: int
    span: tuple[int, int] | None
    guidance: str

    def to_dict(self, text: str | None = None) -> FindingData:
        data: FindingData = {
            "rule": self.rule,
            "label": self.label,
            "points": self.points,
            "span": list(self.span) if self.span else None,
            "guidance": self.guidance,
        }
        if text is not None and self.span:
            data["evidence"] = text[self.span[0] : self.span[1]]
        return data


@dataclass(frozen=True, slots=True)
class ToneReport:
    score: int
    findings: tuple[Finding, ...]
    text: str = field(default="", repr=False)

    def finding(self, rule: str) -> Finding | None:
        """The finding for `rule`, if it fired (tests and the debrief ask this a lot)."""
        for item in self.findings:
            if item.rule == rule:
                return item
        return None

    def evidence(self, rule: str) -> str | None:
        item = self.finding(rule)
        if item is None or item.span is None:
            return None
        return self.text[item.span[0] : item.span[1]]

    def to_dict(self) -> ToneData:
        return {"score": self.score, "findings": [f.to_dict(self.text) for f in self.findings]}


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    label: str
    points: int
    guidance: str
    family: str
