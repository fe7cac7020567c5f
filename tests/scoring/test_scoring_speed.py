"""Speed curve and drill-level speed summary."""

from __future__ import annotations

import pytest

from scoring.speed import DECAY_FACTOR, percentile, speed_points, summarize_speed


def test_full_marks_within_target() -> None:
    assert speed_points(0, 900) == 100
    assert speed_points(899.9, 900) == 100
    assert speed_points(900, 900) == 100


def test_never_answered_scores_zero() -> None:
    assert speed_points(None, 900) == 0


def test_linear_decay_to_zero() -> None:
    target = 900.0
    zero_at = target * DECAY_FACTOR
    assert speed_points(1800, target) == pytest.approx(100 * (zero_at - 1800) / (zero_at - target))
    assert speed_points(zero_at, target) == 0
    assert speed_points(zero_at * 3, target) == 0
    points = [speed_points(t, target) for t in range(0, int(zero_at) + 60, 60)]
    assert points == sorted(points, reverse=True)  # never rises with a later response


def test_odd_inputs() -> None:
    assert speed_points(-5, 60) == 100  # clock skew: treated as instant
    assert speed_points(0, 0) == 100
    assert speed_points(1, 0) == 0
    assert speed_points(float("nan"), 60) == 0


def test_percentile_matches_linear_interpolation() -> None:
    assert percentile([], 0.5) is None
    assert percentile([10], 0.9) == 10
    assert percentile([1, 2, 3, 4], 0.5) == 2.5
    assert percentile(list(range(1, 11)), 0.9) == pytest.approx(9.1)


def test_summary_counts_backlog_and_answered_share() -> None:
    summary = summarize_speed([30, None, 90, 60, None], points=[100, 0, 100, 100, 0])
    assert summary.posts == 5
    assert summary.answered == 3
    assert summary.backlog == 2
    assert summary.answered_share == pytest.approx(0.6)
    assert summary.median_s == 60
    assert summary.p90_s == pytest.approx(84)
    assert summary.mean_points == pytest.approx(60)
    assert summary.to_dict()["backlog"] == 2


def test_summary_of_nothing() -> None:
    summary = summarize_speed([])
    assert (summary.posts, summary.backlog, summary.answered_share) == (0, 0, 1.0)
    assert summary.median_s is None and summary.p90_s is None
