"""Scenario text, Faker text and trainee text that look like markup are shown as typed.

`[bold]`, `[/]`, `[link=x]` or a stray `[red` in any string must neither style the screen nor raise
a MarkupError; every screen that shows such a string is visited here."""

from __future__ import annotations

from pathlib import Path

from snapshot_apps.common import advance, screen_shows

from simulator.scenario import load_scenario
from simulator.tui.app import make_app
from simulator.tui.clock import ManualClock
from simulator.tui.screens.escalate import EscalateScreen
from simulator.tui.screens.play import PlayScreen
from simulator.tui.screens.templates import TemplateScreen
from simulator.tui.widgets.feed import FeedView

TRICKY = "[bold]Hi[/] [link=x]me[/link] [red"

SCENARIO = f"""
id: markup
title: "[bold]Markup[/] drill [red"
briefing: "Briefing with [link=https://x]a link[/link] and [/] and [red"
duration: 2m
brand:
  name: "[b]Brand[/b]"
  handle: "@brand"
  hashtag: "#Brand[i]"
  info_link: https://brand.example/[x]
  facts: ["Fact with [bold]markup[/bold] and [red"]
channels:
  - {{id: x, name: "X [dim]", response_target: 1m, max_length: 280}}
routes:
  - {{id: pr, name: "PR [/]", takes: "Takes [link=x]press[/link] [red"}}
pace:
  - {{name: "calm [b]", start: 0s, per_minute: 0}}
templates:
  - id: t1
    title: "Template [bold]one[/]"
    text: "Hi {{name}}, [i]sorry[/i] about {{detail}}. [red"
crowd:
  topics:
    - {{id: a, patterns: ["crowd text [b]x[/b]"]}}
posts:
  - id: p1
    at: 1s
    channel: x
    author: {{name: "[bold]Eve[/]", handle: "@eve[x]", followers: 10}}
    text: "{TRICKY}"
"""


async def test_markup_in_scenario_and_reply_is_shown_literally(tmp_path: Path) -> None:
    path = tmp_path / "markup.yaml"
    path.write_text(SCENARIO, encoding="utf-8")
    scenario = load_scenario(path)
    app = make_app(scenario, seed=1, clock=ManualClock())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        briefing = screen_shows(app)
        for literal in ("[bold]Markup[/] drill [red", "[link=https://x]a link[/link]",
                        "[b]Brand[/b]", "Fact with [bold]markup[/bold] and [red",
                        "Takes [link=x]press[/link] [red"):
            assert literal in briefing, literal
        await pilot.press("enter")
        await pilot.pause()
        advance(app, 5)
        await pilot.pause()
        play = screen_shows(app)
        assert "[bold]Hi[/] [link=x]me[/link] [red" in play  # the thread shows the whole post
        assert "[bold]Eve[/]" in play and "@eve[x]" in play
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, TemplateScreen)
        assert "Template [bold]one[/]" in screen_shows(app)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press(*"[bold]x[/]", "space", "[", "r", "e", "d")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, PlayScreen)
        reply = app.session.engine.post("s:p1")
        assert reply.replied
        sent = next(e for e in app.session.engine.log if e.kind == "action")
        assert sent.data["text"] == "Hi [bold]Eve[/], [i]sorry[/i] about [bold]x[/] [red. [red"
        await pilot.press("up")  # the post moved: select it again to see our reply in its thread
        await pilot.pause()
        app.screen.query_one("#feed", FeedView).select("s:p1")
        await pilot.pause()
        assert "[bold]x[/] [red. [red" in screen_shows(app)  # our reply, in the thread
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, EscalateScreen)
        assert "PR [/]" in screen_shows(app)
        await pilot.press("1", *"[/]", "enter")
        await pilot.pause()
        assert app.session.engine.post("s:p1").escalated_to == ("pr",)
        assert "note: [/]" in screen_shows(app)
