"""Any reply text scores without error and is shown literally, in the game and in the debrief.

`test_scoring_tone.py` covers plain random text against a fixed context; here the texts are built
from what breaks renderers and regexes (Rich/Textual markup, control characters, emoji sequences,
right-to-left and combining marks, other scripts, 10,000 characters) and the context is random too
(customer names, facts and templates are user text as well). The display half goes through the
helpers the TUI really uses for user strings: `thread_text` for the play screen's thread (built
from `FeedModel`, the game's own view of the event log) and `highlighted_reply` for the debrief.
"Literally" means: the `Text` holding a user string has exactly that string (less the few control
codes Rich itself drops) and no style that the string asked for.
"""

from __future__ import annotations

import io
import json
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.console import Console, Group
from rich.padding import Padding
from rich.text import Text
from snapshot_apps.common import advance, build
from snapshot_apps.common import shown as widget_text

from scoring.guidance import GUIDANCE
from scoring.tone import RULES, ReplyContext, score_reply
from simulator.debrief.model import finding_view
from simulator.drill.events import Event
from simulator.printable import printable
from simulator.scenario import load_scenario
from simulator.scenario.library import resolve_scenario
from simulator.tui.debrief.text import MINUS_MARK, PLUS_MARK, highlighted_reply
from simulator.tui.feed_model import FeedModel
from simulator.tui.widgets.composer import Composer
from simulator.tui.widgets.feed import FeedView
from simulator.tui.widgets.thread import thread_text

FAST = settings(max_examples=80, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
NASTY = (
    "[bold]", "[/]", "[/bold]", "[link=https://evil.example]", "[@click=app.quit]", "[red",
    "[", "]", "\\[", "[b]x[/b]", "[on red]", ":smile:", "{detail}", "{name}", "{", "}",
    "<script>alert(1)</script>", "&amp;", "=SUM(A1)", "+1", "@cluckers", "#Hashtag",
    "\x00", "\x07", "\x08", "\x1b", "\x1b[2J", "\x7f", "\x9b", "\r", "\r\n", "\n", "\t", "\x0b",
    "\u200b", "\u200d", "\u202e", "\u2066", "\ufeff", "e\u0301", "\u0308" * 5,
    "😡", "🙏🏽", "👩‍👩‍👧‍👦", "🇫🇷", "\U0001f9d1\u200d\U0001f373",
    "عذراً على التأخير", "申し訳ございません", "हम माफी चाहते हैं", "Прошу прощения", "ﬁ", "ß", "İ",
    "Sorry Jane", "calm down", "not our fault", "why did you", "DM us", "SHOUTING", "!!!", "???",
    " ", "  ",
)
PIECE = st.sampled_from(NASTY) | st.text(max_size=4)
SHORT = st.lists(PIECE, max_size=25).map("".join)
LONG = st.lists(PIECE, min_size=1, max_size=6).map(lambda parts: ("".join(parts) or "x") * 10_000)
TEXT = st.one_of(SHORT, SHORT, LONG.map(lambda text: text[:10_000]))
CONTEXTS = st.builds(
    ReplyContext,
    post_text=SHORT,
    customer_name=SHORT,
    customer_handle=SHORT,
    channel=st.sampled_from(["x", "facebook", "dm", ""]),
    max_length=st.none() | st.integers(min_value=0, max_value=3000),
    hashtag=SHORT,
    info_link=SHORT,
    brand=SHORT,
    facts=st.lists(SHORT, max_size=3).map(tuple),
    template_text=st.none() | SHORT,
    action=st.sampled_from(["reply", "dm"]),
)


@FAST
@given(text=TEXT, ctx=CONTEXTS)
def test_any_reply_in_any_context_scores_0_to_100_with_valid_findings(text: str,
                                                                      ctx: ReplyContext) -> None:
    started = time.process_time()
    report = score_reply(text, ctx)
    assert time.process_time() - started < 1.0, "scoring runs inside the game loop"
    assert isinstance(report.score, int) and 0 <= report.score <= 100
    for finding in report.findings:
        assert finding.rule in RULES and finding.guidance in GUIDANCE
        if finding.span:
            assert 0 <= finding.span[0] <= finding.span[1] <= len(text)
    json.dumps(report.to_dict())  # what the store writes


# -- the play screen's thread --------------------------------------------------------------------
SCENARIO = load_scenario(resolve_scenario("food-rumour"))


def texts_in(renderable: object) -> list[Text]:
    """Every `Text` inside a thread renderable, in order (through Groups and Paddings)."""
    if isinstance(renderable, Text):
        return [renderable]
    if isinstance(renderable, Group):
        return [text for part in renderable.renderables for text in texts_in(part)]
    if isinstance(renderable, Padding):
        return texts_in(renderable.renderable)
    return []


def shown(text: str) -> str:
    """What the screen holds: every control character but newline as a visible stand-in."""
    return printable(text)


def squash(text: str) -> str:
    """The visible characters, in order: wrapping, padding and tab expansion cannot move them."""
    return "".join(ch for ch in text if ch.isprintable() and not ch.isspace())


def render(renderable: object, width: int = 120) -> str:
    console = Console(width=width, file=io.StringIO(), record=True, color_system=None,
                      legacy_windows=False, emoji=True, markup=True, highlight=True)
    console.print(renderable)
    return console.export_text()


@FAST
@given(post=TEXT, reply=TEXT.filter(bool), name=SHORT, handle=SHORT, note=SHORT.filter(bool))
def test_thread_shows_post_reply_and_names_literally(post: str, reply: str, name: str,
                                                     handle: str, note: str) -> None:
    report = score_reply(reply)
    model = FeedModel(SCENARIO)
    model.apply([
        Event(5.0, "post_arrived", "g-0001", {
            "channel": SCENARIO.channels[0].id, "text": post, "kind": "complaint",
            "author": {"name": name, "handle": handle, "followers": 10, "kind": "customer"},
            "reach": {"likes": 0, "shares": 0, "comments": 0}, "public": True}),
        Event(9.0, "action", "g-0001", {"kind": "reply", "text": reply, "template_id": None,
                                        "route": None, "note": None,
                                        "tone": report.to_dict()}),
        Event(12.0, "action", "g-0001", {"kind": "escalate", "text": None, "template_id": None,
                                         "route": SCENARIO.routes[0].id, "note": note,
                                         "tone": None}),
    ])
    thread = thread_text(model, "g-0001")
    texts = texts_in(thread)
    # The post and the reply are each one Text holding exactly the string, with no spans: any
    # styling would have come from markup in the string.
    post_text = next(t for t in texts if t.plain == shown(post) and t.style in ("", "dim"))
    reply_text = next(t for t in texts if t.plain == shown(reply) and t.style == "green")
    assert not post_text.spans and not reply_text.spans
    assert any(t.plain == shown("note: " + note) and not t.spans for t in texts)
    head = next(t for t in texts if t.plain.startswith(("▶ ", "• ")))
    assert shown(name) in head.plain and shown(handle) in head.plain
    # No span may carry a link or a click action: only the styles the thread sets itself.
    for text in texts:
        for span in text.spans:
            assert "link" not in str(span.style) and "@click" not in str(span.style)
    # And it renders: the reply's characters are all on screen, in order.
    if len(reply) <= 2000:  # rendering 10,000 wrapped characters is slow and proves nothing more
        out = render(thread, width=400)
        assert squash(shown(reply)) in squash(out)


# -- the debrief's highlighted reply -----------------------------------------------------------
@FAST
@given(reply=TEXT, ctx=CONTEXTS)
def test_debrief_highlights_only_finding_spans_on_the_literal_reply(reply: str,
                                                                    ctx: ReplyContext) -> None:
    report = score_reply(reply, ctx)
    views = [finding_view(finding.to_dict(reply), reply) for finding in report.findings]
    text = highlighted_reply(reply, views)
    assert text.plain == shown(reply)
    spans = {(f.span[0], f.span[1]) for f in report.findings if f.span and f.span[0] < f.span[1]}
    for span in text.spans:
        assert str(span.style) in (PLUS_MARK, MINUS_MARK)
        assert (span.start, span.end) in spans  # stand-ins are one character for one
    if len(reply) <= 2000:
        render(text)


# -- the real app ----------------------------------------------------------------------------------
REAL_REPLIES = [
    "[bold]Hi[/] [@click=app.quit]Dana[/] 😡🙏🏽 👩‍👩‍👧‍👦 عذراً على التأخير"
    " 申し訳ございません e\u0301\u202e",
    ("Sorry Dana, we're looking into it. " * 300)[:10_000],
]


@pytest.mark.parametrize("reply", REAL_REPLIES, ids=["markup-emoji-scripts", "10k-chars"])
async def test_the_game_sends_and_shows_any_reply_as_typed(reply: str) -> None:
    app, _ = build()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        advance(app, 40)
        await pilot.pause()
        await pilot.press("r")
        await pilot.pause()
        composer = app.screen.query_one(Composer)
        composer.area.load_text(reply)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.is_running  # [@click=app.quit] did not quit, nothing raised
        sent = [e for e in app.session.engine.log if e.kind == "action"]
        if sent:  # a channel limit may refuse the 10k reply: then nothing was sent, no crash
            assert sent[-1].data["text"] == reply
            assert 0 <= sent[-1].data["tone"]["score"] <= 100
        if len(reply) < 200:
            assert sent, "a short reply must be sent"
            post_id = sent[-1].post_id
            assert post_id is not None
            app.screen.query_one("#feed", FeedView).select(post_id)  # show its thread again
            await pilot.pause()
            thread = widget_text(app.screen.query_one("#thread-body"))  # markup as written
            assert "[bold]Hi[/]" in thread and "[@click=app.quit]Dana[/]" in thread


# -- bugs these tests found, now fixed -------------------------------------------------------------
TERMINAL_CONTROLS = ["\x1b[2J", "\x1b]0;pwned\x07", "\x9b31m", "\x00", "\x7f"]


@pytest.mark.parametrize("control", TERMINAL_CONTROLS, ids=repr)
def test_control_characters_in_user_text_never_reach_the_terminal(control: str) -> None:
    model = FeedModel(SCENARIO)
    model.apply([Event(5.0, "post_arrived", "g-0001", {
        "channel": SCENARIO.channels[0].id, "text": f"before {control} after",
        "kind": "complaint", "author": {"name": "Dana", "handle": "@dana", "followers": 10},
        "reach": {}, "public": True})])
    out = render(thread_text(model, "g-0001"))
    bad = [ch for ch in out if (ord(ch) < 32 and ch not in "\n") or 0x7f <= ord(ch) <= 0x9f]
    assert not bad, [hex(ord(ch)) for ch in bad]
