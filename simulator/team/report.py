"""The team debrief: every trainee of a session side by side, and every post with who did what.

Each trainee's part is their ordinary single-drill debrief (`simulator.debrief.model`), built from
their latest drill of the session: the same scores, reply texts, tone findings and charts their
own report shows, so the team report cannot disagree with it. An aborted drill is compared on
what it did.

Rows only ever compare the same post. Scripted posts and scripted follow-ups (`s:` ids) are the
same post in every drill; so is the crowd's arrival `g-0007` when its author and text match. But
the crowd's reactions (`r-`, `v-`) and the injected posts (`i-`) are numbered per drill: `r-0001`
is whatever first reacted to *that* trainee. So a row is keyed by id, author and text, and an
injected post by the session inject (or the scenario's scheduled inject) that made it: a post
only one trainee got is a row of its own, with "–" for everyone else.

The storyline (scripted and injected posts) comes first; the crowd (`g-`, `r-`, `v-`) after it,
folded away in HTML. Every stamp is drill time (m:ss on the drill's clock); a response time is a
duration in seconds.

Formats match the single-drill report: md, json, csv and a self-contained html page
(`simulator.team.report_md`, `report_html`). Everything a person typed (names, post texts,
replies, notes) is escaped for the format it goes into.
"""

from __future__ import annotations

import json
import statistics
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any, cast

from simulator.debrief.model import Debrief, DebriefPost, build_debrief, verdict_lines
from simulator.debrief.model import Handling as ActionView
from simulator.debrief.timeseries import Bucket
from simulator.debrief.triage_report import clock
from simulator.drill.events import EventKind, InjectData
from simulator.drill.outcomes import records_from_log
from simulator.scenario.model import NO_ROUTE, Scenario
from simulator.spreadsheet import render_csv as render_rows
from simulator.store import Store
from simulator.team.injects import Inject, injects_after
from simulator.team.notes import session_notes
from simulator.team.sessions import TeamSession, require_session, session_drills

FORMATS = ("html", "md", "json", "csv")
STORYLINE, CROWD = "storyline", "crowd"
STORYLINE_IDS = ("s:", "i-")  # scripted posts and follow-ups, injected posts
GOOD_OUTCOMES = ("correct", "none_needed", "not_judged")
RESPONSES = ("reply", "dm")


@dataclass(frozen=True, slots=True)
class Handling:
    """How one trainee handled one post: their own id for it, when it reached them, and every
    action they took on it (reply texts with their tone findings)."""

    post_id: str
    arrived_t: float
    response_s: float | None
    tone: float | None
    routes: tuple[str, ...]
    hidden: bool
    outcome: str
    needed_reply: bool = True
    left: bool = False  # a real `leave` action: the trainee chose to leave it alone
    critical: tuple[str, ...] = ()
    crossed_t: float | None = None  # when it crossed the reach threshold in this drill
    actions: tuple[ActionView, ...] = ()

    @property
    def replies(self) -> tuple[ActionView, ...]:
        """The scored public replies and DMs, in the order written."""
        return tuple(a for a in self.actions
                     if a.kind in RESPONSES and a.text is not None and a.tone is not None)

    def summary(self) -> str:
        """`replied after 12s, tone 82 → pr`, `left alone`, `no reply`, `no action`...

        Only a real `leave` is "left alone": a post nobody touched is "no reply" when it needed
        one and "no action" when it did not."""
        bits = []
        first = next((a for a in self.actions if a.kind in RESPONSES and a.tone is not None),
                     None)
        if self.hidden:
            bits.append("hidden")
        elif self.response_s is not None:
            tone = f", tone {self.tone:.0f}" if self.tone is not None else ""
            verb = "moved to DM" if first is not None and first.kind == "dm" else "replied"
            bits.append(f"{verb} after {self.response_s:.0f}s{tone}")
        elif self.left:
            bits.append("left alone")
        elif self.needed_reply:
            bits.append("no reply")
        elif not self.routes:
            bits.append("no action")
        if self.routes:
            bits.append(("→ " if bits else "escalated → ") + "+".join(self.routes))
        if self.outcome not in GOOD_OUTCOMES:
            crossed = ""  # a post that went viral while it waited must go to PR: say when
            if self.crossed_t is not None and self.crossed_t > self.arrived_t:
                crossed = f": it crossed the reach threshold at {clock(self.crossed_t)}"
            bits.append(f"({self.outcome.replace('_', ' ')} escalation{crossed})")
        if self.critical:
            bits.append("✗ critical: " + ", ".join(self.critical))
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
    notes: tuple[str, ...]  # "m:ss: text", the observer's notes on this trainee
    result: str = ""  # "passed", or "not passed: why" (pass mark, critical errors)
    series: tuple[Bucket, ...] = ()  # the drill over time, as their own debrief charts it


@dataclass(frozen=True, slots=True)
class PostComparison:
    row: str  # unique in the report: the post id, `inject-3`, `scheduled-0`, or `r-0001#2`
    post_id: str  # the id the first drill that got it gave it
    section: str  # STORYLINE (scripted and injected posts) or CROWD
    kind: str  # scripted, follow-up, inject, scheduled inject, crowd, reaction
    arrived_at: float  # the earliest drill time it arrived at
    author: str
    text: str
    expected_route: str
    handling: dict[str, Handling | None]  # trainee → how they handled it (None: never got it)
    label: str = ""  # for an injected post: the inject that made it

    @property
    def seen_by(self) -> tuple[str, ...]:
        return tuple(name for name, h in self.handling.items() if h is not None)


@dataclass(frozen=True, slots=True)
class InjectLine:
    """A facilitator's inject (or one the scenario schedules), at the drill times it reached
    each trainee."""

    label: str
    inject_id: int | None  # the session inject; None for a scheduled one
    target: str | None
    sent_at: str | None  # wall clock (UTC) it was sent; None for a scheduled one
    reached: dict[str, float]  # trainee → drill time it reached their drill

    @property
    def at(self) -> str:
        """`3:20`, `3:20–3:24` when the drills got it at different times, or `not delivered`
        for one sent when no drill was running."""
        if not self.reached:
            return "not delivered"
        first, last = clock(min(self.reached.values())), clock(max(self.reached.values()))
        return first if first == last else f"{first}–{last}"

    @property
    def summary(self) -> str:
        what = self.label if self.inject_id is not None else f"{self.label} (scheduled)"
        what += f" (to {self.target})" if self.target else ""
        if not self.reached:
            return f"{what}: not delivered (no drill of the session was running when it was sent)"
        return f"{self.at} {what}"


@dataclass(frozen=True, slots=True)
class NoteLine:
    trainee: str
    t: float | None  # the trainee's drill time; None when they had no drill yet
    author: str | None
    text: str

    @property
    def at(self) -> str:
        return clock(self.t) if self.t is not None else "before their drill"


@dataclass(frozen=True, slots=True)
class SessionReport:
    session: TeamSession
    scenario_title: str
    trainees: tuple[TraineeResult, ...]
    posts: tuple[PostComparison, ...]
    injects: tuple[InjectLine, ...]
    notes: tuple[NoteLine, ...] = field(default=())

    def section(self, name: str) -> tuple[PostComparison, ...]:
        return tuple(p for p in self.posts if p.section == name)

    def to_dict(self) -> dict[str, Any]:
        return {
            "session": {name: getattr(self.session, name) for name in self.session.__slots__},
            "scenario_title": self.scenario_title,
            "trainees": [asdict(t) for t in self.trainees],
            "posts": [{**{k: v for k, v in asdict(p).items() if k != "handling"},
                       "arrived": clock(p.arrived_at),
                       "handling": {name: _handling_dict(h) for name, h in p.handling.items()}}
                      for p in self.posts],
            "injects": [{"label": i.label, "inject_id": i.inject_id, "target": i.target,
                         "sent_at": i.sent_at, "at": i.at if i.reached else None,
                         "reached": i.reached}
                        for i in self.injects],
            "notes": [{"trainee": n.trainee, "t": n.t, "at": n.at, "author": n.author,
                       "text": n.text} for n in self.notes],
        }


def _handling_dict(h: Handling | None) -> dict[str, Any] | None:
    if h is None:
        return None
    return {**asdict(h), "arrived": clock(h.arrived_t), "summary": h.summary(),
            "actions": [{**a.to_dict(), "at": clock(a.t)} for a in h.actions]}


# ---------------------------------------------------------------------------- building
def build_session_report(store: Store, code: str, scenario: Scenario) -> SessionReport:
    session = require_session(store, code)
    latest: dict[str, Mapping[str, Any]] = {}
    for row in session_drills(store, session.code):
        latest[row["trainee"]] = row  # ordered by start: the last one wins
    notes = tuple(NoteLine(n.trainee, n.t, n.author, n.text)
                  for n in session_notes(store, session.code))
    sent = {i.id: i for i in injects_after(store, session.code)}
    debriefs = {name: build_debrief(store, int(row["id"]), scenario=scenario, with_ghost=False)
                for name, row in latest.items()}
    trainees = sorted(
        (_result(name, store.effective_status(row), debriefs[name], scenario,
                 [n for n in notes if n.trainee == name])
         for name, row in latest.items()),
        key=lambda t: -t.composite)
    names = [t.trainee for t in trainees]
    posts = _compare(names, debriefs, sent, scenario)
    return SessionReport(session, scenario.title, tuple(trainees), posts,
                         _injects(debriefs, sent, scenario), notes)


def _result(name: str, status: str, debrief: Debrief, scenario: Scenario,
            notes: Sequence[NoteLine]) -> TraineeResult:
    drivers = {d.dimension: d.score for d in debrief.drivers}
    records = records_from_log(scenario, debrief.events)
    responses = [p.response_s for p in debrief.posts if p.response_s is not None]
    verdict = verdict_lines(debrief.score)
    return TraineeResult(
        trainee=name, drill_id=debrief.drill.id, status=status,
        composite=debrief.composite, speed=drivers.get("speed", 0.0),
        tone=drivers.get("tone", 0.0), escalation=drivers.get("escalation", 0.0),
        posts=len(records), answered=sum(1 for r in records if r.first_response_at is not None),
        missed_escalations=sum(1 for p in debrief.posts if p.escalation == "missed"),
        median_response_s=round(statistics.median(responses), 1) if responses else None,
        notes=tuple(f"{n.at}: {n.text}" for n in notes),
        result="passed" if debrief.score.get("passed") else
        "not passed: " + "; ".join(verdict[1:] or verdict),
        series=debrief.series,
    )


def _injected_keys(debrief: Debrief) -> dict[str, tuple[str, int]]:
    """Post id → the inject that made it: ("inject", session inject id) or ("scheduled", index
    in the scenario's list). Injected ids are numbered per drill, these are not."""
    keys: dict[str, tuple[str, int]] = {}
    for event in debrief.events:
        if event.kind != EventKind.INJECT or not event.post_id:
            continue
        data = cast(InjectData, event.data)
        if (ref := data.get("inject_id")) is not None:
            keys[event.post_id] = ("inject", int(ref))
        elif (index := data.get("scheduled")) is not None:
            keys[event.post_id] = ("scheduled", int(index))
    return keys


def _kind(post: DebriefPost, injected: tuple[str, int] | None) -> str:
    if injected is not None:
        return "inject" if injected[0] == "inject" else "scheduled inject"
    if post.source == "scripted":
        return "follow-up" if post.parent_id else "scripted"
    return "reaction" if post.source == "reaction" else post.source or "crowd"


def _handling(post: DebriefPost) -> Handling:
    kinds = {a.kind for a in post.handling}
    return Handling(
        post_id=post.post_id, arrived_t=post.arrived_t,
        response_s=None if post.response_s is None else round(post.response_s, 1),
        tone=None if post.tone is None else round(post.tone, 1),
        routes=post.escalated_to, hidden="hide" in kinds, outcome=post.escalation,
        needed_reply=post.needs_reply, left="leave" in kinds, critical=post.critical,
        crossed_t=post.threshold_t, actions=post.handling)


@dataclass
class _Row:
    first: DebriefPost
    kind: str
    label: str
    expected_route: str  # what the post itself asks for (a crossed threshold adds a route)
    handling: dict[str, Handling] = field(default_factory=dict)


def _compare(names: Sequence[str], debriefs: Mapping[str, Debrief], sent: Mapping[int, Inject],
             scenario: Scenario) -> tuple[PostComparison, ...]:
    rows: dict[tuple[Any, ...], _Row] = {}
    for name in names:
        debrief = debriefs[name]
        injected = _injected_keys(debrief)
        asked = {e.post_id: str(e.data.get("expected_route") or NO_ROUTE)
                 for e in debrief.events if e.kind == EventKind.POST_ARRIVED}
        for post in debrief.posts:
            made_by = injected.get(post.post_id)
            key: tuple[Any, ...] = made_by or ("post", post.post_id, post.author_handle,
                                               post.text)
            if key not in rows:
                rows[key] = _Row(post, _kind(post, made_by),
                                 _inject_label(made_by, sent, scenario),
                                 asked.get(post.post_id, NO_ROUTE))
            rows[key].handling[name] = _handling(post)
    ordered = sorted(rows.items(), key=lambda item: (
        _section(item[1].first) != STORYLINE,
        min(h.arrived_t for h in item[1].handling.values()), item[1].first.post_id))
    shared: dict[str, int] = {}
    for _, row in ordered:
        shared[row.first.post_id] = shared.get(row.first.post_id, 0) + 1
    counted: dict[str, int] = {}
    out = []
    for key, row in ordered:
        post = row.first
        row_id = f"{key[0]}-{key[1]}" if key[0] != "post" else post.post_id
        if key[0] == "post" and shared[post.post_id] > 1:
            counted[post.post_id] = counted.get(post.post_id, 0) + 1
            row_id = f"{post.post_id}#{counted[post.post_id]}"
        out.append(PostComparison(
            row=row_id, post_id=post.post_id, section=_section(post), kind=row.kind,
            arrived_at=min(h.arrived_t for h in row.handling.values()),
            author=post.author_handle, text=post.text,
            expected_route=row.expected_route, label=row.label,
            handling={name: row.handling.get(name) for name in names}))
    return tuple(out)


def _section(post: DebriefPost) -> str:
    return STORYLINE if post.post_id.startswith(STORYLINE_IDS) else CROWD


def _inject_label(made_by: tuple[str, int] | None, sent: Mapping[int, Inject],
                  scenario: Scenario) -> str:
    if made_by is None:
        return ""
    kind, number = made_by
    if kind == "inject":
        inject = sent.get(number)
        return f"inject {number}: {inject.label}" if inject else f"inject {number}"
    scheduled = scenario.injects[number] if number < len(scenario.injects) else None
    note = getattr(scheduled, "note", None) if scheduled is not None else None
    return "scheduled inject" + (f": {note}" if note else "")


def _injects(debriefs: Mapping[str, Debrief], sent: Mapping[int, Inject],
             scenario: Scenario) -> tuple[InjectLine, ...]:
    """The session's injects in the order sent, then the scenario's scheduled ones, each at the
    drill time it reached each trainee (from the `inject` events of their logs)."""
    live: dict[int, dict[str, float]] = {number: {} for number in sent}
    scheduled: dict[int, dict[str, float]] = {}
    notes: dict[int, str] = {}
    for name, debrief in debriefs.items():
        for event in debrief.events:
            if event.kind != EventKind.INJECT:
                continue
            if event.data.get("inject_id") is not None:
                live.setdefault(int(event.data["inject_id"]), {}).setdefault(name, event.t)
            elif event.data.get("scheduled") is not None:
                index = int(event.data["scheduled"])
                scheduled.setdefault(index, {}).setdefault(name, event.t)
                notes.setdefault(index, str(event.data.get("note") or ""))
    lines = [InjectLine(sent[n].label if n in sent else f"inject {n}", n,
                        sent[n].target if n in sent else None,
                        sent[n].created_at if n in sent else None, reached)
             for n, reached in sorted(live.items())]
    lines += [InjectLine(notes[index] or _inject_label(("scheduled", index), sent, scenario),
                         None, None, None, reached)
              for index, reached in sorted(scheduled.items(),
                                           key=lambda item: min(item[1].values()))]
    return tuple(lines)


# ---------------------------------------------------------------------------- renderers
def render(report: SessionReport, fmt: str) -> str:
    from simulator.team.report_html import render_html
    from simulator.team.report_md import render_markdown

    return {"md": render_markdown, "json": render_json, "csv": render_csv,
            "html": render_html}[fmt](report)


def render_json(report: SessionReport) -> str:
    return json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n"


CSV_COLUMNS = ("session", "row", "section", "kind", "post_id", "arrived", "arrived_s", "author",
               "post_text", "expected_route", "trainee", "seen", "handled", "response_s",
               "tone", "routes", "hidden", "left", "escalation_outcome", "replies",
               "tone_findings")


def render_csv(report: SessionReport) -> str:
    """One row per (post, trainee): the long format spreadsheets pivot best (`seen` says whether
    the trainee got the post at all). Through the same writer and cell guard as the single-drill
    CSV: a trainee named "=HYPERLINK(...)" or an injected author "@=1+1" stays text."""
    rows = []
    for post in report.posts:
        for name, h in post.handling.items():
            arrived = post.arrived_at if h is None else h.arrived_t
            replies = () if h is None else h.replies
            rows.append([
                report.session.code, post.row, post.section, post.kind,
                post.post_id if h is None else h.post_id, clock(arrived), round(arrived, 1),
                post.author, post.text, post.expected_route, name, h is not None,
                "not seen" if h is None else h.summary(),
                "" if h is None or h.response_s is None else h.response_s,
                "" if h is None or h.tone is None else h.tone,
                "" if h is None else "+".join(h.routes),
                "" if h is None else int(h.hidden), "" if h is None else int(h.left),
                "not seen" if h is None else h.outcome,
                "\n".join(f"{clock(a.t)} {a.text}" for a in replies),
                "; ".join(f"{f.rule} ({f.points:+d})" for a in replies for f in a.findings)])
    return render_rows(CSV_COLUMNS, rows)


def status_text(status: str) -> str:
    """A drill still running has scores so far, not final ones: say so next to them."""
    return "still running (scores so far)" if status == "running" else status


def clip(text: str, width: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"


def seconds(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f}s"


def only_in(post: PostComparison) -> str:
    """`only in ben's drill` for a post one trainee of several got, else empty."""
    seen = post.seen_by
    if len(post.handling) > 1 and len(seen) == 1:
        return f"only in {seen[0]}'s drill"
    return ""
