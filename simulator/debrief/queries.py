"""Read-side questions about the results file, as plain functions returning plain dataclasses.

Everything that shows results (the `history` and `leaderboard` commands, the debrief screen, the
html/md/json/csv reports) asks through here, so there is one place that knows the tables. Each
result has `to_dict()` for JSON output. A drill whose writing process died is reported `aborted`
(see `simulator.store.liveness`); its events and actions are all still here to debrief.

Every value a person typed (trainee, team, scenario id) reaches SQL as a parameter, never as text.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from simulator.drill.events import Event, EventKind
from simulator.store import FINISHED, Store, StoreError

DIMENSIONS = ("speed", "tone", "escalation", "composite")
TREND_WINDOW = 10  # the slope looks at the trainee's last this-many finished drills
BASELINE_DRILLS = 3  # "where they started": the mean of their first this-many finished drills


def _loads(text: str | None, default: Any = None) -> Any:
    if text is None:
        return default
    try:
        return json.loads(text)
    except ValueError:
        return default


class _Plain:
    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)  # type: ignore[call-overload]


@dataclass(frozen=True, slots=True)
class DrillSummary(_Plain):
    """One drills row, with `status` as readers should show it (dead writers read `aborted`)."""

    id: int
    trainee: str
    team: str | None
    session: str | None
    mode: str
    bot: str | None
    scenario_id: str
    scenario_title: str | None
    scenario_hash: str
    seed: int | str
    app_version: str | None
    started_at: str
    ended_at: str | None
    status: str
    last_t: float
    speed: float | None
    tone: float | None
    escalation: float | None
    composite: float | None
    score: Any = None
    # Set by `proof.backed`: the summary columns say something the event log does not back
    # (the numbers above are then the log's, and this is what the columns said).
    disagrees: bool = False
    stored_composite: float | None = None
    scoring: int | None = None  # the scoring rules' version it was scored under (proof.backed)
    kind: str | None = None  # the kind of crisis, as its drill_started event records it

    @classmethod
    def from_row(cls, store: Store, row: Mapping[str, Any]) -> DrillSummary:
        return cls(
            id=row["id"], trainee=row["trainee"], team=row.get("team"),
            session=row.get("session"), mode=row["mode"], bot=row.get("bot"),
            scenario_id=row["scenario_id"], scenario_title=row.get("scenario_title"),
            scenario_hash=row["scenario_hash"], seed=row["seed"],
            app_version=row.get("app_version"), started_at=row["started_at"],
            ended_at=row.get("ended_at"), status=store.effective_status(row),
            last_t=row["last_t"], speed=row.get("speed"), tone=row.get("tone"),
            escalation=row.get("escalation"), composite=row.get("composite"),
            score=_loads(row.get("score")),
        )


@dataclass(frozen=True, slots=True)
class ActionRecord(_Plain):
    id: int
    seq: int
    t: float
    post_id: str | None
    kind: str
    text: str | None
    template_id: str | None
    route: str | None
    note: str | None
    tone_score: int | None
    tone_findings: list[dict[str, Any]]


@dataclass(frozen=True, slots=True)
class PostRecord(_Plain):
    post_id: str
    arrived_t: float | None
    channel: str | None
    author_name: str | None
    author_handle: str | None
    author_kind: str | None
    followers: int | None
    kind: str | None
    text: str | None
    severity: int | None
    expect_route: str | None
    parent_id: str | None
    topic: str | None
    source: str | None
    likes: int | None
    shares: int | None
    comments: int | None
    threshold_t: float | None
    data: dict[str, Any]
    actions: list[ActionRecord] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Trend(_Plain):
    """How one score moved: from the mean of the first drills to the latest; the recent slope."""

    dimension: str
    drills: int
    baseline: float | None  # mean of the first BASELINE_DRILLS finished drills before the latest
    latest: float | None
    change: float | None  # latest - baseline
    slope: float | None  # least-squares points per drill over the last TREND_WINDOW drills


@dataclass(frozen=True, slots=True)
class FindingCount(_Plain):
    rule: str
    label: str | None
    guidance: str | None
    count: int
    points: int  # total points these findings gave (negative for penalties)


@dataclass(frozen=True, slots=True)
class KindProgress(_Plain):
    """A trainee's drills of one kind of crisis: which kinds they handle well (onboarding)."""

    kind: str  # `UNLABELLED` for scenarios that name no kind
    drills: int
    finished: int
    passed: int
    mean: float | None  # mean composite of the finished drills
    best: float | None
    latest: float | None


UNLABELLED = "(no kind)"


@dataclass(frozen=True, slots=True)
class History(_Plain):
    trainee: str
    drills: list[DrillSummary]  # oldest first
    trends: dict[str, Trend]
    top_findings: list[FindingCount]  # most frequent penalties first: what to work on
    top_strengths: list[FindingCount]  # most frequent bonuses
    by_kind: list[KindProgress] = field(default_factory=list)  # weakest kind first


@dataclass(frozen=True, slots=True)
class LeaderboardEntry(_Plain):
    rank: int
    trainee: str
    team: str | None
    drill_id: int
    composite: float
    speed: float | None
    tone: float | None
    escalation: float | None
    started_at: str
    mode: str
    bot: str | None
    disagrees: bool = False  # the drill's summary columns say something its log does not back
    stored_composite: float | None = None  # what they said, when they disagree


@dataclass(frozen=True, slots=True)
class LeaderboardGroup(_Plain):
    """Drills that are comparable: same scenario id, same scenario content, same seed."""

    scenario_id: str
    scenario_title: str | None
    scenario_hash: str
    seed: int | str
    entries: list[LeaderboardEntry]
    scoring: int = 1  # the scoring rules' version every entry was scored under


# ---- one drill ------------------------------------------------------------------------------
def drill(store: Store, drill_id: int) -> DrillSummary | None:
    rows = store.query("SELECT * FROM drills WHERE id = ?", (drill_id,))
    return DrillSummary.from_row(store, rows[0]) if rows else None


def last_drill(store: Store, trainee: str | None = None) -> DrillSummary | None:
    """The most recently started drill (of one trainee, if given)."""
    if trainee is None:
        rows = store.query("SELECT * FROM drills ORDER BY started_at DESC, id DESC LIMIT 1")
    else:
        match, params = _trainee_match(store, trainee, "trainee")
        rows = store.query(
            f"SELECT * FROM drills WHERE {match} ORDER BY started_at DESC, id DESC LIMIT 1",
            params,
        )
    return DrillSummary.from_row(store, rows[0]) if rows else None


def recent_drills(
    store: Store, *, trainee: str | None = None, team: str | None = None, limit: int = 50
) -> list[DrillSummary]:
    """Newest first, for pickers and listings."""
    conditions, params = _conditions(trainee=trainee, team=team)
    where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
    rows = store.query(
        f"SELECT * FROM drills {where} ORDER BY started_at DESC, id DESC LIMIT ?",
        (*params, limit),
    )
    return [DrillSummary.from_row(store, row) for row in rows]


def events(store: Store, drill_id: int) -> list[Event]:
    """The drill's event log in order (`outcomes.score_log` can rescore an aborted drill)."""
    rows = store.query(
        "SELECT seq, t, kind, post_id, data FROM events WHERE drill_id = ? ORDER BY seq",
        (drill_id,),
    )
    return [Event(_event_time(row), row["kind"], row["post_id"], _loads(row["data"], {}))
            for row in rows]


def _event_time(row: Mapping[str, Any]) -> float:
    """An event's drill time; a row someone edited into nonsense is a damaged file, said so."""
    value = row["t"]
    if isinstance(value, int | float) and not isinstance(value, bool) and value == value:
        return float(value)
    raise StoreError(f"the results file is damaged: event {row['seq']} has the time {value!r}, "
                     "not a number of seconds (was it edited by hand?)")


def actions(store: Store, drill_id: int) -> list[ActionRecord]:
    rows = store.query(
        "SELECT * FROM actions WHERE drill_id = ? ORDER BY seq", (drill_id,)
    )
    return [_action(row) for row in rows]


def _action(row: Mapping[str, Any]) -> ActionRecord:
    return ActionRecord(
        id=row["id"], seq=row["seq"], t=row["t"], post_id=row["post_id"], kind=row["kind"],
        text=row["text"], template_id=row["template_id"], route=row["route"], note=row["note"],
        tone_score=row["tone_score"], tone_findings=_loads(row["tone_findings"], []) or [],
    )


def posts_with_actions(store: Store, drill_id: int) -> list[PostRecord]:
    """Every post in arrival order, each with what the trainee did to it."""
    by_post: dict[str, list[ActionRecord]] = {}
    for action in actions(store, drill_id):
        by_post.setdefault(action.post_id or "", []).append(action)
    rows = store.query(
        "SELECT * FROM posts WHERE drill_id = ? ORDER BY arrived_t, id", (drill_id,)
    )
    return [
        PostRecord(
            post_id=row["post_id"], arrived_t=row["arrived_t"], channel=row["channel"],
            author_name=row["author_name"], author_handle=row["author_handle"],
            author_kind=row["author_kind"], followers=row["followers"], kind=row["kind"],
            text=row["text"], severity=row["severity"], expect_route=row["expect_route"],
            parent_id=row["parent_id"], topic=row["topic"], source=row["source"],
            likes=row["likes"], shares=row["shares"], comments=row["comments"],
            threshold_t=row["threshold_t"], data=_loads(row["data"], {}) or {},
            actions=by_post.get(row["post_id"], []),
        )
        for row in rows
    ]


# ---- one trainee over time --------------------------------------------------------------------
def history(store: Store, trainee: str, *, findings: int = 5, verify: bool = False) -> History:
    """A trainee's drills oldest first, how each score moved, and their most frequent findings.
    Scores are the event log's (`proof.backed`); `verify` rescores every log in full."""
    from simulator.debrief import proof  # proof reads the log through this module
    match, params = _trainee_match(store, trainee, "trainee")
    rows = store.query(f"SELECT * FROM drills WHERE {match} ORDER BY started_at, id", params)
    drills = proof.backed(store, [DrillSummary.from_row(store, row) for row in rows],
                          verify=verify)
    kinds = drill_kinds(store, [d.id for d in drills])
    drills = [dataclasses.replace(d, kind=kinds.get(d.id)) for d in drills]
    finished = [d for d in drills if d.status == FINISHED]
    trends = {name: _trend(name, [getattr(d, name) for d in finished]) for name in DIMENSIONS}
    return History(
        trainee, drills, trends,
        finding_counts(store, trainee, "penalty")[:findings],
        finding_counts(store, trainee, "bonus")[:findings],
        progress_by_kind(drills),
    )


def drill_kinds(store: Store, drill_ids: Sequence[int]) -> dict[int, str]:
    """Each drill's kind of crisis from its first event (drill_started), where it names one:
    the log is the record, so a drill keeps its kind whatever happens to the file later."""
    if not drill_ids:
        return {}
    ids = json.dumps(list(drill_ids))
    rows = store.query(
        f"""SELECT e.drill_id, e.data FROM events e
            JOIN (SELECT drill_id, MIN(seq) AS seq FROM events
                  WHERE drill_id IN (SELECT value FROM {store.sql.int_list()} AS d)
                  GROUP BY drill_id) first ON first.drill_id = e.drill_id AND first.seq = e.seq
            WHERE e.kind = ?""", (ids, EventKind.DRILL_STARTED.value))
    kinds = {}
    for row in rows:
        data = _loads(row["data"], {}) if isinstance(row["data"], str) else row["data"]
        kind = data.get("kind") if isinstance(data, dict) else None
        if isinstance(kind, str) and kind:
            kinds[int(row["drill_id"])] = kind
    return kinds


def progress_by_kind(drills: Sequence[DrillSummary]) -> list[KindProgress]:
    """Drills grouped by kind of crisis, the weakest kind (lowest mean) first: what to practise
    next. Kinds with no finished drill come last."""
    groups: dict[str, list[DrillSummary]] = {}
    for drill in drills:
        groups.setdefault(drill.kind or UNLABELLED, []).append(drill)
    out = []
    for kind, group in groups.items():
        done = [d for d in group if d.status == FINISHED and d.composite is not None]
        scores = [float(d.composite) for d in done if d.composite is not None]
        passed = sum(1 for d in done if isinstance(d.score, dict) and d.score.get("passed"))
        out.append(KindProgress(kind, len(group), len(done), passed,
                                round(sum(scores) / len(scores), 1) if scores else None,
                                max(scores) if scores else None,
                                scores[-1] if scores else None))
    return sorted(out, key=lambda k: (k.mean is None, k.mean or 0.0, k.kind))


def _trainee_match(store: Store, trainee: str, column: str) -> tuple[str, tuple[Any, ...]]:
    """SQL matching a trainee by name, as readers show it. A name stored as bytes that are not
    UTF-8 is shown with U+FFFD (the store reads text leniently); typed back like that it must
    still find the drills, so such names are matched on their raw bytes."""
    if "\ufffd" not in trainee or store.sql.name != "sqlite":  # PostgreSQL text is UTF-8
        return f"{column} = ?", (trainee,)
    raws = [row["raw"] for row in store.query(
        "SELECT DISTINCT CAST(trainee AS BLOB) AS raw FROM drills")
        if isinstance(row["raw"], bytes)
        and str(row["raw"], "utf-8", "replace") == trainee]
    if not raws:
        return f"{column} = ?", (trainee,)
    return (f"CAST({column} AS BLOB) IN ({', '.join('?' * len(raws))})", tuple(raws))


def finding_counts(store: Store, trainee: str, effect: str = "penalty") -> list[FindingCount]:
    """How often each tone rule cost (`penalty`) or earned (`bonus`) points on this trainee's
    replies, over all their drills, most frequent first."""
    match, params = _trainee_match(store, trainee, "d.trainee")
    rows = store.query(
        f"""
        SELECT f.rule, MAX(f.label) AS label, MAX(f.guidance) AS guidance,
               SUM(f.count) AS count, SUM(f.points) AS points
        FROM drills d JOIN drill_findings f ON f.drill_id = d.id
        WHERE {match} AND f.effect = ?
        GROUP BY f.rule
        ORDER BY count DESC, ABS(SUM(f.points)) DESC, f.rule
        """,
        (*params, effect),
    )
    return [
        FindingCount(row["rule"], row["label"], row["guidance"], row["count"], int(row["points"]))
        for row in rows
    ]


def _trend(dimension: str, values: Sequence[float | None]) -> Trend:
    scores = [float(v) for v in values if v is not None]
    if not scores:
        return Trend(dimension, 0, None, None, None, None)
    # the baseline never includes the latest drill, or two drills would show half the change
    first = scores[: max(1, min(BASELINE_DRILLS, len(scores) - 1))]
    baseline = sum(first) / len(first)
    latest = scores[-1]
    return Trend(
        dimension, len(scores), round(baseline, 2), round(latest, 2),
        round(latest - baseline, 2) if len(scores) > 1 else None,
        _slope(scores[-TREND_WINDOW:]),
    )


def _slope(values: Sequence[float]) -> float | None:
    """Least-squares slope in points per drill; None with fewer than two drills."""
    n = len(values)
    if n < 2:
        return None
    mean_x = (n - 1) / 2
    mean_y = sum(values) / n
    covariance = sum((x - mean_x) * (y - mean_y) for x, y in enumerate(values))
    variance = sum((x - mean_x) ** 2 for x in range(n))
    return round(covariance / variance, 2)


# ---- comparable drills ------------------------------------------------------------------------
def leaderboard(
    store: Store, team: str | None = None, scenario: str | None = None, *, verify: bool = False
) -> list[LeaderboardGroup]:
    """Each trainee's best finished drill, ranked within groups of comparable drills.

    Comparable means same scenario id, same scenario content hash and same seed: only then did
    everyone face the same posts at the same times. Ties share a rank (1, 2, 2, 4). Ranked by
    the scores the event log backs (`proof.backed`), never by the editable summary columns;
    an entry whose columns disagree says so (`disagrees`).
    """
    from simulator.debrief import proof  # proof reads the log through this module

    filters, params = _conditions(team=team, scenario_id=scenario)
    rows = store.query(
        f"""SELECT * FROM drills WHERE {" AND ".join(["status = ?", *filters])}
            ORDER BY scenario_id, seed, scenario_hash, started_at, id""",
        (FINISHED, *params),
    )
    summaries = proof.backed(store, [DrillSummary.from_row(store, row) for row in rows],
                             verify=verify)
    best: dict[tuple[str, str, Any, int], dict[str, DrillSummary]] = {}
    for summary in summaries:
        if summary.composite is None:
            continue
        # scores under other scoring rules are not comparable: their own group
        key = (summary.scenario_id, summary.scenario_hash, summary.seed, summary.scoring or 1)
        mine = best.setdefault(key, {})
        held = mine.get(summary.trainee)
        if held is None or summary.composite > held.composite:  # type: ignore[operator]
            mine[summary.trainee] = summary  # the earliest of equal bests stays
    groups = []
    for key in sorted(best, key=lambda k: (k[0], str(k[2]), k[1], -k[3])):
        ranked = sorted(best[key].values(), key=lambda s: (-s.composite, s.trainee))  # type: ignore[operator]
        first = ranked[0]
        entries: list[LeaderboardEntry] = []
        for position, s in enumerate(ranked, start=1):
            tied = bool(entries) and entries[-1].composite == s.composite
            rank = entries[-1].rank if tied else position
            entries.append(LeaderboardEntry(
                rank=rank, trainee=s.trainee, team=s.team, drill_id=s.id,
                composite=s.composite, speed=s.speed, tone=s.tone,  # type: ignore[arg-type]
                escalation=s.escalation, started_at=s.started_at, mode=s.mode, bot=s.bot,
                disagrees=s.disagrees, stored_composite=s.stored_composite,
            ))
        groups.append(LeaderboardGroup(first.scenario_id, first.scenario_title,
                                       first.scenario_hash, first.seed, entries, key[3]))
    return groups


_FILTER_COLUMNS = {"trainee": "trainee = ?", "team": "team = ?", "scenario_id": "scenario_id = ?"}


def _conditions(**values: str | None) -> tuple[list[str], tuple[Any, ...]]:
    """SQL conditions over fixed column names; the values only ever travel as parameters."""
    given = {key: value for key, value in values.items() if value is not None}
    return [_FILTER_COLUMNS[key] for key in given], tuple(given.values())
