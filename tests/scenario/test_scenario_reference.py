"""docs/scenario-format.md documents every key and shows the loader's real messages."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from simulator.scenario.reference import (
    BEGIN,
    END,
    dataclasses_in_order,
    format_reference,
    update_doc,
)
from simulator.scenario.starter import starter_yaml

DOC = Path(__file__).parents[2] / "docs" / "scenario-format.md"


@pytest.fixture(scope="module")
def reference() -> str:
    return format_reference()


def test_doc_is_up_to_date_with_the_model(reference: str) -> None:
    text = DOC.read_text(encoding="utf-8")
    generated = text[text.index(BEGIN): text.index(END) + len(END)] + "\n"
    assert generated == reference, (
        "docs/scenario-format.md is stale: run "
        "python3 -m simulator.scenario.reference docs/scenario-format.md"
    )


def test_every_field_has_a_row_and_a_doc(reference: str) -> None:
    for cls in dataclasses_in_order():
        for field in dataclasses.fields(cls):
            assert field.metadata.get("doc"), f"{cls.__name__}.{field.name} has no doc"
            assert f"| `{field.name}` |" in reference


def test_error_examples_are_the_real_messages(reference: str) -> None:
    assert "drill.yaml:10:11: duration: expected a duration like 90s" in reference
    assert "did you mean 'response_target'?" in reference
    assert starter_yaml().splitlines()[5] in reference  # the complete example is included


def test_update_doc_keeps_the_hand_written_parts(reference: str) -> None:
    old = f"# Title\n\nintro\n\n{BEGIN}\nstale\n{END}\n\n## After\n"
    new = update_doc(old)
    assert new == f"# Title\n\nintro\n\n{reference}\n## After\n"
    assert new.startswith("# Title\n\nintro\n\n") and new.endswith("\n## After\n")
    assert "stale" not in new and update_doc(new) == new
