"""Is the generated crowd varied and really angry? Measured on one one-hour drill (~2,000 posts).

    python3 benchmarks/crowd_realism.py [--datasets PATH] [--seed 1]

- exact duplicates among the crowd's posts (target under 1 %), both as the engine delivers them and
  straight from the generator (the engine redraws a duplicate, a few tries at most);
- distinct-2: distinct word pairs / all word pairs (Li et al. 2016), higher is more varied;
- the median VADER compound of generated complaints next to that of the tweets people rated
  negative in VADER's ICWSM-2014 ground truth (mean rating < -0.05): the crowd must be at least as
  negative (target: crowd median <= people's median);
- follower counts (heavy tail: most small, a few big) and the mix of post kinds;
- per bundled scenario, in the drills of seeds 1-5 played by the human-paced bot (pooled: one
  drill has as few as 30 generated posts), and in the one-hour drill: the share of generated posts
  (crowd and reactions) that contain the most frequent content word (a word of three
  letters or more, not a stop word, not the brand's name, handle or hashtag; lower is more varied:
  one stock insult everywhere reads as a machine), and the share of posts that say one sentence
  twice ("Pathetic. ... Pathetic."; lower is better, 0 is the target).
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks._datasets import DEFAULT_DATASETS, vader_tweets  # noqa: E402
from benchmarks.engine_drill import hour_scenario  # noqa: E402
from scoring.tone import vader_compound  # noqa: E402
from simulator.bots.headless import run_drill  # noqa: E402
from simulator.crowd.generator import CrowdGenerator  # noqa: E402
from simulator.drill.engine import Engine  # noqa: E402
from simulator.drill.events import Event, EventKind  # noqa: E402
from simulator.scenario import load_scenario  # noqa: E402
from simulator.scenario.library import bundled_scenarios  # noqa: E402
from simulator.scenario.model import Scenario  # noqa: E402

NEGATIVE_BELOW = -0.05
DUPLICATE_TARGET = 0.01
SPREAD_SEEDS = range(1, 6)
_TOKEN = re.compile(r"\w+|[^\w\s]")
_CONTENT = re.compile(r"[a-z][a-z']+")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”)]*\s+")
# Words that say nothing about a post's vocabulary (and contractions' halves).
_STOP_TEXT = """
a about after again all am an and any anyone are as at be been before being but by can can't
could did didn't do does doesn't don't for from get got had has have haven't he her here him his
how i i'm i've if in into is isn't it it's its just me more my no not now of off on one only or
our out over really she so some still than that that's the their them then there they this to
too up us very was wasn't we were what when where which who why will with won't would you you're
your yet im ive dont cant its
"""
STOP_WORDS = frozenset(_STOP_TEXT.split())


def duplicate_share(texts: list[str]) -> float:
    return 1 - len(set(texts)) / len(texts) if texts else 0.0


def distinct_n(texts: list[str], n: int = 2) -> float:
    grams: list[tuple[str, ...]] = []
    for text in texts:
        words = _TOKEN.findall(text.lower())
        grams.extend(zip(*(words[i:] for i in range(n)), strict=False))
    return len(set(grams)) / len(grams) if grams else 0.0


def content_words(text: str, skip: frozenset[str] = frozenset()) -> set[str]:
    """The content words of a post, lower-cased: three letters or more, no stop word."""
    return {word for word in _CONTENT.findall(text.lower())
            if len(word) >= 3 and word not in STOP_WORDS and word not in skip}


def top_word_share(texts: list[str], skip: frozenset[str] = frozenset()) -> tuple[str, float]:
    """The most frequent content word and the share of posts that contain it."""
    counts = Counter(word for text in texts for word in content_words(text, skip))
    if not counts:
        return "", 0.0
    word, count = counts.most_common(1)[0]
    return word, count / len(texts)


def sentences(text: str) -> list[str]:
    """A post's sentences, normalised (case, punctuation, emoji dropped) to compare them."""
    normal = (" ".join(re.findall(r"[a-z0-9']+", part.lower()))
              for part in _SENTENCE_END.split(text))
    return [sentence for sentence in normal if sentence]


def repeated_sentence_share(texts: list[str]) -> float:
    """Share of posts in which one sentence appears twice."""
    repeated = sum(1 for text in texts if len(set(parts := sentences(text))) < len(parts))
    return repeated / len(texts) if texts else 0.0


def brand_words(scenario: Scenario) -> frozenset[str]:
    brand = scenario.brand
    return frozenset(content_words(f"{brand.name} {brand.handle} {brand.hashtag}"))


def spread(scenario: Scenario, texts: list[str]) -> dict[str, object]:
    word, share = top_word_share(texts, brand_words(scenario))
    return {"posts": len(texts), "top_word": word, "top_word_share": round(share, 4),
            "repeated_sentence_share": round(repeated_sentence_share(texts), 4)}


def generated_texts(log: list[Event]) -> list[str]:
    return [e.data["text"] for e in log
            if e.kind == EventKind.POST_ARRIVED and e.data["source"] in ("crowd", "reaction")]


def scenario_spread(seeds: range = SPREAD_SEEDS) -> dict[str, dict[str, object]]:
    """Per bundled scenario: the drills of `seeds` played by the human-paced bot, their
    generated posts' most frequent content word and repeated sentences."""
    found: dict[str, dict[str, object]] = {}
    for sid, path in bundled_scenarios():
        scenario = load_scenario(path)
        texts = [text for seed in seeds
                 for text in generated_texts(run_drill(scenario, seed, "human").engine.log)]
        found[sid] = spread(scenario, texts)
    return found


def human_negative_median(datasets: Path) -> tuple[float | None, int]:
    """Median VADER compound of tweets people rated negative, or None if the data is absent."""
    path = datasets / "vader_icwsm2014" / "tweets_GroundTruth.txt"
    if not path.is_file():
        return None, 0
    negative = [text for text, rating in vader_tweets(datasets) if rating < NEGATIVE_BELOW]
    return statistics.median(vader_compound(text) for text in negative), len(negative)


def run(datasets: Path = DEFAULT_DATASETS, seed: int = 1) -> dict[str, Any]:
    scenario = hour_scenario()
    engine = Engine(scenario, seed)
    engine.advance(scenario.duration)
    crowd = [e.data for e in engine.log
             if e.kind == EventKind.POST_ARRIVED and e.data["source"] == "crowd"]
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
        "hour_drill_spread": spread(scenario, generated_texts(engine.log)),
        "scenarios": scenario_spread(),
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
    print("most frequent content word / repeated sentence, generated posts (crowd + reactions):")
    rows = {"one-hour drill (no player)": r["hour_drill_spread"],
            **r["scenarios"]}
    print(f"  (bundled scenarios: seeds {SPREAD_SEEDS.start}-{SPREAD_SEEDS.stop - 1} pooled, "
          "played by the human-paced bot)")
    for sid, figures in rows.items():
        print(f"  {sid:<27} {figures['posts']:>4} posts  most frequent content word "
              f"{figures['top_word']!r:<14} in {figures['top_word_share']:6.1%}  "
              f"repeated sentence in {figures['repeated_sentence_share']:6.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
