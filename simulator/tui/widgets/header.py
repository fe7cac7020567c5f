"""The drill header: clock, phase, pace, brand health, backlog, the oldest unanswered post, and
when the next official statement is due (or how late it is)."""

from __future__ import annotations

from rich.text import Text

from simulator.tui.feed_model import FeedModel, clock_text
from simulator.tui.widgets.line import Line

METER_CELLS = 10


def health_label(health: float) -> tuple[str, str]:
    """(symbol + word, colour): the word and symbol carry the meaning, the colour repeats it. A
    level, not a trend: no arrows, which would read as rising or falling."""
    if health >= 70:
        return "✓ steady", "green"
    if health >= 40:
        return "! strained", "yellow"
    return "✗ critical", "red"


def header_text(model: FeedModel, now: float, duration: float, *, paused: bool = False,
                compact: bool = False) -> Text:
    health = model.health
    word, colour = health_label(health)
    filled = round(max(0.0, min(100.0, health)) / 100 * METER_CELLS)
    oldest = model.oldest_unanswered_age(now)
    text = Text(no_wrap=True, overflow="ellipsis", end="")
    text.append(" ⏱ ", style="bold")
    text.append(f"{clock_text(now)}/{clock_text(duration)}", style="bold")
    if paused:
        text.append(" PAUSED", style="bold reverse")
    text.append(" │ " if compact else "  │ phase ")
    text.append(model.phase, style="bold")
    text.append(f" │ {model.arrivals_per_minute(now):.0f}/min │ health ")
    if not compact:
        text.append("█" * filled, style=colour)
        text.append("░" * (METER_CELLS - filled), style="grey42")
        text.append(" ")
    text.append(f"{health:.0f} {word if not compact else word.split()[0]}", style=colour)
    text.append(" │ backlog " if not compact else " │ open ")
    text.append(str(model.backlog), style="bold")
    text.append(" │ oldest " if not compact else " │ old ")
    text.append("–" if oldest is None else clock_text(oldest),
                style="bold red" if oldest is not None and oldest > 120 else "bold")
    text.append(" │ ")
    text.append_text(statement_text(model, now, compact=compact))
    return text


STATEMENT_STYLES = {"ok": "bold", "soon": "bold yellow", "late": "bold red",
                    "silent": "bold reverse red"}


def statement_text(model: FeedModel, now: float, *, compact: bool = False) -> Text:
    """"holding due 1:20", "update late 0:30", "SILENT 1:05" (s publishes one)."""
    what, clock, level = model.statement_status(now)
    style = STATEMENT_STYLES[level]
    if level == "silent":
        return Text(f"SILENT {clock}", style=style)
    if compact:
        return Text(f"{'hold' if what == 'holding' else 'upd'} {'late ' if level == 'late' else ''}"
                    f"{clock}", style=style)
    return Text(f"{what} {'late' if level == 'late' else 'due'} {clock}", style=style)


class DrillHeader(Line):
    DEFAULT_CSS = """
    DrillHeader { height: 1; background: $panel; color: $text; }
    """

    def show_drill(self, model: FeedModel, now: float, duration: float, *,
                   paused: bool = False) -> None:
        compact = 0 < self.size.width < 100
        super().show(header_text(model, now, duration, paused=paused, compact=compact))
