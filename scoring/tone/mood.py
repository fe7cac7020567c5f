"""How the brand sounds: shouting, sarcasm, and levity about a serious matter.

This family replaces the old VADER sentiment points. Sentiment of the whole reply measured the
customer's problem as much as the brand's stance: "that's frightening" and "a real loss" read
negative, so empathy lost points (measured: -0.8 points on good replies, +2.7 on bad ones). What
a care lead hears is the brand's own mood, and these rules look only at that.
"""

from __future__ import annotations

import re
from functools import lru_cache

from scoring.tone.text import Phrases

SARCASM = Phrases(
    r"yeah,? right", r"oh,? (?:great|wonderful|sure|brilliant|joy|really)", r"sure,? because",
    r"good luck with that", r"nice try", r"bless your heart", r"congrat\w* on",
    r"thanks for nothing", r"thanks for the (?:sarcasm|attitude|lecture|essay)",
    r"(?:wow|gee|golly),? (?:just )?(?:wow|thanks)", r"what a surprise",
    r"shocking,", r"/s", r"rocket science", r"must be nice", r"as if(?=[.!])",
    r"(?:clearly|obviously) you know (?:better|best)", r"(?:wow|gee)(?=[,.!])",
    r"because (?:that|this) (?:always|totally) works", r"heaven forbid", r"cool story",
    r"(?:🙄|😏|🙃|🤡)", r"big surprise", r"who knew", r"yawn",
)

# Cheer and jokes: harmless on a compliment, harmful on a post about a child alone or a gas smell.
LEVITY_WORDS = Phrases(
    r"haha\w*", r"hehe\w*", r"lol", r"lmao", r"rofl",
    r"have an? (?:great|lovely|nice|wonderful|fantastic|good|amazing|super) (?:day|weekend"
    r"|evening|one|rest of your day)", r"(?:cheers|ta-?da|yay|woohoo|whoops|oops)",
    r"(?:fun|good) news", r"every cloud", r"look on the bright side", r"silver lining",
    r"no biggie", r"(?:keep|stay) smiling", r"happy days",
    group="safety",
)
LEVITY_SIGNS = Phrases(
    r":\)", r":-\)", r":d\b", r";\)",
    r"(?:😊|🙂|😀|😃|😄|😁|😆|😅|😂|🤣|😉|😎|🎉|👍|✨|🙌|🥳|😜|🤞|💪|🌞|☀️|🍀|😍|🤗|💛|❤️|🎁|🍕|🍿|🎬|🏃)",
    bounded=False, group="safety",
)


def levity(low: str) -> re.Match[str] | None:
    """The first joke, emoji or cheery sign-off in the reply."""
    found = [m for m in (LEVITY_WORDS.search(low), LEVITY_SIGNS.search(low)) if m is not None]
    return min(found, key=lambda m: m.start()) if found else None


_CAPS_WORD = re.compile(r"\b[A-Z][A-Z']{2,}\b")
_BANGS = re.compile(r"[!?]*![!?]*!+[!?]*|\?{3,}")
_ANY_UPPER_RUN = re.compile(r"[^\W\d_a-z]{3}")
_WORD = re.compile(r"\w+")
_ACRONYMS = frozenset(
    """
FAQ URL ASAP USA DM DMS PM ID SMS UK US EU PDF ETA FYI NHS OK CEO TV ATM GPS APP USB HTML
CSS API UTC GMT EST PST BST CET AM IT HR PR CVV PIN OTP SSN IBAN GP A&E NB PS
    """.split()  # noqa: SIM905 (a word list reads best as text)
)


@lru_cache(maxsize=64)
def _allowed_caps(brand: str, hashtag: str) -> frozenset[str]:
    return _ACRONYMS | {w.upper() for w in _WORD.findall(brand + " " + hashtag)}


def shouting(text: str, brand: str, hashtag: str) -> tuple[int, int] | None:
    """Capitals beyond acronyms and the brand's own name, or "!!"."""
    if not _ANY_UPPER_RUN.search(text) and "!!" not in text and "??" not in text:
        return None
    allowed = _allowed_caps(brand, hashtag)
    caps = [m for m in _CAPS_WORD.finditer(text) if m.group(0).strip("'") not in allowed
            and not any(ch.isdigit() for ch in m.group(0))]
    long_caps = [m for m in caps if len(m.group(0)) >= 4]
    if len(long_caps) >= 2 or (long_caps and len(long_caps[0].group(0)) >= 6) or len(caps) >= 3:
        return (long_caps or caps)[0].span()
    bangs = _BANGS.search(text)
    if bangs:
        return bangs.span()
    letters = sum(map(str.isalpha, text))
    if letters >= 12 and sum(map(str.isupper, text)) > 0.6 * letters:
        return (0, len(text))
    return None
