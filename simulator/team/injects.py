"""Facilitator injects: what the facilitator sends, and how a running drill picks it up.

The facilitator's console appends a row to `session_injects`; every running drill of the session
polls that table about once a second for rows after the last one it saw (one indexed range read)
and hands each to `engine.inject`, so the inject lands in the trainee's feed and, as an `inject`
event, in that drill's log and debrief. Payloads are concrete: a ready-made event is filled in for
the session's scenario (brand name, a route the scenario has) before it is stored, so every
trainee gets exactly the same post.
"""

from __future__ import annotations

import bisect
import dataclasses
import json
import sqlite3
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from simulator.drill.events import ActionError, Event, EventKind
from simulator.scenario.model import NO_ROUTE, InjectedPost, Scenario
from simulator.store import Store
from simulator.store.store import iso
from simulator.team import codes
from simulator.team.sessions import require_session, write

POST, PACE = "post", "pace"
POLL_INTERVAL = 1.0
INJECTS_CHANNEL = "crisis_drill_injects"  # LISTEN/NOTIFY channel; the payload is the session code
# With notifications a drill reads the outbox when told to, and this often anyway, in case one
# was missed (a dropped connection re-established).
NOTIFIED_FALLBACK_S = 30.0
# An inject sent just before a drill began that no drill had recorded yet is looked for among
# the team's drills this long (a drill records one within a second or two; under heavy load
# PostgreSQL has taken 30 s): one that none records was sent while nobody was playing.
PLACE_WINDOW_S = 60.0


@dataclass(frozen=True, slots=True)
class ReadyMade:
    """A ready-made event: a post template with the routes it should go to, best first."""

    key: str
    label: str
    text: str
    author: Mapping[str, Any]
    routes: tuple[str, ...]
    severity: int
    reach: Mapping[str, int]


READY_MADE: tuple[ReadyMade, ...] = (
    ReadyMade(
        "journalist", "A journalist calls",
        "Hi {brand_handle}, I'm a reporter at the Evening Courier writing about the reports "
        "today. Can someone from {brand} comment on the record before 5pm?",
        {"name": "Dana Reyes", "handle": "@danareyes_news", "followers": 48000,
         "kind": "journalist"},
        ("pr",), 4, {"likes": 40, "shares": 12, "comments": 6}),
    ReadyMade(
        "screenshot", "A screenshot of a bad reply goes viral",
        "LOOK at how {brand_handle} answered a customer today 👇 screenshot is going round "
        "everywhere. Is this how {brand} treats people?? #{brand_tag}Fail",
        {"name": "Screenshot Sam", "handle": "@sam_screens", "followers": 92000,
         "kind": "influencer"},
        ("pr",), 4, {"likes": 1800, "shares": 900, "comments": 350}),
    ReadyMade(
        "ceo", "The CEO tweets",
        "As CEO of {brand} I want to say: the people spreading this are wrong and we will not "
        "be bullied. Full stop.",
        {"name": "{brand} CEO", "handle": "@{brand_tag}_ceo", "followers": 250000,
         "kind": "verified"},
        ("pr", "legal"), 5, {"likes": 3000, "shares": 1400, "comments": 800}),
)
PACES: tuple[tuple[float, str], ...] = ((2.0, "Pace ×2"), (0.5, "Pace ×0.5"), (1.0, "Pace ×1"))


@dataclass(frozen=True, slots=True)
class Inject:
    id: int
    session: str
    created_at: str
    kind: str
    label: str
    payload: dict[str, Any]
    target: str | None  # a trainee name, or None for everyone in the session

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> Inject:
        return cls(row["id"], row["session"], row["created_at"], row["kind"], row["label"],
                   json.loads(row["payload"]), row["target"])


def ready_made(key: str) -> ReadyMade:
    for item in READY_MADE:
        if item.key == key:
            return item
    raise KeyError(f"unknown ready-made inject {key!r} "
                   f"(choose from {', '.join(i.key for i in READY_MADE)})")


def _fill(text: str, scenario: Scenario) -> str:
    tag = "".join(ch for ch in scenario.brand.name if ch.isalnum())
    return (text.replace("{brand_handle}", scenario.brand.handle)
                .replace("{brand_tag}", tag).replace("{brand}", scenario.brand.name))


def ready_made_post(item: ReadyMade, scenario: Scenario) -> dict[str, Any]:
    """The concrete post for this scenario: its brand, and the first route it has."""
    routes = {r.id for r in scenario.routes}
    route = next((r for r in item.routes if r in routes), NO_ROUTE)
    author = {k: _fill(v, scenario) if isinstance(v, str) else v for k, v in item.author.items()}
    return {"text": _fill(item.text, scenario), "author": author, "route": route,
            "severity": item.severity, "reach": dict(item.reach)}


class InjectFileError(Exception):
    """A post file that cannot be injected; the message names the file and the problem."""


def post_from_file(path: Path, scenario: Scenario) -> dict[str, Any]:
    """A scripted post from a YAML file (`text`, optional `author`, `route`, `channel`,
    `severity`, `reach`, `min_tone`, `reply`; or the same under a `post:` key), checked like a
    scenario file (every unknown key, type and range at its line, the same size, binary,
    encoding and YAML limits) and against the scenario's channels and routes.

    Only a regular file is read, and at most the scenario size limit of it: a FIFO would block
    the console forever and a link to /dev/zero filled the disk.
    """
    from simulator.drill.posts import inject_post
    from simulator.scenario.library import path_kind
    from simulator.scenario.loader import load_injected_post
    from simulator.scenario.yamlnodes import MAX_FILE_BYTES

    if not path.is_file():
        if not path.exists():
            raise InjectFileError(f"no such file: {path}")
        raise InjectFileError(f"{path} is {path_kind(path)}, not a post file")
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise InjectFileError(f"cannot read {path}: {error.strerror or error}") from None
    parsed, problems = load_injected_post(str(path), data)
    errors = [problem for problem in problems if problem.is_error]
    if errors or parsed is None:
        raise InjectFileError("\n".join(str(problem) for problem in errors or problems))
    post = _as_mapping(parsed)
    try:
        inject_post(post, scenario)
    except (ActionError, TypeError, ValueError) as error:
        raise InjectFileError(f"{path}: {error}") from None
    return post


def _as_mapping(post: InjectedPost) -> dict[str, Any]:
    """The plain mapping an inject carries in the results file (and `inject_post` reads)."""
    data: dict[str, Any] = {"text": post.text, "route": post.route, "severity": post.severity,
                            "reach": dataclasses.asdict(post.reach), "min_tone": post.min_tone,
                            "reply": post.reply}
    if post.author is not None:
        data["author"] = dataclasses.asdict(post.author)
    if post.channel is not None:
        data["channel"] = post.channel
    return data


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, Mapping):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


def send(
    store: Store,
    code: str,
    *,
    label: str,
    post: Mapping[str, Any] | None = None,
    pace: float | None = None,
    note: str | None = None,
    target: str | None = None,
) -> Inject:
    """Queue an inject for every running drill of the session (or one trainee's)."""
    if post is None and pace is None:
        raise ValueError("an inject needs a post or a pace")
    if pace is not None and not pace > 0:  # 0 (or nan) would freeze every trainee's crowd
        raise ValueError(f"a pace multiplier must be above 0, not {pace}")
    session = require_session(store, code)
    payload = {"post": dict(post) if post is not None else None, "pace": pace,
               "note": note or label}
    stamp = iso(store.now())

    def work(conn: sqlite3.Connection) -> int:
        cursor = conn.execute(
            "INSERT INTO session_injects (session, created_at, kind, label, payload, target) "
            "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
            (session.code, stamp, POST if post is not None else PACE, label,
             json.dumps(payload, ensure_ascii=False), target))
        inject_id = int(cursor.fetchone()[0])
        store.notify(conn, INJECTS_CHANNEL, session.code)  # PostgreSQL: wakes the drills now
        return inject_id

    inject_id = write(store, work, "sending an inject")
    return Inject(inject_id, session.code, stamp, POST if post is not None else PACE, label,
                  payload, target)


def injects_after(store: Store, code: str, after_id: int = 0) -> list[Inject]:
    rows = store.query(
        "SELECT * FROM session_injects WHERE session = ? AND id > ? ORDER BY id",
        (codes.normalize(code), after_id))
    return [Inject.from_row(row) for row in rows]


def latest_inject_id(store: Store, code: str) -> int:
    rows = store.query("SELECT COALESCE(MAX(id), 0) AS last FROM session_injects WHERE session = ?",
                       (codes.normalize(code),))
    return int(rows[0]["last"])


def apply_inject(engine: Any, inject: Inject) -> list[Event]:
    """Hand one inject to a drill's engine; an inject the drill cannot take (it is over, or the
    post names a channel it lacks) is skipped rather than stopping the drill."""
    payload = inject.payload
    try:
        return list(engine.inject(post=payload.get("post"), pace=payload.get("pace"),
                                  note=payload.get("note") or inject.label, ref=inject.id))
    except (ActionError, TypeError, ValueError):
        return []


def delivered_before(store: Store, code: str, up_to_id: int) -> list[tuple[float, Inject]]:
    """Injects to everyone, up to `up_to_id`, that reached a drill of the session, each with the
    earliest drill time at which one did; in drill-time order.

    A trainee who starts after them gets them at those drill times, so the team's drills stay
    comparable post by post. An inject no drill was running for (sent before anyone started) has
    no drill time and is not replayed; neither is one aimed at one trainee.
    """
    rows = store.query(
        f"""SELECT i.*, MIN(e.t) AS first_t
             FROM session_injects i
             JOIN drills d ON d.session = i.session
             JOIN events e ON e.drill_id = d.id AND e.kind = ?
                          AND {store.sql.json_int("e.data", "inject_id")} = i.id
            WHERE i.session = ? AND i.id <= ? AND i.target IS NULL
            GROUP BY i.id ORDER BY first_t, i.id""",
        (EventKind.INJECT.value, codes.normalize(code), up_to_id))
    return [(float(row["first_t"]), Inject.from_row(row)) for row in rows]


class InjectFeed:
    """A running drill's view of the session outbox: `poll()` reads it at most once per
    `interval`, or, where the store has LISTEN/NOTIFY, as soon as an inject is sent.

    `begin()` is called when the drill's clock starts. Injects sent after that come from `poll()`
    as they are sent; those sent before it that reached the team's drills come from `due(t)` when
    this drill's clock reaches the drill time the first of them got it.
    """

    def __init__(
        self,
        store: Store,
        code: str,
        trainee: str,
        *,
        interval: float = POLL_INTERVAL,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.store = store
        self.code = codes.normalize(code)
        self.trainee = trainee
        self.interval = interval
        self.clock = clock
        self.last_id = 0
        self._next_poll = float("-inf")
        self._catch_up: list[tuple[float, Inject]] = []
        self._unplaced: set[int] = set()  # sent before `begin`, reached no drill yet
        self._place_until = float("-inf")
        self._next_place = float("-inf")
        # Where the store has LISTEN/NOTIFY (PostgreSQL), the outbox is read when an inject is
        # sent rather than every `interval`: hundreds of drills then make no reads while idle.
        self.listening = store.listen(INJECTS_CHANNEL)

    def begin(self) -> None:
        """Start from the outbox as it is: what came before reaches this drill through `due`.
        An inject to everyone sent a moment before, that no drill of the team has recorded yet,
        is placed once one does (`poll` looks for it for `PLACE_WINDOW_S`): without that, a
        trainee starting between a facilitator's send and the first drill's read never got it
        (found by the store load benchmark: 1 or 2 in 5,500 deliveries)."""
        self.last_id = latest_inject_id(self.store, self.code)
        self._catch_up = delivered_before(self.store, self.code, self.last_id)
        placed = {inject.id for _, inject in self._catch_up}
        self._unplaced = {inject.id for inject in injects_after(self.store, self.code, 0)
                          if inject.target is None and inject.id not in placed}
        now = self.clock()
        self._place_until = now + PLACE_WINDOW_S
        self._next_place = now + self.interval

    def due(self, drill_time: float) -> list[Inject]:
        """Earlier injects this drill has now reached the drill time of (see `begin`)."""
        taken = 0
        while taken < len(self._catch_up) and self._catch_up[taken][0] <= drill_time:
            taken += 1
        ready = [inject for _, inject in self._catch_up[:taken]]
        del self._catch_up[:taken]
        return ready

    def poll(self, *, force: bool = False) -> list[Inject]:
        now = self.clock()
        if self._unplaced:
            self._place(now)
        if self.listening:
            told = self.store.notified(INJECTS_CHANNEL, self.code)
            if not (force or told or now >= self._next_poll):
                return []
            self._next_poll = now + NOTIFIED_FALLBACK_S
        else:
            if not force and now < self._next_poll:
                return []
            self._next_poll = now + self.interval
        fresh = injects_after(self.store, self.code, self.last_id)
        if fresh:
            self.last_id = fresh[-1].id
        return [i for i in fresh if i.target is None or i.target == self.trainee]

    def _place(self, now: float) -> None:
        """Injects from before `begin` that another drill has since recorded join `due`'s list
        at the drill time that drill got them, as those delivered earlier do."""
        if now >= self._place_until:
            self._unplaced.clear()  # none recorded it: nobody was playing when it was sent
            return
        if now < self._next_place:
            return
        self._next_place = now + self.interval
        for first_t, inject in delivered_before(self.store, self.code, self.last_id):
            if inject.id in self._unplaced:
                self._unplaced.discard(inject.id)
                bisect.insort(self._catch_up, (first_t, inject), key=lambda item: item[0])
