"""Plain-text tables for command output, aligned by terminal cells, not by characters.

Names and post texts carry emoji and other wide characters ("Zoë 😀" is 6 cells, 5 characters);
padding by `len` would push every later column out of line.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Any


def cell_width(text: str) -> int:
    """Terminal cells `text` takes: wide characters count 2, combining marks 0."""
    width = 0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def text_table(headers: Sequence[str], rows: Sequence[Sequence[Any]], *,
               right: set[int] | frozenset[int] = frozenset(), rule: bool = False) -> list[str]:
    """The lines of a table: columns two spaces apart, `right` aligned right (numbers), an
    optional dashed rule under the headers."""
    cells = [[str(c) for c in headers], *[[str(c) for c in row] for row in rows]]
    widths = [max(cell_width(row[i]) for row in cells) for i in range(len(headers))]
    lines = []
    for index, row in enumerate(cells):
        parts = []
        for i, (cell, width) in enumerate(zip(row, widths, strict=True)):
            pad = " " * (width - cell_width(cell))
            parts.append(pad + cell if i in right else cell + pad)
        lines.append("  ".join(parts).rstrip())
        if index == 0 and rule:
            lines.append("  ".join("-" * w for w in widths))
    return lines
