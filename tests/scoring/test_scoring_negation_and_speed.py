"""Declined promises are not promises, and the scorer's speed-ups never change a result.

The speed-ups (name matching with `str.find` instead of a regex per customer, and remembering the
context-free part of each distinct text) are checked against the plain regex they replace, on
hand-picked Unicode traps and on Hypothesis-generated text.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scoring.tone import ReplyContext, clear_caches, score_reply
from scoring.tone.context import personalisation
from scoring.tone.text import lowered

JANE = ReplyContext(customer_name="Jane Miller", customer_handle="@janem")

DECLINED = [
    "I can't promise a refund yet, but we're looking into it.",
    "We cannot guarantee it will never happen again.",
    "We won't promise anything we can't keep.",
    "I can’t promise that, sorry.",  # a phone's curly apostrophe
    "We can't make any promises yet.",
    "No guarantees, we're still checking.",
    "We're not able to promise a refund today.",
    "Straße closures: we cannot guarantee a delivery time.",  # folding changes the length
]


@pytest.mark.parametrize("reply", DECLINED)
def test_declining_to_promise_is_not_a_risky_promise(reply: str) -> None:
    assert score_reply(reply, JANE).finding("risky_promise") is None


@pytest.mark.parametrize(
    ("reply", "evidence", "span"),
    [
        ("We promise a full refund.", "We promise", (0, 10)),
        ("We can't promise a refund, but we'll give you a voucher.", "we'll give you", (31, 45)),
        ("We cannot guarantee delivery. Free dessert for a year.", "Free dessert for a year",
         (30, 53)),
        ("I'm not able to promise a refund; we will refund you though.", "refund", (42, 48)),
    ],
)
def test_a_promise_outside_the_declined_clause_still_counts(
    reply: str, evidence: str, span: tuple[int, int]
) -> None:
    report = score_reply(reply, JANE)
    promise = report.finding("risky_promise")
    assert promise is not None and promise.span == span
    assert report.evidence("risky_promise") == evidence


def test_declining_scores_above_promising() -> None:
    declined = score_reply("Sorry Jane, we can't promise a refund, but we're checking now.", JANE)
    promised = score_reply("Sorry Jane, we promise a refund, and we're checking now.", JANE)
    assert declined.score - promised.score >= 15


def _regex_span(literal: str, text: str) -> tuple[int, int] | None:
    """The reference: the literal as a word of its own in the lowered reply."""
    pattern = r"(?<!\w)" + re.escape(lowered(literal)) + r"(?!\w)"
    match = re.search(pattern, lowered(text))
    return match.span() if match else None


def _fast_span(literal: str, text: str) -> tuple[int, int] | None:
    ctx = ReplyContext(customer_name=literal)
    return personalisation(text, lowered(text), ctx)


@pytest.mark.parametrize(
    ("literal", "text"),
    [
        ("Kate", "Hi \u212aate, sorry."),  # Kelvin sign: lowers to "k"
        ("Isla", "Hi \u0131sla!"),  # dotless i
        ("Ida", "\u0130da, sorry"),  # capital I with dot: lowering adds a character
        ("Jane", "Janet and Jane"),  # a name inside a longer word is skipped
        ("Jane", "Jane_x, then JANE."),
        ("José", "hola JOSÉ"),
    ],
)
def test_name_search_matches_the_regex_on_unicode_traps(literal: str, text: str) -> None:
    assert _fast_span(literal, text) == _regex_span(literal, text)


_TRICKY = st.sampled_from(list("aAjJnNeEkKsSiI_ -.,@0\u212a\u0131\u017f\u0130ßéÉ–’"))


@settings(max_examples=300, deadline=None)
@given(literal=st.text(_TRICKY, min_size=2, max_size=5).filter(lambda s: " " not in s.strip()
                                                              and s.strip() == s),
       text=st.text(_TRICKY, max_size=30))
def test_name_search_matches_the_regex(literal: str, text: str) -> None:
    assert _fast_span(literal, text) == _regex_span(literal, text)


def test_remembered_text_does_not_leak_context() -> None:
    """The same words sent to two customers, with and without facts, are judged on each context."""
    reply = "Sorry Jane, the Leeds outage delayed your order; refunds are available."
    facts = ("A delivery system outage delayed orders in Leeds.", "Refunds are available.")
    to_jane = score_reply(reply, ReplyContext(customer_name="Jane Miller", facts=facts))
    to_bob = score_reply(reply, ReplyContext(customer_name="Bob Stone"))
    assert to_jane.finding("personalisation") is not None
    assert to_jane.finding("risky_promise") is None
    assert to_bob.finding("personalisation") is None
    assert to_bob.evidence("risky_promise") == "refunds"
    clear_caches()
    assert score_reply(reply, ReplyContext(customer_name="Bob Stone")) == to_bob
