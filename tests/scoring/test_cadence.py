"""The statements part of the score and the routine posts a fresh good statement covers."""

from __future__ import annotations

import pytest

from scoring.cadence import (
    Cadence,
    Published,
    covers,
    fair_share_needed,
    fresh_share,
    holding_points,
    statements_score,
)
from scoring.drill import PostRecord, apply_coverage, score_drill

DUE = Cadence(holding_by=120, update_every=240, silence_after=360)


def test_the_holding_message_is_full_marks_on_time_and_falls_to_zero_at_silence() -> None:
    assert holding_points([Published(100, 90)], DUE) == 100
    assert holding_points([Published(240, 90)], DUE) == pytest.approx(50)
    assert holding_points([Published(400, 90)], DUE) == 0
    assert holding_points([], DUE) == 0


def test_fresh_share_counts_the_time_a_statement_under_update_every_old_was_out() -> None:
    # one at 0:30 stays fresh until 4:30; the window from 2:00 to 8:00 is 360 s long
    assert fresh_share([Published(30, 90)], DUE, 480) == pytest.approx(150 / 360)
    # an update at 4:00 keeps it fresh to the end
    assert fresh_share([Published(30, 90), Published(240, 90)], DUE, 480) == pytest.approx(1.0)
    assert fresh_share([], DUE, 480) == 0
    assert fresh_share([], DUE, 100) is None  # the drill ended before one was due


def test_statements_score_explains_each_part() -> None:
    none = statements_score([], DUE, 480)
    assert none is not None and none.score == 0
    assert "no holding message" in none.reasons[0]
    good = statements_score([Published(30, 100), Published(240, 100)], DUE, 480)
    assert good is not None and good.score == pytest.approx(100)
    late = statements_score([Published(300, 100)], DUE, 480)
    assert late is not None and late.score < good.score
    assert "3:00 late" in late.reasons[0]
    assert statements_score([], DUE, 60) is None  # nothing was due: not part of the score


def test_a_good_fresh_statement_covers_the_routine_posts_that_waited_under_it() -> None:
    out = [Published(60, 90)]
    assert covers(out, DUE, arrived_at=100, target_s=120)
    assert covers(out, DUE, arrived_at=0, target_s=120)  # published while it waited
    assert not covers(out, DUE, arrived_at=400, target_s=60)  # stale by then
    assert not covers([Published(60, 40)], DUE, arrived_at=100, target_s=120)  # a poor one
    assert [fair_share_needed(n) for n in (0, 1, 4, 5, 8)] == [0, 1, 1, 2, 2]


def _routine(post_id: str, at: float, answered: bool) -> PostRecord:
    return PostRecord(post_id, arrived_at=at, target_s=120, routine=True,
                      first_response_at=at + 30 if answered else None,
                      tones=(85,) if answered else ())


def test_covered_posts_need_only_a_fair_share_of_answers() -> None:
    records = [_routine(f"g-{i}", 100 + i, answered=i == 0) for i in range(8)]
    important = PostRecord("s:reporter", arrived_at=100, target_s=120, expected_route="pr")
    published = [Published(60, 90)]
    out, coverage = apply_coverage([*records, important], published, DUE)
    assert (coverage.covered, coverage.answered, coverage.needed) == (8, 1, 2)
    assert coverage.shortfall == 1
    # the earliest unanswered one is still judged; the rest are excused; the important post
    # is judged one by one whatever was published
    judged = {r.post_id for r in out if r.needs_reply}
    assert judged == {"g-0", "g-1", "s:reporter"}
    with_statement = score_drill(records, published=published, cadence=DUE, duration=480)
    without = score_drill(records, published=[], cadence=DUE, duration=480)
    assert with_statement.speed > without.speed
    assert with_statement.composite > without.composite
    assert with_statement.statements is not None and without.statements == 0


def test_no_cadence_scores_as_before_statements_existed() -> None:
    records = [_routine(f"g-{i}", 100 + i, answered=i == 0) for i in range(4)]
    old = score_drill(records)
    assert old.statements is None and old.coverage is None
    assert old.speed == pytest.approx(25)
