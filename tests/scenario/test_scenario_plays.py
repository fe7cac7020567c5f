"""Valid means it plays: a scenario that `validate` accepts can be previewed and simulated to
the end with every bot, whatever values within the documented ranges it holds.

Hypothesis writes variants of the minimal scenario (about half of them valid, so most are
played): numbers anywhere in their allowed ranges (counts up to 10^12, weights of 0, the
longest response target), any Faker locale, text with any printable characters, and the other
fields the engine relies on at their edges (see EXTRAS). Drills are kept short (the pace and
the duration are drawn small) so the property runs in seconds; `validate` bounds the long ones
(8 hours, 600 posts a minute).
"""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from simulator.bots.headless import run_drill
from simulator.cli import main
from simulator.scenario import validate_text
from simulator.scenario.checks import faker_locales
from simulator.scenario.model import MAX_COUNT

MINIMAL = (Path(__file__).parents[1] / "data" / "scenarios" / "minimal.yaml").read_text("utf-8")

# Beyond the ranges too: before validate knew them, 10^29 followers, an unknown locale or every
# topic at weight 0 validated and then crashed the drill.
# One draw in ten is out of range, so most examples validate and are played.
COUNT = st.integers(0, 9).flatmap(
    lambda k: st.just(10**29) if k == 9 else st.integers(min_value=0, max_value=MAX_COUNT))
LOCALE = st.integers(0, 9).flatmap(
    lambda k: st.sampled_from(["xx_XX", "en-US", "klingon"]) if k == 9
    else st.sampled_from(faker_locales()))
TEXT = st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1,
               max_size=40).filter(lambda t: t.strip() == t and t.strip())


MIX_KINDS = ("complaint", "question", "praise", "noise", "troll", "threat", "media")
# The other fields the engine relies on, each at an edge `validate` allows: every post kind
# weighted 0, one-character channels, a private channel as a topic's only one, follow-ups after
# 0 s or 8 h, a reach threshold every post crosses at once.
EXTRAS = st.fixed_dictionaries({
    "mix": st.lists(st.sampled_from([0, 1, 1e6]), min_size=7, max_size=7),
    "max_length": st.sampled_from([None, 1, 280]),
    "private_topic": st.booleans(),
    "delay": st.sampled_from(["0s", "5s", "8h"]),
    "ignored_for": st.sampled_from(["0s", "1m", "8h"]),
    "threshold": st.sampled_from([None, 0, 10**12]),
    "min_tone": st.integers(0, 100),
})


def _extras(source: str, extras: dict) -> str:
    mix = ", ".join(f"{kind}: {weight}" for kind, weight in zip(MIX_KINDS, extras["mix"],
                                                               strict=True))
    edits = [
        ("crowd:\n", f"crowd:\n  mix: {{{mix}}}\n"),
        ("        text: Still nothing.", f"        text: Still nothing.\n"
         f"        delay: {extras['delay']}"),
        ("ignored_for: 1m", f"ignored_for: {extras['ignored_for']}"),
        ("\n    follow_ups:", f"\n    expect: {{min_tone: {extras['min_tone']}}}\n"
         "    follow_ups:"),
    ]
    if extras["max_length"] is not None:
        edits.append(("    name: X\n", f"    name: X\n    max_length: {extras['max_length']}\n"))
    if extras["private_topic"]:
        edits += [("routes:\n", "  - id: dm\n    name: DM\n    response_target: 5m\n"
                   "    public: false\nroutes:\n"),
                  ("      patterns:", "      channels: [dm]\n      patterns:")]
    for old, new in edits:
        assert old in source, old
        source = source.replace(old, new, 1)
    if extras["threshold"] is not None:
        source += (f"reach_threshold: {{route: pr, likes: {extras['threshold']}, "
                   f"followers: {extras['threshold']}}}\n")
    return source


def _variant(followers: int, likes: int, severity: int, pace: float, minutes: int,
             locale: str, weight: float, text: str, target: str) -> str:
    text = text.replace('"', "'").replace("\\", "/")
    edits = [
        ("duration: 5m", f"duration: {minutes}m"),
        ("per_minute: 6", f"per_minute: {pace}"),
        ("response_target: 2m", f"response_target: {target}"),
        ('author: {name: Dana Ruiz, handle: "@dana"}',
         f'author: {{name: Dana Ruiz, handle: "@dana", followers: {followers}}}\n'
         f"    reach: {{likes: {likes}}}\n    severity: {severity}"),
        ("text: Is the app down?", f'text: "{text}"'),
        ("crowd:\n  topics:", f"crowd:\n  locale: {locale}\n  topics:"),
        ("    - id: down\n", f"    - id: down\n      weight: {weight}\n"),
    ]
    source = MINIMAL
    for old, new in edits:
        assert old in source, old
        source = source.replace(old, new, 1)
    return source


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(followers=COUNT, likes=COUNT, severity=st.integers(1, 5),
       pace=st.floats(0, 30, allow_nan=False).map(lambda x: round(x, 2)),
       minutes=st.integers(3, 6), locale=LOCALE,
       weight=st.sampled_from([1.0, 0.5, 1e6, 0.0]), text=TEXT,
       target=st.sampled_from(["0s", "1s", "2m", "8h"]), extras=EXTRAS)
def test_a_valid_scenario_previews_and_plays_to_the_end(tmp_path_factory, followers, likes,
                                                        severity, pace, minutes, locale,
                                                        weight, text, target, extras) -> None:
    source = _extras(_variant(followers, likes, severity, pace, minutes, locale, weight, text,
                              target), extras)
    scenario, problems = validate_text(source, "variant.yaml")
    if scenario is None:  # invalid is fine; it must say why
        assert any(p.is_error for p in problems)
        return
    for bot in ("perfect", "rude", "silent"):
        result = run_drill(scenario, 3, bot, locale=None)
        assert result.engine.finished and result.engine.now == scenario.duration
        json.dumps(result.score.to_dict())
    folder = tmp_path_factory.mktemp("plays")
    path = folder / "variant.yaml"
    path.write_text(source, encoding="utf-8")
    assert main(["preview", str(path), "--seed", "3"]) == 0
    # and recorded to a results file, as `simulate` does (a count past SQLite's integers broke it)
    assert main(["simulate", str(path), "--bot", "perfect", "--seed", "3",
                 "--db", str(folder / "results.db")]) == 0
