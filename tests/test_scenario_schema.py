"""The JSON Schema is generated from the model and agrees with the loader on real files."""

from __future__ import annotations

import dataclasses
import json
import typing
from pathlib import Path

import pytest
import yaml

from simulator.scenario import model
from simulator.scenario.library import bundled_scenarios
from simulator.scenario.reference import dataclasses_in_order
from simulator.scenario.schema import scenario_schema
from simulator.scenario.starter import starter_yaml

DATA = Path(__file__).parent / "data" / "scenarios"


def test_schema_is_json_and_mentions_every_model_field() -> None:
    schema = json.loads(json.dumps(scenario_schema()))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["additionalProperties"] is False
    for cls in dataclasses_in_order():
        node = schema if cls is model.Scenario else schema["$defs"][cls.__name__]
        assert node["additionalProperties"] is False
        names = [field.name for field in dataclasses.fields(cls)]
        assert list(node["properties"]) == names
        for field in dataclasses.fields(cls):
            assert node["properties"][field.name]["description"] == field.metadata["doc"]
        required = [f.name for f in dataclasses.fields(cls)
                    if f.default is dataclasses.MISSING
                    and f.default_factory is dataclasses.MISSING]
        assert node["required"] == required


def test_enums_durations_and_ranges() -> None:
    schema = scenario_schema()
    props = schema["properties"]
    assert props["difficulty"]["enum"] == list(typing.get_args(model.Difficulty))
    assert props["difficulty"]["default"] == "medium"
    duration = props["duration"]["anyOf"]
    assert duration[0]["type"] == "string" and duration[1] == {"type": "number", "minimum": 0}
    post = schema["$defs"]["ScriptedPost"]["properties"]
    assert post["severity"] == {"description": post["severity"]["description"], "type": "integer",
                                "minimum": 1, "maximum": 5, "default": 2}
    assert schema["$defs"]["FollowUp"]["properties"]["delay"]["default"] == "5s"
    mix = schema["$defs"]["Crowd"]["properties"]["mix"]
    assert mix["propertyNames"]["enum"] == list(typing.get_args(model.PostKind))


def _yaml(path: Path) -> object:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def test_schema_agrees_with_the_loader_on_examples(tmp_path: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(scenario_schema())
    jsonschema.Draft202012Validator.check_schema(scenario_schema())
    starter = tmp_path / "starter.yaml"
    starter.write_text(starter_yaml(), encoding="utf-8")
    for path in [DATA / "minimal.yaml", starter, *(p for _, p in bundled_scenarios())]:
        assert list(validator.iter_errors(_yaml(path))) == [], path
    for broken in ("type-errors.yaml", "unknown-keys.yaml"):
        assert list(validator.iter_errors(_yaml(DATA / broken))), broken


def test_cli_schema_prints_the_same_schema(capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from simulator import cli
    from simulator.cli import main

    monkeypatch.setattr(cli, "COMMAND_MODULES", ("simulator.cli.scenario_cmds",))

    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out) == scenario_schema()
