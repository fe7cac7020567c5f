"""The crowd talks about the scenario's own crisis: its patterns per kind, its slots (the same value
twice in a post), its moods, its channels per kind, the locale's English, a spread vocabulary."""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from benchmarks.crowd_realism import content_words, repeated_sentence_share
from simulator.crowd import moods as crowd_moods
from simulator.crowd import text as crowd_text
from simulator.crowd.british import britishise
from simulator.crowd.generator import GENERIC_LINES, CrowdGenerator
from simulator.crowd.style import tidy
from simulator.drill.engine import Engine
from simulator.drill.events import EventKind
from simulator.scenario import load_scenario
from simulator.scenario.model import CROWD_SLOTS, Crowd, CrowdLineKind, PostKind, Topic

VOICE = Path(__file__).parents[1] / "data" / "scenarios" / "crowd-voice.yaml"
# Generic lines that belong to one kind of crisis: the ones the facilitator found in the wrong
# drill ("am I one of the people affected?" in an airline outage).
BREACH_WORDS = re.compile(r"people affected|change anything about|my data|leak", re.I)
RAGE = re.compile("|".join(re.escape(line.rstrip(".!?")) for line in
                           (*crowd_text.OPENERS, *crowd_text.CLOSERS)
                           if len(line) > 9) + r"|#boycott|#scam|[😡🤬🤮]", re.I)


@pytest.fixture(scope="module")
def voice():
    return load_scenario(VOICE)


def posts(scenario, kind: PostKind, n: int = 300, seed: int = 1, locale: str | None = None):
    crowd = CrowdGenerator(scenario, seed, locale=locale)
    rng = random.Random(f"{seed}:{kind}")
    return [crowd.post(rng, kind) for _ in range(n)]


def with_crowd(scenario, **changes):
    return replace(scenario, crowd=replace(scenario.crowd, **changes))


def test_every_kind_a_scenario_may_write_has_a_generic_bank() -> None:
    import typing

    assert set(typing.get_args(CrowdLineKind)) == set(GENERIC_LINES)


def test_a_scenarios_own_questions_replace_the_generic_ones(voice, tiny_scenario) -> None:
    own = [p.text for p in posts(voice, "question")]
    # each of the scenario's two questions carries a booking reference (no typo lands in one)
    assert all(re.search(r"\bsk[a-z]{2}\d{3}\b", text, re.I) for text in own), own
    generic_cores = [line.split("{")[0][:25] for line in crowd_text.QUESTIONS if len(line) > 30]
    assert not [t for t in own if any(core and core in t for core in generic_cores)]
    # a kind the scenario left out keeps the generic lines; a scenario without any keeps them all
    praise = {p.text for p in posts(voice, "praise", 100)}
    assert any("{brand} team" in line for line in crowd_text.PRAISE)
    assert any("Skylark Air team" in text or "Skylark Air" in text for text in praise)
    generic = [p.text for p in posts(tiny_scenario, "question")]
    assert not any("flight still going" in text for text in generic)


def test_bundled_outage_and_breach_crowds_ask_about_their_own_crisis(bundled) -> None:
    outage = [p.text for p in posts(bundled("launch-outage"), "question", 200)]
    breach = [p.text for p in posts(bundled("privacy-scare"), "question", 200)]
    generic_cores = [line.split("{")[0][:25] for line in crowd_text.QUESTIONS if len(line) > 30]
    for texts in (outage, breach):
        assert not [t for t in texts if any(core and core in t for core in generic_cores)]
    assert not [t for t in outage if BREACH_WORDS.search(t)]
    assert sum(bool(re.search(r"card|transfer|payment|app|deposit|charged", t, re.I))
               for t in outage) > 0.8 * len(outage)
    assert sum(bool(re.search(r"password|card|address|details|email|shown", t, re.I))
               for t in breach) > 0.5 * len(breach)
    journalists = [p.text for p in posts(bundled("rude-agent-screenshot"), "media", 200)]
    assert any("wheelchair" in t or "agent" in t for t in journalists)


def test_own_slots_fill_every_pattern_with_their_values_and_codes(voice) -> None:
    texts = [p.text for p in posts(voice, "question", 400)]
    refs = re.findall(r"booking (\S+?)(?=[.\s]|$)", " ".join(texts))
    assert refs and all(re.fullmatch(r"SK[A-HJ-NP-Z]{2}[1-9]\d\d", ref, re.I) for ref in refs)
    assert len(set(refs)) > 0.9 * len(refs)  # codes are drawn fresh at every use
    destinations = Counter(re.findall(r"my (\w+) fl", " ".join(texts).lower()))
    assert {"malaga", "faro", "palma"} <= set(destinations)
    assert sum(destinations[d] for d in ("malaga", "faro", "palma")) > 0.95 * destinations.total()
    # `city:` in crowd.slots replaces the Faker cities, in patterns and in outlets alike
    complaints = [p.text for p in posts(voice, "complaint", 300)]
    media = [p.text for p in posts(voice, "media", 60)]
    cities = Counter(re.findall(r"(?:at|whole) (\w+) (?:desk|terminal|with|airport)",
                                " ".join(complaints + texts + media).lower()))
    assert cities["leeds"] + cities["bristol"] > 0.95 * cities.total() > 0


def test_a_slot_named_twice_in_one_post_has_one_value(voice) -> None:
    stranded = [p.text.lower() for p in posts(voice, "complaint", 400) if p.topic == "stranded"]
    pairs = [m for t in stranded if (m := re.search(r"with (\w+), (\w+) is six", t))]
    same = sum(m.group(1) == m.group(2) for m in pairs)  # a typo may hit one of the two
    assert len(pairs) > 0.9 * len(stranded) > 0 and same > 0.95 * len(pairs), stranded[:3]
    # ...and across the pieces of one post: the journalist's city is the quote's city
    media = [p.text.lower() for p in posts(voice, "media", 300)]
    both = [m for t in media if (m := re.search(r"at (\w+) airport.*(?:at|whole) (leeds|bristol)",
                                                t))]
    assert len(both) > 10 and all(m.group(1) == m.group(2) for m in both)


def test_worried_topics_never_end_in_rage_and_calm_ones_do_not_shout(voice) -> None:
    complaints = posts(voice, "complaint", 800)
    worried = [p.text for p in complaints if p.topic == "stranded"]
    calm = [p.text for p in complaints if p.topic == "refunds"]
    furious = [p.text for p in complaints if p.topic == "fury"]
    assert worried and not [t for t in worried if RAGE.search(t)]
    assert sum(bool(re.search(r"worried|scared|panick|anxious|nervous|answer|know|\?",
                              t, re.I)) for t in worried) > 0.5 * len(worried)
    assert calm and not [t for t in calm if RAGE.search(t) or "!!" in t
                         or re.search(r"\b[A-Z]{4,}\b", t)]
    assert sum(bool(RAGE.search(t)) for t in furious) > 0.6 * len(furious)
    # `auto` reads each post: the scared one worried, the other angry
    mixed = [p.text for p in complaints if p.topic == "mixed"]
    scared = [t for t in mixed if "scared" in t.lower()]
    queue = [t for t in mixed if "queue" in t.lower()]
    assert not [t for t in scared if RAGE.search(t)]
    assert sum(bool(RAGE.search(t)) for t in queue) > 0.4 * len(queue)


def test_an_ignored_worried_customer_comes_back_worried_not_rude(tiny_scenario) -> None:
    worried = Topic("scared", ("I'm scared my kid is ill after the {product}",), mood="worried")
    scenario = with_crowd(tiny_scenario, topics=(worried,))
    crowd = CrowdGenerator(scenario, 1)
    rng = random.Random(3)
    again = [crowd.again(rng, "I'm scared my kid is ill", "scared") for _ in range(200)]
    assert not [t for t in again if RAGE.search(t) or "Pathetic" in t or "Disgusting" in t]
    cores = [line.split("{")[0] for line in crowd_moods.WORRIED_AGAIN if line[0] != "{"]
    assert sum(any(core in t for core in cores) for t in again) > 0.3 * len(again)


def test_each_kind_goes_to_the_channels_the_scenario_names(voice) -> None:
    assert {p.channel for p in posts(voice, "troll", 200)} == {"facebook"}
    assert {p.channel for p in posts(voice, "question", 200)} == {"dm", "x"}
    complaints = posts(voice, "complaint", 400)
    # a topic's own channels win; the others follow crowd.channels.complaint
    assert {p.channel for p in complaints if p.topic == "stranded"} == {"x"}
    assert {p.channel for p in complaints if p.topic != "stranded"} == {"reviews"}
    # kinds it does not name keep the default: every public channel
    assert {p.channel for p in posts(voice, "praise", 300)} == {"x", "facebook", "reviews"}


def test_a_british_crowd_says_solicitor_and_an_american_one_attorney(tiny_scenario) -> None:
    british = " ".join(p.text for p in posts(tiny_scenario, "threat", 600, locale="en_GB"))
    american = " ".join(p.text for p in posts(tiny_scenario, "threat", 600, locale="en_US"))
    assert "solicitor" in british and "attorney" not in british.lower()
    assert "attorney" in american and "solicitor" not in american.lower()
    chatter = " ".join(p.text for p in posts(tiny_scenario, "noise", 800, locale="en_GB"))
    assert "holiday" in chatter and "vacation" not in chatter
    assert britishise("An attorney called my Mom about the canceled vacation") == \
        "A solicitor called my Mum about the cancelled holiday"
    assert britishise("MY ATTORNEY") == "MY SOLICITOR"
    # the scenario's own words are used as written, whatever the locale
    own = with_crowd(tiny_scenario, patterns={"legal_threat": ("my attorney will call",)})
    legal = [p.text.lower() for p in posts(own, "threat", 300, locale="en_GB")
             if p.expected_route == "legal"]
    assert not [t for t in legal if "solicitor" in t]
    assert sum("attorney" in t for t in legal) > 0.9 * len(legal) > 0


def stock_words() -> frozenset[str]:
    """The generator's own strong words: VADER reads them as clearly negative (-1.5 or less)."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    lexicon = SentimentIntensityAnalyzer().lexicon
    lines = (*crowd_text.OPENERS, *crowd_text.CLOSERS, *crowd_text.SARCASM, *crowd_text.AGAIN,
             *crowd_text.PILE_ON)
    return frozenset(word for line in lines for word in content_words(line)
                     if lexicon.get(word, 0) <= -1.5)


def test_no_stock_word_dominates_and_no_post_says_a_sentence_twice(bundled) -> None:
    strong = stock_words()
    for sid in ("food-rumour", "launch-outage", "privacy-scare", "rude-agent-screenshot"):
        scenario = bundled(sid)
        engine = Engine(scenario, 1)
        engine.advance(scenario.duration)
        texts = [e.data["text"] for e in engine.log if e.kind == EventKind.POST_ARRIVED
                 and e.data["source"] in ("crowd", "reaction")]
        own = {word for topic in scenario.crowd.topics for line in topic.patterns
               for word in content_words(line)}
        counts = Counter(word for text in texts for word in content_words(text)
                         if word in strong and word not in own)
        word, count = counts.most_common(1)[0]
        assert count / len(texts) < 0.10, (sid, word, count / len(texts))
        if "disgusting" not in own:  # the word that was in one post of eight
            assert sum("disgusting" in t.lower() for t in texts) / len(texts) < 0.04, sid
        assert repeated_sentence_share(texts) == 0.0, sid


def test_tidy_drops_a_repeated_sentence_but_keeps_the_quote_closed() -> None:
    assert tidy("Pathetic. My order is late. PATHETIC!!") == "Pathetic. My order is late."
    assert tidy('Still no reply: "Order late. Awful." Awful.') == \
        'Still no reply: "Order late. Awful."'
    assert tidy('Awful. "Order late. Awful."') == 'Awful. "Order late."'


def test_typos_are_rare(tiny_scenario) -> None:
    words = "please confirm whether everything works"
    scenario = with_crowd(tiny_scenario, patterns={"question": (words,)},
                          topics=(Topic("t", (words,), mood="angry"),))
    rates: tuple[tuple[PostKind, float], ...] = (("question", 0.08), ("complaint", 0.12))
    for kind, most in rates:
        texts = [p.text.lower() for p in posts(scenario, kind, 1500)]
        slipped = sum(words not in text for text in texts) / len(texts)
        assert 0 < slipped < most, (kind, slipped)


def test_old_scenarios_without_the_new_keys_play_on_the_generic_crowd(tiny_scenario) -> None:
    assert tiny_scenario.crowd.patterns == {} and tiny_scenario.crowd.slots == {}
    assert tiny_scenario.crowd.channels == {} and tiny_scenario.crowd.topics[0].mood == "auto"
    generic = {core for line in crowd_text.PRAISE if (core := line.split("{")[0].strip())}
    texts = [p.text for p in posts(tiny_scenario, "praise", 200)]
    assert sum(any(core in t for core in generic) for t in texts) > 0.3 * len(texts)
    assert Crowd(topics=tiny_scenario.crowd.topics).slot_names() == CROWD_SLOTS
