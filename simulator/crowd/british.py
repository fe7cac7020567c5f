"""The crowd's English, American or British by the scenario's crowd locale.

The generic text banks (`crowd_text`, `crowd_moods`) are written in American English; a crowd whose
locale is British-English speaking (`en_GB`, `en_IE`, `en_AU`, `en_NZ`, `en_IN`) gets them with
British words and spelling: a solicitor, not an attorney; mum, a flat, a holiday, the council.
Only the generic lines are rewritten, before their slots are filled, so a scenario's own patterns
and the values in them (product names, cities) stay exactly as written.
"""

from __future__ import annotations

import re
from functools import cache, partial

# Crowd locales whose people write British English. Every other locale (en_US, en_CA, and the
# non-English ones, whose crowds still post in English here) keeps the American banks.
BRITISH_LOCALES = frozenset({"en_GB", "en_IE", "en_AU", "en_NZ", "en_IN"})

# American → British, whole words or phrases, longest first where one contains another. Only
# words that mean the same thing wherever they stand: "line" (a queue, or a line of text) and
# "check" (a cheque, or to look) are left alone and kept out of the banks instead.
TO_BRITISH: tuple[tuple[str, str], ...] = (
    ("an attorney", "a solicitor"),
    ("attorneys", "solicitors"),
    ("attorney", "solicitor"),
    ("moms", "mums"),
    ("mom", "mum"),
    ("vacation", "holiday"),
    ("apartment", "flat"),
    ("gas station", "petrol station"),
    ("cell phone", "mobile"),
    ("zip code", "postcode"),
    ("the DMV", "the council"),
    ("city hall", "the council"),
    ("mall", "shopping centre"),
    ("Main Street", "High Street"),
    ("Plaza", "Retail Park"),
    ("soccer", "football"),
    ("the game tonight", "the match tonight"),
    ("trash", "rubbish"),
    ("behavior", "behaviour"),
    ("canceled", "cancelled"),
    ("canceling", "cancelling"),
    ("favorite", "favourite"),
    ("color", "colour"),
    ("apologize", "apologise"),
    ("realize", "realise"),
    ("organized", "organised"),
    ("neighbors", "neighbours"),
    ("neighbor", "neighbour"),
    ("math", "maths"),
    ("gotten", "got"),
    ("ER", "A&E"),
    ("the subway", "the tube"),
)
_PATTERNS = tuple(
    (re.compile(rf"\b{re.escape(american)}\b", 0 if american.isupper() else re.IGNORECASE),
     british)
    for american, british in TO_BRITISH
)


def is_british(locale: str) -> bool:
    return locale in BRITISH_LOCALES


def britishise(line: str) -> str:
    """One generic line in British English, keeping the case each word was written in."""
    for pattern, british in _PATTERNS:
        line = pattern.sub(partial(_in_case_of, british), line)
    return line


def _in_case_of(british: str, match: re.Match[str]) -> str:
    return _same_case(match.group(0), british)


def _same_case(found: str, replacement: str) -> str:
    if found.isupper() and len(found) > 2:
        return replacement.upper()
    if found[:1].isupper() and not replacement[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


@cache
def localised(lines: tuple[str, ...], british: bool) -> tuple[str, ...]:
    """A bank as the crowd of that locale writes it (cached: the banks are module constants)."""
    return tuple(britishise(line) for line in lines) if british else lines


# British → American, for generated scenarios played by an American (or other non-British)
# crowd: the words a kind's writer may use that an American would not. Whole words, curated
# to what means one thing wherever it stands ("flat", "holiday" and "centre" are left alone:
# a flat tyre, a bank holiday, a leisure centre's name).
TO_AMERICAN: tuple[tuple[str, str], ...] = (
    ("a solicitor", "a lawyer"),
    ("solicitors", "lawyers"),
    ("solicitor", "lawyer"),
    ("lorries", "trucks"),
    ("lorry", "truck"),
    ("car parks", "parking lots"),
    ("car park", "parking lot"),
    ("blue badge bay", "accessible parking space"),
    ("blue badge", "disabled parking permit"),
    ("postcode", "zip code"),
    ("mums", "moms"),
    ("mum", "mom"),
    ("trading standards", "the consumer protection office"),
    ("behaviour", "behavior"),
    ("favourite", "favorite"),
    ("colour", "color"),
    ("apologise", "apologize"),
    ("apologised", "apologized"),
    ("realise", "realize"),
    ("organised", "organized"),
    ("neighbours", "neighbors"),
    ("neighbour", "neighbor"),
    ("cancelled", "canceled"),
    ("programme", "program"),
)
_AMERICAN = tuple(
    (re.compile(rf"\b{re.escape(british)}\b", re.IGNORECASE), american)
    for british, american in TO_AMERICAN
)


def americanise(line: str) -> str:
    """One line in American English, keeping the case each word was written in."""
    for pattern, american in _AMERICAN:
        line = pattern.sub(partial(_in_case_of, american), line)
    return line
