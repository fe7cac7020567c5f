"""Filling the `{slots}` of crowd text: the built-in crowd slots, a scenario's own `crowd.slots`,
and the codes its slot values may use (`{digit}`, `{letter}`, `{N-M}`).

One post is filled through one `memo`: a slot named twice in a post ("{first_name} says ... ask
{first_name}") is the same value both times, across the pattern and whatever the generator adds
around it (a lead-in, a tail, the frame of a media post). Codes are drawn fresh at every use, so
`BW{digit}{digit}{digit}` is a reference, not "BW777".
"""

from __future__ import annotations

import random
import re
from collections.abc import Mapping

from simulator.scenario.model import FIXED_SLOTS, SLOT_RANGE, Scenario

# `{{` and `}}` are literal braces (as the loader's check reads them); `{name}` or `{N-M}` a slot.
_SLOT = re.compile(r"\{\{|\}\}|\{([\w-]+)\}")
LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I or O: references avoid them (they read as 1 and 0)
MAX_DEPTH = 8  # slot values may use slots; a validated file has no cycle, this bounds any other


class SlotFiller:
    """The values every crowd slot draws from, for one drill. Immutable; all choice is `rng`'s."""

    __slots__ = ("_own", "_stores", "brand", "cities", "currency", "firsts", "products")

    def __init__(self, scenario: Scenario, firsts: tuple[str, ...], cities: tuple[str, ...],
                 currency: str, stores: tuple[str, ...]) -> None:
        self.brand = scenario.brand
        self.products = scenario.crowd.products
        self.firsts = firsts
        self.cities = cities
        self.currency = currency
        self._stores = stores
        self._own: Mapping[str, tuple[str, ...]] = {
            name: values for name, values in scenario.crowd.slots.items()
            if values and name not in FIXED_SLOTS
        }

    def fill(self, rng: random.Random, pattern: str, memo: dict[str, str] | None = None,
             **extra: str) -> str:
        """`pattern` with its slots filled; unknown slots are left as written. Pass the post's
        `memo` to keep each slot the same across the pieces of one post."""
        return self._fill(rng, pattern, {} if memo is None else memo, extra, 0)

    def _fill(self, rng: random.Random, pattern: str, memo: dict[str, str],
              extra: Mapping[str, str], depth: int) -> str:
        def value(match: re.Match[str]) -> str:
            whole, slot = match.group(0), match.group(1)
            if slot is None:
                return whole[0]  # `{{` → `{`, `}}` → `}`
            if slot in extra:
                return extra[slot]
            if slot in memo:
                return memo[slot]
            found = self._value(rng, slot, memo, extra, depth)
            if found is None:
                return whole
            if slot not in ("digit", "letter") and not SLOT_RANGE.match(slot):
                memo[slot] = found
            return found

        return _SLOT.sub(value, pattern)

    def _value(self, rng: random.Random, slot: str, memo: dict[str, str],
               extra: Mapping[str, str], depth: int) -> str | None:
        if slot in self._own:
            if depth >= MAX_DEPTH:
                return None
            return self._fill(rng, rng.choice(self._own[slot]), memo, extra, depth + 1)
        if slot == "product":
            return rng.choice(self.products) if self.products else "order"
        if slot == "order":
            return f"#{rng.randint(10000, 99999)}"
        if slot == "first_name":
            return rng.choice(self.firsts)
        if slot == "city":
            return rng.choice(self.cities)
        if slot == "store":  # in the post's city, if it names one
            return self._fill(rng, rng.choice(self._stores), memo, extra, depth + 1)
        if slot == "minutes":
            return str(rng.choice((10, 15, 20, 25, 30, 40, 45, 50, 60, 90)))
        if slot == "hours":
            return str(rng.randint(2, 12))
        if slot == "days":
            return str(rng.randint(2, 14))
        if slot == "amount":
            return f"{self.currency}{rng.randint(6, 240)}.{rng.choice(('00', '49', '99'))}"
        if slot == "brand":
            return self.brand.name
        if slot == "brand_handle":
            return self.brand.handle
        if slot == "hashtag":
            return self.brand.hashtag
        if slot == "digit":
            return str(rng.randrange(10))
        if slot == "letter":
            return rng.choice(LETTERS)
        span = SLOT_RANGE.match(slot)
        if span:
            low, high = int(span.group(1)), int(span.group(2))
            return str(rng.randint(min(low, high), max(low, high)))
        return None
