"""Readers for the human-labelled data in ../shared/datasets (see each folder's README).

Kept apart from the benchmark so tests or notebooks can load the same rows the same way.
"""

from __future__ import annotations

import csv
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
