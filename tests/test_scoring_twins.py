"""The good/bad twin set (tests/data/care_replies.yaml): the scorer must rank each good reply above
its twin. Raw VADER's rate is printed beside ours (run with -s to see it)."""

from __future__ import annotations

from collections import Counter

from benchmarks._datasets import load_twins, twin_context, twin_ranking
from scoring.tone import RULES, score_reply

TWINS = load_twins()


def test_twin_set_is_big_enough_and_covers_every_rule() -> None:
    assert 2 * len(TWINS) >= 150
    assert len({t.id for t in TWINS}) == len(TWINS)
    assert set(RULES) - {"sentiment"} <= {t.rule for t in TWINS}
    # The bad twin is often as long as the good one: length alone must not rank the pairs.
    longer_or_equal = sum(len(t.bad) >= 0.9 * len(t.good) for t in TWINS)
    assert longer_or_equal >= len(TWINS) // 2


def test_each_pair_exercises_its_rule() -> None:
    """Penalty pairs: the bad twin trips the rule. Credit pairs: only the good twin earns it."""
    wrong = []
    for twin in TWINS:
        ctx = twin_context(twin)
        good, bad = score_reply(twin.good, ctx), score_reply(twin.bad, ctx)
        if RULES[twin.rule].points < 0:
            ok = bad.finding(twin.rule) is not None
        else:
            ok = good.finding(twin.rule) is not None and bad.finding(twin.rule) is None
        if not ok:
            wrong.append(twin.id)
    assert not wrong


def test_good_replies_rank_above_their_twins() -> None:
    ranking = twin_ranking(TWINS)
    print(f"\ntwin set: ours {ranking.ours:.1%}, raw VADER {ranking.vader:.1%} "
          f"({len(TWINS)} pairs)")
    assert ranking.ours >= 0.95, [t.id for t in ranking.failures]
    assert ranking.ours > ranking.vader


def test_good_replies_carry_no_penalty_beyond_sentiment() -> None:
    penalties: Counter[str] = Counter()
    for twin in TWINS:
        for finding in score_reply(twin.good, twin_context(twin)).findings:
            if finding.points < 0 and finding.rule != "sentiment":
                penalties[finding.rule] += 1
    assert not penalties
