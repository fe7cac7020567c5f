"""Join codes: short enough to read out in a meeting, impossible to mistype as another code.

Six characters from an alphabet without 0/O and 1/I (and lowercase folded away), so a code
written on a whiteboard or said aloud has one spelling: 32**6 ≈ 10**9 codes.
"""

from __future__ import annotations

import random

ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
LENGTH = 6


def new_code(rng: random.Random) -> str:
    return "".join(rng.choice(ALPHABET) for _ in range(LENGTH))


def normalize(code: str) -> str:
    """The canonical spelling of what someone typed: `ab3-k9x` → `AB3K9X`."""
    return "".join(ch for ch in code.upper() if ch not in " -_\t")


def is_well_formed(code: str) -> bool:
    return len(code) == LENGTH and all(ch in ALPHABET for ch in code)
