"""Build a deterministic game: the test drill, a fixed seed, a manual clock and no results file.

`advance(app, seconds)` moves the manual clock one second at a time and runs the play screen's
tick after each, exactly as the timer would, so a test decides what drill second it sees.
"""

from __future__ import annotations

import io
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.text import Text
from textual.app import App
from textual.content import Content
from textual.geometry import Region
from textual.pilot import Pilot
from textual.scroll_view import ScrollView
from textual.widget import Widget
from textual.widgets import Input, OptionList, Static

from simulator.scenario import Scenario, load_scenario
from simulator.tui.app import DrillApp, make_app
from simulator.tui.clock import ManualClock
from simulator.tui.widgets.line import Line

DRILL_YAML = Path(__file__).with_name("drill.yaml")
SEED = 3
WAIT_S = 30.0  # `wait_for`'s bound for what takes wall-clock time; never waited on a pass


def drill_scenario() -> Scenario:
    return load_scenario(DRILL_YAML)


def build(**options: Any) -> tuple[DrillApp, ManualClock]:
    """`options` are `make_app`'s own keyword arguments (coach, store, ...)."""
    clock = ManualClock()
    app = make_app(drill_scenario(), seed=SEED, clock=clock, trainee="Robin",
                   agent="Robin", **options)
    return app, clock


def advance(app: DrillApp, seconds: float, step: float = 1.0) -> None:
    """Move the drill clock forward, ticking the play screen as the timer would."""
    clock = app.clock
    assert isinstance(clock, ManualClock)
    done = 0.0
    while done < seconds:
        move = min(step, seconds - done)
        clock.advance(move)
        done += move
        tick = getattr(app.screen, "tick", None)
        if tick is not None:
            tick()


async def started(pilot: Pilot[Any], at: float) -> None:
    """Start the clock from the briefing and run the drill to `at` seconds."""
    app = pilot.app
    assert isinstance(app, DrillApp)
    await pilot.press("enter")
    await pilot.pause()
    advance(app, at)
    await pilot.pause()


async def wait_for(pilot: Pilot[Any], predicate: Callable[[], object],
                   what: str = "the condition", rounds: int = 100,
                   seconds: float = WAIT_S) -> None:
    """Let the app run until `predicate()` holds, and go on as soon as it does.

    A layout or a repaint settles after a few rounds of the event loop, how many depends on the
    machine: counted in rounds, not seconds, so a slow machine gets as many chances as a fast
    one. What a timer, a thread or another process does takes wall-clock time as well: past the
    rounds the app keeps running until `seconds` have gone by since the wait began, a bound that
    only a test about to fail reaches. Fails saying what never happened."""
    deadline = time.monotonic() + seconds
    done = 0
    while not predicate():
        assert done < rounds or time.monotonic() < deadline, f"never happened: {what}"
        await pilot.pause()  # until the app is idle (at least one 20 ms slice)
        done += 1


def shown(widget: Widget) -> str:
    """The text one widget shows, from the widget itself, never from a screenshot: a `Line` as it
    draws itself (cut to its width), a `Static`'s content (a Rich renderable printed on a
    console far wider than any line, so nothing wraps), an option list's prompts, an input's
    value, a line-API widget's lines (the feed). What a test looks for can then not be broken
    by a terminal's width, a long path or where a word wraps."""
    if isinstance(widget, Line):  # one line, cut with an ellipsis where it is too long: as drawn
        return "\n".join(strip.text.rstrip() for strip in widget.render_lines(
            Region(0, 0, widget.size.width, widget.size.height)))
    if isinstance(widget, Static):  # a str is markup to a Static: its visual says what it shows
        visual = widget.visual
        return visual.plain if isinstance(visual, Content) else plain(widget.content)
    if isinstance(widget, OptionList):
        return "\n".join(plain(widget.get_option_at_index(index).prompt)
                         for index in range(widget.option_count))
    if isinstance(widget, Input):
        return widget.value
    if isinstance(widget, ScrollView):
        return "\n".join(widget.render_line(y).text for y in range(widget.size.height))
    return ""


def in_view(scroller: Widget, child: Widget) -> str:
    """The lines of `child` that `scroller` (a scrolling container it sits in, at its top)
    shows right now, as the widget renders them at its width: what a trainee can read without
    scrolling, from the widget itself rather than a screenshot."""
    top = int(scroller.scroll_y)
    height = scroller.scrollable_content_region.height
    crop = Region(0, top, child.size.width, max(0, min(height, child.size.height - top)))
    return "\n".join(strip.text for strip in child.render_lines(crop))


def plain(content: object) -> str:
    """A widget's content as plain text: a str or Rich `Text` as it is, anything else (a table, a
    group) printed without wrapping."""
    if isinstance(content, str):
        return content
    if isinstance(content, (Text, Content)):
        return content.plain
    console = Console(width=1000, record=True, file=io.StringIO())
    console.print(content)
    return "\n".join(line.rstrip() for line in console.export_text().splitlines())


def screen_shows(app: App[Any]) -> str:
    """What the current screen's widgets show (`shown`), one widget after another, hidden ones
    left out."""
    widgets = [widget for widget in app.screen.walk_children(Widget)
               if all(node.display for node in widget.ancestors_with_self
                      if isinstance(node, Widget))]
    return "\n".join(text for widget in widgets if (text := shown(widget)))
