"""Tone of one public reply, 0-100, read in the context of the post it answers.

Every point is a named finding with the evidence span and the seed guidance it comes from, and
the score is deterministic. The rules, by family, are listed in `scoring.tone.rules`; the
rubric they try to reproduce is docs/tone-rubric.md and how well they do is in docs/scoring.md.

Importing this package compiles nothing: patterns are compiled on first use, so commands that
never score a reply start fast.
"""

from scoring.tone.model import Finding, ReplyContext, Rule, ToneReport
from scoring.tone.rules import BASE, GENERIC_CAP, RULES, STOCK_CAP
from scoring.tone.score import clear_caches, score_hide, score_reply, unfilled_placeholder
from scoring.tone.sentiment import vader_compound

__all__ = [
    "BASE",
    "GENERIC_CAP",
    "RULES",
    "STOCK_CAP",
    "Finding",
    "ReplyContext",
    "Rule",
    "ToneReport",
    "clear_caches",
    "score_hide",
    "score_reply",
    "unfilled_placeholder",
    "vader_compound",
]
