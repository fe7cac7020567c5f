"""The generated crowd: who posts, with how many followers, and what they say.

Faker (seeded per drill with `seed_instance`, in the scenario's locale) supplies pools of first
names, surnames and cities once per drill; every post then draws from those pools with the
`random.Random` the engine hands in. Two reasons: Faker costs ~0.1 ms a call, too slow for 2,000
posts in well under a second, and the engine decides which random stream a post uses (arrivals
never share a stream with reactions, so a trainee's actions cannot change which posts arrive).
Both the pools and the engine's crowd stream are seeded with the scenario's id as well as the
drill's seed (`crowd_seed`): seed 1 gives other people in every scenario.
"""

from __future__ import annotations

import hashlib
import random
import re
import unicodedata
from dataclasses import dataclass

from faker import Faker

from simulator.drill import crowd_text as bank
from simulator.scenario.model import NO_ROUTE, Author, AuthorKind, PostKind, Scenario, Topic

POOL_FIRST = 160
POOL_LAST = 160
POOL_CITY = 50
_SLOT = re.compile(r"\{(\w+)\}")
_WORD = re.compile(r"[A-Za-z]{5,}")
_CURRENCY = {"en_GB": "£", "en_IE": "€", "de_DE": "€", "fr_FR": "€", "es_ES": "€", "it_IT": "€",
             "nl_NL": "€", "de_AT": "€", "fr_BE": "€", "nl_BE": "€", "pt_PT": "€", "fi_FI": "€"}

# Per kind: severity, whether the post needs a public reply. Complaints take theirs from the topic.
KIND_SEVERITY: dict[str, int] = {"question": 1, "praise": 1, "noise": 1, "troll": 1, "threat": 4,
                                 "media": 3}
KIND_NEEDS_REPLY: dict[str, bool] = {"complaint": True, "question": True, "praise": False,
                                     "noise": False, "troll": False, "media": True}


@dataclass(frozen=True, slots=True)
class CrowdPost:
    """A generated post before the engine gives it an id, a time and a reach."""

    kind: str
    author: Author
    text: str
    channel: str
    topic: str | None
    severity: int
    expected_route: str
    needs_reply: bool


def crowd_seed(seed: int | str, scenario_id: str, stream: str) -> int:
    """A 64-bit seed for one of the crowd's random streams, from the drill's seed and the
    scenario's id: the same on every run and machine (a SHA-256 digest; `hash()` of a str is
    salted per process), different from one scenario to the next."""
    digest = hashlib.sha256(f"{seed}\x1f{scenario_id}\x1f{stream}".encode()).digest()
    return int.from_bytes(digest[:8], "big")


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def heavy_tail_followers(rng: random.Random, kind: AuthorKind) -> int:
    """Most accounts are small, a few huge: Pareto for customers, lognormal bands for the rest."""
    if kind == "customer":
        return min(2_000_000, int(40 * rng.paretovariate(1.0)) + rng.randint(0, 40))
    if kind == "troll":
        return rng.randint(3, 600)
    if kind == "journalist":
        return int(rng.lognormvariate(10.0, 0.8))  # ~22k median
    if kind == "influencer":
        return int(rng.lognormvariate(12.0, 0.9))  # ~160k median
    return int(rng.lognormvariate(12.8, 1.0))  # verified: ~360k median


class CrowdGenerator:
    """Builds authors and texts for one drill. Holds only immutable pools; all choice is `rng`'s."""

    __slots__ = ("_chatter", "_currency", "_legal", "_pr", "_public", "_safety", "cities",
                 "firsts", "lasts", "scenario")

    def __init__(self, scenario: Scenario, seed: int | str, *, locale: str | None = None) -> None:
        self.scenario = scenario
        locale = locale or scenario.crowd.locale
        fake = Faker(locale)
        fake.seed_instance(crowd_seed(seed, scenario.id, "people"))
        self.firsts = tuple(dict.fromkeys(fake.first_name() for _ in range(POOL_FIRST)))
        self.lasts = tuple(dict.fromkeys(fake.last_name() for _ in range(POOL_LAST)))
        self.cities = tuple(dict.fromkeys(fake.city() for _ in range(POOL_CITY)))
        self._currency = _CURRENCY.get(locale, "$")
        # The crowd posts in public (the model: topics without `channels` appear on all public
        # ones); only scripted posts and topics that name a DM channel arrive in private.
        self._public = tuple(c.id for c in scenario.channels if c.public) or tuple(
            c.id for c in scenario.channels
        )
        # Chatter and trolling happen in feeds, not in app-store or delivery-app reviews.
        self._chatter = tuple(
            c.id for c in scenario.channels if c.public and not is_review_channel(c.id, c.name)
        ) or self._public
        route_ids = [r.id for r in scenario.routes]
        self._pr = scenario.reach_threshold.route if scenario.reach_threshold.route in route_ids \
            else (route_ids[0] if route_ids else NO_ROUTE)
        self._legal = _route_like(route_ids, ("legal", "law"), self._pr)
        self._safety = _route_like(route_ids, ("safety", "security", "threat"), self._legal)

    # ----------------------------------------------------------------- authors
    def author(self, rng: random.Random, kind: AuthorKind = "customer") -> Author:
        first = rng.choice(self.firsts)
        last = rng.choice(self.lasts)
        name = f"{first} {last}"
        handle = self._handle(rng, first, last, kind)
        if kind == "journalist":
            name = f"{name} ({self._outlet(rng)})"
        return Author(name=name, handle=handle, followers=heavy_tail_followers(rng, kind),
                      kind=kind)

    def _handle(self, rng: random.Random, first: str, last: str, kind: AuthorKind) -> str:
        f = re.sub(r"[^a-z0-9]", "", _ascii(first).lower())
        last_ = re.sub(r"[^a-z0-9]", "", _ascii(last).lower())
        if not f or not last_:  # a script with no Latin transliteration (ja_JP, ru_RU...)
            f, last_ = f or "user", last_ or str(rng.randint(10, 99999))
        form = rng.randrange(7)
        if kind == "troll":
            core = rng.choice(("truth", "based", "anon", "real", "no", "x", "memes"))
            tail = rng.choice(("lord", "guy", "enjoyer", "bot", "fan"))
            return f"@{core}_{tail}{rng.randint(1, 99999)}"
        if form == 0:
            return f"@{f}{last_}"
        if form == 1:
            return f"@{f}_{last_}"
        if form == 2:
            return f"@{f}{rng.randint(1, 9999)}"
        if form == 3:
            return f"@{f[0]}{last_}{rng.randint(1, 99)}"
        if form == 4:
            return f"@{f}.{last_}"
        if form == 5:
            return f"@the{f}{last_[:3]}"
        return f"@{last_}{f[:1]}{rng.randint(70, 99)}"

    def _outlet(self, rng: random.Random) -> str:
        return rng.choice(bank.OUTLET_FORMS).format(city=rng.choice(self.cities),
                                                    n=rng.randint(2, 12))

    # ----------------------------------------------------------------- slots
    def fill(self, rng: random.Random, pattern: str, **extra: str) -> str:
        """Fill crowd slots in `pattern`; unknown slots are left as written."""
        brand = self.scenario.brand

        def value(match: re.Match[str]) -> str:
            slot = match.group(1)
            if slot in extra:
                return extra[slot]
            if slot == "product":
                products = self.scenario.crowd.products
                return rng.choice(products) if products else "order"
            if slot == "order":
                return f"#{rng.randint(10000, 99999)}"
            if slot == "first_name":
                return rng.choice(self.firsts)
            if slot == "city":
                return rng.choice(self.cities)
            if slot == "store":
                return rng.choice(bank.STORE_FORMS).format(city=rng.choice(self.cities))
            if slot == "minutes":
                return str(rng.choice((10, 15, 20, 25, 30, 40, 45, 50, 60, 90)))
            if slot == "hours":
                return str(rng.randint(2, 12))
            if slot == "days":
                return str(rng.randint(2, 14))
            if slot == "amount":
                return f"{self._currency}{rng.randint(6, 240)}.{rng.choice(('00', '49', '99'))}"
            if slot == "brand":
                return brand.name
            if slot == "brand_handle":
                return brand.handle
            if slot == "hashtag":
                return brand.hashtag
            return match.group(0)

        return _SLOT.sub(value, pattern)

    # ----------------------------------------------------------------- posts
    def post(self, rng: random.Random, kind: PostKind) -> CrowdPost:
        """One generated post of `kind` (complaints pick a topic by weight)."""
        if kind == "complaint" and self.scenario.crowd.topics:
            return self._complaint(rng)
        if kind == "complaint":
            kind = "question"
        author_kind: AuthorKind = "customer"
        route = NO_ROUTE
        if kind == "question":
            text = self.dress(rng, bank.QUESTIONS, bank.QUESTION_LEADS, bank.QUESTION_TAILS)
        elif kind == "praise":
            text = self.dress(rng, bank.PRAISE, bank.PRAISE_LEADS, bank.PRAISE_TAILS)
        elif kind == "noise":
            text = self.dress(rng, bank.NOISE, bank.NOISE_LEADS, bank.NOISE_TAILS)
        elif kind == "troll":
            author_kind = "troll"
            text = self.dress(rng, bank.TROLL, bank.TROLL_LEADS, bank.TROLL_TAILS)
        elif kind == "threat":
            legal = rng.random() < 0.6
            lines = bank.THREATS_LEGAL if legal else bank.THREATS_SAFETY
            text = self.dress(rng, lines, bank.THREAT_LEADS, bank.THREAT_TAILS)
            route = self._legal if legal else self._safety
            author = self.author(rng, "customer")
            channel = rng.choice(self._public)
            return CrowdPost("threat", author, text, channel, None, KIND_SEVERITY["threat"],
                             route, legal)
        else:  # media
            author_kind = rng.choices(("journalist", "influencer", "verified"), (5, 3, 2))[0]
            quote = self._short(self._complaint_text(rng, self._topic(rng)), 90)
            lines = {"journalist": bank.MEDIA_JOURNALIST, "influencer": bank.MEDIA_INFLUENCER,
                     "verified": bank.MEDIA_VERIFIED}[author_kind]
            author = self.author(rng, author_kind)
            outlet = author.name.partition("(")[2].rstrip(")") or self._outlet(rng)
            text = self.fill(rng, rng.choice(lines), quote=quote, outlet=outlet)
            channel = rng.choice(self._public)
            return CrowdPost("media", author, text, channel, None, KIND_SEVERITY["media"],
                             self._pr, True)
        author = self.author(rng, author_kind)
        channel = rng.choice(self._chatter) if kind in ("noise", "troll") else self._channel(rng)
        return CrowdPost(kind, author, text, channel, None, KIND_SEVERITY[kind], route,
                         KIND_NEEDS_REPLY[kind])

    def _channel(self, rng: random.Random, topic: Topic | None = None) -> str:
        if topic is not None and topic.channels:
            return rng.choice(topic.channels)
        return rng.choice(self._public)

    def _topic(self, rng: random.Random) -> Topic:
        topics = self.scenario.crowd.topics
        return rng.choices(topics, [t.weight for t in topics])[0]

    def _complaint(self, rng: random.Random) -> CrowdPost:
        topic = self._topic(rng)
        author = self.author(rng, "customer")
        text = self.angry(rng, self._complaint_text(rng, topic))
        route = topic.route
        threshold = self.scenario.reach_threshold
        if route == NO_ROUTE and threshold.followers is not None and \
                author.followers >= threshold.followers:
            route = self._pr
        return CrowdPost("complaint", author, text, self._channel(rng, topic), topic.id,
                         topic.severity, route, True)

    def _complaint_text(self, rng: random.Random, topic: Topic) -> str:
        return self.fill(rng, rng.choice(topic.patterns))

    @staticmethod
    def _short(text: str, limit: int) -> str:
        return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"

    def dress(
        self,
        rng: random.Random,
        lines: tuple[str, ...],
        leads: tuple[str, ...],
        tails: tuple[str, ...],
    ) -> str:
        """A non-complaint post with everyday variation: a lead-in, a tail, case, a typo."""
        brand_ascii = _ascii(self.scenario.brand.name).replace(" ", "")
        text = self.fill(rng, rng.choice(lines), brand_ascii=brand_ascii)
        if leads and rng.random() < 0.5:
            lead = self.fill(rng, rng.choice(leads))
            text = f"{lead} {text[:1].lower()}{text[1:]}" if text[:1].isupper() and \
                not text.startswith(("I ", "I'")) else f"{lead} {text}"
        for _ in range(rng.choice((0, 1, 1, 1, 2, 2)) if tails else 0):
            tail = self.fill(rng, rng.choice(tails), brand_ascii=brand_ascii)
            text = f"{text} {tail}".rstrip()
        if rng.random() < 0.12:
            text = _typo(rng, text)
        if rng.random() < 0.12:
            text = text.lower()
        return text

    def angry(self, rng: random.Random, text: str) -> str:
        """Dress a complaint the way angry people write: caps, !!!, emoji, typos, sarcasm."""
        brand = self.scenario.brand
        roll = rng.random
        if roll() < 0.1:
            text = self.fill(rng, rng.choice(bank.SARCASM), text=text)
        else:
            opener = roll() < 0.6
            if opener:
                text = f"{self.fill(rng, rng.choice(bank.OPENERS))} {text}"
            if roll() < (0.65 if opener else 0.9):
                closer = self.fill(rng, rng.choice(bank.CLOSERS))
                # End the complaint's sentence first: "…my cold brew. Another flawless day…"
                end = "." if text[-1:].isalnum() and closer[:1].isupper() else ""
                text = f"{text}{end} {closer}"
        if brand.handle and brand.handle not in text and roll() < 0.45:
            text = f"{brand.handle} {text}" if roll() < 0.5 else f"{text} {brand.handle}"
        if roll() < 0.3:
            text = _shout_words(rng, text)
        elif roll() < 0.04:
            text = text.upper()
        if roll() < 0.35:
            bangs = rng.choice(("!!!", "!!", "?!", "!!!!", "?!?!"))
            text = re.sub(r"[.!?]?\s*$", bangs, text, count=1)
        if roll() < 0.2:
            text = _typo(rng, text)
        if roll() < 0.08:
            text = text.lower()
        if roll() < 0.4:
            text = f"{text} {''.join(rng.choices(bank.EMOJI_ANGRY, k=rng.randint(1, 3)))}"
        if roll() < 0.12:
            tag = rng.choice(bank.HASHTAG_ANGRY)
            text = f"{text} {tag}{_ascii(brand.name).replace(' ', '') if tag == '#boycott' else ''}"
        return text

    # ----------------------------------------------------------------- reactions
    def again(self, rng: random.Random, first_text: str) -> str:
        """An ignored customer posts again, angrier."""
        text = self.fill(rng, rng.choice(bank.AGAIN), text=self._short(first_text, 80))
        if rng.random() < 0.5:
            text = f"{text} {''.join(rng.choices(bank.EMOJI_ANGRY, k=rng.randint(1, 3)))}"
        return text

    def pile_on(self, rng: random.Random, reply_text: str) -> tuple[Author, str]:
        """A stranger quotes a poor reply."""
        author = self.author(rng, "customer")
        return author, self.fill(rng, rng.choice(bank.PILE_ON),
                                 reply=self._short(reply_text, 80))

    def thanks(self, rng: random.Random) -> str:
        return self.fill(rng, rng.choice(bank.THANKS))

    def voice(self, rng: random.Random, lines: tuple[str, ...], *,
              angry: bool = False) -> tuple[Author, str, str]:
        """A member of the public on the official statements (`bank.STALE`, `bank.SILENCE`,
        `bank.AFTER_UPDATE`): who, what, and on which public channel. Dressed as people write
        (`angry` for the silence posts, a question's lead-ins and tails otherwise), so a long
        silence does not repeat the same seven sentences."""
        author = self.author(rng, "customer")
        if angry:
            text = self.angry(rng, self.fill(rng, rng.choice(lines)))
        else:
            text = self.dress(rng, lines, bank.QUESTION_LEADS, bank.QUESTION_TAILS)
        return author, text, self._channel(rng)

    def censored(self, rng: random.Random, first_text: str) -> str:
        return self.fill(rng, rng.choice(bank.CENSORED), text=self._short(first_text, 80))


def is_review_channel(channel_id: str, name: str) -> bool:
    """Review sites (app stores, delivery apps) carry reviews: no small talk or trolling there."""
    return "review" in channel_id.lower() or "review" in name.lower()


def _route_like(route_ids: list[str], words: tuple[str, ...], fallback: str) -> str:
    for route_id in route_ids:
        if any(word in route_id.lower() for word in words):
            return route_id
    return fallback


def _shout_words(rng: random.Random, text: str) -> str:
    words = _WORD.findall(text)
    if not words:
        return text
    for word in rng.sample(words, min(len(words), rng.randint(1, 2))):
        text = text.replace(word, word.upper(), 1)
    return text


def _typo(rng: random.Random, text: str) -> str:
    """One believable slip: swapped, dropped or doubled letter in a longer word."""
    matches = list(_WORD.finditer(text))
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
