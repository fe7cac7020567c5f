"""`crisis-drill tone --file`: score a file of (post, reply[, grade]) rows, the way a QA team checks
the scorer on its own historical replies.

    crisis-drill tone --file replies.csv                 # a line per reply, then the summary
    crisis-drill tone --file replies.jsonl -o scored.csv # every row with its score and findings

Columns: `post` and `reply` (required); `grade` (a care lead's 1-5, for the rank correlation);
`author` ("Name @handle"), `channel`, `max_length`, `brand`, `hashtag`, `info_link`, `facts` (in
CSV, facts separated by " | "), `severity` (routine, serious, safety or 1-5); `pair`/`role` and
`kind` for twin pairs and gaming rows. Rows keep every column they came with.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Any

from scoring.tone import ToneReport, score_reply
from scoring.tone.evaluation import RowError, context_for, measure, read_rows
from simulator.cli import CommandError, UsageError
from simulator.printable import printable
from simulator.spreadsheet import render_csv

OUTPUT_SUFFIXES = (".csv", ".jsonl")


def run_file(path: Path, output: Path | None, fail_under: int | None) -> int:
    if output is not None and str(output) != "-" and output.suffix.lower() not in OUTPUT_SUFFIXES:
        raise UsageError(f"-o {output}: write a .csv or .jsonl file (or - for JSON lines)")
    if not path.is_file():
        raise CommandError(f"{path}: no such file" if not path.exists() else
                           f"{path}: not a regular file")
    try:
        rows = read_rows(path)
    except RowError as err:
        raise CommandError(str(err)) from None
    except UnicodeDecodeError:
        raise CommandError(f"{path}: not UTF-8 text (save it as UTF-8)") from None
    except (ValueError, csv.Error) as err:
        raise CommandError(f"{path}: {err}") from None
    if not rows:
        raise CommandError(f"{path}: no rows to score")
    scored: list[tuple[dict[str, Any], ToneReport]] = []
    for row in rows:
        try:
            ctx = context_for(row)
        except ValueError as err:
            raise CommandError(f"{path}:{row['_line']}: {err}") from None
        scored.append((row, score_reply(row["reply"], ctx)))
    if output is None:
        for row, report in scored:
            grade = "" if row["_grade"] is None else f"  grade {row['_grade']:g}"
            print(f"{report.score:3d}{grade}  {printable(row['reply'])[:70]}")
    elif str(output) == "-":
        sys.stdout.write(_jsonl(scored))
    else:
        text = _csv(scored) if output.suffix.lower() == ".csv" else _jsonl(scored)
        try:
            output.write_text(text, encoding="utf-8")
        except OSError as err:
            raise CommandError(f"cannot write {output}: {err.strerror or err}") from None
    print(_summary(scored, output), file=sys.stderr if str(output) == "-" else sys.stdout)
    lowest = min(report.score for _, report in scored)
    return 1 if fail_under is not None and lowest < fail_under else 0


def _findings(report: ToneReport) -> str:
    """One cell: `rule +points "evidence"; ...`, for a spreadsheet column."""
    parts = []
    for finding in report.findings:
        evidence = report.text[finding.span[0] : finding.span[1]] if finding.span else ""
        parts.append(f"{finding.rule} {finding.points:+d}" + (f' "{evidence}"' if evidence else ""))
    return "; ".join(parts)


def _public(row: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in row.items() if not key.startswith("_")}


def _jsonl(scored: list[tuple[dict[str, Any], ToneReport]]) -> str:
    lines = []
    for row, report in scored:
        data = {**_public(row), "score": report.score, "findings": report.to_dict()["findings"]}
        lines.append(json.dumps(data, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def _csv(scored: list[tuple[dict[str, Any], ToneReport]]) -> str:
    columns: list[str] = []
    for row, _ in scored:
        columns += [key for key in _public(row) if key not in columns]
    columns += ["score", "findings"]
    rows = []
    for row, report in scored:
        cells = {**_public(row), "score": report.score, "findings": _findings(report)}
        rows.append([_flat(cells.get(name)) for name in columns])
    return render_csv(columns, rows)


def _flat(value: Any) -> Any:
    """A list (facts) as one cell, facts separated by " | " as the reader expects them."""
    if isinstance(value, list):
        return " | ".join(str(item) for item in value)
    return value


def _summary(scored: list[tuple[dict[str, Any], ToneReport]], output: Path | None) -> str:
    scores = [report.score for _, report in scored]
    lines = [f"scored {len(scored)} replies, mean {sum(scores) / len(scores):.1f}"
             + (f", written to {printable(str(output))}" if output and str(output) != "-" else "")]
    by_row = {id(row): report.score for row, report in scored}
    m = measure([row for row, _ in scored], lambda row: by_row[id(row)])
    if m.graded >= 2:
        lines.append(f"rank correlation with the grades (Spearman): {m.spearman:+.3f} over "
                     f"{m.graded} graded replies")
    if m.pairs:
        lines.append(f"good reply above its bad twin: {m.pairs_right} of {m.pairs}")
    if m.gaming:
        lines.append(f"gaming replies at or above the median natural excellent reply: "
                     f"{m.gaming_at_or_above} of {m.gaming}")
    return "\n".join(lines)
