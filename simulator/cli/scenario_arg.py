"""SCENARIO arguments (a file or a bundled id) turned into a loaded scenario, for every command.

Its own small module so commands that only need a scenario (tone, session, debrief) do not import
the engine with `simulate`.
"""

from __future__ import annotations

from simulator.cli import CommandError
from simulator.scenario.library import NotAScenarioFile, ScenarioNotFound, resolve_scenario
from simulator.scenario.loader import load_scenario
from simulator.scenario.model import Scenario
from simulator.scenario.problems import ScenarioError


def load_scenario_arg(arg: str) -> Scenario:
    """The scenario, or a one-line error (no such file or id, with a near bundled id) or every
    problem with its place: all input the user can fix, so all exit 1 (README, exit codes)."""
    try:
        path = resolve_scenario(arg)
    except (NotAScenarioFile, ScenarioNotFound) as error:
        raise CommandError(str(error)) from None
    try:
        return load_scenario(path)
    except ScenarioError as error:
        raise CommandError(f"{path} is not a valid scenario:\n{error}") from None
    except OSError as error:
        raise CommandError(f"cannot read {path}: {error.strerror or error}") from None
