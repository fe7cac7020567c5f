"""How high can the politeness AUC go? Two ceilings for the scorer's figures in tone_vs_people.

    python3 benchmarks/politeness_ceiling.py [--datasets PATH] [--folds 5]

Issue 4 asks the tone scorer for AUC 0.90 (Wikipedia) and 0.80 (Stack Exchange) on the
Stanford Politeness Corpus's quartile task. This puts those targets in proportion:

- one person: one crowd rater's rating against the quarters of the other four raters' mean
  (`one_rater_agreement`), the agreement a single careful human reaches on the same rows;
- a word model trained on the domain itself: a naive Bayes model on word and word-pair presence,
  fitted on four fifths of the domain's quartile rows and scored on the fifth it has not seen,
  five times over. It is the opposite of our scorer: no explanation, and every weight is fitted to
  the corpus (which the issue rules out for the scorer), so its AUC is roughly what a lexical
  model can get out of these words at all. It is also trained on one domain and scored on the
  other, to show how much of that survives a change of domain.

The model's settings are fixed (Laplace smoothing 1, words seen at least twice), not tuned.
Our scorer's AUC on the same rows is printed beside them. Pure Python, a few seconds.
"""

from __future__ import annotations

import argparse
import math
import random
import re
import sys
from collections import Counter
from collections.abc import Iterable
from itertools import pairwise
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks._datasets import (  # noqa: E402
    DEFAULT_DATASETS,
    one_rater_agreement,
    politeness_rows,
    quartile_task,
    rank_auc,
)
from benchmarks.tone_vs_people import domain_auc, ours  # noqa: E402

DOMAINS = ("wikipedia", "stack_exchange")
_TOKEN = re.compile(r"[a-z']+|[?!]")

Example = tuple[frozenset[str], int]  # (word and word-pair features, 1 polite / 0 impolite)


def features(text: str) -> frozenset[str]:
    words = _TOKEN.findall(text.lower())
    return frozenset(words + [f"{a} {b}" for a, b in pairwise(words)])


def quartile_examples(datasets: Path, domain: str) -> list[Example]:
    polite, impolite = quartile_task(politeness_rows(datasets, domain))
    return [(features(r.text), 1) for r in polite] + [(features(r.text), 0) for r in impolite]


def train(examples: Iterable[Example], alpha: float = 1.0, min_count: int = 2
          ) -> dict[str, float]:
    """Log-odds of polite vs impolite for each feature present (Bernoulli naive Bayes, presence
    only: the absent features' terms are left out, which keeps scoring a sum over the text)."""
    counts = (Counter[str](), Counter[str]())
    totals = [0, 0]
    for feats, label in examples:
        counts[label].update(feats)
        totals[label] += 1
    weights = {}
    for feature in counts[0].keys() | counts[1].keys():
        if counts[0][feature] + counts[1][feature] < min_count:
            continue
        polite = (counts[1][feature] + alpha) / (totals[1] + 2 * alpha)
        impolite = (counts[0][feature] + alpha) / (totals[0] + 2 * alpha)
        weights[feature] = math.log(polite / impolite)
    return weights


def score(weights: dict[str, float], feats: frozenset[str]) -> float:
    return sum(weights.get(feature, 0.0) for feature in feats)


def labelled_auc(scored: list[tuple[float, int]]) -> float:
    """AUC of (score, label) pairs, polite = 1."""
    return rank_auc([s for s, label in scored if label], [s for s, label in scored if not label])


def examples_auc(weights: dict[str, float], examples: list[Example]) -> float:
    return labelled_auc([(score(weights, feats), label) for feats, label in examples])


def cross_validated_auc(examples: list[Example], folds: int = 5, seed: int = 1) -> float:
    """AUC over every example, each scored by the model trained on the folds it is not in."""
    order = list(range(len(examples)))
    random.Random(seed).shuffle(order)
    scored: list[tuple[float, int]] = []
    for fold in range(folds):
        held = set(order[fold::folds])
        weights = train(examples[i] for i in order if i not in held)
        scored += [(score(weights, examples[i][0]), examples[i][1]) for i in held]
    return labelled_auc(scored)


def run(datasets: Path = DEFAULT_DATASETS, folds: int = 5, seed: int = 1) -> dict:
    if not (datasets / "stanford_politeness").is_dir():
        return {"benchmark": "politeness_ceiling",
                "datasets_missing": f"datasets absent ({datasets}/stanford_politeness)"}
    examples = {domain: quartile_examples(datasets, domain) for domain in DOMAINS}
    result: dict = {"benchmark": "politeness_ceiling", "folds": folds, "domains": {}}
    for domain in DOMAINS:
        other = DOMAINS[1 - DOMAINS.index(domain)]
        result["domains"][domain] = {
            "rows": len(examples[domain]),
            "ours": round(domain_auc(datasets, domain, ours), 4),
            "one_rater": round(one_rater_agreement(datasets, domain), 4),
            "word_model_in_domain": round(cross_validated_auc(examples[domain], folds, seed), 4),
            # trained on the other domain, scored here: the unseen-domain ceiling
            "word_model_from_other": round(examples_auc(train(examples[other]),
                                                        examples[domain]), 4),
        }
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--datasets", type=Path, default=DEFAULT_DATASETS,
                        help=f"folder holding stanford_politeness/ (default {DEFAULT_DATASETS})")
    parser.add_argument("--folds", type=int, default=5, help="cross-validation folds (default 5)")
    args = parser.parse_args(argv)
    result = run(args.datasets, args.folds)
    if "datasets_missing" in result:
        print(f"politeness ceiling: skipped, {result['datasets_missing']}")
        return 0
    print("Politeness quartile task: our scorer's AUC against two ceilings")
    print(f"  {'domain':<16}{'ours':>6}{'one person':>11}{'word model, same domain':>25}"
          f"{'word model, other domain':>26}")
    for domain, one in result["domains"].items():
        print(f"  {domain:<16}{one['ours']:>6.3f}{one['one_rater']:>11.3f}"
              f"{one['word_model_in_domain']:>25.3f}{one['word_model_from_other']:>26.3f}")
    print(f"  same domain: {args.folds}-fold cross-validation; other domain: trained on all of the"
          " other domain's quartile rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
