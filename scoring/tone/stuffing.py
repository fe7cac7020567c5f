"""Replies that game the score: keyword soup and repetition.

"Sorry! Thanks! We understand! Apologies! DM us! Today! Please! Hi Jane!" uses every word a care
lead likes and says nothing. The seeds' "making responses feel less robotic" is the guidance: a
reply made of stock fragments, or of the same sentence twice, reads as a machine.
"""

from __future__ import annotations

import re
from collections import Counter

from scoring.tone.text import WORD, sentences

_FRAGMENT_MAX_WORDS = 4
_TAG = re.compile(r"(?<![\w#])#\w+|https?://\S+|www\.\S+|\b[\w-]+\.(?:com|co\.uk|org|net|io|de|fr|es|it)"
                  r"(?:/\S*)?")
# Corporate filler that sounds caring and says nothing about the post.
_FILLER_WORDS = (
    r"(?:thanks?|thank you|sorry|apologi\w*|understand\w*|appreciate\w*|value\w*|feedback|patience"
    r"|matters?|priority|priorities|seriously|care|cares|here to help|help|happy|hear|reaching out"
    r"|reach out|touch|dm|message|please|frustration|inconvenience\w*|experience|concern\w*"
    r"|important|sincerely|truly|deeply|we|we're|we've|we'll|us|our|you|your|you're|for|to|the|a|an"
    r"|and|is|are|of|in|any|all|this|that|it|so|very|really|much|hi|hello|hey|caused|safety"
    r"|security|secure|safe|stay|take|takes|customers?|always|here|how|know|on|with|be|will|best"
    r"|service|team|top|first|look|looking|into|sort|soon|as|possible|asap|get|back|details"
    r"|listening|listen|working|work|hard|doing|everything|can|committed|dedicated|ensure"
    r"|resolve|resolved|sorted|on it|it's|i'm|we've|there|around|clock|hear|heard|feel|together"
    r"|sincere|sincerest|apology|apologies|appreciated|valued|i)"
)
# A clause made only of filler words (and the punctuation between them), in one regex call.
_FILLER_CLAUSE = re.compile(rf"[\W\d_]*(?:{_FILLER_WORDS}(?![\w'])[\W\d_]*)+")


def _stock_only(clause: str) -> bool:
    """A clause made only of care filler ("We value your feedback!")."""
    return _FILLER_CLAUSE.fullmatch(clause) is not None


def stuffing(text: str, low: str, stock_hits: int, official_hits: int) -> tuple[int, int] | None:
    """Keyword soup: a run of stock fragments or filler sentences, many stock courtesies in few
    words, or hashtags and links pasted again and again."""
    # Each test runs only when its cheap precondition holds: most replies skip them all.
    if low.count("!") + low.count("?") >= 3:
        spans = [s for s in sentences(text) if WORD.search(low[s[0] : s[1]])]
        fragments = [
            span for span in spans
            if len(WORD.findall(low[span[0] : span[1]])) <= _FRAGMENT_MAX_WORDS
            and text[span[0] : span[1]].rstrip().endswith(("!", "?"))
        ]
        if len(fragments) >= 3 and len(fragments) * 2 >= len(spans):
            return (fragments[0][0], fragments[-1][1])
    if stock_hits >= 3:
        clauses = [m.span() for m in _CLAUSE.finditer(low) if m.group(0).strip(" '\"")]
        filler = [span for span in clauses if _stock_only(low[span[0] : span[1]])]
        if len(filler) >= 4 and len(filler) * 4 >= len(clauses) * 3:
            return (filler[0][0], filler[-1][1])
        if stock_hits >= 6 and 2 * len(WORD.findall(low)) <= 5 * stock_hits:
            return (0, len(text))
    if official_hits >= 3:
        return (0, len(text))
    if "#" in low or "http" in low or "www" in low or ".co" in low:
        tags = [m.group(0).rstrip(".,!") for m in _TAG.finditer(low)]
        if len(tags) != len(set(tags)) or len(tags) >= 4:
            return (0, len(text))
    return None


_NORMAL = re.compile(r"[^\w]+")
_CLAUSE = re.compile(r"[^.!?,;:\n–-]+")
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")


def repetition(text: str, low: str) -> tuple[int, int] | None:
    """The same sentence twice, the same five words three times, or one word over and over
    ("Security, security, security!")."""
    tokens = WORD.findall(low)
    distinct = len(set(tokens))
    if distinct * 10 > len(tokens) * 8:  # varied words: no sentence or phrase repeats
        return None
    if len(tokens) >= 6:
        seen: set[str] = set()
        for span in sentences(text):
            key = _NORMAL.sub(" ", low[span[0] : span[1]]).strip()
            if key.count(" ") < 2:
                continue
            if key in seen:
                return span
            seen.add(key)
    if distinct * 10 > len(tokens) * 7:  # fairly varied: no phrase or word repeats much
        return None
    if len(tokens) >= 15:
        grams = Counter(tuple(tokens[i : i + 5]) for i in range(len(tokens) - 4))
        gram, count = grams.most_common(1)[0]
        if count >= 3:
            at = low.rfind(gram[0])
            return (max(0, at), len(text))
    long_words = Counter(_LONG_WORD.findall(low))
    if long_words:
        word, count = long_words.most_common(1)[0]
        if count >= 4 and count * 8 >= len(tokens):
            at = low.find(word)
            return (at, at + len(word))
    return None
