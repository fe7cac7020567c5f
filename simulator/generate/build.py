"""A kind of crisis and a difficulty, drawn into one scenario: the structure every kind shares.

The kind (`kind.py`) brings the words; this module decides what the file holds and how it fits
together: the fixed words of the crisis (brand, handle, hashtag, link, city, times), the facts
and when the two updates become known, the channels and their targets, the teams, the
templates, the storyline (one post per key role, at spaced times, each with what correct
handling is) and the crowd. The result is a `Draft`: the scenario as plain data in the order it
is written, plus what the coherence checks need to know (which facts each template and post
relies on, which role each post plays).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from simulator.generate.channels import CATALOGUE, role_channel
from simulator.generate.context import KindContext, handle_of, hashtag_of, plain, web_name
from simulator.generate.difficulty import TUNINGS, Tuning, response_target
from simulator.generate.kind import ROLES, Kind
from simulator.generate.shared_words import SHARED_RULES
from simulator.scenario.model import AuthorKind, format_duration

FACT_KEYS: tuple[str, ...] = ("fact_what", "fact_scope", "fact_safe", "fact_unknown",
                              "fact_doing", "fact_advice", "fact_never_ask", "fact_next")
# Which facts each template and each storyline post relies on: a reply or a statement that
# handles it well states (or points to) these, so they must be in the scenario's facts.
TEMPLATE_FACTS: dict[str, tuple[str, ...]] = {
    "holding": ("fact_what", "fact_doing"),
    "specialist": ("fact_advice",),
    "facts": ("fact_unknown", "fact_safe"),
    "to-dm": (),
    "scam-warning": ("fact_never_ask",),
    "escalated": (),
    "press": (),
    "critic": (),
    "big-account": (),
    "thanks": (),
}
ROLE_FACTS: dict[str, tuple[str, ...]] = {
    "first_report": ("fact_what",),
    "vulnerable": ("fact_advice",),
    "misinformation": ("fact_safe", "fact_unknown"),
    "fake_support": ("fact_never_ask",),
    "question": ("fact_advice",),
}
# role -> (author kind, followers range or None for the crowd's heavy tail, severity, tone bonus)
ROLE_AUTHORS: dict[str, tuple[AuthorKind, tuple[int, int] | None, int, int]] = {
    "first_report": ("customer", (180, 1500), 2, 0),
    "vulnerable": ("customer", (90, 900), 5, 10),
    "legal_threat": ("customer", (800, 4200), 4, 5),
    "press": ("journalist", (8000, 32000), 4, 10),
    "influencer": ("influencer", (60000, 320000), 4, 5),
    "misinformation": ("customer", (2500, 12000), 3, 5),
    "troll": ("troll", (150, 1400), 1, 0),
    "fake_support": ("customer", (150, 900), 4, 5),
    "fair_critic": ("customer", (400, 3200), 2, 5),
    "specialist_case": ("customer", (60, 1200), 4, 5),
    "supporter": ("customer", (300, 2500), 1, 0),
    "verified": ("verified", (90000, 420000), 4, 10),
    "question": ("customer", (40, 600), 2, 0),
}
# role -> (likes, shares, comments) ranges at arrival
ROLE_REACH: dict[str, tuple[tuple[int, int], tuple[int, int], tuple[int, int]]] = {
    "first_report": ((4, 20), (1, 6), (2, 8)),
    "vulnerable": ((20, 90), (4, 25), (8, 40)),
    "legal_threat": ((60, 180), (15, 45), (10, 35)),
    "press": ((40, 120), (15, 50), (5, 20)),
    "influencer": ((1500, 2600), (250, 420), (300, 600)),
    "misinformation": ((150, 320), (60, 110), (40, 110)),
    # a troll gets attention but stays under the reach threshold: it needs no one, not PR
    "troll": ((40, 140), (6, 24), (8, 30)),
    "fake_support": ((5, 20), (3, 10), (1, 5)),
    "fair_critic": ((30, 120), (5, 20), (5, 25)),
    "specialist_case": ((5, 40), (1, 10), (2, 15)),
    "supporter": ((20, 80), (2, 10), (2, 8)),
    "verified": ((600, 1400), (150, 300), (120, 260)),
    "question": ((2, 15), (0, 3), (1, 6)),
}


@dataclass
class Draft:
    """One generated scenario before it is written: the file's data in order, and what the
    coherence checks read (facts by key, what relies on which, each post's role)."""

    kind: str
    difficulty: str
    seed: int
    locale: str
    doc: dict[str, Any]
    facts: dict[str, str]
    updates: dict[str, str]
    relies: dict[str, tuple[str, ...]] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)
    words: dict[str, str] = field(default_factory=dict)  # the crisis's fixed words (brand, city...)


def build(kind: Kind, difficulty: str, seed: int, locale: str) -> Draft:
    tuning = TUNINGS[difficulty]
    ctx = KindContext(kind=kind.name, difficulty=difficulty, seed=seed, locale=locale,
                      rules={**SHARED_RULES, **kind.rules})
    products = _fix_words(ctx, kind)
    facts = {key: ctx.pick(key) for key in FACT_KEYS}
    updates = {key: ctx.pick(key) for key in ("update_cause", "update_fix")}
    ids = _route_ids(kind)
    doc: dict[str, Any] = {
        "id": f"{kind.name}-{difficulty}-{seed}",
        "kind": kind.name,
        "title": ctx.pick("title"),
        "difficulty": difficulty,
        "duration": format_duration(tuning.duration_s),
        "briefing": _briefing(ctx, kind, ids),
        "brand": {"name": ctx.values["brand"], "handle": ctx.values["handle"],
                  "hashtag": ctx.values["hashtag"], "info_link": ctx.values["link"],
                  "facts": list(facts.values())},
        "fact_updates": [{"at": format_duration(int(tuning.duration_s * share)), "text": text}
                         for share, text in zip((0.4, 0.7), updates.values(), strict=True)],
        "channels": _channels(kind, tuning),
        "routes": _routes(ctx, kind),
        "reach_threshold": {"route": "pr", "likes": 400, "shares": 120, "comments": 150,
                            "followers": 25000},
        "statements": {"holding_by": format_duration(tuning.statements[0]),
                       "update_every": format_duration(tuning.statements[1]),
                       "silence_after": format_duration(tuning.statements[2])},
        "pace": _pace(tuning),
        "templates": _templates(ctx, kind),
    }
    draft = Draft(kind.name, difficulty, seed, locale, doc, facts, updates)
    for template in doc["templates"]:
        draft.relies[f"template {template['id']}"] = TEMPLATE_FACTS[template["id"]]
    doc["posts"] = _posts(ctx, kind, tuning, draft)
    doc["crowd"] = _crowd(ctx, kind, tuning, locale, products)
    draft.words = dict(ctx.values)
    _in_locale_english(doc, draft.words, locale)
    draft.facts = {key: _spelt(text, draft.words, locale) for key, text in draft.facts.items()}
    draft.updates = {key: _spelt(text, draft.words, locale) for key, text in draft.updates.items()}
    return draft


# The crisis's own names, never respelt ("Harbour Hotels" stays, "Main Street" too).
_NAMES = ("brand", "handle", "hashtag", "link", "city", "outlet", "product", "product2",
          "street", "last_name")


def _spelt(text: str, words: dict[str, str], locale: str) -> str:
    """`text` in the English of the locale: British words for a British crowd, American ones
    for the rest, the way `simulator.crowd.british` respells the crowd's generic lines; the
    crisis's names are kept as they are."""
    from simulator.crowd.british import americanise, britishise, is_british

    names = sorted({words[name] for name in _NAMES if words.get(name)}, key=len, reverse=True)
    kept = {}
    for index, name in enumerate(names):
        token = f"\x00{index}\x00"
        if name in text:
            text = text.replace(name, token)
            kept[token] = name
    text = britishise(text) if is_british(locale) else americanise(text)
    for token, name in kept.items():
        text = text.replace(token, name)
    return text


def _in_locale_english(doc: dict[str, Any], words: dict[str, str], locale: str) -> None:
    """Respell everything people read in the file (briefing, facts, teams, templates, posts
    and the crowd's lines) for the locale: a kind is written once, in either English."""
    def spell(text: str) -> str:
        return _spelt(text, words, locale)

    doc["title"] = spell(doc["title"])
    doc["briefing"] = spell(doc["briefing"])
    doc["brand"]["facts"] = [spell(fact) for fact in doc["brand"]["facts"]]
    for update in doc["fact_updates"]:
        update["text"] = spell(update["text"])
    for route in doc["routes"]:
        route["takes"] = spell(route["takes"])
    for template in doc["templates"]:
        template["title"], template["text"] = spell(template["title"]), spell(template["text"])
    stack = list(doc["posts"])
    while stack:
        post = stack.pop()
        post["text"] = spell(post["text"])
        stack.extend(post.get("follow_ups", []))
    crowd = doc["crowd"]
    crowd["patterns"] = {kind: [spell(line) for line in lines]
                         for kind, lines in crowd["patterns"].items()}
    for topic in crowd["topics"]:
        topic["patterns"] = [spell(line) for line in topic["patterns"]]
    if "slots" in crowd:
        crowd["slots"] = {name: [spell(value) for value in values]
                          for name, values in crowd["slots"].items()}


def _fix_words(ctx: KindContext, kind: Kind) -> tuple[str, ...]:
    """The crisis's fixed words: industry, brand, handle, hashtag, link, city, times, then the
    industry's own values (expanded by the grammar, so they may name the brand or the city)."""
    industry = ctx.choose(kind.industries)
    ctx.fix("industry", industry.name)
    ctx.industry = industry
    ctx.fix("last_name", ctx.last_name())
    ctx.fix("city", ctx.city())
    for _ in range(5):
        brand = ctx.say(industry.brand)
        if plain(brand):
            break
    else:
        brand = f"{plain(ctx.last_name()) or 'Acme'} Group"
    ctx.fix("brand", brand)
    ctx.fix("handle", handle_of(brand))
    ctx.fix("hashtag", hashtag_of(brand, kind.hashtag_word))
    ctx.fix("link", f"https://{web_name(brand)}.example/{kind.link_path}")
    products = tuple(ctx.sample(industry.products, min(6, len(industry.products))))
    ctx.fix("product", products[0])
    ctx.fix("product2", products[1 % len(products)])
    start = ctx.between(7, 10)
    ctx.fix("start_time", f"{start:02d}:{ctx.choose(('05', '20', '35', '40', '50'))}")
    ctx.fix("next_time", f"{start + 2:02d}:00")
    ctx.fix("specialist_name", kind.specialist_name)
    # the specifics people put in posts, different in every crisis: amounts, waits, names
    ctx.fix("amount", ctx.money(18, 420, cents=True))
    ctx.fix("big_amount", ctx.money(800, 4800))
    ctx.fix("minutes", str(ctx.choose((12, 15, 20, 25, 35, 40, 45, 50))))
    ctx.fix("hours", str(ctx.between(2, 9)))
    ctx.fix("years", str(ctx.between(2, 14)))
    ctx.fix("kid", ctx.fake.first_name())
    ctx.fix("friend", ctx.fake.first_name())
    ctx.fix("street", ctx.fake.street_name())
    ctx.fix("day", ctx.choose(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                               "Saturday", "Sunday")))
    ctx.fix("ref", f"{ctx.choose('ABCDEFGHJKLMNPRSTUVWXYZ')}{ctx.choose('ABCDEFGHJKLMNPRSTUVWXYZ')}"
                   f"{ctx.between(10000, 99999)}")
    for name, choices in industry.values.items():
        ctx.fix(name, ctx.say(ctx.choose(choices)))
    return products


def _route_ids(kind: Kind) -> list[str]:
    ids = ["pr", "legal", "security"]
    if kind.specialist not in ids:
        ids.insert(1, kind.specialist)
    return ids


def threat_route(kind: Kind) -> str:
    """The team the crowd's threats of violence go to: the crowd sends them to the first route
    whose id reads like safety or security (`simulator.crowd`), so the file says so too."""
    return next(r for r in _route_ids(kind) if any(w in r for w in ("safety", "security")))


def _routes(ctx: KindContext, kind: Kind) -> list[dict[str, str]]:
    names = {"pr": "PR / Comms", "legal": "Legal & Compliance", "security": "Security & Fraud"}
    routes = []
    for route in _route_ids(kind):
        if route == kind.specialist:
            entry = {"id": route, "name": kind.specialist_name, "takes": kind.specialist_takes}
        else:
            entry = {"id": route, "name": names[route], "takes": ctx.pick(f"takes_{route}")}
        if route == threat_route(kind) and "threat" not in entry["takes"].lower():
            entry["takes"] += " Threats of violence, to staff or anyone else."
        routes.append(entry)
    return routes


def _channels(kind: Kind, tuning: Tuning) -> list[dict[str, Any]]:
    channels = []
    for cid in (*kind.channels, "dm"):
        name, length, target, public = CATALOGUE[cid]
        due = format_duration(response_target(target, tuning))
        channel: dict[str, Any] = {"id": cid, "name": kind.channel_names.get(cid, name),
                                   "response_target": due, "max_length": length}
        if not public:
            channel["public"] = False
        channels.append(channel)
    return channels


def _pace(tuning: Tuning) -> list[dict[str, Any]]:
    phases: list[dict[str, Any]] = []
    for index, (name, start, per_minute) in enumerate(tuning.phases):
        phase: dict[str, Any] = {"name": name, "start": format_duration(start),
                                 "per_minute": per_minute}
        if index == len(tuning.phases) - 1:
            phase["mix"] = dict(tuning.last_mix)
        phases.append(phase)
    return phases


TEMPLATE_TITLES: dict[str, str] = {
    "holding": "Holding message (first answer)",
    "specialist": "One person's case (then escalate to <specialist_name>)",
    "facts": "Correct a rumour with the facts",
    "to-dm": "Apology + move to DM",
    "scam-warning": "Scam warning (then escalate to Security)",
    "escalated": "Passed to a specialist team",
    "press": "Press and media enquiries",
    "critic": "A fair criticism: own it",
    "big-account": "A big account or influencer (then escalate to PR)",
    "thanks": "Thank a supporter",
}
TEMPLATE_RULES: dict[str, str] = {
    "holding": "tpl_holding", "specialist": "tpl_specialist", "facts": "tpl_facts",
    "to-dm": "tpl_dm", "scam-warning": "tpl_scam", "escalated": "tpl_escalated",
    "press": "tpl_press", "critic": "tpl_critic", "big-account": "tpl_big_account",
    "thanks": "tpl_thanks",
}


def _templates(ctx: KindContext, kind: Kind) -> list[dict[str, str]]:
    return [{"id": tid, "title": ctx.say(TEMPLATE_TITLES[tid]), "text": ctx.pick(rule)}
            for tid, rule in TEMPLATE_RULES.items()]


def _briefing(ctx: KindContext, kind: Kind, routes: list[str]) -> str:
    """The kind's own opening, then the practices and who takes what, in the same words as
    the routes the file defines."""
    teams = {
        "pr": "press, big accounts and anything going viral go to PR",
        "legal": "lawyers, lawsuits and regulators go to Legal",
        "security": "fake support accounts and scams go to Security",
        # a specialist Security team's own words already say what it takes
        kind.specialist: f"{kind.specialist_takes[0].lower()}{kind.specialist_takes[1:-1]} "
                         f"go to {kind.specialist_name}",
    }
    threats = threat_route(kind)
    if threats == "security" != kind.specialist:
        teams["security"] = "fake support accounts, scams and threats of violence go to Security"
    order = list(dict.fromkeys([kind.specialist, "security", "pr", "legal"]))
    clauses = [teams[route] for route in order if route in routes]
    if threats == kind.specialist:  # right after that team's own clause
        clauses.insert(1, "so do threats of violence")
    rules = "; ".join(clauses)
    practices = ctx.say(
        "<Answer fast|Answer every post fast>: a holding message beats silence. Say only what "
        "the facts panel says, <including what is not known yet|and say what is not known yet>, "
        "give people something to do, and point them to <link> and <hashtag>. Publish the "
        "official statement early ('s' in the feed) and update it on time. "
        "<Never argue, never delete complaints.|Don't argue and don't hide fair complaints.>")
    return (f"{ctx.pick('briefing')} {practices} Who takes what: {rules}. Trolls get no "
            "reply; but any post that goes viral, a troll's too, goes to PR.")


def _posts(ctx: KindContext, kind: Kind, tuning: Tuning, draft: Draft) -> list[dict[str, Any]]:
    """The storyline: the first report first, then the other key roles (and the extras this
    difficulty adds) in a seeded order, spaced so one person can read each one."""
    middle = [role for role in ROLES[1:]] + list(tuning.extras)
    ctx.rng.shuffle(middle)
    # the press and the influencer are never the second post: a crisis starts with customers
    while middle[0] in ("press", "influencer", "verified", "legal_threat"):
        middle.append(middle.pop(0))
    order = [ROLES[0], *middle]
    posts = []
    at = tuning.first_at
    for index, role in enumerate(order):
        if index:
            at += ctx.between(*tuning.spacing)
        posts.append(_post(ctx, kind, tuning, role, at, draft))
    return posts


def _post(ctx: KindContext, kind: Kind, tuning: Tuning, role: str, at: int,
          draft: Draft) -> dict[str, Any]:
    author_kind, followers, severity, bonus = ROLE_AUTHORS[role]
    # the journalist's paper, fixed before their text is drawn: the post names the same one
    outlet = ctx.fix("outlet", ctx.pick("outlet")) if author_kind == "journalist" else None
    channel = kind.role_channels.get(role) or role_channel(role, (*kind.channels, "dm"),
                                                          ctx.between(0, 1))
    pid = role.replace("_", "-")
    route = {"vulnerable": kind.specialist, "specialist_case": kind.specialist,
             "legal_threat": "legal", "press": "pr", "influencer": "pr", "verified": "pr",
             "fake_support": "security"}.get(role, "none")
    expect: dict[str, Any] = {"route": route}
    if role == "troll":
        expect["reply"] = False
    else:
        expect.update({"min_tone": tuning.min_tone + bonus, "reply": True})
    post: dict[str, Any] = {
        "id": pid, "at": format_duration(at), "channel": channel,
        "author": ctx.person(author_kind, followers=followers, outlet=outlet),
        "text": ctx.pick(role),
    }
    if channel != "dm":
        likes, shares, comments = ROLE_REACH[role]
        post["reach"] = {"likes": ctx.between(*likes), "shares": ctx.between(*shares),
                         "comments": ctx.between(*comments)}
    post["severity"] = severity if tuning.follow_ups or severity < 5 else 4
    post["expect"] = expect
    follow_ups = _follow_ups(ctx, tuning, role, pid, route, expect)
    if follow_ups:
        post["follow_ups"] = follow_ups
    draft.roles[pid] = role
    draft.relies[f"post {pid}"] = ROLE_FACTS.get(role, ())
    return post


def _follow_ups(ctx: KindContext, tuning: Tuning, role: str, pid: str, route: str,
                expect: dict[str, Any]) -> list[dict[str, Any]]:
    tone = expect.get("min_tone", tuning.min_tone)
    ups: list[dict[str, Any]] = []
    if role == "vulnerable":
        if tuning.follow_ups:
            ups.append({"id": f"{pid}-ignored", "when": {"ignored_for": "90s"},
                        "text": ctx.pick("vulnerable_ignored"), "delay": "5s",
                        "expect": {"route": route, "min_tone": tone, "reply": True}})
        ups.append({"id": f"{pid}-escalated", "when": {"escalated": True},
                    "text": ctx.pick("vulnerable_escalated"), "delay": "45s",
                    "expect": {"route": "none", "min_tone": tuning.min_tone, "reply": True}})
    elif role == "troll":
        ups.append({"id": f"{pid}-fed", "when": {"replied": True},
                    "text": ctx.pick("troll_fed"), "delay": "20s",
                    "expect": {"route": "none", "reply": False}})
    elif tuning.follow_ups and role in ("first_report", "press", "misinformation"):
        rule = {"first_report": "first_report_ignored", "press": "press_ignored",
                "misinformation": "misinformation_ignored"}[role]
        wait = "2m" if role == "misinformation" else "90s"
        ups.append({"id": f"{pid}-ignored", "when": {"ignored_for": wait},
                    "text": ctx.pick(rule), "delay": "5s",
                    "expect": {"route": route, "min_tone": tone, "reply": True}})
    return ups


def _distinct(ctx: KindContext, rule: str, count: int) -> list[str]:
    """`count` different expansions of `rule` (fewer if the rule cannot make that many)."""
    seen: dict[str, None] = {}
    for _ in range(count * 6):
        seen.setdefault(ctx.pick(rule), None)
        if len(seen) >= count:
            break
    return list(seen)


def _crowd(ctx: KindContext, kind: Kind, tuning: Tuning, locale: str,
           products: tuple[str, ...]) -> dict[str, Any]:
    feeds = [c for c in kind.channels if c != "reviews"]
    topics = []
    for spec in kind.topics:
        if spec.industries and ctx.values["industry"] not in spec.industries:
            continue
        weight = spec.weight if spec.route == "none" else spec.weight * tuning.routed_weight
        if weight <= 0:
            continue
        topic: dict[str, Any] = {"id": spec.id, "weight": round(weight, 2),
                                 "severity": spec.severity, "route": spec.route}
        channels = [c for c in (spec.channels or kind.channels) if c in (*kind.channels, "dm")]
        if channels:
            topic["channels"] = channels
        topic["mood"] = spec.mood
        topic["patterns"] = _distinct(ctx, spec.rule, 7)
        topics.append(topic)
    if kind.crowd_products == "fixed":
        products = (ctx.values["product"],)
    crowd: dict[str, Any] = {"locale": locale, "mix": dict(tuning.mix), "products": list(products)}
    slots = {**kind.slots, **ctx.industry.slots} if ctx.industry else dict(kind.slots)
    if slots:
        crowd["slots"] = {name: list(values) for name, values in slots.items()}
    crowd["patterns"] = {"question": _distinct(ctx, "crowd_question", 8),
                         "praise": _distinct(ctx, "crowd_praise", 8),
                         "troll": _distinct(ctx, "crowd_troll", 8)}
    crowd["channels"] = {"media": feeds, "troll": feeds}
    crowd["topics"] = topics
    return crowd
