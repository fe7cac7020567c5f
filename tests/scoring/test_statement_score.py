"""The official statement's rubric (`scoring.statement`): what is known, what is being done, what
to do now, when the next update comes, the hashtag and the link; nothing beyond the facts."""

from __future__ import annotations

from typing import TypedDict

import pytest

from scoring.guidance import GUIDANCE
from scoring.statement import ELEMENTS, FAULTS, score_statement

FACTS = ("The Spicy Crunch Tenders sold since Monday all came from one supplier.",)


class Where(TypedDict):
    """`score_statement`'s keyword arguments, typed for `**WHERE`."""

    facts: tuple[str, ...]
    hashtag: str
    info_link: str
    brand: str


WHERE: Where = {"facts": FACTS, "hashtag": "#CluckersUpdate",
         "info_link": "https://cluckers.example/update", "brand": "Cluckers"}
PARTS = {
    "known": "The Spicy Crunch Tenders sold since Monday all came from one supplier.",
    "doing": "Our food safety team is investigating with the local health authority.",
    "do_now": "If you feel unwell after eating with us, please contact your doctor.",
    "next_update": "Next update by 3 pm",
    "link": "at cluckers.example/update",
    "hashtag": "#CluckersUpdate",
}


def statement(without: str | None = None) -> str:
    return " ".join(text for key, text in PARTS.items() if key != without)


def test_a_complete_statement_scores_full_marks() -> None:
    report = score_statement(statement(), **WHERE)
    assert report.score == 100 and not report.missing and not report.faults
    assert set(report.present) == {e.id for e in ELEMENTS}
    assert sum(e.points for e in ELEMENTS) == 100


@pytest.mark.parametrize("element", [e for e in ELEMENTS], ids=lambda e: e.id)
def test_each_missing_element_costs_its_points_and_says_what_to_add(element) -> None:
    report = score_statement(statement(without=element.id), **WHERE)
    assert element.id not in report.present
    assert report.score == 100 - element.points
    assert [e.id for e in report.missing] == [element.id]
    assert report.to_dict()["missing"][0]["advice"] == element.missing


@pytest.mark.parametrize(("extra", "rule"), [
    ("It was probably a supplier glitch.", "speculation"),
    ("We guarantee a full refund to everyone.", "risky_promise"),
    ("Nothing to worry about, it's probably nothing serious 😊", "false_reassurance"),
])
def test_claims_beyond_the_facts_cost_points(extra: str, rule: str) -> None:
    report = score_statement(statement() + " " + extra, **WHERE)
    assert rule in {f.rule for f in report.faults}
    assert report.score <= 100 - FAULTS[rule]


def test_a_bare_holding_line_scores_low_and_an_empty_one_zero() -> None:
    assert score_statement("We are aware of reports and looking into it. #CluckersUpdate",
                           **WHERE).score <= 20
    empty = score_statement("   ", **WHERE)
    assert empty.score == 0 and len(empty.missing) == len(ELEMENTS)


def test_every_element_traces_to_the_seed_guidance() -> None:
    assert all(e.guidance in GUIDANCE for e in ELEMENTS)


@pytest.mark.parametrize("doing", [
    "Extra drivers are clearing the backlog now.",
    "Engineers are working on a fix right now.",
    "Our safety team is inspecting the ride this morning.",
])
def test_what_is_being_done_is_heard_when_the_people_doing_it_are_named(doing: str) -> None:
    """A statement names who is acting by their work ("engineers", "drivers") as often as by
    "we": both say what is being done (a trainee's statement built from the facts panel was
    marked as missing it)."""
    text = f"{doing} Next update at 12:00 on https://x.example/status #XUpdate"
    assert "doing" in score_statement(text, hashtag="#XUpdate",
                                      info_link="https://x.example/status").present
    assert "doing" not in score_statement("People are angry. Next update at 12:00.").present
