"""`benchmarks/run`: one table whatever happens to each benchmark.

The whole `--quick` run takes longer than CI should spend on it, so this tests the runner, not the
numbers: the table renderers on fake rows, a benchmark that is absent, broken, has no `run()` or
returns an unexpected shape (each becomes `n/a: why` in its rows while the others still run), every
row builder on a result of the shape its module returns, and one real end-to-end run of the
executable on the fastest benchmark.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from benchmarks._interpreter import child_env

REPO = Path(__file__).resolve().parents[2]
RUN = REPO / "benchmarks" / "run"


def load_runner() -> ModuleType:
    loader = importlib.machinery.SourceFileLoader("benchmarks_run", str(RUN))
    spec = importlib.util.spec_from_loader("benchmarks_run", loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["benchmarks_run"] = module  # dataclasses look their module up by name
    loader.exec_module(module)
    return module


runner = load_runner()
Row = runner.Row


def test_the_runner_is_an_executable_script() -> None:
    assert os.access(RUN, os.X_OK)
    assert RUN.read_text(encoding="utf-8").startswith("#!/usr/bin/env python3\n")


def test_text_table_aligns_every_column_and_keeps_na_rows() -> None:
    rows = [Row("Launch", "400 ms", "300 ms", "1.33×", "≤ 1.30×", "fail"),
            Row("Memory of a long figure name", "n/a: benchmark module absent (x)",
                target="< 150 MB")]
    table = runner.render_text(rows).splitlines()
    assert table[0].split(" | ")[0].strip() == "figure" and "result" in table[0]
    assert set(table[1]) <= {"-", "+"}
    assert len(table) == 4
    # every " | " separator sits in the same place on every line
    bars = [[i for i, ch in enumerate(line) if ch == "|"] for line in (table[0], *table[2:])]
    assert all(positions == bars[0] for positions in bars[1:] if len(positions) == len(bars[0]))
    assert table[3].startswith("Memory of a long figure name | n/a: benchmark module absent (x)")
    assert table[3].rstrip().endswith("n/a")


def test_markdown_table_escapes_pipes_and_marks_verdicts() -> None:
    rows = [Row("a | b", "1", verdict="pass"), Row("c", "2", verdict="fail"), Row("d")]
    lines = runner.render_markdown(rows).splitlines()
    assert lines[0] == "| figure | ours | baseline | ratio | target | result |"
    assert lines[1] == "|---|---|---|---|---|---|"
    assert lines[2].startswith("| a \\| b | 1 |") and lines[2].endswith("✅ pass |")
    assert lines[3].endswith("❌ fail |") and lines[4].endswith("| n/a |")
    assert all(line.count(" | ") == 5 for line in lines[2:])


def test_report_lists_notes_and_the_machine() -> None:
    out = runner.render_report([Row("x", "1")], ["a note"], {"CPU": "Test CPU, 2 cores"}, False)
    assert "  a note" in out and "CPU:" in out and "Test CPU, 2 cores" in out
    md = runner.render_report([Row("x", "1")], ["a note"], {"CPU": "Test CPU"}, True)
    assert "- a note" in md and "- CPU: Test CPU" in md


def test_machine_info_names_cpu_cores_python_and_textual() -> None:
    info = runner.machine_info()
    assert str(os.cpu_count()) in info["CPU"]
    assert info["Python"].startswith(f"{sys.version_info.major}.{sys.version_info.minor}")
    assert info["Textual"][0].isdigit()


@pytest.fixture
def fake_benchmarks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A package of small benchmark modules on the children's PYTHONPATH."""
    package = tmp_path / "fakebench"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "works.py").write_text("def run(n=1):\n    return {'value': n * 2}\n")
    (package / "raises.py").write_text(
        "def run(n=1):\n    raise RuntimeError('the fixture file is missing')\n")
    (package / "no_run.py").write_text("X = 1\n")
    monkeypatch.setenv("PYTHONPATH", str(tmp_path))
    return tmp_path


def bench(module: str, rows=None) -> object:
    return runner.Benchmark(
        module, (("Fake figure", "< 1"), ("Second figure", "> 2")),
        rows or (lambda r: [Row("Fake figure", str(r["value"]), verdict="pass")]),
        full={"n": 21}, quick={"n": 1})


def test_a_working_benchmark_gives_its_rows_in_a_fresh_process(fake_benchmarks: Path) -> None:
    outcome = runner.collect(bench("fakebench.works"), False, fake_benchmarks)
    assert outcome.rows == [Row("Fake figure", "42", verdict="pass")]
    assert outcome.result == {"value": 42}
    quick = runner.collect(bench("fakebench.works"), True, fake_benchmarks)
    assert quick.rows[0].ours == "2"


@pytest.mark.parametrize(("module", "reason"), [
    ("fakebench.absent", "n/a: benchmark module absent (fakebench.absent)"),
    ("fakebench.raises", "n/a: RuntimeError: the fixture file is missing"),
    ("fakebench.no_run", "n/a: no run() function in fakebench.no_run"),
])
def test_a_failing_benchmark_fills_every_figure_with_the_reason(fake_benchmarks: Path,
                                                                module: str, reason: str) -> None:
    outcome = runner.collect(bench(module), False, fake_benchmarks)
    assert [row.figure for row in outcome.rows] == ["Fake figure", "Second figure"]
    assert all(row.ours == reason and row.verdict == "n/a" for row in outcome.rows)
    assert [row.target for row in outcome.rows] == ["< 1", "> 2"]


def test_a_result_of_an_unexpected_shape_is_na_not_a_crash(fake_benchmarks: Path) -> None:
    outcome = runner.collect(bench("fakebench.works", rows=lambda r: [Row("x", r["missing"])]),
                             False, fake_benchmarks)
    assert outcome.rows[0].ours == "n/a: unexpected result (KeyError: 'missing')"


# Results of the shape each benchmark module returns (trimmed to the keys the rows read).
RESULTS: dict[str, dict[str, Any]] = {
    "benchmarks.tui_launch": {"bare_textual_ms": 200.0, "play_ms": 250.0, "ratio": 1.25,
                              "target_ratio": 1.3},
    "benchmarks.tui_latency": {
        "busy": {"keys": 300, "median_ms": 6.0, "p90_ms": 9.0, "max_ms": 20.0},
        "idle": {"keys": 300, "median_ms": 5.0, "p90_ms": 8.0, "max_ms": 15.0},
        "ratio": 1.2, "targets": {"median_ms": 16.0, "ratio": 1.2}, "posts_before": 320,
        "arrivals_per_s": 5.0},
    "benchmarks.engine_drill": {"perfect_s": 1.2, "engine_only_s": 0.3, "target_s": 1.0,
                                "posts": 2500, "crowd_posts": 2000, "events": 7000,
                                "replies_scored": 1600, "tone_scoring_s": 0.8,
                                "engine_and_bot_s": 0.4, "runs": 5},
    "benchmarks.tone_vs_people": {
        "throughput": {"ours_per_s": 7000, "vader_per_s": 14000, "ours_in_context_per_s": 3500,
                       "rounds": 3, "mean_chars": 150},
        "twins": {"ours": 1.0, "vader": 0.4, "failures": []}, "auc": None,
        "datasets_missing": "datasets absent (/x/stanford_politeness)"},
    "benchmarks.tone_eval": {
        name: {label: {"pairs_right": right, "pairs": 60, "gaming_at_or_above_excellent_median": g,
                       "gaming": 30, "spearman": rho, "graded": 186}
               for label, right, g, rho in (("ours", 58, 0, 0.8), ("raw VADER", 8, 27, -0.44),
                                            ("longer wins", 54, 0, 0.615))}
        for name in ("test", "dev")},
    "benchmarks.cli_startup": {"runs": 9, "target_s": 0.3, "baseline_s": 0.04,
                               "commands_s": {"list": 0.17, "validate": 0.16, "--help": 0.15,
                                              "import scoring.tone": 0.07},
                               "import_tone_ms": 27.0,
                               "uncompiled": {"command": "list", "seconds": 0.23}},
    "benchmarks.politeness_ceiling": {"folds": 5, "domains": {
        "wikipedia": {"ours": 0.857, "one_rater": 0.893, "word_model_in_domain": 0.907,
                      "word_model_from_other": 0.791},
        "stack_exchange": {"ours": 0.656, "one_rater": 0.811, "word_model_in_domain": 0.708,
                           "word_model_from_other": 0.69}}},
    "benchmarks.store_queries": {"queries_s": {"history": 0.001, "debrief": 0.02},
                                 "all_under_target": True, "drills": 1000,
                                 "actions_per_drill": 200, "rows": {"events": 622000},
                                 "file_mb": 296.6},
    "benchmarks.memory_drill": {"peak_mb": 82.0, "baseline_mb": 47.0, "drill_mb": 35.0,
                                "target_mb": 150.0, "recorded_to_store": True, "events": 6917,
                                "runs": 3},
    "benchmarks.crowd_realism": {"duplicate_share": 0.0, "duplicate_share_raw": 0.0064,
                                 "duplicates_ok": True, "complaint_vader_median": -0.66,
                                 "people_negative_vader_median": -0.51, "angry_enough": True},
    "benchmarks.generate_scenarios": {
        "kinds": ["outage", "recall"], "fast_enough": True, "varied_enough": True,
        "timing": {"generate_ms": 60.0, "generate_max_ms": 150.0, "load_bundled_ms": 80.0,
                   "scenarios": 54},
        "diversity": {"scenarios": 54, "brands": 50, "scripted_texts": 800,
                      "repeat_share": 0.02, "repeat_share_masked": 0.25,
                      "templates_fitting": 90, "templates_tried": 100},
        "crowd_generated": {"drills": 6, "duplicate_share": 0.01, "distinct_2": 0.4,
                            "top_word_share": 0.12, "complaint_vader_median": -0.6},
        "crowd_bundled": {"drills": 12, "duplicate_share": 0.02, "distinct_2": 0.3,
                          "top_word_share": 0.13, "complaint_vader_median": -0.5},
        "crowd_generated_played": {"complaint_vader_median": -0.3},
        "crowd_bundled_played": {"complaint_vader_median": -0.45}},
    "benchmarks.store_load": {
        "trainees": 500, "seconds": 120, "processes": 4, "scenario": "rude-agent-screenshot",
        "events_per_trainee_s": 0.9, "ok": True, "lost_rows": 0,
        "results": {name: {"lost_rows": 0, "missed_injects": 0, "errors": 0, "writes": 54000,
                           "p50_ms": p50, "p99_ms": p99, "max_ms": 90.0, "writes_per_s": rate,
                           "inject_p50_s": 0.1, "inject_max_s": 0.3, "server_cpu_s": cpu,
                           "elapsed_s": 125.0}
                    for name, p50, p99, rate, cpu in (("postgresql", 16.8, 40.0, 450.0, 60.0),
                                                      ("sqlite", 0.8, 17.4, 448.0, None))}},
}
EXPECTED = {
    "benchmarks.tui_launch": [("250 ms", "200 ms", "1.25×", "pass")],
    "benchmarks.tui_latency": [("6.0 ms", "5.0 ms", "1.20×", "pass")],
    "benchmarks.engine_drill": [("1.200 s", "0.300 s idle engine", "—", "fail")],
    "benchmarks.tone_vs_people": [("7,000/s", "14,000/s", "0.50×", "pass"),
                                  ("3,500/s", "14,000/s", "0.25×", "info"),
                                  ("100.0%", "40.0%", "—", "pass"),
                                  ("n/a: datasets absent (/x/stanford_politeness)", "—", "—",
                                   "n/a"),
                                  ("n/a: datasets absent (/x/stanford_politeness)", "—", "—",
                                   "n/a")],
    "benchmarks.tone_eval": [
        row for _ in range(2) for row in (
            ("58/60 (97%)", "VADER 8, longer 54", "—", "pass"),
            ("0/30", "VADER 27, longer 0", "—", "pass"),
            ("+0.800", "VADER -0.440, longer +0.615", "—", "pass"))],
    "benchmarks.cli_startup": [("0.170 s (list)", "0.040 s python -c pass", "4.25×", "pass"),
                               ("27 ms", "—", "—", "info")],
    "benchmarks.politeness_ceiling": [
        ("0.857", "0.907 trained on it, 0.791 trained on SE", "0.94×", "info"),
        ("0.656", "0.708 trained on it, 0.690 trained on Wikipedia", "0.93×", "info")],
    "benchmarks.store_queries": [("20.0 ms (debrief)", "—", "—", "pass")],
    "benchmarks.memory_drill": [("82 MB", "47 MB imports only", "1.74×", "pass")],
    "benchmarks.crowd_realism": [("0.00%", "0.64% generator alone", "—", "pass"),
                                 ("-0.660", "-0.510", "—", "pass")],
    "benchmarks.generate_scenarios": [
        ("60 ms", "80 ms loading a bundled file", "0.75×", "pass"),
        ("50 of 54", "—", "—", "info"),
        ("2.0%", "25.0% with brand and place blanked", "—", "pass"),
        ("90 of 100 (90%)", "—", "—", "info"),
        ("-0.600", "-0.500 bundled", "—", "info"),
        ("1.0% / 0.400 / 12.0%", "2.0% / 0.300 / 13.0% bundled", "—", "info")],
    "benchmarks.store_load": [("0 postgresql / 0 sqlite", "500 trainees", "—", "pass"),
                              ("16.8 / 40.0 ms", "450 writes/s", "—", "info"),
                              ("0.8 / 17.4 ms", "448 writes/s", "—", "info")],
}


def test_every_issue_figure_has_a_benchmark_and_a_row_builder() -> None:
    modules = [b.module for b in runner.BENCHMARKS]
    assert sorted(modules) == sorted(RESULTS)
    figures = [figure for b in runner.BENCHMARKS for figure, _ in b.figures]
    for needed in ("Launch", "Keypress", "One-hour drill", "Tone scoring", "Debrief queries",
                   "Peak memory"):
        assert any(figure.startswith(needed) for figure in figures), needed


@pytest.mark.parametrize("module", sorted(RESULTS))
def test_each_row_builder_reads_its_benchmark_result(module: str) -> None:
    (spec,) = [b for b in runner.BENCHMARKS if b.module == module]
    rows = spec.rows(RESULTS[module])
    assert [(r.ours, r.baseline, r.ratio, r.verdict) for r in rows] == EXPECTED[module]
    assert [r.figure for r in rows] == [figure for figure, _ in spec.figures]
    spec.notes(RESULTS[module])  # notes read the same result without raising


def test_start_up_children_read_bytecode_from_a_cache_of_their_own(tmp_path: Path) -> None:
    """The start-up benchmarks time an interpreter as an installed copy runs it: from compiled
    bytecode, written outside the checkout, even on a machine that says to write none."""
    module = tmp_path / "probe_module.py"
    module.write_text("VALUE = 1\n", encoding="utf-8")
    env = {**child_env(), "PYTHONPATH": str(tmp_path)}
    assert "PYTHONDONTWRITEBYTECODE" not in env
    code = "import probe_module; print(probe_module.__cached__)"
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                          text=True, check=True)
    cached = Path(done.stdout.strip())
    assert cached.is_file() and cached.is_relative_to(env["PYTHONPYCACHEPREFIX"])
    assert not (tmp_path / "__pycache__").exists()  # nothing written beside the code
    uncompiled = child_env(compiled=False)
    assert uncompiled["PYTHONDONTWRITEBYTECODE"] == "1"
    assert "PYTHONPYCACHEPREFIX" not in uncompiled


def test_the_real_command_prints_the_table_end_to_end(tmp_path: Path) -> None:
    """The fastest real benchmark through the executable: table, notes, machine, JSON."""
    out_json = tmp_path / "bench.json"
    done = subprocess.run([str(RUN), "--quick", "--only", "store_queries", "--json",
                           str(out_json), "--datasets", str(tmp_path / "absent")],
                          cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("figure ") and "result" in lines[0]
    query_row = next(line for line in lines if line.startswith("Debrief queries"))
    assert " ms (" in query_row and query_row.rstrip().endswith(("pass", "fail"))
    assert any(line.startswith("Textual:") for line in lines)
    assert "datasets folder" in done.stderr and "not found" in done.stderr
    assert '"benchmarks.store_queries"' in out_json.read_text(encoding="utf-8")


def test_unknown_benchmark_names_are_a_usage_error() -> None:
    done = subprocess.run([str(RUN), "--only", "nope"], cwd=REPO, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 2 and "unknown benchmark nope" in done.stderr


def test_politeness_rows_show_vader_and_one_person_beside_ours() -> None:
    (spec,) = [b for b in runner.BENCHMARKS if b.module == "benchmarks.tone_vs_people"]
    result = dict(RESULTS["benchmarks.tone_vs_people"])
    result["auc"] = {
        "wikipedia": {"ours": 0.86, "vader": 0.74, "one_rater": 0.89, "target": 0.90},
        "stack_exchange": {"ours": 0.82, "vader": 0.57, "one_rater": 0.81, "target": 0.80},
    }
    wiki, stack = spec.rows(result)[3:]
    assert (wiki.ours, wiki.baseline, wiki.ratio, wiki.verdict) == (
        "0.860", "0.740 VADER, 0.890 one person", "0.97× one person", "fail")
    assert (stack.ratio, stack.verdict) == ("1.01× one person", "pass")
    assert any("one crowd rater" in note for note in spec.notes(result))


def test_the_ceiling_rows_say_why_when_the_corpus_is_absent() -> None:
    (spec,) = [b for b in runner.BENCHMARKS if b.module == "benchmarks.politeness_ceiling"]
    rows = spec.rows({"datasets_missing": "datasets absent (/x/stanford_politeness)"})
    assert [r.ours for r in rows] == ["n/a: datasets absent (/x/stanford_politeness)"] * 2
    assert spec.notes({"datasets_missing": "absent"}) == []
