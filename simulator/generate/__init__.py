"""Generated scenarios: a complete, coherent crisis from one seed, for endless practice.

`generate(kind, difficulty=..., seed=..., locale=...)` (in `generator.py`) writes one; each
kind's words live in `kinds/`, the structure they share in `build.py`, the checks in
`coherence.py`. The names below are imported on first use, so `play` and `generate --help` can
list the kinds without loading Faker and the loader.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from simulator.generate.coherence import IncoherentScenario
    from simulator.generate.generator import (
        DEFAULT_DIFFICULTY,
        DEFAULT_LOCALE,
        Generated,
        command_for,
        generate,
        pick_kind,
    )

_HOMES = {
    "IncoherentScenario": "simulator.generate.coherence",
    "DEFAULT_DIFFICULTY": "simulator.generate.generator",
    "DEFAULT_LOCALE": "simulator.generate.generator",
    "Generated": "simulator.generate.generator",
    "command_for": "simulator.generate.generator",
    "generate": "simulator.generate.generator",
    "pick_kind": "simulator.generate.generator",
}

__all__ = ["DEFAULT_DIFFICULTY", "DEFAULT_LOCALE", "Generated", "IncoherentScenario",
           "command_for", "generate", "pick_kind"]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(home), name)
    globals()[name] = value
    return value
