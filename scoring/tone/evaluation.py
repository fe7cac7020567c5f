"""Checking the scorer against people: rows of (post, reply, grade), and the three measures.

Used by `crisis-drill tone --file` (a QA team checks the scorer on its own historical replies)
and by `benchmarks/tone_eval.py` (the development and frozen test sets). Plain Python: ranks are
computed here, no SciPy.

A row is a mapping with at least `post` and `reply`; optional `grade` (1-5), `author`
("Name @handle"), `channel`, `max_length`, `brand`, `hashtag`, `info_link`, `facts` (a list, or
one string with facts separated by " | "), `severity` (routine/serious/safety or 1-5), and for
twin pairs `pair` and `role` (good/bad), and `kind` (natural_excellent, gaming, ...).
"""

from __future__ import annotations

import csv
import json
import math
import statistics
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scoring.tone.model import ReplyContext

SEVERITY = {"routine": 2, "serious": 4, "safety": 5}


class RowError(ValueError):
    """A row that cannot be scored, with its line number."""


def split_author(author: str) -> tuple[str, str]:
    """"Sophie Martin @sophie_m" -> ("Sophie Martin", "@sophie_m"); a bare handle or name works."""
    parts = author.split()
    handles = [p for p in parts if p.startswith("@")]
    name = " ".join(p for p in parts if not p.startswith("@"))
    return name, handles[0] if handles else ""


def _facts(value: Any) -> tuple[str, ...]:
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        return tuple(part.strip() for part in value.split(" | ") if part.strip())
    if isinstance(value, list):
        return tuple(str(item) for item in value)
    raise ValueError("facts must be a list or a ' | '-separated string")


def context_for(row: Mapping[str, Any]) -> ReplyContext:
    """The scoring context a row describes."""
    name, handle = split_author(str(row.get("author") or ""))
    severity = row.get("severity") or 2
    if isinstance(severity, str):
        severity = SEVERITY.get(severity, int(severity) if severity.isdigit() else 2)
    max_length = row.get("max_length")
    return ReplyContext(
        post_text=str(row.get("post") or ""),
        customer_name=name,
        customer_handle=handle,
        channel=str(row.get("channel") or ""),
        max_length=int(max_length) if max_length not in (None, "") else None,
        hashtag=str(row.get("hashtag") or ""),
        info_link=str(row.get("info_link") or ""),
        brand=str(row.get("brand") or ""),
        facts=_facts(row.get("facts")),
        severity=int(severity),
        safety=str(row.get("severity") or "") == "safety",
    )


def read_rows(path: Path) -> list[dict[str, Any]]:
    """Rows from a .jsonl or .csv file (UTF-8), each with its line number as `_line` and its
    grade as a number in `_grade` (None when ungraded); the other columns stay as written."""
    suffix = path.suffix.lower()
    rows: list[dict[str, Any]] = []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        if suffix == ".jsonl":
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as err:
                    raise RowError(f"{path}:{number}: not JSON: {err.msg}") from None
                if not isinstance(row, dict):
                    raise RowError(f"{path}:{number}: each line must be a JSON object")
                rows.append({**row, "_line": number})
        elif suffix == ".csv":
            reader = csv.DictReader(handle)
            for row in reader:
                rows.append({**row, "_line": reader.line_num})
        else:
            raise RowError(f"{path}: expected a .csv or .jsonl file, not {suffix or 'no suffix'!r}")
    for row in rows:
        for key in ("post", "reply"):
            if not isinstance(row.get(key), str):
                raise RowError(f"{path}:{row['_line']}: missing {key!r} (every row needs a post "
                               "and a reply)")
        grade = row.get("grade")
        if grade not in (None, ""):
            try:
                row["_grade"] = float(grade)
            except (TypeError, ValueError):
                raise RowError(f"{path}:{row['_line']}: grade {grade!r} is not a number") from None
        else:
            row["_grade"] = None
    return rows


def grade_of(row: Mapping[str, Any]) -> float | None:
    """A row's grade as a number (read_rows parses it into `_grade`), or None."""
    if "_grade" in row:
        return row["_grade"]
    grade = row.get("grade")
    return None if grade in (None, "") else float(grade)


def ranks(values: Sequence[float]) -> list[float]:
    """1-based ranks, ties sharing their mean rank."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    result = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            result[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return result


def spearman(xs: Sequence[float], ys: Sequence[float]) -> float:
    """Spearman's rank correlation (Pearson on ranks, ties averaged); nan if undefined."""
    if len(xs) != len(ys) or len(xs) < 2:
        return math.nan
    rx, ry = ranks(xs), ranks(ys)
    mx, my = statistics.fmean(rx), statistics.fmean(ry)
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry, strict=True))
    vx = sum((a - mx) ** 2 for a in rx)
    vy = sum((b - my) ** 2 for b in ry)
    return cov / math.sqrt(vx * vy) if vx and vy else math.nan


@dataclass(frozen=True, slots=True)
class Measures:
    """The three measures a care lead's sets ask for, for one scorer on one set."""

    pairs_right: int
    pairs: int
    gaming_at_or_above: int
    gaming: int
    spearman: float
    graded: int

    def to_dict(self) -> dict[str, Any]:
        return {"pairs_right": self.pairs_right, "pairs": self.pairs,
                "gaming_at_or_above_excellent_median": self.gaming_at_or_above,
                "gaming": self.gaming, "spearman": round(self.spearman, 3), "graded": self.graded}


def measure(rows: Iterable[Mapping[str, Any]], score: Callable[[Mapping[str, Any]], float]
            ) -> Measures:
    """Twin pairs ranked right (a tie is wrong), gaming replies scoring at or above the median of
    the natural excellent ones, and the rank correlation with the grades."""
    rows = list(rows)
    scores = [score(row) for row in rows]
    by_pair: dict[str, dict[str, float]] = {}
    for row, value in zip(rows, scores, strict=True):
        if row.get("pair") and row.get("role") in ("good", "bad"):
            by_pair.setdefault(str(row["pair"]), {})[str(row["role"])] = value
    complete = [p for p in by_pair.values() if "good" in p and "bad" in p]
    right = sum(p["good"] > p["bad"] for p in complete)
    kinds = [r.get("kind") for r in rows]
    excellent = [v for k, v in zip(kinds, scores, strict=True) if k == "natural_excellent"]
    gaming = [v for k, v in zip(kinds, scores, strict=True) if k == "gaming"]
    median = statistics.median(excellent) if excellent else math.inf
    graded = [(v, g) for r, v in zip(rows, scores, strict=True)
              if (g := grade_of(r)) is not None]
    rho = spearman([v for v, _ in graded], [g for _, g in graded]) if graded else math.nan
    return Measures(right, len(complete), sum(v >= median for v in gaming), len(gaming), rho,
                    len(graded))
