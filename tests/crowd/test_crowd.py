"""The generated crowd: seeded, locale-aware, heavy-tailed, varied, and angry rather than polite."""

from __future__ import annotations

import random
import re
import statistics
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from scoring.tone import vader_compound
from simulator.crowd.generator import CrowdGenerator, heavy_tail_followers
from simulator.scenario.model import Channel, Duration, PostKind, Topic

MIX: dict[PostKind, int] = {"complaint": 60, "question": 14, "praise": 6, "noise": 8, "troll": 6,
                           "threat": 3, "media": 3}
KINDS: list[PostKind] = [kind for kind, count in MIX.items() for _ in range(count)]
# Median VADER compound of the ICWSM-2014 tweets people rated negative (mean < -0.05), measured by
# benchmarks/crowd_realism.py; the test compares against the data itself when it is present.
PEOPLE_NEGATIVE_MEDIAN = -0.5106
DATASETS = Path(__file__).resolve().parents[3] / "shared" / "datasets"


def generate(scenario, seed, n=1500, locale=None):
    crowd = CrowdGenerator(scenario, seed, locale=locale)
    rng = random.Random(f"{seed}:test")
    return [crowd.post(rng, KINDS[i % len(KINDS)]) for i in range(n)]


def test_same_seed_same_crowd_and_different_seed_different(tiny_scenario):
    assert generate(tiny_scenario, 1, 50) == generate(tiny_scenario, 1, 50)
    names_1 = {p.author.name for p in generate(tiny_scenario, 1, 50)}
    names_2 = {p.author.name for p in generate(tiny_scenario, 2, 50)}
    assert names_1 != names_2


def test_locale_changes_names_but_handles_stay_plain(tiny_scenario):
    german = generate(tiny_scenario, 1, 200, locale="de_DE")
    american = generate(tiny_scenario, 1, 200)
    assert {p.author.name for p in german} != {p.author.name for p in american}
    assert any(ch in "äöüßÄÖÜ" for p in german for ch in p.author.name + p.text)
    assert all(re.fullmatch(r"@[a-z0-9_.]+", p.author.handle) for p in german)


def test_follower_counts_are_heavy_tailed():
    rng = random.Random(5)
    counts = sorted(heavy_tail_followers(rng, "customer") for _ in range(5000))
    assert statistics.median(counts) < 300
    big = sum(c >= 10_000 for c in counts) / len(counts)
    assert 0.001 <= big <= 0.05
    assert counts[-1] > 100_000
    media = [heavy_tail_followers(rng, "influencer") for _ in range(200)]
    assert statistics.median(media) > 20 * statistics.median(counts)


def test_kinds_carry_the_right_handling(tiny_scenario):
    posts = generate(tiny_scenario, 3, 1000)
    by_kind = {kind: [p for p in posts if p.kind == kind] for kind in set(KINDS)}
    assert all(by_kind.values())
    assert {p.expected_route for p in by_kind["threat"]} == {"legal", "safety"}
    assert {p.expected_route for p in by_kind["media"]} == {"pr"}
    assert {p.author.kind for p in by_kind["media"]} <= {"journalist", "influencer", "verified"}
    assert all(p.author.kind == "troll" and not p.needs_reply for p in by_kind["troll"])
    assert not any(p.needs_reply for p in by_kind["noise"] + by_kind["praise"])
    sick = [p for p in by_kind["complaint"] if p.topic == "sick"]
    late = [p for p in by_kind["complaint"] if p.topic == "late"]
    assert {p.expected_route for p in sick} == {"safety"}
    assert {p.severity for p in sick} == {4}
    # a complaint on a route-less topic from a 50k+ account must still go to PR
    assert all(p.expected_route == ("pr" if p.author.followers >= 50_000 else "none")
               for p in late)
    # Topics without `channels` appear on the public channels only (never the private DM).
    assert {p.channel for p in posts} == {"x", "facebook"}


def test_the_crowd_is_varied(tiny_scenario):
    texts = [p.text for p in generate(tiny_scenario, 4)]
    duplicates = 1 - len(set(texts)) / len(texts)
    assert duplicates < 0.01, Counter(texts).most_common(5)
    words = [w for t in texts for w in re.findall(r"\w+", t.lower())]
    assert len(set(words)) > 800


def test_complaints_are_angry_not_polite(tiny_scenario):
    complaints = [p.text for p in generate(tiny_scenario, 6) if p.kind == "complaint"]
    median = statistics.median(vader_compound(t) for t in complaints)
    assert median <= PEOPLE_NEGATIVE_MEDIAN
    share = lambda pattern: sum(bool(re.search(pattern, t)) for t in complaints) / len(complaints)  # noqa: E731
    assert share(r"!!|\?!") > 0.2  # shouting punctuation
    assert share(r"\b[A-Z]{4,}\b") > 0.2  # caps
    assert share("[\U0001F600-\U0001F9FF]") > 0.2  # emoji
    assert share(r"Thanks for nothing|Love that for me|Great job|flawless") > 0.03  # sarcasm
    assert share(r"^[^A-Z]*$") > 0.03  # some write all in lower case


def test_people_negative_median_matches_the_dataset():
    pytest.importorskip("vaderSentiment")
    path = DATASETS / "vader_icwsm2014" / "tweets_GroundTruth.txt"
    if not path.is_file():
        pytest.skip(f"dataset absent: {path}")
    negative = []
    with path.open(encoding="utf-8-sig") as handle:
        for line in handle:
            parts = line.rstrip("\r\n").split("\t")
            if len(parts) >= 3 and float(parts[1]) < -0.05:
                negative.append(parts[2])
    assert statistics.median(vader_compound(t) for t in negative) == pytest.approx(
        PEOPLE_NEGATIVE_MEDIAN, abs=1e-3)


def test_only_a_topic_that_names_a_private_channel_reaches_it(make_tiny):
    base = make_tiny()
    dm_topic = Topic("stuck", ("Payment {order} is stuck.",), channels=("dm",))
    scenario = replace(base, crowd=replace(base.crowd, topics=(*base.crowd.topics, dm_topic)))
    posts = generate(scenario, 8, 800)
    on_dm = [p for p in posts if p.channel == "dm"]
    assert on_dm and {p.topic for p in on_dm} == {"stuck"}


def test_generic_posts_fit_any_brand_and_chatter_stays_off_review_sites(make_tiny):
    base = make_tiny()
    airline = replace(
        base,
        brand=replace(base.brand, name="Brightway Air", handle="@brightway"),
        channels=(*base.channels, Channel("reviews", "App store reviews", Duration(240))),
        crowd=replace(base.crowd, products=("return flight", "seat upgrade")),
    )
    posts = generate(airline, 9, 1500)
    generic = [p for p in posts if p.kind in ("question", "praise", "noise", "troll", "threat")]
    food_words = re.compile(r"\b(store|eat|eats|eating|meal|food|Cluckers|Tenders|Sandwich)\b",
                            re.I)
    assert generic and not [p.text for p in generic if food_words.search(p.text)]
    assert any("Brightway Air" in p.text or "@brightway" in p.text for p in generic)
    chatter = [p for p in posts if p.kind in ("noise", "troll")]
    assert chatter and all(p.channel != "reviews" for p in chatter)
    assert any(p.channel == "reviews" for p in posts)  # complaints and questions still go there
