"""The scenario model: plain, frozen data that a loaded YAML file becomes.

This module is the single description of the scenario format. The loader validates against it,
`crisis-drill schema` generates the JSON Schema from it and docs/scenario-format.md documents it, so
a key added here is added everywhere. Every field carries a `doc` (shown to facilitators) and, where
optional, a default. Nothing here imports Textual or touches the disk.

Times inside a drill are seconds since the drill started (floats). Durations in files are written
`90s`, `5m`, `1h` or `1m30s` (a bare number means seconds) and become `Duration` values.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

# Placeholders a template may use. The engine fills the automatic ones from the post and the brand;
# `{detail}` marks the spot the trainee must personalise before sending.
AUTO_PLACEHOLDERS: tuple[str, ...] = ("name", "handle", "brand", "hashtag", "info_link", "agent")
MANUAL_PLACEHOLDERS: tuple[str, ...] = ("detail",)
TEMPLATE_PLACEHOLDERS: tuple[str, ...] = AUTO_PLACEHOLDERS + MANUAL_PLACEHOLDERS

# Faker-backed slots a crowd text pattern may use. Values come from the seeded crowd generator.
CROWD_SLOTS: tuple[str, ...] = (
    "product",  # one of crowd.products
    "order",  # an order number, e.g. #48213
    "first_name",
    "city",
    "store",  # a store/location name built from a city
    "minutes",
    "hours",
    "days",
    "amount",  # a money amount
    "brand",
    "brand_handle",
    "hashtag",
)

# The kinds of crowd text a scenario may write its own patterns for (`crowd.patterns`), each
# replacing the generic bank of that name, and the slots each may use on top of the crowd slots:
# media posts quote a complaint, a customer ignored or hidden quotes their first post, a pile-on
# quotes the trainee's reply.
CrowdLineKind = Literal[
    "question", "praise", "noise", "troll", "legal_threat", "safety_threat", "journalist",
    "influencer", "verified", "again", "hidden", "pile_on", "thanks", "overdue", "silence",
    "after_update",
]
LINE_SLOTS: dict[str, tuple[str, ...]] = {
    "journalist": ("quote", "outlet"), "influencer": ("quote",), "verified": ("quote",),
    "again": ("text",), "hidden": ("text",), "pile_on": ("reply",),
}
# Codes a `crowd.slots` value may use besides the crowd slots: a fresh digit or capital letter at
# each use, and `{N-M}` for a whole number from N to M (a booking reference: `BW{1000-9999}`).
SLOT_CODES: tuple[str, ...] = ("digit", "letter")
SLOT_RANGE = re.compile(r"^(\d{1,9})-(\d{1,9})$")
SLOT_NAME = r"^[a-z][a-z0-9_]*$"
# Slots a scenario may not redefine in `crowd.slots`: they come from `brand` and `crowd.products`.
FIXED_SLOTS: tuple[str, ...] = ("brand", "brand_handle", "hashtag", "product")
# How a topic's complaints read. `auto`: worried wording ("scared", "is my card safe") reads
# worried, anything else angry.
Mood = Literal["auto", "calm", "worried", "angry", "furious"]

AuthorKind = Literal["customer", "journalist", "influencer", "verified", "troll"]
Difficulty = Literal["easy", "medium", "hard"]
PostKind = Literal["complaint", "question", "praise", "noise", "troll", "threat", "media"]
NO_ROUTE = "none"
# Ten posts a second: far beyond any trainee, and a bound that keeps every drill finite.
MAX_PER_MINUTE = 600
# Sane maxima for every other number, so a file that validates also plays: a count past
# SQLite's 64-bit integers crashed `simulate`, and a 1000-hour drill grew `preview` past 1 GB.
MAX_COUNT = 10**12  # followers, likes, shares, comments: more than people on Earth
MAX_WEIGHT = 10**6  # relative weights and composite weights
MAX_DURATION_S = 8 * 3600  # a drill is minutes long; eight hours is a working day
# The form of a handle, a hashtag and a link, as the engine and the tone score use them (a reply
# is checked for the hashtag and the link as written; the crowd @-mentions the handle).
HANDLE_PATTERN = r"^@[^\s@]+$"
HASHTAG_PATTERN = r"^#[^\s#]+$"
LINK_PATTERN = r"^https?://[^\s/]+\S*$"
HANDLE_FORM = "a handle starts with @ and has no spaces"


class Duration(float):
    """Seconds, parsed from `90s` / `5m` / `1h` / `1m30s` (or a bare number of seconds).

    A float subclass so the engine does plain arithmetic on it, while the loader and the schema
    generator can tell a duration from any other number.
    """

    def __repr__(self) -> str:
        return f"Duration({format_duration(self)!r})"


# How a duration is written in a file: `90s`, `5m`, `1h`, `1m30s`, `1h 30m`, or bare seconds.
DURATION_PATTERN = (
    r"^\s*(?:\d+(?:\.\d+)?|(?=\d)(?:\d+(?:\.\d+)?\s*h)?\s*(?:\d+(?:\.\d+)?\s*m)?"
    r"\s*(?:\d+(?:\.\d+)?\s*s)?)\s*$"
)
_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)\s*([hms])")


def parse_duration(text: str) -> Duration | None:
    """`1m30s` → Duration(90); None when the text is not a duration (the loader reports it)."""
    if not re.match(DURATION_PATTERN, text):
        return None
    parts = _DURATION_PART.findall(text)
    if not parts:
        return Duration(float(text))
    size = {"h": 3600, "m": 60, "s": 1}
    return Duration(sum(float(amount) * size[unit] for amount, unit in parts))


def format_duration(seconds: float) -> str:
    """Render seconds the way a facilitator writes them (`1m30s`, `2h`, `45s`)."""
    total = round(float(seconds))
    if total == 0:
        return "0s"
    parts = []
    for unit, size in (("h", 3600), ("m", 60), ("s", 1)):
        amount, total = divmod(total, size)
        if amount:
            parts.append(f"{amount}{unit}")
    return "".join(parts)


def doc(text: str, **extra: object) -> dict[str, object]:
    """Field metadata: the facilitator-facing description, plus optional schema hints.

    Hints the loader and schema understand: `example`, `minimum`, `maximum` (numbers and durations;
    for lists and weight maps they apply to each item), `above` (an exclusive minimum: the value
    must be greater), `min_items` (lists, and each list of a map of lists), `pattern` (text) with
    `form` (how the pattern reads to a facilitator), `key_pattern` (the keys of a map; the schema
    says it, the crowd checks enforce it).
    `added=True` marks a key added after drills were recorded: while it has its default it is left
    out of the scenario's content hash (`store.hash_scenario`), so old results still match.
    `label=True` marks a key that names the drill without changing how it plays (its `kind`):
    never hashed, so labelling a file does not split its leaderboard.
    """
    return {"doc": text, **extra}


def count_doc(text: str) -> dict[str, object]:
    """`doc` for a count of people or reactions: from 0 to `MAX_COUNT`."""
    return doc(text, minimum=0, maximum=MAX_COUNT)


def weight_doc(text: str) -> dict[str, object]:
    """`doc` for a relative weight: from 0 to `MAX_WEIGHT`."""
    return doc(text, minimum=0, maximum=MAX_WEIGHT)


@dataclass(frozen=True, slots=True)
class Brand:
    name: str = field(metadata=doc("The brand's name as customers write it.", example="Cluckers"))
    handle: str = field(metadata=doc("The brand's social handle, with @.", example="@cluckers",
                                     pattern=HANDLE_PATTERN, form=HANDLE_FORM))
    hashtag: str = field(
        metadata=doc(
            "The one official hashtag for updates on this crisis.", example="#CluckersUpdate",
            pattern=HASHTAG_PATTERN, form="a hashtag starts with # and has no spaces",
        )
    )
    info_link: str = field(
        metadata=doc(
            "The one official place with details (status page, FAQ).",
            example="https://cluckers.example/update", pattern=LINK_PATTERN,
            form="the info link is a web address starting with https:// (or http://)",
        )
    )
    facts: tuple[str, ...] = field(
        default=(),
        metadata=doc(
            "What agents may state as fact. Replies that promise or admit beyond these lose points."
        ),
    )


@dataclass(frozen=True, slots=True)
class Channel:
    id: str = field(metadata=doc("Short id used by posts and templates.", example="x"))
    name: str = field(metadata=doc("Display name.", example="X / Twitter"))
    response_target: Duration = field(
        metadata=doc("Time to first public response for full speed marks (the channel's SLA).",
                     maximum=MAX_DURATION_S)
    )
    max_length: int | None = field(
        default=None,
        metadata=doc("Longest reply the channel accepts, in characters; empty for no limit.",
                     minimum=1),
    )
    public: bool = field(
        default=True, metadata=doc("False for private channels (DM, email): nothing spreads there.")
    )


@dataclass(frozen=True, slots=True)
class Route:
    id: str = field(metadata=doc("Short id of the team.", example="pr"))
    name: str = field(metadata=doc("Display name.", example="PR / Comms"))
    takes: str = field(
        default="", metadata=doc("What this team takes, shown in the escalation dialog.")
    )


@dataclass(frozen=True, slots=True)
class ReachThreshold:
    """Above any of these numbers a post is high-alert and must go to `route` (seeds' criteria)."""

    route: str = field(default="pr", metadata=doc("Route that high-reach posts must go to."))
    likes: int | None = field(default=None, metadata=count_doc("Likes at or above which."))
    shares: int | None = field(default=None, metadata=count_doc("Shares at or above which."))
    comments: int | None = field(
        default=None, metadata=count_doc("Comments at or above which.")
    )
    followers: int | None = field(
        default=None, metadata=count_doc("Author followers at or above which.")
    )


@dataclass(frozen=True, slots=True)
class Phase:
    name: str = field(metadata=doc("Phase name shown in the header.", example="viral"))
    start: Duration = field(metadata=doc("When the phase begins; the first phase starts at 0s."))
    per_minute: float = field(
        metadata=doc("Generated posts arriving per minute during this phase.", minimum=0,
                     maximum=MAX_PER_MINUTE)
    )
    mix: dict[PostKind, float] | None = field(
        default=None,
        metadata=doc(
            "Optional weights of generated post kinds in this phase; defaults to crowd.mix.",
            minimum=0, maximum=MAX_WEIGHT,
        ),
    )


@dataclass(frozen=True, slots=True)
class Template:
    id: str = field(metadata=doc("Short id.", example="holding"))
    title: str = field(metadata=doc("Shown in the template picker."))
    text: str = field(
        metadata=doc(
            "The approved text. Placeholders: {name} {handle} {brand} {hashtag} {info_link} "
            "{agent} are filled in; {detail} marks what the trainee must personalise."
        )
    )
    channels: tuple[str, ...] = field(
        default=(), metadata=doc("Channels it suits; empty for all.")
    )


@dataclass(frozen=True, slots=True)
class Author:
    name: str = field(metadata=doc("Display name."))
    handle: str = field(metadata=doc("Handle, with @.", example="@jane_eats",
                                     pattern=HANDLE_PATTERN, form=HANDLE_FORM))
    followers: int = field(default=100, metadata=count_doc("Follower count."))
    kind: AuthorKind = field(default="customer", metadata=doc("Who they are."))


@dataclass(frozen=True, slots=True)
class Reach:
    likes: int = field(default=0, metadata=count_doc("Likes at arrival."))
    shares: int = field(default=0, metadata=count_doc("Shares at arrival."))
    comments: int = field(default=0, metadata=count_doc("Comments at arrival."))


@dataclass(frozen=True, slots=True)
class Expect:
    route: str = field(
        default=NO_ROUTE,
        metadata=doc("Route a correct handling escalates to, or `none`."),
    )
    min_tone: int = field(
        default=60,
        metadata=doc("Tone score (0-100) a reply needs to count as good.", minimum=0, maximum=100),
    )
    reply: bool = field(
        default=True, metadata=doc("Whether the post needs a public reply at all.")
    )
    also: tuple[str, ...] = field(
        default=(), metadata=doc(
            "Other routes that are just as correct (a threat of self-harm: `safety`, also "
            "`pr`); `route` is the one a debrief names first.", example=["pr"], added=True))

    @property
    def routes(self) -> tuple[str, ...]:
        """Every correct route, `route` first (empty when none is expected)."""
        return () if self.route == NO_ROUTE else (self.route, *self.also)


@dataclass(frozen=True, slots=True)
class Condition:
    """Exactly one of these keys is set in a file."""

    ignored_for: Duration | None = field(
        default=None, metadata=doc("Fires when the post had no reply for this long.")
    )
    tone_below: int | None = field(
        default=None,
        metadata=doc("Fires when a reply scores under this tone.", minimum=0, maximum=100),
    )
    replied: bool | None = field(
        default=None, metadata=doc("Fires once the post got any public reply.")
    )
    escalated: bool | None = field(
        default=None, metadata=doc("Fires once the post was escalated to any route.")
    )


@dataclass(frozen=True, slots=True)
class FollowUp:
    id: str = field(metadata=doc("Unique id among all posts and follow-ups."))
    when: Condition = field(metadata=doc("The condition that makes it fire."))
    text: str = field(metadata=doc("What gets posted."))
    delay: Duration = field(
        default=Duration(5), metadata=doc("How long after the condition holds it appears.")
    )
    author: Author | None = field(
        default=None, metadata=doc("Who posts it; defaults to the original author.")
    )
    channel: str | None = field(
        default=None, metadata=doc("Channel id; defaults to the original post's.")
    )
    expect: Expect | None = field(
        default=None, metadata=doc("Correct handling of the follow-up itself.")
    )
    reach: Reach | None = field(
        default=None, metadata=doc("Reach at arrival; defaults to none (it starts from zero).",
                                   added=True))
    severity: int | None = field(
        default=None, metadata=doc("1 (mild) to 5 (severe); defaults to the original post's.",
                                   minimum=1, maximum=5, added=True))
    follow_ups: tuple[FollowUp, ...] = field(
        default=(), metadata=doc(
            "Follow-ups of this follow-up: their conditions are about this post (what the "
            "trainee does with it), so a thread can escalate step by step.", added=True))


def walk_follow_ups(follow_ups: tuple[FollowUp, ...]) -> list[tuple[FollowUp | None, FollowUp]]:
    """Every follow-up of a post, chained ones included, as (parent follow-up or None for the
    post itself, follow-up), depth first in file order: what checks and previews iterate."""
    out: list[tuple[FollowUp | None, FollowUp]] = []
    stack: list[tuple[FollowUp | None, FollowUp]] = [(None, f) for f in reversed(follow_ups)]
    while stack:
        parent, follow_up = stack.pop()
        out.append((parent, follow_up))
        stack.extend((follow_up, child) for child in reversed(follow_up.follow_ups))
    return out


@dataclass(frozen=True, slots=True)
class ScriptedPost:
    id: str = field(metadata=doc("Unique id among all posts and follow-ups.", example="p1"))
    at: Duration = field(metadata=doc("When it arrives."))
    channel: str = field(metadata=doc("Channel id."))
    author: Author = field(metadata=doc("Who posts it."))
    text: str = field(metadata=doc("What they post."))
    reach: Reach = field(default_factory=Reach, metadata=doc("Reach at arrival."))
    severity: int = field(
        default=2, metadata=doc("1 (mild) to 5 (severe): speeds up spread.", minimum=1, maximum=5)
    )
    expect: Expect = field(default_factory=Expect, metadata=doc("What a correct handling is."))
    follow_ups: tuple[FollowUp, ...] = field(
        default=(), metadata=doc("Reactions that fire on conditions.")
    )


@dataclass(frozen=True, slots=True)
class InjectedPost:
    """A post file a facilitator injects into a running session (`session inject --post`, the
    console's `p`): checked key by key like a scenario, so a misspelt `chanel:` is an error at
    its line, not a post on the default channel."""

    text: str = field(metadata=doc("What they post."))
    author: Author | None = field(default=None, metadata=doc("Who posts it."))
    channel: str | None = field(default=None, metadata=doc("Channel id (default: the first "
                                                           "public channel)."))
    route: str = field(default=NO_ROUTE, metadata=doc("Route a correct handling escalates to."))
    severity: int = field(default=3, metadata=doc("1 (mild) to 5 (severe).", minimum=1,
                                                  maximum=5))
    reach: Reach = field(default_factory=Reach, metadata=doc("Reach at arrival."))
    min_tone: int = field(default=60, metadata=doc("Tone a reply needs to count as good.",
                                                   minimum=0, maximum=100))
    reply: bool = field(default=True, metadata=doc("Whether the post needs a public reply."))


@dataclass(frozen=True, slots=True)
class FactUpdate:
    """A fact that becomes known during the drill ("from 6m: the health department confirmed
    three cases"): the trainee is told when it arrives, and replies and statements may state it
    from then on without being penalised as speculation."""

    at: Duration = field(metadata=doc("When it becomes known."))
    text: str = field(metadata=doc("The fact, as the brand may state it."))


@dataclass(frozen=True, slots=True)
class ScheduledInject:
    """An entry of the exercise's master events list: something that happens at a set time
    whatever the trainee does (a journalist calls at 4m, the CEO posts at 7m, the pace
    doubles), without a facilitator at the console. Give `post`, `pace`, or both."""

    at: Duration = field(metadata=doc("When it happens."))
    post: InjectedPost | None = field(default=None, metadata=doc("A post that arrives then."))
    pace: float | None = field(default=None, metadata=doc(
        "Multiply the crowd's pace by this from then on (2 doubles it, 1 restores it).",
        minimum=0, maximum=100))
    note: str | None = field(default=None, metadata=doc(
        "What it is, for the facilitator and the debrief (not shown to the trainee)."))


@dataclass(frozen=True, slots=True)
class Topic:
    id: str = field(metadata=doc("Short id.", example="sick"))
    patterns: tuple[str, ...] = field(
        metadata=doc(
            "Complaint texts with Faker slots in braces, e.g. {product} {order} {city} {hours}.",
            min_items=1,
        )
    )
    weight: float = field(default=1.0, metadata=weight_doc("Relative frequency."))
    severity: int = field(
        default=2, metadata=doc("1 (mild) to 5 (severe).", minimum=1, maximum=5)
    )
    route: str = field(
        default=NO_ROUTE, metadata=doc("Route a post on this topic must go to, or `none`.")
    )
    channels: tuple[str, ...] = field(
        default=(), metadata=doc("Channels it appears on; empty for all public ones.")
    )
    mood: Mood = field(default="auto", metadata=doc(
        "How its posts read: calm (little dressing), worried (anxious wording, no insults), "
        "angry, or furious (more caps and shouting); auto reads worried wording in a pattern as "
        "worried and the rest as angry.", added=True))


@dataclass(frozen=True, slots=True)
class Crowd:
    topics: tuple[Topic, ...] = field(
        metadata=doc("What the angry crowd complains about.", min_items=1)
    )
    products: tuple[str, ...] = field(
        default=(), metadata=doc("Product names the {product} slot picks from.")
    )
    locale: str = field(default="en_US", metadata=doc("Faker locale for names and places."))
    mix: dict[PostKind, float] = field(
        default_factory=lambda: {
            "complaint": 60.0,
            "question": 14.0,
            "praise": 6.0,
            "noise": 8.0,
            "troll": 6.0,
            "threat": 3.0,
            "media": 3.0,
        },
        metadata=doc(
            "Default weights of generated post kinds (complaints use the topics).", minimum=0,
            maximum=MAX_WEIGHT,
        ),
    )
    patterns: dict[CrowdLineKind, tuple[str, ...]] = field(
        default_factory=dict,
        metadata=doc(
            "The scenario's own texts per kind of crowd post, used instead of the generic ones "
            "(which fit any brand, so none fits yours). Same slots as topic patterns, plus "
            "{quote} (journalist, influencer, verified), {outlet} (journalist), {text} (again, "
            "hidden) and {reply} (pile_on).", min_items=1, added=True,
        ),
    )
    slots: dict[str, tuple[str, ...]] = field(
        default_factory=dict,
        metadata=doc(
            "The scenario's own slots: name → values, one picked per post, usable as {name} in "
            "every crowd pattern. A value may use crowd slots, {digit}, {letter} and {N-M} (a "
            "number from N to M). Naming a crowd slot (city, amount...) replaces it.",
            min_items=1, key_pattern=SLOT_NAME, added=True,
        ),
    )
    channels: dict[PostKind, tuple[str, ...]] = field(
        default_factory=dict,
        metadata=doc(
            "Channel ids each kind of generated post appears on (a topic's own channels win for "
            "its complaints); a kind left out keeps the default: every public channel, no small "
            "talk or trolls on review sites.", min_items=1, added=True,
        ),
    )

    def slot_names(self) -> tuple[str, ...]:
        """Every slot a topic pattern may use: the crowd slots and this scenario's own (those
        with a name the crowd checks accept; they report the others)."""
        taken = {*CROWD_SLOTS, *SLOT_CODES, *(slot for slots in LINE_SLOTS.values()
                                              for slot in slots)}
        return CROWD_SLOTS + tuple(name for name in self.slots
                                   if name not in taken and re.match(SLOT_NAME, name))


@dataclass(frozen=True, slots=True)
class Weights:
    speed: float = field(default=30, metadata=weight_doc("Weight of speed."))
    tone: float = field(default=40, metadata=weight_doc("Weight of tone."))
    escalation: float = field(default=30, metadata=weight_doc("Weight of escalation."))
    statements: float = field(default=20, metadata=weight_doc(
        "Weight of the official statements (holding message on time, rubric, kept fresh)."))


@dataclass(frozen=True, slots=True)
class Statements:
    """When the official statements are due (the guides: a holding message at once, updates on a
    rhythm, never silent). The crowd reacts to these times and the statements score uses them."""

    holding_by: Duration = field(default=Duration(180), metadata=doc(
        "The holding message is due this long after the drill starts.", minimum=1))
    update_every: Duration = field(default=Duration(240), metadata=doc(
        "An update is due this long after the previous statement; once it is overdue the crowd "
        "starts asking for one.", minimum=1))
    silence_after: Duration = field(default=Duration(420), metadata=doc(
        "This long without any statement (since the start, or since the last one) the crowd "
        "reads as silence: it posts about the silence and brand health drops.", minimum=1))


@dataclass(frozen=True, slots=True)
class Scenario:
    id: str = field(
        metadata=doc(
            "Stable id (letters, digits, dashes).",
            example="food-rumour",
            pattern=r"^[A-Za-z0-9][A-Za-z0-9-]*$",
        )
    )
    title: str = field(metadata=doc("Title shown in lists and the briefing."))
    briefing: str = field(
        metadata=doc("One paragraph shown to the trainee before the clock starts.")
    )
    duration: Duration = field(metadata=doc("How long the drill runs.", above=0,
                                            maximum=MAX_DURATION_S))
    brand: Brand = field(metadata=doc("Who the trainee speaks for."))
    channels: tuple[Channel, ...] = field(metadata=doc("Where posts arrive.", min_items=1))
    routes: tuple[Route, ...] = field(
        metadata=doc("Teams a post can be escalated to.", min_items=1)
    )
    pace: tuple[Phase, ...] = field(
        metadata=doc("Phases in time order, speeding up.", min_items=1)
    )
    crowd: Crowd = field(metadata=doc("The generated crowd."))
    difficulty: Difficulty = field(default="medium", metadata=doc("How hard the drill is."))
    kind: str = field(default="", metadata=doc(
        "The kind of crisis (`outage`, `recall`, `breach`, ...): `history` groups a trainee's "
        "drills by it, so onboarding shows which kinds a new agent handles well. "
        "`crisis-drill generate` writes it; any short name of your own works too.",
        example="outage", pattern=r"^$|^[a-z][a-z0-9-]*$", added=True, label=True))
    reach_threshold: ReachThreshold = field(
        default_factory=ReachThreshold, metadata=doc("When a post must go to PR.")
    )
    templates: tuple[Template, ...] = field(default=(), metadata=doc("Approved responses."))
    posts: tuple[ScriptedPost, ...] = field(default=(), metadata=doc("Scripted posts."))
    statements: Statements = field(default_factory=Statements, metadata=doc(
        "When the holding message and the updates are due."))
    fact_updates: tuple[FactUpdate, ...] = field(default=(), metadata=doc(
        "Facts that become known during the drill, in time order.", added=True))
    injects: tuple[ScheduledInject, ...] = field(default=(), metadata=doc(
        "The master events list: posts and pace changes at set times.", added=True))
    authors: dict[str, Author] = field(default_factory=dict, metadata=doc(
        "Reusable authors by id: `author: dana` in a post, follow-up or inject is this one.",
        added=True))
    weights: Weights = field(default_factory=Weights, metadata=doc("Composite score weights."))
    pass_mark: float = field(default=80, metadata=doc(
        "Composite a drill needs to pass; any critical error (an insult, personal data in "
        "public, a hidden complaint, a missed safety escalation) fails it whatever the score.",
        minimum=0, maximum=100))

    # Lookups the engine and UI need constantly; cheap enough to compute on demand.
    def channel(self, channel_id: str) -> Channel:
        for channel in self.channels:
            if channel.id == channel_id:
                return channel
        raise KeyError(channel_id)

    def route(self, route_id: str) -> Route:
        for route in self.routes:
            if route.id == route_id:
                return route
        raise KeyError(route_id)

    def template(self, template_id: str) -> Template:
        for template in self.templates:
            if template.id == template_id:
                return template
        raise KeyError(template_id)

    def phase_at(self, t: float) -> Phase:
        current = self.pace[0]
        for phase in self.pace:
            if phase.start <= t:
                current = phase
        return current
