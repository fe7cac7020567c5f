"""Live progress of every trainee in a session, read from the shared results file.

The facilitator's console refreshes this every second while ~30 drills write to the same file,
so it reads only what is new: per drill it keeps the event log read so far and fetches rows after
the last sequence number it has. Scores are the ordinary drill scoring of the posts that can be
judged so far (handled, or past their answer-by time, or all once the drill ended), so a post that
arrived a second ago is neither a slow answer nor a missed escalation yet.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from scoring.drill import PostRecord, score_drill
from simulator.drill.events import Event, EventKind
from simulator.drill.outcomes import records_from_log, scenario_pass_mark, scenario_weights
from simulator.scenario.model import Scenario
from simulator.store import Store
from simulator.team.sessions import session_drills, waiting_members

# A trainee who joined but whose clock has not started: still on the briefing, or (in a together
# session) done with it and waiting for the release. Once the clock starts their drill's status
# (running, finished, aborted) says the rest.
READING = "reading briefing"
READY = "ready"


@dataclass(frozen=True, slots=True)
class TraineeProgress:
    trainee: str
    drill_id: int | None  # None until the trainee's clock starts (no drill yet)
    status: str
    t: float
    duration: float
    posts: int
    backlog: int
    answered: int
    speed: float | None
    tone: float | None
    escalation: float | None
    composite: float | None
    missed_escalations: int
    health: float | None

    @property
    def progress(self) -> float:
        """Share of the drill's duration played, 0.0 to 1.0."""
        return min(1.0, self.t / self.duration) if self.duration > 0 else 0.0


@dataclass
class _Log:
    last_seq: int = 0
    events: list[Event] = field(default_factory=list)


class ProgressTracker:
    """Incremental reader of a session's drills; call `refresh()` as often as the UI likes."""

    def __init__(self, store: Store, code: str, scenario: Scenario) -> None:
        self.store = store
        self.code = code
        self.scenario = scenario
        self._logs: dict[int, _Log] = {}

    def events(self, drill_id: int) -> list[Event]:
        log = self._logs.setdefault(drill_id, _Log())
        rows = self.store.query(
            "SELECT seq, t, kind, post_id, data FROM events WHERE drill_id = ? AND seq > ? "
            "ORDER BY seq", (drill_id, log.last_seq))
        for row in rows:
            log.events.append(Event(row["t"], row["kind"], row["post_id"],
                                    json.loads(row["data"] or "{}")))
            log.last_seq = row["seq"]
        return log.events

    def refresh(self) -> list[TraineeProgress]:
        """One row per drill of the session (scored on its log so far), then one per trainee
        who joined but has no drill yet: `reading briefing`, or `ready` once they have said
        they finished it (in a together session, before the release)."""
        rows = [self._progress(row) for row in session_drills(self.store, self.code)]
        duration = float(self.scenario.duration)
        rows += [TraineeProgress(name, None, READY if ready else READING, 0.0, duration, 0, 0, 0,
                                 None, None, None, None, 0, None)
                 for name, ready in waiting_members(self.store, self.code)]
        return rows

    def _progress(self, row: Mapping[str, Any]) -> TraineeProgress:
        events = self.events(int(row["id"]))
        status = self.store.effective_status(row)
        now = max((e.t for e in events), default=0.0)
        ended = status != "running" or any(e.kind == EventKind.DRILL_ENDED for e in events)
        records = records_from_log(self.scenario, events)
        health = next((float(e.data["health"]) for e in reversed(events)
                       if e.kind in (EventKind.HEALTH_CHANGED, EventKind.DRILL_ENDED)
                       and "health" in e.data), None)
        if not records:
            posts, backlog, answered = feed_counts(events)
            return TraineeProgress(row["trainee"], int(row["id"]), status, now,
                                   float(self.scenario.duration), posts, backlog, answered, None,
                                   None, None, None, 0, health)
        # Score what can be judged now: posts handled, or past their answer-by time. A post that
        # arrived seconds ago is not yet a slow answer.
        due = [(r, self._due(r, now, ended)) for r in records]
        judged = [r for r, is_due in due if is_due]
        score = (score_drill(judged, scenario_weights(self.scenario),
                             scenario_pass_mark(self.scenario)) if judged else None)
        missed = 0
        if score is not None:
            missed = sum(
                1 for record, post in zip(judged, score.posts, strict=True)
                if str(post.escalation.outcome) == "missed"
                and (ended or now - record.arrived_at >= record.target_s)
            )
        posts, backlog, answered = feed_counts(events)
        return TraineeProgress(
            trainee=row["trainee"], drill_id=int(row["id"]), status=status, t=now,
            duration=float(self.scenario.duration), posts=posts, backlog=backlog,
            answered=answered, speed=score.speed if score else None,
            tone=score.tone if score else None,
            escalation=score.escalation if score else None,
            composite=score.composite if score else None, missed_escalations=missed,
            health=health,
        )

    @staticmethod
    def _due(record: PostRecord, now: float, ended: bool) -> bool:
        return (ended or record.first_response_at is not None or record.hidden
                or bool(record.escalations) or now - record.arrived_at >= record.target_s)


def feed_counts(events: list[Event]) -> tuple[int, int, int]:
    """(posts arrived, backlog, answered) as the trainee's own header counts them: the backlog is
    public posts that need a reply and have neither a public reply nor were hidden."""
    waiting: set[str] = set()
    arrived = 0
    answered: set[str] = set()
    for event in events:
        if event.post_id is None:
            continue
        if event.kind == EventKind.POST_ARRIVED:
            arrived += 1
            if event.data.get("public", True) and event.data.get("needs_reply", True):
                waiting.add(event.post_id)
        elif event.kind == EventKind.ACTION:
            kind = event.data.get("kind")
            if kind in ("reply", "dm") and event.data.get("tone") is not None:
                answered.add(event.post_id)
                waiting.discard(event.post_id)
            elif kind == "hide":
                waiting.discard(event.post_id)
    return arrived, len(waiting), len(answered)
