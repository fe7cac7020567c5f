"""How an unanswered post spreads: logistic growth in closed form, one segment per change.

A post's engagement level L (in likes) follows dL/dt = g·L·(1 − L/K) between the moments the
trainee acts on it. Each action starts a new segment (new g and K from the current level), so the
level at any time is one `exp` away and the time a milestone is reached is one `log` away: the
engine never steps posts second by second, and `advance(60)` and sixty `advance(1)` calls see the
same numbers. Saturated and handled posts simply have no next milestone.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

INF = math.inf

# Doubling time of an ignored post, as a share of its channel's response target: a post left past
# its target has already doubled a couple of times, which is what makes speed matter.
DOUBLING_SHARE_OF_TARGET = 0.4
GOOD_REPLY_GROWTH = 0.3  # growth multiplier after a good reply...
GOOD_REPLY_HEADROOM = 0.15  # ...and the share of the remaining headroom it keeps
DM_GROWTH = 0.6
DM_HEADROOM = 0.5
BAD_REPLY_CEILING = 2.0  # screenshots of a bad reply spread: the ceiling at least doubles
VIRALITY_SIGMA = 0.6  # a post's virality is lognormal(0, this): most near 1, a few far above


# A post this close to its ceiling counts as no longer spreading (one value, everywhere).
SETTLED_SHARE = 0.98

@dataclass(slots=True)
class Segment:
    """Logistic growth from level `l0` at time `t0` towards ceiling `k` at rate `g` per second."""

    t0: float
    l0: float
    g: float
    k: float

    def level(self, t: float) -> float:
        if self.g <= 0.0 or self.l0 >= self.k or t <= self.t0:
            return self.l0
        x = self.g * (t - self.t0)
        if x > 700.0:
            return self.k
        return self.k / (1.0 + (self.k - self.l0) / self.l0 * math.exp(-x))

    def time_to(self, level: float) -> float:
        """When the level reaches `level` (inf if never: saturated, frozen or already past K)."""
        if level <= self.l0:
            return self.t0
        if self.g <= 0.0 or level >= self.k:
            return INF
        ratio = level * (self.k - self.l0) / (self.l0 * (self.k - level))
        return self.t0 + math.log(ratio) / self.g

    def saturated(self, t: float) -> bool:
        """No longer spreading: frozen, or within `SETTLED_SHARE` of its ceiling (the engine's
        health sums such a post once instead of every tick)."""
        return self.g <= 0.0 or self.level(t) >= SETTLED_SHARE * self.k


def initial_segment(
    rng: random.Random,
    *,
    t0: float,
    l0: float,
    followers: int,
    severity: int,
    target_s: float,
    public: bool,
) -> Segment:
    """A fresh post's growth: bigger accounts and worse news spread faster and further."""
    l0 = max(1.0, l0)
    if not public:
        return Segment(t0, l0, 0.0, l0)
    virality = rng.lognormvariate(0.0, VIRALITY_SIGMA)
    return growth_segment(t0=t0, l0=l0, followers=followers, severity=severity,
                          target_s=target_s, virality=virality)


def growth_segment(*, t0: float, l0: float, followers: int, severity: int, target_s: float,
                   virality: float) -> Segment:
    """A public post's first segment for a given draw of `virality` (the one random factor):
    `validate` asks it how fast a scripted post crosses the reach threshold when it spreads
    slowly, without a seed."""
    follower_factor = 0.75 + 0.08 * math.log10(10 + max(0, followers))
    severity_factor = 0.6 + 0.15 * severity
    doubling = max(5.0, DOUBLING_SHARE_OF_TARGET * target_s)
    g = math.log(2) / doubling * severity_factor * follower_factor * math.sqrt(virality)
    ceiling = (l0 + 0.6 * max(10, followers) ** 0.75 * (0.5 + 0.5 * severity)) * virality
    return Segment(t0, l0, g, max(ceiling, l0 * 1.5 + 5))


def after_reply(seg: Segment, t: float, tone: int, min_tone: int) -> Segment:
    """A good reply calms the post down; a poor one gives it a second life as a screenshot."""
    level = seg.level(t)
    if tone >= min_tone:
        k = max(level * 1.02 + 0.5, level + GOOD_REPLY_HEADROOM * (seg.k - level))
        return Segment(t, level, seg.g * GOOD_REPLY_GROWTH, k)
    worse = 1.25 + 1.5 * (min_tone - tone) / 100
    return Segment(t, level, max(seg.g, 1e-3) * worse, seg.k * BAD_REPLY_CEILING + 50.0)


def after_dm(seg: Segment, t: float) -> Segment:
    level = seg.level(t)
    return Segment(t, level, seg.g * DM_GROWTH, max(level * 1.02 + 0.5,
                                                     level + DM_HEADROOM * (seg.k - level)))


def frozen(seg: Segment, t: float) -> Segment:
    """Hidden posts stop spreading in the feed (the damage moves to the 'they censor' reaction)."""
    level = seg.level(t)
    return Segment(t, level, 0.0, level)
