"""The project's own good/bad twin set (tests/data/care_replies.yaml): the scorer must rank each
good reply above its twin.

The set was written beside the first rule set, one pair per rule of that time, so it measures
rules, not the world (docs/scoring.md quotes the held-out figures instead). The rules have been
rewritten since; the set stays as a second development set and a regression guard, and its pairs
no longer have to cover every rule.
"""

from __future__ import annotations

from benchmarks._datasets import load_twins, twin_ranking

TWINS = load_twins()


def test_twin_set_is_big_enough_and_not_ranked_by_length() -> None:
    assert 2 * len(TWINS) >= 150
    assert len({t.id for t in TWINS}) == len(TWINS)
    # The bad twin is often as long as the good one: length alone must not rank the pairs.
    longer_or_equal = sum(len(t.bad) >= 0.9 * len(t.good) for t in TWINS)
    assert longer_or_equal >= len(TWINS) // 2


def test_good_replies_rank_above_their_twins() -> None:
    ranking = twin_ranking(TWINS)
    print(f"\ntwin set: ours {ranking.ours:.1%}, raw VADER {ranking.vader:.1%} "
          f"({len(TWINS)} pairs)")
    assert ranking.ours >= 0.95, [t.id for t in ranking.failures]
    assert ranking.ours > ranking.vader
