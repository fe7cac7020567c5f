"""The two YAML slips facilitators make most, told plainly and quoted so the rest can be checked.

Text with `: ` in it (`text: Update: we are open`) and text that starts with `@` or a backtick
(`handle: @dana`) are not plain YAML text: PyYAML stops with "mapping values are not allowed here"
or "found character '@' that cannot start any token", which says nothing about the fix. For both
`quote_slip` finds the value on the line, says "put it in quotes" with the line as it should be,
and returns the file with that value quoted, so the loader can go on and report every other
mistake in the same run (the file still fails: the slip is an error).

Only a value that clearly is text is quoted: a plain value after `key: ` or `- ` on its own line
(with any more-indented continuation lines), or one item of an inline `{...}`/`[...]`. Anything
else (a line that is itself the continuation of text above, a value that is already quoted, a
block `|`/`>`) is left alone, and the syntax error is reported as PyYAML gives it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

COLON_IN_TEXT = "mapping values are not allowed here"
CANNOT_START = "that cannot start any token"
SNIPPET_CHARS = 40  # of a long value, the part the hint shows

# `key: ` at the start of a line's content, after any `- ` list markers; group 1 is the
# indentation and the markers, group 2 the key. A key is a plain word or words (no quotes).
_KEY = re.compile(r"^(\s*(?:-\s+)*)([^\s:#'\"{}\[\],&*!|>%@`](?:[^:#]*?[^\s:])?)\s*:(?:\s+|$)")
_ITEM = re.compile(r"^(\s*(?:-\s+)+)")  # a bare list item: `- value`
_NOT_PLAIN = tuple("'\"{[|>&*!")  # a value starting so is not plain text we may quote


@dataclass(frozen=True, slots=True)
class Slip:
    """A quotable value: the hint for the syntax error, and the file with the value quoted."""

    hint: str
    text: str


def quote_slip(text: str, line: int, col: int, problem: str | None) -> Slip | None:
    """The fix for PyYAML's `problem` at 0-based `line`/`col` of `text`, if it is a known slip."""
    lines = text.split("\n")
    if not problem or line >= len(lines):
        return None
    source = lines[line]
    if problem == COLON_IN_TEXT:
        start = _block_value_start(lines, line)
        if start is None or not start < col or source[start:].startswith(_NOT_PLAIN):
            return None
        return _quote_block(lines, line, start, 'text with ": " in it must be quoted')
    if CANNOT_START in problem and col < len(source) and source[col] in "@`":
        what = f"text that starts with {source[col]} must be quoted"
        if _flow_depth(source[:col]) > 0:
            return _quote_flow(lines, line, col, what)
        if _block_value_start(lines, line) == col:
            return _quote_block(lines, line, col, what)
    return None


def _block_value_start(lines: list[str], line: int) -> int | None:
    """Where the plain value of `key: value` or `- value` starts on this line, unless the line
    continues text from the line above (then its `: ` may be a mis-indented key)."""
    source = lines[line]
    match = _KEY.match(source)
    if match:
        start = match.end()
    else:
        item = _ITEM.match(source)
        if item is None:
            return None
        start = item.end()
    if start >= len(source.rstrip()) or _continues_text(lines, line):
        return None
    return start


def _continues_text(lines: list[str], line: int) -> bool:
    indent = len(lines[line]) - len(lines[line].lstrip(" "))
    for above in reversed(lines[:line]):
        stripped = above.strip()
        if not stripped or stripped.startswith("#"):
            continue
        opener = _ITEM.match(above)
        content = len(opener.group(1)) if opener else len(above) - len(above.lstrip(" "))
        opens_block = stripped.endswith((":", "|", ">", "|-", ">-")) or stripped == "-"
        return indent > content and not opens_block
    return False


def _flow_depth(before: str) -> int:
    depth = 0
    for ch in before:
        if ch in "{[":
            depth += 1
        elif ch in "}]":
            depth -= 1
    return depth


def _plain_end(source: str, start: int) -> int:
    """The end of a plain value on a line: before ` #` (a comment) or the line's end."""
    comment = source.find(" #", start)
    end = comment if comment >= 0 else len(source)
    return len(source[:end].rstrip())


def _quote_block(lines: list[str], line: int, start: int, why: str) -> Slip:
    key_indent = len(lines[line]) - len(lines[line].lstrip(" -"))
    last = line
    for number in range(line + 1, len(lines)):  # more-indented lines continue the text
        following = lines[number]
        if not following.strip() or following.lstrip().startswith("#"):
            break
        if len(following) - len(following.lstrip(" ")) <= key_indent:
            break
        last = number
    first_end = _plain_end(lines[line], start) if last == line else len(lines[line].rstrip())
    parts = [(line, start, first_end)]
    parts += [(n, len(lines[n]) - len(lines[n].lstrip(" ")), _plain_end(lines[n], 0))
              for n in range(line + 1, last + 1)]
    return _quote(lines, parts, why, lines[line][:start].strip(" -"))


def _quote_flow(lines: list[str], line: int, col: int, why: str) -> Slip:
    source = lines[line]
    end = len(source)
    for index in range(col, len(source)):
        if source[index] in ",}]" or source.startswith(" #", index):
            end = index
            break
    end = len(source[:end].rstrip())
    key = re.search(r"([^\s{,\[]+)\s*:\s*$", source[:col])
    return _quote(lines, [(line, col, end)], why, f"{key.group(1)}:" if key else "")


def _quote(lines: list[str], parts: list[tuple[int, int, int]], why: str, key: str) -> Slip:
    """Quote the value spread over `parts` (line, start, end): double quotes, or single quotes
    when the text holds a double quote or a backslash (which double quotes would read)."""
    pieces = [lines[n][start:end] for n, start, end in parts]
    single = any('"' in piece or "\\" in piece for piece in pieces)
    mark = "'" if single else '"'
    fixed = list(lines)
    for index, (n, start, end) in enumerate(parts):
        piece = pieces[index].replace("'", "''") if single else pieces[index]
        opening = mark if index == 0 else ""
        closing = mark if index == len(parts) - 1 else ""
        fixed[n] = lines[n][:start] + opening + piece + closing + lines[n][end:]
    value = " ".join(piece.strip() for piece in pieces)
    if len(value) > SNIPPET_CHARS:
        value = value[: SNIPPET_CHARS - 1].rstrip() + "…"
    if single:
        value = value.replace("'", "''")
    shown = f"{key} {mark}{value}{mark}".strip()
    return Slip(f"; {why}: {shown}", "\n".join(fixed))
