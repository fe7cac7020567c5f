"""Rich `Text` for the debrief panes, built from the `Debrief` object.

Every string a person or the crowd wrote is added with `Text(...)`/`Text.append(...)`, which take it
literally: nothing here goes through markup, so a reply typed as `[bold]hi[/]` shows exactly that.
Tone findings are highlighted by styling character ranges of the literal reply.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.text import Text

from scoring.guidance import source_title
from simulator.debrief.lessons import Lesson
from simulator.debrief.model import (
    Debrief,
    DebriefPost,
    FindingView,
    Handling,
    TimelineEntry,
    verdict_lines,
)
from simulator.debrief.replay import FeedRow, FeedSnapshot
from simulator.debrief.triage_report import TriageReport
from simulator.debrief.triage_report import clock as triage_clock
from simulator.drill.events import EventKind
from simulator.printable import printable

GOOD = "bold green"
BAD = "bold red"
MUTED = "dim"
PLUS_MARK = "black on green3"
MINUS_MARK = "white on red3"
OUTCOME_STYLE = {"correct": "green", "none_needed": "green", "not_judged": "dim", "late": "yellow",
                 "needless": "yellow", "wrong_team": "red", "missed": "bold red"}


KIND_LABEL: dict[str, str] = {
    EventKind.DRILL_STARTED: "start", EventKind.PHASE_CHANGED: "phase",
    EventKind.POST_ARRIVED: "arrived", EventKind.THRESHOLD_CROSSED: "VIRAL",
    EventKind.ACTION: "trainee", EventKind.FOLLOW_UP: "follow-up", EventKind.INJECT: "inject",
    EventKind.NOTE: "note", EventKind.DRILL_ENDED: "end",
}


def secs(value: float | None) -> str:
    return "-" if value is None else f"{value:.0f}s"


def clock(t: float) -> str:
    return f"{int(t) // 60:d}:{int(t) % 60:02d}"


def highlighted_reply(text: str, findings: Sequence[FindingView]) -> Text:
    """The reply as typed, each finding's evidence highlighted (green earned, red cost)."""
    out = Text(printable(text))  # one character for one: the spans still fit
    for f in findings:
        if f.span and 0 <= f.span[0] < f.span[1] <= len(text):
            out.stylize(PLUS_MARK if f.points >= 0 else MINUS_MARK, f.span[0], f.span[1])
    return out


def findings_text(findings: Sequence[FindingView]) -> Text:
    out = Text()
    for f in findings:
        out.append(f"  {f.points:+4d} ", style=GOOD if f.points >= 0 else BAD)
        out.append(f.label)
        if f.evidence:
            out.append(' "')
            out.append(f.evidence, style="italic")
            out.append('"')
        if f.guidance_title:
            out.append(f"  · {f.guidance_title}", style=MUTED)
        out.append("\n")
    return out


def handling_text(handling: Sequence[Handling], *, until: float | None = None) -> Text:
    out = Text()
    shown = [h for h in handling if until is None or h.t <= until]
    if not shown:
        out.append("no action\n", style=MUTED)
    for h in shown:
        out.append(f"{clock(h.t)} {h.kind}", style="bold")
        if h.route:
            out.append(f" -> {h.route}", style="bold")
        if h.tone is not None:
            out.append(f"  tone {h.tone}", style=GOOD if h.good else BAD)
        out.append("\n")
        if h.text:
            out.append("  ")
            out.append_text(highlighted_reply(h.text, h.findings))
            out.append("\n")
            out.append_text(findings_text(h.findings))
        if h.note:
            out.append("  note: ", style=MUTED)
            out.append(h.note)
            out.append("\n")
    return out


def ghost_text(post: DebriefPost, *, until: float | None = None) -> Text:
    out = Text()
    g = post.ghost
    if g is None:
        out.append("ghost: no comparable drill handled this post\n", style=MUTED)
        return out
    out.append(f"ghost: {g.trainee}", style="bold magenta")
    out.append(f" (drill {g.drill_id}), first response {secs(g.response_s)}\n")
    out.append_text(handling_text(g.actions, until=until))
    return out


def post_detail(post: DebriefPost) -> Text:
    out = Text()
    out.append(f"{post.post_id}  {clock(post.arrived_t)}  {post.channel}  ", style="bold")
    out.append(post.author_handle, style="bold cyan")
    out.append(f" {post.author_name} ({post.followers} followers)\n")
    out.append(post.text)
    out.append("\n\nexpected: ", style="bold")
    out.append(post.expected + "\n")
    out.append("escalation: ", style="bold")
    out.append(post.escalation, style=OUTCOME_STYLE.get(post.escalation, ""))
    out.append(f"   first response {secs(post.response_s)}   composite {post.composite_text}\n")
    for label in post.critical:
        out.append("critical error: ", style=f"bold {BAD}")
        out.append(label + " (this post scores 0 and the drill does not pass)\n")
    out.append("\n")
    out.append("trainee\n", style="bold underline")
    out.append_text(handling_text(post.handling))
    out.append("\n")
    out.append_text(ghost_text(post))
    return out


def lesson_text(lesson: Lesson) -> Text:
    out = Text()
    out.append("+ " if lesson.kind == "well" else "! ", style=GOOD if lesson.kind == "well"
               else BAD)
    out.append(lesson.title, style="bold")
    out.append(f": {lesson.detail}\n")
    out.append(f"    “{lesson.quote}”\n", style="italic")
    out.append(f"    {lesson.guidance_title} · from {source_title(lesson.source)}\n", style=MUTED)
    return out


RESULT_STYLE = {"strong": "green", "fair": "yellow", "weak": "red"}


def missed_text(report: TriageReport, *, limit: int | None = None,
                explain: bool = False) -> Text:
    """The important posts missed, costliest first: who, what they said, what was missed, the
    cost (and, with `explain`, how the cost was made). `limit` shows the first N and "+N more"."""
    out = Text()
    out.append("Missed important posts, costliest first\n", style="bold underline")
    if not report.missed:
        out.append("  none: every important post was answered in time and escalated "
                   "correctly\n" if report.important else "  no important posts\n", style=MUTED)
        return out
    shown = report.missed if limit is None else report.missed[:limit]
    for number, post in enumerate(shown, 1):
        out.append(f"{number:2d}. ", style="bold")
        out.append(post.author_handle, style="bold cyan")
        out.append(f"  {post.post_id}  at {triage_clock(post.arrived_t)}  ")
        out.append(f"cost {post.cost:.0f}\n", style=BAD)
        out.append("    “")
        out.append(post.excerpt, style="italic")
        out.append("”\n")
        for what in post.missed:
            out.append(f"    ✗ {what}\n")
        if explain:
            out.append(f"    {post.cost_text}\n", style=MUTED)
    hidden = len(report.missed) - len(shown)
    if hidden > 0:
        out.append(f"    +{hidden} more (the debrief lists them all)\n", style=MUTED)
    return out


def handled_text(report: TriageReport) -> Text:
    """The important posts handled, in the order the trainee first acted on them."""
    out = Text()
    out.append("Handled important posts, in the order handled\n", style="bold underline")
    if not report.handled:
        out.append("  none\n", style=MUTED)
    for number, post in enumerate(report.handled, 1):
        out.append(f"{number:2d}. {triage_clock(post.first_action_t)} ", style="bold")
        out.append(f"{post.result:<6}", style=RESULT_STYLE.get(post.result, ""))
        # No handle here: at 80 columns one post keeps to one line (the missed list has them).
        out.append(f"  {post.post_id}  arrived {triage_clock(post.arrived_t)}, {post.first_move}\n")
    return out


def verdict_text(score: dict[str, Any]) -> Text:
    """Passed or not, and why: in words and a symbol, not only colour."""
    out = Text()
    lines = verdict_lines(score)
    if not lines:
        return out
    passed = bool(score.get("passed"))
    out.append(("✓ " if passed else "✗ ") + lines[0], style=f"bold {GOOD if passed else BAD}")
    out.append("\n")
    for reason in lines[1:]:
        out.append(f"  • {reason}\n")
    out.append("\n")
    return out


def overview_text(debrief: Debrief) -> Text:
    d = debrief.drill
    out = Text()
    out.append(f"Drill {d.id} · ", style="bold")
    out.append(d.scenario_title or d.scenario_id, style="bold")
    out.append(f" · seed {d.seed} · trainee ")
    out.append(d.trainee, style="bold cyan")
    out.append(f" · {d.status}\n\n")
    if debrief.played_under is not None:
        played = debrief.played_under
        composite = played.get("composite")
        out.append(f"Played under the older scoring v{played['scoring']}"
                   + (f" (composite {composite:.1f} then)" if composite is not None else "")
                   + "; the scores below apply today's rules to its log.\n\n", style=MUTED)
    out.append_text(verdict_text(debrief.score))
    for driver in debrief.drivers:
        style = GOOD if driver.score >= 75 else ("yellow" if driver.score >= 50 else BAD)
        out.append(f"{driver.dimension:<11}", style="bold")
        out.append(f"{driver.score:5.1f}", style=style)
        out.append(f"  (weight {driver.weight:g})\n", style=MUTED)
        for reason in driver.reasons:
            out.append(f"    {reason}\n")
    out.append("\n")
    out.append_text(missed_text(debrief.triage, explain=True))
    out.append("\n")
    out.append_text(handled_text(debrief.triage))
    for kind, title in (("well", "What went well"), ("improve", "What to improve")):
        out.append(f"\n{title}\n", style="bold underline")
        items = [x for x in debrief.lessons if x.kind == kind]
        if not items:
            out.append("  nothing stood out\n", style=MUTED)
        for lesson in items:
            out.append_text(lesson_text(lesson))
    if debrief.notes or debrief.injects:
        out.append("\nNotes and injects\n", style="bold underline")
        for entry in (*debrief.notes, *debrief.injects):
            out.append(f"  {clock(entry.t)} ")
            out.append(entry.summary)
            out.append("\n")
    return out


def timeline_detail(entry: TimelineEntry, post: DebriefPost | None) -> Text:
    out = Text()
    out.append(f"{clock(entry.t)}  {entry.kind}\n", style="bold")
    out.append(entry.summary + "\n\n")
    if post is not None:
        out.append_text(post_detail(post))
    out.append("\nEnter: see the feed at this moment", style=MUTED)
    return out


def confusion_text(debrief: Debrief) -> Text:
    matrix = debrief.confusion
    out = Text()
    if not matrix:
        out.append("no posts\n", style=MUTED)
        return out
    labels = list(next(iter(matrix.values())).keys())
    width = max(8, *(len(x) + 1 for x in labels))
    out.append("expected \\ chosen".ljust(18), style="bold")
    for label in labels:
        out.append(label.rjust(width), style="bold")
    out.append("\n")
    for expected, row in matrix.items():
        out.append(expected.ljust(18), style="bold")
        for label in labels:
            n = row[label]
            style = MUTED if n == 0 else (GOOD if label == expected else BAD)
            out.append(str(n).rjust(width), style=style)
        out.append("\n")
    out.append("\nThe diagonal is right; a post that should have gone somewhere and went to "
               "'none' was missed.\n\n", style=MUTED)
    counts: dict[str, list[str]] = {}
    for post in debrief.posts:
        counts.setdefault(post.escalation, []).append(post.post_id)
    for outcome, ids in sorted(counts.items(), key=lambda item: item[0]):
        out.append(f"{outcome:<12}", style=OUTCOME_STYLE.get(outcome, ""))
        out.append(f"{len(ids):4d}  ")
        if outcome not in ("none_needed", "correct"):
            out.append(" ".join(ids[:8]) + (" …" if len(ids) > 8 else ""))
        out.append("\n")
    return out


def snapshot_header(snap: FeedSnapshot, duration: float, problem: str | None = None) -> Text:
    out = Text()
    out.append(f"{clock(snap.t)} / {clock(duration)}", style="bold")
    out.append(f"   phase {snap.phase}   health {snap.health:.0f}   backlog {snap.backlog}   "
               f"posts {len(snap.rows)}")
    if not snap.exact:
        why = problem or "the scenario played is not at hand"
        out.append(f"   from the log ({why})", style=MUTED)
    return out


def feed_row_detail(row: FeedRow, post: DebriefPost | None, t: float) -> Text:
    out = Text()
    out.append(f"{row.post_id}  {clock(row.arrived_t)}  ", style="bold")
    out.append(row.author_handle, style="bold cyan")
    out.append(f"   {row.likes} likes {row.shares} shares   {row.status}\n")
    out.append(row.text + "\n\n")
    if post is not None:
        out.append(f"trainee up to {clock(t)}\n", style="bold underline")
        out.append_text(handling_text(post.handling, until=t))
        out.append("\n")
        out.append_text(ghost_text(post, until=None))
    return out
