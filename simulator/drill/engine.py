"""The drill engine: a pure state machine driven by the drill time its driver passes in.

Everything that will happen is a timed item on one heap (arrivals, scripted posts, phase changes,
reach milestones, threshold crossings, follow-ups, health ticks; one type each, in `agenda`),
processed in time order by `advance(t)`. So `advance(60)` once and `advance(0.1)`,
`advance(0.2)`... give the same log, and `apply(action)` at `engine.now` only adds items for later.

Randomness comes from independent streams derived from the seed, so the trainee never changes WHICH
posts arrive WHEN (all trainees of a team drill see the same crowd); only the reactions to their
actions differ:
- `{seed}:arrivals`  the arrival times of generated posts,
- `{seed}:crowd`     what those posts say and who writes them (drawn in arrival order),
- `{seed}:spread:ID` each post's virality, `{seed}:reactions:ID` how its author reacts.

This module holds the engine's state, the heap and what each happening on it does; its parts sit
beside it as plain functions of the engine: `arrivals` (posts made and arriving, crowd reactions),
`reach` (a post's milestones, threshold and weight on health) and `actions` (what a trainee's
reply, DM, escalation, hide or leave does).
"""

from __future__ import annotations

import heapq
import itertools
import math
import random
from collections import deque
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, assert_never, cast

from scoring.tone import ReplyContext, ToneReport
from simulator.crowd.generator import CrowdGenerator, crowd_seed
from simulator.drill import actions, agenda, arrivals, reach, reception
from simulator.drill import events as ev
from simulator.drill.events import (
    ACTION_KINDS,
    STATEMENT_ACTION,
    Action,
    ActionError,
    Event,
    EventKind,
    drill_time,
)
from simulator.drill.health import HEALTH_STEP, brand_health
from simulator.drill.posts import (
    DrillState,
    Post,
    PostView,
    inject_post,
    scheduled_inject_post,
    view_of,
)
from simulator.drill.spread import SETTLED_SHARE
from simulator.scenario.model import (
    MAX_PER_MINUTE,
    FactUpdate,
    FollowUp,
    Phase,
    Scenario,
    ScriptedPost,
)

if TYPE_CHECKING:
    from scoring.drill import DrillScore

__all__ = ["Action", "ActionError", "DrillState", "Engine", "Event", "PostView"]

_tone = actions.reply_tone  # the tone cache, by its old name (benchmarks/engine_drill.py clears it)


def due_time(at: float) -> float:
    """The first clock time (whole milliseconds, as `advance` rounds) at or after `at`.

    `ceil(at * 1000) / 1000` alone is not enough: for a time just above a millisecond (one float
    step over 1234.567, say) the product rounds down to the whole number, the result is below
    `at`, and `advance(next_due)` processes nothing: a driver stepping by `next_due` then spins
    forever (2 of 200 seeded headless drills did).
    """
    ms = math.ceil(at * 1000.0)
    while drill_time(ms / 1000.0) < at:
        ms += 1
    return drill_time(ms / 1000.0)


class Engine:
    """One drill. Construct, then `advance(t)` with growing drill times and `apply` actions."""

    def __init__(
        self,
        scenario: Scenario,
        seed: int | str,
        *,
        locale: str | None = None,
        agent_name: str = "Alex",
    ) -> None:
        self.scenario = scenario
        self.seed = seed
        self.agent_name = agent_name
        self.locale = locale or scenario.crowd.locale
        self.duration = float(scenario.duration)
        self.now = 0.0
        self.finished = False
        self.final_score: DrillScore | None = None  # set when the drill ends
        self.log: list[Event] = []
        self._started = False
        self._crowd = CrowdGenerator(scenario, seed, locale=self.locale)
        self._arrival_rng = random.Random(f"{seed}:arrivals")
        self._crowd_rng = random.Random(crowd_seed(seed, scenario.id, "posts"))
        self._heap: list[agenda.Entry] = []
        self._seq = itertools.count()
        self._posts: dict[str, Post] = {}
        # Public posts that still need a good answer, split into those still spreading and those
        # saturated (their reach no longer changes, so it is summed once): health stays cheap.
        self._open: dict[str, Post] = {}
        self._settled: dict[str, float] = {}
        self._settled_sum = 0.0
        self._backlog = 0
        self._generated = 0
        self._arrival_texts: set[str] = set()
        self._reactions = 0
        self._injected = 0
        self._pace_multiplier = 1.0
        # The official statements and the crowd's reading of them.
        self.reception = reception.Reception(scenario, seed)
        self._arrival_version = 0
        self._phase_index = 0
        self._recent: deque[float] = deque()
        self._health = 100.0
        self._logged_health = 100
        self._tone_average: float | None = None
        self._hides = 0
        self._channels = {c.id: c for c in scenario.channels}
        self._routes = {r.id for r in scenario.routes}
        threshold = scenario.reach_threshold
        self._reach_scale = 5.0 * (threshold.likes or 500)
        self._state_cache: tuple[tuple[float, int], DrillState] | None = None
        # What the brand may state: the briefing's facts, then each update once it is known.
        self.facts: tuple[str, ...] = tuple(scenario.brand.facts)

        for post in sorted(scenario.posts, key=lambda p: p.at):
            self._push(float(post.at), agenda.Scripted(post))
        for index, phase in enumerate(scenario.pace):
            if index and phase.start > 0:
                self._push(float(phase.start), agenda.PhaseStart(index))
        self._schedule_arrival(0.0)
        self._push(HEALTH_STEP, agenda.HealthTick())
        self._push(self.reception.cadence.holding_by, agenda.Overdue(0))
        self._push(self.reception.cadence.silence_after, agenda.Silence(0))
        for update in scenario.fact_updates:
            self._push(float(update.at), agenda.FactDue(update))
        for index, scheduled in enumerate(scenario.injects):
            self._push(float(scheduled.at), agenda.ScheduledInject(index))

    # ================================================================= driving
    def advance(self, t: float) -> list[Event]:
        """Process everything due up to drill time `t` (capped at the duration); new events."""
        # The clock moves in whole milliseconds, the resolution of the log: an action applied at
        # `now` is logged at exactly `now`, so replaying the log reproduces the drill exactly.
        t = min(drill_time(t), self.duration)
        if t < self.now:
            raise ValueError(f"drill time cannot go back ({t} < {self.now})")
        start = len(self.log)
        if self.finished:
            return []
        if not self._started:
            self._start()
        heap = self._heap
        while heap and heap[0][0] <= t:
            at, _, item = heapq.heappop(heap)
            self._handle(at, item)
        self.now = t
        if t >= self.duration:
            self._end()
        return self.log[start:]

    def apply(self, action: Action) -> list[Event]:
        """Apply one trainee action at `engine.now`; raise `ActionError` if it cannot be applied."""
        if self.finished:
            raise ActionError("the drill is over")
        if not self._started:
            self._start()
        if action.kind == STATEMENT_ACTION:
            start = len(self.log)
            reception.publish(self, action)
            return self.log[start:]
        if action.kind not in ACTION_KINDS:
            raise ActionError(
                f"unknown action {action.kind!r} (expected one of "
                f"{', '.join((*ACTION_KINDS, STATEMENT_ACTION))})"
            )
        post = self._posts.get(action.post_id)
        if post is None:
            raise ActionError(f"unknown post {action.post_id!r}")
        if action.template_id is not None and not actions.has_template(self, action.template_id):
            raise ActionError(f"unknown template {action.template_id!r}")
        start = len(self.log)
        actions.HANDLERS[action.kind](self, post, action, self.now)
        # The public sees a reply or a hide at once: re-read the mood now, not at the next tick.
        # Logged only when the whole number moves, and at `now`, so a replay stays identical.
        self._health_tick_value(self.now)
        return self.log[start:]

    @property
    def statements(self) -> int:
        """How many official statements were published so far."""
        return len(self.reception.published)

    def log_statement(self, number: int) -> dict[str, Any]:
        """The `statement` event's data for statement `number` (1 = the holding message)."""
        for event in reversed(self.log):
            data = cast(ev.StatementData, event.data)
            if event.kind == EventKind.STATEMENT and data.get("number") == number:
                return {"score": data["score"], **data["report"]}
        raise KeyError(number)

    def inject(
        self,
        *,
        post: ScriptedPost | Mapping[str, Any] | None = None,
        pace: float | None = None,
        note: str | None = None,
        ref: int | None = None,
    ) -> list[Event]:
        """A facilitator's live inject at `engine.now`: a post, a pace multiplier, or both.

        `ref` is the session's id for the inject, kept in the event so a trainee who starts later
        can be given the same inject at the same drill time as the others."""
        if self.finished:
            raise ActionError("the drill is over")
        if not self._started:
            self._start()
        return self._inject_at(self.now, post=post, pace=pace, note=note, ref=ref)

    def _inject_at(
        self, t: float, *, post: ScriptedPost | Mapping[str, Any] | None, pace: float | None,
        note: str | None, ref: int | None = None, scheduled: int | None = None,
    ) -> list[Event]:
        start = len(self.log)
        data: ev.InjectData = {"note": note}
        if scheduled is not None:
            data["scheduled"] = scheduled  # its index in the scenario's `injects`
        if ref is not None:
            data["inject_id"] = int(ref)
        if pace is not None:
            if pace < 0:
                raise ActionError("the pace multiplier cannot be negative")
            self._pace_multiplier = float(pace)
            data["pace"] = self._pace_multiplier
            self._schedule_arrival(t)
        new_post: Post | None = None
        if post is not None:
            self._injected += 1
            spec = post if isinstance(post, ScriptedPost) else inject_post(post, self.scenario)
            data["post_id"] = f"i-{self._injected:04d}"
            self._emit(t, EventKind.INJECT, data["post_id"], data)
            new_post = arrivals.scripted_post(self, spec, t, post_id=data["post_id"],
                                              source="inject")
            arrivals.arrive(self, new_post)
        else:
            self._emit(t, EventKind.INJECT, None, data)
        return self.log[start:]

    def note(self, text: str, post_id: str | None = None) -> list[Event]:
        """A trainee's note for the debrief, at `engine.now`."""
        if post_id is not None and post_id not in self._posts:
            raise ActionError(f"unknown post {post_id!r}")
        if not text.strip():
            raise ActionError("a note needs text")
        start = len(self.log)
        self._emit(self.now, EventKind.NOTE, post_id, ev.NoteData(text=text))
        return self.log[start:]

    # ================================================================= reading
    @property
    def next_due(self) -> float:
        """Drill time of the next scheduled happening (the duration if nothing is left).

        Lets an exact driver (the headless runner) stop at every happening, so a bot reacts at
        the moment it would have, whatever the driver's step.
        """
        if not self._heap:
            return self.duration
        return min(due_time(self._heap[0][0]), self.duration)

    @property
    def state(self) -> DrillState:
        key = (self.now, len(self.log))
        if self._state_cache is not None and self._state_cache[0] == key:
            return self._state_cache[1]
        now = self.now
        views = tuple(view_of(p, now) for p in self._posts.values())
        waiting = [v for v in views if v.waiting]
        while self._recent and self._recent[0] <= now - 60.0:
            self._recent.popleft()
        phase = self.scenario.pace[self._phase_index]
        state = DrillState(
            now=now,
            duration=self.duration,
            finished=self.finished,
            phase=phase.name,
            phase_index=self._phase_index,
            pace=self._per_minute(self._phase_index),
            arrivals_last_minute=len(self._recent),
            health=round(self._health, 1),
            backlog=len(waiting),
            oldest_unanswered_age=(now - min(v.arrived_at for v in waiting)) if waiting else None,
            posts=views,
        )
        self._state_cache = (key, state)
        return state

    def post(self, post_id: str) -> PostView:
        if post_id not in self._posts:
            raise KeyError(post_id)
        return view_of(self._posts[post_id], self.now)

    def reply_context(
        self, post_id: str, template_id: str | None = None, action: str = "reply"
    ) -> ReplyContext:
        """What the tone scorer knows about a reply to `post_id` (`scoring.tone.ReplyContext`)."""
        return actions.reply_context(self, post_id, template_id, action)

    def fill_template(self, template_id: str, post_id: str) -> tuple[str, int]:
        """The template with the automatic placeholders filled; the cursor sits on `{detail}`."""
        return actions.fill_template(self, template_id, post_id)

    def score_text(self, post_id: str, text: str, template_id: str | None = None) -> ToneReport:
        """The tone a public reply to `post_id` would get, from the same memory the drill scores
        with: a bot that vets its reply first costs nothing extra when it sends it."""
        return actions.score_text(self, post_id, text, template_id)

    def log_digest(self) -> str:
        return ev.log_digest(self.log)

    # ================================================================= internals: scheduling
    def _push(self, t: float, item: agenda.AgendaItem) -> None:
        """Put `item` on the heap at `t`: it pops after everything due earlier or pushed before
        it at the same time."""
        heapq.heappush(self._heap, (t, next(self._seq), item))

    def _emit(self, t: float, kind: EventKind, post_id: str | None, data: ev.Payload) -> None:
        # The payload's type is for the code that builds it; the log keeps the plain dict.
        self.log.append(Event(drill_time(t), kind, post_id, cast(dict[str, Any], data)))

    def _start(self) -> None:
        self._started = True
        s = self.scenario
        phase = s.pace[0]
        started: ev.DrillStartedData = {
            "scenario": s.id,
            "title": s.title,
            "seed": self.seed,
            "locale": self.locale,
            "agent": self.agent_name,
            "duration": self.duration,
            "phase": phase.name,
            "per_minute": phase.per_minute,
            # When statements were due: the score reads them from here, so a drill is scored by
            # the times it was played with, even without the scenario file.
            "statements": self.reception.due(),
        }
        if s.kind:  # the kind of crisis, when the file names one: `history` groups drills by it
            started["kind"] = s.kind
        self._emit(0.0, EventKind.DRILL_STARTED, None, started)

    def _end(self) -> None:
        from simulator.drill.outcomes import logged_score, score_log

        self.finished = True
        self._health_tick_value(self.duration)
        # Scored once, here; drivers read `final_score` rather than rescoring the same log (the
        # end event changes nothing `score_log` reads). 70 ms on a one-hour drill.
        self.final_score = score_log(self.scenario, self.log)
        ended: ev.DrillEndedData = {
            "posts": len(self._posts),
            "health": round(self._health, 1),
            "backlog": sum(
                1 for p in self._posts.values()
                if p.public and p.needs_reply and p.replied_at is None and not p.hidden
            ),
            "statements": self.statements,
            "calmed": self.reception.calmed,  # routine crowd posts a good statement kept away
            # The drill's score, in its own log: the leaderboard and history rank by this, not
            # by the editable summary columns, and say so where the two disagree.
            "score": logged_score(self.final_score),
        }
        self._emit(self.duration, EventKind.DRILL_ENDED, None, ended)

    def _per_minute(self, phase_index: int) -> float:
        """The phase's pace times the facilitator's multiplier, never above MAX_PER_MINUTE (a
        repeated "pace x2" inject must not make a drill that never ends)."""
        per_minute = self.scenario.pace[phase_index].per_minute * self._pace_multiplier
        return min(per_minute, MAX_PER_MINUTE)

    def _rate(self, phase_index: int) -> float:
        return self._per_minute(phase_index) / 60.0

    def _schedule_arrival(self, after: float) -> None:
        """Draw the next generated arrival (piecewise-constant Poisson over the phases)."""
        self._arrival_version += 1
        pace = self.scenario.pace
        t = after
        while t < self.duration:
            index = _phase_index(pace, t)
            end = float(pace[index + 1].start) if index + 1 < len(pace) else self.duration
            rate = self._rate(index)
            if rate > 0:
                gap = self._arrival_rng.expovariate(rate)
                if t + gap < end:
                    self._push(t + gap, agenda.Arrival(self._arrival_version))
                    return
            t = end

    # ================================================================= internals: handlers
    def _handle(self, t: float, item: agenda.AgendaItem) -> None:
        """Do what a heap item due at `t` says. One explicit case per item type, the most
        frequent first (an hour's drill pops about half arrivals, a quarter milestones); mypy
        checks that every type of `AgendaItem` has its case."""
        match item:
            case agenda.Arrival(version):
                self._on_arrival(t, version)
            case agenda.Milestone(post, version):
                self._on_milestone(t, post, version)
            case agenda.Again(post):
                self._on_again(t, post)
            case agenda.ReactionDue(parent, reaction):
                arrivals.react(self, t, parent, reaction)
            case agenda.HealthTick():
                self._on_health(t)
            case agenda.Threshold(post, version):
                self._on_threshold(t, post, version)
            case agenda.Overdue(version):
                reception.on_overdue(self, t, version)
            case agenda.Silence(version):
                reception.on_silence(self, t, version)
            case agenda.Scripted(spec):
                self._on_scripted(t, spec)
            case agenda.Ignored(post, follow_up):
                self._on_ignored(t, post, follow_up)
            case agenda.FollowUpDue(parent, follow_up):
                self._on_follow_up(t, parent, follow_up)
            case agenda.PhaseStart(index):
                self._on_phase(t, index)
            case agenda.FactDue(update):
                self._on_fact(t, update)
            case agenda.ScheduledInject(index):
                self._on_scheduled(t, index)
            case _:
                assert_never(item)

    def _on_arrival(self, t: float, version: int) -> None:
        if version != self._arrival_version:
            return  # superseded by a pace inject
        phase = self.scenario.pace[_phase_index(self.scenario.pace, t)]
        mix = phase.mix or self.scenario.crowd.mix
        kinds = [k for k, w in mix.items() if w > 0]
        kind = self._crowd_rng.choices(kinds, [mix[k] for k in kinds])[0] if kinds else "complaint"
        # Real crowds rarely post the very same words: redraw a duplicate (a few tries at most).
        # Only arrivals are tracked, so reactions can never change what later arrivals say.
        for _ in range(4):
            made = self._crowd.post(self._crowd_rng, kind)
            if made.text not in self._arrival_texts:
                break
        self._arrival_texts.add(made.text)
        self._generated += 1
        post_id = f"g-{self._generated:04d}"
        received = self.reception.arrival(self._crowd, post_id, made, t)
        if received is None:  # a fresh good statement answered it: this customer does not post
            self._schedule_arrival(t)
            return
        text, severity = received
        post = arrivals.new_post(self, arrivals.PostSpec(
            post_id=post_id, channel=made.channel, author=made.author, text=text,
            kind=made.kind, topic=made.topic, severity=severity,
            expected_route=made.expected_route, needs_reply=made.needs_reply, source="crowd",
        ), t)
        arrivals.arrive(self, post)
        self._schedule_arrival(t)

    def _on_fact(self, t: float, update: FactUpdate) -> None:
        self.facts = (*self.facts, update.text)
        self._emit(t, EventKind.FACT_UPDATE, None, ev.FactUpdateData(text=update.text))

    def _on_scheduled(self, t: float, index: int) -> None:
        """An entry of the scenario's master events list, as a facilitator's inject would be."""
        entry = self.scenario.injects[index]
        post = None if entry.post is None else scheduled_inject_post(entry.post, index,
                                                                       self.scenario)
        self._inject_at(t, post=post, pace=entry.pace, note=entry.note, scheduled=index)

    def _on_scripted(self, t: float, spec: ScriptedPost) -> None:
        post = arrivals.scripted_post(self, spec, t, post_id=f"s:{spec.id}", source="scripted")
        arrivals.arrive(self, post)

    def _on_phase(self, t: float, index: int) -> None:
        self._phase_index = index
        phase = self.scenario.pace[index]
        self._emit(t, EventKind.PHASE_CHANGED, None, {
            "phase": phase.name, "index": index, "per_minute": self._per_minute(index),
        })

    def _on_health(self, t: float) -> None:
        self._health_tick_value(t)
        if t + HEALTH_STEP <= self.duration:
            self._push(t + HEALTH_STEP, agenda.HealthTick())

    def _health_tick_value(self, t: float) -> None:
        reach = self._settled_sum
        backlog = self._backlog
        settled = []
        exp = math.exp
        for post in self._open.values():  # inlined Segment.level / Post.total: the hot loop
            seg = post.seg
            g, k, l0 = seg.g, seg.k, seg.l0
            if g <= 0.0 or l0 >= k or t <= seg.t0:
                level = l0
            else:
                x = g * (t - seg.t0)
                level = k if x > 700.0 else k / (1.0 + (k - l0) / l0 * exp(-x))
            grown = level - post.origin
            total = post.base_total + (grown * post.spread_factor if grown > 0.0 else 0.0)
            reach += total
            if g <= 0.0 or level >= SETTLED_SHARE * k:
                settled.append((post, total))
        for post, total in settled:
            del self._open[post.id]
            self._settled[post.id] = total
            self._settled_sum += total
        silent_s = self.reception.silent_s(t)
        self._health = brand_health(reach, self._reach_scale, backlog, self._tone_average,
                                    self._hides, reception.silence_cost(silent_s))
        value = round(self._health)
        if value != self._logged_health:
            self._logged_health = value
            self._emit(t, EventKind.HEALTH_CHANGED, None, {
                "health": value,
                "unanswered_reach": int(reach),
                "backlog": backlog,
                "tone_average": None if self._tone_average is None
                else round(self._tone_average, 1),
            })

    def _on_milestone(self, t: float, post: Post, version: int) -> None:
        if version != post.version:
            return
        likes, shares, comments = post.reach(t)
        self._emit(t, EventKind.REACH_CHANGED, post.id, {
            "likes": likes, "shares": shares, "comments": comments,
        })
        post.next_milestone *= 2.0
        reach.schedule_milestone(self, post)

    def _on_threshold(self, t: float, post: Post, version: int) -> None:
        if version != post.version or post.crossed_at is not None:
            return
        reach.cross(self, post, t)

    def _on_ignored(self, t: float, post: Post, follow_up: FollowUp) -> None:
        if post.responded_at is None and follow_up.id not in post.fired:
            post.fired.add(follow_up.id)
            self._push(t + float(follow_up.delay), agenda.FollowUpDue(post, follow_up))

    def _on_follow_up(self, t: float, parent: Post, follow_up: FollowUp) -> None:
        arrivals.scripted_follow_up(self, t, parent, follow_up)

    def _on_again(self, t: float, post: Post) -> None:
        if post.responded_at is None and not post.hidden and not self.finished:
            arrivals.posts_again(self, t, post)


def _phase_index(pace: tuple[Phase, ...], t: float) -> int:
    index = 0
    for i, phase in enumerate(pace):
        if phase.start <= t:
            index = i
    return index
