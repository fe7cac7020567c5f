"""One played drill: the engine, the clock, the trainee's view of it and the results file.

The screens only talk to this object, so everything a drill does (advance on the clock, record each
event as it happens, score at the end, mark an interrupted drill aborted) lives in one place that
tests drive without a terminal. No Textual here.

The engine (with Faker and the tone rules) and the store (sqlite-utils) are imported and built in
`prepare()`, which the app runs in a thread while the trainee reads the briefing: the briefing's
first frame never waits for them.

A write that fails (disk full, file made read-only, a share gone away) loses nothing: the events
wait in `unsaved`, in order, and every later write and `flush()` tries them again first, so the
results file catches up as soon as space returns. `saving_blocked` tells the app to pause the
drill and say so at once; the trainee may also choose to play on with the events held in memory.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from simulator.drill.events import Action, Event
from simulator.scenario.model import Scenario
from simulator.tui.clock import Clock, DrillClock
from simulator.tui.feed_model import FeedModel

RETRY_S = 2.0  # drill seconds between retries of a failed write while the trainee plays on

if TYPE_CHECKING:
    from scoring.drill import DrillScore
    from simulator.drill.engine import Engine
    from simulator.store import Store


@dataclass
class Update:
    """What one tick or action changed: the new events and the posts they touched."""

    events: list[Event] = field(default_factory=list)
    changed: set[str] = field(default_factory=set)


class DrillSession:
    def __init__(
        self,
        scenario: Scenario,
        *,
        seed: int,
        store: Store | None = None,
        clock: Clock = time.monotonic,
        trainee: str = "trainee",
        team: str | None = None,
        agent: str | None = None,
    ) -> None:
        self.scenario = scenario
        self.seed = seed
        self.store = store
        self.trainee = trainee
        self.team = team
        self.clock = DrillClock(clock)
        self.agent = _agent_name(agent or "")
        self._engine: Engine | None = None
        self._lock = threading.Lock()
        self.model = FeedModel(scenario)
        self.drill_id: int | None = None
        self.score: DrillScore | None = None
        self.store_error: str | None = None
        self.ended = False  # finished or aborted: the results row is final
        self.unsaved: list[Event] = []  # recorded by the engine, not yet in the results file
        self._start_pending = False  # the drill's row could not be created yet
        self._end_pending: tuple[str, DrillScore | None] | None = None  # ("finish"|"abort", score)
        self.play_on_unsaved = False  # the trainee chose to play on while saving fails
        self._retried_at = 0.0

    def sign_as(self, name: str) -> None:
        """The name replies are signed with ({agent}), given before the clock starts (a browser
        player types it after the app, and maybe the engine, is up)."""
        with self._lock:
            self.agent = _agent_name(name)
            if self._engine is not None and not self._engine.log:
                self._engine.agent_name = self.agent

    # ------------------------------------------------------------------ lifecycle
    def prepare(self) -> None:
        """Import and build the engine (safe to call from a worker thread, and again)."""
        with self._lock:
            if self._engine is None:
                from simulator.drill.engine import Engine

                self._engine = Engine(self.scenario, self.seed, agent_name=self.agent)

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self.prepare()
        assert self._engine is not None
        return self._engine

    @property
    def started(self) -> bool:
        return self.clock.started

    @property
    def finished(self) -> bool:
        return self.engine.finished

    def start(self) -> Update:
        """Start the clock (and the results row); the drill's first events."""
        if self.clock.started:
            return Update()
        self.prepare()
        if self.store is not None:
            self._start_pending = True
            self.flush()
        self.clock.start()
        return self._take(self.engine.advance(0.0))

    @property
    def saving_blocked(self) -> bool:
        """A write to the results file failed and something is still waiting to be saved."""
        return self.store is not None and self.store_error is not None and (
            self._start_pending or bool(self.unsaved) or self._end_pending is not None)

    def flush(self) -> bool:
        """Write what is waiting (the drill's row, events in order, its end); True when all of it
        is saved. Stops at the first failure and keeps the rest for the next try."""
        if self.store is None:
            return True
        from simulator.store import StoreError, hash_scenario

        try:
            if self._start_pending:
                self.drill_id = self.store.start_drill(
                    self.scenario, hash_scenario(self.scenario), self.seed, self.trainee,
                    self.team, mode="play",
                )
                self._start_pending = False
            while self.unsaved:
                self.store.record(self.drill_id, self.unsaved[0])
                self.unsaved.pop(0)
            if self._end_pending is not None:
                how, score = self._end_pending
                if how == "finish":
                    self.store.finish(self.drill_id, score)
                else:
                    self.store.mark_aborted(self.drill_id)
                self._end_pending = None
        except StoreError as error:
            self.store_error = str(error)
            return False
        self.store_error = None
        return True

    def now(self) -> float:
        return min(self.clock.now(), self.engine.duration)

    def tick(self) -> Update:
        """Advance the engine to the clock; called by one timer, skipped ticks are harmless."""
        if not self.clock.started or self.clock.paused or self.engine.finished:
            return Update()
        if self.saving_blocked and self.now() - self._retried_at >= RETRY_S:
            self._retried_at = self.now()  # played on unsaved: keep trying with no new event
            self.flush()
        update = self._take(self.engine.advance(self.now()))
        if self.engine.finished:
            self._finish()
        return update

    def act(self, action: Action) -> Update:
        """Apply a trainee action at the current drill time; ActionError if the engine refuses."""
        before = Update()
        if self.clock.started and not self.clock.paused and not self.engine.finished:
            before = self._take(self.engine.advance(self.now()))  # lands at the clock's time
        if self.engine.finished:
            self._finish()
        after = self._take(self.engine.apply(action))  # raises ActionError once it is over
        return Update(before.events + after.events, before.changed | after.changed)

    def pause(self) -> None:
        self.clock.pause()

    def resume(self) -> None:
        self.clock.resume()

    def heartbeat(self) -> None:
        if self.store is not None and self.drill_id is not None and not self.ended:
            if self.saving_blocked:
                self.flush()  # a retry is a better sign of life than a heartbeat
                return
            from simulator.store import StoreError

            try:
                self.store.heartbeat(self.drill_id)
            except StoreError as error:
                self.store_error = str(error)

    def abort(self) -> None:
        """Quit mid-drill: everything recorded stays, the drill reads as aborted. If saving
        still fails, what is unsaved stays in `unsaved` (the app says how much)."""
        if self.ended:
            return
        self.ended = True
        if self.store is not None:
            self._end_pending = ("abort", None)
            self.flush()

    # ------------------------------------------------------------------ internals
    def _finish(self) -> None:
        from simulator.drill.outcomes import score_log

        engine = self.engine
        self.score = engine.final_score if engine.final_score is not None else score_log(
            self.scenario, engine.log)
        if self.ended:
            return
        self.ended = True
        if self.store is not None:
            self._end_pending = ("finish", self.score)
            self.flush()

    def _take(self, events: list[Event]) -> Update:
        if not events:
            return Update()
        self._record(events)
        return Update(events, self.model.apply(events))

    def _record(self, events: list[Event]) -> None:
        """Queue the events for the results file and write the queue, oldest first (the engine's
        log keeps them too; the queue is what the file has not got yet)."""
        if self.store is None:
            return
        self.unsaved.extend(events)
        self.flush()


def _agent_name(name: str) -> str:
    """The first name templates sign with ({agent}); "Alex" when the trainee gave none."""
    return name.strip().split()[0] if name.strip() else "Alex"
