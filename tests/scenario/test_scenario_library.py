"""The bundled library: every shipped scenario is valid, found by id, previews deterministically."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.cli.preview import engine_timeline, render_timeline, scripted_timeline
from simulator.scenario import load_scenario, validate_file
from simulator.scenario.library import (
    DEFAULT_ID,
    ScenarioNotFound,
    bundled_scenarios,
    default_scenario_path,
    resolve_scenario,
)

BUNDLED = bundled_scenarios()
needs_bundled = pytest.mark.skipif(not BUNDLED, reason="no bundled scenarios yet")


@needs_bundled
@pytest.mark.parametrize(("scenario_id", "path"), BUNDLED, ids=[i for i, _ in BUNDLED])
def test_bundled_scenario_is_valid_and_named_after_its_id(scenario_id: str, path: Path) -> None:
    scenario, problems = validate_file(path)
    assert scenario is not None, "\n".join(map(str, problems))
    assert scenario.id == scenario_id
    assert resolve_scenario(scenario_id) == path


@needs_bundled
@pytest.mark.parametrize(("scenario_id", "path"), BUNDLED, ids=[i for i, _ in BUNDLED])
def test_bundled_scenario_previews_deterministically(scenario_id: str, path: Path) -> None:
    scenario = load_scenario(path)

    def preview(seed: int) -> list[str]:
        rows = engine_timeline(scenario, seed)
        generated = rows is not None
        return render_timeline(scenario, rows if rows is not None else scripted_timeline(scenario),
                               seed, generated)

    first = preview(7)
    assert first == preview(7)
    assert len(first) > 2
    if engine_timeline(scenario, 7) is not None:
        assert preview(8) != first, "different seeds should give different crowds"


def test_bundled_ids_are_sorted_yaml_files() -> None:
    ids = [scenario_id for scenario_id, _ in BUNDLED]
    assert ids == sorted(ids)
    assert all(path.suffix in (".yaml", ".yml") and path.is_file() for _, path in BUNDLED)


@needs_bundled
def test_default_scenario() -> None:
    if DEFAULT_ID not in dict(BUNDLED):
        pytest.skip(f"{DEFAULT_ID}.yaml not written yet")
    assert default_scenario_path().name == f"{DEFAULT_ID}.yaml"


def test_resolve_accepts_paths(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text("id: x\n", encoding="utf-8")
    assert resolve_scenario(str(path)) == path
    assert resolve_scenario(path) == path


@pytest.mark.parametrize(
    ("arg", "start"),
    [
        ("drills/missing.yaml", "no such file: drills/missing.yaml"),
        ("no-such-scenario-id", "'no-such-scenario-id' is neither a file nor a bundled scenario"),
    ],
)
def test_resolve_reports_clearly(arg: str, start: str) -> None:
    with pytest.raises(ScenarioNotFound) as caught:
        resolve_scenario(arg)
    assert str(caught.value).startswith(start)


def test_resolve_rejects_a_directory(tmp_path: Path) -> None:
    with pytest.raises(ScenarioNotFound, match="is a folder, not a scenario file"):
        resolve_scenario(str(tmp_path))
    with pytest.raises(ScenarioNotFound, match="no scenario given"):
        resolve_scenario("  ")


@needs_bundled
def test_resolve_suggests_a_near_miss() -> None:
    scenario_id = BUNDLED[0][0]
    with pytest.raises(ScenarioNotFound, match=f"did you mean '{scenario_id}'"):
        resolve_scenario(scenario_id[:-1])
