"""The debrief as one self-contained HTML file a facilitator can mail or project.

No scripts, fonts, images or stylesheets from elsewhere: the CSS is inline and the charts are inline
SVG. Every piece of text that came from a person or the crowd (replies, posts, names, notes) goes
through `html.escape` (`_e`), so `<script>` typed into a reply is shown, never run. Tone findings
are highlighted on the reply by splitting it at the finding spans and escaping each piece.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from scoring.guidance import source_title
from simulator.debrief.model import Debrief, DebriefPost, FindingView, Handling, verdict_lines
from simulator.debrief.timeseries import Bucket
from simulator.debrief.triage_report import clock

CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;
max-width:70rem;padding:0 1rem;color:#1d2433;line-height:1.45}
h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:1px solid #ccd;padding-bottom:.2rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}
td,th{border:1px solid #d5d9e2;padding:.3rem .45rem;vertical-align:top;text-align:left}
th{background:#f1f3f8}.num{text-align:right}.scores td.num{font-size:1.3rem;font-weight:600}
.well{border-left:4px solid #2e8b57;padding-left:.7rem;margin:.6rem 0}
.improve{border-left:4px solid #c0392b;padding-left:.7rem;margin:.6rem 0}
blockquote{margin:.3rem 0 .3rem 1rem;color:#4a5468;font-style:italic}
mark.plus{background:#c8f2d4}mark.minus{background:#ffd0cc}
.outcome-correct,.outcome-none_needed{color:#2e7d32}.outcome-missed,.outcome-wrong_team{color:#c0392b}
.outcome-late,.outcome-needless{color:#b9770e}.muted{color:#6b7488}.chart{margin:.4rem 0 1rem}
.reply{white-space:pre-wrap}pre{white-space:pre-wrap}
"""


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _secs(value: float | None) -> str:
    return "-" if value is None else f"{value:.0f}s"


def highlighted(text: str, findings: Sequence[FindingView]) -> str:
    """The reply with each finding's evidence in a <mark>; everything escaped."""
    spans = sorted(
        (f for f in findings if f.span and 0 <= f.span[0] < f.span[1] <= len(text)),
        key=lambda f: f.span[0],  # type: ignore[index]
    )
    out, pos = [], 0
    for f in spans:
        start, end = f.span  # type: ignore[misc]
        if start < pos:
            continue  # overlapping evidence: the first one wins
        out.append(_e(text[pos:start]))
        cls = "plus" if f.points >= 0 else "minus"
        out.append(f'<mark class="{cls}" title="{_e(f.label)} ({f.points:+d})">'
                   f"{_e(text[start:end])}</mark>")
        pos = end
    out.append(_e(text[pos:]))
    return "".join(out)


# One colour per line of a chart with several (the team debrief: one line per trainee); the
# first is the single-drill chart's blue. Past the last the colours repeat, and the legend
# still names every line.
LINE_COLOURS = ("#3567c5", "#c0392b", "#2e8b57", "#b9770e", "#7d3c98", "#17a2b8", "#5d6d7e",
                "#d35400")


LEGEND_W = 120  # pixels per name in a chart's legend


def _legend_label(label: str, width: int = 16) -> str:
    return label if len(label) <= width else label[: width - 1] + "…"


@dataclass(frozen=True, slots=True)
class ChartLine:
    """One line of a chart: its own buckets (an aborted drill has fewer) and a value for each."""

    label: str
    series: Sequence[Bucket]
    values: Sequence[float | None]


def line_chart(series: Sequence[Bucket], values: Sequence[float | None], title: str,
               unit: str = "", *, width: int = 640, height: int = 120) -> str:
    """An inline SVG polyline over drill time; gaps where a value is missing."""
    return lines_chart([ChartLine("", series, values)], title, unit, width=width, height=height)


def lines_chart(lines: Sequence[ChartLine], title: str, unit: str = "", *, width: int = 640,
                height: int = 120, end_label: Callable[[float], str] = lambda end: f"{end:.0f}s",
                ) -> str:
    """Several polylines over drill time on one scale, each in its colour, named in a legend
    under the title when it has a label (a single unlabelled line draws no legend)."""
    pad_l, pad_b = 40, 20
    labelled = [line for line in lines if line.label]
    per_row = max(1, (width - pad_l) // LEGEND_W)
    legend_h = 14 * -(-len(labelled) // per_row)  # rows of legend under the title
    height += legend_h
    pad_t = 18 + legend_h
    present = [v for line in lines for v in line.values if v is not None]
    top = max(present, default=0.0) or 1.0
    end = max((line.series[-1].end for line in lines if line.series), default=1.0)
    plot_w, plot_h = width - pad_l - 10, height - pad_b - pad_t

    def xy(series: Sequence[Bucket], i: int, v: float) -> str:
        mid = (series[i].start + series[i].end) / 2
        return f"{pad_l + mid / end * plot_w:.1f},{pad_t + plot_h - v / top * plot_h:.1f}"

    drawn = []
    for number, line in enumerate(lines):
        colour = LINE_COLOURS[number % len(LINE_COLOURS)]
        segments: list[list[str]] = []
        current: list[str] = []
        for i, v in enumerate(line.values):
            if v is None:
                if current:
                    segments.append(current)
                current = []
            else:
                current.append(xy(line.series, i, v))
        if current:
            segments.append(current)
        drawn.append("".join(
            f'<polyline fill="none" stroke="{colour}" stroke-width="2" points="{" ".join(s)}"/>'
            for s in segments))
        drawn.append("".join(
            f'<circle r="2.5" fill="{colour}" cx="{p.split(",")[0]}" cy="{p.split(",")[1]}"/>'
            for s in segments if len(s) == 1 for p in s))
    legend = "".join(
        f'<text x="{pad_l + LEGEND_W * (n % per_row)}" y="{26 + 14 * (n // per_row)}" '
        f'font-size="11" fill="{LINE_COLOURS[number % len(LINE_COLOURS)]}">'
        f"■ {_e(_legend_label(line.label))}</text>"
        for n, (number, line) in enumerate((i, x) for i, x in enumerate(lines) if x.label))
    return (
        f'<svg class="chart" role="img" aria-label="{_e(title)}" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">'
        f'<text x="{pad_l}" y="12" font-size="12" fill="#1d2433">{_e(title)}</text>{legend}'
        f'<line x1="{pad_l}" y1="{pad_t + plot_h}" x2="{width - 10}" y2="{pad_t + plot_h}" '
        'stroke="#99a"/>'
        f'<line x1="{pad_l}" y1="{pad_t}" x2="{pad_l}" y2="{pad_t + plot_h}" stroke="#99a"/>'
        f'<text x="{pad_l - 4}" y="{pad_t + 8}" font-size="10" text-anchor="end">'
        f"{top:.0f}{_e(unit)}</text>"
        f'<text x="{pad_l - 4}" y="{pad_t + plot_h}" font-size="10" text-anchor="end">0</text>'
        f'<text x="{width - 10}" y="{height - 4}" font-size="10" text-anchor="end">'
        f"{_e(end_label(end))}</text>{''.join(drawn)}</svg>"
    )


def render_html(debrief: Debrief) -> str:
    d = debrief.drill
    title = f"Debrief: drill {d.id}, {d.scenario_title or d.scenario_id}"
    parts = [
        "<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title><style>{CSS}</style></head><body>",
        f"<h1>{_e(title)}</h1>",
        f'<p class="muted">Trainee <b>{_e(d.trainee)}</b>'
        + (f", team {_e(d.team)}" if d.team else "")
        + f" · scenario <code>{_e(d.scenario_id)}</code> · seed {_e(d.seed)} · "
        f"{d.duration:.0f}s · started {_e(d.started_at)} · status {_e(d.status)}</p>",
        _scores(debrief), _triage(debrief), _lessons(debrief), _confusion(debrief),
        _charts(debrief), _notes(debrief), _posts(debrief), _timeline(debrief),
        '<p class="muted">Generated by crisis-drill.</p></body></html>',
    ]
    return "\n".join(p for p in parts if p)


def _scores(debrief: Debrief) -> str:
    rows = "".join(
        f'<tr><th>{_e(dr.dimension)}</th><td class="num">{dr.score:.1f}</td>'
        f'<td class="num">{dr.weight:g}</td><td>{"<br>".join(_e(r) for r in dr.reasons)}</td></tr>'
        for dr in debrief.drivers
    )
    verdict = verdict_lines(debrief.score)
    head = (f"<p><b>{_e(verdict[0])}</b></p>" if verdict else "") + (
        "<ul>" + "".join(f"<li>{_e(line)}</li>" for line in verdict[1:]) + "</ul>"
        if len(verdict) > 1 else "")
    return (f'<h2>Scores</h2>{head}<table class="scores"><tr><th>dimension</th><th>score</th>'
            f"<th>weight</th><th>what drove it</th></tr>{rows}</table>")


def _triage(debrief: Debrief) -> str:
    """Both lists of `triage_report`, as the debrief screen shows them."""
    report = debrief.triage
    if report.missed:
        items = "".join(
            f'<li><b>{_e(m.author_handle)}</b> <code>{_e(m.post_id)}</code> at '
            f"{clock(m.arrived_t)}, cost <b>{m.cost:.0f}</b>: “{_e(m.excerpt)}”"
            f"<br>{'<br>'.join(_e(w) for w in m.missed)}"
            f'<br><span class="muted">{_e(m.cost_text)}</span></li>'
            for m in report.missed)
        missed = f"<ol>{items}</ol>"
    else:
        missed = ('<p class="muted">None.</p>' if report.important
                  else '<p class="muted">No important posts.</p>')
    if report.handled:
        rows = "".join(
            f'<tr><td class="num">{n}</td><td class="num">{clock(h.first_action_t)}</td>'
            f"<td><code>{_e(h.post_id)}</code></td><td>{_e(h.author_handle)}</td>"
            f'<td class="num">{clock(h.arrived_t)}</td><td>{_e(h.first_move)}</td>'
            f"<td>{_e(h.result)}</td></tr>"
            for n, h in enumerate(report.handled, 1))
        handled = ("<table><tr><th>#</th><th>first action</th><th>post</th><th>author</th>"
                   "<th>arrived</th><th>first response</th><th>result</th></tr>"
                   f"{rows}</table>")
    else:
        handled = '<p class="muted">None.</p>'
    return (f"<h2>Missed important posts, costliest first</h2>{missed}"
            f"<h2>Handled important posts, in the order handled</h2>{handled}")


def _lessons(debrief: Debrief) -> str:
    out = []
    for kind, heading in (("well", "What went well"), ("improve", "What to improve")):
        out.append(f"<h2>{heading}</h2>")
        items = [x for x in debrief.lessons if x.kind == kind]
        if not items:
            out.append('<p class="muted">Nothing stood out.</p>')
        for x in items:
            out.append(
                f'<div class="{kind}"><b>{_e(x.title)}</b>: {_e(x.detail)}'
                f"<blockquote>“{_e(x.quote)}”</blockquote>"
                f'<span class="muted">{_e(x.guidance_title)} · from '
                f"{_e(source_title(x.source))}</span></div>"
            )
    return "".join(out)


def _confusion(debrief: Debrief) -> str:
    matrix = debrief.confusion
    if not matrix:
        return ""
    labels = list(next(iter(matrix.values())).keys())
    head = "".join(f"<th>{_e(x)}</th>" for x in labels)
    rows = "".join(
        f"<tr><th>{_e(expected)}</th>"
        + "".join(f'<td class="num">{chosen[x]}</td>' for x in labels) + "</tr>"
        for expected, chosen in matrix.items()
    )
    return ("<h2>Escalation: expected × chosen</h2><table><tr><th>expected \\ chosen</th>"
            f"{head}</tr>{rows}</table>")


def _charts(debrief: Debrief) -> str:
    s = list(debrief.series)
    if not s:
        return ""
    return "".join([
        "<h2>Over time</h2>",
        line_chart(s, [float(b.backlog) for b in s], "Backlog (posts waiting)"),
        line_chart(s, [b.mean_response_s for b in s], "First response time", "s"),
        line_chart(s, [b.health for b in s], "Brand health"),
        line_chart(s, [b.pace for b in s], "Pace (arrivals per minute)"),
    ])


def _notes(debrief: Debrief) -> str:
    entries = [*debrief.notes, *debrief.injects]
    if not entries:
        return ""
    items = "".join(f"<li>{e.t:.0f}s {_e(e.summary)}</li>" for e in entries)
    return f"<h2>Notes and injects</h2><ul>{items}</ul>"


def _timeline(debrief: Debrief) -> str:
    """Every moment of the drill, folded away (a <details> needs no script)."""
    rows = "".join(
        f"<tr><td class=\"num\">{e.t:.0f}s</td><td>{_e(e.kind)}</td>"
        f"<td><code>{_e(e.post_id or '')}</code></td><td>{_e(e.summary)}</td></tr>"
        for e in debrief.timeline
    )
    return (f"<h2>Timeline</h2><details><summary>{len(debrief.timeline)} moments: arrivals, "
            "replies, escalations, threshold crossings, follow-ups, phase changes</summary>"
            f"<table><tr><th>time</th><th>what</th><th>post</th><th>detail</th></tr>{rows}"
            "</table></details>")


def _handling(h: Handling) -> str:
    head = _e(h.kind) + (f" → {_e(h.route)}" if h.route else "") + f" at {h.t:.0f}s"
    if h.tone is not None:
        head += f", tone {h.tone}"
    body = ""
    if h.text:
        body = f'<div class="reply">{highlighted(h.text, h.findings)}</div>'
        if h.findings:
            body += "<ul>" + "".join(
                f"<li>{f.points:+d} {_e(f.label)}"
                + (f" · <em>{_e(f.guidance_title)}</em>" if f.guidance_title else "") + "</li>"
                for f in h.findings) + "</ul>"
    if h.note:
        body += f'<div class="muted">note: {_e(h.note)}</div>'
    return f"<div>{head}{body}</div>"


def _post(p: DebriefPost) -> str:
    handled = "".join(_handling(h) for h in p.handling) or '<span class="muted">no action</span>'
    ghost = '<span class="muted">-</span>'
    if p.ghost is not None:
        g = p.ghost
        ghost = (f"<b>{_e(g.trainee)}</b>, first response {_secs(g.response_s)}<br>"
                 + ("".join(_handling(h) for h in g.actions) or "no action"))
    return (
        f'<tr id="post-{_e(p.post_id)}"><td><code>{_e(p.post_id)}</code><br>{p.arrived_t:.0f}s'
        f"<br>{_e(p.channel)}</td>"
        f"<td><b>{_e(p.author_handle)}</b> {_e(p.author_name)}<br>{_e(p.text)}</td>"
        f"<td>{_e(p.expected)}</td><td>{handled}</td>"
        f'<td class="num">{_secs(p.response_s)}</td>'
        f'<td class="outcome-{_e(p.escalation)}">{_e(p.escalation)}</td>'
        f'<td class="num">{p.composite_text}</td><td>{ghost}</td></tr>'
    )


def _posts(debrief: Debrief) -> str:
    intro = ""
    if debrief.ghost_drill:
        g = debrief.ghost_drill
        intro = (f'<p class="muted">Ghost: drill {_e(g["drill_id"])} by {_e(g["trainee"])} '
                 f"(composite {float(g['composite']):.1f}), the best run of the same scenario "
                 "and seed.</p>")
    rows = "".join(_post(p) for p in debrief.posts)
    return (f"<h2>Posts</h2>{intro}<table><tr><th>post</th><th>post text</th><th>expected</th>"
            "<th>handling and tone findings</th><th>response</th><th>escalation</th>"
            f"<th>composite</th><th>ghost</th></tr>{rows}</table>")
