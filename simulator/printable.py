"""Text from people, made safe to show on a terminal.

Post texts, names, replies and notes come from scenario files, from the shared results file and
from whatever a trainee pastes. A terminal obeys control characters (ESC sequences clear the
screen, retitle the window, move the cursor), so every such string is passed through
`printable` before it is drawn. Each control character becomes one visible stand-in (its Unicode
"control picture", or U+FFFD for the C1 range), one character for one, so the character spans of
tone findings still point at the same evidence.
"""

from __future__ import annotations

from typing import Any

_PICTURES = {code: 0x2400 + code for code in range(0x20) if code != 0x0A}  # ␀ … ␟, keep "\n"
_PICTURES[0x09] = 0x20  # a tab is whitespace to a reader: one space
_PICTURES[0x7F] = 0x2421  # ␡
_PICTURES.update({code: 0xFFFD for code in range(0x80, 0xA0)})  # C1 controls (e.g. CSI 0x9B)
# Bidirectional overrides and isolates reorder what follows them: "\u202e" shows a reply (or a
# file name) backwards. Shown as U+FFFD, visibly there and obeyed by nothing.
_PICTURES.update({code: 0xFFFD for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))})


def printable(text: str) -> str:
    """`text` with every control character except newline replaced by a visible stand-in."""
    return text.translate(_PICTURES)


def printable_data(value: Any) -> Any:
    """`printable` applied to every string inside JSON-like data (dicts, lists, tuples)."""
    if isinstance(value, str):
        return value.translate(_PICTURES)
    if isinstance(value, dict):
        return {key: printable_data(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(printable_data(item) for item in value)
    return value


MAX_NAME_LENGTH = 60  # a trainee, team or facilitator name, not a paragraph


def clean_name(name: str) -> str:
    """A name as people will see it: printable, whitespace collapsed, at most MAX_NAME_LENGTH."""
    return " ".join(printable(name).split())[:MAX_NAME_LENGTH]


def control_characters(text: str) -> list[str]:
    """The control characters in `text` that `printable` would replace (tabs are allowed)."""
    return sorted({ch for ch in text if ord(ch) in _PICTURES and ch != "\t"})
