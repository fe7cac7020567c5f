"""Valid means it plays: a scenario that `validate` accepts can be previewed and simulated to
the end with every bot, whatever values within the documented ranges it holds.

Hypothesis writes variants of the minimal scenario: numbers anywhere in their allowed ranges
(counts up to 10^12, weights of 0, the longest response target), any Faker locale, text with
any printable characters. Drills are kept short (the pace and the duration are drawn small) so
the property runs in seconds; `validate` bounds the long ones (8 hours, 600 posts a minute).
"""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from simulator.cli import main
from simulator.headless import run_drill
from simulator.scenario import validate_text
from simulator.scenario.checks import faker_locales
from simulator.scenario.model import MAX_COUNT

MINIMAL = (Path(__file__).parent / "data" / "scenarios" / "minimal.yaml").read_text("utf-8")

# Beyond the ranges too: before validate knew them, 10^29 followers, an unknown locale or every
# topic at weight 0 validated and then crashed the drill.
COUNT = st.one_of(st.integers(min_value=0, max_value=MAX_COUNT), st.just(10**29))
LOCALE = st.one_of(st.sampled_from(faker_locales()), st.sampled_from(["xx_XX", "en-US", "klingon"]))
TEXT = st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1,
               max_size=40).filter(lambda t: t.strip() == t and t.strip())


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


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(followers=COUNT, likes=COUNT, severity=st.integers(1, 5),
       pace=st.floats(0, 30, allow_nan=False).map(lambda x: round(x, 2)),
       minutes=st.integers(3, 6), locale=LOCALE,
       weight=st.sampled_from([0.0, 0.5, 1.0, 1e6]), text=TEXT,
       target=st.sampled_from(["1s", "2m", "8h"]))
def test_a_valid_scenario_previews_and_plays_to_the_end(tmp_path_factory, followers, likes,
                                                        severity, pace, minutes, locale,
                                                        weight, text, target) -> None:
    source = _variant(followers, likes, severity, pace, minutes, locale, weight, text, target)
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
