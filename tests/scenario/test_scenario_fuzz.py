"""No input ever produces a traceback: random bytes, random text, and mangled valid files."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from simulator.scenario import validate_text

MINIMAL = (Path(__file__).parents[1] / "data" / "scenarios" / "minimal.yaml").read_text("utf-8")
LINES = MINIMAL.splitlines(keepends=True)
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def assert_reported(data: str | bytes) -> None:
    scenario, problems = validate_text(data, "fuzz.yaml")
    if scenario is None:
        assert any(problem.is_error for problem in problems)
    for problem in problems:
        assert problem.line >= 1 and problem.col >= 1 and problem.message
        assert str(problem).startswith(f"fuzz.yaml:{problem.line}:{problem.col}: ")


@FAST
@given(st.binary(max_size=300))
def test_random_bytes(data: bytes) -> None:
    assert_reported(data)


@FAST
@given(st.text(alphabet=st.sampled_from(list("ab:-[]{}&*!|>'\"#,?\n\t 0123x.%@")), max_size=200))
def test_random_yaml_like_text(text: str) -> None:
    assert_reported(text)


@FAST
@given(
    st.lists(st.integers(min_value=0, max_value=len(LINES) - 1), max_size=4),
    st.integers(min_value=0, max_value=len(MINIMAL)),
    st.sampled_from(["", ":", "- ", "  ", "\t", "{", "]", "&a ", "*a", "!!str ", "x: 1\n", "\n"]),
)
def test_mangled_valid_file(drop: list[int], at: int, insert: str) -> None:
    kept = "".join(line for index, line in enumerate(LINES) if index not in drop)
    at = min(at, len(kept))
    assert_reported(kept[:at] + insert + kept[at:])
