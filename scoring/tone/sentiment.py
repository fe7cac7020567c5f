"""Raw VADER sentiment: the baseline the benchmarks compare the scorer against, not a rule.

The score no longer uses it (see `scoring.tone.mood` for why); the crowd-realism benchmark and
the tone benchmarks still print it beside ours. VADER loads its lexicon from disk, so it is
imported and built on first use only.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _analyzer() -> Any:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


# VADER's cost grows with the square of its words (each sentiment word rescans the whole text
# for negations), and every emoji becomes several words: 2,000 emoji took 4 s. The opening
# carries the tone, and a run of one character says no more after three ("!!!", "😡😡😡").
_VADER_LIMIT = 600
_RUNS = re.compile(r"(.)\1{3,}", re.DOTALL)


def vader_opening(text: str) -> str:
    """The part of a text VADER reads: runs of one character cut to three, then the opening."""
    return _RUNS.sub(r"\1\1\1", text[: _VADER_LIMIT * 4])[:_VADER_LIMIT]


def vader_compound(text: str) -> float:
    """Raw VADER compound (-1..1) of a text's opening."""
    return float(_analyzer().polarity_scores(vader_opening(text))["compound"])
