"""The loader: exact positions for every kind of mistake, and no traceback for any input."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from simulator.scenario import (
    Problem,
    ScenarioError,
    load_scenario,
    load_scenario_with_warnings,
    validate_file,
    validate_text,
)
from simulator.scenario.model import Duration, Scenario, parse_duration
from simulator.scenario.yamlnodes import MAX_FILE_BYTES

DATA = Path(__file__).parents[1] / "data" / "scenarios"
MINIMAL = (DATA / "minimal.yaml").read_text(encoding="utf-8")


def spots(path: Path | str) -> list[tuple[int, int, str]]:
    """(line, col, message) of every problem, for exact assertions."""
    _, problems = validate_file(path)
    return [(p.line, p.col, p.message) for p in problems]


def variant(tmp_path: Path, old: str, new: str, name: str = "drill.yaml") -> Path:
    assert old in MINIMAL, old
    path = tmp_path / name
    path.write_text(MINIMAL.replace(old, new, 1), encoding="utf-8")
    return path


def test_minimal_fixture_loads_into_the_model() -> None:
    scenario = load_scenario(DATA / "minimal.yaml")
    assert isinstance(scenario, Scenario)
    assert scenario.duration == 300 and isinstance(scenario.duration, Duration)
    assert scenario.channels[0].response_target == 120
    assert scenario.channels[0].max_length is None  # default
    assert scenario.pace[1].start == 120
    assert scenario.posts[0].author.handle == "@dana"
    assert scenario.posts[0].follow_ups[0].when.ignored_for == 60
    assert scenario.posts[0].follow_ups[0].delay == 5  # default Duration(5)
    assert scenario.difficulty == "medium"
    assert scenario.crowd.mix["complaint"] == 60.0  # default_factory
    assert scenario.templates[0].channels == ()


def test_type_errors_are_all_listed_with_exact_positions() -> None:
    assert spots(DATA / "type-errors.yaml") == [
        (4, 11, "duration: expected a duration like 90s, 5m, 1h or 1m30s (a bare number means "
                "seconds), got text 'five minutes'"),
        (5, 13, "difficulty: expected one of: easy, medium, hard; got 'eazy'; did you mean "
                "'easy'?"),
        (15, 17, "channels[0].max_length: expected a whole number, got text 'lots'"),
        (16, 13, "channels[0].public: expected true or false, got text 'maybe'"),
        (23, 17, "pace[0].per_minute: expected a number, got a list"),
        (27, 17, "crowd.topics[0].severity: must be at most 5, got 9"),
        (28, 17, "crowd.topics[0].patterns: expected a list of text (lines starting with '- ', "
                 "or [a, b]), got text 'just one pattern'"),
    ]


def test_unknown_keys_point_at_the_key_and_suggest_the_right_one() -> None:
    found = spots(DATA / "unknown-keys.yaml")
    assert [(line, col) for line, col, _ in found] == [(13, 5), (17, 5), (26, 24), (27, 1)]
    assert "unknown key 'respons_target'; did you mean 'response_target'?" in found[0][2]
    assert "unknown key 'colour' (expected one of: id, name, takes)" in found[1][2]
    assert "did you mean 'complaint'?" in found[2][2]
    assert found[3][2].startswith("unknown key 'weigths'; did you mean 'weights'?")
    # the misspelt required key is not also reported as missing
    assert not any("missing required key 'response_target'" in message for *_, message in found)


def test_duplicate_keys_are_reported_at_the_second_occurrence() -> None:
    assert spots(DATA / "duplicate-keys.yaml") == [
        (5, 1, "duplicate key 'title' (first set at line 2, column 1)"),
        (11, 3, "brand: duplicate key 'name' (first set at line 7, column 3)"),
        (13, 43, "channels[0]: duplicate key 'id' (first set at line 13, column 6)"),
    ]


def test_missing_required_key_is_reported_at_its_mapping(tmp_path: Path) -> None:
    path = variant(tmp_path, "    name: X\n", "")
    assert spots(path) == [
        (12, 5, "channels[0]: missing required key 'name' (text: Display name.)"),
    ]


def test_non_text_keys_are_reported() -> None:
    _, problems = validate_text("? [a, b]\n: c\n", "keys.yaml")
    assert [(p.line, p.col, p.message) for p in problems][1] == (
        1, 3, "a key must be a plain word, got a list")


def test_empty_value_for_required_text(tmp_path: Path) -> None:
    path = variant(tmp_path, "  name: Bramble", "  name:")
    assert spots(path) == [(7, 8, "brand.name: expected text, got nothing (empty value)")]


@pytest.mark.parametrize(
    ("fixture", "expected"),
    [
        ("empty.yaml", [(1, 1, "file is empty: expected a scenario mapping with keys id, title, "
                               "briefing, duration, brand, channels, routes, pace, crowd")]),
        ("list-top.yaml", [(1, 1, "expected a scenario mapping (key: value lines), got a list")]),
        ("tabs.yaml", [(4, 1, "tab used for indentation; YAML needs spaces (indent with 2 "
                              "spaces)"),
                       (5, 1, "tab used for indentation; YAML needs spaces (indent with 2 "
                              "spaces)")]),
        ("python-tag.yaml", [(1, 5, "tag !!python/object/apply:os.system is not allowed: "
                                    "scenario files hold plain text, numbers, lists and keys")]),
    ],
)
def test_hostile_or_broken_fixtures(fixture: str, expected: list[tuple[int, int, str]]) -> None:
    assert spots(DATA / fixture) == expected


def test_python_tag_never_runs(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    path = tmp_path / "evil.yaml"
    path.write_text(f'id: !!python/object/apply:os.system ["touch {marker}"]\n', encoding="utf-8")
    scenario, problems = validate_file(path)
    assert scenario is None and problems[0].message.startswith("tag !!python/object/apply")
    assert not marker.exists()


@pytest.mark.parametrize(
    ("data", "line", "col", "start"),
    [
        (b"\x00\x01\x02binary\xff", 1, 1, "not a text file (contains NUL bytes)"),
        ("id: caf\xe9\n".encode("latin-1"), 1, 8, "not UTF-8 text (byte 0xe9)"),
        (b"id: a\nb: x\x01y\n", 2, 5, "control character U+0001 is not allowed"),
        (b"hello", 1, 1, "expected a scenario mapping (key: value lines), got text 'hello'"),
        (b"42", 1, 1, "expected a scenario mapping (key: value lines), got number '42'"),
        (b"id: [a, b\ntitle: x\n", 2, 6, "YAML syntax error: expected ',' or ']'"),
        (b"id: a\n---\nid: b\n", 2, 1, "more than one YAML document"),
        (b"a: &a [*a]\n", 1, 4, "an alias refers to a node that contains it"),
        (b"a: *nowhere\n", 1, 4, "YAML syntax error: found undefined alias 'nowhere'"),
        (b"{a: 1\n", 2, 1, "YAML syntax error:"),
        (b"key: \"unterminated\n", 2, 1, "YAML syntax error:"),
        (b"? [a, b]\n: c\n", 1, 1, "missing required keys: id (text), title (text), "),
        (b"id: !custom x\n", 1, 5, "tag !custom is not allowed"),
        (b"[" * 300 + b"]" * 300, 1, 61, "nested more than 60 levels deep"),
    ],
    ids=lambda value: repr(value)[:30] if isinstance(value, bytes) else None,
)
def test_no_input_produces_a_traceback(data: bytes, line: int, col: int, start: str) -> None:
    scenario, problems = validate_text(data, "bad.yaml")
    assert scenario is None
    assert (problems[0].line, problems[0].col) == (line, col), problems
    assert problems[0].message.startswith(start), problems[0].message


def test_oversize_file_is_refused_fast(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    path.write_bytes(b"# padding\n" * (MAX_FILE_BYTES // 10 + 100_000))
    started = time.perf_counter()
    scenario, problems = validate_file(path)
    assert time.perf_counter() - started < 0.2
    assert scenario is None
    assert problems == [Problem(str(path), 1, 1, "file is 2.0 MB; scenario files are limited "
                                                  "to 1 MB")]


def test_alias_bomb_is_refused_quickly() -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in range(1, 9):
        name, previous = chr(ord("a") + level), chr(ord("a") + level - 1)
        lines.append(f"{name}: &{name} [{', '.join([f'*{previous}'] * 9)}]")
    started = time.perf_counter()
    scenario, problems = validate_text("\n".join(lines) + "\n", "bomb.yaml")
    assert time.perf_counter() - started < 1.0
    assert scenario is None
    assert problems[0].message == "aliases expand to more than 50000 values; write them out"


def test_too_many_aliases_are_refused() -> None:
    text = "a: &a x\nb: [" + ", ".join(["*a"] * 101) + "]\n"
    _, problems = validate_text(text, "many.yaml")
    assert [(p.line, p.col, p.message) for p in problems] == [
        (2, 5 + 4 * 100, "more than 100 aliases (*name); write the values out instead"),
    ]


def test_anchors_and_merge_keys_within_limits_work(tmp_path: Path) -> None:
    text = MINIMAL.replace(
        "    author: {name: Dana Ruiz, handle: \"@dana\"}",
        "    author: &dana {name: Dana Ruiz, handle: \"@dana\"}",
    ) + (
        "  - id: p2\n    at: 3m\n    channel: x\n    author:\n      <<: *dana\n"
        "      followers: 5000\n    text: Again.\n"
    )
    path = tmp_path / "anchors.yaml"
    path.write_text(text, encoding="utf-8")
    scenario = load_scenario(path)
    assert scenario.posts[1].author.name == "Dana Ruiz"
    assert scenario.posts[1].author.followers == 5000


def test_strings_keep_what_was_written(tmp_path: Path) -> None:
    path = variant(tmp_path, "    text: Is the app down?", "    text: yes")
    path.write_text(path.read_text().replace("title: Minimal drill", "title: 2024"))
    scenario = load_scenario(path)
    assert scenario.posts[0].text == "yes" and scenario.title == "2024"


@pytest.mark.parametrize(
    ("written", "seconds"),
    [("90s", 90), ("5m", 300), ("1h", 3600), ("1m30s", 90), ("1h 30m", 5400), ("45", 45),
     ("2.5", 2.5), ("1.5m", 90)],
)
def test_durations(tmp_path: Path, written: str, seconds: float) -> None:
    path = variant(tmp_path, "    at: 30s", f"    at: {written}")
    path.write_text(path.read_text().replace("duration: 5m", "duration: 2h"))
    assert load_scenario(path).posts[0].at == seconds


@pytest.mark.parametrize("written", ["-5s", "5 minutes", "1h1h", "m", "true", "[1]", "'1h30'"])
def test_bad_durations_are_reported(tmp_path: Path, written: str) -> None:
    path = variant(tmp_path, "    at: 30s", f"    at: {written}")
    assert [(line, col) for line, col, _ in spots(path)] == [(36, 9)]
    assert parse_duration(written) is None


def test_numbers_out_of_range_and_non_finite(tmp_path: Path) -> None:
    path = variant(tmp_path, "    per_minute: 6", "    per_minute: .nan")
    assert spots(path) == [(24, 17, "pace[1].per_minute: expected a finite number, got '.nan'")]
    path = variant(tmp_path, "    per_minute: 6", "    per_minute: -1")
    assert spots(path) == [(24, 17, "pace[1].per_minute: must be at least 0, got -1")]


def test_scenario_id_pattern(tmp_path: Path) -> None:
    path = variant(tmp_path, "id: minimal", "id: my drill!")
    ((line, col, message),) = spots(path)
    assert (line, col) == (2, 5)
    assert message.startswith("id: 'my drill!' is not in the expected form (like 'food-rumour')")


def test_empty_required_list(tmp_path: Path) -> None:
    path = variant(tmp_path, "routes:\n  - id: pr\n    name: PR\n", "routes: []\n")
    assert spots(path) == [(15, 9, "routes: needs at least 1 item, got an empty list")]


def test_load_scenario_raises_with_every_problem() -> None:
    with pytest.raises(ScenarioError) as caught:
        load_scenario(DATA / "type-errors.yaml")
    assert len(caught.value.problems) == 7
    first = str(caught.value).splitlines()[0]
    assert first == (f"{DATA / 'type-errors.yaml'}:4:11: duration: expected a duration like 90s, "
                     "5m, 1h or 1m30s (a bare number means seconds), got text 'five minutes'")


def test_warnings_do_not_fail_loading(tmp_path: Path) -> None:
    path = variant(tmp_path, "when: {ignored_for: 1m}", "when: {ignored_for: 10m}")
    scenario, warnings = load_scenario_with_warnings(path)
    assert scenario.id == "minimal"
    assert [str(w) for w in warnings] == [
        f"{path}:42:29: warning: posts[0].follow_ups[0].when.ignored_for: this follow-up can never "
        "fire: the post arrives at 30s, so ignored_for 10m plus delay 5s ends at 10m35s, after "
        "the drill (5m)"
    ]
    assert warnings[0].severity == "warning"


def test_missing_file_raises_oserror(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        validate_file(tmp_path / "nope.yaml")


def test_empty_value_means_the_default_for_optional_keys(tmp_path: Path) -> None:
    path = variant(tmp_path, "    text: Is the app down?", "    text: Is the app down?\n"
                   "    reach:\n    expect:")
    path.write_text(path.read_text().replace("templates:\n  - id: holding", "templates:\n"
                    "difficulty:\nold_templates:\n  - id: holding"))
    found = spots(path)
    assert [(line, col) for line, col, _ in found] == [(27, 1)]  # only the renamed key
    path.write_text(MINIMAL.replace("    text: Is the app down?",
                                    "    text: Is the app down?\n    reach:\n    expect:"))
    scenario = load_scenario(path)
    assert scenario.posts[0].reach.likes == 0 and scenario.posts[0].expect.route == "none"


@pytest.mark.parametrize("char", ["\x85", "\u2028", "\u2029"])
def test_hidden_line_breaks_are_reported_where_an_editor_shows_them(tmp_path: Path,
                                                                    char: str) -> None:
    """YAML counts these as new lines, editors do not: every later line number would be off."""
    path = variant(tmp_path, "briefing: A short drill used by the tests.",
                   f"briefing: A short drill{char}used by the tests.")
    assert [(line, col) for line, col, _ in spots(path)] == [(4, 24)]
