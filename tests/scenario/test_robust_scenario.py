"""Hostile and mangled scenario files, starting from the scenarios we ship.

`test_scenario_fuzz.py` mangles the minimal test fixture as text; here the bundled scenarios (the
files facilitators copy and edit) are mutated line by line and value by value, random documents
are built from the model's own keys so the converter sees wrong types at every depth, and the
hostile cases of the issue are checked end to end through `load_scenario(path)`: Python tags,
alias bombs, oversize and endless files, and files that try to make the loader read another file.
The property everywhere: the loader returns a `Scenario` or raises `ScenarioError`, never anything
else, and every problem points at a real line and column of the file.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from simulator.scenario import Scenario, ScenarioError, load_scenario, model
from simulator.scenario.yamlnodes import MAX_FILE_BYTES

REPO = Path(__file__).resolve().parents[2]
BUNDLED = sorted((REPO / "scenarios").glob("*.yaml"))
TEXTS = {path.name: path.read_text(encoding="utf-8") for path in BUNDLED}
FAST = settings(max_examples=50, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Values of other types and shapes than the key expects, and YAML constructs that trip parsers.
ODD_VALUES = ("[1, 2]", "{a: 1}", "-5", "0", "1e309", ".nan", "-.inf", "true", "null", "~", '""',
              "''", "0x1F", "0o17", "2026-01-01", "12:30:00", "99999999999999999999999",
              "!!binary aGk=", "!!str 5", "!!set {a}", "&x 1", "*undefined", "|\n  block",
              ">-", "- a", "? x", "x: y", "'unterminated", '"\\x00"', '"\\e[2J"', "[", "}",
              "\U0001f600", "Δ中文", "1h 30m", "90s", "-1m", "1m30", "p1", "pr", "none")
INSERTS = ("\t", ":", ": ", "- ", "  ", "#", "&a ", "*a ", "!!python/object:os.system ", "{", "]",
           "'", '"', "|", ">", "%", "@", "`", "\n", "\n---\n", "<<: *a\n", "\u00a0", "\ufeff",
           "\U0001f4a5")


def assert_loads_or_reports(path: Path) -> Scenario | None:
    """The property the issue asks for, on one file."""
    lines = max(1, path.read_bytes().count(b"\n") + 1)
    try:
        return load_scenario(path)
    except ScenarioError as error:
        assert error.problems, "a ScenarioError must list at least one problem"
        assert error.errors, "a ScenarioError must list at least one error"
        for problem in error.problems:
            assert 1 <= problem.line <= lines + 1, (problem, lines)
            assert problem.col >= 1, problem
            assert problem.message.strip(), problem
            assert str(problem).startswith(f"{path}:{problem.line}:{problem.col}: ")
        return None


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("robust-scenarios")


def write(folder: Path, text: str | bytes, name: str = "mutant.yaml") -> Path:
    path = folder / name
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8")
    else:
        path.write_bytes(text)
    return path


def test_every_bundled_scenario_loads_as_shipped(folder: Path) -> None:
    assert len(BUNDLED) >= 4
    for path in BUNDLED:
        assert isinstance(assert_loads_or_reports(path), Scenario), path.name


# -- mutations of the bundled scenarios --------------------------------------------------------
@st.composite
def mutated(draw: st.DrawFn) -> str:
    lines = TEXTS[draw(st.sampled_from(sorted(TEXTS)))].splitlines(keepends=True)
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        if not lines:
            break
        at = draw(st.integers(min_value=0, max_value=len(lines) - 1))
        kind = draw(st.sampled_from(["delete", "duplicate", "swap", "insert", "retype",
                                     "indent", "dedent", "truncate"]))
        line = lines[at]
        if kind == "delete":
            del lines[at]
        elif kind == "duplicate":
            lines.insert(at, line)
        elif kind == "swap":
            other = draw(st.integers(min_value=0, max_value=len(lines) - 1))
            lines[at], lines[other] = lines[other], lines[at]
        elif kind == "insert":
            col = draw(st.integers(min_value=0, max_value=len(line)))
            piece = draw(st.sampled_from(INSERTS) | st.text(max_size=3))
            lines[at] = line[:col] + piece + line[col:]
        elif kind == "retype" and ":" in line:
            key = line.split(":", 1)[0]
            lines[at] = f"{key}: {draw(st.sampled_from(ODD_VALUES))}\n"
        elif kind == "indent":
            lines[at] = "  " + line
        elif kind == "dedent":
            lines[at] = line[2:] if line.startswith("  ") else line
        elif kind == "truncate":
            lines[at] = line[: draw(st.integers(min_value=0, max_value=len(line)))]
    return "".join(lines)


@FAST
@given(text=mutated())
def test_mutated_bundled_scenarios_load_or_report_with_a_position(folder: Path, text: str) -> None:
    assert_loads_or_reports(write(folder, text))


# -- random documents built from the model's own keys ------------------------------------------
def _model_keys() -> list[str]:
    keys: set[str] = set()
    for value in vars(model).values():
        if isinstance(value, type) and dataclasses.is_dataclass(value):
            keys.update(field.name for field in dataclasses.fields(value))
    return sorted(keys)


SCALARS = (st.none() | st.booleans() | st.integers(min_value=-10**20, max_value=10**20)
           | st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=20)
           | st.sampled_from(["5m", "1h", "90s", "x", "pr", "none", "complaint", "{name}", "@h"]))
KEYS = st.sampled_from(_model_keys()) | st.text(min_size=1, max_size=8)
DOCUMENTS = st.recursive(
    SCALARS,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(KEYS, children, max_size=6),
    max_leaves=40,
)


@FAST
@given(document=st.dictionaries(KEYS, DOCUMENTS, max_size=12))
def test_random_documents_of_model_keys_load_or_report(folder: Path, document: dict) -> None:
    # JSON is YAML: every random document is syntactically valid, so the converter does the work.
    assert_loads_or_reports(write(folder, json.dumps(document, indent=1)))


@FAST
@given(base=st.sampled_from(sorted(TEXTS)), key=st.sampled_from(_model_keys()),
       value=st.sampled_from(ODD_VALUES))
def test_any_key_with_an_odd_value_loads_or_reports(folder: Path, base: str, key: str,
                                                    value: str) -> None:
    """Every occurrence of one model key gets an odd value (a field retyped across the file)."""
    text = "".join(
        line.split(":", 1)[0] + f": {value}\n"
        if line.strip().removeprefix("- ").startswith(f"{key}:") else line
        for line in TEXTS[base].splitlines(keepends=True)
    )
    assert_loads_or_reports(write(folder, text))


# -- hostile files -------------------------------------------------------------------------------
PYTHON_TAGS = (
    "!!python/object/apply:os.system ['touch {marker}']",
    "!!python/object/new:os.system ['touch {marker}']",
    "!!python/object:os.system {{}}",
    "!!python/name:os.system",
    "!!python/module:os",
    "!!python/tuple [1, 2]",
    "!<tag:yaml.org,2002:python/object/apply:os.system> ['touch {marker}']",
    "!!binary dG91Y2g=",
    "!!set {{a: null}}",
    "!!omap [a: 1]",
)


@pytest.mark.parametrize("tag", PYTHON_TAGS)
@pytest.mark.parametrize("where", ["top", "nested"])
def test_python_and_exotic_tags_are_refused_with_a_position(folder: Path, tag: str,
                                                            where: str) -> None:
    marker = folder / "pwned"
    value = tag.format(marker=marker)
    text = TEXTS["food-rumour.yaml"]
    if where == "top":
        text = f"title: {value}\n" + text.split("\n", 1)[1]
    else:  # deep inside: the briefing of the brand block of a real file
        text = text.replace("\nbrand:\n", f"\nbrand:\n  extra: {value}\n", 1)
    path = write(folder, text)
    started = time.perf_counter()
    with pytest.raises(ScenarioError) as raised:
        load_scenario(path)
    assert time.perf_counter() - started < 1.0
    assert not marker.exists()
    problem = raised.value.problems[0]
    assert problem.line >= 1 and problem.col >= 1
    assert "not allowed" in problem.message or "unknown key" in problem.message


def _bomb(levels: int, width: int, merge: bool) -> str:
    if merge:  # the same explosion through merge keys instead of lists
        lines = ["a0: &a0 {x: lol, y: lol}"]
        for level in range(1, levels):
            refs = ", ".join(f"*a{level - 1}" for _ in range(width))
            lines.append(f"a{level}: &a{level} {{<<: [{refs}], k{level}: v}}")
        return "\n".join(lines) + "\n"
    lines = ["a0: &a0 [" + ", ".join(["lol"] * width) + "]"]
    for level in range(1, levels):
        lines.append(f"a{level}: &a{level} [" + ", ".join([f"*a{level - 1}"] * width) + "]")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(("levels", "width", "merge"),
                         [(9, 9, False), (30, 3, False), (12, 8, True), (6, 16, False)])
def test_alias_bombs_are_refused_fast_with_a_clear_error(folder: Path, levels: int, width: int,
                                                         merge: bool) -> None:
    path = write(folder, TEXTS["food-rumour.yaml"] + _bomb(levels, width, merge))
    started = time.perf_counter()
    with pytest.raises(ScenarioError) as raised:
        load_scenario(path)
    assert time.perf_counter() - started < 1.0
    message = " ".join(problem.message for problem in raised.value.problems)
    assert "alias" in message or "more than" in message, message


@pytest.mark.parametrize("content", ["valid", "string", "comments", "binary"])
def test_oversize_files_are_refused_fast_with_the_limit_in_the_message(folder: Path,
                                                                       content: str) -> None:
    size = MAX_FILE_BYTES + 1
    data = {
        "valid": TEXTS["food-rumour.yaml"].encode() * (size // len(TEXTS["food-rumour.yaml"]) + 1),
        "string": b"id: x\nbriefing: '" + b"a" * size + b"'\n",
        "comments": b"# filler\n" * (size // 9 + 1),
        "binary": os.urandom(size),
    }[content]
    path = write(folder, data, "big.yaml")
    started = time.perf_counter()
    with pytest.raises(ScenarioError) as raised:
        load_scenario(path)
    assert time.perf_counter() - started < 1.0
    (problem,) = raised.value.problems
    assert (problem.line, problem.col) == (1, 1)
    assert "limited to 1 MB" in problem.message


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_an_endless_file_is_refused_fast_without_reading_it_all(device: str) -> None:
    if not Path(device).exists():
        pytest.skip(f"{device} absent on this system")
    started = time.perf_counter()
    with pytest.raises(ScenarioError) as raised:
        load_scenario(device)
    assert time.perf_counter() - started < 1.0
    assert "limited to 1 MB" in raised.value.problems[0].message


# -- no file may make the loader read another one ---------------------------------------------
def test_the_format_has_no_path_valued_keys() -> None:
    """Nothing in a scenario names a file, so nothing can point outside its folder. If a key that
    names a file is ever added, this test fails and the folder check must be written then."""
    pathy = ("path", "file", "dir", "folder", "include", "import", "src", "source", "image")
    for key in _model_keys():
        assert not any(word in key.lower() for word in pathy), key


PROBE = r"""
import json, sys
from simulator.scenario import ScenarioError, load_scenario
load_scenario(sys.argv[1])  # warm: every lazy import happens now, not while we watch
opened = []
def hook(event, args):
    if event == "open" and isinstance(args[0], (str, bytes)):
        opened.append(str(args[0]))
sys.addaudithook(hook)
try:
    load_scenario(sys.argv[2])
    outcome = "loaded"
except ScenarioError as error:
    outcome = "refused: " + str(error)
print(json.dumps({"opened": opened, "outcome": outcome}))
"""


@pytest.mark.parametrize("trick", [
    "include_tag", "include_merge", "local_tag", "yaml_directive", "relative_link",
])
def test_loading_a_scenario_opens_that_file_and_no_other(folder: Path, trick: str) -> None:
    secret = folder.parent / "outside-secret.yaml"
    secret.write_text("title: leaked\n", encoding="utf-8")
    text = TEXTS["food-rumour.yaml"]
    text = {
        "include_tag": f"extra: !include {secret}\n" + text,
        "include_merge": text.replace("\nbrand:\n", f"\nbrand:\n  <<: !include ../{secret.name}\n"),
        "local_tag": "%TAG !local! file:///etc/\n---\nextra: !local!passwd x\n" + text,
        "yaml_directive": "%YAML 1.1\n---\n" + text,
        "relative_link": text.replace("info_link: https://", "info_link: ../../../etc/passwd#"),
    }[trick]
    path = write(folder, text, f"{trick}.yaml")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-c", PROBE, str(BUNDLED[0]), str(path)], cwd=REPO,
                          env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["opened"] == [str(path)], report
    if trick in ("include_tag", "include_merge", "local_tag"):
        assert report["outcome"].startswith("refused: ")
        assert "not allowed" in report["outcome"] or "unknown key" in report["outcome"]
    assert "leaked" not in report["outcome"]


# -- bugs these tests found, now fixed -------------------------------------------------------------
def test_control_characters_in_text_are_refused_with_a_position(folder: Path) -> None:
    text = TEXTS["food-rumour.yaml"].replace('title: "', 'title: "\\e[2J\\e]0;pwned\\a ', 1)
    assert text != TEXTS["food-rumour.yaml"]
    path = write(folder, text)
    scenario = assert_loads_or_reports(path)
    if scenario is not None:  # loading is fine only if the controls did not survive
        assert not any(ord(ch) < 32 and ch not in "\n\t" for ch in scenario.title)


def test_an_absurd_pace_is_refused_by_the_loader(folder: Path) -> None:
    text = TEXTS["food-rumour.yaml"]
    lines = text.splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if line.strip().startswith("per_minute:"))
    lines[at] = lines[at].split(":", 1)[0] + ": 1000000000000\n"
    with pytest.raises(ScenarioError):
        load_scenario(write(folder, "".join(lines)))


# -- through the commands a facilitator runs ------------------------------------------------------
HOSTILE_FILES = {
    "python-tag": "id: !!python/object/apply:os.system ['true']\n",
    "alias-bomb": _bomb(9, 9, False),
    "oversize": "# filler\n" * (MAX_FILE_BYTES // 9 + 1),
    "include": "extra: !include /etc/passwd\n",
}


@pytest.mark.parametrize("command", ["validate", "preview", "simulate"])
@pytest.mark.parametrize("hostile", sorted(HOSTILE_FILES))
def test_commands_report_hostile_files_as_file_line_col_and_exit_1(
    folder: Path, command: str, hostile: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from simulator.cli import main

    path = write(folder, HOSTILE_FILES[hostile], f"{hostile}.yaml")
    argv = [command, str(path)] + (["--no-save"] if command == "simulate" else [])
    started = time.perf_counter()
    code = main(argv)
    out, err = capsys.readouterr()
    assert time.perf_counter() - started < 2.0
    assert code == 1, (out, err)
    assert "Traceback" not in out + err
    assert re.search(rf"{re.escape(str(path))}:\d+:\d+: ", out + err), out + err
