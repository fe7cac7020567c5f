"""The bundled scenarios: YAML files shipped inside the `scenarios` package.

Found through importlib.resources, so the same code works from a checkout and from an installed
wheel. A scenario argument on the command line may be a path or one of these ids.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from simulator.scenario.problems import did_you_mean

PACKAGE = "scenarios"
DEFAULT_ID = "food-rumour"  # the gentlest drill; `crisis-drill play` with no scenario runs it
SUFFIXES = (".yaml", ".yml")


class ScenarioNotFound(LookupError):
    """A scenario argument that is neither an existing file nor a bundled id."""


class NotAScenarioFile(ScenarioNotFound):
    """The argument exists but is no regular file (a folder, a pipe, a device): a problem with
    the input the user can fix, not bad usage, so commands exit 1 and say what it is."""


def path_kind(path: Path) -> str:
    """What a path that is not a regular file is, in words ("a named pipe (FIFO)")."""
    import stat

    try:
        mode = path.stat().st_mode
    except OSError:
        return "not readable"
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def bundled_scenarios() -> list[tuple[str, Path]]:
    """(id, path) of every bundled scenario, sorted by id; the id is the file name's stem."""
    try:
        root = resources.files(PACKAGE)
    except ModuleNotFoundError:
        return []
    found = []
    for entry in root.iterdir():
        if entry.name.endswith(SUFFIXES) and entry.is_file():
            found.append((entry.name.rsplit(".", 1)[0], Path(str(entry))))
    return sorted(found)


def bundled_summary(path: Path) -> tuple[str, str, float, str] | None:
    """(title, difficulty, duration in seconds, kind) of a bundled scenario, read without
    validating.

    `crisis-drill list` shows these for every bundled file. Validating all of them (the loader
    composes YAML in pure Python to keep line numbers) took 0.3 s; the bundled files are the
    package's own and are validated by the test suite, so the listing reads just these keys with
    PyYAML's C parser. None when they are not there as expected: the caller then validates the
    file and shows what is wrong.
    """
    import yaml

    from simulator.scenario.model import parse_duration

    try:
        data = yaml.load(path.read_text(encoding="utf-8"),
                         Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None
    if not isinstance(data, dict):
        return None
    title, difficulty, duration = data.get("title"), data.get("difficulty"), data.get("duration")
    seconds = parse_duration(duration) if isinstance(duration, str) else None
    kind = data.get("kind", "")
    if not (isinstance(title, str) and isinstance(difficulty, str) and seconds
            and isinstance(kind, str)):
        return None
    return title, difficulty, float(seconds), kind


def bundled_ids() -> list[str]:
    return [scenario_id for scenario_id, _ in bundled_scenarios()]


def default_scenario_path() -> Path:
    """The scenario to play when none is named."""
    return resolve_scenario(DEFAULT_ID)


def resolve_scenario(arg: str | Path) -> Path:
    """A path that exists, or the file of a bundled scenario id; `ScenarioNotFound` otherwise."""
    if not str(arg).strip():
        raise ScenarioNotFound("no scenario given: name a file or a bundled id (crisis-drill list)")
    path = Path(arg)
    if path.is_file():
        return path
    bundled = dict(bundled_scenarios())
    if str(arg) in bundled:
        return bundled[str(arg)]
    if path.exists():
        raise NotAScenarioFile(f"{arg} is {path_kind(path)}, not a scenario file")
    names = ", ".join(bundled) or "none installed"
    looks_like_path = path.suffix in SUFFIXES or "/" in str(arg) or "\\" in str(arg)
    if looks_like_path:
        raise ScenarioNotFound(f"no such file: {arg}")
    hint = did_you_mean(str(arg), bundled)
    raise ScenarioNotFound(
        f"{arg!r} is neither a file nor a bundled scenario{hint} (bundled: {names})"
    )
