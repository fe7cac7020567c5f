"""Cells for CSV files people open in a spreadsheet: text that starts like a formula is defused.

A reply, a name or a post written by anyone ("=HYPERLINK(...)", "@=1+1") would run as a formula
in Excel or LibreOffice; a leading quote makes the spreadsheet show it as text. Every CSV the
program writes goes through `safe_cell`.
"""

from __future__ import annotations

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
