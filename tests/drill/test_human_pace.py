"""The human-paced player and the load report: what one person at a care desk can handle.

The `human` bot is the yardstick for "can a strong trainee play this": one post at a time at
`simulator.drill.triage`'s pace, important posts first. `preview` (and `validate --load`) report per
phase how much of one person's time the posts need.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from simulator.bots.headless import run_drill
from simulator.bots.load import scenario_load
from simulator.cli import main
from simulator.drill.events import EventKind
from simulator.drill.triage import DECIDE_S, TEMPLATE_S, handling_s, important, reading_s

MINIMAL = Path(__file__).parents[1] / "data" / "scenarios" / "minimal.yaml"


@pytest.fixture
def calm_file(tmp_path: Path) -> Path:
    """The minimal scenario at one post a minute: well within one person."""
    path = tmp_path / "calm.yaml"
    path.write_text(MINIMAL.read_text("utf-8").replace("per_minute: 2", "per_minute: 1")
                    .replace("per_minute: 6", "per_minute: 1"), encoding="utf-8")
    return path


def test_the_pace_is_a_persons() -> None:
    post = " ".join(["word"] * 50)  # 12 s to read at 250 words a minute
    reply = " ".join(["word"] * 40)  # a minute to type at 40 words a minute
    assert reading_s(post) == pytest.approx(12)
    assert handling_s(post, reply, template=False, escalate=False) == pytest.approx(12 + 4 + 60)
    assert handling_s(post, reply, template=True, escalate=True) == pytest.approx(
        12 + DECIDE_S + TEMPLATE_S + 10)
    assert important({"source": "scripted"}) and important({"expected_route": "legal"})
    assert important({"severity": 4}) and not important({"source": "crowd", "severity": 2})


def test_the_human_bot_handles_one_post_at_a_time_important_first(make_tiny) -> None:
    scenario = make_tiny(scale=3.0)  # far more than one person can answer
    result = run_drill(scenario, 5, "human")
    log = result.engine.log
    arrivals = {e.post_id: e for e in log if e.kind == EventKind.POST_ARRIVED}
    replies = [e for e in log if e.kind == EventKind.ACTION and e.data["kind"] == "reply"]
    assert replies
    for before, after in itertools.pairwise(replies):
        text = arrivals[after.post_id].data["text"]  # it had to read the next post first
        assert after.t - before.t >= reading_s(text) + DECIDE_S - 1e-6
    # swamped, it spends its time on the posts that matter
    answered = {e.post_id for e in replies}
    share = sum(important(arrivals[p].data) for p in answered) / len(answered)
    crowd = sum(important(e.data) for e in arrivals.values()) / len(arrivals)
    assert share > crowd
    perfect = run_drill(scenario, 5, "perfect")
    assert len(replies) < sum(1 for e in perfect.engine.log
                              if e.kind == EventKind.ACTION and e.data["kind"] == "reply")


def test_a_calm_scenario_is_within_one_person_and_so_is_the_bundled_easy_one(
        bundled, calm_file: Path) -> None:
    from simulator.scenario import load_scenario

    calm = scenario_load(load_scenario(calm_file), 1)
    assert not any(p.beyond_one_person for p in calm.phases)
    assert calm.handled_in_time == calm.important
    # Measured: on the bundled easy scenario one person at a human pace, triaging (the
    # statements cover the routine crowd), handles every important post in time.
    easy = scenario_load(bundled("food-rumour"), 1)
    assert not any(p.beyond_one_person for p in easy.phases)
    assert easy.handled_share == 1.0
    hard = scenario_load(bundled("privacy-scare"), 1)
    assert all(p.beyond_one_person for p in hard.phases) and hard.handled_share < 0.5


def test_preview_prints_the_load_and_validate_only_when_asked(
        capsys: pytest.CaptureFixture[str], calm_file: Path) -> None:
    assert main(["preview", "privacy-scare"]) == 0
    out = capsys.readouterr().out
    assert "Load for one trainee" in out and "beyond one person" in out
    assert "important posts in time" in out
    assert main(["validate", "food-rumour"]) == 0
    assert "Load for one trainee" not in capsys.readouterr().out
    assert main(["validate", "--load", str(calm_file)]) == 0
    out = capsys.readouterr().out
    assert "Load for one trainee" in out and "beyond one person" not in out
