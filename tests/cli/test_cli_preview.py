"""`crisis-drill preview` as a facilitator reads it: post ids for `tone --to`, whole texts with
`--full`, every follow-up branch (chained ones under their parent), and each post's route as
scoring will apply it (gone viral, it must go to the reach threshold's route)."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.cli import main

DATA = Path(__file__).parents[1] / "data" / "scenarios"


def preview(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(["preview", *args]) == 0
    return capsys.readouterr().out


def test_posts_carry_the_ids_tone_takes(capsys: pytest.CaptureFixture[str]) -> None:
    out = preview(capsys, "food-rumour")
    header = out.splitlines()[1].split()
    assert header[:3] == ["time", "phase", "id"]
    assert "s:sick-child" in out and "g-0001" in out
    assert main(["tone", "Hi Rebecca, so sorry", "--to", "s:sick-child",
                 "--scenario", "food-rumour"]) == 0  # the id works as printed


def test_full_prints_whole_texts(capsys: pytest.CaptureFixture[str]) -> None:
    clipped = preview(capsys, "food-rumour")
    full = preview(capsys, "food-rumour", "--full")
    ending = "I want someone from Cluckers to call me."
    assert ending not in clipped and ending in full


def test_every_follow_up_branch_is_listed_chained_ones_indented(
        capsys: pytest.CaptureFixture[str]) -> None:
    out = preview(capsys, str(DATA / "master-events.yaml"))
    branches = out[out.index("Follow-up branches"):].splitlines()
    first = next(i for i, line in enumerate(branches) if "s:sick-again" in line)
    assert branches[first].startswith("  └ if no reply for 1m")
    assert branches[first + 1].startswith("    └ if no reply for 1m")
    assert "s:sick-third" in branches[first + 1] and "@danareyes_news" in branches[first + 1]
    # A branch an untouched run never shows (a low-tone reply) is listed too.
    launch = preview(capsys, "launch-outage")
    assert "if a reply scores under 50" in launch and "s:bakery-losses-bad-tone" in launch
    assert "s:bakery-losses-bad-tone" not in launch.split("Follow-up branches")[0]


def test_the_route_shown_is_the_one_scoring_applies(capsys: pytest.CaptureFixture[str]) -> None:
    out = preview(capsys, "launch-outage")
    troll = next(line for line in out.splitlines() if "s:cloud-troll" in line)
    assert "pr (viral " in troll  # scored as PR once it went viral, not `none`
    assert "as scoring applies it" in out
    both = preview(capsys, str(DATA / "master-events.yaml"))
    sick = next(line for line in both.splitlines() if line.split()[2:3] == ["s:sick"])
    assert "safety or pr" in sick
