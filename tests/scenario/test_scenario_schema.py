"""The JSON Schema is generated from the model and agrees with the loader on real files.

They used to disagree: an empty `templates:` or `reach_threshold:` (the docs: an empty value means
the default) passed `validate` and failed the schema, and the schema allowed `duration: 0`. The
agreement test runs both over every scenario file the project has and over files with one mistake
each: the schema accepts a file exactly when `validate` finds no key, type or range error in it
(cross-checks such as references are beyond a schema, and YAML-level mistakes such as duplicate
keys never reach it: those files are left out, and the test says which).
"""

from __future__ import annotations

import dataclasses
import json
import typing
from pathlib import Path

import jsonschema
import pytest
import yaml

from simulator.scenario import model, validate_text
from simulator.scenario.library import bundled_scenarios
from simulator.scenario.reference import dataclasses_in_order
from simulator.scenario.schema import scenario_schema
from simulator.scenario.starter import starter_yaml

TESTS = Path(__file__).parents[1]
DATA = TESTS / "data" / "scenarios"


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
    # optional keys also take null: `difficulty:` with nothing after it means the default
    assert props["difficulty"]["enum"] == [*typing.get_args(model.Difficulty), None]
    assert props["difficulty"]["default"] == "medium"
    duration = props["duration"]["anyOf"]
    assert duration[0]["type"] == "string"
    assert duration[1] == {"type": "number", "exclusiveMinimum": 0, "maximum": 8 * 3600}
    post = schema["$defs"]["ScriptedPost"]["properties"]
    assert post["severity"] == {"description": post["severity"]["description"],
                                "type": ["integer", "null"], "minimum": 1, "maximum": 5,
                                "default": 2}
    assert schema["$defs"]["FollowUp"]["properties"]["delay"]["default"] == "5s"
    mix = schema["$defs"]["Crowd"]["properties"]["mix"]
    assert mix["propertyNames"]["enum"] == list(typing.get_args(model.PostKind))


def _yaml(path: Path) -> object:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def test_schema_agrees_with_the_loader_on_examples(tmp_path: Path) -> None:
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


# -- the schema and `validate` agree, file by file -------------------------------------------------
class _StrictLoader(yaml.SafeLoader):
    """safe_load, but a key written twice is an error (safe_load keeps the last silently)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
        keys = [key.value for key, _ in node.value if isinstance(key, yaml.ScalarNode)]
        if len(keys) != len(set(keys)):
            raise yaml.constructor.ConstructorError(None, None, "duplicate key", node.start_mark)
        return super().construct_mapping(node, deep)


def _data(text: str) -> object:
    """The file as the data an editor's schema check sees; None when YAML cannot make it
    faithfully (a syntax error, a tag, a duplicate key): the schema never judges those."""
    try:
        return yaml.load(text, Loader=_StrictLoader)  # a SafeLoader subclass: no tags run
    except yaml.YAMLError:
        return None


MINIMAL = (DATA / "minimal.yaml").read_text(encoding="utf-8")
# One mistake each that a schema can see, and edge cases both must accept.
VARIANTS: dict[str, tuple[tuple[str, str], ...]] = {
    "duration 0": (("duration: 5m", "duration: 0"),),
    "duration 0s": (("duration: 5m", "duration: 0s"),),
    "duration 0m 0s": (("duration: 5m", "duration: 0m 0s"),),
    "duration in words": (("duration: 5m", "duration: five minutes"),),
    "duration past 8h as a number": (("duration: 5m", "duration: 36000"),),
    "unknown key": (("title: Minimal drill", "title: Minimal drill\ntitel: x"),),
    "missing key": (("    name: PR\n", ""),),
    "empty required value": (("title: Minimal drill", "title:"),),
    "wrong type": (("per_minute: 6", "per_minute: six"),),
    "out of range": (("    at: 30s", "    at: 30s\n    severity: 9"),),
    "not a choice": (("title: Minimal drill", "title: Minimal drill\ndifficulty: eazy"),),
    "handle without @": (('  handle: "@bramble"', "  handle: bramble"),),
    "hashtag without #": (('  hashtag: "#BrambleUpdate"', "  hashtag: BrambleUpdate"),),
    "link without http": (("info_link: https://", "info_link: "),),
    "empty channel list": (("channels:\n  - id: x\n    name: X\n    response_target: 2m\n",
                            "channels: []\n"),),
    "a number where a list goes": (("routes:\n  - id: pr\n    name: PR\n", "routes: 3\n"),),
    # valid, and the schema used to refuse some of these
    "empty templates": (("templates:\n  - id: holding\n    title: Holding\n    text: \"Hi {name}"
                         ", we're on it. Updates at {info_link}. – {agent}\"\n", "templates:\n"),),
    "empty reach_threshold": (("pace:", "reach_threshold:\npace:"),),
    "empty optional value": (("    response_target: 2m", "    response_target: 2m\n"
                              "    max_length:"),),
    "text written as a number": (("title: Minimal drill", "title: 2024"),),
    "text written as yes": (("    text: Is the app down?", "    text: yes"),),
    "a short drill": (("duration: 5m", "duration: 0.5"),),
}


def _files() -> list[tuple[str, str]]:
    files = [(f"scenarios/{path.name}", path.read_text(encoding="utf-8"))
             for _, path in bundled_scenarios()]
    files += [(str(path.relative_to(TESTS)), path.read_text(encoding="utf-8"))
              for folder in (DATA, TESTS / "snapshot_apps")
              for path in sorted(folder.glob("*.yaml"))]
    files.append(("starter", starter_yaml()))
    for name, edits in VARIANTS.items():
        text = MINIMAL
        for old, new in edits:
            assert old in text, (name, old)
            text = text.replace(old, new, 1)
        files.append((f"minimal with {name}", text))
    return files


def test_schema_and_validate_agree_on_every_scenario_file() -> None:
    validator = jsonschema.Draft202012Validator(scenario_schema())
    verdicts: dict[str, tuple[bool, bool]] = {}
    unjudged = []
    for name, text in _files():
        data = _data(text)
        if data is None:
            unjudged.append(name)
            continue
        _, problems = validate_text(text, name, cross_checks=False)
        loader_ok = not any(problem.is_error for problem in problems)
        schema_ok = validator.is_valid(data)
        verdicts[name] = (loader_ok, schema_ok)
        assert schema_ok == loader_ok, (name, [str(p) for p in problems],
                                        [e.message for e in validator.iter_errors(data)][:3])
    # every bundled and test scenario took part, except those YAML itself cannot read as data
    # (an empty file, a key written twice, a tag, tabs, the unquoted text in every-mistake)
    assert sorted(unjudged) == [f"data/scenarios/{name}.yaml" for name in (
        "duplicate-keys", "empty", "every-mistake", "python-tag", "tabs")]
    assert len(verdicts) >= len(VARIANTS) + 12
    # both sides were exercised: valid files and files with a mistake
    assert {verdict for verdict, _ in verdicts.values()} == {True, False}
    assert verdicts["minimal with duration 0"] == (False, False)
    assert verdicts["minimal with empty templates"] == (True, True)
    assert verdicts["minimal with empty reach_threshold"] == (True, True)
