"""The end of the drill: the scores, the statements, the important posts missed, the three biggest
lessons, and the way to the debrief.

The missed and handled posts come from `simulator.debrief.triage_report.triage_report`, the same
function the debrief and its reports call, so the numbers here are the numbers there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from simulator.debrief.triage_report import statements_lines
from simulator.tui.debrief.text import missed_text
from simulator.tui.host import host

if TYPE_CHECKING:
    from scoring.drill import DrillScore
    from simulator.debrief.triage_report import TriageReport
    from simulator.tui.lessons import CostlyLesson

MISSED_SHOWN = 5  # the rest are "+N more", listed in full in the debrief


def grade(value: float) -> tuple[str, str]:
    """A word and a symbol beside the number, so colour is never the only signal."""
    if value >= 80:
        return "▲ strong", "green"
    if value >= 60:
        return "■ fair", "yellow"
    return "▼ weak", "red"


def summary_renderable(title: str, score: DrillScore, lessons: list[CostlyLesson],
                       health: float, posts: int, drill_id: int | None, store_error: str | None,
                       triage: TriageReport | None = None) -> Group:
    head = Text()
    head.append("Drill over: ", style="bold")
    head.append(title, style="bold")
    head.append(f"   {posts} posts · brand health at the end {health:.0f}/100", style="dim")
    table = Table(show_header=False, box=None, padding=(0, 2))
    table.add_column(style="bold", no_wrap=True)
    table.add_column(justify="right", no_wrap=True)
    table.add_column(no_wrap=True)
    rows = [("Composite", score.composite), ("Speed", score.speed), ("Tone", score.tone),
            ("Escalation", score.escalation)]
    if score.statements is not None:  # drills scored before statements show what they did
        rows.append(("Statements", score.statements))
    for name, value in rows:
        word, colour = grade(value)
        table.add_row(name, f"{value:5.1f}", Text(word, style=colour))
    verdict = Text("\n")
    if score.passed:
        verdict.append("✓ Passed", style="bold green")
        verdict.append(f"  (pass mark {score.pass_mark:.0f}, no critical errors)\n", style="dim")
    else:
        verdict.append("✗ Not passed", style="bold red")
        verdict.append(f"  (pass mark {score.pass_mark:.0f})\n", style="dim")
        for reason in score.verdict:
            verdict.append(f"  • {reason}\n")
    verdict.rstrip()
    body = Text()
    said = statements_lines(score)
    if said:
        body.append("\nOfficial statements\n", style="bold underline")
        for line in said:
            body.append(f"  • {line}\n")
    if triage is not None:
        body.append("\n")
        body.append_text(missed_text(triage, limit=MISSED_SHOWN))
        body.append(triage.handled_hint() + "\n", style="dim")
    body.append(f"\n{lessons_title(len(lessons))}\n", style="bold underline")
    if not lessons:
        body.append("Nothing cost you points. Try a harder scenario.\n")
    for number, lesson in enumerate(lessons, 1):
        body.append(f"{number}. {lesson.title}", style="bold")
        points = round(lesson.cost)
        body.append(f"  (about {points} point{'' if points == 1 else 's'})\n", style="dim")
        body.append("   " + lesson.detail + "\n")
        if lesson.quote:
            body.append(f"   “{lesson.quote}”\n", style="italic dim")
    footer = Text()
    if drill_id is not None:
        footer.append(f"\nRecorded as drill {drill_id}. ", style="dim")
    footer.append("\nPress d for the debrief, q to quit.", style="bold")
    if store_error:
        footer.append(f"\nNot fully saved: {store_error}\n", style="bold red")
    return Group(head, Text(""), table, verdict, body, footer)


class SummaryScreen(Screen[None]):
    CSS_PATH = "summary.tcss"
    BINDINGS = [
        Binding("d,enter", "debrief", "Debrief"),
        Binding("q,escape,ctrl+q", "quit_app", "Quit"),
    ]

    def __init__(self, renderable: Group) -> None:
        super().__init__()
        self.renderable = renderable

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="summary"):
            yield Static(self.renderable, id="summary-body")
            yield Static(Text(""), id="debrief-hint")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#summary").focus()

    def action_debrief(self) -> None:
        host(self.app).open_debrief()

    def action_quit_app(self) -> None:
        self.app.exit()


def lessons_title(count: int) -> str:
    """"The three biggest lessons" only when there are three (a drill with two said three)."""
    if count <= 1:
        return "The biggest lesson"
    words = {2: "two", 3: "three", 4: "four", 5: "five"}
    return f"The {words.get(count, str(count))} biggest lessons"
