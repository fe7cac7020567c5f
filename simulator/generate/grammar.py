"""A small seeded grammar: how a kind of crisis says things in many ways, not one template.

A rule is a list of alternatives; an alternative is text in which `<name>` expands another rule
(or a value of the crisis, such as its brand or city), `<a|b|c>` picks one of its choices inline,
and `<?a>` is there half of the time. Choices nest: `<my <son|daughter>|our baby>`. Braces are
left alone, so the crowd's `{slots}` and the templates' `{name}` pass through untouched.

Why a grammar: two posts drawn from the same rule share a structure but seldom a sentence, so a
scenario reads as people wrote it, and 200 scenarios seldom repeat a scripted post (the diversity
figure in benchmarks/generate_scenarios.py). Why seeded: the same seed writes the same file.
"""

from __future__ import annotations

import random
import re
from collections.abc import Mapping, Sequence

Rules = Mapping[str, Sequence[str]]


class GrammarError(ValueError):
    """A rule refers to a name nobody defined, or an angle bracket is left open."""


class Grammar:
    """Expands rules with one seeded stream; `values` are the crisis's fixed words."""

    def __init__(self, rules: Rules, rng: random.Random,
                 values: Mapping[str, str] | None = None) -> None:
        self.rules = rules
        self.rng = rng
        # kept by reference: the caller fixes more of the crisis's words as it draws them
        self.values: Mapping[str, str] = values if values is not None else {}

    def say(self, text: str) -> str:
        """`text` expanded: every `<...>` replaced, braces kept."""
        out, _ = self._expand(text, 0, top=True)
        return _tidy(out)

    def pick(self, rule: str) -> str:
        """One alternative of `rule`, expanded."""
        return self.say(f"<{rule}>")

    def _expand(self, text: str, start: int, *, top: bool) -> tuple[str, int]:
        """Expand from `start` to the end (top) or to the `>` closing a group; returns the text
        and the index after it. A group's `|` separates choices; one is chosen and expanded."""
        choices: list[str] = []
        parts: list[str] = []
        i = start
        while i < len(text):
            char = text[i]
            if char == "<":
                inner, i = self._group(text, i + 1)
                parts.append(inner)
                continue
            if not top and char == "|":
                choices.append("".join(parts))
                parts = []
                i += 1
                continue
            if not top and char == ">":
                choices.append("".join(parts))
                return self._choose(choices), i + 1
            parts.append(char)
            i += 1
        if not top:
            raise GrammarError(f"unclosed '<' in {text!r}")
        return "".join(parts), i

    def _group(self, text: str, start: int) -> tuple[str, int]:
        """A `<...>` group after its `<`: a name, an optional `?` part, or choices."""
        close = text.find(">", start)
        name = text[start:close] if close >= 0 else ""
        if name and all(c.isalnum() or c == "_" for c in name):
            return self._name(name), close + 1
        if text.startswith("?", start):
            inner, end = self._expand(text, start + 1, top=False)
            return (inner if self.rng.random() < 0.5 else ""), end
        return self._expand(text, start, top=False)

    def _choose(self, choices: list[str]) -> str:
        return choices[self.rng.randrange(len(choices))] if len(choices) > 1 else choices[0]

    def _name(self, name: str) -> str:
        if name in self.values:
            return self.values[name]
        alternatives = self.rules.get(name)
        if not alternatives:
            raise GrammarError(f"no rule or value named {name!r}")
        out, _ = self._expand(alternatives[self.rng.randrange(len(alternatives))], 0, top=True)
        return out


def _tidy(text: str) -> str:
    """Spaces left by an empty optional part (doubled, or before punctuation), and a full stop
    after a question or an exclamation where two parts meet ("down?." reads "down?")."""
    out = " ".join(text.split())
    for mark in (" ,", " .", " ?", " !", " :"):
        out = out.replace(mark, mark[1])
    for doubled, single in (("?.", "?"), ("!.", "!"), (".,", ","), ("?,", "?")):
        out = out.replace(doubled, single)
    return _AN.sub(_an, out)


# "a" before a vowel where parts meet ("a Albatross Airways agent", "a expert"); words that
# start with a vowel letter but a consonant sound ("a user", "a one-off") keep "a".
_AN = re.compile(r"\b([Aa]) (?=([AEIOUaeiou]\w*))")
_CONSONANT_SOUND = ("uni", "use", "usu", "uti", "eu", "one", "once", "ubiq", "ufo")


def _an(match: re.Match[str]) -> str:
    word = match.group(2).lower()
    if word.startswith(_CONSONANT_SOUND):
        return match.group(0)
    return f"{match.group(1)}n "
