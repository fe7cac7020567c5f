"""What a kind of crisis is made of: its grammar, its industries, its teams and its crowd.

A kind module (`simulator/generate/kinds/*.py`) is mostly words: a `Kind` holding the rules of
its grammar (`grammar.py`) under the names the builder asks for (`REQUIRED_RULES`), the
industries it can strike (each with its brand names and products), the team that takes its
one-person cases, and its crowd topics. The builder (`build.py`) turns one into a scenario; the
words stay in the kind, the structure (ids, times, expectations, difficulty) in the builder, so
eight kinds share one way of being coherent.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from simulator.generate.grammar import Rules

# The key posts every generated crisis has (the storyline), in the words: the first
# report, a vulnerable customer, a legal threat, press, an influencer, misinformation, a troll,
# a fake support account and a fair critic.
ROLES: tuple[str, ...] = ("first_report", "vulnerable", "legal_threat", "press", "influencer",
                          "misinformation", "troll", "fake_support", "fair_critic")
# Extra storyline posts harder drills add: another one-person case for the specialist team, a
# supporter, a big verified account, and a customer asking what to do.
EXTRA_ROLES: tuple[str, ...] = ("specialist_case", "supporter", "verified", "question")

# Rules a kind must define (the builder draws each once per scenario, or per post).
REQUIRED_RULES: tuple[str, ...] = (
    "title", "briefing", "crisis_short",
    # facts: what is known, what is not, what people should do, and the two timed updates
    "fact_what", "fact_scope", "fact_unknown", "fact_safe", "fact_doing", "fact_advice",
    "update_cause", "update_fix",
    # templates ({name} {detail} {info_link} {hashtag} {agent} are the game's placeholders)
    "tpl_holding", "tpl_specialist", "tpl_facts", "tpl_dm",
    # the storyline
    *ROLES, *EXTRA_ROLES,
    "first_report_ignored", "vulnerable_ignored", "vulnerable_escalated",
    "misinformation_ignored",
    # the crowd's own lines
    "crowd_question", "crowd_praise", "crowd_troll",
)


@dataclass(frozen=True, slots=True)
class Industry:
    """Where the crisis strikes: how its brands are named and what they sell.

    `brand` is a grammar alternative (`<last_name> <Bank|Money>`); `products` the crowd's
    `{product}` values; `values` more fixed words of this industry for the kind's rules (what
    a customer is called, the thing that failed...)."""

    name: str
    brand: str
    products: tuple[str, ...]
    values: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # crowd slots of this industry's own (over the kind's): where an airline's customers were
    # is an airport, not a high-street store
    slots: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class TopicSpec:
    """A crowd topic: `rule` names the grammar rule its complaint patterns are drawn from."""

    id: str
    rule: str
    severity: int = 2
    route: str = "none"
    mood: str = "auto"
    weight: float = 1.0
    channels: tuple[str, ...] = ()
    # the industries it belongs to (by `Industry.name`; empty: every industry of the kind), so
    # a streaming outage's crowd does not talk about bank transfers
    industries: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Kind:
    name: str
    label: str  # "a service outage": how the briefing and `list` name it
    rules: Rules
    industries: tuple[Industry, ...]
    # the team that takes one person's case (their money, their health, their data)
    specialist: str
    specialist_name: str
    specialist_takes: str
    topics: tuple[TopicSpec, ...]
    # channel ids of the public feeds (from channels.CATALOGUE; `dm` is always added)
    channels: tuple[str, ...] = ("x", "facebook", "instagram")
    # crowd slots of the kind's own ({slot} in its topics and crowd lines)
    slots: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    hashtag_word: str = "Update"
    link_path: str = "update"
    # role -> channel id, where the default (channels.ROLE_CHANNELS) does not fit
    role_channels: Mapping[str, str] = field(default_factory=dict)
    # channel id -> display name, where the catalogue's does not fit ("Trustpilot reviews")
    channel_names: Mapping[str, str] = field(default_factory=dict)
    # the crowd's `{product}`: any of the industry's products, or only the crisis's own
    # (a recall's crowd must not find "the code matches" on a product nobody recalled)
    crowd_products: str = "any"
