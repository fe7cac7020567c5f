"""Brand health: one 0–100 number for the public mood, shown in the header and logged.

It falls with the reach of posts still waiting for a good answer (what the public sees piling up),
with the size of the backlog, with each hidden complaint and with the brand's silence; the
replies the public has seen (a rolling average of tone) move it either way: better than a
passable reply lifts it, worse lowers it, so answering well is never punished by the meter.
It is a feedback signal for the trainee, not part of the score: the score comes from the
per-post records.
"""

from __future__ import annotations

import math

HEALTH_STEP = 15.0  # seconds between evaluations: coarse on purpose, the UI shows a whole number
TONE_MEMORY = 0.2  # weight of the newest reply in the rolling tone average
PASSABLE_TONE = 60.0  # the tone a reply needs to calm a customer (the engine's default min_tone)
BACKLOG_COST, BACKLOG_SCALE = 30.0, 15.0  # 19 waiting cost 21 points, 40 waiting 28


def brand_health(
    unanswered_reach: float,
    reach_scale: float,
    backlog: int,
    tone_average: float | None,
    hides: int,
    silence: float = 0.0,
) -> float:
    """0–100; `silence` is the cost of the brand's silence (`reception.silence_cost`)."""
    reach_cost = 45.0 * (1.0 - math.exp(-unanswered_reach / max(1.0, reach_scale)))
    backlog_cost = BACKLOG_COST * (1.0 - math.exp(-backlog / BACKLOG_SCALE))
    tone_cost = 0.0 if tone_average is None else 0.35 * (PASSABLE_TONE - tone_average)
    # Good replies win back what the public saw (the reach), never the people still waiting: a
    # backlog of 19 unanswered customers is silence to each of them, however warm the rest.
    tone_cost = max(tone_cost, -reach_cost)
    hide_cost = 3.0 * min(hides, 5)
    return max(0.0, min(100.0, 100.0 - reach_cost - backlog_cost - tone_cost - hide_cost
                           - silence))


def rolled_tone(average: float | None, tone: float) -> float:
    return float(tone) if average is None else (1 - TONE_MEMORY) * average + TONE_MEMORY * tone
