"""Scenario files: the model, the validating loader, and the bundled library.

`load_scenario(path)` is what drivers need; `validate_file` is what `crisis-drill validate` uses.
The names below are imported on first use, so `simulator.scenario.library` (finding a bundled
file) does not load YAML and the loader: `crisis-drill play` paints its first frame sooner.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from simulator.scenario.loader import (
        load_scenario,
        load_scenario_with_warnings,
        validate_file,
        validate_text,
    )
    from simulator.scenario.model import Scenario
    from simulator.scenario.problems import Problem, ScenarioError

_HOMES = {
    "load_scenario": "simulator.scenario.loader",
    "load_scenario_with_warnings": "simulator.scenario.loader",
    "validate_file": "simulator.scenario.loader",
    "validate_text": "simulator.scenario.loader",
    "Scenario": "simulator.scenario.model",
    "Problem": "simulator.scenario.problems",
    "ScenarioError": "simulator.scenario.problems",
}

__all__ = [
    "Problem",
    "Scenario",
    "ScenarioError",
    "load_scenario",
    "load_scenario_with_warnings",
    "validate_file",
    "validate_text",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(home), name)
    globals()[name] = value
    return value
