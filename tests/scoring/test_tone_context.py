"""Rules that read the post: safety matters, the customer's language and name, what the post
already says. Each finding is checked with its span."""

from __future__ import annotations

import pytest

from scoring.tone import ReplyContext, score_reply

GAS = ReplyContext(
    post_text="Strong smell of gas in my kitchen since I got home, it's worse near the boiler. "
              "I'm in a flat in Leeds with my dog Biscuit.",
    customer_name="Mia Patel", customer_handle="@miap", brand="Northgrid",
    facts=("The gas emergency line is 0800 111 999, open 24 hours.",),
)
CHILD = ReplyContext(
    post_text="Your driver put my 14 yr old Maya off the coach at Preston bus station at 9pm "
              "because her ticket wouldn't scan.",
    customer_name="Joanne Reid", customer_handle="@jo_reid", brand="StarCoach", severity=5,
)
FRENCH = ReplyContext(
    post_text="Bonjour, j'ai payé deux places pour le concert du 14 juin et je n'ai rien reçu. "
              "Vous pouvez m'aider ?",
    customer_name="Camille Roux", customer_handle="@camroux", brand="TixNow",
)


def test_a_safety_post_wants_the_safety_step_first() -> None:
    good = score_reply("Mia, please leave the flat now, don't use any switches, and call the gas "
                       "emergency line on 0800 111 999 from outside.", GAS)
    assert good.finding("safety_step") is not None
    assert good.finding("no_safety_step") is None
    bad = score_reply("Hi Mia, sorry to hear about the boiler! Please DM us your account number "
                      "and we'll book an engineer.", GAS)
    assert bad.finding("no_safety_step") is not None and bad.finding("safety_step") is None
    assert good.score - bad.score >= 30


def test_levity_and_reassurance_on_a_safety_post_cost_points() -> None:
    report = score_reply("Hi Mia! Probably nothing serious 😊 Open a window and call 0800 111 999 "
                         "if it gets worse. Have a lovely evening!", GAS)
    assert report.evidence("false_reassurance") == "Probably nothing serious"
    assert report.evidence("levity") == "😊"
    assert report.score < 40


def test_levity_is_fine_on_a_routine_post() -> None:
    routine = ReplyContext(post_text="Loved the new burger, thanks!", customer_name="Sam Lee")
    report = score_reply("Thanks Sam, the burger team will be thrilled 😊", routine)
    assert report.finding("levity") is None


def test_the_engine_can_mark_a_post_as_a_safety_matter() -> None:
    plain = ReplyContext(post_text="Where is my refund?", customer_name="Sam Lee")
    flagged = ReplyContext(post_text="Where is my refund?", customer_name="Sam Lee", safety=True)
    reply = "Sam, sorry, I've chased your refund today."
    assert score_reply(reply, plain).finding("no_safety_step") is None
    assert score_reply(reply, flagged).finding("no_safety_step") is not None


def test_a_child_left_alone_is_a_safety_matter() -> None:
    report = score_reply("Hi Joanne, our drivers follow ticketing policy to protect fares.", CHILD)
    assert report.finding("no_safety_step") is not None
    assert report.finding("defensive") is not None or report.finding("policy_recital")


def test_a_reply_in_another_language_than_the_post() -> None:
    english = score_reply("Hi Camille, sorry, I've resent both tickets for 14 June by email.",
                          FRENCH)
    found = english.finding("language_mismatch")
    assert found is not None and "English" in found.label
    assert all(f.points <= 0 for f in english.findings)  # another language earns nothing
    french = score_reply("Bonjour Camille, désolée : je vous ai renvoyé les deux places pour le "
                         "14 juin par e-mail.", FRENCH)
    assert french.finding("language_mismatch") is None
    assert french.finding("same_language") is not None
    assert french.score > english.score + 30


def test_language_is_only_judged_on_plain_evidence() -> None:
    short = ReplyContext(post_text="ok?", customer_name="Sam Lee")
    assert score_reply("Danke, Sam!", short).finding("language_mismatch") is None


@pytest.mark.parametrize(("reply", "evidence"), [
    ("Hi Sarah, sorry about the gas smell, please call 0800 111 999.", "Sarah"),
    ("Sorry @mia_p2, please call 0800 111 999 now.", "@mia_p2"),
])
def test_wrong_customer(reply: str, evidence: str) -> None:
    report = score_reply(reply, GAS)
    assert report.evidence("wrong_name") == evidence
    assert report.finding("personalisation") is None


@pytest.mark.parametrize("reply", [
    "Hi Mia, please call 0800 111 999 now.", "Mia, please call 0800 111 999 now.",
    "Hi @miap, please call 0800 111 999 now.", "Hi there, please call 0800 111 999 now.",
    "Northgrid here: please call 0800 111 999 now.", "Dear Ms Patel, please call 0800 111 999.",
])
def test_right_customer_or_nobody_in_particular(reply: str) -> None:
    assert score_reply(reply, GAS).finding("wrong_name") is None


@pytest.mark.parametrize(("post", "reply", "evidence"), [
    ("Order #48213 is 90 minutes late.", "Sorry! Please DM us your order number.",
     "DM us your order number"),
    ("Booking SC-448192 cancelled at the gate.", "Sorry, could you send your booking reference?",
     "send your booking reference"),
    ("Refund to anna.b@mail.com never came.", "Sorry Anna, please DM us your email.",
     "DM us your email"),
    ("Your Bristol branch had no insulin again.", "Sorry! Which branch did you visit?",
     "Which branch"),
])
def test_asking_for_what_the_post_already_gives(post: str, reply: str, evidence: str) -> None:
    report = score_reply(reply, ReplyContext(post_text=post, customer_name="Anna Berg"))
    assert evidence in (report.evidence("asks_given_info") or "")
    assert report.finding("next_step") is None and report.finding("dm_request") is None


def test_asking_for_what_is_missing_is_fine() -> None:
    ctx = ReplyContext(post_text="Flight BA2490 delayed 5 hours and no food vouchers.",
                       customer_name="Tom Hill")
    report = score_reply("Sorry Tom, please DM us your booking reference so we can help.", ctx)
    assert report.finding("asks_given_info") is None
    assert report.finding("dm_request") is not None


def test_a_reply_about_another_problem() -> None:
    ctx = ReplyContext(post_text="My pizza order arrived cold and the garlic bread was missing.",
                       customer_name="Gemma Cole")
    off = score_reply("Hi Gemma, sorry! Your flight refund and the new booking are on the way.",
                      ctx)
    assert off.evidence("off_topic") == "flight"
    on = score_reply("Hi Gemma, sorry the pizza was cold: I've refunded the garlic bread.", ctx)
    assert on.finding("off_topic") is None and on.finding("post_specifics") is not None


def test_specifics_are_worth_more_for_a_code_or_two_details() -> None:
    ctx = ReplyContext(post_text="Order #4471 never arrived at my flat in Croydon.",
                       customer_name="Jane Roe")
    one = score_reply("Jane, sorry the delivery to Croydon failed.", ctx).finding("post_specifics")
    two = score_reply("Jane, sorry order #4471 never came.", ctx).finding("post_specifics")
    assert one is not None and two is not None and two.points == 2 * one.points
    assert score_reply("Jane, sorry about this.", ctx).finding("post_specifics") is None


def test_the_customer_and_brand_names_are_not_specifics() -> None:
    ctx = ReplyContext(post_text="Cluckers ruined my evening, Jane here.",
                       customer_name="Jane Roe", brand="Cluckers")
    assert score_reply("Jane, Cluckers is sorry.", ctx).finding("post_specifics") is None


def test_personal_data_written_into_a_public_reply() -> None:
    ctx = ReplyContext(post_text="No refund yet!", customer_name="Jane Roe", brand="Cluckers",
                       info_link="https://cluckers.example/update")
    shown = score_reply("Jane, we've sent it to jane.roe@gmail.com today.", ctx)
    assert shown.evidence("exposes_personal_data") == "jane.roe@gmail.com"
    ours = score_reply("Jane, write to care@cluckers.example and we'll reply today.", ctx)
    assert ours.finding("exposes_personal_data") is None
    dm = ReplyContext(post_text="No refund yet!", customer_name="Jane Roe", action="dm")
    assert score_reply("Sent to jane.roe@gmail.com.", dm).finding("exposes_personal_data") is None
