"""The human ceiling printed beside the politeness AUC: one rater against the other four.

Real CSV files in the corpus's own layout (header, quoted multi-line field, CRLF), small enough to
reason about by hand.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from benchmarks import politeness_ceiling
from benchmarks._datasets import one_rater_agreement, rank_auc

HEADER = ["Community", "Id", "Request", *(f"Score{k}" for k in range(1, 6)),
          *(f"TurkId{k}" for k in range(1, 6)), "Normalized Score"]


def write_corpus(folder: Path, ratings: list[list[int]], raters: list[str] | None = None,
                 texts: list[str] | None = None, name: str = "wikipedia.annotated.csv") -> Path:
    raters = raters or ["A", "B", "C", "D", "E"]
    target = folder / "stanford_politeness"
    target.mkdir(parents=True, exist_ok=True)
    with (target / name).open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, lineterminator="\r\n")
        out.writerow(HEADER)
        for number, scores in enumerate(ratings):
            text = texts[number] if texts else f"request {number}\nsecond line"
            mean = sum(scores) / len(scores)
            out.writerow(["Wikipedia", number, text, *scores, *raters, f"{mean - 13:.3f}"])
    return folder


def test_raters_who_agree_on_the_order_reach_one(tmp_path: Path) -> None:
    # Everyone orders the eight requests the same way, each on their own part of the slider:
    # after z-scoring within each rater that is perfect agreement.
    ratings = [[n, n + 10, 2 * n, n + 3, 25 - 8 + n] for n in range(1, 9)]
    assert one_rater_agreement(write_corpus(tmp_path, ratings), "wikipedia") == 1.0


def test_a_rater_who_reverses_the_order_pulls_the_ceiling_down(tmp_path: Path) -> None:
    agree = [[n, n, n, n, n] for n in range(1, 9)]
    contrary = [[n, n, n, n, 9 - n] for n in range(1, 9)]
    perfect = one_rater_agreement(write_corpus(tmp_path / "a", agree), "wikipedia")
    mixed = one_rater_agreement(write_corpus(tmp_path / "b", contrary), "wikipedia")
    # Four raters still agree with the rest (three of their four others order it their way),
    # the contrary one scores 0 against the others: (4 × 1 + 0) / 5.
    assert perfect == 1.0
    assert mixed == pytest.approx(0.8)


def test_rank_auc_counts_ties_as_half() -> None:
    assert rank_auc([2, 3], [1, 1]) == 1.0
    assert rank_auc([1], [1]) == 0.5
    assert rank_auc([0, 3], [1, 2]) == 0.5


def test_rank_auc_without_one_class_is_not_a_number() -> None:
    assert rank_auc([], [1.0]) != rank_auc([], [1.0])  # NaN


@pytest.mark.skipif(not (Path(__file__).resolve().parents[3] / "shared" / "datasets"
                         / "stanford_politeness").is_dir(), reason="../shared datasets absent")
def test_on_the_real_corpus_one_person_sits_near_the_issue_targets() -> None:
    datasets = Path(__file__).resolve().parents[3] / "shared" / "datasets"
    assert 0.85 < one_rater_agreement(datasets, "wikipedia") < 0.95
    assert 0.75 < one_rater_agreement(datasets, "stack_exchange") < 0.85


def test_the_word_model_learns_words_that_mark_politeness(tmp_path: Path) -> None:
    """Forty requests per file: half say 'thanks, could you', half 'this is stupid'; the
    model trained on four fifths ranks the fifth it has not seen perfectly, in both domains."""
    texts = [f"thanks, could you look at item {n}?" if n % 2 else f"item {n} is stupid, fix it"
             for n in range(40)]
    ratings = [[20, 20, 20, 20, 20] if n % 2 else [3, 3, 3, 3, 3] for n in range(40)]
    for name in ("wikipedia.annotated.csv", "stack-exchange.annotated.csv"):
        write_corpus(tmp_path, ratings, texts=texts, name=name)
    result = politeness_ceiling.run(tmp_path, folds=5)
    for domain in ("wikipedia", "stack_exchange"):
        one = result["domains"][domain]
        assert one["word_model_in_domain"] == 1.0
        assert one["word_model_from_other"] == 1.0
        assert one["ours"] == 1.0  # "stupid" is an insult to our rules, "thanks" a credit


def test_the_word_model_knows_nothing_about_words_it_never_saw() -> None:
    weights = politeness_ceiling.train([(politeness_ceiling.features("thanks a lot"), 1),
                                        (politeness_ceiling.features("thanks, idiot"), 0)])
    assert politeness_ceiling.score(weights, politeness_ceiling.features("unseen words")) == 0.0
    # seen once each: under the two-sightings floor, so no weight either
    assert "idiot" not in weights and "thanks" in weights


def test_the_ceiling_says_the_corpus_is_absent(tmp_path: Path) -> None:
    result = politeness_ceiling.run(tmp_path)
    assert result["datasets_missing"].startswith("datasets absent")
