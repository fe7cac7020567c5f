"""Shared fixtures. Keep this small: module-specific helpers live beside their tests.

`tiny_scenario` is built in Python (no YAML, no loader) so engine tests do not depend on the file
format; `bundled` loads a bundled scenario by id through the real loader.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from simulator.scenario.model import (
    Author,
    Brand,
    Channel,
    Condition,
    Crowd,
    Duration,
    Expect,
    FollowUp,
    Phase,
    Reach,
    ReachThreshold,
    Route,
    Scenario,
    ScriptedPost,
    Template,
    Topic,
)


def make_tiny_scenario(duration: float = 240.0, *, scale: float = 1.0) -> Scenario:
    """A four-minute drill: three phases, two public channels and a DM channel, four routes, one
    scripted post per follow-up condition. `scale` multiplies every phase's pace."""
    return Scenario(
        id="tiny",
        title="Tiny drill",
        briefing="A short drill for tests.",
        duration=Duration(duration),
        brand=Brand(
            name="Cluckers",
            handle="@cluckers",
            hashtag="#CluckersUpdate",
            info_link="https://cluckers.example/update",
            facts=("We paused sales of Spicy Crunch Tenders as a precaution.",),
        ),
        channels=(
            Channel("x", "X", Duration(60), max_length=280),
            Channel("facebook", "Facebook", Duration(90), max_length=2000),
            Channel("dm", "Direct messages", Duration(120), public=False),
        ),
        routes=(Route("pr", "PR"), Route("safety", "Food Safety"), Route("legal", "Legal"),
                Route("tier2", "Tier-2")),
        pace=(
            Phase("calm", Duration(0), 4 * scale),
            Phase("spark", Duration(60), 10 * scale),
            Phase("viral", Duration(120), 24 * scale),
        ),
        crowd=Crowd(
            topics=(
                Topic("sick", ("I got sick after eating {product} from {store}.",
                               "My kid threw up all night after the {product}, order {order}."),
                      weight=2, severity=4, route="safety"),
                Topic("late", ("Order {order} is {minutes} minutes late.",
                               "Waited {hours} hours at {store} for a {product}."),
                      weight=3, severity=2, route="none"),
            ),
            products=("Spicy Crunch Tenders", "Cluck Sandwich"),
        ),
        reach_threshold=ReachThreshold(route="pr", likes=300, shares=100, comments=120,
                                       followers=50_000),
        templates=(
            Template("holding", "Holding", "Hi {name}, thank you for telling us, and we're "
                     "sorry you're worried. Updates: {info_link} and {hashtag}. – {agent}"),
            Template("apology", "Apology", "Hi {name}, I'm really sorry about {detail}. Please "
                     "send us a DM with your order number. – {agent}"),
        ),
        posts=(
            ScriptedPost(
                id="ignored", at=Duration(5), channel="x",
                author=Author("Tasha Greene", "@tashag", 400),
                text="Is Cluckers making people sick?? @cluckers",
                reach=Reach(6, 3, 4), severity=3,
                follow_ups=(FollowUp("ignored-again", Condition(ignored_for=Duration(30)),
                                     "Still ignoring me @cluckers?", delay=Duration(5)),),
            ),
            ScriptedPost(
                id="toned", at=Duration(10), channel="x",
                author=Author("Marcus Bell", "@marcusbell", 230),
                text="My order was cold and late again.", severity=2,
                follow_ups=(FollowUp("toned-bad", Condition(tone_below=50),
                                     "Wow, rude. Screenshot taken.", delay=Duration(8)),),
            ),
            ScriptedPost(
                id="replied", at=Duration(15), channel="facebook",
                author=Author("Rebecca Ortiz", "@rebecca", 860),
                text="My daughter is sick after your tenders meal.", reach=Reach(48, 22, 31),
                severity=5, expect=Expect(route="safety", min_tone=70),
                follow_ups=(FollowUp("replied-thanks", Condition(replied=True),
                                     "Thank you for answering so quickly.", delay=Duration(20)),),
            ),
            ScriptedPost(
                id="escalated", at=Duration(20), channel="x",
                author=Author("Dana Reyes", "@danareporter", 60_000, "journalist"),
                text="Reporter here: can Cluckers comment on the illness reports?", severity=4,
                expect=Expect(route="pr", min_tone=65),
                follow_ups=(FollowUp("escalated-ack", Condition(escalated=True),
                                     "Thanks, your press office called me.", delay=Duration(10)),),
            ),
        ),
    )


@pytest.fixture(autouse=True)
def _results_file_in_tmp(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Commands that record drills (`simulate`, `play`) write to a throwaway results file in every
    test, never to the user's own (CRISIS_DRILL_DB; subprocesses inherit it)."""
    monkeypatch.setenv("CRISIS_DRILL_DB", str(tmp_path_factory.mktemp("results") / "results.db"))


@pytest.fixture
def tiny_scenario() -> Scenario:
    return make_tiny_scenario()


@pytest.fixture
def make_tiny() -> Callable[..., Scenario]:
    """`make_tiny_scenario` itself, for tests that need another duration or pace."""
    return make_tiny_scenario


@pytest.fixture
def bundled() -> Callable[[str], Scenario]:
    """Load a bundled scenario by id (e.g. `bundled("food-rumour")`) through the real loader."""
    from simulator.scenario import load_scenario
    from simulator.scenario.library import resolve_scenario

    def load(scenario_id: str = "food-rumour") -> Scenario:
        return load_scenario(resolve_scenario(scenario_id))

    return load
