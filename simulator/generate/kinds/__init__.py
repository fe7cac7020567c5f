"""The kinds of crisis `crisis-drill generate` can write, one module each (imported on use).

Each module defines `KIND` (`simulator.generate.kind.Kind`) and holds the kind's storyline
words; its industries are in `industries/<kind>.py` and its crowd's words in `crowds/<kind>.py`.
Adding a kind is adding those three modules and its name here.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from simulator.generate.kind import Kind

# name -> what `generate --help` and `list` say about it
KINDS: dict[str, str] = {
    "outage": "a service outage: the app, network or service is down",
    "recall": "a product recall or food-safety scare",
    "breach": "a data breach: customers' data exposed",
    "pricing": "a price rise or policy change people hate",
    "misconduct": "a video of a staff member behaving badly",
    "delivery": "a delivery or logistics failure: orders late or lost",
    "campaign": "an offensive advertising campaign",
    "site-safety": "a safety incident at a store, venue or site",
}


def load_kind(name: str) -> Kind:
    module = import_module(f"simulator.generate.kinds.{name.replace('-', '_')}")
    kind: Kind = module.KIND
    return kind


def available_kinds() -> tuple[str, ...]:
    """The kinds whose module exists (all of KINDS, once every kind is written)."""
    from importlib.util import find_spec

    return tuple(name for name in KINDS
                 if find_spec(f"simulator.generate.kinds.{name.replace('-', '_')}") is not None)
