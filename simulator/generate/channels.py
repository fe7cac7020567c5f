"""The channels a generated crisis can play on, and where each key post usually appears.

Response targets are the drill-scale service levels of the bundled scenarios: a public feed
wants an answer within a minute or two, reviews can wait longer, and harder drills want it
sooner (`difficulty.py` scales them).
"""

from __future__ import annotations

from typing import Final

# id -> (display name, maximum length, base response target in seconds, public)
CATALOGUE: Final[dict[str, tuple[str, int, int, bool]]] = {
    "x": ("X / Twitter", 280, 90, True),
    "facebook": ("Facebook", 2000, 120, True),
    "instagram": ("Instagram comments", 2200, 120, True),
    "tiktok": ("TikTok comments", 300, 120, True),
    "reviews": ("App store reviews", 1000, 240, True),
    "dm": ("Direct messages", 1000, 120, False),
}

# Where each storyline post appears when its kind has the channel (else the first feed).
ROLE_CHANNELS: Final[dict[str, tuple[str, ...]]] = {
    "first_report": ("x",),
    "vulnerable": ("facebook", "dm"),
    "legal_threat": ("x", "facebook"),
    "press": ("x",),
    "influencer": ("tiktok", "instagram", "x"),
    "misinformation": ("facebook", "instagram", "x"),
    "troll": ("x", "tiktok"),
    "fake_support": ("x",),
    "fair_critic": ("reviews", "facebook", "x"),
    "specialist_case": ("dm", "facebook"),
    "supporter": ("x", "instagram"),
    "verified": ("x",),
    "question": ("facebook", "instagram", "x"),
}


def role_channel(role: str, available: tuple[str, ...], seed_pick: int) -> str:
    """The channel a role's post appears on: its first preferred channel the kind has, and
    for roles with two equally good homes, one of them by `seed_pick`."""
    preferred = [c for c in ROLE_CHANNELS.get(role, ()) if c in available]
    if not preferred:
        return available[0]
    if role in ("vulnerable", "question") and len(preferred) > 1:
        return preferred[seed_pick % 2]
    return preferred[0]
