"""What a trainee's drill needs from a session: the very scenario and seed the session pinned.

The session stores the scenario by bundled id or absolute path plus its content hash, so a trainee
whose copy of the file differs (edited after the session started, another branch) is told so
instead of silently playing a drill that is not comparable with the team's.
"""

from __future__ import annotations

from pathlib import Path

from simulator.scenario.library import ScenarioNotFound, bundled_scenarios, resolve_scenario
from simulator.scenario.loader import load_scenario
from simulator.scenario.model import Scenario
from simulator.scenario.problems import ScenarioError
from simulator.store import hash_scenario
from simulator.team.sessions import CLOSED, SessionError, TeamSession


def scenario_ref(arg: str, path: Path) -> str:
    """How a session names its scenario: the bundled id when it is one, else the absolute path."""
    if not Path(arg).is_file() and arg in dict(bundled_scenarios()):
        return arg
    return str(path.resolve())


def session_scenario(session: TeamSession) -> tuple[Path, Scenario]:
    """The session's scenario file and loaded scenario; SessionError if it is gone or changed."""
    try:
        path = resolve_scenario(session.scenario_ref)
        scenario = load_scenario(path)
    except ScenarioNotFound as error:
        raise SessionError(f"session {session.code}'s scenario is not here: {error}") from None
    except (ScenarioError, OSError) as error:
        raise SessionError(
            f"session {session.code}'s scenario {session.scenario_ref} cannot be loaded: {error}"
        ) from None
    if hash_scenario(scenario) != session.scenario_hash:
        raise SessionError(
            f"{path} has changed since session {session.code} started, so your drill would not be "
            "comparable with the team's. Use the same version of the file as the facilitator.")
    return path, scenario


def check_joinable(session: TeamSession) -> None:
    if session.status == CLOSED:
        raise SessionError(f"session {session.code} is closed; ask the facilitator for a new code")
