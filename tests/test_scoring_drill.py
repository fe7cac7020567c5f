"""Composite weights and the drill score built from plain post records."""

from __future__ import annotations

import json

import pytest

from scoring.composite import Weights, composite
from scoring.drill import PostRecord, score_drill, score_post
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
    assert drill.escalation == pytest.approx((100 + 25 + 100 + 60) / 4)  # c needed no route
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


def test_scenario_weights_change_the_composite() -> None:
    records = [PostRecord("a", target_s=60, first_response_at=10, tones=(20,))]
    assert score_drill(records, Weights(0, 100, 0)).composite == pytest.approx(20)
    assert score_drill(records, Weights(100, 0, 0)).composite == pytest.approx(100)


def test_empty_drill() -> None:
    drill = score_drill([])
    assert drill.composite == 0
    assert drill.speed_summary.posts == 0
