"""Cells for CSV files people open in a spreadsheet: text that starts like a formula is defused.

A reply, a name or a post written by anyone ("=HYPERLINK(...)", "@=1+1") would run as a formula
in Excel or LibreOffice; a leading quote makes the spreadsheet show it as text. Every CSV the
program writes goes through `safe_cell`, through `render_csv`, the one CSV writer.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """A CSV cell a spreadsheet shows as text: formulas are defused with a leading quote."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return value
    text = str(value)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def render_csv(columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """CSV text every spreadsheet opens the same way: every cell quoted, CRLF line ends (RFC
    4180), each cell through `safe_cell` (the header too: column names can come from a file)."""
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow([safe_cell(name) for name in columns])
    for row in rows:
        writer.writerow([safe_cell(value) for value in row])
    return out.getvalue()
