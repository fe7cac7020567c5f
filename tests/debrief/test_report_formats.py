"""The four report formats from a real drill: escaping, formula defusing, self-contained HTML."""

from __future__ import annotations

import csv
import io
import json
import re
from html.parser import HTMLParser

import pytest
from debrief_fixtures import FORMULA, HOSTILE, shared_results

from simulator.debrief.model import build_debrief
from simulator.debrief.report_data import render_csv, render_json
from simulator.debrief.report_html import highlighted, render_html
from simulator.debrief.report_md import md_text, render_markdown
from simulator.spreadsheet import safe_cell
from simulator.store import Store


@pytest.fixture(scope="module")
def debrief():
    path, ids = shared_results()
    with Store.open(path, create=False) as store:
        return build_debrief(store, ids["hostile"])


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.extend(attrs)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_is_one_self_contained_escaped_file(debrief) -> None:
    page = render_html(debrief)
    parser = _Collect()
    parser.feed(page)
    # nothing typed by a person became a tag: no script, no <b>/<i> from the trainee's text
    assert "script" not in parser.tags
    assert "i" not in parser.tags and "link" not in parser.tags
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "bob &lt;b&gt;" in page and "[red]note[/red] &lt;i&gt;x&lt;/i&gt;" in page
    # ...and it reads back as exactly what was typed
    assert HOSTILE in "".join(parser.text)
    # one file: no external stylesheet, script, image or font; charts are inline SVG
    assert not any(name in ("src",) for name, _ in parser.attrs)
    assert not re.search(r"<link\b|@import|url\(http", page)
    assert parser.tags.count("svg") == 4 and "polyline" in parser.tags
    assert "Escalation: expected × chosen" in page and "What to improve" in page
    assert "details" in parser.tags and "summary" in parser.tags  # timeline, folded, no JS


def test_html_highlights_findings_on_the_escaped_reply() -> None:
    from simulator.debrief.model import FindingView

    bad = FindingView("blame", "Blames <you>", -25, (0, 8), "<script>", "not_defensive",
                      None, None, None)
    out = highlighted("<script> not our fault", [bad])
    assert out.startswith('<mark class="minus" title="Blames &lt;you&gt; (-25)">&lt;script&gt;')
    assert out.endswith("</mark> not our fault")


def test_markdown_escapes_markup_and_html(debrief) -> None:
    page = render_markdown(debrief)
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "\\[bold\\]Hi\\[/bold\\]" in page and "\\`code\\` \\*star\\*" in page
    assert "bob &lt;b&gt;" in page
    assert md_text("a|b\nc") == "a\\|b c"  # a table cell stays one cell on one line
    assert "## What went well" in page and "| expected \\\\ chosen |" in page


def test_json_has_the_full_per_post_data(debrief) -> None:
    data = json.loads(render_json(debrief))
    assert data["format_version"] == 1
    assert data["drill"]["trainee"] == "bob <b>"
    assert len(data["posts"]) == len(debrief.posts)
    replies = [h for p in data["posts"] for h in p["handling"] if h["text"]]
    assert replies[0]["text"] == HOSTILE and replies[1]["text"] == FORMULA
    finding = next(f for h in replies for f in h["findings"])
    assert finding["guidance"] in data["guidance"] and "guidance_quote" not in finding
    assert data["guidance"][finding["guidance"]]["quote"]
    post = next(p for p in data["posts"] if p["ghost"])
    assert post["ghost"]["trainee"] == "ana" and "expected" in post and "handled" in post
    assert {"confusion", "series", "lessons", "timeline", "drivers", "notes"} <= set(data)


def test_csv_quotes_every_field_and_defuses_formulas(debrief) -> None:
    text = render_csv(debrief)
    rows = list(csv.reader(io.StringIO(text)))
    header, body = rows[0], rows[1:]
    assert len(body) == len(debrief.posts)
    # every field quoted, numbers included
    first_line = text.split("\r\n")[1]
    assert first_line.startswith('"') and first_line.count('","') == len(header) - 1
    replies = [row[header.index("replies")] for row in body if row[header.index("replies")]]
    assert replies[0] == HOSTILE
    assert replies[1] == "'" + FORMULA
    assert replies[2].startswith("'+1 -1 @cluckers")
    handles = [row[header.index("author_handle")] for row in body]
    assert all(h.startswith("'@") for h in handles if h)  # handles start with @: defused too
    for row in body:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")) or _number(cell)


def _number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1 x", "@SUM(A1)", "\tx", "\rx"])
def test_safe_cell_prefixes_formula_starts(value: str) -> None:
    assert safe_cell(value) == "'" + value
    assert safe_cell("fine =1") == "fine =1"
    assert safe_cell(-3) == -3 and safe_cell(None) == "" and safe_cell(True) == "yes"
