"""Replies tests send: a good one must pick up what the customer wrote."""

from __future__ import annotations


def specific_reply(name: str, post_text: str) -> str:
    """A good reply to any post of the tiny (food-safety) scenario: it quotes what the customer
    wrote (the tone scorer caps replies that would fit any post), gives the safety step, says
    what was done and when they hear back."""
    words = [w for w in post_text.split() if not w.startswith(("@", "#", "http"))][:8]
    return (f"Hi {name}, I'm so sorry about this (“{' '.join(words)}”). If anyone is unwell, "
            "please contact a doctor first. I've passed it to our team and we'll DM you within "
            "the hour. https://cluckers.example/update")
