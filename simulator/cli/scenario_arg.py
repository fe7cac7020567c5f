"""SCENARIO arguments (a file or a bundled id) turned into a loaded scenario, for every command.

Its own small module so commands that only need a scenario (tone, session, debrief) do not import
the engine with `simulate`.
"""

from __future__ import annotations

from simulator.cli import CommandError, UsageError
from simulator.scenario.library import NotAScenarioFile, ScenarioNotFound, resolve_scenario
from simulator.scenario.loader import load_scenario
from simulator.scenario.model import Scenario
from simulator.scenario.problems import ScenarioError


def load_scenario_arg(arg: str) -> Scenario:
    """The scenario, or a one-line usage error (no such file/id) or every problem with its place."""
    try:
        path = resolve_scenario(arg)
    except NotAScenarioFile as error:
        raise CommandError(str(error)) from None
    except ScenarioNotFound as error:
        raise UsageError(str(error)) from None
    try:
        return load_scenario(path)
    except ScenarioError as error:
        raise CommandError(f"{path} is not a valid scenario:\n{error}") from None
    except OSError as error:
        raise UsageError(f"cannot read {path}: {error.strerror or error}") from None
