"""The evaluation sets: the test set is frozen, both sets are well formed, and the scorer's
shortcuts are sound on every text in them.

The test set's figures are printed by benchmarks/run and never asserted here: a floor in a test
would invite tuning to it. The dev set (tuned on) gets a regression floor instead.
"""

from __future__ import annotations

import hashlib
import math
from pathlib import Path

import pytest

from scoring.tone import score_reply
from scoring.tone import text as tone_text
from scoring.tone.evaluation import (
    context_for,
    measure,
    ranks,
    read_rows,
    spearman,
    split_author,
)

DATA = Path(__file__).resolve().parents[1] / "data" / "tone_eval"
TEST_SHA256 = "6fd04a1eaebcf536a8c1af2197663795ff1b78522b44d34906f49eb9ef5230bc"
KEYS = {"id", "post", "author", "channel", "max_length", "brand", "hashtag", "info_link",
        "facts", "severity", "reply", "grade", "pair", "role", "kind"}


def test_the_test_set_is_frozen() -> None:
    """Written from the rubric alone before tuning began; never edited since."""
    digest = hashlib.sha256((DATA / "test.jsonl").read_bytes()).hexdigest()
    assert digest == TEST_SHA256


@pytest.mark.parametrize("name", ["dev", "test"])
def test_sets_are_well_formed(name: str) -> None:
    rows = read_rows(DATA / f"{name}.jsonl")
    assert len(rows) >= 150
    pairs: dict[str, dict[str, dict]] = {}
    for row in rows:
        assert set(row) >= KEYS, row["id"]
        assert row["_grade"] in (1, 2, 3, 4, 5)
        if row["pair"]:
            pairs.setdefault(row["pair"], {})[row["role"]] = row
    assert len(pairs) >= 40
    for pair in pairs.values():
        good, bad = pair["good"], pair["bad"]
        assert (good["post"], good["author"], good["facts"]) == (bad["post"], bad["author"],
                                                                 bad["facts"])
        assert good["grade"] > bad["grade"]
    kinds = [row["kind"] for row in rows]
    assert kinds.count("gaming") >= 25 and kinds.count("natural_excellent") >= 25


def test_the_dev_set_does_not_regress() -> None:
    m = measure(read_rows(DATA / "dev.jsonl"),
                lambda row: score_reply(row["reply"], context_for(row)).score)
    assert m.pairs_right >= 0.95 * m.pairs
    assert m.gaming_at_or_above <= 2
    assert m.spearman >= 0.85


def test_cues_never_hide_a_match_on_any_evaluation_text() -> None:
    """A rule alternative is skipped when its cues are absent; it must then have no match."""
    texts = []
    for name in ("dev", "test"):
        for row in read_rows(DATA / f"{name}.jsonl"):
            texts += [row["reply"], row["post"]]
    for text in texts:
        low = tone_text.lowered(text)
        for phrases in tone_text._REGISTRY:
            for index, cues in enumerate(phrases.cues):
                if cues is None or any(cue in low for cue in cues):
                    continue
                assert not phrases._matches(index, low), (
                    phrases.alternatives[index], text)


def test_required_literals_are_really_required() -> None:
    cases = {
        r"we (?:got|get) (?:this|it|that) wrong": {" wrong"},
        r"refunds?": {"refund"},
        r"(?:so |very )?sorry": {"sorry"},
        r"https?://\S+": {"http"},
        r"\d{1,2}[:.]\d\d": None,
        r"(?:😊|🙂)": {"😊", "🙂"},
    }
    for pattern, expected in cases.items():
        found = tone_text.required_literals(pattern)
        assert (found if found is None else set(found)) == expected, pattern


def test_spearman_and_ranks() -> None:
    assert ranks([10, 20, 20, 30]) == [1, 2.5, 2.5, 4]
    assert spearman([1, 2, 3, 4], [10, 20, 30, 40]) == pytest.approx(1.0)
    assert spearman([1, 2, 3, 4], [4, 3, 2, 1]) == pytest.approx(-1.0)
    assert math.isnan(spearman([1, 1, 1], [1, 2, 3]))


def test_authors_split_into_name_and_handle() -> None:
    assert split_author("Sophie Martin @sophie_m") == ("Sophie Martin", "@sophie_m")
    assert split_author("@solo") == ("", "@solo")
    assert split_author("") == ("", "")
