"""What a good reply does, in its own words: acts, says what happens next and when, states the
facts, points to the one official source; and the stock courtesies.

The stock courtesies (apology, empathy, thanks, "we'll look into it", "DM us", please, hello) are
right to have, and a care lead would miss them; but they fit any post, so together they earn at
most `STOCK_CAP` points (rules.py). What moves a reply up is substance: the actions taken
("I've rebooked you on the 18:40") and, in `context`, the specifics of the post picked up.
"""

from __future__ import annotations

import re
from functools import lru_cache

from scoring.tone.text import CONTENT, STOPWORDS, Phrases, content_stems, lowered, stem

_YOU = r"(?:you|u|ya)"

# Things a care agent does for a customer, as past participles ("I've rebooked"), and as the
# -ing form ("I'm sending"). Verbs that usually mean a concession (refund, upgrade, waive) are
# here too: doing it is an action; whether the facts allow it is `risky_promise`'s question.
_DONE = (
    r"rebooked|booked|re-?issued|issued|refunded|credited|reimbursed|chased|contacted|called|rang"
    r"|phoned|emailed|e-mailed|messaged|texted|spoken|spoke|talked|asked|arranged|organi[sz]ed|sent"
    r"|re-?sent|dispatched|posted|shipped|ordered|re-?ordered|replaced|cancell?ed|reversed|waived"
    r"|applied|added|moved|changed|updated|fixed|reset|restored|reconnected|unlocked|locked|frozen"
    r"|froze|secured|suspended|flagged|raised|logged|opened|escalated|passed|forwarded|handed"
    r"|reported|shared|checked|traced|tracked|located|found|confirmed|reserved|held|scheduled"
    r"|investigated|pulled|withdrawn|stopped|paused|set up|put|upgraded|extended|refreshed"
    r"|removed (?:the|all|every|it from|them from|\w+ from sale)|given|made|got|corrected|blocked"
    r" (?:the|your) card|alerted|notified|briefed|assigned|allocated|sorted|resolved|cleared"
    r"|topped up|paid|approved|processed|requested|recalled|isolated|offered|told|informed|warned"
    r"|instructed|let (?:the|our|them)\b"
)
_DOING = (
    r"sending|arranging|booking|rebooking|calling|ringing|phoning|refunding|crediting|chasing"
    r"|checking|investigating|replacing|fixing|escalating|flagging|raising|processing|organi[sz]ing"
    r"|issuing|dispatching|contacting|emailing|messaging|tracing|tracking|holding|reserving"
    r"|moving|updating|reviewing|pulling|restoring|resetting|refreshing|putting|getting|couriering"
    r"|paying|covering|extending|speaking|talking"
)

PHRASES: dict[str, Phrases] = {
    "action_taken": Phrases(
        rf"(?:i|we)(?:'ve| have| had)?(?: just| now| already| also| personally| since| today)?"
        rf" (?:{_DONE})",
        rf"(?:i|we)(?:'m| am|'re| are)(?: now| already| personally| also)? (?:{_DOING})",
        rf"(?:has|have|'s) (?:now |just |already )?been (?:{_DONE})",
        r"(?:is|are) (?:now |already )?(?:on (?:its|their|the|his|her) way|en route|being "
        r"(?:sent|prepared|rebooked|refunded|replaced|fixed|processed|dispatched|delivered))",
        r"(?:engineer|technician|driver|courier|replacement|refund|team|crew|manager|paramedic"
        r"|specialist)s? (?:is|are|will be) (?:on (?:its|their|the|his|her) way|heading|booked"
        r"|scheduled|with you|calling you|contacting you)",
        r"(?:here(?:'s| is)|attached is|you'll find) (?:your|the) (?:new|replacement|updated)",
        r"(?:is|are) (?:now )?(?:waiting|ready|set aside|available) for you",
    ),
    "next_step": Phrases(
        r"(?:we|i)(?:'ll| will| are going to|'re going to|'m going to| am going to)"
        r"(?: personally| also| then| now)? (?:call|ring|phone|email|text|message|dm|send|update"
        r"|contact|get back to|reach out|be in touch|confirm|let you know|post|check in|follow up"
        r"|refund|replace|rebook|deliver|collect|arrange|book|credit|chase|keep you|come back"
        r"|have (?:it|this|that|an?|the|your)|sort|fix|resend|courier|escalate|pass)",
        rf"{_YOU}(?:'ll| will) (?:get|receive|have|hear|see|be (?:contacted|refunded|rebooked"
        r"|called|emailed|updated|offered|reimbursed|credited)|find)",
        r"(?:call|ring|phone|contact|email|text|visit|head to|go to|check|use|see|follow) "
        r"(?:us|our|the|this)\b[^.!?\n]{0,40}?(?:on|at|via) \+?\d+",
        r"https?://\S+|www\.\S+",
        r"(?:visit|go to|head to|check|see|use|open|follow) (?:our|the|this) (?:\w+ ){0,2}"
        r"(?:page|site|website|app|store|desk|link|form|counter|portal|tracker)",
        r"(?:here(?:'s| is)|this is) (?:how|what (?:to do|happens))",
        r"(?:fill in|fill out|use) (?:this|the|our) (?:\w+ )?form",
        r"(?:reply|respond) (?:here|to this|with)",
        r"(?:the )?next step is",
    ),
    "dm_request": Phrases(
        r"(?:dm|pm|message|inbox|text|email) (?:us|me)", r"(?:send|drop|give|shoot) (?:us|me) "
        r"(?:a )?(?:quick )?(?:dm|pm|message|direct message|private message|line|note)",
        r"(?:in|via|by|over|into|to) (?:a |our |the )?(?:dm|dms|pm|direct messages?|private "
        r"messages?|inbox)", r"(?:reach out|get in touch) (?:to|with) us", r"get in touch",
        r"(?:direct|private) message",
    ),
    "time_frame": Phrases(
        r"(?:within|in|over) (?:the next |the |a )?(?:\d+|an?|one|two|three|few|24|48|72)"
        r"(?:-\d+)? (?:minutes?|mins?|hours?|hrs?|days?|working days?|business days?|weeks?)",
        r"(?:today|tonight|tomorrow|this (?:morning|afternoon|evening|week|weekend))",
        r"(?:by|on|before|until|from|next) (?:monday|tuesday|wednesday|thursday|friday|saturday"
        r"|sunday|noon|midday|the end of (?:the )?day|end of (?:the )?day|eod|\d{1,2}(?:[:.]\d\d)?"
        r" ?(?:am|pm)?)", r"\d{1,2}[:.]\d\d", r"\d{1,2} ?(?:am|pm)", r"(?:in|within) the hour",
        r"every (?:\d+ )?(?:minutes?|hours?|hour|day)", r"right (?:now|away)", r"straight away",
        r"(?:first thing|this week|next week)",
    ),
    "apology": Phrases(
        r"(?:so |very |really |truly |terribly |deeply |sincerely )?sorry", r"apologi[sz]e\w*",
        r"apologies", r"my bad", r"we regret", r"pardon", r"(?:i|we) owe you an apology",
    ),
    "empathy": Phrases(
        r"(?:i|we) (?:completely |totally |really |fully |can )?(?:understand|get|see) "
        r"(?:how|why|that|your|what)", r"(?:i|we) can (?:only )?imagine",
        r"(?:must|would) (?:be|have been|feel|have felt)(?: so| really| truly| very| genuinely)?"
        r" (?:frightening|scary|terrifying|awful|horrible|horrendous|terrible|heartbreaking"
        r"|distressing|upsetting|worrying|alarming|stressful|frustrating|infuriating"
        r"|disappointing|annoying|exhausting|miserable|rotten|hard|tough|difficult)",
        r"(?:that|this|it)(?:'s| is| was| sounds| must be| must have been| would be)(?: so| really"
        r"| truly| very| genuinely| incredibly| absolutely| such)?(?: an?)? (?:frightening|scary"
        r"|terrifying|awful|horrible|horrendous|terrible|heartbreaking|distressing|upsetting"
        r"|worrying|alarming|stressful|frustrating|infuriating|unacceptable|not good enough"
        r"|not okay|not ok|disappointing|annoying|exhausting|miserable|rotten|(?:real |huge |big "
        r")?(?:loss|worry|shock|blow|nightmare|mess|ordeal))",
        r"(?:not|isn't) the experience", r"(?:understandably|rightly) (?:upset|frustrated|angry"
        r"|concerned|worried)", r"we know how", r"how (?:frustrating|upsetting|worrying|awful"
        r"|scary|stressful)", r"(?:i|we)(?:'m| am|'re| are) (?:so |very |really )?(?:sad|concerned"
        r"|worried|sorry) to hear", r"hear that", r"(?:my|our) (?:deepest |sincere )?"
        r"(?:condolences|sympathies)", r"sorry for your loss",
        r"(?:you|nobody|no one|no-one)(?: should(?:n't| not| never)| should) (?:have|need) to",
        r"you should(?:'ve| have) been (?:told|informed|warned|called|contacted|notified|given"
        r"|offered|sent|kept|helped|looked after|met)", r"(?:that|it)(?:'s| is| was) not (?:good "
        r"enough|okay|ok|acceptable|right|fair)",
        r"you deserved? better", r"(?:you're|you are) right to be", r"what a (?:horrible|awful"
        r"|stressful|rotten|miserable|worrying|frightening|scary) ",
    ),
    "acknowledgement": Phrases(
        r"thanks?(?: you)?(?: so much| very much)?", r"thx", r"appreciated?", r"grateful",
        r"we hear you", r"you(?:'re| are) (?:right|correct)", r"fair point", r"good point",
        r"(?:cheers|kudos)", r"well done", r"(?:good|great) (?:catch|question|spot)",
    ),
    "ownership": Phrases(
        r"we (?:got|get) (?:this|it|that) wrong", r"(?:that|this)(?:'s| is| was) (?:on us|our "
        r"(?:mistake|fault|error))", r"we let (?:you|our \w+) down", r"we dropped the ball",
        r"we (?:should|could) have", r"we (?:own|take (?:full )?responsibility for) (?:this|it"
        r"|that)", r"(?:our|my) (?:mistake|error|failure)", r"we made a mistake", r"we fell short",
        r"we (?:take|own) (?:full )?responsibility", r"(?:it|that) (?:was|is) wrong",
        r"(?:i|we)(?:'ll| will) (?:personally )?(?:look into|handle|take care of|follow up|sort"
        r"|make (?:this|it) right|put (?:this|it) right|fix)", r"(?:not|isn't) (?:your|ur) fault",
        r"(?:i|we)(?:'m| am|'re| are) (?:looking into|on it|on the case)",
    ),
    "courtesy": Phrases(
        r"(?<!^)please", r"pls", r"(?:could|would) you", r"would you mind", r"if you (?:don't"
        r"|do not) mind", r"happy to", r"glad to", r"feel free", r"kindly", r"if possible",
        r"when you (?:get|have) a (?:chance|moment|minute)", r"(?:i|we)(?:'d| would) "
        r"(?:appreciate|be grateful)", r"if you (?:could|would|can)",
    ),
    "greeting": Phrases(
        r"^\W*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings|hiya)\b",
        bounded=False,
    ),
}


@lru_cache(maxsize=256)
def fact_words(facts: tuple[str, ...]) -> tuple[frozenset[str], ...]:
    """Each fact's content words (lower case, no stopwords)."""
    return tuple(
        frozenset(w for w in CONTENT.findall(lowered(fact)) if w not in STOPWORDS)
        for fact in facts
    )


@lru_cache(maxsize=256)
def fact_stems(facts: tuple[str, ...]) -> tuple[dict[str, str], ...]:
    """Each fact's content words by stem (worked out once per scenario's facts, not per reply).
    Words are taken in sorted order: two words with one stem ("delay", "delays") must give the
    same evidence span whatever the process's string hash seed is."""
    return tuple({stem(w): w for w in sorted(words)} for words in fact_words(facts))


@lru_cache(maxsize=256)
def fact_stem_sets(facts: tuple[str, ...]) -> tuple[frozenset[str], ...]:
    return tuple(frozenset(stems) for stems in fact_stems(facts))


@lru_cache(maxsize=2048)
def fact_span(low: str, facts: tuple[str, ...]) -> tuple[int, int] | None:
    """A reply restates a fact when it uses half (at least three) of that fact's content words,
    or its numbers and two of its words ("the 18:40 from Leeds")."""
    if not facts:
        return None
    reply_stems = content_stems(low)
    for stems in fact_stems(facts):
        shared = [w for s, w in stems.items() if s in reply_stems]
        if len(shared) >= min(len(stems), max(3, (len(stems) + 1) // 2)) and shared:
            hits = [(low.find(w[:5]), len(w)) for w in shared]
            hits = [(at, n) for at, n in hits if at >= 0]
            if hits:
                return (min(at for at, _ in hits), max(at + n for at, n in hits))
    return None


# Words every promise uses; what a fact must back is the thing promised ("membership" in "a free
# membership"), so these count only when nothing more specific is promised.
_GENERIC_PROMISE = frozenset(stem(w) for w in (
    """
free full double complete immediate promise promised guarantee guaranteed never again happen
will cover pay give send make sure ensure
    """.split()  # noqa: SIM905 (a word list reads best as text)
))


def supported(rule: str, evidence: str, clause: str, facts: tuple[str, ...]) -> bool:
    """Do the stated facts back this promise, reassurance or admission?

    A promise or reassurance is backed when a fact names what is promised ("refund" in "Refunds
    are offered for..."; for "a free membership", the membership, not just "free"). An admission
    is also backed when its sentence shares two content words with one fact ("the fault in the
    Leeds signal box" when a fact confirms that fault).
    """
    if not facts:
        return False
    key = {stem(w) for w in CONTENT.findall(evidence) if w not in STOPWORDS}
    specific = key - _GENERIC_PROMISE
    wanted = specific or (key - {"promis", "guaran"})
    stem_sets = fact_stem_sets(facts)
    if rule == "risky_admission":
        # an admission is backed by a fact that confirms it, not by one that denies it ("no card
        # data was exposed" does not back "card data was leaked")
        around = content_stems(clause)
        return any((wanted & stems or len(around & stems) >= 3) and not denial
                   for stems, denial in zip(stem_sets, _denials(facts), strict=True))
    return bool(wanted) and any(wanted & stems for stems in stem_sets)


@lru_cache(maxsize=256)
def _denials(facts: tuple[str, ...]) -> tuple[bool, ...]:
    """Which facts deny something ("were not breached", "no card data was exposed")."""
    return tuple(bool(_DENIAL.search(lowered(fact))) for fact in facts)


_DENIAL = re.compile(r"\b(?:not|no|never|none|nothing|n't)\b|n't\b")
