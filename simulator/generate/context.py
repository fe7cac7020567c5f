"""The people, places and words of one generated crisis, drawn from Faker in its locale.

One `KindContext` per generated scenario holds the seeded streams (a `random.Random` for choices,
a Faker instance seeded from it for names and places) and the grammar of the kind being written,
with the crisis's fixed words (brand, product, city, dates) as its values. Everything a kind
writes goes through it, so the same seed, kind, difficulty and locale write the same file.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from typing import TypeVar

from faker import Faker

from simulator.crowd.generator import CURRENCY, handle_for, heavy_tail_followers
from simulator.generate.grammar import Grammar, Rules
from simulator.generate.kind import Industry
from simulator.scenario.model import AuthorKind

# Names kept plain: a brand written into YAML keys, hashtags and web addresses.
T = TypeVar("T")
_WORD = re.compile(r"[^A-Za-z0-9]+")


def plain(text: str) -> str:
    """Letters and digits only, for handles, hashtags and web addresses."""
    from simulator.crowd.generator import _ascii  # the crowd's own transliteration

    return _WORD.sub("", _ascii(text))


class KindContext:
    """Seeded choices, Faker people and places, and the kind's grammar for one scenario."""

    def __init__(self, *, kind: str, difficulty: str, seed: int, locale: str,
                 rules: Rules) -> None:
        self.kind = kind
        self.difficulty = difficulty
        self.seed = seed
        self.locale = locale
        self.rng = random.Random(f"generate:{kind}:{difficulty}:{locale}:{seed}")
        self.fake = Faker(locale)
        self.fake.seed_instance(self.rng.randrange(2**32))
        self.currency = CURRENCY.get(locale, "$")
        self.values: dict[str, str] = {"currency": self.currency}
        self.grammar = Grammar(rules, self.rng, self.values)
        self._used_names: set[str] = set()
        self.industry: Industry | None = None  # the industry the crisis strikes, once chosen

    # -- the grammar ------------------------------------------------------------------------
    def say(self, text: str) -> str:
        return self.grammar.say(text)

    def pick(self, rule: str) -> str:
        return self.grammar.pick(rule)

    def fix(self, name: str, value: str) -> str:
        """Make `value` the crisis's fixed `<name>` from now on (and return it)."""
        self.values[name] = value
        return value


    def choose(self, items: Sequence[T]) -> T:
        return items[self.rng.randrange(len(items))]

    def sample(self, items: Sequence[T], k: int) -> list[T]:
        return self.rng.sample(list(items), min(k, len(items)))

    def between(self, low: int, high: int) -> int:
        return self.rng.randint(low, high)

    # -- people and places ------------------------------------------------------------------
    def city(self) -> str:
        return self.fake.city()

    def last_name(self) -> str:
        return self.fake.last_name()

    def person(self, kind: AuthorKind = "customer", *, followers: tuple[int, int] | None = None,
               outlet: str | None = None) -> dict[str, object]:
        """An author: a Faker name in the locale (never twice in one scenario), a handle as
        people pick them, followers from the range given or the crowd's heavy tail."""
        for _ in range(20):
            first, last = self.fake.first_name(), self.fake.last_name()
            if f"{first} {last}" not in self._used_names:
                break
        self._used_names.add(f"{first} {last}")
        name = f"{first} {last}"
        if kind == "troll":
            name = self.say("<troll_name>") if "troll_name" in self.grammar.rules \
                else f"{first.lower()} {self.choose(('enjoyer', 'truther', 'lol', 'fan'))}"
        elif outlet:
            name = f"{name} ({outlet})"
        count = self.between(*followers) if followers else heavy_tail_followers(self.rng, kind)
        return {"name": name, "handle": handle_for(self.rng, first, last, kind),
                "followers": count, "kind": kind}

    def money(self, low: int, high: int, *, cents: bool = False) -> str:
        """An amount in the locale's currency: `$1,450` or `£23.99`."""
        amount = self.between(low, high)
        whole = f"{self.currency}{amount:,}"
        return f"{whole}.{self.choose(('00', '49', '99'))}" if cents else whole



def web_name(brand: str) -> str:
    """The brand as it appears in a web address: lower case, no spaces."""
    return plain(brand).lower() or "brand"


def handle_of(brand: str) -> str:
    return "@" + (plain(brand).lower()[:15] or "brand")


def hashtag_of(brand: str, word: str) -> str:
    return "#" + (plain(brand) or "Brand") + word
