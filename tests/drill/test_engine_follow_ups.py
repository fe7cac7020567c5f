"""Scripted follow-ups fire on each condition (and only then); the crowd reacts on its own too."""

from __future__ import annotations

from reply_fixtures import specific_reply

from simulator.drill.engine import Action, Engine
from simulator.drill.events import EventKind

GOOD = ("Hi {name}, I'm so sorry about this, we understand how frustrating it is. Please send "
        "us a DM with your order number and we'll look into it today. "
        "https://cluckers.example/update")
RUDE = "Calm down. Not our fault, you should have read the menu."


def drive(scenario, actions, until=240.0, seed=1):
    engine = Engine(scenario, seed)
    for at, action in sorted(actions, key=lambda pair: pair[0]):
        engine.advance(at)
        engine.apply(action)
    engine.advance(until)
    return engine


def fired(engine):
    return {e.post_id: e for e in engine.log
            if e.kind == EventKind.FOLLOW_UP and e.data["source"] == "scripted"}


def test_ignored_for_fires_when_ignored_and_not_when_answered(tiny_scenario):
    ignored = fired(drive(tiny_scenario, []))
    event = ignored["s:ignored-again"]
    assert event.t == 40.0  # arrived 5s + ignored_for 30s + delay 5s
    assert event.data == {"parent_id": "s:ignored", "reason": "ignored_for", "source": "scripted"}
    answered = drive(tiny_scenario, [(20, Action("reply", "s:ignored",
                                                 text=GOOD.format(name="Tasha")))])
    assert "s:ignored-again" not in fired(answered)
    late = drive(tiny_scenario, [(36, Action("reply", "s:ignored",
                                             text=GOOD.format(name="Tasha")))])
    assert "s:ignored-again" in fired(late)  # the check at 35s already saw silence


def test_tone_below_fires_only_on_a_poor_reply(tiny_scenario):
    rude = drive(tiny_scenario, [(12, Action("reply", "s:toned", text=RUDE))])
    assert fired(rude)["s:toned-bad"].t == 20.0
    kind = next(e for e in rude.log
                if e.post_id == "s:toned-bad" and e.kind == EventKind.POST_ARRIVED)
    assert kind.data["parent_id"] == "s:toned" and kind.data["needs_reply"] is True
    assert "s:toned-bad" in rude.post("s:toned").children
    good = drive(tiny_scenario, [(12, Action("reply", "s:toned", text=GOOD.format(name="Marcus")))])
    assert "s:toned-bad" not in fired(good)


def test_replied_fires_after_the_first_reply(tiny_scenario):
    assert "s:replied-thanks" not in fired(drive(tiny_scenario, []))
    engine = drive(tiny_scenario, [
        (16, Action("reply", "s:replied", text=GOOD.format(name="Rebecca"))),
        (17, Action("reply", "s:replied", text="And again, so sorry, DM us please.")),
    ])
    assert fired(engine)["s:replied-thanks"].t == 36.0
    assert sum(1 for e in engine.log if e.post_id == "s:replied-thanks"
               and e.kind == EventKind.POST_ARRIVED) == 1


def test_escalated_fires_after_an_escalation(tiny_scenario):
    assert "s:escalated-ack" not in fired(drive(tiny_scenario, []))
    engine = drive(tiny_scenario, [(25, Action("escalate", "s:escalated", route="pr",
                                               note="journalist"))])
    assert fired(engine)["s:escalated-ack"].t == 35.0


def crowd_reactions(engine):
    return [e for e in engine.log if e.kind == EventKind.FOLLOW_UP and e.data["source"] == "crowd"]


def test_ignored_crowd_customers_post_again_angrier(tiny_scenario):
    seen = 0
    for seed in (1, 2, 3):
        engine = drive(tiny_scenario, [], seed=seed)
        again = [e for e in crowd_reactions(engine) if e.data["reason"] == "ignored"]
        seen += len(again)
        check_angrier(engine, again)
    assert seen >= 2


def check_angrier(engine, again):
    for event in again:
        parent = engine.post(event.data["parent_id"])
        post = engine.post(event.post_id)
        assert post.author_handle == parent.author_handle
        assert post.severity >= parent.severity and post.needs_reply


def test_a_poor_reply_draws_a_pile_on_and_a_good_one_thanks(tiny_scenario):
    quiet = drive(tiny_scenario, [], until=100, seed=5)
    targets = [e for e in quiet.log
               if e.kind == EventKind.POST_ARRIVED and e.data["source"] == "crowd"
               and e.data["needs_reply"] and e.data["channel"] != "dm" and e.t < 90]
    assert len(targets) >= 5
    rude = drive(tiny_scenario, [(e.t + 1, Action("reply", e.post_id, text=RUDE))
                                 for e in targets], seed=5)
    pile = [e for e in crowd_reactions(rude) if e.data["reason"] == "pile_on"]
    assert pile and all(e.data["parent_id"] in {t.post_id for t in targets} for e in pile)
    assert any("Calm down" in rude.post(e.post_id).text for e in pile)  # they quote the reply

    kind = drive(tiny_scenario, [
        (e.t + 1, Action("reply", e.post_id, text=specific_reply(e.data["author"]["name"],
                                                                 e.data["text"])))
        for e in targets], seed=5)
    reasons = {e.data["reason"] for e in crowd_reactions(kind)}
    assert "pile_on" not in reasons and "thanks" in reasons


def test_hiding_a_complaint_can_be_noticed(tiny_scenario):
    noticed = 0
    for seed in range(1, 6):
        engine = drive(tiny_scenario, [(16, Action("hide", "s:replied"))], seed=seed)
        noticed += any(e.data["reason"] == "censored" for e in crowd_reactions(engine))
    assert noticed >= 1
