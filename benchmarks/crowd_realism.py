"""Is the generated crowd varied and really angry? Measured on one one-hour drill (~2,000 posts).

    python3 benchmarks/crowd_realism.py [--datasets PATH] [--seed 1]

- exact duplicates among the crowd's posts (target under 1 %), both as the engine delivers them and
  straight from the generator (the engine redraws a duplicate, a few tries at most);
- distinct-2: distinct word pairs / all word pairs (Li et al. 2016), higher is more varied;
- the median VADER compound of generated complaints next to that of the tweets people rated
  negative in VADER's ICWSM-2014 ground truth (mean rating < -0.05): the crowd must be at least as
  negative (target: crowd median <= people's median);
- follower counts (heavy tail: most small, a few big) and the mix of post kinds.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks._datasets import DEFAULT_DATASETS, vader_tweets  # noqa: E402
from benchmarks.engine_drill import hour_scenario  # noqa: E402
from scoring.tone import vader_compound  # noqa: E402
from simulator.drill.crowd import CrowdGenerator  # noqa: E402
from simulator.drill.engine import Engine  # noqa: E402
from simulator.drill.events import POST_ARRIVED  # noqa: E402

NEGATIVE_BELOW = -0.05
DUPLICATE_TARGET = 0.01
_TOKEN = re.compile(r"\w+|[^\w\s]")


def duplicate_share(texts: list[str]) -> float:
    return 1 - len(set(texts)) / len(texts) if texts else 0.0


def distinct_n(texts: list[str], n: int = 2) -> float:
    grams: list[tuple[str, ...]] = []
    for text in texts:
        words = _TOKEN.findall(text.lower())
        grams.extend(zip(*(words[i:] for i in range(n)), strict=False))
    return len(set(grams)) / len(grams) if grams else 0.0


def human_negative_median(datasets: Path) -> tuple[float | None, int]:
    """Median VADER compound of tweets people rated negative, or None if the data is absent."""
    path = datasets / "vader_icwsm2014" / "tweets_GroundTruth.txt"
    if not path.is_file():
        return None, 0
    negative = [text for text, rating in vader_tweets(datasets) if rating < NEGATIVE_BELOW]
    return statistics.median(vader_compound(text) for text in negative), len(negative)


def run(datasets: Path = DEFAULT_DATASETS, seed: int = 1) -> dict[str, object]:
    scenario = hour_scenario()
    engine = Engine(scenario, seed)
    engine.advance(scenario.duration)
    crowd = [e.data for e in engine.log if e.kind == POST_ARRIVED and e.data["source"] == "crowd"]
    texts = [data["text"] for data in crowd]
    complaints = [data["text"] for data in crowd if data["kind"] == "complaint"]
    # The generator alone, same kinds in the same order, without the engine's redraw.
    generator = CrowdGenerator(scenario, seed)
    rng = random.Random(f"{seed}:crowd-raw")
    raw = [generator.post(rng, data["kind"]).text for data in crowd]
    followers = sorted(data["author"]["followers"] for data in crowd)
    crowd_median = statistics.median(vader_compound(text) for text in complaints)
    people_median, people_n = human_negative_median(datasets)
    return {
        "benchmark": "crowd_realism",
        "posts": len(texts),
        "complaints": len(complaints),
        "duplicate_share": round(duplicate_share(texts), 4),
        "duplicate_share_raw": round(duplicate_share(raw), 4),
        "duplicates_ok": duplicate_share(texts) < DUPLICATE_TARGET,
        "distinct_1": round(distinct_n(texts, 1), 4),
        "distinct_2": round(distinct_n(texts, 2), 4),
        "complaint_vader_median": round(crowd_median, 4),
        "people_negative_vader_median": None if people_median is None else round(people_median, 4),
        "people_negative_tweets": people_n,
        "angry_enough": None if people_median is None else crowd_median <= people_median,
        "followers_median": followers[len(followers) // 2],
        "followers_p99": followers[int(len(followers) * 0.99)],
        "share_10k_plus": round(sum(f >= 10_000 for f in followers) / len(followers), 4),
        "kinds": dict(Counter(data["kind"] for data in crowd).most_common()),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--datasets", type=Path, default=DEFAULT_DATASETS,
                        help=f"folder holding vader_icwsm2014/ (default {DEFAULT_DATASETS})")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    r = run(args.datasets, args.seed)
    print(f"crowd of one one-hour drill: {r['posts']} posts, {r['complaints']} complaints")
    print(f"  exact duplicates      {r['duplicate_share']:.2%} delivered, "
          f"{r['duplicate_share_raw']:.2%} from the generator alone "
          f"(target < {DUPLICATE_TARGET:.0%}: {'met' if r['duplicates_ok'] else 'NOT met'})")
    print(f"  distinct-1 / -2       {r['distinct_1']:.3f} / {r['distinct_2']:.3f}")
    print(f"  VADER median, crowd complaints      {r['complaint_vader_median']:+.4f}")
    if r["people_negative_vader_median"] is None:
        print(f"  VADER median, people-negative tweets: DATASET ABSENT "
              f"({args.datasets / 'vader_icwsm2014' / 'tweets_GroundTruth.txt'} not found)")
    else:
        print(f"  VADER median, people-negative tweets {r['people_negative_vader_median']:+.4f} "
              f"({r['people_negative_tweets']} tweets rated < {NEGATIVE_BELOW})  "
              f"angry enough: {'yes' if r['angry_enough'] else 'NO'}")
    print(f"  followers: median {r['followers_median']}, p99 {r['followers_p99']}, "
          f"{r['share_10k_plus']:.1%} at 10k+")
    print("  kinds: " + ", ".join(f"{kind} {count}" for kind, count in r["kinds"].items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
