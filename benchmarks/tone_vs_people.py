"""How far the tone scorer agrees with people, next to raw VADER. Not a timed test: run it by hand.

    python3 benchmarks/tone_vs_people.py [--datasets PATH]

1. Stanford Politeness Corpus, the paper's task (top quarter polite vs bottom quarter impolite):
   AUC per domain for our score and for raw VADER compound on the same rows. The rules were tuned
   looking only at Stack Exchange (TUNED_ON); Wikipedia is the unseen domain. Beside them, how
   well one crowd rater agrees with the other four on the same rows: the human ceiling.
2. Our own twin set (tests/data/care_replies.yaml): share of good replies ranked above their bad
   twin, ours vs raw VADER.
3. Throughput on one core: replies per second, ours vs raw VADER, on the development set's
   replies of 110-210 characters (about 160 on average, typical real replies), each scored in
   the context of the post it answers.

AUC is the Mann-Whitney statistic (ties count half), so no scikit-learn is needed.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks._datasets import (  # noqa: E402
    DEFAULT_DATASETS,
    load_twins,
    one_rater_agreement,
    politeness_rows,
    quartile_task,
    rank_auc,
    twin_ranking,
)
from scoring.tone import clear_caches, score_reply, vader_compound  # noqa: E402

TUNED_ON = "stack_exchange"
TARGETS = {"wikipedia": 0.90, "stack_exchange": 0.80}


def ours(text: str) -> float:
    return float(score_reply(text).score)


def domain_auc(datasets: Path, domain: str, scorer: Callable[[str], float]) -> float:
    polite, impolite = quartile_task(politeness_rows(datasets, domain))
    return rank_auc([scorer(r.text) for r in polite], [scorer(r.text) for r in impolite])


def throughput(items: list, scorer: Callable[..., object], seconds: float = 2.0) -> float:
    """Replies per CPU second over `items` (argument tuples for `scorer`). The scorer's
    per-text memory is cleared before every pass, so repeating them measures scoring, not a
    cache lookup."""
    done = 0
    start = time.process_time()
    while time.process_time() - start < seconds:
        clear_caches()
        for item in items:
            scorer(*item)
        done += len(items)
    return done / (time.process_time() - start)


def typical_replies() -> list:
    """(reply, context) pairs: the development set's replies of 110-210 characters."""
    from scoring.tone.evaluation import context_for, read_rows

    rows = read_rows(REPO / "tests" / "data" / "tone_eval" / "dev.jsonl")
    return [(row["reply"], context_for(row)) for row in rows if 110 <= len(row["reply"]) <= 210]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--datasets", type=Path, default=DEFAULT_DATASETS,
                        help=f"folder holding stanford_politeness/ (default {DEFAULT_DATASETS})")
    parser.add_argument("--seconds", type=float, default=2.0, help="time per throughput run")
    args = parser.parse_args(argv)

    print("Tone scorer vs people")
    if not (args.datasets / "stanford_politeness").is_dir():
        print(f"  politeness corpus: skipped ({args.datasets}/stanford_politeness not found)")
    else:
        print(f"  Stanford Politeness, top vs bottom quartile AUC (rules tuned on {TUNED_ON}; "
              "the other domain is unseen)")
        print(f"  {'domain':<16}{'ours':>8}{'VADER':>8}{'1 rater':>9}{'target':>8}  role")
        for domain in ("wikipedia", "stack_exchange"):
            ours_auc = domain_auc(args.datasets, domain, ours)
            vader_auc = domain_auc(args.datasets, domain, vader_compound)
            person = one_rater_agreement(args.datasets, domain)
            role = "tuning" if domain == TUNED_ON else "unseen"
            print(f"  {domain:<16}{ours_auc:>8.3f}{vader_auc:>8.3f}{person:>9.3f}"
                  f"{TARGETS[domain]:>8.2f}  {role}")
        print("  1 rater: one annotator's rating against the quarters of the other four's mean,"
              " how well a single person does the same task")

    twins = load_twins()
    ranking = twin_ranking(twins)
    print(f"  twin set ({len(twins)} pairs, {2 * len(twins)} replies): good above bad twin "
          f"ours {ranking.ours:.1%}, raw VADER {ranking.vader:.1%}")
    for pair in ranking.failures:
        print(f"    ours fails: {pair.id} ({pair.rule})")

    items = typical_replies()
    bare = [(text,) for text, _ in items]
    ours_rate = throughput(bare, score_reply, args.seconds)
    context_rate = throughput(items, score_reply, args.seconds)
    vader_rate = throughput(bare, vader_compound, args.seconds)
    mean_len = sum(len(text) for text, _ in items) / len(items)
    print(f"  throughput (one core, replies of {mean_len:.0f} chars on average): "
          f"ours {ours_rate:,.0f}/s bare, {context_rate:,.0f}/s in their post's context, "
          f"raw VADER {vader_rate:,.0f}/s, ratio {ours_rate / vader_rate:.2f}")
    return 0


def run(datasets: Path = DEFAULT_DATASETS, seconds: float = 1.0, rounds: int = 3) -> dict:
    """The same three measurements as `main`, as data for `benchmarks/run`.

    Throughput alternates ours and raw VADER for `rounds` rounds of `seconds` each and reports
    the medians, so a busy machine weighs on both alike. AUC is None when the corpus is absent.
    """
    import statistics

    twins = load_twins()
    ranking = twin_ranking(twins)
    items = typical_replies()
    texts = [text for text, _ in items]
    bare = [(text,) for text in texts]
    ours_rates, context_rates, vader_rates = [], [], []
    for _ in range(rounds):
        ours_rates.append(throughput(bare, score_reply, seconds))
        context_rates.append(throughput(items, score_reply, seconds))
        vader_rates.append(throughput(bare, vader_compound, seconds))
    ours_rate, vader_rate = statistics.median(ours_rates), statistics.median(vader_rates)
    context_rate = statistics.median(context_rates)
    result: dict = {
        "benchmark": "tone_vs_people",
        "throughput": {"ours_per_s": round(ours_rate), "vader_per_s": round(vader_rate),
                       "ours_in_context_per_s": round(context_rate),
                       "ratio": round(ours_rate / vader_rate, 3), "rounds": rounds,
                       "mean_chars": round(sum(map(len, texts)) / len(texts))},
        "twins": {"pairs": len(twins), "ours": ranking.ours, "vader": ranking.vader,
                  "failures": [pair.id for pair in ranking.failures]},
        "auc": None,
    }
    if (datasets / "stanford_politeness").is_dir():
        result["auc"] = {
            domain: {"ours": round(domain_auc(datasets, domain, ours), 4),
                     "vader": round(domain_auc(datasets, domain, vader_compound), 4),
                     "one_rater": round(one_rater_agreement(datasets, domain), 4),
                     "target": TARGETS[domain],
                     "role": "tuning" if domain == TUNED_ON else "unseen"}
            for domain in ("wikipedia", "stack_exchange")
        }
    else:
        result["datasets_missing"] = f"datasets absent ({datasets}/stanford_politeness)"
    return result


if __name__ == "__main__":
    raise SystemExit(main())
