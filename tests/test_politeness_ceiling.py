"""The human ceiling printed beside the politeness AUC: one rater against the other four.

Real CSV files in the corpus's own layout (header, quoted multi-line field, CRLF), small enough to
reason about by hand.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from benchmarks._datasets import one_rater_agreement, rank_auc

HEADER = ["Community", "Id", "Request", *(f"Score{k}" for k in range(1, 6)),
          *(f"TurkId{k}" for k in range(1, 6)), "Normalized Score"]


def write_corpus(folder: Path, ratings: list[list[int]], raters: list[str] | None = None) -> Path:
    raters = raters or ["A", "B", "C", "D", "E"]
    target = folder / "stanford_politeness"
    target.mkdir(parents=True)
    with (target / "wikipedia.annotated.csv").open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, lineterminator="\r\n")
        out.writerow(HEADER)
        for number, scores in enumerate(ratings):
            out.writerow(["Wikipedia", number, f"request {number}\nsecond line", *scores,
                          *raters, "0"])
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


@pytest.mark.skipif(not (Path(__file__).resolve().parents[2] / "shared" / "datasets"
                         / "stanford_politeness").is_dir(), reason="../shared datasets absent")
def test_on_the_real_corpus_one_person_sits_near_the_issue_targets() -> None:
    datasets = Path(__file__).resolve().parents[2] / "shared" / "datasets"
    assert 0.85 < one_rater_agreement(datasets, "wikipedia") < 0.95
    assert 0.75 < one_rater_agreement(datasets, "stack_exchange") < 0.85
