"""What the trainee sees of the drill, kept up to date from the engine's events.

The play screen never rebuilds its view from `engine.state` (that snapshots every post, O(posts)):
each tick it feeds the new events here, and this model updates only the posts they mention. The
feed order, the header figures and each post's thread come from here; live likes/shares are read
from the engine for the few rows on screen. Pure Python (Rich `Text` only), so it is tested without
a terminal.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, cast

from simulator.drill.events import ActionData, Event, EventKind
from simulator.printable import printable_data
from simulator.scenario.model import Scenario

if TYPE_CHECKING:
    from scoring.tone.model import FindingData

BADGES = {"journalist": "[J]", "influencer": "[I]", "verified": "[V]"}
BIG_FOLLOWING = 10_000
# Words a care desk reads as "this one first": harm, the law, money, data. Visible to anyone
# reading the post, so sorting by them tells the trainee nothing the post does not.
SERIOUS_WORDS = re.compile(
    r"\b(?:sick|ill|hospital|a&e|poison\w*|vomit\w*|allerg\w*|injur\w*|hurt|burn\w*"
    r"|fire|smoke|gas|died|death|dead|child|kids?|baby|lawyer\w*|lawsuit|sue|suing|class action"
    r"|court|solicitor|legal|police|fraud\w*|scam\w*|stolen|hack\w*|password|bank details"
    r"|data|address|leak\w*|breach)\b",
    re.IGNORECASE,
)
# How much sooner than its deadline a post counts as due, for each cue the trainee can see.
HEAD_START_S = {"crossed": 90.0, "loud": 60.0, "serious": 45.0, "following": 30.0}
SORTS = ("urgency", "newest")


@dataclass(slots=True)
class OurAction:
    """Something the trainee did to a post, as the thread shows it."""

    t: float
    kind: str
    text: str | None = None
    route: str | None = None
    note: str | None = None
    tone: int | None = None
    findings: tuple[FindingData, ...] = ()


@dataclass(slots=True)
class FeedItem:
    post_id: str
    channel: str
    public: bool
    author_name: str
    author_handle: str
    author_kind: str
    followers: int
    text: str
    arrived_at: float
    target_s: float
    parent_id: str | None
    likes: int = 0
    shares: int = 0
    comments: int = 0
    replied: bool = False
    dm: bool = False
    hidden: bool = False
    left: bool = False
    crossed: bool = False
    escalated_to: list[str] = field(default_factory=list)
    children: list[str] = field(default_factory=list)
    actions: list[OurAction] = field(default_factory=list)
    serious: bool | None = None  # SERIOUS_WORDS in the text (read once: the text never changes)

    @property
    def deadline(self) -> float:
        return self.arrived_at + self.target_s

    @property
    def handled(self) -> bool:
        """The trainee did something final with it (an escalation alone still needs an answer)."""
        return self.replied or self.dm or self.hidden or self.left

    @property
    def badge(self) -> str:
        return BADGES.get(self.author_kind, "")

    def cues(self) -> list[str]:
        """What a trainee reading the row sees that makes it more urgent (`HEAD_START_S`)."""
        found = []
        if self.crossed:
            found.append("crossed")
        if self.author_kind in BADGES:
            found.append("loud")
        if self.serious is None:
            self.serious = SERIOUS_WORDS.search(self.text) is not None
        if self.serious:
            found.append("serious")
        if self.followers >= BIG_FOLLOWING:
            found.append("following")
        return found

    def urgency(self, now: float) -> float:
        """Seconds left against its target, less a head start for each visible cue: the lower,
        the sooner it needs the trainee. A class-action threat with 0:52 left comes before a
        noise post with 2:56 left, however new the noise post is."""
        return self.deadline - now - sum(HEAD_START_S[cue] for cue in self.cues())

    def urgent(self, now: float) -> bool:
        """Urgent by what the trainee can see: late, gone viral, or a loud author."""
        if self.handled:
            return False
        return (
            now >= self.deadline
            or self.crossed
            or self.author_kind in BADGES
            or self.followers >= BIG_FOLLOWING
        )


def countdown(item: FeedItem, now: float) -> tuple[str, str]:
    """(label, colour) for the response-target column: the symbol changes with the colour."""
    if item.hidden:
        return "⊘ hidden", "grey50"
    if item.replied:
        return "✓ replied", "green"
    if item.dm:
        return "✉ in DM", "green"
    if item.left:
        return "– left", "grey50"
    remaining = item.deadline - now
    if remaining <= 0:
        return f"○ late {clock_text(-remaining)}", "red"
    if remaining <= item.target_s / 3:
        return f"◐ {clock_text(remaining)}", "yellow"
    return f"● {clock_text(remaining)}", "green"


def clock_text(seconds: float) -> str:
    seconds = max(0, int(seconds))
    minutes, secs = divmod(seconds, 60)
    return f"{minutes}:{secs:02d}"


def compact(number: int) -> str:
    if number >= 1_000_000:
        return f"{number / 1_000_000:.1f}M"
    if number >= 10_000:
        return f"{number / 1000:.0f}k"
    if number >= 1000:
        return f"{number / 1000:.1f}k"
    return str(number)


class FeedModel:
    """The posts, the header figures and the feed order, updated from engine events."""

    def __init__(self, scenario: Scenario) -> None:
        self.scenario = scenario
        self.items: dict[str, FeedItem] = {}
        self.waiting: dict[str, float] = {}  # the backlog, in arrival order (dicts keep it)
        self.phase = scenario.pace[0].name
        self.per_minute = float(scenario.pace[0].per_minute)
        self.pace_multiplier = 1.0
        self._arrivals: deque[float] = deque()  # arrival times of the last minute's posts
        self.health = 100.0
        self.finished = False
        self.channel_names = {c.id: c.name for c in scenario.channels}
        self.route_names = {r.id: r.name for r in scenario.routes}
        self.statements_due = scenario.statements
        self.statements = 0
        self.last_statement: float | None = None
        self.facts: list[str] = list(scenario.brand.facts)  # and each update once it is known

    # ------------------------------------------------------------------ updating
    def apply(self, events: Iterable[Event]) -> set[str]:
        """Take new events; return the ids of posts whose row or thread changed."""
        changed: set[str] = set()
        handlers = self._handlers
        for event in events:
            handler = handlers.get(event.kind)
            if handler is not None:
                handler(event, changed)
        return changed

    @cached_property
    def _handlers(self) -> dict[str, Callable[[Event, set[str]], None]]:
        """Each kind the trainee's view follows, with its handler; the others change nothing
        shown (`drill_started`, `follow_up`, `note`). Written out, not looked up by name, so a
        renamed kind or handler fails the type check instead of going quiet."""
        return {
            EventKind.POST_ARRIVED: self._on_post_arrived,
            EventKind.REACH_CHANGED: self._on_reach_changed,
            EventKind.THRESHOLD_CROSSED: self._on_threshold_crossed,
            EventKind.ACTION: self._on_action,
            EventKind.PHASE_CHANGED: self._on_phase_changed,
            EventKind.INJECT: self._on_inject,
            EventKind.HEALTH_CHANGED: self._on_health_changed,
            EventKind.STATEMENT: self._on_statement,
            EventKind.FACT_UPDATE: self._on_fact_update,
            EventKind.DRILL_ENDED: self._on_drill_ended,
        }

    def _on_post_arrived(self, event: Event, changed: set[str]) -> None:
        self._arrivals.append(event.t)
        data = printable_data(event.data)  # injects and stored drills can carry anything
        author = data.get("author") or {}
        reach = data.get("reach") or {}
        post_id = str(event.post_id)
        item = FeedItem(
            post_id=post_id,
            channel=str(data.get("channel", "")),
            public=bool(data.get("public", True)),
            author_name=str(author.get("name", "")),
            author_handle=str(author.get("handle", "")),
            author_kind=str(author.get("kind", "customer")),
            followers=int(author.get("followers", 0) or 0),
            text=str(data.get("text", "")),
            arrived_at=event.t,
            target_s=float(data.get("target_s", 0.0)),
            parent_id=data.get("parent_id"),
            likes=int(reach.get("likes", 0)),
            shares=int(reach.get("shares", 0)),
            comments=int(reach.get("comments", 0)),
        )
        self.items[post_id] = item
        if item.parent_id in self.items:
            self.items[item.parent_id].children.append(post_id)
            changed.add(item.parent_id)
        if item.public and data.get("needs_reply", True):
            self.waiting[post_id] = event.t
        changed.add(post_id)

    def _on_reach_changed(self, event: Event, changed: set[str]) -> None:
        item = self.items.get(str(event.post_id))
        if item is not None:
            item.likes = int(event.data.get("likes", item.likes))
            item.shares = int(event.data.get("shares", item.shares))
            item.comments = int(event.data.get("comments", item.comments))
            changed.add(item.post_id)

    def _on_threshold_crossed(self, event: Event, changed: set[str]) -> None:
        item = self.items.get(str(event.post_id))
        if item is not None:
            item.crossed = True
            self._on_reach_changed(event, changed)

    def _on_action(self, event: Event, changed: set[str]) -> None:
        item = self.items.get(str(event.post_id))
        if item is None:
            return
        # a pasted reply can carry terminal escapes
        data = cast(ActionData, printable_data(event.data))
        kind = str(data.get("kind"))
        tone = data.get("tone") or None
        item.actions.append(OurAction(
            t=event.t, kind=kind, text=data.get("text"), route=data.get("route"),
            note=data.get("note"),
            tone=None if tone is None else int(tone.get("score", 0)),
            findings=tuple(tone.get("findings", ())) if tone else (),
        ))
        if kind == "reply" or (kind == "dm" and tone is not None):
            item.replied = True
        if kind == "dm":
            item.dm = True
        elif kind == "hide":
            item.hidden = True
        elif kind == "leave":
            item.left = True
        elif kind == "escalate" and data.get("route"):
            item.escalated_to.append(str(data["route"]))
        if item.replied or item.hidden:
            self.waiting.pop(item.post_id, None)
        changed.add(item.post_id)

    def _on_phase_changed(self, event: Event, changed: set[str]) -> None:
        self.phase = str(event.data.get("phase", self.phase))
        self.per_minute = float(event.data.get("per_minute", self.per_minute))

    def _on_inject(self, event: Event, changed: set[str]) -> None:
        if event.data.get("pace") is not None:
            self.pace_multiplier = float(event.data["pace"])

    def _on_health_changed(self, event: Event, changed: set[str]) -> None:
        self.health = float(event.data.get("health", self.health))

    def _on_statement(self, event: Event, changed: set[str]) -> None:
        self.statements += 1
        self.last_statement = event.t

    def _on_fact_update(self, event: Event, changed: set[str]) -> None:
        self.facts.append(str(printable_data(event.data).get("text", "")))

    def _on_drill_ended(self, event: Event, changed: set[str]) -> None:
        self.finished = True
        if event.data.get("health") is not None:
            self.health = float(event.data["health"])

    # ------------------------------------------------------------------ reading
    def arrivals_per_minute(self, now: float) -> float:
        """Posts that actually arrived in the last minute (every kind: crowd, storyline,
        reactions), scaled up in the first minute (from 20 s on). The header shows this, not
        the phase's planned rate: after a facilitator's "pace x2" and a phase change the plan
        said 36 and 64 a minute while 18 and 16 arrived."""
        while self._arrivals and self._arrivals[0] <= now - 60.0:
            self._arrivals.popleft()
        window = max(20.0, min(60.0, now))
        return len(self._arrivals) * 60.0 / window

    @property
    def backlog(self) -> int:
        return len(self.waiting)

    def statement_status(self, now: float) -> tuple[str, str, str]:
        """(what, clock, level) of the official statements at `now`: the holding message or the
        next update is "due" in a while, "late" by a while, or the brand is "silent" (past the
        scenario's silence_after; the crowd is calling it out). Level: ok, soon, late, silent."""
        due = self.statements_due
        since = 0.0 if self.last_statement is None else self.last_statement
        what = "holding" if self.last_statement is None else "update"
        due_at = float(due.holding_by) if self.last_statement is None \
            else since + float(due.update_every)
        silent_at = since + float(due.silence_after)
        if now >= silent_at:
            return "silent", clock_text(now - silent_at), "silent"
        if now >= due_at:
            return what, clock_text(now - due_at), "late"
        left = due_at - now
        return what, clock_text(left), "soon" if left <= 60 else "ok"

    def oldest_unanswered_age(self, now: float) -> float | None:
        for arrived in self.waiting.values():
            return max(0.0, now - arrived)
        return None

    def order(self, now: float, sort: str = "urgency") -> list[str]:
        """Feed order. By urgency (the default): every open post by `FeedItem.urgency`, the most
        urgent on top. By newest: open posts newest first. Handled posts sit below, newest
        first, either way."""
        waiting: list[FeedItem] = []
        done: list[FeedItem] = []
        for item in self.items.values():
            (done if item.handled else waiting).append(item)
        if sort == "newest":
            waiting.sort(key=lambda i: (-i.arrived_at, i.post_id))
        else:
            waiting.sort(key=lambda i: (i.urgency(now), i.post_id))
        done.sort(key=lambda i: (-i.arrived_at, i.post_id))
        return [i.post_id for i in (*waiting, *done)]

    def most_urgent(self, now: float) -> str | None:
        """The open post that most needs the trainee now, whatever the feed's sort."""
        best = min((i for i in self.items.values() if not i.handled),
                   key=lambda i: (i.urgency(now), i.post_id), default=None)
        return None if best is None else best.post_id

    def thread(self, post_id: str) -> list[FeedItem]:
        """The whole conversation the post belongs to, root first, in arrival order."""
        item = self.items.get(post_id)
        if item is None:
            return []
        root = item
        seen = {root.post_id}
        while root.parent_id in self.items and root.parent_id not in seen:
            root = self.items[root.parent_id]
            seen.add(root.post_id)
        out: list[FeedItem] = []
        stack = [root]
        visited: set[str] = set()
        while stack:
            node = stack.pop()
            if node.post_id in visited:
                continue
            visited.add(node.post_id)
            out.append(node)
            stack.extend(self.items[c] for c in reversed(node.children) if c in self.items)
        return sorted(out, key=lambda i: (i.arrived_at, i.post_id))
