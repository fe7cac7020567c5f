"""Exports escape every user text (HTML, Markdown) and quote and defuse every field (CSV).

`test_report_formats.py` checks one hostile drill by example. Here hypothesis puts any text in
every place a person or the crowd writes (trainee, team, scenario title, author name and handle,
post text, reply, escalation note) of a real debrief, and checks the properties themselves:
- HTML: no user text adds a tag or an attribute: the page has exactly the tags it has with
  harmless text, and each user text reads back exactly once the page is parsed;
- CSV: every field quoted, the file reads back with `csv.reader` into the same rows, each user
  text comes back as typed (with a leading `'` when a spreadsheet would run it as a formula), and
  no cell starts with `=`, `+`, `-`, `@`, tab or carriage return;
- Markdown: user text can open no HTML tag, emphasis, code span, link or table cell.
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import html
import io
import re
from collections import Counter
from html.parser import HTMLParser

from debrief_fixtures import shared_results
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scoring.tone import score_reply
from simulator.debrief.model import Debrief, build_debrief, finding_view
from simulator.debrief.report_data import CSV_COLUMNS, render_csv
from simulator.debrief.report_html import highlighted, render_html
from simulator.debrief.report_md import md_text, render_markdown
from simulator.spreadsheet import FORMULA_STARTS, safe_cell
from simulator.store import Store

FAST = settings(max_examples=40, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
HOSTILE = ("<script>alert(1)</script>", "<b>", "</td></tr></table>", '"><img src=x onerror=y>',
           "' onmouseover='x", "&amp;", "&lt;", "<!--", "-->", "<![CDATA[", "]]>", "=1+1",
           '=HYPERLINK("http://evil.example","click")', "+1", "-1", "@SUM(A1)", "\t=1", "\r=1",
           " =1", "|", "`", "*", "_", "[x](http://evil.example)", "![i](x)", "\\", "#", "\n",
           "\r\n", ",", '"', '""', "[bold]", "😡", "\u202e", "\x00", "\x1b[2J")
USER_TEXT = st.lists(st.sampled_from(HOSTILE) | st.text(max_size=6), min_size=1,
                     max_size=8).map("".join)


@functools.cache
def base_debrief() -> Debrief:
    path, ids = shared_results()
    with Store.open(path, create=False) as store:
        return build_debrief(store, ids["hostile"])


def with_user_texts(texts: dict[str, str]) -> Debrief:
    """The real debrief with every user-written field of its posts replaced."""
    base = base_debrief()

    def handling(h):
        return dataclasses.replace(h, text=texts["reply"] if h.text is not None else None,
                                   note=texts["note"] if h.note is not None else h.note,
                                   findings=())

    posts = tuple(
        dataclasses.replace(post, text=texts["post"], author_name=texts["name"],
                            author_handle=texts["handle"],
                            handling=tuple(handling(h) for h in post.handling), ghost=None)
        for post in base.posts
    )
    drill = dataclasses.replace(base.drill, trainee=texts["trainee"], team=texts["team"],
                                scenario_title=texts["scenario"])
    return dataclasses.replace(base, drill=drill, posts=posts)


FIELDS = ("trainee", "team", "scenario", "post", "name", "handle", "reply", "note")
HARMLESS = {name: f"harmless {name}" for name in FIELDS}


class Page(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: Counter[str] = Counter()
        self.attrs: Counter[str] = Counter()
        self.data: list[str] = []
        self.feed(source)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags[tag] += 1
        self.attrs.update(name for name, _ in attrs)

    def handle_data(self, data: str) -> None:
        self.data.append(data)


@functools.cache
def harmless_page(blank: tuple[tuple[str, str], ...] = ()) -> Page:
    """The page with harmless text; fields in `blank` keep their blank value (the report leaves
    out an empty reply or note, so the tag counts depend on which fields are blank)."""
    return Page(render_html(with_user_texts({**HARMLESS, **dict(blank)})))


@FAST
@given(texts=st.fixed_dictionaries({name: USER_TEXT for name in FIELDS}))
def test_html_report_adds_no_tag_or_attribute_from_user_text(texts: dict[str, str]) -> None:
    source = render_html(with_user_texts(texts))
    page = Page(source)
    expected = harmless_page(tuple((k, v) for k, v in texts.items() if not v.strip()))
    assert page.tags == expected.tags
    assert page.attrs == expected.attrs
    text = "".join(page.data)
    for name in ("post", "reply", "trainee"):  # and each reads back as typed
        assert newlines(texts[name]) in newlines(text), name


def newlines(text: str) -> str:
    """Line ends as the HTML parser may hand them back."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


@FAST
@given(reply=USER_TEXT)
def test_highlighted_reply_is_the_escaped_reply_plus_marks(reply: str) -> None:
    report = score_reply(reply)
    views = [finding_view(finding.to_dict(reply), reply) for finding in report.findings]
    out = highlighted(reply, views)
    plain = re.sub(r'<mark class="(plus|minus)" title="[^"<>]*">|</mark>', "", out)
    assert "<" not in plain and ">" not in plain and '"' not in plain
    assert html.unescape(plain) == reply


def read_csv(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


@FAST
@given(texts=st.fixed_dictionaries({name: USER_TEXT for name in FIELDS}))
def test_csv_quotes_every_field_and_defuses_formulas(texts: dict[str, str]) -> None:
    debrief = with_user_texts(texts)
    source = render_csv(debrief)
    rows = read_csv(source)
    header, body = rows[0], rows[1:]
    assert header == list(CSV_COLUMNS)
    assert len(body) == len(debrief.posts)
    for row, post in zip(body, debrief.posts, strict=True):
        assert len(row) == len(header)
        cell = dict(zip(header, row, strict=True))
        assert cell["trainee"] == safe_cell(texts["trainee"])
        assert cell["post_text"] == safe_cell(texts["post"])
        assert cell["author_name"] == safe_cell(texts["name"])
        assert cell["author_handle"] == safe_cell(texts["handle"])
        assert cell["replies"] == safe_cell("\n".join(texts["reply"] for _ in post.replies))
        for value in row:
            if value.startswith(FORMULA_STARTS):
                float(value)  # only a plain number may start with + or -
    # Every field quoted: writing the rows back with QUOTE_ALL gives the file byte for byte.
    again = io.StringIO()
    csv.writer(again, quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows(rows)
    assert again.getvalue() == source


@FAST
@given(value=USER_TEXT)
def test_safe_cell_round_trips_and_never_leaves_a_formula(value: str) -> None:
    cell = safe_cell(value)
    assert not str(cell).startswith(FORMULA_STARTS)
    assert cell == value or (cell == "'" + value and value.startswith(FORMULA_STARTS))
    out = io.StringIO()
    csv.writer(out, quoting=csv.QUOTE_ALL).writerow([cell])
    assert read_csv(out.getvalue()) == [[cell]]


@FAST
@given(value=USER_TEXT)
def test_markdown_text_opens_no_tag_emphasis_code_link_or_cell(value: str) -> None:
    out = md_text(value)
    assert "<" not in out and ">" not in out and "\n" not in out and "\r" not in out
    for special in "|`*_[]":
        assert not re.search(r"(?<!\\)" + re.escape(special), out.replace("\\\\", "")), special


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.fixed_dictionaries({name: USER_TEXT for name in FIELDS}))
def test_markdown_report_has_no_raw_html_from_user_text(texts: dict[str, str]) -> None:
    page = render_markdown(with_user_texts(texts))
    harmless = render_markdown(with_user_texts(HARMLESS))
    assert page.count("<") == harmless.count("<")
