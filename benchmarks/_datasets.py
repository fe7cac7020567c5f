"""Readers for the human-labelled data in ../shared/datasets (see each folder's README).

Kept apart from the benchmark so tests or notebooks can load the same rows the same way.
"""

from __future__ import annotations

import csv
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATASETS = REPO.parent / "shared" / "datasets"

POLITENESS_FILES = {
    "wikipedia": "wikipedia.annotated.csv",
    "stack_exchange": "stack-exchange.annotated.csv",
}


@dataclass(frozen=True, slots=True)
class Request:
    id: str
    text: str
    score: float  # crowd politeness, z-scored per annotator; higher is more polite


def politeness_rows(datasets: Path, domain: str) -> list[Request]:
    """All rows of one domain (CSV with multi-line quoted fields: use csv, not split)."""
    path = datasets / "stanford_politeness" / POLITENESS_FILES[domain]
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            Request(row["Id"], row["Request"], float(row["Normalized Score"]))
            for row in csv.DictReader(handle)
        ]


def quartile_task(rows: list[Request]) -> tuple[list[Request], list[Request]]:
    """The paper's binary task: top quarter polite, bottom quarter impolite, middle half dropped."""
    ranked = sorted(rows, key=lambda r: r.score)
    quarter = len(ranked) // 4
    return ranked[-quarter:], ranked[:quarter]


def one_rater_agreement(datasets: Path, domain: str) -> float:
    """How well one person does the quartile task: the AUC of one annotator's rating against the
    top/bottom quarters of the other four's mean, averaged over the five rating slots.

    It is the ceiling that puts the scorer's AUC in proportion: the targets of issue 4 sit at (or
    above) what a single crowd rater reaches. Ratings are z-scored within each annotator first, as
    the corpus's own `Normalized Score` is, so a rater's habit of sliding high or low does not
    count as disagreement.
    """
    path = datasets / "stanford_politeness" / POLITENESS_FILES[domain]
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [([float(row[f"Score{k}"]) for k in range(1, 6)],
                 [row[f"TurkId{k}"] for k in range(1, 6)]) for row in csv.DictReader(handle)]
    by_rater: dict[str, list[float]] = {}
    for scores, raters in rows:
        for score, rater in zip(scores, raters, strict=True):
            by_rater.setdefault(rater, []).append(score)
    spread = {rater: (statistics.fmean(v), statistics.pstdev(v) or 1.0)
              for rater, v in by_rater.items()}
    z = [[(score - spread[rater][0]) / spread[rater][1]
          for score, rater in zip(scores, raters, strict=True)] for scores, raters in rows]
    quarter = len(z) // 4
    aucs = []
    for slot in range(5):
        ranked = sorted(z, key=lambda ratings: statistics.fmean(
            r for i, r in enumerate(ratings) if i != slot))
        aucs.append(rank_auc([r[slot] for r in ranked[-quarter:]],
                             [r[slot] for r in ranked[:quarter]]))
    return statistics.fmean(aucs)


def rank_auc(positives: Sequence[float], negatives: Sequence[float]) -> float:
    """P(score of a random positive > score of a random negative), ties counted as one half.

    Computed from ranks (Mann-Whitney U) so it is O(n log n) and exact with ties.
    """
    labelled = [(value, 1) for value in positives] + [(value, 0) for value in negatives]
    labelled.sort(key=lambda item: item[0])
    rank_sum = 0.0
    i = 0
    while i < len(labelled):
        j = i
        while j + 1 < len(labelled) and labelled[j + 1][0] == labelled[i][0]:
            j += 1
        mean_rank = (i + j) / 2 + 1
        rank_sum += mean_rank * sum(label for _, label in labelled[i : j + 1])
        i = j + 1
    n_pos, n_neg = len(positives), len(negatives)
    if not n_pos or not n_neg:
        return float("nan")
    return (rank_sum - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)


def vader_tweets(datasets: Path) -> list[tuple[str, float]]:
    """(text, mean human rating -4..4) from VADER's ICWSM-2014 tweet ground truth."""
    path = datasets / "vader_icwsm2014" / "tweets_GroundTruth.txt"
    rows = []
    with path.open(encoding="utf-8-sig") as handle:
        for line in handle:
            parts = line.rstrip("\r\n").split("\t")
            if len(parts) >= 3:
                rows.append((parts[2], float(parts[1])))
    return rows


TWINS_FILE = REPO / "tests" / "data" / "care_replies.yaml"


@dataclass(frozen=True, slots=True)
class Twin:
    """One post with a good reply and a bad one; `rule` names the rule the bad twin should trip."""

    id: str
    rule: str
    good: str
    bad: str
    context: dict


def load_twins(path: Path = TWINS_FILE) -> list[Twin]:
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    twins = []
    for post in data["posts"]:
        context = {k: v for k, v in post.items() if k not in ("id", "pairs")}
        for number, pair in enumerate(post["pairs"], start=1):
            extra = {k: v for k, v in pair.items() if k not in ("rule", "good", "bad")}
            twins.append(Twin(f"{post['id']}.{number}", pair["rule"], pair["good"], pair["bad"],
                              {**context, **extra}))
    return twins


@dataclass(frozen=True, slots=True)
class TwinRanking:
    ours: float  # share of pairs where our score ranks the good reply strictly above the bad one
    vader: float  # the same share for raw VADER compound
    failures: tuple[Twin, ...]


def twin_context(twin: Twin):  # -> ReplyContext (imported lazily: this module is also data-only)
    from scoring.tone import ReplyContext

    ctx = dict(twin.context)
    if "facts" in ctx:
        ctx["facts"] = tuple(ctx["facts"])
    return ReplyContext(**ctx)


def twin_ranking(twins: list[Twin]) -> TwinRanking:
    from scoring.tone import score_reply, vader_compound

    failures = []
    vader_right = 0
    for twin in twins:
        ctx = twin_context(twin)
        if score_reply(twin.good, ctx).score <= score_reply(twin.bad, ctx).score:
            failures.append(twin)
        vader_right += vader_compound(twin.good) > vader_compound(twin.bad)
    total = len(twins) or 1
    return TwinRanking(1 - len(failures) / total, vader_right / total, tuple(failures))
