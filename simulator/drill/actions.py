"""What a trainee's action does to a post: the `reply`, `dm`, `escalate`, `hide` and `leave`
handlers `Engine.apply` dispatches to (`HANDLERS`), the tone replies are scored with (cached), the
crowd's answer to a reply or a hide, and the reply context and template filling the engine offers
its drivers (`Engine.reply_context`, `Engine.fill_template`, `Engine.score_text`).

Plain functions of the `Engine`, not a mixin or a class of their own: an action changes the same
drill state the engine's heap handlers do (the posts, the backlog, the open reach, the heap), so
these are the engine's own parts, split out of `engine.py` for size, and read and write its private
state as its methods did (`engine._posts`, `engine._backlog`, `engine._push`...). Only
`simulator.drill` modules do that.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from scoring.critical import SAFETY_ROUTES
from scoring.tone import ReplyContext, ToneReport, score_hide, score_reply
from simulator.drill import arrivals, reach, spread
from simulator.drill.agenda import FollowUpDue, Reaction, ReactionDue
from simulator.drill.arrivals import MAX_REACTION_DEPTH
from simulator.drill.events import Action, ActionError, EventKind
from simulator.drill.health import rolled_tone
from simulator.drill.posts import Post
from simulator.scenario.model import AUTO_PLACEHOLDERS, NO_ROUTE

if TYPE_CHECKING:
    from simulator.drill.engine import Engine

THANKS_CHANCE = 0.3
CENSORED_CHANCE = 0.6
GOOD_THANKS_TONE = 80
TONE_CACHE_SIZE = 8192  # (reply, context) pairs; a one-hour drill has ~2,000 replies

_FIRST_WORD = re.compile(r"[^\s(]+")


def has_template(engine: Engine, template_id: str) -> bool:
    return any(t.id == template_id for t in engine.scenario.templates)


def reply_context(
    engine: Engine, post_id: str, template_id: str | None = None, action: str = "reply"
) -> ReplyContext:
    post = engine._posts.get(post_id)
    if post is None:
        raise ActionError(f"unknown post {post_id!r}")
    brand = engine.scenario.brand
    channel = engine._channels.get(post.channel)
    template_text = None
    if template_id is not None and has_template(engine, template_id):
        template_text = engine.scenario.template(template_id).text
    return ReplyContext(
        post_text=post.text,
        customer_name=post.author.name,
        customer_handle=post.author.handle,
        channel=post.channel,
        max_length=channel.max_length if channel else None,
        hashtag=brand.hashtag,
        info_link=brand.info_link,
        brand=brand.name,
        facts=engine.facts,  # the briefing's facts and the updates known by now
        template_text=template_text,
        action=action,
        severity=post.severity,
        safety=post.expected_route in SAFETY_ROUTES,
        statement_out=bool(engine.reception.published),
    )


def fill_template(engine: Engine, template_id: str, post_id: str) -> tuple[str, int]:
    """The template with the automatic placeholders filled; the cursor sits on `{detail}`."""
    if not has_template(engine, template_id):
        raise ActionError(f"unknown template {template_id!r}")
    post = engine._posts.get(post_id)
    if post is None:
        raise ActionError(f"unknown post {post_id!r}")
    brand = engine.scenario.brand
    first = _FIRST_WORD.match(post.author.name)
    values = {
        "name": first.group(0) if first else post.author.handle,
        "handle": post.author.handle,
        "brand": brand.name,
        "hashtag": brand.hashtag,
        "info_link": brand.info_link,
        "agent": engine.agent_name,
    }
    text = engine.scenario.template(template_id).text
    for key in AUTO_PLACEHOLDERS:
        text = text.replace("{" + key + "}", values[key])
    cursor = text.find("{detail}")
    return text, (cursor if cursor >= 0 else len(text))


def score_text(
    engine: Engine, post_id: str, text: str, template_id: str | None = None
) -> ToneReport:
    """The tone a public reply to `post_id` would get, from the same memory the drill scores
    with: a bot that vets its reply first costs nothing extra when it sends it."""
    return reply_tone(text, reply_context(engine, post_id, template_id))


def score(engine: Engine, post: Post, text: str, action: Action) -> ToneReport:
    ctx = reply_context(engine, post.id, action.template_id, action.kind)
    return reply_tone(text, ctx)


def text_for(engine: Engine, post: Post, action: Action, required: bool) -> str | None:
    text = action.text
    if text is None and action.template_id is not None:
        text = fill_template(engine, action.template_id, post.id)[0]
    if text is not None and not text.strip():
        text = None
    if required and text is None:
        raise ActionError(f"a {action.kind} needs text (or a template)")
    return text


def action_event(engine: Engine, post: Post, action: Action, t: float, text: str | None,
                 report: ToneReport | None) -> None:
    likes, shares, comments = post.reach(t)
    engine._emit(t, EventKind.ACTION, post.id, {
        "kind": action.kind,
        "text": text,
        "template_id": action.template_id,
        "route": action.route,
        "note": action.note,
        "tone": report.to_dict() if report is not None else None,
        "good": None if report is None else report.score >= post.min_tone,
        "reach": {"likes": likes, "shares": shares, "comments": comments},
    })


def reply(engine: Engine, post: Post, action: Action, t: float) -> None:
    text = text_for(engine, post, action, required=True)
    assert text is not None
    report = score(engine, post, text, action)
    action_event(engine, post, action, t, text, report)
    after_public_text(engine, post, t, text, report.score)


def dm(engine: Engine, post: Post, action: Action, t: float) -> None:
    text = text_for(engine, post, action, required=False)
    report = score(engine, post, text, action) if text is not None else None
    action_event(engine, post, action, t, text, report)
    first_response = post.responded_at is None
    post.dm = True
    if post.responded_at is None:
        post.responded_at = t
    if report is not None:
        after_public_text(engine, post, t, text or "", report.score)
    elif post.public:
        reach.reshape(engine, post, spread.after_dm(post.seg, t))
    if first_response:
        fire_on(engine, post, "replied", t)


def after_public_text(engine: Engine, post: Post, t: float, text: str, tone: int) -> None:
    first = post.replied_at is None
    post.tones.append(tone)
    if first:
        post.replied_at = t
        if post.public and post.needs_reply and not post.hidden:
            engine._backlog -= 1
    if post.responded_at is None:
        post.responded_at = t
    engine._tone_average = rolled_tone(engine._tone_average, tone)
    good = tone >= post.min_tone
    if post.public:
        reach.reshape(engine, post, spread.after_reply(post.seg, t, tone, post.min_tone))
    if good:
        post.good_reply = True
        reach.close(engine, post)
    if first:
        fire_on(engine, post, "replied", t)
    for follow_up in post.follow_ups:
        below = follow_up.when.tone_below
        if below is not None and tone < below and follow_up.id not in post.fired:
            post.fired.add(follow_up.id)
            engine._push(t + float(follow_up.delay), FollowUpDue(post, follow_up))
    if not post.public or post.depth >= MAX_REACTION_DEPTH:
        return
    rng = arrivals.reaction_rng(engine, post)
    if not good:
        # A poor reply draws a pile-on: strangers quote it (screenshots spread).
        for _ in range(rng.choice((0, 1, 1, 2, 3))):
            author, pile = engine._crowd.pile_on(rng, text)
            engine._push(t + rng.uniform(15, 90), ReactionDue(post, Reaction(
                reason="pile_on", author=author, text=pile, kind="complaint",
                severity=min(5, post.severity + 1), needs_reply=False, expected_route=NO_ROUTE,
            )))
    elif tone >= GOOD_THANKS_TONE and post.source != "scripted" and not post.thanked \
            and rng.random() < THANKS_CHANCE:
        post.thanked = True
        engine._push(t + rng.uniform(20, 120), ReactionDue(post, Reaction(
            reason="thanks", author=post.author, text=engine._crowd.thanks(rng), kind="praise",
            severity=1, needs_reply=False, expected_route=NO_ROUTE,
        )))


def escalate(engine: Engine, post: Post, action: Action, t: float) -> None:
    if not action.route:
        raise ActionError("an escalation needs a route")
    if action.route not in engine._routes:
        known = ", ".join(sorted(engine._routes))
        raise ActionError(f"unknown route {action.route!r} (expected one of {known})")
    action_event(engine, post, action, t, None, None)
    first = not post.escalations
    post.escalations.append((action.route, t))
    if first:
        fire_on(engine, post, "escalated", t)


def hide(engine: Engine, post: Post, action: Action, t: float) -> None:
    report = score_hide(reply_context(engine, post.id, None, "hide"))
    action_event(engine, post, action, t, None, report)
    if post.hidden:
        return
    if post.public and post.needs_reply and post.replied_at is None:
        engine._backlog -= 1
    post.hidden = True
    engine._hides += 1
    reach.close(engine, post)
    if post.public:
        reach.reshape(engine, post, spread.frozen(post.seg, t))
        rng = arrivals.reaction_rng(engine, post)
        if post.depth < MAX_REACTION_DEPTH and post.kind not in ("troll", "noise") \
                and rng.random() < CENSORED_CHANCE:
            engine._push(t + rng.uniform(40, 180), ReactionDue(post, Reaction(
                reason="censored", author=post.author,
                text=engine._crowd.censored(rng, post.text), kind="complaint",
                severity=min(5, post.severity + 1), needs_reply=True,
                expected_route=post.expected_route,
            )))


def leave(engine: Engine, post: Post, action: Action, t: float) -> None:
    action_event(engine, post, action, t, None, None)
    post.left = True


def fire_on(engine: Engine, post: Post, condition: str, t: float) -> None:
    for follow_up in post.follow_ups:
        if getattr(follow_up.when, condition) and follow_up.id not in post.fired:
            post.fired.add(follow_up.id)
            engine._push(t + float(follow_up.delay), FollowUpDue(post, follow_up))


HANDLERS: dict[str, Callable[[Engine, Post, Action, float], None]] = {
    "reply": reply, "dm": dm, "escalate": escalate, "hide": hide, "leave": leave,
}


@lru_cache(maxsize=TONE_CACHE_SIZE)
def reply_tone(text: str, ctx: ReplyContext) -> ToneReport:
    """Tone is a pure function of the reply and its context (both immutable), so a drill rebuilt
    for a replay or a debrief re-scores nothing it has seen; live drills rarely repeat a pair."""
    return score_reply(text, ctx)
