"""Composite weights and the drill score built from plain post records."""

from __future__ import annotations

import dataclasses
import json

import pytest

from scoring.composite import Weights, composite
from scoring.drill import SCORING_VERSION, PostRecord, score_drill, score_post
from scoring.escalation import Outcome


def test_default_weights_and_weighted_mean() -> None:
    assert (Weights().speed, Weights().tone, Weights().escalation) == (30, 40, 30)
    assert composite(100, 50, 0) == pytest.approx((30 * 100 + 40 * 50 + 30 * 0) / 100)
    assert composite(100, 50, 0, Weights(3, 4, 3)) == pytest.approx(composite(100, 50, 0))
    assert composite(80, 60, 40, Weights(0, 1, 0)) == 60


def test_missing_component_is_left_out() -> None:
    assert composite(None, 60, 100) == pytest.approx((40 * 60 + 30 * 100) / 70)
    assert composite(None, None, None) == 0


def test_weights_must_be_sensible() -> None:
    with pytest.raises(ValueError):
        Weights(-1, 40, 30)
    with pytest.raises(ValueError):
        Weights(0, 0, 0)


def test_post_answered_in_time_with_correct_escalation() -> None:
    record = PostRecord("p1", target_s=60, arrived_at=10, first_response_at=40, tones=(90,),
                        expected_route="pr", escalations=(("pr", 45.0),), threshold_crossed_at=100)
    post = score_post(record)
    assert post.speed == 100 and post.tone == 90
    assert post.escalation.outcome is Outcome.CORRECT
    assert post.composite == pytest.approx(0.3 * 100 + 0.4 * 90 + 0.3 * 100)


def test_ignored_post_scores_zero_speed_and_tone() -> None:
    post = score_post(PostRecord("p2", target_s=60, expected_route="legal"))
    assert (post.speed, post.tone) == (0, 0)
    assert post.escalation.outcome is Outcome.MISSED
    assert post.composite == 0


def test_hidden_post_counts_as_a_zero_tone_reply() -> None:
    post = score_post(PostRecord("p3", first_response_at=5, tones=(80,), hidden=True))
    assert post.tone == 40


def test_post_that_needs_no_reply() -> None:
    post = score_post(PostRecord("noise", needs_reply=False))
    assert post.speed is None and post.tone is None
    assert post.escalation.outcome is Outcome.NONE_NEEDED
    assert post.composite == 100


def test_drill_score_and_summary() -> None:
    records = [
        PostRecord("a", target_s=60, arrived_at=0, first_response_at=30, tones=(90, 70),
                   expected_route="pr", escalations=(("pr", 20.0),)),
        PostRecord("b", target_s=60, arrived_at=0, first_response_at=150, tones=(50,),
                   expected_route="legal", escalations=(("pr", 10.0),)),
        PostRecord("c", target_s=60, arrived_at=0),
        PostRecord("d", needs_reply=False, escalations=(("safety", 5.0),)),
    ]
    drill = score_drill(records)
    assert drill.tone == pytest.approx((90 + 70 + 50) / 3)
    speed_b = 100 * (240 - 150) / (240 - 60)
    assert drill.speed == pytest.approx((100 + speed_b + 0) / 3)
    # over the posts that need a team (a correct, b the wrong team), less half a missed post
    # for d, escalated although no team was needed; c needed no team and got none
    assert drill.escalation == pytest.approx((100 + 25 - 50) / 2)
    assert drill.composite == pytest.approx(
        (30 * drill.speed + 40 * drill.tone + 30 * drill.escalation) / 100
    )
    assert drill.speed_summary.backlog == 1
    assert drill.speed_summary.answered_share == pytest.approx(2 / 3)
    assert drill.confusion["legal"]["pr"] == 1
    assert drill.confusion["none"]["safety"] == 1
    assert drill.confusion["pr"]["none"] == 0
    data = json.loads(json.dumps(drill.to_dict()))
    assert [p["post_id"] for p in data["posts"]] == ["a", "b", "c", "d"]


def test_silent_trainee_gets_zero_tone() -> None:
    records = [PostRecord("a", target_s=60), PostRecord("b", target_s=60)]
    drill = score_drill(records)
    assert drill.tone == 0 and drill.speed == 0
    assert drill.escalation == 100  # nothing needed escalating
    assert drill.composite == pytest.approx(30)
    assert not drill.passed and drill.verdict == ["composite 30 is under the pass mark 80"]


def test_scenario_weights_change_the_composite() -> None:
    records = [PostRecord("a", target_s=60, first_response_at=10, tones=(20,))]
    assert score_drill(records, Weights(0, 100, 0)).composite == pytest.approx(20)
    assert score_drill(records, Weights(100, 0, 0)).composite == pytest.approx(100)


def test_empty_drill() -> None:
    drill = score_drill([])
    assert drill.composite == 0
    assert drill.speed_summary.posts == 0


def test_escalation_is_scored_on_the_posts_that_need_a_team() -> None:
    quiet = [PostRecord(f"n{i}", needs_reply=False) for i in range(20)]
    team = [PostRecord("t1", needs_reply=False, expected_route="pr"),
            PostRecord("t2", needs_reply=False, expected_route="legal")]
    assert score_drill(quiet + team).escalation == 0  # nothing done: zero, not 20 of 22
    done = [dataclasses.replace(team[0], escalations=(("pr", 5.0),)),
            dataclasses.replace(team[1], escalations=(("legal", 5.0),))]
    assert score_drill(quiet + done).escalation == 100
    needless = [dataclasses.replace(quiet[0], escalations=(("pr", 5.0),)), *quiet[1:]]
    assert score_drill(needless + done).escalation == pytest.approx((200 - 50) / 2)
    assert score_drill(needless).escalation == 50  # no team needed: one needless costs half
    assert score_drill([dataclasses.replace(team[0], escalations=(("pr", 9.0),),
                                            threshold_crossed_at=5.0)]).escalation == 50


@pytest.mark.parametrize(("record", "kind"), [
    (PostRecord("p", first_response_at=3, tones=(12,), reply_errors=("hostile",)), "hostile"),
    (PostRecord("p", first_response_at=3, tones=(60,), reply_errors=("insult",)), "insult"),
    (PostRecord("p", first_response_at=3, tones=(70,),
                reply_errors=("public_personal_data",)), "public_personal_data"),
    (PostRecord("p", hidden=True), "hidden"),
    (PostRecord("p", first_response_at=3, tones=(95,), expected_route="safety"), "missed_safety"),
])
def test_a_critical_error_zeroes_its_post_and_fails_the_drill(record: PostRecord,
                                                              kind: str) -> None:
    good = [PostRecord(f"g{i}", target_s=60, first_response_at=5, tones=(95,),
                       expected_route="pr" if i < 9 else None,
                       escalations=(("pr", 5.0),) if i < 9 else ()) for i in range(30)]
    drill = score_drill([*good, record])
    [post] = [p for p in drill.posts if p.post_id == "p"]
    assert [error.kind for error in post.critical] == [kind]
    assert post.composite == 0 and post.speed == 0  # a fast insult is not a fast answer
    assert drill.composite >= 80  # the average alone would pass...
    assert not drill.passed  # ...a critical error does not
    assert drill.critical[0].label in drill.verdict[0]
    data = drill.to_dict()
    assert data["passed"] is False and data["critical"][0]["kind"] == kind
    assert data["scoring"] == SCORING_VERSION


def test_the_pass_mark_is_the_scenarios() -> None:
    records = [PostRecord("a", target_s=60, first_response_at=5, tones=(50,))]
    assert score_drill(records).composite == pytest.approx(80)
    assert score_drill(records).passed
    assert not score_drill(records, pass_mark=90).passed


def test_reply_errors_need_a_hostile_reply_for_dismissal_or_blame() -> None:
    from scoring.critical import reply_errors

    assert reply_errors({"dismissal", "blame"}, 0) == ("hostile",)
    assert reply_errors({"dismissal"}, 55) == ()  # a good reply with one clumsy "calm"
    assert reply_errors({"insult"}, 70) == ("insult",)
    assert reply_errors({"profanity", "exposes_personal_data"}, 10) == (
        "insult", "exposes_personal_data")


def test_every_critical_error_traces_to_the_seed_guidance() -> None:
    from scoring.critical import GUIDANCE as CRITICAL_GUIDANCE
    from scoring.critical import LABELS
    from scoring.guidance import GUIDANCE

    assert set(CRITICAL_GUIDANCE) == set(LABELS)
    assert all(key in GUIDANCE for key in CRITICAL_GUIDANCE.values())
