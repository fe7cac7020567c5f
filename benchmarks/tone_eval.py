"""The tone scorer against a care lead's grades: development set and frozen test set side by side.

    python3 benchmarks/tone_eval.py [--set dev|test|both] [--failures N]

Both sets are in tests/data/tone_eval/ and were written by helpers who had only the rubric
(docs/tone-rubric.md) and the seed guides, never the rules or the code. The scorer was tuned on
`dev.jsonl` only; `test.jsonl` was frozen before tuning began (its SHA-256 is pinned in
tests/scoring/test_tone_eval_sets.py) and is never looked at row by row. For each set and
scorer (ours, raw VADER compound, "longer reply wins") it prints:
- twin pairs where the good reply scores above its bad twin (a tie counts as wrong);
- gaming replies that score at or above the median of the natural, excellent replies;
- Spearman's rank correlation with the grades.
`--failures N` lists the dev set's worst cases (never the test set's).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from scoring.tone import score_reply, vader_compound  # noqa: E402
from scoring.tone.evaluation import Measures, context_for, measure, read_rows  # noqa: E402

SETS = {"dev": REPO / "tests/data/tone_eval/dev.jsonl",
        "test": REPO / "tests/data/tone_eval/test.jsonl"}
TARGETS = {"pairs": 0.90, "gaming": 0.11, "spearman": 0.75}


def ours(row: Mapping[str, Any]) -> float:
    return float(score_reply(str(row["reply"]), context_for(row)).score)


def vader(row: Mapping[str, Any]) -> float:
    return vader_compound(str(row["reply"]))


def length(row: Mapping[str, Any]) -> float:
    return float(len(str(row["reply"])))


SCORERS: dict[str, Callable[[Mapping[str, Any]], float]] = {
    "ours": ours, "raw VADER": vader, "longer wins": length,
}


def evaluate(name: str) -> dict[str, Measures]:
    rows = read_rows(SETS[name])
    return {label: measure(rows, scorer) for label, scorer in SCORERS.items()}


def run(sets: tuple[str, ...] = ("dev", "test")) -> dict[str, Any]:
    """For benchmarks/run: every set that exists, every scorer."""
    return {name: {label: m.to_dict() for label, m in evaluate(name).items()}
            for name in sets if SETS[name].exists()}


def _line(label: str, m: Measures) -> str:
    share = m.pairs_right / max(1, m.pairs)
    return (f"  {label:<12} pairs {m.pairs_right:>3}/{m.pairs:<3} ({share:.0%})"
            f"   gaming >= excellent median {m.gaming_at_or_above:>2}/{m.gaming:<2}"
            f"   Spearman {m.spearman:+.3f} (n={m.graded})")


def failures(limit: int) -> None:
    rows = read_rows(SETS["dev"])
    scored = [(ours(r), r) for r in rows]
    by_pair: dict[str, dict[str, tuple[float, dict[str, Any]]]] = {}
    for value, row in scored:
        if row.get("pair"):
            by_pair.setdefault(row["pair"], {})[row["role"]] = (value, row)
    print("\n# dev pairs ranked wrong")
    for pair in by_pair.values():
        if "good" in pair and "bad" in pair and pair["good"][0] <= pair["bad"][0]:
            for role in ("good", "bad"):
                value, row = pair[role]
                _show(role, value, row)
            print()
    print("# dev: grade vs score, biggest gaps")
    ranked = sorted(scored, key=lambda s: -abs(s[0] - (s[1]["grade"] - 1) * 25))
    for value, row in ranked[:limit]:
        _show(f"g{row['grade']:.0f}", value, row)


def _show(tag: str, value: float, row: Mapping[str, Any]) -> None:
    report = score_reply(str(row["reply"]), context_for(row))
    print(f"{tag:>5} {value:5.0f} [{row['id']} {row.get('kind')} {row.get('severity')}] "
          f"POST: {row['post'][:150]}")
    print(f"      REPLY: {row['reply']}")
    print("      " + ", ".join(f"{f.rule}{f.points:+d}" for f in report.findings))
    print(f"      facts: {row.get('facts')}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=("dev", "test", "both"), default="both")
    parser.add_argument("--failures", type=int, default=0, metavar="N")
    args = parser.parse_args()
    names = ("dev", "test") if args.set == "both" else (args.set,)
    for name in names:
        if not SETS[name].exists():
            print(f"{name}: {SETS[name]} missing")
            continue
        print(f"{name} ({SETS[name].name})")
        for label, m in evaluate(name).items():
            print(_line(label, m))
    if args.failures:
        failures(args.failures)


if __name__ == "__main__":
    main()
