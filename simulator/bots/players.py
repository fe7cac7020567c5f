"""Scripted players for headless drills: a yardstick for the scoring that a person would agree with.

A bot sees the events each step returned and plans timed actions (`Planned`); the headless runner
applies each one when the virtual clock reaches it. Bots are deterministic (their own seeded
stream), so a headless drill is as reproducible as the engine.

- `perfect`: an oracle. Replies within seconds with the best personalised reply it can build from
  the approved templates, quoting what this customer wrote (the tone scorer caps a reply with
  nothing specific to its post), escalates to the expected route, and to PR once a post crosses
  the reach threshold.
- `slow`: the `human` player at half its pace and without triage (first come, first served):
  a slow trainee. Its answers land late, and it gets to fewer posts.
- `late`: the `perfect` player's replies and routes, each well after its channel's response
  target, for every post however many (no person could: a yardstick for lateness alone).
- `rude`: fast and defensive ("Calm down. Not our fault..."), never escalates.
- `human`: the `perfect` player's judgement at a person's pace (`simulator.drill.triage`): one post
  at a time, important posts first, reading, deciding and typing take as long as they do for a
  person. The yardstick for what one trainee can handle.
- `silent`: does nothing.
- `random`: random actions at random times (seeded).
"""

from __future__ import annotations

import math
import random
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Protocol

from simulator.drill.events import STATEMENT_ACTION, Action, Event, EventKind
from simulator.scenario.model import NO_ROUTE

if TYPE_CHECKING:  # the engine is heavy, and `simulate --help` needs only BOT_NAMES
    from simulator.drill.engine import Engine

BOT_NAMES: tuple[str, ...] = ("perfect", "human", "slow", "late", "rude", "silent", "random")
SLOW_FACTOR = 2.0  # the slow trainee takes twice a strong one's time over everything
GOOD_ENOUGH = 85  # a template scoring this well is used; below it the bot writes its own reply
# A person at a desk personalises a decent template rather than type 50 words (75 s at 40 wpm).
HUMAN_GOOD_ENOUGH = 70

RUDE_LINES: tuple[str, ...] = (
    "Calm down. Not our fault, you should have read the terms.",
    "Look, we already told you: it's not our problem.",
    "Whatever. Stop complaining, it's not a big deal.",
    "Calm down. Like we said, nobody else has a problem.",
    "Not our fault. Deal with it.",
)
RANDOM_LINES: tuple[str, ...] = (
    *RUDE_LINES,
    "Hi, sorry about that. Please DM us.",
    "ok",
    "We're looking into it.",
    "Thanks for your patience, updates soon.",
)


@dataclass(frozen=True, slots=True)
class Planned:
    """An action the bot wants applied at drill time `at`."""

    at: float
    action: Action


class Bot(Protocol):
    name: str

    def plan(self, engine: Engine, events: list[Event]) -> list[Planned]: ...


class Waits(Protocol):
    """A bot that can say until when, with nothing new happening, it will not act: the headless
    runner then skips its idle steps instead of asking it every second
    (`headless._skip_quiet_steps`).
    A bot without `idle_until` is asked at every step."""

    def idle_until(self, engine: Engine) -> float:
        """A drill time before which `plan(engine, [])` returns nothing and changes nothing."""
        ...


class _OnEvents:
    """For bots that plan only on events: asked with none, they never act. (A bot built on one
    of these that acts on the clock must say so in an `idle_until` of its own, or its quiet
    steps are skipped.)"""

    def idle_until(self, engine: Engine) -> float:
        return math.inf


class SilentBot(_OnEvents):
    name = "silent"

    def plan(self, engine: Engine, events: list[Event]) -> list[Planned]:
        return []


def statement_texts(engine: Engine) -> list[str]:
    """Official statements a careful agent would publish, best first: one confirmed fact, what
    is being done, what to do now, the link and hashtag, when the next update comes. One per
    fact of the scenario that scores best that way, the shortest first (quickest to type)."""
    from scoring.statement import score_statement

    brand = engine.scenario.brand
    minutes = max(1, int(engine.scenario.statements.update_every // 60))
    texts = []
    for fact in brand.facts or (f"We know {brand.name} customers are affected.",):
        text = (f"{fact} We are investigating now. Please check {brand.info_link} for what to "
                f"do. Next update in {minutes} minutes. {brand.hashtag}")
        report = score_statement(text, facts=brand.facts, hashtag=brand.hashtag,
                                 info_link=brand.info_link, brand=brand.name)
        texts.append((report.score, len(text.split()), text))
    best = max(score for score, _, _ in texts)
    return [text for score, _, text in sorted(texts, key=lambda x: (-x[0], x[1]))
            if score == best]


def statement_times(engine: Engine, *, late: bool) -> list[float]:
    """When a careful agent publishes: the holding message at once and each update before the
    last one goes stale; `late`, the holding message half again after it was due and updates
    well past their time."""
    due = engine.scenario.statements
    if late:
        first, every = 1.5 * float(due.holding_by), 1.6 * float(due.update_every)
    else:
        first, every = 5.0, max(10.0, float(due.update_every) - 15.0)
    times, t = [], first
    while t < engine.duration - 5.0:
        times.append(t)
        t += every
    return times


class CarefulBot(_OnEvents):
    """Good replies and the right routes, after a delay: `perfect` (seconds) or `slow` (late).
    Both publish the official statements: on time (`perfect`) or late (`slow`)."""

    def __init__(self, seed: int | str, *, name: str, late: bool,
                 good_enough: int = GOOD_ENOUGH) -> None:
        self.name = name
        self.late = late
        self.good_enough = good_enough
        self._rng = random.Random(f"{seed}:bot:{name}")
        # (channel, expected route) -> (template id or None for its own words, detail)
        self._best: dict[tuple[str, str], tuple[str | None, str]] = {}
        self._escalated: set[tuple[str, str]] = set()

    def _delay(self, target_s: float) -> float:
        if self.late:
            return target_s * self._rng.uniform(1.6, 3.0)
        return min(target_s * 0.5, self._rng.uniform(4.0, 12.0))

    def plan(self, engine: Engine, events: list[Event]) -> list[Planned]:
        planned: list[Planned] = []
        for event in events:
            if event.kind == EventKind.DRILL_STARTED:
                texts = statement_texts(engine)
                planned += [Planned(at, Action(STATEMENT_ACTION, "", text=texts[i % len(texts)]))
                            for i, at in enumerate(statement_times(engine, late=self.late))]
            if event.post_id is None:
                continue
            data = event.data
            if event.kind == EventKind.POST_ARRIVED:
                at = event.t + self._delay(float(data["target_s"]))
                route = data.get("expected_route") or NO_ROUTE
                if data["needs_reply"]:
                    name = data["author"]["name"]
                    planned.append(Planned(at, self._reply(engine, event.post_id, name,
                                                           data["channel"], route)))
                elif data["kind"] == "troll":
                    planned.append(Planned(at, Action("leave", event.post_id)))
                if route != NO_ROUTE:
                    planned.append(Planned(at, self._escalate(event.post_id, route)))
            elif event.kind == EventKind.THRESHOLD_CROSSED:
                route = data.get("route") or NO_ROUTE
                if route != NO_ROUTE and (event.post_id, route) not in self._escalated:
                    at = event.t + self._delay(60.0)
                    planned.append(Planned(at, self._escalate(event.post_id, route)))
        return [p for p in planned if p.action is not None]

    def _escalate(self, post_id: str, route: str) -> Action:
        self._escalated.add((post_id, route))
        return Action("escalate", post_id, route=route, note=f"Needs {route}: see thread.")

    def _reply(
        self, engine: Engine, post_id: str, name: str, channel: str, route: str
    ) -> Action:
        """The chosen template for this kind of post, with `{detail}` quoting this post; or the
        bot's own reply when the template would not score `GOOD_ENOUGH` here."""
        key = (channel, route)
        if key not in self._best:
            self._best[key] = self._choose(engine, post_id, name, channel, route)
        template_id, detail = self._best[key]
        quote = _quote(engine.post(post_id).text)
        if template_id is not None:
            text, _ = engine.fill_template(template_id, post_id)
            text = text.replace("{detail}", _with_quote(detail, quote))
            limit = engine.scenario.channel(channel).max_length
            if (limit is None or len(text) <= limit) and \
                    engine.score_text(post_id, text, template_id).score >= self.good_enough:
                return Action("reply", post_id, text=text, template_id=template_id)
        return Action("reply", post_id, text=self._compose(engine, name, channel, route, quote))

    def _compose(self, engine: Engine, author_name: str, channel: str, route: str,
                 quote: str) -> str:
        """Its own reply when no template suits: apology naming what the customer wrote, what
        it has done, when they hear back, and the official updates."""
        scenario = engine.scenario
        brand = scenario.brand
        name = author_name.split(" ")[0] or author_name
        limit = scenario.channel(channel).max_length or 10_000
        team = scenario.route(route).name if route != NO_ROUTE else "care"
        parts = [
            f"Hi {name}, I'm so sorry about this (“{quote}”)." if quote
            else f"Hi {name}, I'm so sorry about this.",
            f"I've passed it to our {team} team and we'll DM you within the hour.",
            f"Updates: {brand.info_link} {brand.hashtag}",
            f"– {engine.agent_name}",
        ]
        while len(" ".join(parts)) > limit and len(parts) > 1:
            parts.pop(-2 if len(parts) > 2 else -1)
        return " ".join(parts)[:limit]

    def _choose(
        self, engine: Engine, post_id: str, name: str, channel: str, route: str
    ) -> tuple[str | None, str]:
        """Oracle: pick an approved template that fits (the team template for an escalated post, a
        holding message otherwise), fill `{detail}` to suit the words around it, and use it if it
        scores well; else the bot's own reply."""
        from scoring.tone import score_reply

        scenario = engine.scenario
        ctx = engine.reply_context(post_id)
        limit = scenario.channel(channel).max_length
        team = scenario.route(route).name if route != NO_ROUTE else ""
        candidates = []
        for template in scenario.templates:
            if template.channels and channel not in template.channels:
                continue
            base, _ = engine.fill_template(template.id, post_id)
            detail = _detail_for(template.text, team, scenario.brand.facts)
            if detail is None:
                continue
            text = base.replace("{detail}", detail)
            if limit is not None and len(text) > limit:
                continue
            tctx = replace(ctx, template_text=template.text)
            score = score_reply(text, tctx).score
            team_slot = "{detail} team" in template.text
            fit = 2 if team and team_slot else (1 if "{detail}" not in template.text else 0)
            candidates.append((score >= self.good_enough, fit, score, template.id, detail))
        if not candidates:
            return None, ""
        good, _, _, template_id, detail = max(candidates, key=lambda c: c[:3])
        return (template_id, detail) if good else (None, "")


def _detail_for(template_text: str, team: str, facts: tuple[str, ...]) -> str | None:
    """Words for `{detail}` that read naturally where it sits (None: leave this template out)."""
    before, found, after = template_text.partition("{detail}")
    if not found:
        return ""
    before = before.rstrip().lower()
    if after.lstrip().startswith("team"):
        return team or None
    if before.endswith("about"):
        return "what happened"
    if before.endswith("sorry"):
        return "to hear about this"
    if before.endswith(":") and facts:
        return facts[0].rstrip(".")
    if before.endswith((".", "!")) and team:  # a sentence of its own: what was done about it
        return f"I've passed this to our {team} team."
    return None


_MENTION = re.compile(r"(?:@|#)\w+|https?://\S+")


def _quote(post_text: str, words: int = 8) -> str:
    """The opening words of what the customer wrote, to quote back: the surest way to show a
    post was read. Mentions, hashtags and links are left out."""
    plain = " ".join(_MENTION.sub(" ", post_text).split())
    first = re.split(r"(?<=[.!?])\s", plain, maxsplit=1)[0].rstrip(".!?")
    cut = first.split()
    return " ".join(cut[:words]) + ("…" if len(cut) > words else "")


def personalised_detail(template_text: str, team: str, facts: tuple[str, ...],
                        post_text: str) -> str | None:
    """What the bots write into a template's `{detail}` for this post (None: the template does
    not fit here): the words its place asks for, quoting the post where that reads naturally."""
    detail = _detail_for(template_text, team, facts)
    return None if detail is None else _with_quote(detail, _quote(post_text))


def _with_quote(detail: str, quote: str) -> str:
    """`{detail}` words that also quote the post ("what happened (“...”)"); a stated fact or a
    team name stays as it is."""
    if quote and detail in ("what happened", "to hear about this"):
        return f"{detail} (“{quote}”)"
    return detail



@dataclass
class _Open:
    """A post waiting for the human bot: what it needs, and by when."""

    post_id: str
    text: str
    due: float  # arrival + the channel's response target
    important: bool
    needs_reply: bool
    route: str
    troll: bool
    arrived: float = 0.0


class HumanBot:
    """The `perfect` player's replies, routes and statements, one thing at a time at
    `simulator.drill.triage`'s pace, triaging as the guides teach: the holding message first and
    each update before the last goes stale; then the important posts, closest deadline first;
    then routine posts it can still answer in time (those it cannot are left to the statement,
    which covers them). While it types, new posts wait, as they would for a person.

    `slow` is the same person taking `SLOW_FACTOR` times as long over everything, first come
    first served: a slow trainee, not a tireless one that answers every post late."""

    def __init__(self, seed: int | str, *, name: str = "human", factor: float = 1.0,
                 triage: bool = True) -> None:
        self.name = name
        self.factor = factor
        self.triage = triage
        self._careful = CarefulBot(seed, name=name, late=False, good_enough=HUMAN_GOOD_ENOUGH)
        self._open: dict[str, _Open] = {}
        self._free_at = 0.0
        self._texts: list[str] = []
        self._published: list[float] = []

    def plan(self, engine: Engine, events: list[Event]) -> list[Planned]:
        from simulator.drill.triage import important

        for event in events:
            if event.kind == EventKind.DRILL_STARTED:
                self._texts = statement_texts(engine)
            if event.post_id is None:
                continue
            data = event.data
            if event.kind == EventKind.POST_ARRIVED:
                self._open[event.post_id] = _Open(
                    event.post_id, str(data.get("text", "")),
                    event.t + float(data["target_s"]), important(data),
                    bool(data["needs_reply"]), data.get("expected_route") or NO_ROUTE,
                    data.get("kind") == "troll", event.t)
            elif event.kind == EventKind.THRESHOLD_CROSSED:
                route = data.get("route") or NO_ROUTE
                waiting = self._open.get(event.post_id)
                if waiting is not None:  # not handled yet: now it is important, for `route`
                    waiting.important = True
                    if waiting.route == NO_ROUTE:
                        waiting.route = route
                elif route != NO_ROUTE and (event.post_id, route) not in self._careful._escalated:
                    self._open[event.post_id] = _Open(event.post_id, "", event.t + 60.0, True,
                                                      False, route, False, event.t)
        if self._free_at > engine.now:
            return []
        statement = self._statement(engine)
        if statement is not None:
            return [statement]
        post = self._next(engine.now)
        return self._handle(engine, post, engine.now) if post is not None else []

    def idle_until(self, engine: Engine) -> float:
        """Busy until `_free_at`; free, it looks for work whenever it is asked."""
        return self._free_at if self._free_at > engine.now else engine.now

    def _statement(self, engine: Engine) -> Planned | None:
        """The holding message at once, then each update just before the last goes stale."""
        from simulator.drill.triage import DECIDE_S, typing_s

        if not self._texts:
            return None
        text = self._texts[len(self._published) % len(self._texts)]
        writing = (DECIDE_S + typing_s(text)) * self.factor
        every = float(engine.scenario.statements.update_every)
        if self._published and engine.now + writing < self._published[-1] + every - 5.0:
            return None
        at = engine.now + writing
        if at >= engine.duration:
            return None
        self._published.append(at)
        self._free_at = at
        return Planned(at, Action(STATEMENT_ACTION, "", text=text))

    def _next(self, now: float) -> _Open | None:
        """The most important open post by deadline; else the routine post with the nearest
        deadline still ahead; else any left (the oldest first)."""
        if not self._open:
            return None
        posts = self._open.values()
        if not self.triage:
            first = min(posts, key=lambda p: p.arrived)
            return self._open.pop(first.post_id)
        best = min((p for p in posts if p.important), key=lambda p: p.due, default=None)
        if best is None:
            best = min((p for p in posts if p.due >= now + 15.0), key=lambda p: p.due,
                       default=None)
        if best is None:
            best = min(posts, key=lambda p: p.due)
        return self._open.pop(best.post_id)

    def _handle(self, engine: Engine, post: _Open, start: float) -> list[Planned]:
        from simulator.drill.triage import DECIDE_S, ESCALATE_S, handling_s, reading_s

        planned = []
        slow = self.factor
        at = start + (reading_s(post.text) + DECIDE_S) * slow
        # The team first, then the public answer: a journalist's post left waiting can cross the
        # reach threshold before it reaches PR, and that is late whatever the reply says.
        if post.route != NO_ROUTE:
            at += ESCALATE_S * slow
            planned.append(Planned(at, self._careful._escalate(post.post_id, post.route)))
        if post.needs_reply:
            reply = self._careful._reply(engine, post.post_id,
                                         engine.post(post.post_id).author_name,
                                         engine.post(post.post_id).channel, post.route)
            at += (handling_s("", reply.text, template=reply.template_id is not None,
                              escalate=False) - DECIDE_S) * slow
            planned.append(Planned(at, reply))
        elif post.troll:
            planned.append(Planned(at, Action("leave", post.post_id)))
        self._free_at = at
        return planned


class RudeBot(_OnEvents):
    name = "rude"

    def __init__(self, seed: int | str) -> None:
        self._rng = random.Random(f"{seed}:bot:rude")

    def plan(self, engine: Engine, events: list[Event]) -> list[Planned]:
        planned = []
        for event in events:
            if event.kind == EventKind.POST_ARRIVED and event.data["needs_reply"] and event.post_id:
                at = event.t + self._rng.uniform(3.0, 10.0)
                planned.append(Planned(at, Action("reply", event.post_id,
                                                  text=self._rng.choice(RUDE_LINES))))
        return planned


class RandomBot(_OnEvents):
    name = "random"

    def __init__(self, seed: int | str) -> None:
        self._rng = random.Random(f"{seed}:bot:random")

    def plan(self, engine: Engine, events: list[Event]) -> list[Planned]:
        rng = self._rng
        routes = [r.id for r in engine.scenario.routes]
        planned = []
        for event in events:
            if event.kind != EventKind.POST_ARRIVED or event.post_id is None:
                continue
            at = event.t + rng.uniform(0.0, 2.0 * float(event.data["target_s"]))
            kind = rng.choice(("reply", "reply", "dm", "escalate", "hide", "leave", None))
            if kind is None:
                continue
            if kind == "escalate" and not routes:
                kind = "leave"
            action = Action(
                kind,
                event.post_id,
                text=rng.choice(RANDOM_LINES) if kind in ("reply", "dm") else None,
                route=rng.choice(routes) if kind == "escalate" else None,
            )
            planned.append(Planned(at, action))
        return planned


def make_bot(name: str, seed: int | str) -> Bot:
    if name == "perfect":
        return CarefulBot(seed, name="perfect", late=False)
    if name == "slow":
        return HumanBot(seed, name="slow", factor=SLOW_FACTOR, triage=False)
    if name == "late":
        return CarefulBot(seed, name="late", late=True)
    if name == "human":
        return HumanBot(seed)
    if name == "rude":
        return RudeBot(seed)
    if name == "silent":
        return SilentBot()
    if name == "random":
        return RandomBot(seed)
    raise ValueError(f"unknown bot {name!r} (expected one of {', '.join(BOT_NAMES)})")
