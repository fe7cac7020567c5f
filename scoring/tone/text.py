"""Text helpers every family of tone rules shares: phrase lists, quotes, negation, words.

Rules match on `lowered(text)`: the reply in lower case with curly apostrophes made straight, the
same length as the reply, so a match's span is the evidence's span in what the trainee wrote.

Patterns are compiled on first use, not at import: every command imports the scorer (the store
needs its rule table), and compiling ~60 alternations at import made `crisis-drill list` slow to
start. Each `Phrases` also carries literal *cues*, one of which every match must contain; a rule
whose cues are absent is skipped with a few substring checks (`str.__contains__` is ~100x cheaper
than a regex search), which keeps the scorer above 5,000 replies/s. A test checks, on every text
of the evaluation sets, that a rule never matches where its cues are missing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'"})


@lru_cache(maxsize=4096)
def lowered(text: str) -> str:
    """Lower case, straight apostrophes, same length as `text` (so spans carry over).

    `str.lower()` changes the length only for a handful of characters ("İ" becomes two); those
    are lowered one by one and kept as they are when lowering would move the text.
    """
    low = text.lower()
    if len(low) != len(text):
        low = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    return low.translate(_APOSTROPHES)


class Phrases:
    """One rule's phrasings: word-bounded alternatives, each compiled lazily and run only when
    one of its cues occurs in the text.

    An alternative's cues are literal snippets one of which every match must contain, derived
    from the alternative itself by `required_literals` (so they cannot drift from the pattern).
    A substring check costs ~50 ns and a regex search ~10 µs, and most alternatives' cues are
    absent from most replies. An alternative with no derivable cue always runs.

    Phrases belong to a `group` ("reply": the rules every reply goes through; "post": what is
    read in the customer's post; "safety": rules only a safety matter needs). All the matches
    of a group in a text are found in one pass (`group_matches`), remembered per text, so a
    rule asking for its matches costs a dictionary lookup.

    Nothing is parsed or compiled when a `Phrases` is made (that cost 40 ms at import, paid by
    every command): the alternatives and cues are worked out on first use.
    """

    __slots__ = ("_alternatives", "_compiled", "_cues", "_number", "_source_parts", "bounded",
                 "group")

    def __init__(self, *alternatives: str, bounded: bool = True, group: str = "reply") -> None:
        self._source_parts = alternatives
        self.bounded = bounded
        self.group = group
        self._alternatives: tuple[str, ...] | None = None
        self._cues: tuple[frozenset[str] | None, ...] = ()
        self._compiled: list[re.Pattern[str] | None] = []
        self._number = len(_REGISTRY)
        _REGISTRY.append(self)

    @property
    def alternatives(self) -> tuple[str, ...]:
        if self._alternatives is None:
            alternatives = tuple(a for alt in self._source_parts for a in split_top(alt))
            self._cues = tuple(required_literals(a) for a in alternatives)
            self._compiled = [None] * len(alternatives)
            self._alternatives = alternatives
        return self._alternatives

    @property
    def cues(self) -> tuple[frozenset[str] | None, ...]:
        self.alternatives  # noqa: B018 (works out the cues on first use)
        return self._cues

    @property
    def source(self) -> str:
        body = "|".join(self.alternatives)
        return rf"(?<![\w'])(?:{body})(?![\w'])" if self.bounded else body

    def _regex(self, index: int) -> re.Pattern[str]:
        # The word edge before a match is checked by hand (`_matches`), not by a lookbehind: a
        # pattern that opens with an assertion loses the regex engine's literal-prefix scan,
        # which made every search 3.5x slower.
        compiled = self._compiled[index]
        if compiled is None:
            alt = self.alternatives[index]
            source = rf"(?:{alt})(?![\w'])" if self.bounded else alt
            compiled = self._compiled[index] = re.compile(source, re.MULTILINE)
        return compiled

    def _matches(self, index: int, low: str) -> list[re.Match[str]]:
        return _alternative_matches(self._regex(index), self.bounded, low)

    @property
    def number(self) -> int:
        """This rule's key in `group_matches`' answer (rules that loop over many phrases look
        their matches up there at once)."""
        return self._number

    def finditer(self, low: str) -> list[re.Match[str]]:
        """Every match of every cued alternative, in reading order (longest first at a tie)."""
        return group_matches(low, self.group).get(self._number, [])

    def search(self, low: str) -> re.Match[str] | None:
        found = self.finditer(low)
        return found[0] if found else None


_REGISTRY: list[Phrases] = []


@lru_cache(maxsize=8)
def _cue_index(group: str) -> tuple[re.Pattern[str], dict[str, tuple[tuple[int, int], ...]],
                                    tuple[tuple[int, int], ...]]:
    """One regex that finds every cue of a group's rules in one pass over a text; for each cue
    it can report, the (phrases, alternative) pairs it makes live; and the pairs with no cue,
    which always run.

    Built on first use, as a trie of nested alternations: the regex engine rejects most
    positions after one character compare. At a position it reports the longest cue, which also
    implies every shorter cue that is a prefix of it. (Tried instead: looking up the reply's
    three-character slices in a table of cue openings; slicing a reply costs more.)
    """
    owners: dict[str, list[tuple[int, int]]] = {}
    always: list[tuple[int, int]] = []
    for phrases in _REGISTRY:
        if phrases.group != group:
            continue
        for index, cues in enumerate(phrases.cues):
            if cues is None:
                always.append((phrases._number, index))
            for cue in cues or ():
                owners.setdefault(cue, []).append((phrases._number, index))
    trie: dict[str, Any] = {}
    for cue in owners:
        node = trie
        for char in cue:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    finder = re.compile("(?=(" + build(trie) + "))", re.DOTALL)
    implied = {
        found: tuple(pair for size in range(1, len(found) + 1)
                     for pair in owners.get(found[:size], ()))
        for found in owners
    }
    return finder, implied, tuple(always)


def _live_pairs(low: str, group: str) -> list[tuple[int, int]]:
    """The (phrases, alternative) pairs that may match `low`, sorted: one set, one sort (a set
    per rule cost more than the cue scan itself)."""
    finder, implied, always = _cue_index(group)
    pairs = set(always)
    for found in set(finder.findall(low)):
        pairs.update(implied[found])
    return sorted(pairs)


@lru_cache(maxsize=4096)
def group_matches(low: str, group: str) -> dict[int, list[re.Match[str]]]:
    """Every match of every rule of `group` in a lowered text, by `Phrases`, in reading order
    (longest first at a tie): one pass for all the group's rules, remembered per text."""
    result: dict[int, list[re.Match[str]]] = {}
    registry = _REGISTRY
    for number, index in _live_pairs(low, group):
        phrases = registry[number]
        found = _alternative_matches(phrases._compiled[index] or phrases._regex(index),
                                     phrases.bounded, low)
        if found:
            previous = result.get(number)
            if previous is None:
                result[number] = found
            else:
                previous += found
                previous.sort(key=_reading_order)
    return result


def _alternative_matches(regex: re.Pattern[str], bounded: bool, low: str
                         ) -> list[re.Match[str]]:
    """Every match of one alternative; a bounded one must also start at a word edge."""
    if not bounded:
        return list(regex.finditer(low))
    found = []
    pos = 0
    while (match := regex.search(low, pos)) is not None:
        start = match.start()
        if start == 0 or not (low[start - 1].isalnum() or low[start - 1] in "_'"):
            found.append(match)
            pos = max(match.end(), start + 1)
        else:
            pos = start + 1
    return found


def _reading_order(match: re.Match[str]) -> tuple[int, int]:
    return (match.start(), -match.end())


def _structure(pattern: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """(index, character, group depth before it) for each character of `pattern` from `start`
    that is regex structure: escapes and the inside of [...] classes are skipped."""
    depth, in_class, i = 0, False, start
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]":  # "[]...]": a literal "]" opens the class
                i += 1
        else:
            yield i, ch, depth
            depth += (ch == "(") - (ch == ")")
        i += 1


def split_top(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern ("a|b(?:c|d)" -> ["a", "b(?:c|d)"])."""
    parts, start = [], 0
    for i, ch, depth in _structure(pattern):
        if ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    parts.append(pattern[start:])
    return parts


def _group_end(pattern: str, i: int) -> int:
    """Index just past the ")" closing the group that opens at `i`."""
    for index, ch, depth in _structure(pattern, i):
        if ch == ")" and depth == 1:
            return index + 1
    raise ValueError(f"unbalanced group in {pattern!r}")


_QUANTIFIER = re.compile(r"[?*+]|\{(\d*)(?:,\d*)?\}")
_ESCAPED_LITERAL = set(".+*?()[]{}|^$\\/-#&'\"")


def required_literals(pattern: str) -> frozenset[str] | None:
    """Snippets one of which every match of `pattern` must contain, or None if none can be
    told. Handles the subset of regex syntax the tone rules use: literals, escapes, classes,
    groups (lookarounds are skipped), alternation and quantifiers."""
    options = [_sequence_literals(part) for part in split_top(pattern)]
    if any(option is None for option in options):
        return None
    return frozenset().union(*options)  # type: ignore[arg-type]


def _sequence_literals(pattern: str) -> frozenset[str] | None:
    candidates: list[frozenset[str]] = []
    run = ""

    def close() -> None:
        nonlocal run
        if len(run.strip()) >= 2 or (run.strip() and not run.isascii()):
            candidates.append(frozenset({run}))
        run = ""

    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "(":
            end = _group_end(pattern, i)
            inner = pattern[i + 1 : end - 1]
            quant = _QUANTIFIER.match(pattern, end)
            optional = quant is not None and (quant.group(0) in "?*" or quant.group(1) in ("", "0"))
            close()
            if not inner.startswith(("?=", "?!", "?<=", "?<!")) and not optional:
                body = inner[2:] if inner.startswith("?:") else inner
                literals = required_literals(body)
                if literals:
                    candidates.append(literals)
            i = quant.end() if quant else end
            continue
        if ch == "[":
            atom_end = pattern.index("]", i + 2 if pattern[i + 1 : i + 2] in ("]", "^") else i + 1)
            atom_end += 1
            literal = None
        elif ch == "\\":
            atom_end = i + 2
            literal = pattern[i + 1] if pattern[i + 1] in _ESCAPED_LITERAL else None
        elif ch in ".^$":
            atom_end = i + 1
            literal = None
        else:
            atom_end = i + 1
            literal = ch
        quant = _QUANTIFIER.match(pattern, atom_end)
        optional = quant is not None and (quant.group(0) in "?*" or quant.group(1) in ("", "0"))
        if literal is None or optional:
            close()
        else:
            run += literal
            if quant:  # "x+" or "x{2,}": the x is there, what follows it may not be
                close()
        i = quant.end() if quant else atom_end
    close()
    if not candidates:
        return None
    return max(candidates, key=_cue_quality)


# Words in most replies: poor cues, since a rule cued by them runs on nearly every reply.
_EVERYDAY = frozenset(
    """
a an and are at be by did do does for from get had has have how i i'm i've in is it it's
just me my no not of on or our so that the this to up us was we we'll we're we've what when
where which who why will with you you'll you're your
    """.split()  # noqa: SIM905 (a word list reads best as text)
)


def _cue_quality(cues: frozenset[str]) -> tuple[int, int, int]:
    """Prefer cue sets without everyday words, then the set whose shortest cue is longest."""
    common = sum(cue.strip() in _EVERYDAY or len(cue.strip()) < 3 for cue in cues)
    return (-common, min(len(cue.strip()) for cue in cues), -len(cues))


# ---------------------------------------------------------------------------------------------
# Quotes: words the reply quotes are somebody else's ("I'm sorry our driver said 'not our
# problem'"), so no penalty reads them as the brand's own.

_QUOTE = re.compile(
    r"\"[^\"\n]{1,300}\"|“[^”\n]{1,300}”|«[^»\n]{1,300}»|„[^“”\n]{1,300}[“”]"
    r"|(?<![\w])'[^'\n]{1,300}?'(?![\w])"
)


@lru_cache(maxsize=2048)
def quote_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of quoted passages. A single quote opens only after a non-letter and closes only
    before one, so apostrophes ("don't", "drivers' route") are not read as quotes."""
    if not any(mark in text for mark in "\"“«„'"):
        return ()
    return tuple(match.span() for match in _QUOTE.finditer(text.translate(_APOSTROPHES)))


def inside(span: tuple[int, int], spans: tuple[tuple[int, int], ...]) -> bool:
    return any(start <= span[0] and span[1] <= end for start, end in spans)


# ---------------------------------------------------------------------------------------------
# Negation: "it's not your fault", "we have not been hacked", "never share your password".

_NEGATORS = frozenset(
    """
not no never nothing none nobody neither nor without cannot hardly noone
    """.split()  # noqa: SIM905 (a word list reads best as text)
)
_CLAUSE_END = re.compile(r"[.!?;:\n]|\bbut\b|\bhowever\b|\balthough\b")
_TOKEN = re.compile(r"[\w']+")


def negated(low: str, start: int, words: int = 4) -> bool:
    """Is the phrase at `start` negated by one of the `words` words before it, in its clause?"""
    before = low[max(0, start - 60) : start]
    ends = [m.end() for m in _CLAUSE_END.finditer(before)]
    if ends:
        before = before[ends[-1] :]
    tokens = _TOKEN.findall(before)[-words:]
    return any(token in _NEGATORS or token.endswith("n't") or token == "no-one" for token in tokens)


# ---------------------------------------------------------------------------------------------
# Words, sentences, stems.

_DIGIT = re.compile(r"\d")
SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
CONTENT = re.compile(r"[^\W\d_]{3,}")
CODE = re.compile(r"(?<![\w])[#£$€]?(?:[a-z]{0,4}\d[\w-]*|\d+(?:[.,:]\d+)*)(?![\w])")

# Words too common, or too much a part of every care reply, to tie a reply to one post.
_STOP = """
about above after again against ago almost also although always another anybody anyone anything
around away back because been before being below best better between both call called came cant
come could couldnt days dear does doesnt doing done dont down each either else even ever every
everyone everything feel felt find first from full give given going gone good great guys hello
have having hear heard help here hers herself hiya hope hours however into issue issues isnt
just keep kind know last later least left less like little look looking lot lots made make many
maybe mean message might mine minutes more most much must myself need needs never next nice none
nothing once only other ours ourselves over please problem problems quite rather really reach
reaching right same said should since soon sorry still such sure take taken tell than thank
thanks that thats their theirs them then there these they thing things think this those though
through time today told took totally truly under understand understanding until upon very want
wanted week well were what whatever when where whether which while will with within without wont
would wouldnt yeah years your yours yourself apologies apologise apologize apologised
frustration frustrating inconvenience experience team customer customers service support details
detail look looked update updates sincerely again absolutely definitely certainly hello hear
hearing happy glad welcome asap shortly morning afternoon evening tonight tomorrow yesterday
monday tuesday wednesday thursday friday saturday sunday okay sending send sent reached contact
contacted soon also amazing awful terrible worst still ever again dm dms value valued feedback
patience matters matter priority seriously care cares caring important concern concerns
appreciate appreciated reaching touch assist assistance sincere sincerest the and you for are
was not but can all any get got has had her his him how its let may new now off one out own say
see she too two use way who why yes yet did day ago per via our ours hey thx pls plz lol its
it's i'm i've we've we're you're don't can't won't isn't that's there's let's what's here's also
just ever even got get yes nope yep okay etc don isn didn doesn wasn aren couldn wouldn shouldn
hasn haven weren ain
""".split()  # noqa: SIM905 (a word list reads best as text)
STOPWORDS = frozenset(_STOP)
_SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "ed", "es", "s", "ly")


@lru_cache(maxsize=16384)
def stem(word: str) -> str:
    """A crude stem that is good enough to see that "cancelled" and "cancellation" agree."""
    for suffix in _SUFFIXES:
        if len(word) - len(suffix) >= 4 and word.endswith(suffix):
            word = word[: -len(suffix)]
            break
    return word[:6]


@lru_cache(maxsize=4096)
def content_stems(low: str) -> frozenset[str]:
    """Stems of the words that carry what a text is about (no stopwords, no care boilerplate)."""
    return frozenset(stem(w) for w in CONTENT.findall(low) if w not in STOPWORDS)


@lru_cache(maxsize=4096)
def codes(low: str) -> frozenset[str]:
    """Numbers and codes ("4471", "ba2490", "#ab12", "£45"), currency signs dropped."""
    found: set[str] = set()
    if not _DIGIT.search(low):
        return frozenset()
    for match in CODE.finditer(low):
        token = match.group(0).lstrip("#£$€")
        if sum(ch.isdigit() for ch in token) >= 2 or (len(token) >= 3 and not token.isdigit()):
            found.add(token)
    return frozenset(found)


def sentences(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in SENTENCE.finditer(text) if m.group(0).strip()]


def first_name(name: str) -> str:
    parts = name.split()
    return parts[0] if parts else ""
