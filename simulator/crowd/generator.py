"""The generated crowd: who posts, with how many followers, and what they say.

Faker (seeded per drill with `seed_instance`, in the scenario's locale) supplies pools of first
names, surnames and cities once per drill; every post then draws from those pools with the
`random.Random` the engine hands in. Two reasons: Faker costs ~0.1 ms a call, too slow for 2,000
posts in well under a second, and the engine decides which random stream a post uses (arrivals
never share a stream with reactions, so a trainee's actions cannot change which posts arrive).
Both the pools and the engine's crowd stream are seeded with the scenario's id as well as the
drill's seed (`crowd_seed`): seed 1 gives other people in every scenario.

What people say comes from the scenario where it says it (topic patterns, `crowd.patterns` per
kind of post, `crowd.slots`), from the generic banks (`crowd_text`, in the crowd locale's English)
otherwise, dressed by the topic's mood (`crowd_moods`).
"""

from __future__ import annotations

import functools
import hashlib
import random
import re
import unicodedata
from dataclasses import dataclass

from faker import Faker

from simulator.crowd import moods
from simulator.crowd import text as bank
from simulator.crowd.british import is_british, localised
from simulator.crowd.slots import SlotFiller
from simulator.crowd.style import (
    end_sentence,
    ended,
    lower_first,
    shout_words,
    tidy,
    typo,
    words,
)
from simulator.scenario.model import NO_ROUTE, Author, AuthorKind, PostKind, Scenario, Topic

POOL_FIRST = 160
POOL_LAST = 160
POOL_CITY = 50
CURRENCY = {"en_GB": "£", "en_IE": "€", "de_DE": "€", "fr_FR": "€", "es_ES": "€", "it_IT": "€",
             "nl_NL": "€", "de_AT": "€", "fr_BE": "€", "nl_BE": "€", "pt_PT": "€", "fi_FI": "€"}
TYPO_DRESSED = 0.05  # a question, praise, small talk: one slip in twenty posts
TYPO_ANGRY = 0.08  # people type faster when they are angry, but most still spell

# Per kind: severity, whether the post needs a public reply. Complaints take theirs from the topic.
KIND_SEVERITY: dict[str, int] = {"question": 1, "praise": 1, "noise": 1, "troll": 1, "threat": 4,
                                 "media": 3}
KIND_NEEDS_REPLY: dict[str, bool] = {"complaint": True, "question": True, "praise": False,
                                     "noise": False, "troll": False, "media": True}

# The generic bank behind each `crowd.patterns` key; a scenario's own patterns replace it.
GENERIC_LINES: dict[str, tuple[str, ...]] = {
    "question": bank.QUESTIONS, "praise": bank.PRAISE, "noise": bank.NOISE, "troll": bank.TROLL,
    "legal_threat": bank.THREATS_LEGAL, "safety_threat": bank.THREATS_SAFETY,
    "journalist": bank.MEDIA_JOURNALIST, "influencer": bank.MEDIA_INFLUENCER,
    "verified": bank.MEDIA_VERIFIED, "again": bank.AGAIN, "hidden": bank.CENSORED,
    "pile_on": bank.PILE_ON, "thanks": bank.THANKS, "overdue": bank.STALE,
    "silence": bank.SILENCE, "after_update": bank.AFTER_UPDATE,
}
# What the generator wraps around a line: always generic (in the locale's English).
DRESSING: dict[str, tuple[str, ...]] = {
    "question_leads": bank.QUESTION_LEADS, "question_tails": bank.QUESTION_TAILS,
    "praise_leads": bank.PRAISE_LEADS, "praise_tails": bank.PRAISE_TAILS,
    "noise_leads": bank.NOISE_LEADS, "noise_tails": bank.NOISE_TAILS,
    "troll_leads": bank.TROLL_LEADS, "troll_tails": bank.TROLL_TAILS,
    "threat_leads": bank.THREAT_LEADS, "threat_tails": bank.THREAT_TAILS,
    "openers": bank.OPENERS, "closers": bank.CLOSERS, "sarcasm": bank.SARCASM,
    "worried_openers": moods.WORRIED_OPENERS, "worried_closers": moods.WORRIED_CLOSERS,
    "worried_again": moods.WORRIED_AGAIN, "calm_openers": moods.CALM_OPENERS,
    "calm_closers": moods.CALM_CLOSERS, "stores": bank.STORE_FORMS, "outlets": bank.OUTLET_FORMS,
}


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


@functools.lru_cache(maxsize=32)
def people(locale: str, seed: int) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The drill's pools of first names, surnames and cities, drawn by a Faker seeded with
    `seed`. Kept for the few drills played last: building them is a third of a short headless
    drill's time, and a team drill, a replay or a bot comparison plays one scenario and seed
    many times over (the pools are immutable tuples, so sharing them is safe)."""
    fake = Faker(locale)
    fake.seed_instance(seed)
    return (tuple(dict.fromkeys(fake.first_name() for _ in range(POOL_FIRST))),
            tuple(dict.fromkeys(fake.last_name() for _ in range(POOL_LAST))),
            tuple(dict.fromkeys(fake.city() for _ in range(POOL_CITY))))


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


def handle_for(rng: random.Random, first: str, last: str, kind: AuthorKind) -> str:
    """A handle as people pick them (`@janedoe`, `@jane_doe`, `@jdoe42`...); trolls hide
    behind a persona. Shared with the scenario generator's scripted authors."""
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


class CrowdGenerator:
    """Builds authors and texts for one drill. Holds only immutable pools; all choice is `rng`'s."""

    __slots__ = ("_chatter", "_legal", "_lines", "_pr", "_public", "_safety", "_slots", "_topics",
                 "cities", "firsts", "lasts", "scenario")

    def __init__(self, scenario: Scenario, seed: int | str, *, locale: str | None = None) -> None:
        self.scenario = scenario
        locale = locale or scenario.crowd.locale
        self.firsts, self.lasts, self.cities = people(locale, crowd_seed(seed, scenario.id,
                                                                         "people"))
        british = is_british(locale)
        own = {str(kind): lines for kind, lines in scenario.crowd.patterns.items()}
        self._lines = {name: localised(lines, british) for name, lines in DRESSING.items()}
        self._lines.update({kind: own.get(kind) or localised(lines, british)
                            for kind, lines in GENERIC_LINES.items()})
        self._slots = SlotFiller(scenario, self.firsts, self.cities,
                                 CURRENCY.get(locale, "$"), self._lines["stores"])
        self._topics = {topic.id: topic for topic in scenario.crowd.topics}
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
        handle = handle_for(rng, first, last, kind)
        if kind == "journalist":
            name = f"{name} ({self._outlet(rng)})"
        return Author(name=name, handle=handle, followers=heavy_tail_followers(rng, kind),
                      kind=kind)

    def _outlet(self, rng: random.Random) -> str:
        """A local paper or TV station, in one of the crowd's cities (the scenario's, if it
        names its own `city` slot)."""
        return rng.choice(self._lines["outlets"]).format(city=self.fill(rng, "{city}"),
                                                         n=rng.randint(2, 12))

    # ----------------------------------------------------------------- slots
    def fill(self, rng: random.Random, pattern: str, memo: dict[str, str] | None = None,
             **extra: str) -> str:
        """Fill crowd slots in `pattern` (unknown slots are left as written); the same `memo`
        keeps a slot the same value across the pieces of one post."""
        return self._slots.fill(rng, pattern, memo, **extra)

    # ----------------------------------------------------------------- posts
    def post(self, rng: random.Random, kind: PostKind) -> CrowdPost:
        """One generated post of `kind` (complaints pick a topic by weight)."""
        if kind == "complaint" and self.scenario.crowd.topics:
            return self._complaint(rng)
        if kind == "complaint":
            kind = "question"
        memo: dict[str, str] = {}
        author_kind: AuthorKind = "customer"
        route = NO_ROUTE
        if kind in ("question", "praise", "noise", "troll"):
            author_kind = "troll" if kind == "troll" else "customer"
            text = self.dress(rng, self._lines[kind], self._lines[f"{kind}_leads"],
                              self._lines[f"{kind}_tails"], memo)
        elif kind == "threat":
            legal = rng.random() < 0.6
            lines = self._lines["legal_threat" if legal else "safety_threat"]
            text = self.dress(rng, lines, self._lines["threat_leads"],
                              self._lines["threat_tails"], memo)
            route = self._legal if legal else self._safety
            author = self.author(rng, "customer")
            return CrowdPost("threat", author, text, self._kind_channel(rng, "threat"), None,
                             KIND_SEVERITY["threat"], route, legal)
        else:  # media
            author_kind = rng.choices(("journalist", "influencer", "verified"), (5, 3, 2))[0]
            quote = self._short(self._complaint_text(rng, self._topic(rng), memo), 90)
            author = self.author(rng, author_kind)
            outlet = author.name.partition("(")[2].rstrip(")") or self._outlet(rng)
            line = rng.choice(self._lines[author_kind])
            text = self.fill(rng, line, memo, quote=quote, outlet=outlet)
            if line.startswith("{outlet}"):  # "The Herald here", not "the Herald here"
                text = text[:1].upper() + text[1:]
            return CrowdPost("media", author, tidy(text), self._kind_channel(rng, "media"), None,
                             KIND_SEVERITY["media"], self._pr, True)
        author = self.author(rng, author_kind)
        return CrowdPost(kind, author, text, self._kind_channel(rng, kind), None,
                         KIND_SEVERITY[kind], route, KIND_NEEDS_REPLY[kind])

    def _kind_channel(self, rng: random.Random, kind: str, topic: Topic | None = None) -> str:
        """Where a post of `kind` appears: the topic's channels, else the scenario's channels for
        the kind, else every public channel (feeds only, for small talk and trolls)."""
        if topic is not None and topic.channels:
            return rng.choice(topic.channels)
        own = self.scenario.crowd.channels.get(kind)  # type: ignore[call-overload]
        if own:
            return rng.choice(own)
        return rng.choice(self._chatter if kind in ("noise", "troll") else self._public)

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
        memo: dict[str, str] = {}
        plain = self._complaint_text(rng, topic, memo)
        text = self.complain(rng, plain, self.mood(topic.id, plain), memo)
        route = topic.route
        threshold = self.scenario.reach_threshold
        if route == NO_ROUTE and threshold.followers is not None and \
                author.followers >= threshold.followers:
            route = self._pr
        return CrowdPost("complaint", author, text, self._kind_channel(rng, "complaint", topic),
                         topic.id, topic.severity, route, True)

    def _complaint_text(self, rng: random.Random, topic: Topic,
                        memo: dict[str, str] | None = None) -> str:
        return self.fill(rng, rng.choice(topic.patterns), memo)

    def mood(self, topic_id: str | None, text: str) -> str:
        """How a post on `topic_id` reads: the topic's mood, or (`auto`, or no topic) the mood
        its words show."""
        topic = self._topics.get(topic_id) if topic_id else None
        if topic is not None and topic.mood != "auto":
            return topic.mood
        return moods.read_mood(text)

    @staticmethod
    def _short(text: str, limit: int) -> str:
        return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"

    # ----------------------------------------------------------------- dressing
    def fresh(self, rng: random.Random, lines: tuple[str, ...], text: str,
              taken: set[str] | None = None, *, needed: bool = False, tries: int = 5) -> str:
        """A line to add to `text` that repeats none of its longer words ("Pathetic. ...
        Pathetic company."), nor the brand's handle, nor a line in `taken`: a few draws, then
        "" (nothing to add), or the last draw when a line is `needed`. Slots are not words."""
        used = words(text)
        handle = self.scenario.brand.handle
        has_handle = bool(handle) and handle.lower() in text.lower()
        line = ""
        for _ in range(tries):
            line = rng.choice(lines)
            clash = bool(used & words(line)) or (has_handle and "{brand_handle}" in line) or \
                (taken is not None and line in taken)
            if not clash:
                return line
        return line if needed else ""

    def dress(
        self,
        rng: random.Random,
        lines: tuple[str, ...],
        leads: tuple[str, ...],
        tails: tuple[str, ...],
        memo: dict[str, str] | None = None,
    ) -> str:
        """A non-complaint post with everyday variation: a lead-in, a tail, case, a typo."""
        memo = {} if memo is None else memo
        brand_ascii = _ascii(self.scenario.brand.name).replace(" ", "")
        line = rng.choice(lines)
        text = self.fill(rng, line, memo, brand_ascii=brand_ascii)
        lead = self.fill(rng, self.fresh(rng, leads, text), memo) \
            if leads and rng.random() < 0.5 else ""
        if lead:  # "Quick one: is it...", but a sentence stays a sentence and a name a name
            keep = lead[-1:] in ".!?" or line.startswith("{")
            text = f"{lead} {text if keep else lower_first(text)}"
        added: set[str] = set()
        for _ in range(rng.choice((0, 1, 1, 1, 2, 2)) if tails else 0):
            tail_line = self.fresh(rng, tails, text, added)
            added.add(tail_line)
            tail = self.fill(rng, tail_line, memo, brand_ascii=brand_ascii)
            if tail and all(ch in "!?." for ch in tail):  # "!", "...": no space before
                text = text + tail if text[-1:].isalnum() else text
            elif tail:
                text = end_sentence(text, tail)
        if rng.random() < TYPO_DRESSED:
            text = typo(rng, text)
        if rng.random() < 0.12:
            text = text.lower()
        return tidy(text)

    def _pick(self, rng: random.Random, name: str, text: str, memo: dict[str, str]) -> str:
        """A line of bank `name` to add to `text`, filled, or "" (see `fresh`)."""
        return self.fill(rng, self.fresh(rng, self._lines[name], text), memo)

    def _add(self, rng: random.Random, name: str, text: str, memo: dict[str, str], *,
             before: bool = False) -> str:
        """`text` with a line of bank `name` before or after it, if one fits (see `fresh`)."""
        line = self._pick(rng, name, text, memo)
        if not line:
            return text
        return f"{line} {text}" if before else end_sentence(text, line)

    def complain(self, rng: random.Random, text: str, mood: str,
                 memo: dict[str, str] | None = None) -> str:
        """Dress a complaint in its mood (see `crowd_moods`)."""
        if mood == "worried":
            return self.worried(rng, text, memo)
        if mood == "calm":
            return self.calm(rng, text, memo)
        return self.angry(rng, text, memo, furious=mood == "furious")

    def angry(self, rng: random.Random, text: str, memo: dict[str, str] | None = None, *,
              furious: bool = False) -> str:
        """Dress a complaint the way angry people write: caps, !!!, emoji, typos, sarcasm."""
        memo = {} if memo is None else memo
        brand = self.scenario.brand
        roll = rng.random
        if roll() < 0.1:
            frame = self.fresh(rng, self._lines["sarcasm"], text, needed=True)
            text = self.fill(rng, frame, memo, text=ended(text) if not frame.endswith("{text}")
                             else text)
        else:
            opener = roll() < (0.85 if furious else 0.6)
            if opener:
                text = self._add(rng, "openers", text, memo, before=True)
            if roll() < (0.85 if furious else 0.65 if opener else 0.9):
                text = self._add(rng, "closers", text, memo)
        if brand.handle and brand.handle not in text and roll() < 0.45:
            text = f"{brand.handle} {text}" if roll() < 0.5 else f"{text} {brand.handle}"
        if roll() < (0.6 if furious else 0.3):
            text = shout_words(rng, text)
        elif roll() < (0.15 if furious else 0.04):
            text = text.upper()
        if roll() < (0.65 if furious else 0.35):
            bangs = rng.choice(("!!!", "!!", "?!", "!!!!", "?!?!"))
            text = re.sub(r"[.!?]?\s*$", bangs, text, count=1)
        if roll() < TYPO_ANGRY:
            text = typo(rng, text)
        if roll() < 0.08:
            text = text.lower()
        if roll() < 0.4:
            text = f"{text} {''.join(rng.choices(bank.EMOJI_ANGRY, k=rng.randint(1, 3)))}"
        if roll() < 0.12:
            tag = rng.choice(bank.HASHTAG_ANGRY)
            text = f"{text} {tag}{_ascii(brand.name).replace(' ', '') if tag == '#boycott' else ''}"
        return tidy(text)

    def worried(self, rng: random.Random, text: str, memo: dict[str, str] | None = None) -> str:
        """Dress a worried post: pleading, questions, the odd PLEASE; never an insult."""
        memo = {} if memo is None else memo
        brand = self.scenario.brand
        roll = rng.random
        if roll() < 0.45:
            text = self._add(rng, "worried_openers", text, memo, before=True)
        if roll() < 0.55:
            text = self._add(rng, "worried_closers", text, memo)
        if brand.handle and brand.handle not in text and roll() < 0.45:
            text = f"{brand.handle} {text}" if roll() < 0.5 else f"{text} {brand.handle}"
        if roll() < 0.3:
            text = re.sub(r"[.!?]?\s*$", rng.choice(("??", "?", "...", "??")), text, count=1)
        if roll() < 0.08:
            text = re.sub(r"\bplease\b", "PLEASE", text, count=1, flags=re.IGNORECASE)
        if roll() < TYPO_ANGRY:
            text = typo(rng, text)
        if roll() < 0.12:
            text = text.lower()
        if roll() < 0.35:
            text = f"{text} {''.join(rng.choices(moods.EMOJI_WORRIED, k=rng.randint(1, 2)))}"
        return tidy(text)

    def calm(self, rng: random.Random, text: str, memo: dict[str, str] | None = None) -> str:
        """Dress a calm complaint: a grumble, a request, seldom more."""
        memo = {} if memo is None else memo
        roll = rng.random
        if roll() < 0.15:
            text = self._add(rng, "calm_openers", text, memo, before=True)
        if roll() < 0.35:
            text = self._add(rng, "calm_closers", text, memo)
        handle = self.scenario.brand.handle
        if handle and handle not in text and roll() < 0.35:
            text = f"{text} {handle}"
        if roll() < TYPO_DRESSED:
            text = typo(rng, text)
        if roll() < 0.15:
            text = text.lower()
        if roll() < 0.1:
            text = f"{text} {rng.choice(moods.EMOJI_CALM)}"
        return tidy(text)

    # ----------------------------------------------------------------- reactions
    def again(self, rng: random.Random, first_text: str, topic: str | None = None) -> str:
        """An ignored customer posts again: angrier, or (a worried post) more worried."""
        quote = self._short(first_text, 80)
        worried = "again" not in self.scenario.crowd.patterns and \
            self.mood(topic, first_text) == "worried"
        lines = self._lines["worried_again" if worried else "again"]
        text = self.fill(rng, self.fresh(rng, lines, quote, needed=True), text=quote)
        if rng.random() < (0.4 if worried else 0.5):
            emoji = moods.EMOJI_WORRIED if worried else bank.EMOJI_ANGRY
            text = f"{text} {''.join(rng.choices(emoji, k=rng.randint(1, 3)))}"
        return tidy(text)

    def pile_on(self, rng: random.Random, reply_text: str) -> tuple[Author, str]:
        """A stranger quotes a poor reply."""
        author = self.author(rng, "customer")
        return author, tidy(self.fill(rng, rng.choice(self._lines["pile_on"]),
                                      reply=self._short(reply_text, 80)))

    def thanks(self, rng: random.Random) -> str:
        return tidy(self.fill(rng, rng.choice(self._lines["thanks"])))

    def voice(self, rng: random.Random, kind: str, *,
              angry: bool = False) -> tuple[Author, str, str]:
        """A member of the public on the official statements (`kind` is "overdue", "silence" or
        "after_update"): who, what, and on which public channel. Dressed as people write
        (`angry` for the silence posts, a question's lead-ins and tails otherwise), so a long
        silence does not repeat the same seven sentences."""
        author = self.author(rng, "customer")
        lines = self._lines[kind]
        if angry:
            text = self.angry(rng, self.fill(rng, rng.choice(lines)))
        else:
            text = self.dress(rng, lines, self._lines["question_leads"],
                              self._lines["question_tails"])
        return author, text, self._channel(rng)

    def censored(self, rng: random.Random, first_text: str) -> str:
        return tidy(self.fill(rng, rng.choice(self._lines["hidden"]),
                              text=self._short(first_text, 80)))


def is_review_channel(channel_id: str, name: str) -> bool:
    """Review sites (app stores, delivery apps) carry reviews: no small talk or trolling there."""
    return "review" in channel_id.lower() or "review" in name.lower()


def _route_like(route_ids: list[str], words: tuple[str, ...], fallback: str) -> str:
    for route_id in route_ids:
        if any(word in route_id.lower() for word in words):
            return route_id
    return fallback
