"""Rules that read the post: a reply is good or bad *for this customer*.

- `post_specifics`: the reply picks up what the customer wrote (their order number, the flight,
  the place, the product, the problem), the surest sign a person read the post;
- `personalisation` / `wrong_name`: the right customer's name, or somebody else's;
- `asks_given_info`: asking for the booking code the post already gives;
- `off_topic`: a reply about a different problem;
- `language_mismatch`: a reply in another language than the post;
- safety: when the post is about health, injury, fire or gas, a child alone, a death or a hacked
  account, the reply must give the safety step (`safety_step` / `no_safety_step`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from scoring.tone import language
from scoring.tone.model import ReplyContext
from scoring.tone.text import (
    CONTENT,
    Phrases,
    codes,
    content_stems,
    first_name,
    lowered,
    stem,
)

# A post about one of these needs a safety step, and no levity.
SAFETY_POST = Phrases(
    r"smell(?:s|ing|ed)? (?:of |like )?(?:gas|burning|smoke)", r"gas (?:leak|smell)",
    r"carbon monoxide", r"co alarm", r"(?:caught|on|a) fire", r"fire (?:alarm|brigade|service)",
    r"smoke", r"burn(?:s|t|ed)? (?:my|his|her|their|our|the) (?:hand|arm|leg|skin|face|finger"
    r"|mouth|tongue|child|son|daughter|baby)", r"(?:a|got|has|have|had|bad|nasty) burns?",
    r"burn marks?", r"explod\w*", r"spark(?:s|ed|ing)", r"overheat\w*", r"melt(?:ed|ing)",
    r"allerg\w*", r"anaphyla\w*", r"epi-?pen", r"hospital\w*", r"a&e", r"ambulance",
    r"paramedics?", r"chest pains?", r"can't breathe", r"breathing", r"unconscious",
    r"chok(?:e|ed|ing)", r"seizure", r"poison\w*", r"vomit\w*", r"throwing up",
    r"(?:got|been|is|was|feel|feeling|am|are|were) (?:really |so |very )?(?:sick|ill)(?! of)",
    r"injur\w*", r"(?:got|was|been|is) hurt", r"bleed\w*", r"blood", r"insulin", r"diabet\w*",
    r"medication", r"medicine", r"oxygen", r"pregnan\w*", r"dialysis", r"glass in",
    r"(?:son|daughter|kid|child|boy|girl|toddler|baby|grandson|granddaughter|minor|\d+ ?-?"
    r"(?:yr|year)s?[- ]old)\b[^.!?\n]{0,80}\b(?:alone|on (?:his|her|their) own|unaccompanied"
    r"|missing|lost|stranded|left behind|put off|kicked off|thrown off)", r"unaccompanied",
    r"(?:put|kicked|thrown|left|made) (?:my|our|a)\b[^.!?\n]{0,30}(?:son|daughter|kid|child|boy"
    r"|girl|toddler|(?:yr|year)s?[- ]old)\b[^.!?\n]{0,30}(?:off|behind|alone|outside)",
    r"died", r"death", r"passed away", r"funeral", r"bereave\w*", r"hacked",
    r"(?:someone|somebody) (?:has )?(?:logged|got|broken|been) into",
    r"stolen (?:card|account|identity|details|data|money|password)", r"fraud\w*",
    r"scam (?:text|call|email|message|account|page|site)", r"unauthori[sz]ed", r"phishing",
    r"(?:account|savings|card) (?:was |has been |got |been )?drained", r"identity theft",
    r"suicid\w*", r"self[- ]harm", r"unsafe", r"dangerous", r"choking hazard",
    r"talking to my (?:kids|children|son|daughter)",
    r"(?:payments?|transactions?|charges?|withdrawals?)\b[^.!?\n]{0,40}"
    r"(?:i|we) (?:didn't|did not|never) (?:make|authori[sz]e)", r"brake",
    r"crash(?:ed)? (?:the|my|our|into)",
    group="post",
)

SAFETY_STEP = Phrases(
    r"(?:call|dial|ring|phone|contact) (?:999|911|112|000|111|101|the emergency|emergency"
    r"|an ambulance|your (?:doctor|gp|bank|card provider)|a doctor|the police|poison|nhs|the gas"
    r"|our (?:\w+ )?(?:emergency|gas|fraud|safety|security) (?:line|team|number))",
    r"(?:leave|get out of|evacuate) (?:the|your) (?:house|home|property|building|flat|room)",
    r"open (?:the |all |your )?(?:windows|doors)", r"(?:don't|do not|never) (?:use|eat|drink"
    r"|switch|turn|light|plug|charge|give|feed|touch|click|share|reply|sign|log|smoke)",
    r"(?:stop|avoid) (?:using|eating|drinking|charging|feeding|giving)",
    r"(?:unplug|switch off|turn off|disconnect)", r"(?:seek|get) (?:urgent |immediate )?"
    r"medical", r"(?:see|speak to|talk to) (?:a|your) (?:doctor|gp|pharmacist)",
    r"(?:change|reset|update) (?:your |the )?(?:password|passcode|pin)",
    r"(?:freeze|block|lock|cancel) (?:your|the) (?:card|account)", r"(?:turn on|enable|set up)"
    r" (?:two-factor|2fa|two-step)", r"(?:two-factor|2fa)",
    r"(?:we|i)(?:'ve| have)(?: just| now| already)? (?:frozen|locked|blocked|secured|suspended"
    r"|disabled|reset|recalled|removed|pulled|withdrawn|isolated|sent an engineer|sent a team"
    r"|called|contacted|alerted|notified)", r"(?:engineer|technician|team|crew|paramedics?"
    r"|safety team|fraud team|security team|specialist|manager|staff member|colleague)s? (?:is|are"
    r"|will be|has been|have been) (?:on (?:its|their|the|his|her) way|heading|calling|sent"
    r"|with|contacting|looking after|dispatched|there)",
    r"(?:our|the) (?:safety|security|fraud|medical|emergency|welfare|care) team (?:is|are|will"
    r"|has|have)", r"(?:kept|keeping|stay|stays|staying|wait|waiting) (?:safe|with|at|in)"
    r" (?:\w+ )?(?:staff|our|the|a safe|you)", r"keep (?:it|them|the \w+) (?:away|out of)",
    r"right now", r"(?:ask|speak to|see|visit) (?:any |a |your |our |the )?(?:\w+ )?(?:pharmacist"
    r"|doctor|gp|staff|counter|desk|information desk)", r"emergency supply",
    r"(?:call|ring|phone|contact|reach) (?:us|our|the|them)\b[^.!?\n]{0,40}? (?:on|at) \+?\d+",
    r"(?:pull over|stop driving|do not drive|don't drive|stay in|stay with|stay where|wait (?:at|in"
    r"|with|inside))", r"(?:recovery|roadside|breakdown) (?:team|truck|assistance|service)",
    r"(?:nhs )?111", r"999|911|112", r"minor injur\w+|urgent care|walk-in cent\w+|a&e",
    r"get (?:it|this|that|yourself|him|her|them) (?:looked at|checked)",
    r"(?:bereavement|welfare|safety|security|fraud|specialist|medical|support|emergency|recovery"
    r"|safeguarding) team", r"(?:they're|they are|we're|we are|team is|line is|team are) on"
    r" \+?\d+", r"\+?\d[\d ]{9,}\d",
    r"(?:is|are) (?:safe|with our staff|being looked after)", r"secure your",
    r"(?:return|bring|take) (?:it|them|the \w+) (?:back|to)",
    group="safety",
)

# What care replies ask for, and how the post would show it is already given.
_ASK = Phrases(
    r"(?:dm|send|share|give|provide|confirm|tell|let us know|what(?:'s| is)|could you|can you"
    r"|reply with|need|pop|drop|include|check|with) (?:us |me )?(?:\w+ ){0,3}?(?:your |the )?"
    r"(?:order|booking|reservation|reference|ref|confirmation|tracking|ticket|case|flight|train"
    r"|account|invoice|policy|membership|parcel|claim|customer)(?: (?:number|no|code|id"
    r"|reference|ref|details|info|information))?",
    r"(?:dm|send|share|give|provide|confirm|tell|let us know) (?:us |me )?(?:\w+ ){0,2}?(?:your"
    r" )?(?:email|e-mail|postcode|zip code|phone number)",
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_PHONE = re.compile(r"(?<![\w])(?:\+?\d[\d -]{8,}\d)(?![\w])")
_HANDLE = re.compile(r"(?<![\w@])@\w{2,}")

# How a reply addresses a person at its opening: "Hi Sarah," / "Sarah, ..." / "Dear Mr Ali".
_ADDRESS = re.compile(
    r"^\W*(?:(?:hi|hello|hey|dear|morning|evening|afternoon|thanks|thank you|sorry|oh)"
    r"(?: there)?,?\s+)?(?:(?:mr|mrs|ms|miss|dr)\.?\s+)?([^\W\d_][^\W\d_'-]+)\s*[,!.:–-]",
    re.IGNORECASE,
)
_NOT_NAMES = frozenset("""
hi hello hey dear thanks thank sorry oh yes no okay ok absolutely apologies unfortunately
sadly honestly right great good morning evening afternoon there everyone all folks team
friends guys hiya update important please well so look listen again first firstly done
understood noted confirmed hmm wow ah update urgent heads safety
""".split())  # noqa: SIM905 (a word list reads best as text)

# Nouns that name what a post is about; a reply built on others answers another problem.
_TOPICS = frozenset(stem(w) for w in """
order delivery parcel package courier flight booking ticket train bus seat luggage baggage bag
refund charge payment card bill invoice account password login app update phone screen battery
signal network broadband internet wifi router outage connection meal food pizza burger chicken
salad drink allergy recipe box subscription membership room hotel reservation car rental
insurance claim policy prescription medicine pharmacy store shop staff driver agent item
product size dress shoes shirt jacket return exchange voucher stream show film episode game
console controller gas water electricity meter boiler engineer appointment cancellation delay
queue wait stock price discount loyalty points recall toy cot pram bottle formula
""".split())  # noqa: SIM905 (a word list reads best as text)


def is_safety(ctx: ReplyContext) -> bool:
    return ctx.safety or _safety_post(ctx.post_text)


@lru_cache(maxsize=2048)
def _safety_post(post: str) -> bool:
    return bool(post) and SAFETY_POST.search(lowered(post)) is not None


@lru_cache(maxsize=1024)
def _name_stems(name: str, handle: str, brand: str) -> frozenset[str]:
    words = lowered(" ".join((name, handle.lstrip("@"), brand)))
    return content_stems(words) | {stem(w) for w in words.split()}


@lru_cache(maxsize=2048)
def _specifics(low: str, post_low: str, exclude: frozenset[str]) -> tuple[int, int, int] | None:
    """(start, end, strength) of the first post detail the reply picks up; strength 2 for a code
    or two details, 1 for one word."""
    post_codes = codes(post_low)
    shared_codes = [c for c in codes(low) if c in post_codes]
    post_stems = content_stems(post_low) - exclude
    shared = content_stems(low) & post_stems
    if not shared and not shared_codes:
        return None
    positions = [low.find(c) for c in shared_codes]
    if shared:
        for match in CONTENT.finditer(low):
            if stem(match.group(0)) in shared:
                positions.append(match.start())
                break
    start = min(p for p in positions if p >= 0) if any(p >= 0 for p in positions) else 0
    end = low.find(" ", start)
    strength = 2 if shared_codes or len(shared) >= 2 else 1
    return (start, end if end > start else len(low), strength)


def post_specifics(low: str, ctx: ReplyContext) -> tuple[tuple[int, int], int] | None:
    """The specifics of the post in the reply, and the points they earn (all, or half for one
    word)."""
    if not ctx.post_text:
        return None
    found = _specifics(low, lowered(ctx.post_text),
                       _name_stems(ctx.customer_name, ctx.customer_handle, ctx.brand))
    if found is None:
        return None
    start, end, strength = found
    return (start, end), strength


def addressed_name(text: str) -> tuple[str, tuple[int, int]] | None:
    match = _ADDRESS.match(text)
    if not match or match.group(1).lower() in _NOT_NAMES or not match.group(1)[0].isupper():
        return None
    return match.group(1), match.span(1)


def wrong_name(text: str, low: str, ctx: ReplyContext) -> tuple[int, int] | None:
    """Greets or tags somebody who did not write the post ("Hi Sarah" to Sophie)."""
    if not ctx.customer_name and not ctx.customer_handle:
        return None
    known, handle, brand = _known_names(ctx.customer_name, ctx.customer_handle, ctx.brand)
    addressed = addressed_name(text)
    if addressed is not None:
        name, span = addressed
        lowered_name = name.lower()
        if lowered_name not in known and lowered_name not in brand and not any(
            k.startswith(lowered_name) or lowered_name.startswith(k) for k in known if len(k) >= 3
        ):
            return span
    for match in _HANDLE.finditer(low) if "@" in low else ():
        tag = match.group(0)[1:]
        if handle and tag != handle and tag not in brand and not any(b in tag for b in brand):
            return match.span()
    return None


@lru_cache(maxsize=1024)
def _known_names(name: str, handle: str, brand: str
                 ) -> tuple[frozenset[str], str, frozenset[str]]:
    """The customer's name parts and handle, and the brand's words (never a wrong name)."""
    known = {w.lower() for w in re.findall(r"[^\W\d_]+", name)}
    bare = handle.lower().lstrip("@")
    known |= {bare} | {w for w in re.findall(r"[^\W\d_]+", bare) if len(w) >= 3}
    return (frozenset(known), bare,
            frozenset(w.lower() for w in re.findall(r"[^\W\d_]+", brand)))


def personalisation(text: str, low: str, ctx: ReplyContext) -> tuple[int, int] | None:
    """The customer's first name, full name or handle, as a word of its own."""
    for literal in (ctx.customer_handle.strip(), ctx.customer_handle.strip().lstrip("@"),
                    ctx.customer_name.strip(), first_name(ctx.customer_name)):
        if len(literal) < 2:
            continue
        needle = lowered(literal)
        at = low.find(needle)
        while at >= 0:
            end = at + len(needle)
            before = low[at - 1] if at else " "
            after = low[end] if end < len(low) else " "
            if not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_"):
                return (at, end)
            at = low.find(needle, at + 1)
    return None


_ASK_WHICH = re.compile(
    r"(?:tell us|let us know|confirm|share|(?:^|[.!?,]\s*)(?:could|can) you (?:tell|let)"
    r"[^.!?\n]{0,20}"
    r"|(?:^|[.!?]\s*))\s*(?P<ask>(?:which|what|where)\s+(?P<noun>[^\W\d_]{3,}))"
)


def asks_given_info(low: str, ctx: ReplyContext) -> tuple[int, int] | None:
    """Asks for an order number, booking code, email, branch... that the post already gives."""
    if not ctx.post_text:
        return None
    post_low = lowered(ctx.post_text)
    if "which" in low or "what" in low or "where" in low:
        post_stems = content_stems(post_low)
        for match in _ASK_WHICH.finditer(low):
            if stem(match.group("noun")) in post_stems:
                return match.span("ask")
    for match in _ASK.finditer(low):
        asked = match.group(0)
        if ("email" in asked or "e-mail" in asked) and _EMAIL.search(post_low):
            return match.span()
        if "phone number" in asked and _PHONE.search(post_low):
            return match.span()
        if "postcode" in asked or "zip" in asked or "email" in asked or "phone" in asked:
            continue
        if _given(asked, post_low):
            return match.span()
    return None


# What each asked-for thing is called in a post, and a reference code as posts write them
# ("SC-448192", "#4471", "ref LW-20934").
_KINDS = {
    "order": ("order", "parcel", "tracking", "delivery"), "parcel": ("parcel", "tracking", "order"),
    "tracking": ("tracking", "parcel", "order"), "flight": ("flight",), "train": ("train",),
    "account": ("account",), "invoice": ("invoice", "bill"), "policy": ("policy",),
    "membership": ("membership", "member"), "claim": ("claim",), "customer": ("customer",),
    "ticket": ("ticket", "booking", "order"), "case": ("case", "ticket", "ref"),
}
_REFERENCE = ("booking", "reservation", "reference", "ref", "confirmation", "ticket", "case",
              "claim", "policy", "order")
_REF_CODE = re.compile(r"(?<![\w])(?:#\s?\d{3,}|[a-z]{1,4}-[a-z0-9-]*\d{3,}[a-z0-9-]*)(?![\w])")


def _given(asked: str, post_low: str) -> bool:
    """Is what `asked` asks for already in the post: its word next to a code, or a reference
    code when a reference is asked for?"""
    nouns = [n for n in re.findall(r"[a-z]+", asked) if n in _KINDS or n in _REFERENCE]
    if not nouns:
        return False
    noun = nouns[0]
    for word in _KINDS.get(noun, (noun,)) + ((noun,) if noun in _REFERENCE else ()):
        if re.search(rf"\b{word}\w*\W{{0,4}}(?:(?:number|no|code|id|ref|reference)\W{{0,3}})?#?"
                     r"[a-z0-9-]*\d{3,}", post_low):
            return True
    return noun in _REFERENCE and _REF_CODE.search(post_low) is not None


def off_topic(low: str, ctx: ReplyContext, specifics: bool) -> tuple[int, int] | None:
    """Answers another problem: names things the post never mentions and nothing it does."""
    if specifics or not ctx.post_text:
        return None
    post_topics = content_stems(lowered(ctx.post_text)) & _TOPICS
    if not post_topics:
        return None
    foreign: dict[str, tuple[int, int]] = {}
    for match in re.finditer(r"[^\W\d_]{3,}", low):
        word_stem = stem(match.group(0))
        if word_stem in _TOPICS and word_stem not in post_topics:
            foreign.setdefault(word_stem, match.span())
    if len(foreign) >= 2:
        return min(foreign.values())
    return None


def same_language(low: str, ctx: ReplyContext) -> str | None:
    """The post's language when it is not English and the reply plainly answers in it."""
    if not ctx.post_text:
        return None
    post_lang = language.guess(lowered(ctx.post_text))
    if not post_lang or post_lang == "en":
        return None
    return post_lang if language.guess(low) == post_lang else None


def language_mismatch(low: str, ctx: ReplyContext) -> str | None:
    """The reply's language when it is plainly not the post's, else None."""
    if not ctx.post_text:
        return None
    post_lang = language.guess(lowered(ctx.post_text))
    if not post_lang:
        return None
    reply_lang = language.guess(low)
    return reply_lang if reply_lang and reply_lang != post_lang else None


def exposes_personal_data(low: str, ctx: ReplyContext) -> tuple[int, int] | None:
    """An email address or phone number in a public reply that is not the brand's own."""
    if ctx.action != "reply" or "@" not in low:
        return None
    brand_words = {w for w in re.findall(r"[a-z0-9]+", lowered(ctx.brand + " " + ctx.info_link))
                   if len(w) >= 3 and w not in ("http", "https", "www")}
    for match in _EMAIL.finditer(low):
        domain = match.group(0).split("@", 1)[1]
        if not any(word in domain for word in brand_words) and "example" not in domain:
            return match.span()
    return None
