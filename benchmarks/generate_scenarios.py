"""Generated scenarios: how fast, how varied, and whether their crowd reads like the bundled ones.

    python3 benchmarks/generate_scenarios.py [--seeds 9]

- generation time per scenario (write, coherence checks, validate with the real loader; target
  under 100 ms), measured side by side with loading a bundled file of the same size through the
  same loader, interleaved, median of each;
- the approved templates: each storyline post answered with the template meant for it
  (`coherence.template_fit`), the share reaching the tone the post asks for;
- diversity over kinds × difficulties × seeds (216 scenarios by default): distinct brands, and
  the share of scripted post texts (posts and follow-ups) that appear more than once (target
  under 5 %), also with the brand, handle, hashtag and city masked, which is what a template
  with blanks would repeat;
- the crowd-realism figures of `crowd_realism.py` (duplicates, distinct-2, the most frequent
  content word, posts saying a sentence twice, the complaints' median VADER) on generated
  scenarios next to the bundled ones: the drills of three seeds, one scenario per kind and
  difficulty, played by nobody (the crowd's own words) and by the human-paced bot (whose good
  statements calm the crowd, as they should).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.crowd_realism import (  # noqa: E402
    distinct_n,
    duplicate_share,
    generated_texts,
    spread,
)
from scoring.tone import vader_compound  # noqa: E402
from simulator.bots.headless import run_drill  # noqa: E402
from simulator.drill.events import EventKind  # noqa: E402
from simulator.generate import generate  # noqa: E402
from simulator.generate.kinds import available_kinds  # noqa: E402
from simulator.scenario.library import bundled_scenarios  # noqa: E402
from simulator.scenario.loader import load_scenario, validate_text  # noqa: E402
from simulator.scenario.model import Scenario  # noqa: E402

TARGET_MS = 100.0
REPEAT_TARGET = 0.05
DIFFICULTIES = ("easy", "medium", "hard")
CROWD_SEEDS = (1, 2, 3)


def scripted_texts(scenario: Scenario) -> list[str]:
    from simulator.scenario.model import walk_follow_ups

    texts = []
    for post in scenario.posts:
        texts.append(post.text)
        texts += [follow_up.text for _, follow_up in walk_follow_ups(post.follow_ups)]
    return texts


MASKED = ("handle", "hashtag", "link", "brand", "city", "product", "product2", "outlet",
          "last_name")


def masked(text: str, words: dict[str, str]) -> str:
    """The text with the crisis's own words (brand, handle, city, product...) blanked."""
    for name in MASKED:
        if words.get(name):
            text = re.sub(re.escape(words[name]), "<x>", text, flags=re.IGNORECASE)
    return text


def timing(kinds: tuple[str, ...], seeds: range) -> dict[str, float]:
    """Generation and a bundled load, interleaved so both see the same machine."""
    bundled = [path.read_text("utf-8") for _, path in bundled_scenarios()]
    generate(kinds[0], seed=0)  # imports and caches out of the way
    validate_text(bundled[0])
    ours, theirs = [], []
    for index, (kind, difficulty, seed) in enumerate(
            (k, d, s) for k in kinds for d in DIFFICULTIES for s in seeds):
        started = time.perf_counter()
        generate(kind, difficulty=difficulty, seed=seed)
        ours.append(time.perf_counter() - started)
        started = time.perf_counter()
        validate_text(bundled[index % len(bundled)])
        theirs.append(time.perf_counter() - started)
    return {"generate_ms": round(statistics.median(ours) * 1000, 1),
            "generate_max_ms": round(max(ours) * 1000, 1),
            "load_bundled_ms": round(statistics.median(theirs) * 1000, 1),
            "scenarios": len(ours)}


def diversity(kinds: tuple[str, ...], seeds: range) -> dict[str, object]:
    from simulator.generate.coherence import template_fit

    fits = 0
    fitting = 0
    brands: set[str] = set()
    texts: list[str] = []
    masked_texts: list[str] = []
    for kind in kinds:
        for difficulty in DIFFICULTIES:
            for seed in seeds:
                made = generate(kind, difficulty=difficulty, seed=seed)
                scenario = made.scenario
                brands.add(scenario.brand.name)
                for fit in template_fit(scenario, made.draft.roles, seed):
                    fits += 1
                    fitting += fit.ok
                for text in scripted_texts(scenario):
                    texts.append(text)
                    masked_texts.append(masked(text, made.draft.words))
    counts = Counter(texts)
    masked_counts = Counter(masked_texts)
    repeats = sum(n for n in counts.values() if n > 1) / len(texts)
    masked_repeats = sum(n for n in masked_counts.values() if n > 1) / len(masked_texts)
    return {"scenarios": len(kinds) * len(DIFFICULTIES) * len(seeds), "brands": len(brands),
            "scripted_texts": len(texts), "repeat_share": round(repeats, 4),
            "repeat_share_masked": round(masked_repeats, 4),
            "templates_fitting": fitting, "templates_tried": fits,
            "most_repeated": [text for text, n in masked_counts.most_common(3) if n > 1]}


def crowd_figures(scenarios: list[Scenario], bot: str) -> dict[str, object]:
    """Per scenario (its drills of CROWD_SEEDS pooled), then averaged over scenarios: pooled over
    all of them, duplicates would grow and distinct-2 shrink with the number of scenarios alone,
    and the two sets differ in size. The complaints' median VADER is over all of them."""
    texts: list[str] = []
    complaints: list[str] = []
    spreads = []
    duplicates, distinct = [], []
    for scenario in scenarios:
        mine = []
        for seed in CROWD_SEEDS:
            log = run_drill(scenario, seed, bot).engine.log
            mine += generated_texts(log)
            complaints += [e.data["text"] for e in log if e.kind == EventKind.POST_ARRIVED
                           and e.data["source"] == "crowd" and e.data["kind"] == "complaint"]
        texts += mine
        spreads.append(spread(scenario, mine))
        duplicates.append(duplicate_share(mine))
        distinct.append(distinct_n(mine, 2))
    return {"drills": len(scenarios) * len(CROWD_SEEDS), "posts": len(texts),
            "duplicate_share": round(statistics.mean(duplicates), 4),
            "distinct_2": round(statistics.mean(distinct), 4),
            "top_word_share": round(statistics.mean(float(s["top_word_share"])  # type: ignore[arg-type]
                                                    for s in spreads), 4),
            "repeated_sentence_share": round(statistics.mean(
                float(s["repeated_sentence_share"]) for s in spreads), 4),  # type: ignore[arg-type]
            "complaint_vader_median": round(statistics.median(
                vader_compound(text) for text in complaints), 4)}


def run(seeds: int = 9) -> dict[str, object]:
    kinds = available_kinds()
    span = range(1, seeds + 1)
    speed = timing(kinds, span)
    varied = diversity(kinds, span)
    # every kind at every difficulty (the bundled four are one easy, one medium, two hard)
    generated = [generate(kind, difficulty=difficulty, seed=1).scenario
                 for kind in kinds for difficulty in DIFFICULTIES]
    bundled = [load_scenario(path) for _, path in bundled_scenarios()]
    return {
        "benchmark": "generate_scenarios",
        "kinds": list(kinds),
        "timing": speed,
        "fast_enough": speed["generate_ms"] < TARGET_MS,
        "diversity": varied,
        "varied_enough": float(varied["repeat_share"]) < REPEAT_TARGET,  # type: ignore[arg-type]
        # played by nobody: the crowd's own words; by the human-paced bot: as a trainee meets
        # them, calmer after good statements (so the complaints read less negative)
        "crowd_generated": crowd_figures(generated, "silent"),
        "crowd_bundled": crowd_figures(bundled, "silent"),
        "crowd_generated_played": crowd_figures(generated, "human"),
        "crowd_bundled_played": crowd_figures(bundled, "human"),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=int, default=9, help="seeds per kind and difficulty")
    args = parser.parse_args(argv)
    print(json.dumps(run(args.seeds), indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
