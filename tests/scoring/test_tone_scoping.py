"""Penalties scoped to the brand's own words: not in quotes, not when negated, not in another
sense of the word, not on a denial the facts confirm; promises checked against the facts.

Each case is a pair: the same words used the harmful way fire the rule (with its span), used
the harmless way they do not.
"""

from __future__ import annotations

import pytest

from scoring.tone import ReplyContext, score_reply

CTX = ReplyContext(
    post_text="Bought trainers at StrideSport Bullring, the sole peeled off. The lad at the till "
              "said 'not our problem'. Want my £95 back.",
    customer_name="Karen Hall", customer_handle="@khall", brand="StrideSport",
    facts=("Products with a fault within 6 months are refunded or replaced in store.",
           "Our systems were not breached; no card data was exposed."),
)

# (rule, harmful reply, its evidence, the same words used harmlessly)
SCOPED = [
    # quotes: the customer's or the staff's words, quoted to apologise for them
    ("blame", "It's not our problem, the sole is wear and tear.", "It's not our problem",
     "Karen, I'm sorry our colleague said 'not our problem': it is, and that was wrong."),
    ("blame", "That's not our problem.", "not our problem",
     "Karen, I'm sorry you were told “that's not our problem”. It was wrong of us."),
    ("insult", "Stop being an idiot about a pair of shoes.", "idiot",
     "I'm sorry he called your complaint \"idiot stuff\"; nobody should speak to you like that."),
    # negation
    ("blame", "That's your fault for running in them.", "your fault",
     "Karen, this is not your fault: a sole peeling after two runs is a fault."),
    ("bossy", "You should keep the receipt next time.", "You should",
     "You shouldn't have to travel 20 km back to the store for this."),
    ("public_personal_data", "Please post your card number so we can refund you.",
     "post your card number", "Please never post your card number or password publicly."),
    ("false_reassurance", "It's probably nothing serious.", "probably nothing serious",
     "I can't say it's nothing serious until our team has looked at it."),
    # word sense
    ("insult", "You're so entitled.", "entitled",
     "Here's what you're entitled to: a refund or a replacement, in store."),
    ("insult", "Your complaint is ridiculous.", "Your complaint is ridiculous",
     "A sole peeling off after two runs is ridiculous, and I'm sorry."),
    ("censoring", "We've reported your post.", "We've reported your post",
     "I've reported it to our product safety team."),
    ("censoring", "Posts like this will be removed.", "will be removed",
     "This will be reported to the Bullring store manager today."),
    # denials the facts confirm
    ("risky_admission", "We were hacked on Monday.", "were hacked",
     "We have not been hacked: no card data was exposed."),
    ("risky_admission", "Card data was leaked.", "leaked",
     "No card data was leaked or exposed."),
    # promises against the facts
    ("risky_promise", "We'll give you a free pair for life.", "give you",
     "You can have a refund of the £95 in store."),
    ("risky_promise", "It's on us: we'll upgrade you to the premium model.", "on us",
     "A faulty pair within 6 months is refunded or replaced in store."),
    ("risky_promise", "We guarantee this will never happen again.", "guarantee",
     "We can't guarantee a date yet, but I've asked the store to call you."),
]


@pytest.mark.parametrize(("rule", "harmful", "evidence", "harmless"), SCOPED,
                         ids=[f"{s[0]}-{i}" for i, s in enumerate(SCOPED)])
def test_penalty_fires_on_the_harm_and_not_on_the_harmless_use(
    rule: str, harmful: str, evidence: str, harmless: str
) -> None:
    bad = score_reply(harmful, CTX)
    assert bad.finding(rule) is not None, [f.rule for f in bad.findings]
    assert evidence.lower() in (bad.evidence(rule) or "").lower()
    good = score_reply(harmless, CTX)
    assert good.finding(rule) is None, good.evidence(rule)


def test_a_promise_the_facts_offer_is_fine_and_one_they_dont_is_not() -> None:
    no_facts = ReplyContext(customer_name="Karen Hall")
    reply = "Karen, take them back to the store for a refund."
    assert score_reply(reply, CTX).finding("risky_promise") is None
    assert score_reply(reply, no_facts).evidence("risky_promise") == "refund"


def test_a_guessed_cause_is_speculation_even_when_a_fact_covers_the_topic() -> None:
    """A hedge is a guess whatever the facts say; a plain cause is fine when a fact gives it."""
    hedged = score_reply("It's most likely a faulty batch of soles.", CTX)
    assert hedged.finding("speculation") is not None
    plain = score_reply("Products with a fault within 6 months are refunded in store.", CTX)
    assert plain.finding("speculation") is None


def test_quoted_insults_cost_nothing_but_the_reply_still_earns_its_credits() -> None:
    reply = ("Karen, I'm sorry our colleague said it was 'not our problem' – that was wrong. "
             "I've told the Bullring manager, and a refund of the £95 is waiting for you in store.")
    report = score_reply(reply, CTX)
    assert not [f for f in report.findings if f.points < 0]
    assert report.score >= 80
