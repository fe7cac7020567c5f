"""Tone rules: each credit and penalty fires on its evidence (asserted by span text), and only
there; the score is BASE plus the findings, clamped, and any text is accepted."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scoring.guidance import GUIDANCE
from scoring.tone import BASE, GENERIC_CAP, RULES, ReplyContext, score_hide, score_reply
from scoring.tone.rules import STOCK, STOCK_CAP

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO.parent / "shared" / "seeds"

JANE = ReplyContext(
    post_text="@cluckers my order #48213 from the Leeds branch is 90 minutes late and nobody "
              "answers the phone. Useless.",
    customer_name="Jane Miller",
    customer_handle="@janem",
    channel="x",
    max_length=280,
    brand="Cluckers",
    hashtag="#CluckersUpdate",
    info_link="https://cluckers.example/update",
    facts=(
        "Some orders in Leeds were delayed on Saturday because of a delivery system outage.",
        "Refunds are available for orders that arrived more than 60 minutes late.",
    ),
)
GAS = ReplyContext(
    post_text="Strong smell of gas in my kitchen since I got home, worse near the boiler.",
    customer_name="Mia Patel", customer_handle="@miap", brand="Northgrid",
    facts=("The gas emergency line is 0800 111 999, open 24 hours.",),
)

# (rule, reply, the evidence the finding must point at), scored in JANE's context
FIRES = [
    ("post_specifics", "Jane, order #48213 left the kitchen at 6pm.", "order"),
    ("action_taken", "Jane, I've chased the Leeds kitchen about it.", "I've chased"),
    ("action_taken", "A new driver is on the way to you now.", "is on the way"),
    ("next_step", "We'll call you back within the hour.", "We'll call"),
    ("next_step", "You'll get an email with the details.", "You'll get"),
    ("time_frame", "The driver will be with you by 7pm.", "by 7pm"),
    ("stated_fact", "A delivery system outage delayed some orders in Leeds on Saturday.",
     "delivery system outage delayed some orders in Leeds"),
    ("official_channel", "Updates are on #CluckersUpdate.", "#CluckersUpdate"),
    ("official_channel", "Live updates: cluckers.example/update", "cluckers.example/update"),
    ("personalisation", "Sorry Jane, that's far too long.", "Jane"),
    ("apology", "We're so sorry about the wait.", "so sorry"),
    ("empathy", "90 minutes with hungry kids must have been awful.", "must have been awful"),
    ("empathy", "You shouldn't have to chase us for this.", "You shouldn't have to"),
    ("acknowledgement", "Thanks for flagging this.", "Thanks"),
    ("ownership", "We got this wrong, and that's on us.", "We got this wrong"),
    ("dm_request", "Please DM us and we'll sort it.", "DM us"),
    ("courtesy", "Could you check the app for us?", "Could you"),
    ("greeting", "Hi Jane, sorry about this.", "Hi"),
    ("wrong_name", "Hi Sarah, sorry about order #48213.", "Sarah"),
    ("asks_given_info", "Sorry Jane, please DM us your order number.", "DM us your order number"),
    ("off_topic", "Sorry Jane, your flight refund for the cancelled booking is on its way.",
     "flight"),
    ("fauxpology", "We're sorry you feel that way about the delay.", "sorry you feel"),
    ("blame", "It's not our fault the driver couldn't find you.", "It's not our fault"),
    ("blame", "You should have read the delivery terms.", "You should have read"),
    ("defensive", "Our drivers are fully trained, so it is most likely your address.",
     "fully trained"),
    ("defensive", "No other customers have reported a problem tonight.",
     "No other customers have reported"),
    ("policy_recital", "As per our policy, late orders are not refunded.", "As per our policy"),
    ("stonewalling", "We do not comment on rumours.", "do not comment on rumours"),
    ("refusal", "Unfortunately we can't help with that. Have a nice evening.",
     "Unfortunately we can't help"),
    ("accusing_question", "Why didn't you call the branch?", "Why didn't you"),
    ("condescension", "Obviously the driver was busy.", "Obviously"),
    ("abrupt_opening", "Look, it's on its way.", "Look"),
    ("bossy", "You ought to order earlier next time.", "You ought to"),
    ("question_barrage", "What's your order? When did you order? Where do you live?",
     " When did you order?"),
    ("direct_question", "What is your address?", "What is your address?"),
    ("dismissal", "Calm down, it's only a delay.", "Calm down"),
    ("profanity", "That's crap service, sorry.", "crap"),
    ("insult", "You are being ridiculous about a late burger.", "You are being ridiculous"),
    ("insult", "Stop being an idiot.", "idiot"),
    ("risky_promise", "We guarantee this will never happen again.", "guarantee"),
    ("risky_promise", "Dinner tonight is on the house.", "on the house"),
    ("risky_admission", "The chicken was contaminated.", "contaminated"),
    ("speculation", "Sounds like a problem with the driver's app.", "Sounds like a"),
    ("speculation", "It's late because our kitchen team quit.", "because our kitchen team quit"),
    ("public_personal_data", "Please reply with your card number and expiry date.",
     "reply with your card number"),
    ("exposes_personal_data", "We've emailed jane.miller@gmail.com with the details.",
     "jane.miller@gmail.com"),
    ("censoring", "We have deleted your post.", "We have deleted your post"),
    ("censoring", "Posts like this will be removed.", "will be removed"),
    ("sarcasm", "Oh great, another complaint.", "Oh great"),
    ("shouting", "WE ARE DOING OUR BEST.", "DOING"),
    ("stuffing", "Sorry! Thanks! We understand! Apologies! DM us! Please! Hi Jane!",
     "Sorry! Thanks! We understand! Apologies! DM us! Please! Hi Jane!"),
    ("stuffing", "Updates: #CluckersUpdate #CluckersUpdate #CluckersUpdate",
     "Updates: #CluckersUpdate #CluckersUpdate #CluckersUpdate"),
    ("repetition", "We are sorry for the delay. We are sorry for the delay.",
     " We are sorry for the delay."),
    ("over_length", "Sorry Jane. " + "x" * 280, "x" * 12),
    ("template_unfilled", "Hi Jane, sorry about {detail}.", "{detail}"),
    ("too_short", "ok", "ok"),
]

RULES_WITH_OWN_TESTS = {
    "empty", "template_unpersonalised", "stock_cap", "generic_cap", "language_mismatch",
    "same_language", "safety_step", "no_safety_step", "levity", "false_reassurance",
    "points_to_statement",
}


def _evidence(report, rule: str) -> str | None:
    return report.evidence(rule)


@pytest.mark.parametrize(("rule", "reply", "evidence"), FIRES,
                         ids=[f"{f[0]}-{i}" for i, f in enumerate(FIRES)])
def test_rule_fires_on_its_evidence(rule: str, reply: str, evidence: str) -> None:
    report = score_reply(reply, JANE)
    found = report.finding(rule)
    assert found is not None, [f.rule for f in report.findings]
    assert found.guidance in GUIDANCE
    if rule == "over_length":
        assert found.span == (280, len(reply))
    else:
        assert evidence.lower() in (_evidence(report, rule) or "").lower()


def test_every_rule_has_an_example_or_a_test_of_its_own() -> None:
    assert set(RULES) <= {f[0] for f in FIRES} | RULES_WITH_OWN_TESTS


# Near misses: the rule must stay quiet.
QUIET = [
    ("blame", "It's not your fault: the outage held up every order in Leeds."),
    ("blame", "You should have been told about the delay, and I'm sorry you weren't."),
    ("bossy", "You shouldn't have to wait 90 minutes for dinner."),
    ("insult", "Waiting 90 minutes is ridiculous, and I'm sorry."),
    ("insult", "Here is what you're entitled to: a refund for the late order."),
    ("censoring", "I've reported it to our food safety team."),
    ("censoring", "This will be reported to the branch manager today."),
    ("risky_admission", "We have not been hacked, and no card data was leaked."),
    ("risky_promise", "A refund is available for orders more than 60 minutes late."),
    ("risky_promise", "I can't promise a time yet, but I've chased the kitchen."),
    ("public_personal_data", "Never share your card number or password with anyone."),
    ("public_personal_data", "Please DM us your address so we can send a replacement."),
    ("direct_question", "How can we help?"),
    ("abrupt_opening", "So sorry about this, Jane."),
    ("wrong_name", "Jane, sorry about the wait."),
    ("wrong_name", "Thanks, we're on it."),
    ("asks_given_info", "Jane, I've found order #48213 and chased it."),
    ("stuffing", "Hi Jane, I'm sorry about the wait. I've chased the kitchen and it's on its way."),
    ("repetition", "Sorry Jane. I've chased the kitchen. Your order is on its way."),
    ("speculation", "The delay was because of a delivery system outage in Leeds."),
]


@pytest.mark.parametrize(("rule", "reply"), QUIET, ids=[f"{q[0]}-{i}" for i, q in
                                                       enumerate(QUIET)])
def test_rule_stays_quiet_on_near_misses(rule: str, reply: str) -> None:
    report = score_reply(reply, JANE)
    assert report.finding(rule) is None, report.evidence(rule)


def test_the_issue_examples_rank_as_a_care_lead_would() -> None:
    """The replies the issue quotes: a natural, specific reply beats stock phrases and soup."""
    ctx = ReplyContext(post_text="my order 4471 never arrived and nobody answers",
                       customer_name="Jane Roe", customer_handle="@jroe",
                       facts=("Orders that never arrive are refunded in full.",))
    natural = score_reply("Jane, order 4471 left our depot Monday and is stuck at the courier. "
                          "I've chased them and you'll have it tomorrow, or a full refund.", ctx)
    stock = score_reply("Hi Jane, thanks for reaching out. We understand your frustration. "
                        "Please DM us and we'll look into it.", ctx)
    soup = score_reply("Sorry! Thanks! We understand! Apologies! DM us! Today! Please! Hi Jane!",
                       ctx)
    assert natural.score >= 85
    assert stock.score <= GENERIC_CAP
    assert not {"post_specifics", "action_taken", "stated_fact"} & {f.rule for f in stock.findings}
    assert soup.score < 30 and soup.finding("stuffing") is not None
    assert natural.score > stock.score > soup.score


def test_stock_phrases_are_capped_together() -> None:
    report = score_reply("Hi Jane, thanks so much, we're so sorry, we understand how frustrating "
                         "this is, and we'll look into it. Please DM us.", JANE)
    stock = sum(f.points for f in report.findings if f.rule in STOCK)
    cap = report.finding("stock_cap")
    assert stock > STOCK_CAP and cap is not None and cap.points == STOCK_CAP - stock


def test_generic_cap_is_lifted_by_anything_specific() -> None:
    generic = score_reply("Hi Jane, so sorry about this. We'll call you within the hour.", JANE)
    specific = score_reply("Hi Jane, so sorry about order #48213. We'll call you within the hour.",
                           JANE)
    assert generic.score <= GENERIC_CAP < specific.score


def test_template_sent_unpersonalised() -> None:
    template = "Hi {name}, thanks for writing about {detail}. Please DM us so we can help."
    ctx = ReplyContext(customer_name="Hannah", template_text=template)
    bare = score_reply("Hi Hannah, thanks for writing about . Please DM us so we can help.", ctx)
    filled = score_reply(
        "Hi Hannah, thanks for writing about the £25 fee. Please DM us so we can help.", ctx
    )
    assert bare.finding("template_unpersonalised") is not None
    assert filled.finding("template_unpersonalised") is None
    assert filled.score > bare.score


def test_template_without_detail_must_use_the_name() -> None:
    ctx = ReplyContext(customer_name="Sam", template_text="Sorry {name}, updates at {hashtag}.")
    assert score_reply("Sorry , updates at #X.", ctx).finding("template_unpersonalised")
    assert score_reply("Sorry Sam, updates at #X.", ctx).finding("template_unpersonalised") is None


def test_empty_reply_scores_zero() -> None:
    for text in ("", "   ", "\n\t"):
        report = score_reply(text)
        assert report.score == 0
        assert [f.rule for f in report.findings] == ["empty"]


def test_hide_is_censoring_and_scores_zero() -> None:
    report = score_hide(JANE)
    assert report.score == 0
    assert report.findings[0].rule == "censoring"
    assert report.findings[0].guidance == "no_censoring"


def test_score_is_base_plus_points_clamped() -> None:
    for reply in ("Sorry Jane, please DM us your order number.",
                  "Jane, I've chased order #48213: it's with you by 7pm. Updates: "
                  "#CluckersUpdate", "Calm down. Not our fault, idiot."):
        report = score_reply(reply, JANE)
        assert report.score == max(0, min(100, BASE + sum(f.points for f in report.findings)))


def test_each_rule_counts_once() -> None:
    once = score_reply("Calm down.")
    thrice = score_reply("Calm down, relax, calm down.")
    assert [f.rule for f in once.findings].count("dismissal") == 1
    assert [f.rule for f in thrice.findings].count("dismissal") == 1


def test_to_dict_is_json_with_evidence() -> None:
    report = score_reply("Sorry Jane, calm down.", JANE)
    data = json.loads(json.dumps(report.to_dict()))
    assert 0 <= data["score"] <= 100
    evidence = {f["rule"]: f.get("evidence") for f in data["findings"]}
    assert evidence["dismissal"] == "calm down"
    assert evidence["personalisation"] == "Jane"


def test_guidance_quotes_are_verbatim_from_the_seeds() -> None:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds not present")
    for guidance in GUIDANCE.values():
        seed = (SEEDS / guidance.source).read_text(encoding="utf-8")
        assert guidance.quote in seed, guidance.id
    assert {rule.guidance for rule in RULES.values()} <= set(GUIDANCE)


def test_every_rule_names_an_existing_family_module() -> None:
    families = {"context", "credit", "penalty", "stuffing", "mood", "form"}
    assert {rule.family for rule in RULES.values()} <= families


HOSTILE = [
    "",
    "x" * 10_000,
    "Sorry Jane " * 1_000,
    "😡😡😡 🙏🙏",
    "عذراً على التأخير، جين",
    "申し訳ございません。ご注文番号をDMでお送りください。",
    "[bold]sorry[/bold] <script>alert(1)</script> {detail}",
    "sorry\x00\x01\x1b[31m\r\n\u200b\u202e",
    "STRASSE Straße ﬁne İstanbul",  # lowering changes length here
    "\ud800",  # lone surrogate
    "'" * 500 + '"' * 500,
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_text_is_scored_without_error(text: str) -> None:
    for ctx in (JANE, GAS, ReplyContext(post_text=text, customer_name=text[:20])):
        report = score_reply(text, ctx)
        assert 0 <= report.score <= 100
        json.dumps(report.to_dict())
        for finding in report.findings:
            if finding.span:
                assert 0 <= finding.span[0] <= finding.span[1] <= len(text)


def test_curly_apostrophes_count_like_straight_ones() -> None:
    report = score_reply("Calm down, it’s not our fault you didn’t read the terms.")
    assert report.evidence("blame") == "it’s not our fault"


def test_markup_in_brackets_is_not_a_placeholder() -> None:
    assert score_reply("Sorry [sic], we'll DM you.").finding("template_unfilled") is None
    assert score_reply("Sorry [bold]Jane[/bold].").finding("template_unfilled") is None
    assert score_reply("Sorry [CUSTOMER NAME].").evidence("template_unfilled") == "[CUSTOMER NAME]"


def test_spans_stay_right_when_lowering_changes_length() -> None:
    text = "İstanbul is fine. Calm down, Jane."
    report = score_reply(text, JANE)
    assert report.evidence("dismissal") == "Calm down"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400), st.text(max_size=200))
def test_any_text_gives_a_valid_report(text: str, post: str) -> None:
    report = score_reply(text, ReplyContext(post_text=post, customer_name="Jane Miller"))
    assert 0 <= report.score <= 100
    for finding in report.findings:
        assert finding.rule in RULES
        if finding.span:
            assert 0 <= finding.span[0] <= finding.span[1] <= len(text)


def test_patterns_hold_no_capital_literals() -> None:
    """Rules match the lowered reply without IGNORECASE: a capital there would never match."""
    from scoring.tone import text as tone_text

    for phrases in tone_text._REGISTRY:
        for alternative in phrases.alternatives:
            literals = re.sub(r"\\[A-Za-z]", "", alternative)
            assert literals == literals.lower(), alternative


def test_docs_rule_table_matches_the_rules() -> None:
    doc = (REPO / "docs" / "scoring.md").read_text(encoding="utf-8")
    for rule in RULES.values():
        row = next((line for line in doc.splitlines() if line.startswith(f"| `{rule.id}` |")), None)
        assert row is not None, rule.id
        if rule.id not in ("empty", "stock_cap", "generic_cap"):
            assert f"| {rule.points:+d} |" in row, rule.id
        assert f"`{rule.guidance}`" in row, rule.id
        assert f"| {rule.family} |" in row, rule.id


PATHOLOGICAL = {
    "template gaps": "Hi Hannah, " + "x, " * 3000 + " thanks",
    "question without end": "what " + "you " * 2500,
    "repeated cue": "sorry " * 1700,
    "capitals": "ANGRY " * 1700,
    "braces": "{" * 10_000,
    "why": "why " * 2500,
    "quotes": "'a " * 3000,
    "asks": "send us your " * 800,
}


@pytest.mark.parametrize("text", PATHOLOGICAL.values(), ids=PATHOLOGICAL.keys())
def test_pathological_replies_do_not_backtrack(text: str) -> None:
    """No rule may go quadratic (or worse) on a long reply: the scorer runs inside the game loop.
    The bound is generous (a linear scorer takes ~50 ms here on a slow machine)."""
    import time

    ctx = ReplyContext(customer_name="Hannah", post_text=text,
                       template_text="Hi {name}, {detail} {hashtag} {info_link} thanks {detail}.")
    start = time.process_time()
    score_reply(text, ctx)
    assert time.process_time() - start < 2.0


def test_every_guide_is_shown_by_its_title_not_its_file_name() -> None:
    from scoring.guidance import source_title

    for guidance in GUIDANCE.values():
        title = source_title(guidance.source)
        assert title and not title.endswith(".txt"), guidance.source
        if SEEDS.is_dir():  # the title is the guide's own words
            words = title.split(", ")[-1].split()[:4]
            assert " ".join(words) in (SEEDS / guidance.source).read_text(encoding="utf-8")


def test_importing_the_scorer_compiles_nothing() -> None:
    """Every command imports the scorer; its ~500 patterns are compiled on first use only."""
    code = (
        "import scoring.tone as t\n"
        "from scoring.tone import text\n"
        "assert all(p._alternatives is None for p in text._REGISTRY), 'parsed at import'\n"
        "assert text._cue_index.cache_info().currsize == 0\n"
        "assert 'vaderSentiment' not in __import__('sys').modules\n"
        "t.score_reply('Sorry Jane, I have chased it.')\n"
        "assert any(c for p in text._REGISTRY for c in p._compiled)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_pointing_to_the_statement_is_credited_once_there_is_one() -> None:
    """The guides: point every other conversation to the one official update. Before any
    statement is out, "see our latest statement" points to nothing and earns nothing."""
    reply = "Hi Jane, I'm sorry about your order. Please see our latest statement."
    unknown = score_reply(reply, JANE)
    out = score_reply(reply, replace(JANE, statement_out=True))
    none_yet = score_reply(reply, replace(JANE, statement_out=False))
    assert out.finding("points_to_statement") is not None
    assert none_yet.finding("official_channel") is None
    assert out.score > unknown.score > none_yet.score
    # the hashtag or link itself is still the official place, statement or not
    tagged = "Hi Jane, sorry about your order. Updates: #CluckersUpdate"
    assert score_reply(tagged, replace(JANE, statement_out=False)).finding(
        "official_channel") is not None
