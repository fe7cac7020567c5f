"""The team debrief as Markdown, for a team wiki: scores, the drills over time as sparklines,
injects and notes at their drill times, the storyline post by post with every reply and its tone
findings, then the crowd in a section of its own.

Text people typed goes through the single-drill report's `md_text` (entities for HTML, backslashes
for Markdown, no pipes or newlines in a table cell).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from simulator.debrief.report_md import md_text, spark
from simulator.debrief.timeseries import Bucket
from simulator.debrief.triage_report import clock
from simulator.team.report import (
    CROWD,
    STORYLINE,
    PostComparison,
    SessionReport,
    TraineeResult,
    clip,
    only_in,
    seconds,
    status_text,
)

SERIES: tuple[tuple[str, Callable[[Bucket], float | None]], ...] = (
    ("backlog", lambda b: float(b.backlog)),
    ("response", lambda b: b.mean_response_s),
    ("health", lambda b: b.health),
    ("pace", lambda b: b.pace),
)


def render_markdown(report: SessionReport) -> str:
    s = report.session
    lines = [f"# Team debrief: {md_text(report.scenario_title)}", "",
             f"Session {s.code} · seed {s.seed} · {s.mode} start · {len(report.trainees)} "
             "trainees · times are drill time (m:ss)", "", "## Scores", "",
             "| Trainee | Drill | Score | Speed | Tone | Escalation | Answered | "
             "Missed escalations | Median reply | Result |",
             "|---|---|---:|---:|---:|---:|---:|---:|---:|---|"]
    for t in report.trainees:
        lines.append(f"| {md_text(t.trainee)} | {md_text(status_text(t.status))} | "
                     f"{t.composite:.0f} | {t.speed:.0f} | "
                     f"{t.tone:.0f} | {t.escalation:.0f} | {t.answered}/{t.posts} | "
                     f"{t.missed_escalations} | {seconds(t.median_response_s)} | "
                     f"{md_text(t.result)} |")
    lines += ["", "## Over time", "", *_charts(report.trainees)]
    if report.injects:
        lines += ["", "## Injects", ""] + [f"- {md_text(i.summary)}" for i in report.injects]
    if report.notes:
        lines += ["", "## Observer notes", ""]
        lines += [f"- {n.at} **{md_text(n.trainee)}**: {md_text(n.text)}"
                  + (f" ({md_text(n.author)})" if n.author else "") for n in report.notes]
    names = [t.trainee for t in report.trainees]
    storyline, crowd = report.section(STORYLINE), report.section(CROWD)
    lines += ["", "## The storyline, post by post", "",
              "Scripted posts, their follow-ups and the injects, in the order they arrived.",
              "", *_table(storyline, names), *_replies(storyline, "### Replies and tone "
                                                                 "findings: the storyline")]
    lines += ["", "## The crowd", "",
              f"{len(crowd)} posts from the generated crowd and its reactions (a reaction "
              "answers one trainee's reply, so it is in that trainee's drill only).", "",
              *_table(crowd, names), *_replies(crowd, "### Replies and tone findings: "
                                                      "the crowd")]
    return "\n".join(lines) + "\n"


def _charts(trainees: Sequence[TraineeResult]) -> list[str]:
    """The single-drill report's sparklines, one line per trainee and measure."""
    drawn = [t for t in trainees if t.series]
    if not drawn:
        return ["(no data)"]
    size = drawn[0].series[0].end - drawn[0].series[0].start
    labels = {t.trainee: _code_text(t.trainee) for t in drawn}
    width = max(len(label) for label in labels.values())
    out = [f"One character per {size:.0f}s.", "", "```"]
    for name, value in SERIES:
        for t in drawn:
            out.append(f"{name:<9} {labels[t.trainee]:<{width}}  "
                       f"{spark([value(b) for b in t.series])}")
    return [*out, "```"]


def _code_text(name: str, width: int = 30) -> str:
    """A name inside a fenced code block, shown as typed: one line, no backtick that could end
    the block (names are printable already: no control characters)."""
    return " ".join(name.split()).replace("`", "'")[:width]


def _cell(post: PostComparison, name: str) -> str:
    h = post.handling.get(name)
    if h is None:
        return "–"
    text = h.summary()
    if clock(h.arrived_t) != clock(post.arrived_at):
        text = f"(arrived {clock(h.arrived_t)}) {text}"
    return md_text(text)


def _table(posts: Sequence[PostComparison], names: Sequence[str]) -> list[str]:
    if not posts:
        return ["(none)"]
    lines = ["| At | Post | Expected | " + " | ".join(md_text(n) for n in names) + " |",
             "|---:|---|---|" + "---|" * len(names)]
    for p in posts:
        about = " · ".join(bit for bit in (p.label or p.kind, only_in(p)) if bit)
        lines.append(f"| {clock(p.arrived_at)} | {md_text(p.author)}: {md_text(clip(p.text))} "
                     f"({md_text(about)}) | {md_text(p.expected_route)} | "
                     + " | ".join(_cell(p, n) for n in names) + " |")
    return lines


def _replies(posts: Sequence[PostComparison], heading: str) -> list[str]:
    """Every reply in full with its tone findings, post by post, trainee by trainee."""
    out: list[str] = []
    for p in posts:
        for name, h in p.handling.items():
            for reply in h.replies if h is not None else ():
                if not out:
                    out = ["", heading, ""]
                out.append(f"- **{md_text(p.row)}** {md_text(p.author)}, "
                           f"**{md_text(name)}** at {clock(reply.t)}, tone {reply.tone}: "
                           f"{md_text(reply.text)}")
                for f in reply.findings:
                    evidence = f' "{md_text(f.evidence)}"' if f.evidence else ""
                    out.append(f"  - {f.points:+d} {md_text(f.label)}{evidence}")
    return out
