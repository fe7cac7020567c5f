"""Tone rules: each credit and penalty fires on its evidence (asserted by span text), and only
there."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scoring import tone
from scoring.guidance import GUIDANCE
from scoring.tone import BASE, RULES, ReplyContext, score_hide, score_reply, vader_compound

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"

JANE = ReplyContext(
    post_text="My order #48213 is 90 minutes late.",
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

# rule id, reply, expected evidence (the exact text the span must cover)
FIRES: list[tuple[str, str, str]] = [
    ("apology", "We're so sorry about the wait.", "so sorry"),
    ("apology", "We apologise for the delay.", "apologise"),
    ("acknowledgement", "Thanks for letting us know.", "Thanks"),
    ("acknowledgement", "You're right, that is too slow.", "You're right"),
    ("empathy", "That must be so frustrating after a long day.", "must be so frustrating"),
    ("empathy", "I completely understand how annoying this is.", "I completely understand how"),
    ("ownership", "We got this wrong and we'll put it right.", "We got this wrong"),
    ("ownership", "That's on us.", "That's on us"),
    ("personalisation", "Sorry about this, Jane.", "Jane"),
    ("personalisation", "Sorry about this @janem.", "@janem"),
    ("next_step", "Please DM us your order number.", "DM us"),
    ("next_step", "Details: https://example.com/help", "https://example.com/help"),
    ("time_frame", "We'll update you within 2 hours.", "within 2 hours"),
    ("time_frame", "A courier will call today.", "today"),
    ("official_channel", "Updates are on #CluckersUpdate.", "#CluckersUpdate"),
    ("official_channel", "See https://cluckers.example/update", "https://cluckers.example/update"),
    ("stated_fact", "A delivery system outage delayed some orders in Leeds.",
     "delivery system outage delayed some orders in Leeds"),
    ("courtesy", "Sorry. Could you send us your order number?", "Could you"),
    ("greeting", "Hi there, sorry about this.", "Hi"),
    ("fauxpology", "We're sorry you feel that way.", "sorry you feel"),
    ("fauxpology", "Sorry, but orders take time.", "Sorry, but"),
    ("blame", "It's not our fault you didn't read the terms.", "It's not our fault"),
    ("blame", "You should have ordered earlier.", "You should have"),
    ("blame", "As we already said, it's on its way.", "As we already said"),
    ("accusing_question", "Why didn't you call the store?", "Why didn't you"),
    ("condescension", "Actually, orders always take an hour.", "Actually"),
    ("abrupt_opening", "Look, orders take time.", "Look"),
    ("direct_question", "Sorry. What is your order number?", "What is your order number?"),
    ("bossy", "You need to order before 6pm.", "You need to"),
    ("question_barrage", "Which store? What time? Was it hot?", " What time?"),
    ("accusing_question", "Sorry. Why not order earlier?", "Why not order earlier?"),
    ("dismissal", "Calm down, it's on its way.", "Calm down"),
    ("dismissal", "Relax, these things happen.", "Relax"),
    ("sarcasm", "Oh great, another complaint. Good luck with that.", "Oh great"),
    ("shouting", "YOUR ORDER IS ON ITS WAY.", "YOUR"),
    ("shouting", "It is on its way!!!", "!!!"),
    ("profanity", "What the hell is this about?", "the hell"),
    ("insult", "Only an idiot would order at 7pm on a Saturday.", "idiot"),
    ("risky_promise", "We guarantee it will never happen again.", "We guarantee"),
    ("risky_promise", "We'll give you a voucher.", "voucher"),
    ("risky_admission", "It was salmonella from our kitchen.", "salmonella"),
    ("risky_admission", "It's late because the drivers went on strike.",
     "because the drivers went on strike"),
    ("template_unfilled", "Hi {name}, sorry about {detail}.", "{name}"),
    ("template_unfilled", "Hi [NAME], sorry about this.", "[NAME]"),
    ("censoring", "We've deleted your post.", "We've deleted"),
    ("too_short", "Noted.", "Noted."),
    # politeness strategies (Danescu-Niculescu-Mizil et al. 2013) added to existing rules
    ("accusing_question", "Isn't that in the email we sent?", "Isn't that in the email we sent?"),
    ("accusing_question", "Sorry. Don't you have the order number?",
     "Don't you have the order number?"),
    ("accusing_question", "Why not just order earlier next time.", "Why not"),
    ("condescension", "Honestly, the wait was short.", "Honestly"),
    ("condescension", "The truth is the driver was on time.", "The truth is"),
    ("condescension", "Sorry. Did you really wait an hour?", "Did you really"),
    ("courtesy", "Would it be possible to DM us your order number?", "Would it be possible"),
    ("courtesy", "Jane, we were wondering whether the courier called.", "we were wondering"),
    ("courtesy", "Sorry about that. We'd suggest checking the tracking page.", "We'd suggest"),
    ("courtesy", "Any thoughts on the new menu are welcome.", "Any thoughts"),
    ("acknowledgement", "Good catch, the link was broken.", "Good catch"),
    ("acknowledgement", "Well done for spotting it.", "Well done"),
    ("direct_question", "Sorry. When did it arrive?", "When did it arrive?"),
]


@pytest.mark.parametrize(("rule", "reply", "evidence"), FIRES, ids=[f[0] for f in FIRES])
def test_rule_fires_on_its_evidence(rule: str, reply: str, evidence: str) -> None:
    report = score_reply(reply, JANE)
    finding = report.finding(rule)
    assert finding is not None, [f.rule for f in report.findings]
    assert report.evidence(rule) == evidence
    assert finding.points == RULES[rule].points
    assert finding.guidance in GUIDANCE


def test_every_rule_has_a_firing_example() -> None:
    covered = {rule for rule, _, _ in FIRES} | {"over_length", "template_unpersonalised",
                                                "empty", "sentiment"}
    assert covered == set(RULES)


# rule id, reply that must NOT trigger it (near misses the rules must tell apart)
QUIET: list[tuple[str, str]] = [
    ("risky_admission", "It's not our fault you didn't read the terms."),  # blame, not admission
    ("risky_promise", "Refunds are available for orders over 60 minutes late."),  # a stated fact
    ("risky_admission", "The delay is because of a delivery system outage in Leeds."),  # stated
    ("blame", "We should have told you sooner."),  # ownership, not blame
    ("apology", "Sorry you feel that way."),  # a fauxpology earns no apology
    ("acknowledgement", "Thanks for nothing."),  # sarcasm earns no thanks
    ("abrupt_opening", "So sorry about this, Jane."),
    ("shouting", "Please DM us via the FAQ page or ASAP."),  # acronyms are not shouting
    ("shouting", "Sorry!"),
    ("personalisation", "Sorry about this, Janet."),  # another name that starts the same
    ("too_short", "Sorry Jane."),
    ("profanity", "Hello, we'd like to help."),  # "hell" inside a word
    ("insult", "We are looking into the Leeds delay."),
    ("insult", "We're not sure what your problem is yet; please DM us."),
    ("bossy", "Here's what you need to know: DM us."),
    ("dismissal", "Whatever you ordered, we'll check it."),
    ("risky_admission", "As I recall, the order left at 7pm."),
    ("question_barrage", "Could you DM us your order number?"),
    ("direct_question", "How can we help? DM us your order number."),  # offers help
    ("direct_question", "What we know so far is on #CluckersUpdate."),  # not a question
    ("accusing_question", "What the courier told us is on the tracking page."),  # no expletive
    ("accusing_question", "Don't worry, we're on it."),  # a negation, not a question
    ("condescension", "We're really sorry about this."),  # "really" softens, it is no factuality
]


@pytest.mark.parametrize(("rule", "reply"), QUIET, ids=[q[0] for q in QUIET])
def test_rule_stays_quiet_on_near_misses(rule: str, reply: str) -> None:
    assert score_reply(reply, JANE).finding(rule) is None


def test_over_length_span_is_the_part_past_the_limit() -> None:
    reply = "Sorry Jane, " + "we are checking your order now. " * 10
    report = score_reply(reply, ReplyContext(customer_name="Jane", max_length=100))
    assert report.finding("over_length").span == (100, len(reply))
    assert score_reply(reply[:100], ReplyContext(max_length=100)).finding("over_length") is None


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


def test_vader_inverted_pair_is_ranked_the_right_way_round() -> None:
    bad = "Calm down. It's not our fault you didn't read the terms."
    good = ("I'm so sorry about the delay with your order, Jane. Please DM us your order number "
            "and we'll fix this today.")
    assert vader_compound(bad) > vader_compound(good)  # the trap: raw VADER prefers the bad one
    ctx = ReplyContext(customer_name="Jane")
    assert score_reply(good, ctx).score >= 80
    assert score_reply(bad, ctx).score <= 20


def test_sentiment_is_one_small_finding_not_the_score() -> None:
    report = score_reply("This is wonderful, great, amazing, love it.")
    sentiment = report.finding("sentiment")
    assert sentiment is not None and 0 < sentiment.points <= tone.SENTIMENT_WEIGHT
    assert report.sentiment > 0.9


def test_score_is_base_plus_points_clamped() -> None:
    report = score_reply("Sorry Jane, please DM us your order number.", JANE)
    assert report.score == max(0, min(100, BASE + sum(f.points for f in report.findings)))


def test_each_rule_counts_once() -> None:
    once = score_reply("Calm down.")
    thrice = score_reply("Calm down. Calm down. Calm down.")
    assert [f.rule for f in once.findings if f.rule != "sentiment"] == ["dismissal"]
    assert [f.rule for f in thrice.findings if f.rule != "sentiment"] == ["dismissal"]


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


HOSTILE = [
    "",
    "x" * 10_000,
    "Sorry Jane " * 1_000,
    "😡😡😡 🙏🙏",
    "عذراً على التأخير، جين",
    "申し訳ございません。ご注文番号をDMでお送りください。",
    "[bold]sorry[/bold] <script>alert(1)</script> {detail}",
    "sorry\x00\x01\x1b[31m\r\n\u200b\u202e",
    "STRASSE Straße ﬁne İstanbul",  # case folding changes length here
    "\ud800",  # lone surrogate
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_text_is_scored_without_error(text: str) -> None:
    report = score_reply(text, JANE)
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


def test_spans_stay_right_when_case_folding_changes_length() -> None:
    text = "Straße is fine. Calm down, Jane."
    report = score_reply(text, JANE)
    assert report.evidence("dismissal") == "Calm down"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_any_text_gives_a_valid_report(text: str) -> None:
    report = score_reply(text, JANE)
    assert 0 <= report.score <= 100
    for finding in report.findings:
        assert finding.rule in RULES
        if finding.span:
            assert 0 <= finding.span[0] <= finding.span[1] <= len(text)


CUE_WORDS = (
    "sorry so you we our not fault calm down thanks why did should have DM us please hell "
    "refund guarantee because idiot actually look LOOK !! wow great f*ck oh 🙄 Jane it’s ß"
)
WORDY = st.lists(
    st.sampled_from(CUE_WORDS.split()),
    max_size=25,
).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(st.one_of(WORDY, st.text(max_size=200)))
def test_cue_shortcut_never_changes_a_result(text: str) -> None:
    """Skipping rules whose cue words are absent must give exactly what running them would."""
    folded = text.casefold().translate(tone._APOSTROPHES)
    live = tone._cued_rules(folded)
    for rule, pattern in tone.PATTERNS.items():
        if pattern.search(text) is not None or tone._FOLDED[rule].search(folded) is not None:
            assert rule in live, (rule, text)


def test_patterns_hold_no_capital_literals() -> None:
    """The fast path searches case-folded text without IGNORECASE: capitals there never match."""
    for rule, pattern in tone.PATTERNS.items():
        literals = re.sub(r"\\[A-Za-z]", "", pattern.pattern)
        assert literals == literals.lower(), rule


def test_docs_rule_table_matches_the_rules() -> None:
    doc = (Path(__file__).resolve().parents[1] / "docs" / "scoring.md").read_text(encoding="utf-8")
    for rule in RULES.values():
        row = next((line for line in doc.splitlines() if line.startswith(f"| `{rule.id}` |")), None)
        assert row is not None, rule.id
        if rule.id not in ("sentiment", "empty"):
            assert f"| {rule.points:+d} |" in row, rule.id
        assert f"`{rule.guidance}`" in row, rule.id


PATHOLOGICAL = {
    "template gaps": "Hi Hannah, " + "x, " * 3000 + " thanks",
    "question without end": "what " + "you " * 2500,
    "repeated cue": "sorry " * 1700,
    "capitals": "ANGRY " * 1700,
    "braces": "{" * 10_000,
    "why": "why " * 2500,
}


@pytest.mark.parametrize("text", PATHOLOGICAL.values(), ids=PATHOLOGICAL.keys())
def test_pathological_replies_do_not_backtrack(text: str) -> None:
    """No rule may go quadratic (or worse) on a long reply: the scorer runs inside the game loop."""
    import time

    ctx = ReplyContext(customer_name="Hannah",
                       template_text="Hi {name}, {detail} {hashtag} {info_link} thanks {detail}.")
    start = time.process_time()
    score_reply(text, ctx)
    assert time.process_time() - start < 0.5


def test_every_guide_is_shown_by_its_title_not_its_file_name() -> None:
    from scoring.guidance import source_title

    for guidance in GUIDANCE.values():
        title = source_title(guidance.source)
        assert title and not title.endswith(".txt"), guidance.source
        if SEEDS.is_dir():  # the title is the guide's own words
            words = title.split(", ")[-1].split()[:4]
            assert " ".join(words) in (SEEDS / guidance.source).read_text(encoding="utf-8")
