"""The team debrief: every trainee of a session side by side, and every post with who did what.

Everyone in a session played the same scenario and seed, so post ids line up across drills
(scripted posts, the crowd's arrivals and the facilitator's injects come in the same order); a
post that only some drills have (a follow-up triggered by one trainee's reply) shows "–" for the
others. Scores are the ordinary drill scores recomputed from each event log, so an aborted drill
is compared on what it did. One drill per trainee: their latest in the session.

Formats match the single-drill report: md, json, csv and a self-contained html page. Everything
a person typed (names, post texts, notes) is escaped for the format it goes into.
"""

from __future__ import annotations

import html
import json
import statistics
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

from scoring.drill import score_drill
from simulator.debrief import queries
from simulator.debrief.report_md import md_text
from simulator.drill.outcomes import records_from_log, scenario_pass_mark, scenario_weights
from simulator.scenario.model import Scenario
from simulator.session.injects import injects_after
from simulator.session.notes import session_notes
from simulator.session.sessions import TeamSession, require_session, session_drills
from simulator.spreadsheet import render_csv as render_rows
from simulator.store import Store

FORMATS = ("html", "md", "json", "csv")


@dataclass(frozen=True, slots=True)
class Handling:
    """How one trainee handled one post."""

    response_s: float | None
    tone: float | None
    routes: tuple[str, ...]
    hidden: bool
    outcome: str
    needed_reply: bool = True

    def summary(self) -> str:
        bits = []
        if self.hidden:
            bits.append("hidden")
        elif self.response_s is not None:
            tone = f", tone {self.tone:.0f}" if self.tone is not None else ""
            bits.append(f"replied {self.response_s:.0f}s{tone}")
        else:
            bits.append("no reply" if self.needed_reply else "left (no reply needed)")
        if self.routes:
            bits.append("→ " + "+".join(self.routes))
        if self.outcome not in ("correct", "none_needed"):
            bits.append(f"({self.outcome.replace('_', ' ')} escalation)")
        return " ".join(bits)


@dataclass(frozen=True, slots=True)
class TraineeResult:
    trainee: str
    drill_id: int
    status: str
    composite: float
    speed: float
    tone: float
    escalation: float
    posts: int
    answered: int
    missed_escalations: int
    median_response_s: float | None
    notes: tuple[str, ...]
    result: str = ""  # "passed", or "not passed: why" (pass mark, critical errors)


@dataclass(frozen=True, slots=True)
class PostComparison:
    post_id: str
    arrived_at: float
    author: str
    text: str
    expected_route: str
    handling: dict[str, Handling | None]  # trainee → how they handled it (None: never saw it)


@dataclass(frozen=True, slots=True)
class SessionReport:
    session: TeamSession
    scenario_title: str
    trainees: tuple[TraineeResult, ...]
    posts: tuple[PostComparison, ...]
    injects: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "session": {name: getattr(self.session, name) for name in self.session.__slots__},
            "scenario_title": self.scenario_title,
            "trainees": [asdict(t) for t in self.trainees],
            "posts": [{**{k: v for k, v in asdict(p).items() if k != "handling"},
                       "handling": {name: asdict(h) if h else None
                                    for name, h in p.handling.items()}} for p in self.posts],
            "injects": list(self.injects),
        }


def build_session_report(store: Store, code: str, scenario: Scenario) -> SessionReport:
    session = require_session(store, code)
    latest: dict[str, Mapping[str, Any]] = {}
    for row in session_drills(store, session.code):
        latest[row["trainee"]] = row  # ordered by start: the last one wins
    notes: dict[str, list[str]] = {}
    for note in session_notes(store, session.code):
        at = f"{note.t:.0f}s: " if note.t is not None else ""
        notes.setdefault(note.trainee, []).append(at + note.text)
    trainees: list[TraineeResult] = []
    per_post: dict[str, dict[str, Handling]] = {}
    texts: dict[str, tuple[float, str, str, str]] = {}
    weights = scenario_weights(scenario)
    for name, row in latest.items():
        drill_id = int(row["id"])
        records = records_from_log(scenario, queries.events(store, drill_id))
        score = score_drill(records, weights, scenario_pass_mark(scenario))
        outcomes = [str(p.escalation.outcome) for p in score.posts]
        responses = [p.response_s for p in score.posts if p.response_s is not None]
        trainees.append(TraineeResult(
            trainee=name, drill_id=drill_id, status=store.effective_status(row),
            composite=round(score.composite, 1), speed=round(score.speed, 1),
            tone=round(score.tone, 1), escalation=round(score.escalation, 1),
            posts=len(records), answered=sum(1 for r in records if r.first_response_at is not None),
            missed_escalations=outcomes.count("missed"),
            median_response_s=round(statistics.median(responses), 1) if responses else None,
            notes=tuple(notes.get(name, ())),
            result="passed" if score.passed else "not passed: " + "; ".join(score.verdict),
        ))
        for record, post in zip(records, score.posts, strict=True):
            per_post.setdefault(record.post_id, {})[name] = Handling(
                response_s=None if post.response_s is None else round(post.response_s, 1),
                tone=None if post.tone is None else round(post.tone, 1),
                routes=tuple(route for route, _ in record.escalations), hidden=record.hidden,
                outcome=str(post.escalation.outcome), needed_reply=record.needs_reply)
        for post_row in store.query(
                "SELECT post_id, arrived_t, author_handle, text, expect_route FROM posts "
                "WHERE drill_id = ?", (drill_id,)):
            texts.setdefault(post_row["post_id"], (
                float(post_row["arrived_t"] or 0.0), post_row["author_handle"] or "",
                post_row["text"] or "", post_row["expect_route"] or "none"))
    names = [t.trainee for t in trainees]
    posts = [
        PostComparison(post_id, *texts.get(post_id, (0.0, "", "", "none")),
                       handling={name: handled.get(name) for name in names})
        for post_id, handled in per_post.items()
    ]
    posts.sort(key=lambda p: (p.arrived_at, p.post_id))
    trainees.sort(key=lambda t: -t.composite)
    injects = tuple(f"{i.created_at[11:19]} {i.label}" + (f" (to {i.target})" if i.target else "")
                    for i in injects_after(store, session.code))
    return SessionReport(session, scenario.title, tuple(trainees), tuple(posts), injects)


# ---------------------------------------------------------------------------- renderers
def _num(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f}"


def _seconds(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f}s"


def render(report: SessionReport, fmt: str) -> str:
    return {"md": render_markdown, "json": render_json, "csv": render_csv,
            "html": render_html}[fmt](report)


def render_json(report: SessionReport) -> str:
    return json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n"


CSV_COLUMNS = ("session", "post_id", "arrived_s", "author", "expected_route", "trainee",
               "response_s", "tone", "routes", "hidden", "escalation_outcome")


def render_csv(report: SessionReport) -> str:
    """One row per (post, trainee): the long format spreadsheets pivot best. Through the same
    writer and cell guard as the single-drill CSV: a trainee named "=HYPERLINK(...)" or an
    injected author "@=1+1" stays text."""
    rows = []
    for post in report.posts:
        for name, h in post.handling.items():
            rows.append([report.session.code, post.post_id, f"{post.arrived_at:.1f}",
                         post.author, post.expected_route, name,
                         "" if h is None or h.response_s is None else h.response_s,
                         "" if h is None or h.tone is None else h.tone,
                         "" if h is None else "+".join(h.routes),
                         "" if h is None else int(h.hidden),
                         "not seen" if h is None else h.outcome])
    return render_rows(CSV_COLUMNS, rows)


def _status(status: str) -> str:
    """A drill still running has scores so far, not final ones: say so next to them."""
    return "still running (scores so far)" if status == "running" else status


def _clip(text: str, width: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"


def render_markdown(report: SessionReport) -> str:
    s = report.session
    lines = [f"# Team debrief: {md_text(report.scenario_title)}", "",
             f"Session {s.code} · seed {s.seed} · {s.mode} start · {len(report.trainees)} "
             "trainees", "", "## Scores", "",
             "| Trainee | Drill | Score | Speed | Tone | Escalation | Answered | "
             "Missed escalations | Median reply | Result |",
             "|---|---|---:|---:|---:|---:|---:|---:|---:|---|"]
    for t in report.trainees:
        lines.append(f"| {md_text(t.trainee)} | {md_text(_status(t.status))} | "
                     f"{t.composite:.0f} | {t.speed:.0f} | "
                     f"{t.tone:.0f} | {t.escalation:.0f} | {t.answered}/{t.posts} | "
                     f"{t.missed_escalations} | {_seconds(t.median_response_s)} | "
                     f"{md_text(t.result)} |")
    if report.injects:
        lines += ["", "## Injects", ""] + [f"- {md_text(i)}" for i in report.injects]
    noted = [t for t in report.trainees if t.notes]
    if noted:
        lines += ["", "## Observer notes", ""]
        for t in noted:
            lines += [f"- **{md_text(t.trainee)}**: " + "; ".join(md_text(n) for n in t.notes)]
    names = [t.trainee for t in report.trainees]
    lines += ["", "## Post by post", "",
              "| Post | Expected | " + " | ".join(md_text(n) for n in names) + " |",
              "|---|---|" + "---|" * len(names)]
    for p in report.posts:
        cells = [md_text(p.handling[n].summary()) if p.handling.get(n) else "–" for n in names]
        lines.append(f"| {p.arrived_at:.0f}s {md_text(p.author)}: {md_text(_clip(p.text))} | "
                     f"{md_text(p.expected_route)} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def render_html(report: SessionReport) -> str:
    e = html.escape
    s = report.session
    names = [t.trainee for t in report.trainees]
    score_rows = "".join(
        f"<tr><td>{e(t.trainee)}</td><td>{e(_status(t.status))}</td><td>{t.composite:.0f}</td>"
        f"<td>{t.speed:.0f}</td>"
        f"<td>{t.tone:.0f}</td><td>{t.escalation:.0f}</td><td>{t.answered}/{t.posts}</td>"
        f"<td>{t.missed_escalations}</td><td>{_seconds(t.median_response_s)}</td>"
        f"<td>{e(t.result)}</td>"
        f"<td>{'<br>'.join(e(n) for n in t.notes)}</td></tr>" for t in report.trainees)
    post_rows = "".join(
        f"<tr><td>{p.arrived_at:.0f}s</td><td>{e(p.author)}</td><td>{e(p.text)}</td>"
        f"<td>{e(p.expected_route)}</td>"
        + "".join(f"<td>{e(p.handling[n].summary()) if p.handling.get(n) else '–'}</td>"
                  for n in names) + "</tr>" for p in report.posts)
    injects = "".join(f"<li>{e(i)}</li>" for i in report.injects)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Team debrief {e(s.code)}: {e(report.scenario_title)}</title>
<style>body{{font-family:system-ui,sans-serif;margin:2rem;}}table{{border-collapse:collapse;}}
td,th{{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top;}}th{{background:#f3f3f3;}}
</style></head><body>
<h1>Team debrief: {e(report.scenario_title)}</h1>
<p>Session {e(s.code)} · seed {s.seed} · {e(s.mode)} start · {len(names)} trainees</p>
<h2>Scores</h2><table><tr><th>Trainee</th><th>Drill</th><th>Score</th><th>Speed</th><th>Tone</th>
<th>Escalation</th><th>Answered</th><th>Missed escalations</th><th>Median reply</th><th>Result</th>
<th>Observer notes</th></tr>{score_rows}</table>
<h2>Injects</h2><ul>{injects or '<li>none</li>'}</ul>
<h2>Post by post</h2><table><tr><th>At</th><th>Author</th><th>Post</th><th>Expected</th>
{''.join(f'<th>{e(n)}</th>' for n in names)}</tr>{post_rows}</table>
</body></html>
"""
