"""How people type: one sentence after another, a repeated one dropped, the odd typo, a word in
CAPS. Plain text helpers for the crowd generator (`simulator.crowd.generator`), kept apart so the
generator holds the choices and this module the mechanics."""

from __future__ import annotations

import random
import re

WORD = re.compile(r"[A-Za-z]{5,}")
_PLAIN_WORD = re.compile(r"(?<![@#\w.])[A-Za-z]{5,}")  # not in a handle, hashtag or link
_BRACED = re.compile(r"\{[^{}]*\}")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|(?<=[.!?][\"'”)])\s+")


def words(text: str) -> set[str]:
    """The longer words of a text, lower-cased; `{slots}` are not words."""
    return {word.lower() for word in WORD.findall(_BRACED.sub(" ", text))}


def lower_first(text: str) -> str:
    """`text` after a lead-in: "Quick one: is it..." (but "I", "OK" and "@handle" stay)."""
    if text[:1].isupper() and not text[1:2].isupper() and not text.startswith(("I ", "I'")):
        return text[:1].lower() + text[1:]
    return text


def tidy(text: str) -> str:
    """Drop a sentence a post already said (a pattern's "Disgusting." and a closer's), keeping
    any quotation mark it closed; compare words only, so case and "!!!" do not hide a repeat."""
    parts = _SENTENCE_BREAK.split(text)
    if len(parts) < 2:
        return text
    kept: list[str] = []
    seen: set[str] = set()
    for part in parts:
        key = " ".join(re.findall(r"[a-z0-9']+", part.lower()))
        if key and key in seen:
            quotes = "".join(ch for ch in part if ch in "\"“”")
            if quotes and kept:
                kept[-1] += quotes
            continue
        seen.add(key)
        kept.append(part)
    return " ".join(kept)


def ended(text: str) -> str:
    """`text` as a finished sentence, to put more after it."""
    return f"{text}." if text[-1:].isalnum() else text


def end_sentence(text: str, closer: str) -> str:
    """`text` then `closer`, ending the text's sentence first: "…my cold brew. Never again."."""
    end = "." if text[-1:].isalnum() and closer[:1].isupper() else ""
    return f"{text}{end} {closer}"


def shout_words(rng: random.Random, text: str) -> str:
    """One or two longer words in CAPS (never inside a handle, a hashtag or a link)."""
    matches = list(_PLAIN_WORD.finditer(text))
    if not matches:
        return text
    for match in rng.sample(matches, min(len(matches), rng.randint(1, 2))):
        text = text[: match.start()] + match.group(0).upper() + text[match.end() :]
    return text


def typo(rng: random.Random, text: str) -> str:
    """One believable slip: swapped, dropped or doubled letter in a longer word."""
    matches = list(_PLAIN_WORD.finditer(text))
    if not matches:
        return text
    match = rng.choice(matches)
    word, i = match.group(0), rng.randrange(1, len(match.group(0)) - 1)
    kind = rng.randrange(3)
    if kind == 0:
        slipped = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    elif kind == 1:
        slipped = word[:i] + word[i + 1 :]
    else:
        slipped = word[:i] + word[i] + word[i:]
    return text[: match.start()] + slipped + text[match.end() :]
