"""`crisis-drill tone` as a facilitator runs it, on the real bundled scenarios.

A few tests spawn `python -m simulator tone` to prove the real entry point, stdin and exit codes;
the rest call the same `main()` in-process, which is ten times faster and just as real.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from simulator.cli import main

REPO = Path(__file__).resolve().parents[2]


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str


def spawn(*args: str, stdin: str | None = None) -> Result:
    done = subprocess.run(
        [sys.executable, "-m", "simulator", "tone", *args],
        cwd=REPO, input=stdin, capture_output=True, text=True, timeout=60,
    )
    return Result(done.returncode, done.stdout, done.stderr)


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):
    def _run(*args: str, stdin: str | None = None) -> Result:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin or ""))
        code = main(["tone", *args])
        out, err = capsys.readouterr()
        return Result(code, out, err)

    return _run


@pytest.mark.slow
def test_scores_one_reply_with_quoted_evidence() -> None:
    result = spawn("Calm down. It's not our fault you didn't read the terms.")
    assert result.returncode == 0, result.stderr
    first, *rest = result.stdout.splitlines()
    score = int(first.split()[1].split("/")[0])
    assert score <= 20
    assert any('"Calm down"' in line and "-20" in line for line in rest)
    assert any("It's not our fault" in line for line in rest)


def test_to_post_uses_the_author_name_and_channel_limit(run) -> None:
    reply = "Tasha, we're so sorry. Please DM us and we'll look into it today."
    with_post = json.loads(run(reply, "--to", "first-rumour", "--json").stdout)
    without = json.loads(run(reply, "--json").stdout)
    rules = {f["rule"]: f for f in with_post["findings"]}
    assert rules["personalisation"]["evidence"] == "Tasha"
    assert "personalisation" not in {f["rule"] for f in without["findings"]}
    assert with_post["score"] > without["score"]
    assert with_post["context"]["channel"] == "x"
    assert with_post["context"]["max_length"] == 280


def test_channel_limit_applies(run) -> None:
    reply = "Sorry about this. " * 30  # 540 characters
    on_x = json.loads(run(reply, "--channel", "x", "--json").stdout)
    on_facebook = json.loads(run(reply, "--channel", "facebook", "--json").stdout)
    assert "over_length" in {f["rule"] for f in on_x["findings"]}
    assert "over_length" not in {f["rule"] for f in on_facebook["findings"]}


@pytest.mark.slow
def test_stdin_one_json_object_per_reply() -> None:
    replies = "Sorry Tasha, please DM us.\n\nCALM DOWN!!\n😡 [bold]x[/bold]\x01\n"
    result = spawn("-", "--json", "--to", "first-rumour", stdin=replies)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 3  # the blank line is skipped
    objects = [json.loads(line) for line in lines]
    assert all(0 <= o["score"] <= 100 and isinstance(o["findings"], list) for o in objects)
    assert objects[0]["score"] > objects[1]["score"]
    assert objects[2]["text"] == "😡 [bold]x[/bold]\x01"


def test_human_output_for_several_replies_and_control_chars(run) -> None:
    result = run("-", stdin="Sorry!\nCalm down\x1b[31m now\n")
    assert result.returncode == 0
    assert result.stdout.count("tone ") == 2
    assert "\x1b" not in result.stdout  # control characters are shown escaped, never sent raw


def test_template_vetting_with_fill_and_fail_under(run) -> None:
    template = "Hi {name}, I'm really sorry about {detail}. Please DM us. Updates: {hashtag}"
    result = run(template, "--to", "sick-child", "--template", "apology-dm", "--fill", "--json")
    data = json.loads(result.stdout)
    assert data["text"].startswith("Hi Rebecca,")
    assert "{detail}" in data["text"]
    assert "template_unfilled" in {f["rule"] for f in data["findings"]}
    assert run(template, "--fill", "--fail-under", "95").returncode == 1
    assert run("Sorry, please DM us.", "--fail-under", "10").returncode == 0


@pytest.mark.parametrize(
    "args",
    [
        ("x", "--fail-under", "101"),
        ("-",),  # nothing on stdin
        (),  # no TEXT at all
    ],
)
def test_usage_errors_exit_2_without_traceback(run, args: tuple[str, ...]) -> None:
    result = run(*args, stdin="")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.strip()


@pytest.mark.parametrize(("args", "hint"), [
    (("--to", "no-such-post"), "Scripted posts: "),
    (("--to", "sick-chil", "--scenario", "food-rumour"), "did you mean 'sick-child'?"),
    (("--channel", "carrier-pigeon"), "This scenario has: x (X / Twitter)"),
    (("--channel", "twitter"), "did you mean 'x'?"),  # by the channel's name
    (("--template", "holdin"), "did you mean 'holding'?"),
])
def test_an_id_the_scenario_lacks_is_fixable_input_exit_1(run, args: tuple[str, ...],
                                                          hint: str) -> None:
    """The README promises exit 1 for input the user can fix: an id with a typo is that."""
    result = run("x", *args, stdin="")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and hint in result.stderr


def test_an_unknown_scenario_is_fixable_input_exit_1(run) -> None:
    result = run("x", "--scenario", "no-such-scenario", stdin="")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "neither a file nor" in result.stderr


@pytest.mark.slow
def test_usage_error_from_the_real_entry_point_exits_2() -> None:
    result = spawn("-", stdin="")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "no replies" in result.stderr


@pytest.mark.slow
def test_invalid_scenario_exits_1(tmp_path: Path) -> None:
    bad = tmp_path / "broken.yaml"
    bad.write_text("id: broken\ntitle: 3\nchannels: nope\n", encoding="utf-8")
    result = spawn("Sorry!", "--scenario", str(bad))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "broken.yaml" in result.stderr


def test_a_free_text_post_and_author_give_the_context(run) -> None:
    post = "my order 4471 never arrived and nobody answers"
    reply = "Sophie, I've chased order 4471 with the courier: it's with you tomorrow."
    to_sophie = json.loads(run(reply, "--post", post, "--author", "Sophie Martin @sophie_m",
                               "--json").stdout)
    rules = {f["rule"]: f for f in to_sophie["findings"]}
    assert rules["personalisation"]["evidence"] == "Sophie"
    assert rules["post_specifics"]["evidence"]
    assert to_sophie["context"]["post_text"] == post
    wrong = json.loads(run(reply.replace("Sophie", "Sarah"), "--post", post, "--author",
                           "Sophie Martin @sophie_m", "--json").stdout)
    assert "wrong_name" in {f["rule"] for f in wrong["findings"]}
    assert wrong["score"] < to_sophie["score"]


@pytest.mark.parametrize("args", [
    ("x", "--to", "first-rumour", "--post", "hello"),
    ("x", "--author", "Jo @jo"),
    ("x", "--file", "replies.csv"),
    ("x", "-o", "out.csv"),
])
def test_context_options_that_do_not_go_together(run, args: tuple[str, ...]) -> None:
    result = run(*args)
    assert result.returncode == 2 and result.stderr.strip()


ROWS = [
    {"post": "my order 4471 never came", "author": "Jane Roe @jr", "grade": 5,
     "reply": "Jane, I've chased order 4471 with the courier: it's with you by 6pm tomorrow."},
    {"post": "my order 4471 never came", "author": "Jane Roe @jr", "grade": 2,
     "reply": "Hi Jane, sorry! Please DM us your order number."},
    {"post": "my order 4471 never came", "author": "Jane Roe @jr", "grade": 1,
     "reply": "=HYPERLINK(\"http://x\") calm down, it's not our fault."},
]


def _write_csv(path: Path, rows: list[dict]) -> Path:
    import csv

    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_a_file_of_replies_is_scored_with_the_rank_correlation(run, tmp_path: Path) -> None:
    source = _write_csv(tmp_path / "replies.csv", ROWS)
    result = run("--file", str(source))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    scores = [int(line.split()[0]) for line in lines[:3]]
    assert scores[0] > scores[1] > scores[2]
    assert "Spearman): +1.000 over 3 graded replies" in result.stdout


def test_scored_rows_are_written_as_csv_safe_for_spreadsheets(run, tmp_path: Path) -> None:
    import csv

    source = tmp_path / "replies.jsonl"
    source.write_text("".join(json.dumps(row) + "\n" for row in ROWS), encoding="utf-8")
    out = tmp_path / "scored.csv"
    assert run("--file", str(source), "-o", str(out)).returncode == 0
    with out.open(encoding="utf-8", newline="") as handle:
        written = list(csv.DictReader(handle))
    assert [row["grade"] for row in written] == ["5", "2", "1"]  # kept as written
    assert written[2]["reply"].startswith("'=HYPERLINK")  # a formula is shown as text
    assert "asks_given_info -18" in written[1]["findings"]
    assert int(written[0]["score"]) > int(written[1]["score"])


def test_scored_rows_as_json_lines(run, tmp_path: Path) -> None:
    source = _write_csv(tmp_path / "replies.csv", ROWS)
    out = tmp_path / "scored.jsonl"
    assert run("--file", str(source), "-o", str(out)).returncode == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 3 and all({"score", "findings", "post", "reply"} <= set(r) for r in rows)
    assert rows[1]["findings"][0]["rule"]


@pytest.mark.parametrize(("content", "message"), [
    ("reply,grade\nhello,3\n", "missing 'post'"),
    ("post,reply,grade\nx,y,great\n", "is not a number"),
    ("", "no rows"),
])
def test_bad_files_say_what_is_wrong(run, tmp_path: Path, content: str, message: str) -> None:
    source = tmp_path / "bad.csv"
    source.write_text(content, encoding="utf-8")
    result = run("--file", str(source))
    assert result.returncode == 1 and message in result.stderr
    assert "Traceback" not in result.stderr


def test_a_missing_file_or_wrong_suffix(run, tmp_path: Path) -> None:
    assert run("--file", str(tmp_path / "none.csv")).returncode == 1
    (tmp_path / "r.txt").write_text("post,reply\na,b\n", encoding="utf-8")
    assert run("--file", str(tmp_path / "r.txt")).returncode == 1
    source = _write_csv(tmp_path / "ok.csv", ROWS)
    assert run("--file", str(source), "-o", str(tmp_path / "out.txt")).returncode == 2
