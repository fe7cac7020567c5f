"""The scenario commands, in-process and as a real subprocess (`python3 -m simulator ...`)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from simulator import cli
from simulator.cli import main
from simulator.scenario import load_scenario, validate_file
from simulator.scenario.library import bundled_scenarios

ROOT = Path(__file__).parents[2]
DATA = Path(__file__).parents[1] / "data" / "scenarios"
MINIMAL = DATA / "minimal.yaml"


@pytest.fixture(autouse=True)
def only_scenario_commands(monkeypatch: pytest.MonkeyPatch) -> None:
    """In-process runs use the real `main`, with only these commands registered, so another
    command module being mid-edit cannot break these tests; the subprocess tests use them all."""
    monkeypatch.setattr(cli, "COMMAND_MODULES", ("simulator.cli.scenario_cmds",))


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "simulator", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=60)


# -- subprocess: the real entry point and its exit codes ----------------------------------------
@pytest.mark.slow
def test_validate_exit_codes_subprocess() -> None:
    ok = run("validate", str(MINIMAL))
    assert (ok.returncode, ok.stdout, ok.stderr) == (0, f"{MINIMAL}: ok\n", "")
    bad = run("validate", str(DATA / "type-errors.yaml"), str(MINIMAL))
    assert bad.returncode == 1
    lines = bad.stdout.splitlines()
    assert lines[0].startswith(f"{DATA / 'type-errors.yaml'}:4:11: duration: expected a duration")
    assert lines[-2:] == [f"{DATA / 'type-errors.yaml'}: 7 errors", f"{MINIMAL}: ok"]
    assert "Traceback" not in bad.stderr
    usage = run("validate")
    assert usage.returncode == 2 and "required: FILE" in usage.stderr


def test_validate_missing_file_is_fixable_input(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "nowhere/missing.yaml", str(MINIMAL)]) == 1
    captured = capsys.readouterr()
    assert captured.err == "crisis-drill validate: no such file: nowhere/missing.yaml\n"
    assert captured.out == f"{MINIMAL}: ok\n"  # the other files are still checked


@pytest.mark.slow
def test_preview_by_bundled_id_subprocess() -> None:
    if not bundled_scenarios():
        pytest.skip("no bundled scenarios yet")
    scenario_id = bundled_scenarios()[0][0]
    first = run("preview", scenario_id, "--seed", "3")
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith(f"{scenario_id}: ")
    assert "Traceback" not in first.stderr


# -- in-process --------------------------------------------------------------------------------
@pytest.mark.parametrize("command", ["validate", "preview", "list", "new", "schema"])
def test_help_on_every_command(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([command, "--help"]) == 0
    assert capsys.readouterr().out.startswith(f"usage: crisis-drill {command}")


@pytest.mark.parametrize("args", [["preview"], ["new"], ["preview", "x", "--seed", "abc"]])
def test_bad_usage_exits_2(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(args) == 2
    assert "usage: crisis-drill" in capsys.readouterr().err


def test_preview_by_id_is_deterministic_per_seed(capsys: pytest.CaptureFixture[str]) -> None:
    if not bundled_scenarios():
        pytest.skip("no bundled scenarios yet")
    scenario_id = bundled_scenarios()[0][0]
    outputs = []
    for seed in ("3", "3", "4"):
        assert main(["preview", scenario_id, "--seed", seed]) == 0
        outputs.append(capsys.readouterr().out)
    assert outputs[0] == outputs[1]
    if "seed 3" in outputs[0].splitlines()[0]:  # the engine generated a crowd
        assert outputs[0] != outputs[2]


def test_preview_unknown_id_is_fixable_input(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["preview", "no-such-drill"]) == 1
    assert "neither a file nor a bundled scenario" in capsys.readouterr().err


def test_validate_prints_warnings_but_passes(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "warn.yaml"
    path.write_text(MINIMAL.read_text().replace("{ignored_for: 1m}", "{ignored_for: 9m}"))
    assert main(["validate", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"{path}:42:29: warning: posts[0].follow_ups[0].when.ignored_for")
    assert out[1] == f"{path}: ok, 1 warning"
    assert main(["validate", "--strict", str(path)]) == 1
    capsys.readouterr()
    assert main(["preview", str(path)]) == 0  # warnings do not stop a preview, but are shown
    captured = capsys.readouterr()
    assert "warning: posts[0].follow_ups[0]" in captured.err
    assert "warning" not in captured.out


def test_validate_unreadable_and_binary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    binary = tmp_path / "photo.yaml"
    binary.write_bytes(bytes(range(256)))
    assert main(["validate", str(binary)]) == 1
    assert "not a text file" in capsys.readouterr().out
    assert main(["validate", str(tmp_path)]) == 1  # input to fix, as the README says
    assert "is a folder, not a scenario file" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["validate", "preview", "simulate", "tone"])
def test_a_named_pipe_or_device_says_what_it_is(tmp_path: Path, capsys, command: str,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "COMMAND_MODULES", ("simulator.cli.scenario_cmds",
                                                 "simulator.cli.simulate_cmd",
                                                 "simulator.cli.tone_cmd"))
    fifo = tmp_path / "scenario.yaml"
    os.mkfifo(fifo)  # reading it would block forever
    args = ["tone", "x", "--scenario", str(fifo)] if command == "tone" else [command, str(fifo)]
    assert main(args) == 1
    assert "is a named pipe (FIFO), not a scenario file" in capsys.readouterr().err
    assert main([command if command != "tone" else "validate", "/dev/null"]) == 1
    assert "is a device, not a scenario file" in capsys.readouterr().err


def test_a_utf16_file_is_told_to_be_saved_as_utf8(tmp_path: Path, capsys) -> None:
    for encoding in ("utf-16", "utf-16-le"):
        path = tmp_path / f"{encoding}.yaml"
        path.write_text("id: x\ntitle: A drill\n", encoding=encoding)
        assert main(["validate", str(path)]) == 1
        assert "UTF-16 text: save it as UTF-8" in capsys.readouterr().out


def test_preview_minimal_is_deterministic(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["preview", str(MINIMAL), "--seed", "5"]) == 0
    first = capsys.readouterr().out
    assert main(["preview", str(MINIMAL), "--seed", "5"]) == 0
    assert capsys.readouterr().out == first
    lines = first.splitlines()
    assert lines[0].startswith("minimal: Minimal drill [5m; ")
    assert lines[1].split() == ["time", "phase", "id", "channel", "author", "expect", "from",
                                "text"]
    dana = [line for line in lines if line.split()[:5] == ["0:30", "calm", "s:p1", "x",
                                                           "@dana"]]
    assert len(dana) == 1 and dana[0].split()[5:7] == ["none", "scripted"]
    assert any("phase busy" in line and line.startswith("2:00") for line in lines)


def test_preview_invalid_file_fails_with_the_problems(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["preview", str(DATA / "times.yaml")]) == 1
    err = capsys.readouterr().err
    assert "is not a valid scenario" in err and "times.yaml:19:12:" in err


def test_list_shows_an_aligned_table(capsys: pytest.CaptureFixture[str]) -> None:
    bundled = bundled_scenarios()
    if not bundled:
        assert main(["list"]) == 1
        return
    assert main(["list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["id", "title", "difficulty", "duration", "kind"]
    column = lines[0].index("difficulty")
    for (scenario_id, path), line in zip(bundled, lines[1:len(bundled) + 1], strict=True):
        scenario = load_scenario(path)
        assert line.startswith(scenario_id)
        assert line[column:].split()[0] == scenario.difficulty
        assert line.split()[-1] == scenario.kind
        assert scenario.title in line
    assert "crisis-drill generate --kind KIND" in lines[-1]


def test_new_writes_a_valid_starter_and_refuses_to_overwrite(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "outage-drill.yaml"
    assert main(["new", str(path)]) == 0
    scenario, problems = validate_file(path)
    assert scenario is not None and problems == []
    assert scenario.id == "outage-drill"
    path.write_text("edited", encoding="utf-8")
    assert main(["new", str(path)]) == 1
    assert "already exists; use --force" in capsys.readouterr().err
    assert path.read_text() == "edited"
    assert main(["new", "--force", str(path)]) == 0
    assert validate_file(path)[0] is not None
    assert main(["new", str(tmp_path / "no" / "dir.yaml")]) == 1


def test_new_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", "-"]) == 0
    assert capsys.readouterr().out.startswith("# A crisis-drill scenario.")


def test_schema_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert set(schema["properties"]) >= {"id", "title", "pace", "crowd", "posts", "weights"}


def test_the_quick_listing_agrees_with_full_validation() -> None:
    """`list` reads title, difficulty and duration without validating; both must agree."""
    from simulator.scenario.library import bundled_summary
    from simulator.scenario.loader import validate_file

    for _, path in bundled_scenarios():
        scenario, _problems = validate_file(path)
        assert scenario is not None
        assert bundled_summary(path) == (scenario.title, scenario.difficulty,
                                         float(scenario.duration), scenario.kind)


def test_a_listing_falls_back_to_validation_when_keys_are_missing(tmp_path) -> None:
    from simulator.scenario.library import bundled_summary

    broken = tmp_path / "broken.yaml"
    broken.write_text("title: 3\nduration: soon\n", encoding="utf-8")
    assert bundled_summary(broken) is None
    (tmp_path / "list.yaml").write_text("- a\n", encoding="utf-8")
    assert bundled_summary(tmp_path / "list.yaml") is None


def test_file_names_with_escapes_never_reach_the_terminal(tmp_path: Path) -> None:
    """A crafted file name (retitle the window, clear the screen, reverse the line) is shown,
    not obeyed, by the real command: the pre-commit hook runs validate on shared repos."""
    bad = tmp_path / "x\x1b]0;pwned\x07\x1b[2J\u202eyaml.lmay.yaml"
    bad.write_text("id: x\n", encoding="utf-8")
    done = run("validate", str(bad))
    assert done.returncode == 1
    for stream in (done.stdout, done.stderr):
        assert "\x1b" not in stream and "\x07" not in stream and "\u202e" not in stream
    assert "missing required keys" in done.stdout
    missing = run("simulate", str(tmp_path / "gone\x1b[2J.yaml"))
    assert missing.returncode == 1 and "\x1b" not in missing.stderr
