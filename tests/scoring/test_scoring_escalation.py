"""Escalation outcomes, their order, and the confusion matrix."""

from __future__ import annotations

import pytest

from scoring.escalation import OUTCOME_POINTS, Outcome, confusion_matrix, judge_escalation


@pytest.mark.parametrize(
    ("expected", "chosen", "crossed", "outcome"),
    [
        ("pr", [("pr", 30.0)], None, Outcome.CORRECT),
        ("pr", [("pr", 30.0)], 60.0, Outcome.CORRECT),
        ("pr", [("pr", 90.0)], 60.0, Outcome.LATE),
        ("pr", [("legal", 10.0)], None, Outcome.WRONG_TEAM),
        ("pr", [], None, Outcome.MISSED),
        ("pr", [], 60.0, Outcome.MISSED),
        (None, [("pr", 10.0)], None, Outcome.NEEDLESS),
        ("none", [("safety", 10.0)], None, Outcome.NEEDLESS),
        (None, [], None, Outcome.NONE_NEEDED),
        ("none", [("none", 5.0)], None, Outcome.NONE_NEEDED),
        ("pr", [("legal", 10.0), ("pr", 20.0)], 60.0, Outcome.CORRECT),  # re-routed in time
        ("pr", [("legal", 10.0), ("pr", 80.0)], 60.0, Outcome.LATE),
    ],
)
def test_outcomes(expected, chosen, crossed, outcome) -> None:
    result = judge_escalation(expected, chosen, crossed)
    assert result.outcome is outcome
    assert result.points == OUTCOME_POINTS[outcome]
    assert result.to_dict()["outcome"] == str(outcome)


def test_missed_is_the_worst_and_correct_the_best() -> None:
    assert OUTCOME_POINTS[Outcome.MISSED] == min(OUTCOME_POINTS.values()) == 0
    assert OUTCOME_POINTS[Outcome.CORRECT] == max(OUTCOME_POINTS.values()) == 100
    assert OUTCOME_POINTS[Outcome.MISSED] < OUTCOME_POINTS[Outcome.WRONG_TEAM]
    assert OUTCOME_POINTS[Outcome.WRONG_TEAM] < OUTCOME_POINTS[Outcome.LATE]
    assert all(0 <= points <= 100 for points in OUTCOME_POINTS.values())


def test_confusion_matrix_includes_none() -> None:
    matrix = confusion_matrix(
        [("pr", "pr"), ("pr", None), ("legal", "pr"), (None, None), ("none", "safety"), (None, "")]
    )
    assert list(matrix) == ["legal", "pr", "safety", "none"]
    assert matrix["pr"]["pr"] == 1
    assert matrix["pr"]["none"] == 1
    assert matrix["legal"]["pr"] == 1
    assert matrix["none"]["none"] == 2
    assert matrix["none"]["safety"] == 1
    assert sum(sum(row.values()) for row in matrix.values()) == 6


def test_confusion_matrix_of_nothing() -> None:
    assert confusion_matrix([]) == {"none": {"none": 0}}


def test_the_matrix_puts_a_rerouted_post_where_its_outcome_does() -> None:
    """First to Legal, then to Tier-2 as expected: "correct" in the table, and Tier-2 in the
    matrix too (it said Legal)."""
    from scoring.drill import PostRecord, score_drill

    record = PostRecord("p", expected_route="tier2", first_response_at=5.0, tones=(80,),
                        escalations=(("legal", 10.0), ("tier2", 20.0)))
    drill = score_drill([record])
    assert str(drill.posts[0].escalation.outcome) == "correct"
    assert drill.confusion["tier2"]["tier2"] == 1 and drill.confusion["tier2"].get("legal", 0) == 0
