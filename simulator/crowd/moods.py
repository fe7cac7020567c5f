"""How a complaint reads, by its topic's mood: calm, worried, angry or furious.

A parent whose child is ill after a meal, or a customer who fears their card was leaked, does not
end the post "Disgusting. #boycott": they ask, they plead, they say they are scared. The angry
and furious wrappers are `crowd_text.OPENERS`/`CLOSERS`; this module holds the others and reads
the mood of a post when its topic leaves it to `auto`. American English, like `crowd_text`.
"""

from __future__ import annotations

import re

MOODS = ("calm", "worried", "angry", "furious")

# Worded so that a pattern which says it is worried is read as worried: fear, panic, safety
# questions about oneself ("is my card safe", "am I affected", "should I cancel").
_WORRIED = re.compile(
    r"\b(worr(?:y|ied|ying)|scared|afraid|frightened|terrified|panick?(?:ing|ed)?|nervous|"
    r"anxious|shaking|freaking out|is (?:my|our|it|this|that) [\w ]{0,30}safe|am i (?:safe|"
    r"affected|at risk)|should i (?:cancel|be|change|stop|worry))",
    re.IGNORECASE,
)


def read_mood(text: str) -> str:
    """`auto`'s reading of one post: worried when it says so, else angry."""
    return "worried" if _WORRIED.search(text) else "angry"


# Worried people: scared, pleading, asking; no insults, no boycott hashtags.
WORRIED_OPENERS: tuple[str, ...] = (
    "Really worried now.",
    "Honestly scared.",
    "Need help here.",
    "I'm panicking a bit.",
    "Not sure what to do.",
    "Bit frightened, to be honest.",
    "Can someone please explain?",
    "I'm so anxious about this.",
    "Okay I'm nervous now.",
    "Someone answer, anyone.",
)
WORRIED_CLOSERS: tuple[str, ...] = (
    "Just tell us something.",
    "Can someone answer?",
    "Really scared right now.",
    "I just want to know if I'm ok.",
    "Reply when you can, I'm worried sick.",
    "Not knowing is the worst part.",
    "Is anyone there?",
    "What am I supposed to do?",
    "I need to know.",
    "Can't sleep over this.",
    "Anyone else worried?",
    "Just tell us the truth.",
)
EMOJI_WORRIED: tuple[str, ...] = ("😟", "😰", "😥", "🙏", "😬", "😓", "😢", "🥺")
# An ignored worried customer comes back more worried, not ruder.
WORRIED_AGAIN: tuple[str, ...] = (
    "Still no answer {brand_handle} and I'm getting really worried. \"{text}\"",
    "{brand_handle} please, I asked hours ago and nobody has replied. I'm scared.",
    "Is anyone at {brand} reading this? I'm really anxious about it. \"{text}\"",
    "Asking again because I'm panicking: \"{text}\" {brand_handle}",
    "{brand_handle} I just need someone to tell me what to do. Please.",
    "Why won't anyone at {brand} answer? This is frightening.",
)

# Calm people: disappointed, matter-of-fact; a grumble, not a rant.
CALM_OPENERS: tuple[str, ...] = (
    "Not great.",
    "Bit disappointed.",
    "Hmm.",
    "Not ideal.",
    "Well.",
    "Slightly annoyed, not going to lie.",
)
CALM_CLOSERS: tuple[str, ...] = (
    "Would appreciate an answer.",
    "Hope it gets sorted soon.",
    "Not impressed.",
    "Please sort it out.",
    "Expected better.",
    "Bit of a letdown.",
    "Let me know, thanks.",
    "Disappointing.",
)
EMOJI_CALM: tuple[str, ...] = ("🙄", "😕", "😐", "🤷")
