"""What the loader reports: one `Problem` per mistake, each pointing at a line and column.

Kept apart from the YAML code so the cross-checks (which only see the model) and the CLI can speak
about problems without importing PyYAML.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from difflib import get_close_matches
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True, slots=True)
class Problem:
    """One mistake in a scenario file; lines and columns are 1-based, as editors show them."""

    path: str
    line: int
    col: int
    message: str
    severity: Severity = "error"

    def __str__(self) -> str:
        from simulator.printable import printable  # a file name can hold escape sequences

        prefix = "warning: " if self.severity == "warning" else ""
        return printable(f"{self.path}:{self.line}:{self.col}: {prefix}{self.message}")

    @property
    def is_error(self) -> bool:
        return self.severity == "error"


class ScenarioError(Exception):
    """A scenario file that cannot be loaded; `problems` lists every mistake, in file order."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(problem) for problem in problems))

    @property
    def errors(self) -> list[Problem]:
        return [problem for problem in self.problems if problem.is_error]


@dataclass(frozen=True, slots=True)
class Spot:
    """Where a value sits in the source (0-based, as PyYAML counts), plus how it was written.

    `style` is the YAML scalar style (None for plain, `'`, `"`, `|`, `>`); it lets a check point
    at a placeholder inside a string rather than at the start of the string.
    """

    line: int
    col: int
    end_line: int = -1
    style: str | None = None


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """` (did you mean 'x'?)` for a near miss, else an empty string."""
    matches = get_close_matches(str(word), [str(choice) for choice in choices], n=1, cutoff=0.6)
    return f"; did you mean {matches[0]!r}?" if matches else ""


def did_you_mean_named(word: str, names: Mapping[str, str]) -> str:
    """`; did you mean 'x'?` for a near miss of an id or of its display name, in any case: a
    facilitator types `twitter` or `X` for the channel `x` named "X / Twitter". `names` maps
    each id to its name; the hint always names the id, which is what the file must say."""
    wanted = str(word).strip().lower()
    by_text: dict[str, str] = {}
    for id_ in names:  # ids first: `X` is the id `x` before it is part of any name
        by_text.setdefault(id_.lower(), id_)
    for id_, name in names.items():
        by_text.setdefault(name.strip().lower(), id_)
        for part in re.split(r"[/|,()]+", name):  # "X / Twitter" is also "x" and "twitter"
            if part.strip():
                by_text.setdefault(part.strip().lower(), id_)
    if wanted in by_text:
        return f"; did you mean {by_text[wanted]!r}?"
    hint = did_you_mean(word, names)
    if hint:
        return hint
    matches = get_close_matches(wanted, list(by_text), n=1, cutoff=0.6)
    return f"; did you mean {by_text[matches[0]]!r}?" if matches else ""


def sort_key(problem: Problem) -> tuple[str, int, int, int]:
    return (problem.path, problem.line, problem.col, 0 if problem.is_error else 1)
