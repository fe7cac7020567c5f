"""Is a generated crisis coherent? Checked on every file written, not hoped for.

- every fact the templates and the storyline rely on is in the facts (`build.TEMPLATE_FACTS`,
  `build.ROLE_FACTS`), and the template says something of it;
- every scripted post's expected route exists, and the kinds of post mix as a storyline needs:
  each key role once, with the right kind of author, the troll needing no reply;
- no two scripted texts (posts and follow-ups) are near-duplicates;
- (with the bots, `play_check`) the `perfect` bot scores at least 90 and the `silent` bot fails.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import combinations
from typing import Any

from simulator.generate.build import ROLE_AUTHORS, Draft
from simulator.generate.kind import ROLES
from simulator.scenario.model import NO_ROUTE, Scenario

NEAR_DUPLICATE = 0.72  # SequenceMatcher ratio at or above which two texts say the same thing
PERFECT_AT_LEAST = 90.0
_WORD = re.compile(r"[a-z0-9']{4,}")
_STOP = frozenset(("that", "this", "with", "have", "from", "your", "will", "they", "what", "when",
                   "been", "were", "there", "their", "about", "just", "them", "into", "more",
                   "only", "some", "than", "then", "very", "which", "would"))


class IncoherentScenario(ValueError):
    """A generated scenario failed a coherence check (a bug in a kind or the builder)."""


def problems(draft: Draft) -> list[str]:
    """Everything incoherent in `draft`, as sentences (empty when it is coherent)."""
    found: list[str] = []
    facts = {**draft.facts, **draft.updates}
    doc = draft.doc
    templates = {t["id"]: t["text"] for t in doc["templates"]}
    for what, keys in draft.relies.items():
        for key in keys:
            if key not in facts or facts[key] not in doc["brand"]["facts"]:
                found.append(f"{what} relies on {key}, which is not in the facts")
            elif what.startswith("template ") and what != "template facts" and \
                    not _shares_words(templates[what.split(" ", 1)[1]], facts[key]):
                found.append(f"{what} says nothing of {key}: {facts[key]!r}")
    routes = {r["id"] for r in doc["routes"]} | {"none"}
    for post_id, post in _scripted(doc):
        route = post.get("expect", {}).get("route", "none")
        if route not in routes:
            found.append(f"post {post_id} expects route {route!r}, which is not defined")
    found += _mix(draft)
    found += near_duplicates([(pid, post["text"]) for pid, post in _scripted(doc)])
    return found


def _shares_words(template: str, fact: str) -> bool:
    """A template relies on a fact when it says some of it: one content word in common."""
    words = set(_WORD.findall(fact.lower())) - _STOP
    return bool(words & set(_WORD.findall(template.lower())))


def _scripted(doc: dict[str, Any]) -> Iterable[tuple[str, dict[str, Any]]]:
    def walk(items: list[dict[str, Any]]) -> Iterable[tuple[str, dict[str, Any]]]:
        for item in items:
            yield item["id"], item
            yield from walk(item.get("follow_ups", []))

    return walk(doc["posts"])


def _mix(draft: Draft) -> list[str]:
    found = []
    roles = list(draft.roles.values())
    for role in ROLES:
        if roles.count(role) != 1:
            found.append(f"the storyline has {roles.count(role)} {role} posts, not one")
    posts = {p["id"]: p for p in draft.doc["posts"]}
    for pid, role in draft.roles.items():
        wanted = ROLE_AUTHORS[role][0]
        if posts[pid]["author"]["kind"] != wanted:
            found.append(f"post {pid} ({role}) is by a {posts[pid]['author']['kind']}, not a "
                         f"{wanted}")
        if (role == "troll") == posts[pid]["expect"].get("reply", True):
            found.append(f"post {pid} ({role}): only the troll should need no reply")
    if draft.doc["posts"][0]["id"] != "first-report":
        found.append("the storyline does not open with the first report")
    return found


def near_duplicates(texts: list[tuple[str, str]]) -> list[str]:
    found = []
    for (a, text_a), (b, text_b) in combinations(texts, 2):
        # word by word: as telling as characters for "says the same thing", and ten times faster
        matcher = SequenceMatcher(None, text_a.lower().split(), text_b.lower().split())
        if matcher.real_quick_ratio() < NEAR_DUPLICATE or matcher.quick_ratio() < NEAR_DUPLICATE:
            continue  # upper bounds of the ratio, far cheaper: most pairs stop here
        ratio = matcher.ratio()
        if ratio >= NEAR_DUPLICATE:
            found.append(f"posts {a} and {b} are near-duplicates ({ratio:.0%} alike)")
    return found


@dataclass(frozen=True, slots=True)
class PlayCheck:
    perfect: float
    silent: float
    silent_passed: bool

    @property
    def ok(self) -> bool:
        return self.perfect >= PERFECT_AT_LEAST and not self.silent_passed

    def summary(self) -> str:
        verdict = "fails" if not self.silent_passed else "PASSES (it should fail)"
        return (f"perfect bot {self.perfect:.0f}/100 (needs {PERFECT_AT_LEAST:.0f}), silent bot "
                f"{self.silent:.0f}/100, {verdict}")


def play_check(scenario: Scenario, seed: int = 1) -> PlayCheck:
    """The bots' verdict on one drill of the scenario: the perfect player must score at least
    90 and doing nothing must fail."""
    from simulator.bots.headless import run_drill

    perfect = run_drill(scenario, seed, "perfect").score
    silent = run_drill(scenario, seed, "silent").score
    return PlayCheck(perfect.composite, silent.composite, silent.passed)


# The approved template a trainee would reach for, by storyline role.
INTENDED_TEMPLATE: dict[str, str] = {
    "first_report": "holding", "vulnerable": "specialist", "legal_threat": "escalated",
    "press": "press", "influencer": "big-account", "misinformation": "facts",
    "fake_support": "scam-warning", "fair_critic": "critic", "specialist_case": "specialist",
    "supporter": "thanks", "verified": "big-account", "question": "holding",
}


@dataclass(frozen=True, slots=True)
class TemplateFit:
    post_id: str
    role: str
    template_id: str
    score: int
    needed: int

    @property
    def ok(self) -> bool:
        return self.score >= self.needed


def template_fit(scenario: Scenario, roles: dict[str, str], seed: int = 1) -> list[TemplateFit]:
    """Each storyline post answered with the template meant for it, `{detail}` filled as the
    bots fill it (the words around it, and a quote of the post), scored in the post's context:
    whether a trainee who uses the approved words reaches the tone the post asks for."""
    from simulator.bots.players import personalised_detail
    from simulator.drill.engine import Engine

    engine = Engine(scenario, seed)
    engine.advance(float(scenario.duration))
    fits = []
    for post in scenario.posts:
        template_id = INTENDED_TEMPLATE.get(roles.get(post.id, ""))
        if template_id is None or not post.expect.reply:
            continue
        post_id = f"s:{post.id}"
        text, _ = engine.fill_template(template_id, post_id)
        route = post.expect.route
        team = scenario.route(route).name if route != NO_ROUTE else ""
        detail = personalised_detail(scenario.template(template_id).text, team,
                                     scenario.brand.facts, post.text)
        text = text.replace("{detail}", detail or post.text[:60])
        score = engine.score_text(post_id, text, template_id).score
        fits.append(TemplateFit(post.id, roles[post.id], template_id, score,
                                post.expect.min_tone))
    return fits
