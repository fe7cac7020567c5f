"""Command-output tables line up on a terminal whatever the names hold."""

from __future__ import annotations

from simulator.cli.tables import cell_width, text_table


def test_wide_and_combining_characters_are_measured_in_cells() -> None:
    assert cell_width("Zoe") == 3
    assert cell_width("Zoë 😀") == 6
    assert cell_width("e\u0301") == 1  # e + combining acute
    assert cell_width("申し訳") == 6


def test_columns_line_up_with_emoji_names() -> None:
    lines = text_table(("trainee", "score"), [("Zoë 😀", 91), ("ann", 7)], right={1}, rule=True)
    assert lines[1].startswith("-------")
    # The score column ends at the same terminal cell on every row.
    ends = {cell_width(line) for line in (lines[0], lines[2], lines[3])}
    assert len(ends) == 1, lines
