"""How hard a generated crisis is: its length, pace, service levels and how many key posts.

The numbers start from the bundled scenarios, whose labels are measured
(tests/bots/test_difficulty.py: on `easy` the human-paced player, `simulator.drill.triage`'s
yardstick, handles every important post in time; on `medium` most; on `hard` it must triage).
Generated scenarios are held to the same yardstick over six seeds of every kind in
tests/generate/test_generate_many.py, so a change to these tables is measured, not guessed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True, slots=True)
class Tuning:
    duration_s: int
    # (name, start in seconds, crowd posts per minute)
    phases: tuple[tuple[str, int, float], ...]
    mix: dict[str, float]  # the crowd's mix of post kinds
    last_mix: dict[str, float]  # the last phase's (more press, more threats)
    target_scale: float  # channels' base response targets times this
    statements: tuple[int, int, int]  # holding_by, update_every, silence_after (seconds)
    extras: tuple[str, ...]  # storyline posts beyond the nine key ones
    first_at: int  # seconds: the first report
    spacing: tuple[int, int]  # seconds between storyline posts (low, high)
    routed_weight: float  # weight of crowd topics a team must see, relative to the others
    min_tone: int  # the base tone a reply needs; key posts add to it
    follow_ups: bool  # whether ignored posts come back (easy drills forgive)


TUNINGS: Final[dict[str, Tuning]] = {
    "easy": Tuning(
        duration_s=480,
        phases=(("calm", 0, 1.5), ("spark", 120, 2.5), ("viral", 240, 4.0), ("media", 360, 5.0)),
        mix={"complaint": 58, "question": 14, "praise": 8, "noise": 10, "troll": 8,
             "threat": 0.0, "media": 0.0},
        last_mix={"complaint": 56, "question": 12, "praise": 6, "noise": 8, "troll": 10,
                  "threat": 0.0, "media": 0.5},
        target_scale=1.35,
        statements=(150, 240, 420),
        extras=(),
        first_at=15,
        spacing=(38, 48),
        routed_weight=0.0,
        min_tone=60,
        follow_ups=False,
    ),
    "medium": Tuning(
        duration_s=600,
        phases=(("calm", 0, 2.0), ("spark", 120, 4.5), ("viral", 270, 8.0), ("media", 420, 11)),
        mix={"complaint": 60, "question": 14, "praise": 6, "noise": 8, "troll": 6,
             "threat": 0.6, "media": 0.6},
        last_mix={"complaint": 55, "question": 14, "praise": 3, "noise": 6, "troll": 10,
                  "threat": 2, "media": 2},
        target_scale=1.0,
        statements=(120, 240, 360),
        extras=("specialist_case", "supporter"),
        first_at=15,
        spacing=(26, 40),
        routed_weight=0.2,
        min_tone=60,
        follow_ups=True,
    ),
    "hard": Tuning(
        duration_s=600,
        phases=(("calm", 0, 3.0), ("spark", 90, 6.0), ("viral", 210, 10.0), ("media", 360, 14)),
        mix={"complaint": 58, "question": 14, "praise": 4, "noise": 6, "troll": 10,
             "threat": 2, "media": 3},
        last_mix={"complaint": 52, "question": 12, "praise": 2, "noise": 4, "troll": 14,
                  "threat": 4, "media": 5},
        target_scale=0.75,
        statements=(120, 180, 300),
        extras=("specialist_case", "supporter", "verified", "question"),
        first_at=10,
        spacing=(22, 34),
        routed_weight=0.35,
        min_tone=65,
        follow_ups=True,
    ),
}

DIFFICULTIES: tuple[str, ...] = tuple(TUNINGS)


def response_target(base_s: int, tuning: Tuning) -> int:
    """A channel's target at this difficulty, rounded to 15 s (as a person would write it)."""
    return max(45, round(base_s * tuning.target_scale / 15.0) * 15)
