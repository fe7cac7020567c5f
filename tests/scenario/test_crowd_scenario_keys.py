"""The scenario keys for the crowd's own words (`crowd.patterns`, `crowd.slots`, `crowd.channels`,
`topics[].mood`): loaded, checked with `file:line:col` messages, in the JSON Schema, optional."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.cli import main
from simulator.scenario import load_scenario, validate_file
from simulator.scenario.schema import scenario_schema

DATA = Path(__file__).parents[1] / "data" / "scenarios"
VOICE = (DATA / "crowd-voice.yaml").read_text(encoding="utf-8")


def broken(tmp_path: Path, *edits: tuple[str, str]) -> Path:
    text = VOICE
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
    path = tmp_path / "drill.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def errors(path: Path) -> list[str]:
    _, problems = validate_file(path)
    return [f"{p.line}:{p.col}: {p.message}" for p in problems]


def test_every_key_loads_into_the_model() -> None:
    scenario = load_scenario(DATA / "crowd-voice.yaml")
    crowd = scenario.crowd
    assert crowd.slots["destination"] == ("Malaga", "Faro", "Palma")
    assert crowd.patterns["journalist"][0].startswith("{outlet} here")
    assert crowd.channels == {"troll": ("facebook",), "question": ("dm", "x"),
                              "complaint": ("reviews",)}
    assert [t.mood for t in crowd.topics] == ["worried", "calm", "furious", "auto"]
    assert "booking_ref" in crowd.slot_names() and "city" in crowd.slot_names()


def test_a_misspelt_slot_anywhere_gets_a_did_you_mean_at_its_place(tmp_path: Path) -> None:
    path = broken(tmp_path, ("is my {destination} flight", "is my {destinaton} flight"),
                  ("booking {booking_ref} please", "booking {bookingref} please"),
                  ('["{first_name}"]', '["{frist_name}"]'))
    found = errors(path)
    assert len(found) == 3, found
    assert found[0].startswith("43:18: crowd.slots.passenger[0]: unknown crowd slot {frist_name};"
                               " did you mean 'first_name'?")
    assert found[1].startswith("46:16: crowd.patterns.question[0]: unknown crowd slot "
                               "{destinaton}; did you mean 'destination'?")
    assert found[2].startswith("66:51: crowd.topics[1].patterns[0]: unknown crowd slot "
                               "{bookingref}; did you mean 'booking_ref'?")


def test_a_kinds_own_slots_are_known_to_that_kind_only(tmp_path: Path) -> None:
    path = broken(tmp_path, ("still nothing, {brand_handle}", "still nothing, {reply}"),
                  ("is my {destination} flight", "is my {quote} flight"))
    found = errors(path)
    assert [line[:6] for line in found] == ["46:16:", "51:25:"], found
    assert "crowd.patterns.question[0]: unknown crowd slot {quote}" in found[0]
    assert "crowd.patterns.again[0]: unknown crowd slot {reply}" in found[1]
    assert "{text}" in found[1]  # the known list names what `again` may use


def test_unknown_kinds_moods_and_channels_are_errors(tmp_path: Path) -> None:
    path = broken(tmp_path, ("    journalist:\n", "    jounalist:\n"),
                  ("mood: calm", "mood: relaxed"), ("troll: [facebook]", "troll: [facebok]"),
                  ("    question: [dm, x]", "    questions: [dm, x]"))
    found = errors(path)
    assert found[0].startswith("48:5: crowd.patterns: unknown key 'jounalist'; did you mean "
                               "'journalist'?")
    # the crowd text checks run beside the key errors: the unknown channel is reported too
    assert found[1] == ("53:13: crowd.channels.troll[0]: unknown channel 'facebok'; did you "
                        "mean 'facebook'? (channels: x, facebook, reviews, dm)")
    assert found[2].startswith("54:5: crowd.channels: unknown key 'questions'; did you mean "
                               "'question'?")
    assert found[3] == ("64:13: crowd.topics[1].mood: expected one of: auto, calm, worried, "
                        "angry, furious; got 'relaxed'")
    assert len(found) == 4
    path = broken(tmp_path, ("troll: [facebook]", "troll: [facebok]"))
    assert errors(path) == ["53:13: crowd.channels.troll[0]: unknown channel 'facebok'; did you "
                            "mean 'facebook'? (channels: x, facebook, reviews, dm)"]


def test_slot_names_ranges_and_cycles(tmp_path: Path) -> None:
    path = broken(tmp_path, ("    city: [Leeds, Bristol]\n",
                             "    Gate-No: [A1]\n    brand: [Other]\n    quote: [x]\n"
                             "    leg: ['{route}']\n    route: ['{leg} to {destination}']\n"),
                  ("{100-999}", "{999-100}"))
    found = errors(path)
    assert found == [
        "41:38: crowd.slots.booking_ref[0]: range {999-100} runs backwards; write {100-999}",
        "42:5: crowd.slots.Gate-No: slot name 'Gate-No' must be lower-case letters, digits and "
        "_, starting with a letter (like destination or booking_ref)",
        "43:5: crowd.slots.brand: {brand} comes from brand and cannot be redefined; give this "
        "slot another name",
        "44:5: crowd.slots.quote: {quote} is filled by the generator itself; give this slot "
        "another name",
        "45:5: crowd.slots.leg: slot {leg} uses itself ({leg} → {route} → {leg}); a slot may use "
        "other slots, never itself",
        "46:5: crowd.slots.route: slot {route} uses itself ({route} → {leg} → {route}); a slot "
        "may use other slots, never itself",
    ]


def test_validate_exits_1_with_the_message_and_no_traceback(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = broken(tmp_path, ("is my {destination} flight", "is my {destinaton} flight"))
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr()
    assert f"{path}:46:16: crowd.patterns.question[0]: unknown crowd slot" in out.out + out.err
    assert "Traceback" not in out.out + out.err


def test_the_schema_describes_every_new_key() -> None:
    defs = scenario_schema()["$defs"]
    crowd = defs["Crowd"]["properties"]
    assert "question" in crowd["patterns"]["propertyNames"]["enum"]
    assert "journalist" in crowd["patterns"]["propertyNames"]["enum"]
    assert crowd["patterns"]["additionalProperties"]["minItems"] == 1
    assert crowd["slots"]["propertyNames"]["pattern"] == "^[a-z][a-z0-9_]*$"
    assert crowd["channels"]["propertyNames"]["enum"][0] == "complaint"
    # an empty `mood:` takes the default, so the schema allows null as the loader does
    assert defs["Topic"]["properties"]["mood"]["enum"] == ["auto", "calm", "worried", "angry",
                                                           "furious", None]
    for key in ("patterns", "slots", "channels"):
        assert crowd[key]["default"] == {} and crowd[key]["description"]


def test_the_schema_agrees_with_the_loader_on_the_new_keys(tmp_path: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    import yaml

    validator = jsonschema.Draft202012Validator(scenario_schema())
    assert not list(validator.iter_errors(yaml.safe_load(VOICE)))
    for old, new in (("mood: calm", "mood: relaxed"), ("    journalist:\n", "    jounalist:\n"),
                     ("    city: [Leeds, Bristol]", "    Gate-No: [A1]")):
        assert list(validator.iter_errors(yaml.safe_load(VOICE.replace(old, new, 1)))), old
