"""`score_reply`: one public reply, 0-100, every point a named finding with its evidence span.

How the number is made (docs/scoring.md has the table):
1. Start at `BASE`.
2. Substance: the post's specifics picked up, actions taken, a concrete next step, a time, a
   confirmed fact, the official source, the safety step on a safety matter, the right name.
3. Stock courtesies (apology, empathy, thanks, please...) add up to at most `STOCK_CAP`.
4. Penalties, each once, each scoped (quotes, negation, word sense; promises against facts).
5. A reply with nothing specific to its post is capped at `GENERIC_CAP`.
A rule fires once however often its words appear; findings are listed in reading order.
"""

from __future__ import annotations

import re
from functools import lru_cache

from scoring.tone import context, credit, mood, penalties, stuffing
from scoring.tone.language import NAMES
from scoring.tone.model import Finding, ReplyContext, ToneReport
from scoring.tone.rules import BASE, GENERIC_CAP, RULES, STOCK, STOCK_CAP, SUBSTANCE, VOIDED_BY
from scoring.tone.text import (
    WORD,
    content_stems,
    group_matches,
    inside,
    lowered,
    negated,
    quote_spans,
    sentences,
)


def finding(rule_id: str, span: tuple[int, int] | None, points: int | None = None,
            label: str | None = None) -> Finding:
    rule = RULES[rule_id]
    return Finding(rule_id, label or rule.label, rule.points if points is None else points, span,
                   rule.guidance)


def _clause(low: str, start: int, end: int) -> str:
    """The sentence around a match (what a fact must back up)."""
    left = max(low.rfind(".", 0, start), low.rfind("!", 0, start), low.rfind("?", 0, start))
    right = min((i for i in (low.find(".", end), low.find("!", end), low.find("?", end))
                 if i >= 0), default=len(low))
    return low[left + 1 : right]


# Rules whose evidence must be backed by the facts, or it is a claim beyond them.
# A hedged cause ("sounds like a glitch") is a guess even where a fact covers the topic, so
# `speculation` is not excused by the facts; unsupported plain causes are added by `_cause`.
_FACT_CHECKED = frozenset({"risky_promise", "risky_admission", "false_reassurance"})


@lru_cache(maxsize=4096)
def _penalties(text: str, facts: tuple[str, ...]) -> tuple[Finding, ...]:
    """The text's penalties (no other context needed), scoped, first match of each rule."""
    low = lowered(text)
    quotes = quote_spans(text)
    found = []
    by_rule = group_matches(low, "reply")
    for rule_id, phrases in penalties.PHRASES.items():
        for match in by_rule.get(phrases.number, ()):
            span = match.span()
            if quotes and inside(span, quotes):
                continue
            if rule_id in penalties.NEGATABLE and negated(low, span[0]):
                continue
            if rule_id == "risky_promise" and _declined(low, span[0]):
                continue
            if rule_id in _FACT_CHECKED and credit.supported(
                rule_id, match.group(0), _clause(low, *span), facts
            ):
                continue
            found.append(finding(rule_id, span))
            break
    if not any(f.rule == "speculation" for f in found):
        cause = _cause(low, facts)
        if cause is not None and not (quotes and inside(cause, quotes)):
            found.append(finding("speculation", cause))
    return tuple(found)


_CAUSE = re.compile(
    r"\b(?:because|due to|caused by|as a result of|the reason (?:is|was)|down to)\b[^.!?\n]*"
)


def _cause(low: str, facts: tuple[str, ...]) -> tuple[int, int] | None:
    """A stated cause ("because the kitchen team quit") that no fact backs: only judged when the
    scenario states facts, as the seeds' "Stick to the facts" asks."""
    if not facts:
        return None
    for match in _CAUSE.finditer(low):
        if negated(low, match.start()):
            continue
        words = content_stems(match.group(0)) - {"becaus"}
        if words and not any(len(words & stems) >= 2 or (len(words) == 1 and words & stems)
                             for stems in credit.fact_stem_sets(facts)):
            return match.span()
    return None


_DECLINE = re.compile(
    r"(?:can't|cannot|can not|won't|will not|couldn't|could not|not able to|unable to|don't"
    r"|do not|no|never)\s+(?:\w+\s+){0,3}?(?:promise|guarantee)"
)


def _declined(low: str, start: int) -> bool:
    """"I can't promise a refund, but...": declining to promise is the careful answer."""
    clause_start = max(low.rfind(c, 0, start) for c in ".!?;")
    return _DECLINE.search(low, clause_start + 1, start + 40) is not None and not re.search(
        r"\b(?:but|however|although)\b", low[clause_start + 1 : start]
    )


@lru_cache(maxsize=4096)
def _credits(text: str) -> tuple[tuple[Finding, ...], int]:
    """Context-free credits, and how many stock phrases the reply holds (for `stuffing`)."""
    low = lowered(text)
    found = []
    stock_hits = 0
    by_rule = group_matches(low, "reply")
    for rule_id, phrases in credit.PHRASES.items():
        matches = by_rule.get(phrases.number)
        if not matches:
            continue
        if rule_id in STOCK:
            stock_hits += len(matches)
        found.append(finding(rule_id, matches[0].span()))
    return tuple(found), stock_hits


def _official(low: str, ctx: ReplyContext) -> tuple[tuple[int, int] | None, int]:
    """The hashtag or info link (scheme and www. optional), and how often it appears."""
    spans: list[tuple[int, int]] = []
    bare = re.sub(r"^(?:https?://)?(?:www\.)?", "", lowered(ctx.info_link.strip())).rstrip("/")
    for marker in (lowered(ctx.hashtag.strip()), bare):
        if len(marker) < 2:
            continue
        at = low.find(marker)
        while at >= 0:
            spans.append((at, at + len(marker)))
            at = low.find(marker, at + 1)
    if not spans:
        match = re.search(r"\b(?:our|the) (?:latest |official |live )?(?:update|statement|status"
                          r" page|updates page|update page|live updates)\b", low)
        return (match.span() if match else None), 0
    return min(spans), len(spans)


_PLACEHOLDER = re.compile(
    r"\{\{?\s*[A-Za-z_][\w ]*\}?\}|\[[A-Z][A-Z_ ]{2,}\]|\[(?i:name|detail|customer|order)\]"
    r"|<(?i:name|detail|customer|order|insert[^>]*)>|\bX{3,}\b"
)


def unfilled_placeholder(text: str) -> tuple[int, int] | None:
    """Where a template placeholder ({detail}, [NAME], <insert...>, XXX) is still in `text`:
    the composer asks before sending one (the tone score takes 30 points for it)."""
    return _placeholder(text)


def _placeholder(text: str) -> tuple[int, int] | None:
    if "{" in text or "[" in text or "<" in text or "XXX" in text:
        match = _PLACEHOLDER.search(text)
        return match.span() if match else None
    return None


def _squash(text: str) -> str:
    return " ".join(text.split()).casefold()


@lru_cache(maxsize=64)
def _template_parts(template: str) -> tuple[tuple[str, ...], int | None]:
    pieces = re.split(r"\{(\w+)\}", template)
    names = pieces[1::2]
    return (tuple(_squash(p) for p in pieces[0::2]),
            names.index("detail") if "detail" in names else None)


def _template_unpersonalised(text: str, low: str, ctx: ReplyContext) -> tuple[int, int] | None:
    """The approved template word for word, with nothing of the customer's in it. Matched piece
    by piece with `str.find`, so a 10,000-character reply cannot make a regex backtrack."""
    if not ctx.template_text:
        return None
    literals, detail_gap = _template_parts(ctx.template_text)
    squashed = _squash(text)
    named = context.personalisation(text, low, ctx) is not None
    if len(literals) == 1:
        return (0, len(text)) if squashed == literals[0] and not named else None
    if not squashed.startswith(literals[0]):
        return None
    position = len(literals[0])
    gaps = []
    for literal in literals[1:-1]:
        at = squashed.find(literal, position) if literal else position
        if at < 0:
            return None
        gaps.append(squashed[position:at])
        position = at + len(literal)
    last = literals[-1]
    if not squashed.endswith(last) or len(squashed) - len(last) < position:
        return None
    gaps.append(squashed[position : len(squashed) - len(last)])
    if detail_gap is not None:
        return None if len(gaps[detail_gap].strip(" ,.;:!?-–")) >= 3 else (0, len(text))
    return None if named else (0, len(text))


def _context_findings(text: str, low: str, ctx: ReplyContext) -> list[Finding]:
    found: list[Finding] = []
    specifics = context.post_specifics(low, ctx)
    if specifics is not None:
        span, strength = specifics
        full = RULES["post_specifics"].points
        points = full if strength == 2 else full // 2
        found.append(finding("post_specifics", span, points))
    wrong = context.wrong_name(text, low, ctx)
    if wrong is not None:
        found.append(finding("wrong_name", wrong))
    else:
        named = context.personalisation(text, low, ctx)
        if named is not None:
            found.append(finding("personalisation", named))
    spans: tuple[tuple[str, tuple[int, int] | None], ...] = (
        ("asks_given_info", context.asks_given_info(low, ctx)),
        ("off_topic", context.off_topic(low, ctx, specifics is not None)),
        ("exposes_personal_data", context.exposes_personal_data(low, ctx)),
    )
    for rule_id, where in spans:
        if where is not None:
            found.append(finding(rule_id, where))
    same = context.same_language(low, ctx)
    if same is not None:
        found.append(finding("same_language", None, label=f"Answers in {NAMES[same]}, as the "
                             "customer wrote"))
    other = context.language_mismatch(low, ctx)
    if other is not None:
        found.append(finding("language_mismatch", (0, len(text)),
                             label=f"In {NAMES[other]}, not the customer's language"))
    if context.is_safety(ctx):
        step = context.SAFETY_STEP.search(low)
        if step is not None:
            found.append(finding("safety_step", step.span()))
        else:
            found.append(finding("no_safety_step", None))
        levity = mood.levity(_unquoted(low, quote_spans(text)))
        if levity is not None:
            found.append(finding("levity", levity.span()))
    elif ctx.severity >= 4:
        levity = mood.levity(_unquoted(low, quote_spans(text)))
        if levity is not None:
            found.append(finding("levity", levity.span()))
    return found


_NO_CONTEXT = ReplyContext()


def _unquoted(text: str, quotes: tuple[tuple[int, int], ...]) -> str:
    """`text` with its quoted passages blanked out (same length, so spans still fit)."""
    if not quotes:
        return text
    chars = list(text)
    for start, end in quotes:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def score_reply(text: str, ctx: ReplyContext = _NO_CONTEXT) -> ToneReport:
    """Score one public reply in its context. Any string is accepted: empty, huge, emoji,
    markup, control characters, lone surrogates."""
    if not isinstance(text, str):
        raise TypeError(f"reply text must be str, not {type(text).__name__}")
    return _score_reply(text, ctx)


@lru_cache(maxsize=4096)
def _score_reply(text: str, ctx: ReplyContext) -> ToneReport:
    """`score_reply`, remembered: the report is immutable and depends only on the text and the
    context (a frozen value). A bot weighing templates scores the text it then sends, and the
    players of a sweep send the same templates to the same posts; a third of the calls repeat."""
    if not text.strip():
        return ToneReport(0, (finding("empty", None),), text)
    low = lowered(text)

    credits, stock_hits = _credits(text)
    found = list(credits)
    found += _penalties(text, ctx.facts)
    found += _context_findings(text, low, ctx)
    fact = credit.fact_span(low, ctx.facts)
    if fact is not None:
        found.append(finding("stated_fact", fact))
    official, official_hits = _official(low, ctx)
    if official is not None and ctx.statement_out is False and not official_hits:
        official = None  # "see our statement", and there is none yet: it points to nothing
    if official is not None:
        found.append(finding("official_channel", official))
        if ctx.statement_out:
            found.append(finding("points_to_statement", official))
    quotes = quote_spans(text)
    own = _unquoted(text, quotes)  # the brand's own words: a quoted "TERRIBLE" is not shouting
    for rule_id, span in (
        ("shouting", mood.shouting(own, ctx.brand, ctx.hashtag)),
        ("template_unfilled", _placeholder(text)),
        ("template_unpersonalised", _template_unpersonalised(text, low, ctx)),
        ("stuffing", stuffing.stuffing(text, low, stock_hits, official_hits)),
        ("repetition", stuffing.repetition(text, low)),
    ):
        if span is not None:
            found.append(finding(rule_id, span))
    sarcasm = mood.SARCASM.search(low)
    if sarcasm is not None and not inside(sarcasm.span(), quotes):
        found.append(finding("sarcasm", sarcasm.span()))
    found += _questions(text, low)
    opening = _abrupt(low)
    if opening is not None:
        found.append(finding("abrupt_opening", opening))
    if ctx.max_length is not None and len(text) > ctx.max_length:
        found.append(finding("over_length", (ctx.max_length, len(text))))
    if len(text) < 40 and len(WORD.findall(text)) <= 1:
        found.append(finding("too_short", (0, len(text))))

    found = _resolve(found, ctx)
    found.sort(key=lambda f: f.span[0] if f.span else len(text))
    found += _caps(found)
    total = BASE + sum(item.points for item in found)
    return ToneReport(max(0, min(100, total)), tuple(found), text)


# Penalties whose evidence explains away a credit inside it (not the whole-reply findings).
_EXPLAINING = frozenset(penalties.PHRASES) | {"sarcasm"}


def _resolve(found: list[Finding], ctx: ReplyContext) -> list[Finding]:
    """Credits that a penalty explains away, and credits the context voids.

    "Sorry you feel that way" earns a fauxpology, not an apology; "thanks for nothing" is
    sarcasm; a next step that asks for what the post already gave is no next step; bossy words
    that are a safety instruction ("you should call 999") are not bossy.
    """
    rules = {f.rule for f in found}
    voided = {rule for trigger, voids in VOIDED_BY.items() if trigger in rules for rule in voids}
    penalties_ = [f for f in found if f.rule in _EXPLAINING and f.span
                  and f.span[1] - f.span[0] < 200]
    kept = []
    for item in found:
        if item.rule in voided:
            continue
        if item.points > 0 and item.span and any(
            p.span[0] <= item.span[0] < p.span[1] for p in penalties_ if p.span
        ):
            continue
        if item.rule in ("next_step", "dm_request") and "asks_given_info" in rules:
            continue
        if item.rule == "bossy" and "safety_step" in rules:
            continue
        if item.rule in ("personalisation", "greeting") and "language_mismatch" in rules:
            continue
        kept.append(item)
    return kept


def _caps(found: list[Finding]) -> list[Finding]:
    """Stock courtesies are worth `STOCK_CAP` together; nothing specific caps the score."""
    extra = []
    stock = sum(f.points for f in found if f.rule in STOCK)
    if stock > STOCK_CAP:
        extra.append(finding("stock_cap", None, STOCK_CAP - stock,
                             label=f"Stock phrases earn little on their own (+{STOCK_CAP} at "
                             "most together)"))
    total = BASE + sum(f.points for f in found) + sum(f.points for f in extra)
    if not any(f.rule in SUBSTANCE for f in found) and total > GENERIC_CAP:
        extra.append(finding("generic_cap", None, GENERIC_CAP - total,
                             label=f"Nothing in it is specific to this post (at most "
                             f"{GENERIC_CAP})"))
    return extra


_DIRECT_QUESTION = re.compile(
    r"(?:^|(?<=[.!?]\s))\W*(?:what|why|how|where|who|which|when)\b"
    r"(?!\s+(?:can|could|should|do|would|might|may|shall) (?:i|we)\b)[^.!?]{0,200}\?",
    re.MULTILINE,
)
_ABRUPT = re.compile(
    r"^\W*(?:so(?!\s+(?:sorry|much|very|glad|happy|sad|pleased|good))|but|look|listen"
    r"|well(?!\s+done)|ok|okay|fine|again|um|uh|erm)\b"
)


def _questions(text: str, low: str) -> list[Finding]:
    found = []
    if "?" in text:
        match = _DIRECT_QUESTION.search(low)
        if match is not None:
            found.append(finding("direct_question", match.span()))
        if text.count("?") >= 2:
            first = text.index("?")
            found.append(finding("question_barrage", (first + 1, text.index("?", first + 1) + 1)))
    return found


def _abrupt(low: str) -> tuple[int, int] | None:
    match = _ABRUPT.match(low)
    return match.span() if match else None


def score_hide(ctx: ReplyContext = _NO_CONTEXT) -> ToneReport:
    """Hiding or deleting a complaint is censoring: the seeds say to avoid it at all costs."""
    rule = RULES["censoring"]
    return ToneReport(0, (Finding("censoring", "Hid or deleted the complaint", -100, None,
                                  rule.guidance),), "")


def clear_caches() -> None:
    """Forget every remembered text, so a benchmark run starts cold as a live drill does."""
    from scoring.tone import text as text_helpers

    # What a scenario states (its facts' words) is remembered like the compiled patterns: it is
    # worked out once per drill, not once per reply.
    for cached in (_score_reply, _penalties, _credits, credit.fact_span, text_helpers.lowered,
                   text_helpers.group_matches,
                   text_helpers.quote_spans, text_helpers.content_stems, text_helpers.codes,
                   context._specifics, context._safety_post):
        cached.cache_clear()


__all__ = ["clear_caches", "score_hide", "score_reply", "sentences"]
