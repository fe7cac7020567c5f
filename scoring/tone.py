"""Tone of one public reply, 0–100, built from named rules that each point at their evidence.

A reply starts at `BASE` points. Each rule that fires adds or takes a fixed number of points once
(repeating "sorry" five times earns the apology once, and five insults cost what one does), and
reports the character span of the first evidence in the reply plus the seed guidance it comes from.
VADER's compound sentiment is one more finding worth a few points, never the score: raw sentiment
ranks "Calm down, it's not our fault" above a real apology, which the rules then correct.

The rules come from the seed guides (see `scoring.guidance`) and, for politeness versus rudeness,
from the strategies in Danescu-Niculescu-Mizil et al. 2013 (gratitude, apology, greeting, "please",
counterfactual "could/would you", hedges; against direct "why did you" questions, abrupt openings,
"actually"/"in fact"). They are general phrasings, not fitted to any dataset row. The rule table
with points and guidance is in docs/scoring.md.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

BASE = 50
SENTIMENT_WEIGHT = 8  # VADER compound in [-1, 1] becomes at most ±8 points


@dataclass(frozen=True, slots=True)
class ReplyContext:
    """What a reply answers and where it goes. Every field has a default so tests and the CLI can
    score a bare text."""

    post_text: str = ""
    customer_name: str = ""
    customer_handle: str = ""
    channel: str = ""
    max_length: int | None = None
    hashtag: str = ""
    info_link: str = ""
    brand: str = ""
    facts: tuple[str, ...] = ()
    template_text: str | None = None
    action: str = "reply"


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    label: str
    points: int
    span: tuple[int, int] | None
    guidance: str

    def to_dict(self, text: str | None = None) -> dict[str, Any]:
        data: dict[str, Any] = {
            "rule": self.rule,
            "label": self.label,
            "points": self.points,
            "span": list(self.span) if self.span else None,
            "guidance": self.guidance,
        }
        if text is not None and self.span:
            data["evidence"] = text[self.span[0] : self.span[1]]
        return data


@dataclass(frozen=True, slots=True)
class ToneReport:
    score: int
    findings: tuple[Finding, ...]
    sentiment: float = 0.0
    text: str = field(default="", repr=False)

    def finding(self, rule: str) -> Finding | None:
        """The finding for `rule`, if it fired (tests and the debrief ask this a lot)."""
        for item in self.findings:
            if item.rule == rule:
                return item
        return None

    def evidence(self, rule: str) -> str | None:
        item = self.finding(rule)
        if item is None or item.span is None:
            return None
        return self.text[item.span[0] : item.span[1]]

    def to_dict(self) -> dict[str, Any]:
        return {
            "score": self.score,
            "sentiment": round(self.sentiment, 4),
            "findings": [f.to_dict(self.text) for f in self.findings],
        }


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    label: str
    points: int
    guidance: str


def _rules(*rules: Rule) -> dict[str, Rule]:
    return {rule.id: rule for rule in rules}


# Points per rule. Credits add up to +67, but a strong reply earns about +50 of them (a time frame,
# a stated fact and a greeting rarely all fit one reply), so it lands in the 90s and any penalty
# still shows in the score instead of vanishing above the cap.
RULES: dict[str, Rule] = _rules(
    # credits
    Rule("apology", "Apologises", 10, "acknowledge"),
    Rule("acknowledgement", "Acknowledges or thanks the customer", 8, "feel_heard"),
    Rule("empathy", "Shows empathy", 8, "empathy"),
    Rule("ownership", "Takes ownership", 7, "ownership"),
    Rule("personalisation", "Uses the customer's name", 7, "personalise"),
    Rule("next_step", "Gives a concrete next step", 9, "call_to_action"),
    Rule("time_frame", "Says when", 4, "set_expectations"),
    Rule("official_channel", "Points to the official hashtag or info link", 5, "one_platform"),
    Rule("stated_fact", "Sticks to a stated fact", 3, "stick_to_facts"),
    Rule("courtesy", "Courteous phrasing (please, could you, hedges)", 3, "not_rude"),
    Rule("greeting", "Greets the customer", 3, "personalise"),
    Rule("sentiment", "Overall sentiment (VADER compound)", 0, "keep_cool"),
    # penalties
    Rule("fauxpology", "Non-apology ('sorry you feel that way')", -18, "not_defensive"),
    Rule("blame", "Defensive or blames the customer", -25, "not_defensive"),
    Rule("accusing_question", "Accusing question ('why did you ...')", -12, "not_defensive"),
    Rule("condescension", "Condescending ('actually', 'obviously')", -8, "not_rude"),
    Rule("abrupt_opening", "Abrupt opening ('So,', 'Look,', 'You ...')", -4, "not_rude"),
    Rule("bossy", "Tells the customer what to do ('you should', 'you need to')", -5, "not_rude"),
    Rule("question_barrage", "Fires several questions at the customer in public", -4, "listen"),
    Rule("direct_question", "Blunt question ('What is your ...?')", -4, "not_rude"),
    Rule("dismissal", "Dismisses the complaint ('calm down')", -20, "listen"),
    Rule("sarcasm", "Sarcasm", -20, "not_rude"),
    Rule("shouting", "Shouting (capitals, '!!')", -12, "keep_cool"),
    Rule("profanity", "Profanity", -35, "not_rude"),
    Rule("insult", "Insults the customer", -35, "not_rude"),
    Rule("risky_promise", "Promise or compensation the facts don't support", -20, "stick_to_facts"),
    Rule("risky_admission", "Admits a cause or liability the facts don't support", -20,
         "stick_to_facts"),
    Rule("over_length", "Longer than the channel allows", -15, "stick_to_facts"),
    Rule("template_unfilled", "Template placeholder left unfilled", -30, "approved_templates"),
    Rule("template_unpersonalised", "Approved template sent unpersonalised", -12,
         "approved_templates"),
    Rule("censoring", "Hides, deletes or threatens to remove the complaint", -30, "no_censoring"),
    Rule("too_short", "One-word reply", -35, "not_evasive"),
    Rule("empty", "Empty reply", -BASE, "no_silence"),
)

_I = re.IGNORECASE


def _words(*alternatives: str) -> re.Pattern[str]:
    """One compiled, case-insensitive alternation bounded by word edges."""
    return re.compile(r"(?<![\w'])(?:" + "|".join(alternatives) + r")(?![\w'])", _I)


_YOU = r"(?:you|u|ya)"
_WE = r"(?:we|i)"

PATTERNS: dict[str, re.Pattern[str]] = {
    "apology": _words(
        r"(?:so |very |really |truly |terribly )?sorry", r"apologi[sz]e\w*", r"apologies",
        r"my bad", r"we regret", r"excuse (?:me|us)", r"pardon",
    ),
    "acknowledgement": _words(
        r"thanks?(?: you)?(?: so much| very much)?", r"thx", r"appreciated?", r"grateful",
        r"we hear you", r"you(?:'re| are) (?:right|correct)", r"fair point", r"good point",
        r"we(?:'ve| have) (?:seen|noted|heard)", r"(?:cheers|kudos)", r"great (?:question|idea)",
        r"(?:great|nice|good|excellent|interesting|helpful|awesome|cool) (?:answer|question|point"
        r"|idea|work|job|catch|post|suggestion|explanation|find|tip)s?", r"well done",
    ),
    "empathy": _words(
        r"(?:i|we) (?:completely |totally |really |fully )?(?:understand|get) "
        r"(?:how|why|that|your)",
        r"(?:i|we) can (?:only )?imagine", r"must (?:be|have been) (?:so |really |very )?\w+",
        r"(?:that|this)(?:'s| is| sounds)(?: so| really| very)? (?:frustrating|upsetting|awful"
        r"|stressful|worrying|disappointing|annoying)",
        r"(?:not|isn't) the experience", r"(?:understandably|rightly) (?:upset|frustrated|angry"
        r"|concerned|worried)", r"we know how", r"how (?:frustrating|upsetting|worrying)",
        r"(?:i|we)(?:'m| am|'re| are) (?:sad|concerned|worried) to hear", r"hear that",
    ),
    "ownership": _words(
        r"we (?:got|get) (?:this|it|that) wrong", r"(?:that|this)(?:'s| is) on us",
        r"we let (?:you|our \w+) down", r"we dropped the ball", r"we (?:should|could) have done",
        r"we (?:should|could) have", r"we (?:own|take responsibility for) (?:this|it|that)",
        r"(?:our|my) (?:mistake|error)", r"we made a mistake", r"we fell short",
        r"we (?:take|own) (?:full )?responsibility", r"(?:i|we)(?:'ll| will) (?:personally )?"
        r"(?:look into|handle|take care of|follow up|sort)",
        r"we(?:'ll| will) (?:look into|fix|sort|make (?:this|it) right|put (?:this|it) right)",
    ),
    "next_step": _words(
        r"(?:send|drop|give) (?:us|me) (?:a )?(?:dm|pm|message|direct message|private message"
        r"|your)", r"dm (?:us|me)", r"(?:direct|private) message", r"(?:in|via|by|over) (?:a )?"
        r"(?:dm|dms|pm)", r"reply with", r"(?:call|email|contact|ring) us",
        r"(?:we|i)(?:'ll| will) (?:call|email|contact|message|dm|update|get back to|reach out)",
        r"follow (?:this|the) link",
        r"(?:call|ring|contact|visit|head to|go to) (?:the|our|any) (?:\w+ ){0,2}(?:line|team|desk"
        r"|store|branch|page|counter)", r"https?://\S+", r"(?:your|the) (?:order|booking|account"
        r"|reference|ticket) (?:number|no|id|details)", r"(?:here|this) is how",
        r"(?:the )?steps? (?:are|is)", r"(?:fill in|fill out|use) (?:this|the) form",
    ),
    "time_frame": _words(
        r"(?:within|in) (?:the next )?(?:\d+|an?|one|two|three|24|48|72) (?:minutes?|mins?|hours?"
        r"|hrs?|days?|working days?|business days?)", r"(?:today|tonight|tomorrow|this "
        r"(?:morning|afternoon|evening|week))", r"by (?:monday|tuesday|wednesday|thursday|friday"
        r"|saturday|sunday|noon|midday|end of (?:the )?day|eod|\d{1,2}(?::\d\d)? ?(?:am|pm))",
        r"in the next hour", r"within the (?:hour|day|next hour)",
        r"every (?:\d+ )?(?:minutes?|hours?|hour)",
    ),
    "courtesy": _words(
        r"(?<!^)please", r"pls", r"(?:could|would|might) (?:you|we|i)", r"would you mind",
        r"if you (?:don't|do not) mind", r"(?:i|we) (?:think|believe|wonder|suppose)",
        r"perhaps", r"maybe", r"possibly", r"it seems", r"by the way", r"if possible",
        r"when you (?:get|have) a (?:chance|moment|minute)", r"happy to", r"glad to",
        r"feel free", r"(?::\)|:-\)|:d|😊|🙂)", r"kindly", r"(?:would|could) you be so kind",
        r"(?:i|we)(?:'d| would) (?:appreciate|be grateful)", r"sorry to (?:bother|trouble)",
        r"hope (?:you(?:'re| are)|this finds you) well", r"if you (?:could|would|can)",
        r"(?:can|will) you", r"would it be (?:possible|ok|okay|alright)",
        r"(?:i|we) (?:was|were) wondering",
        r"(?:i|we)(?:'d| would) (?:like|love|recommend|suggest)",
        r"any (?:help|ideas?|suggestions?|advice|thoughts|pointers|hints?)",
    ),
    "greeting": re.compile(
        r"^\W*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings|howdy)\b", _I
    ),
    "fauxpology": _words(
        r"sorry (?:that |if )?you (?:feel|felt|think|thought|see it|were offended|are offended"
        r"|are upset|were upset|got upset|took it|misunderstood|didn't like)\w*",
        r"(?:sorry|apologi[sz]e|apologies) (?:if|that) (?:anyone|you|this|that|some)\w*"
        r"(?: (?:were|was|are|feel|felt|got|took)\w*)?", r"sorry,? but", r"apologi[sz]e,? but",
        r"sorry for any (?:inconvenience|confusion) (?:this|that) may have",
        r"mistakes were made", r"(?:we|i) regret that you",
    ),
    "blame": _words(
        r"(?:it's |it is |that's |that is )?not (?:our|my) (?:fault|problem|responsibility)",
        rf"{_YOU} should(?:'ve| have|n't have| not have)", rf"(?<!what ){_YOU} (?:should|need to"
        r"|have to|must) (?:have )?(?:read|check|follow|know|understand)\w*",
        rf"if {_YOU} had", rf"{_YOU} (?:failed|forgot|neglected) to",
        rf"{_YOU} (?:did not|didn't|never) (?:read|check|follow|understand|bother)",
        r"as (?:we|i|was) (?:already |previously |clearly )?(?:said|stated|mentioned|explained"
        r"|told you)", r"as (?:already |previously )?(?:stated|mentioned|explained)",
        r"read the (?:terms|faq|fine print|instructions|manual)", r"user error",
        r"your (?:own )?fault", r"(?:on|at) your end", r"blame (?:yourself|the customer)",
        r"like (?:we|i) said", r"(?:we|i) (?:already )?told you", r"(?:we|i) can't help (?:it|that)"
        r" (?:if|that) you", r"through no fault of ours", r"that's on you",
        r"(?:it's|it is) on you",
    ),
    "accusing_question": _words(
        rf"why (?:do|did|didn't|don't|would|wouldn't|are|aren't|were|weren't|can't|won't|have"
        rf"|haven't|is|isn't) {_YOU}", rf"how (?:come|could {_YOU}|dare {_YOU}|many times)",
        r"who the hell", r"what(?:'s| is) wrong with you", rf"are {_YOU} (?:serious|kidding"
        r"|blind|joking|sure|even|really|trying)", rf"(?:do|did|can|have) {_YOU} (?:even|not)",
        rf"what (?:do|did|were|are) {_YOU} (?:expect|think|doing)",
        r"what the (?:hell|heck|fuck\w*|f)", r"(?:seriously|really)\?", rf"did{_YOU}n't",
        r"why\b[^.!?\n]{0,80}\?", r"why not",
        # a question that opens with a negation pushes its answer on the reader: "Isn't that
        # obvious?", "Don't you mean ...?", "Didn't it say ...?"
        r"(?:(?<=^)|(?<=[.!?]\s)|(?<=[.!?]\s\s))(?:isn't|aren't|doesn't|don't|didn't|can't|won't"
        r"|wasn't|weren't|shouldn't|wouldn't|couldn't|haven't|hasn't) (?:it|that|this|you|there"
        r"|the|he|she|they|we|i)\b[^.!?\n]{0,120}\?",
    ),
    "condescension": _words(
        r"actually", r"in fact", r"obviously", r"clearly", r"the point is", r"as you (?:should|must"
        r"|may) know", r"as everyone knows", r"simply", r"just (?:read|follow|check|look|use)",
        r"frankly", r"with all due respect", r"no offen[cs]e", r"(?:to be|in all) (?:fair|honesty)",
        r"newsflash", r"for your information", r"fyi", r"let me explain", r"learn to", r"basic",
        r"honestly", r"surely", r"the (?:truth|reality|fact) is",
        r"(?:do|did|are|is|was|were) (?:you|it|that|this) really",
    ),
    "bossy": _words(
        rf"(?<!what ){_YOU} (?:should|need to|have to|must|ought to|better)(?! have)",
        rf"(?<!what ){_YOU}(?:'d| had) better", r"make sure (?:you|to)",
    ),
    "direct_question": re.compile(
        # "How can we help?" offers help, it does not demand an answer
        r"(?:^|(?<=[.!?]\s))\W*(?:what|why|how|where|who|which|when)\b"
        r"(?!\s+(?:can|could|should|do|would|might) (?:i|we)\b)[^.!?]{0,200}\?", _I | re.MULTILINE
    ),
    "abrupt_opening": re.compile(
        r"^\W*(?:so(?!\s+(?:sorry|much|very|glad|happy|sad|pleased|good))|then|but|and|look"
        r"|listen|well(?!\s+done)|you(?=\s)|ok|okay|fine|again|um|uh|erm)\b", _I
    ),
    "dismissal": _words(
        r"calm down", r"relax", r"chill(?: out)?", r"get over it", r"(?:not|no) (?:such )?a?\s?big"
        r" deal", r"over-?react\w*", r"(?:being|so) (?:dramatic|sensitive|emotional)",
        r"deal with it", r"(?:stop|quit) (?:complaining|whining|moaning)", r"(?:these things|it|"
        r"stuff|mistakes) happens?", r"whatever(?=\s*(?:[.!,;]|$))", r"move on",
        r"it's (?:only|just) (?:a|one)",
        r"nothing to (?:worry|complain) about", r"take a (?:deep )?breath", r"no need to (?:be "
        r"|get )?(?:upset|angry|rude|shout)", r"(?:you(?:'re| are)|ur) (?:wrong|mistaken)",
        r"first world problem\w*", r"cry(?:ing)? about", r"not (?:worth|our) (?:worrying|concern)",
    ),
    "sarcasm": _words(
        r"yeah,? right", r"oh,? (?:great|wonderful|sure|brilliant|joy|really)", r"sure,? because",
        r"good luck with that", r"nice try", r"bless your heart", r"congrat\w* on",
        r"thanks for nothing", r"(?:wow|gee|golly),? (?:just )?(?:wow|thanks)", r"what a surprise",
        r"shocking,", r"/s", r"genius", r"rocket science", r"must be nice", r"as if",
        r"(?:clearly|obviously) you know (?:better|best)", r"(?:wow|gee)(?=[,.!])",
        r"because (?:that|this) (?:always|totally) works", r"heaven forbid", r"cool story",
        r"(?:🙄|😂|🤣|😏|🙃|🤡)", r"lol", r"lmao", r"big surprise", r"who knew", r"yawn",
    ),
    "profanity": _words(
        r"fuck\w*", r"fuk\w*", r"fuc\w*", r"fck\w*", r"f\*\**k\w*", r"shit\w*", r"sh1t\w*",
        r"damn\w*", r"(?:the|to|like) hell", r"hell no", r"crap\w*", r"bitch\w*", r"bastard\w*",
        r"ass(?:hole|hat)?s?", r"arse(?:hole)?s?",
        r"piss\w*", r"bloody", r"wtf", r"stfu", r"screw (?:you|this|that|off)", r"bullshit",
        r"dick\w*", r"bollocks", r"whaddafuck", r"goddam\w*", r"jesus christ", r"fml", r"ffs",
        r"omfg", r"suck(?:s|ed)?",
    ),
    "insult": _words(
        r"idiot\w*", r"stupid\w*", r"moron\w*", r"dumb\w*", r"pathetic", r"clueless", r"loser\w*",
        r"lunatic", r"imbecile\w*", r"get a life", r"troll\w*", r"liar\w*", r"ignorant",
        r"incompeten\w*", r"ridiculous", r"absurd", r"nonsense", r"rubbish", r"lazy",
        r"(?:mentally|intellectually) \w+", r"childish", r"pointless", r"useless", r"silly",
        r"garbage", r"hater\w*", r"entitled", r"karen", r"shut up", r"go away", r"grow up",
        r"no one cares", r"nobody cares", r"you people", r"get lost", r"rtfm", r"lmgtfy",
        r"google it", r"do your (?:own )?homework", r"learn (?:to|how to) read",
        r"what(?:'s| is) your problem", r"for (?:god's|heaven's|pete's) sake",
        r"(?:that's|thats|that is|it's|its) (?:your|ur) (?:own )?problem", r"crazy", r"hysteric\w*",
        r"paranoi\w*", r"delusional", r"lies", r"lying",
    ),
    "risky_promise": _words(
        r"(?:we |i )?guarantee\w*", r"(?:we |i )?promise\w*", r"100 ?%", r"never happen again",
        r"(?:full|double|complete|immediate) refund", r"refund\w*", r"compensat\w*",
        r"voucher\w*", r"gift ?cards?", r"free \w+(?: for (?:life|a year))?", r"for free",
        r"reimburs\w*", r"money back", r"(?:we|i)(?:'ll| will) pay", r"cover (?:the|your|all) "
        r"(?:cost|bill|expense)s?", r"(?:account )?credit(?!\s+card)s?", r"(?:discount|coupon)s?",
        r"on the house",
        r"(?:we|i)(?:'ll| will) (?:make sure|ensure) (?:this|it) never", r"never again",
        r"(?:completely|totally|100%) safe", r"no risk", r"(?:won't|will not) happen again",
    ),
    "risky_admission": _words(
        r"(?<!not )(?:our|my) fault", r"contaminat\w*", r"salmonella", r"e\.? ?coli", r"listeria",
        r"food poisoning", r"negligen\w*", r"(?:we were|got|been) hacked", r"(?:data )?breach\w*",
        r"leak(?:ed|s)?", r"liab(?:le|ility)", r"(?:we|i) admit", r"caused by (?:our|us|the)",
        r"cut corners", r"(?:staff|employee|supplier|driver)(?:'s)? (?:error|mistake|fault)",
        r"(?:unsafe|dangerous|defective|faulty) (?:product|batch|food|item|part)s?",
        r"(?:had been|has been|was|were|is|are) (?:faulty|defective|unsafe|broken|dirty)",
        r"(?:someone|staff|they|we) ignored",
        r"(?:we|it) (?:knew|ignored)", r"cover(?:ed)?[- ]up", r"lawsuit\w*", r"sue\b",
        r"(?:a|the|product|safety|voluntary) recall\w*", r"recall(?:ing|ed) (?:the|our|all|every)",
    ),
    "censoring": _words(
        r"(?:we|i)(?:'ve| have| had)? (?:deleted|removed|hidden|hid|blocked|banned|reported)",
        r"(?:deleting|removing|hiding|blocking|banning|reporting) (?:your|this|these|that|you)",
        r"(?:will|would|may|might) be (?:deleted|removed|hidden|blocked|banned|reported)",
        r"(?:take|taking) (?:this|it|that) down", r"(?:delete|remove) (?:this|your|that) "
        r"(?:post|comment|review|tweet)", r"(?:legal|lawyers?) will be in touch",
    ),
}

_EVERYDAY = (  # words in most replies: poor cues for skipping a rule
    "a an and are did do does even ever get had have how i it it's just like must my never not "
    "our really should the to was we what when where which who why will you your"
)
_COMMON = frozenset(_EVERYDAY.split())


def _cue_quality(cues: frozenset[str]) -> tuple[int, int, float]:
    """Prefer cue sets without everyday words, then the set whose shortest cue is longest."""
    common = sum(cue.strip() in _COMMON or len(cue.strip()) < 3 for cue in cues)
    lengths = [len(cue) for cue in cues]
    return (-common, min(lengths), sum(lengths) / len(lengths))


def _cues(pattern: str) -> frozenset[str] | None:
    """Literal snippets, one of which every match of `pattern` must contain (None: no such set).

    Running ~20 alternations over every reply is most of the scorer's cost; most replies contain
    the cue words of only a few rules, so `score_reply` first checks the (much cheaper) substring
    cues and runs a rule's regex only when one is present. Derived from the regex itself, so the
    cues cannot drift from the rules; a test checks the shortcut never changes a result.
    """
    # re._parser/_constants are private but present since 3.11; the cue tests catch a change.
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    def sequence(items: Any) -> frozenset[str] | None:
        candidates: list[frozenset[str]] = []
        run = ""
        for op, arg in [*items, (None, None)]:
            if op is c.LITERAL:
                run += chr(arg)
                continue
            if len(run.strip()) >= 2 or not run.isascii():  # emoji are rare enough alone
                candidates.append(frozenset({run.casefold()}))
            run = ""
            inner: frozenset[str] | None = None
            if op is c.SUBPATTERN:
                inner = sequence(arg[-1])
            elif op is c.BRANCH:
                options = [sequence(option) for option in arg[1]]
                if all(option is not None for option in options):
                    inner = frozenset().union(*options)  # type: ignore[arg-type]
            elif op is c.IN and all(kind is c.LITERAL and value > 127 for kind, value in arg):
                inner = frozenset(chr(value) for _, value in arg)  # a set of emoji
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and arg[0] >= 1:
                inner = sequence(arg[2])
            if inner:
                candidates.append(inner)
        if not candidates:
            return None
        return max(candidates, key=_cue_quality)

    return sequence(_parser.parse(pattern))


# {name}, {{detail}}, [NAME], [INSERT ORDER], <name>, XXX: what unfilled templates look like.
# Square brackets count only in capitals, so "[sic]" or "[bold]" typed by a person are not flagged.
_PLACEHOLDER = re.compile(
    r"\{\{?\s*[A-Za-z_][\w ]*\}?\}|\[[A-Z][A-Z_ ]{2,}\]|\[(?i:name|detail|customer|order)\]"
    r"|<(?i:name|detail|customer|order|insert[^>]*)>|\bX{3,}\b"
)
_CAPS_WORD = re.compile(r"\b[A-Z][A-Z']{2,}\b")
_BANGS = re.compile(r"[!?]*![!?]*!+[!?]*|\?{3,}")
_ANY_UPPER_RUN = re.compile(r"[^\W\d_a-z]{3}")  # three capitals (or caseless letters) in a row
_WORD = re.compile(r"\w+")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})
_FACT_WORD = re.compile(r"[^\W\d_]{4,}")
_ACRONYMS = (  # capitals that are not shouting
    "FAQ URL ASAP USA DM DMS PM ID SMS UK US EU PDF ETA FYI NHS OK CEO TV ATM GPS APP USB HTML CSS "
    "API UTC GMT EST PST BST CET AM IT HR PR"
)
_CAPS_OK = frozenset(_ACRONYMS.split())
_COMMON_WORDS = (  # too common to tie a reply to a stated fact
    "this that with have from your will they them what when where were been their there about "
    "which would could should these those into only also some more most than then very just"
)
_STOPWORDS = frozenset(_COMMON_WORDS.split())


CUES: dict[str, frozenset[str] | None] = {rule: _cues(p.pattern) for rule, p in PATTERNS.items()}


def _trie_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """One regex that finds, at every position, the longest of `words` starting there.

    A trie written as nested alternations lets the regex engine reject a position after one
    character compare, so one pass over the reply finds every cue of every rule.
    """
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return re.compile("(?=(" + build(trie) + "))", re.DOTALL)


_ALL_CUES = sorted({cue for cues in CUES.values() if cues for cue in cues})
_CUE_FINDER = _trie_pattern(_ALL_CUES)
# A cue found at a position also implies every shorter cue that is its prefix (same position).
_CUE_RULES: dict[str, frozenset[str]] = {
    found: frozenset(
        rule for rule, cues in CUES.items() if cues and any(found.startswith(c) for c in cues)
    )
    for found in _ALL_CUES
}
_UNCUED = frozenset(rule for rule, cues in CUES.items() if cues is None)


def _cued_rules(folded: str) -> frozenset[str]:
    """Rules whose regex can possibly match: one of their cues occurs (or they have none)."""
    rules = set(_UNCUED)
    for found in set(_CUE_FINDER.findall(folded)):
        rules |= _CUE_RULES[found]
    return frozenset(rules)


# The same rules without IGNORECASE, run on the case-folded reply: about twice as fast. Used when
# folding kept every character in place (true for nearly all text; "ß" or "ﬁ" are exceptions).
_FOLDED: dict[str, re.Pattern[str]] = {
    rule: re.compile(p.pattern, p.flags & ~re.IGNORECASE) for rule, p in PATTERNS.items()
}


def _search(rule_id: str, text: str, folded: str | None) -> re.Match[str] | None:
    """First match of a rule; `folded` is the case-folded text when it aligns with `text`."""
    if folded is not None:
        return _FOLDED[rule_id].search(folded)
    return PATTERNS[rule_id].search(text)


@lru_cache(maxsize=1)
def _analyzer() -> Any:
    """One VADER analyzer per process: it loads its lexicon from disk, so build it once, lazily."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def vader_compound(text: str) -> float:
    """Raw VADER compound for `text`, the reference the benchmark compares the scorer against."""
    return float(_analyzer().polarity_scores(text)["compound"])


# VADER's cost grows with the square of its words (each sentiment word rescans the whole text for
# negations), and every emoji becomes several words: 2,000 emoji took 4 s. The opening carries
# the tone of a reply, and a run of one character says no more after three ("!!!", "😡😡😡").
_VADER_LIMIT = 600
_RUNS = re.compile(r"(.)\1{3,}", re.DOTALL)


def vader_opening(text: str) -> str:
    """The part of a reply VADER reads: runs of one character cut to three, then the opening."""
    return _RUNS.sub(r"\1\1\1", text[: _VADER_LIMIT * 4])[:_VADER_LIMIT]


@lru_cache(maxsize=2048)
def _sentiment(opening: str) -> float:
    """VADER on a reply's opening, remembered: VADER is a third of the scorer's cost, and a drill's
    replies repeat (templates and bots send the same words to many customers, only the name and
    context differ), so the same text is scored once."""
    return vader_compound(opening)


def _finding(rule_id: str, span: tuple[int, int] | None, points: int | None = None) -> Finding:
    rule = RULES[rule_id]
    return Finding(rule_id, rule.label, rule.points if points is None else points, span,
                   rule.guidance)


def _first(pattern: re.Pattern[str], text: str) -> tuple[int, int] | None:
    match = pattern.search(text)
    return match.span() if match else None


def _supported(evidence: str, facts_text: str) -> bool:
    """A promise/admission is fine if the stated facts use the same key word (e.g. "refund")."""
    if not facts_text:
        return False
    words = {w.lower() for w in _FACT_WORD.findall(evidence)} - _STOPWORDS
    words -= {"promise", "guarantee", "we", "will"}
    return any(word[:6] in facts_text for word in words)


# "I can't promise", "we cannot guarantee a refund", "no guarantees": declining to promise is the
# careful answer the seeds ask for, so nothing up to the end of that clause counts as a promise.
# The clause ends at . ! ? ; or a "but"/"however", so "we can't promise X, but Y is free" still
# counts Y.
_NEGATED_PROMISE = re.compile(
    r"(?<![\w'’])(?:(?:can|won|couldn|don|wouldn)[’']?t|cannot|can not|will not|could not|do not"
    r"|would not|not able to|unable to|not in a position to|no|never)"
    r"\s+(?:(?:yet|currently|really|honestly|fully|make|give|any|you|a|100 ?%)\s+){0,3}"
    r"(?:promise|guarantee)\w*(?:[^.!?;\n](?!\s*(?:but|however|although)\b))*",
    _I,
)


def _negated_spans(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in _NEGATED_PROMISE.finditer(text)]


@lru_cache(maxsize=2048)  # a pure function of the words and facts; drills repeat them
def _risky(rule_id: str, text: str, folded: str | None, facts_text: str) -> Finding | None:
    source = folded if folded is not None else text
    matches = (
        _FOLDED[rule_id].finditer(folded) if folded is not None
        else PATTERNS[rule_id].finditer(text)
    )
    declined = _negated_spans(source) if rule_id == "risky_promise" else []
    for match in matches:
        if any(start <= match.start() < end for start, end in declined):
            continue
        if not _supported(match.group(0), facts_text):
            return _finding(rule_id, match.span())
    return None


_CAUSE_CUE = re.compile(r"because|due to|caused by|result of|the reason", _I)
_CAUSE = re.compile(
    r"\b(?:because|due to|caused by|as a result of|the reason (?:is|was))\b[^.!?\n]*", _I
)


@lru_cache(maxsize=2048)  # a pure function of the words and facts; drills repeat them
def _unsupported_cause(text: str, facts: tuple[str, ...]) -> tuple[int, int] | None:
    """A stated cause ("because the kitchen team quit") that no stated fact backs up.

    Only judged when the scenario states facts: guessing at causes in public is what the seeds'
    "Stick to the facts" warns against.
    """
    if not facts or not _CAUSE_CUE.search(text):
        return None
    fact_words = frozenset().union(*map(_content_words, facts))
    for match in _CAUSE.finditer(text):
        words = {w.lower() for w in _FACT_WORD.findall(match.group(0))} - _STOPWORDS
        words.discard("because")
        if len(words & fact_words) < 2:
            return match.span()
    return None


@lru_cache(maxsize=64)
def _allowed_caps(brand: str, hashtag: str) -> frozenset[str]:
    return _CAPS_OK | {w.upper() for w in _WORD.findall(brand + " " + hashtag)}


def _shouting(text: str, ctx: ReplyContext) -> tuple[int, int] | None:
    if not _ANY_UPPER_RUN.search(text) and "!!" not in text and "??" not in text:
        return None
    allowed = _allowed_caps(ctx.brand, ctx.hashtag)
    caps = [m for m in _CAPS_WORD.finditer(text) if m.group(0).strip("'") not in allowed]
    long_caps = [m for m in caps if len(m.group(0)) >= 4]
    if len(long_caps) >= 2 or (long_caps and len(long_caps[0].group(0)) >= 6) or len(caps) >= 3:
        return (long_caps or caps)[0].span()
    bangs = _BANGS.search(text)
    if bangs:
        return bangs.span()
    letters = sum(map(str.isalpha, text))
    if letters >= 12 and sum(map(str.isupper, text)) > 0.6 * letters:
        return (0, len(text))
    return None


@lru_cache(maxsize=256)
def _name_candidates(name: str, handle: str) -> tuple[tuple[str, str], ...]:
    """The ways a reply can address the customer: handle, bare handle, full name, first name.

    Each comes with its case-folded form (a cheap "could it be there" check). No regex is built
    here: a one-hour drill has ~1,500 customers, and compiling their patterns was half the cost of
    scoring; `_word_span` finds nearly all of them with `str.find`.
    """
    candidates = [handle.strip(), handle.strip().lstrip("@"), name.strip()]
    candidates += name.split()[:1]
    return tuple((c.casefold(), c) for c in dict.fromkeys(candidates) if len(c) >= 2)


@lru_cache(maxsize=1024)
def _word_pattern(literal: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(literal) + r"(?!\w)", _I)


_ASCII_LETTER = re.compile(r"[a-z]", _I)  # with IGNORECASE also "İ", "ı", "ſ", "K" (re docs)


@lru_cache(maxsize=4096)
def _ascii_twin(char: str) -> bool:
    """Could the regex engine, ignoring case, take `char` for an ASCII letter ("ı", "ſ", "K")?"""
    return bool(_ASCII_LETTER.fullmatch(char)) or any(c.isascii() for c in char.lower())


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _plain_case(text: str) -> bool:
    """True when ignoring case in `text` is plain `str.lower()` for ASCII words: no character
    that the regex engine folds onto an ASCII letter, and lowering keeps every position."""
    return all(not _ascii_twin(char) for char in set(_NON_ASCII.findall(text)))


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _word_span(literal: str, text: str, lowered: str | None) -> tuple[int, int] | None:
    """Leftmost `literal` in `text`, ignoring case, not inside a word: what
    `_word_pattern(literal).search(text)` finds, without compiling it when the words are ASCII.

    `lowered` is `text.lower()` when `_plain_case(text)` holds, else None (use the regex).
    """
    if lowered is None or not literal.isascii():
        match = _word_pattern(literal).search(text)
        return match.span() if match else None
    needle = literal.lower()
    size = len(needle)
    at = lowered.find(needle)
    while at >= 0:
        end = at + size
        if (at == 0 or not _is_word_char(text[at - 1])) and (
            end == len(text) or not _is_word_char(text[end])
        ):
            return (at, end)
        at = lowered.find(needle, at + 1)
    return None


def _name_span(text: str, ctx: ReplyContext) -> tuple[int, int] | None:
    if not (ctx.customer_name or ctx.customer_handle):
        return None
    folded = text.casefold()
    lowered: str | None = None
    checked = False
    for cue, literal in _name_candidates(ctx.customer_name, ctx.customer_handle):
        if cue in folded:
            if not checked:
                checked = True
                lowered = text.lower()
                if len(lowered) != len(text) or not _plain_case(text):
                    lowered = None
            span = _word_span(literal, text, lowered)
            if span:
                return span
    return None


@lru_cache(maxsize=64)
def _official_patterns(hashtag: str, info_link: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The hashtag, and the info link with or without its scheme and "www." (people drop them)."""
    bare_link = re.sub(r"^(?:https?://)?(?:www\.)?", "", info_link.strip(), flags=re.I).rstrip("/")
    markers = [m for m in (hashtag.strip(), bare_link) if len(m) >= 2]
    return tuple(
        (m.casefold(), re.compile(r"(?:https?://)?(?:www\.)?" * (m == bare_link) + re.escape(m)
                                  + r"(?!\w)", _I))
        for m in markers
    )


def _official_span(text: str, folded: str, ctx: ReplyContext) -> tuple[int, int] | None:
    for cue, pattern in _official_patterns(ctx.hashtag, ctx.info_link):
        if cue in folded:
            match = pattern.search(text)
            if match:
                return match.span()
    return None


@lru_cache(maxsize=256)
def _content_words(fact: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _FACT_WORD.findall(fact)) - _STOPWORDS


@lru_cache(maxsize=2048)  # a pure function of the words and facts; drills repeat them
def _fact_span(text: str, facts: tuple[str, ...]) -> tuple[int, int] | None:
    """A reply restates a fact when it uses half (at least three) of that fact's content words."""
    if not facts:
        return None
    lowered = text.lower()
    for fact in facts:
        words = _content_words(fact)
        hits = [(lowered.find(w), w) for w in words if w in lowered]
        hits = [(at, w) for at, w in hits if at >= 0]
        if hits and len(hits) >= min(len(words), max(3, (len(words) + 1) // 2)):
            start = min(at for at, _ in hits)
            end = max(at + len(w) for at, w in hits)
            return (start, end)
    return None


def _second_question(text: str) -> tuple[int, int]:
    """From just after the first question to the end of the second: the question too many."""
    first = text.index("?")
    return (first + 1, text.index("?", first + 1) + 1)


def _placeholder_span(text: str) -> tuple[int, int] | None:
    if "{" in text or "[" in text or "<" in text or "xxx" in text or "XXX" in text:
        return _first(_PLACEHOLDER, text)
    return None


def _squash(text: str) -> str:
    return " ".join(text.split()).casefold()


@lru_cache(maxsize=64)
def _template_parts(template: str) -> tuple[tuple[str, ...], int | None]:
    """The template's literal pieces (whitespace collapsed, case-folded) and which gap between them
    holds `{detail}`."""
    pieces = re.split(r"\{(\w+)\}", template)
    names = pieces[1::2]
    literals = tuple(_squash(piece) for piece in pieces[0::2])
    return literals, (names.index("detail") if "detail" in names else None)


def _template_unpersonalised(text: str, ctx: ReplyContext) -> tuple[int, int] | None:
    """The reply is the approved template word for word, with nothing of the customer's in it.

    Matched piece by piece with `str.find`, left to right: linear in the reply's length, so a
    10,000-character reply cannot make it backtrack (a regex with several `.*?` gaps could).
    """
    if not ctx.template_text:
        return None
    literals, detail_gap = _template_parts(ctx.template_text)
    squashed = _squash(text)
    if len(literals) == 1:
        return (0, len(text)) if squashed == literals[0] and not _name_span(text, ctx) else None
    if not squashed.startswith(literals[0]):
        return None
    position = len(literals[0])
    gaps = []
    for literal in literals[1:-1]:
        at = squashed.find(literal, position) if literal else position
        if at < 0:
            return None
        gaps.append(squashed[position:at])
        position = at + len(literal)
    last = literals[-1]
    if not squashed.endswith(last) or len(squashed) - len(last) < position:
        return None
    gaps.append(squashed[position : len(squashed) - len(last)])
    if detail_gap is not None:
        filled = gaps[detail_gap].strip(" ,.;:!?-–")
        return None if len(filled) >= 3 else (0, len(text))
    return None if _name_span(text, ctx) else (0, len(text))


_TEXT_RULES = (  # rules that look at the reply's words only, not at its context
    "apology", "acknowledgement", "empathy", "ownership", "next_step", "time_frame", "courtesy",
    "greeting", "fauxpology", "blame", "accusing_question", "condescension", "abrupt_opening",
    "bossy", "direct_question", "dismissal", "sarcasm", "profanity", "insult", "censoring",
)


@lru_cache(maxsize=2048)
def _text_rules(
    text: str,
) -> tuple[str, str | None, frozenset[str], tuple[Finding, ...]]:
    """Everything about a reply that does not depend on its context, remembered per text.

    A drill sends the same words to many customers (bots and templates fill in only the name),
    so most of the regex work is done once per distinct text. Returns the case-folded search text,
    the same text when its spans align with the reply's (else None), the cued rules, and the
    findings of `_TEXT_RULES`.
    """
    # Case-folded, with curly apostrophes made straight (phones type "it’s"): same length, so
    # spans found in it are spans in the reply.
    search_text = text.casefold().translate(_APOSTROPHES)
    live = _cued_rules(search_text)
    # When folding moved characters, search the original, ignoring case.
    folded = search_text if len(search_text) == len(text) else None
    found = []
    for rule_id in _TEXT_RULES:
        if rule_id in live:
            match = _search(rule_id, text, folded)
            if match is not None:
                found.append(_finding(rule_id, match.span()))
    return search_text, folded, live, tuple(found)


def score_reply(text: str, ctx: ReplyContext = ReplyContext()) -> ToneReport:
    """Score one public reply. Any string is accepted: empty, huge, emoji, markup, control chars."""
    if not isinstance(text, str):
        raise TypeError(f"reply text must be str, not {type(text).__name__}")
    if not text.strip():
        return ToneReport(0, (_finding("empty", None),), 0.0, text)

    facts_text = " ".join(ctx.facts).lower()
    search_text, folded, live, plain = _text_rules(text)
    found = list(plain)

    for rule_id in ("risky_promise", "risky_admission"):
        if rule_id not in live:
            continue
        risky = _risky(rule_id, text, folded, facts_text)
        if risky is not None:
            found.append(risky)
    if not any(item.rule == "risky_admission" for item in found):
        cause = _unsupported_cause(text, ctx.facts)
        if cause is not None:
            found.append(_finding("risky_admission", cause))

    for rule_id, span in (
        ("personalisation", _name_span(text, ctx)),
        ("official_channel", _official_span(text, search_text, ctx)),
        ("stated_fact", _fact_span(text, ctx.facts)),
        ("shouting", _shouting(text, ctx)),
        ("template_unfilled", _placeholder_span(text)),
        ("template_unpersonalised", _template_unpersonalised(text, ctx)),
    ):
        if span is not None:
            found.append(_finding(rule_id, span))

    if text.count("?") >= 2:
        found.append(_finding("question_barrage", _second_question(text)))
    if ctx.max_length is not None and len(text) > ctx.max_length:
        found.append(_finding("over_length", (ctx.max_length, len(text))))
    if len(text) < 40 and len(_WORD.findall(text)) <= 1:
        found.append(_finding("too_short", (0, len(text))))

    # In reading order, so a debrief can walk through the reply; span-less findings last.
    found = sorted(_resolve_overlaps(found), key=lambda f: f.span[0] if f.span else len(text))
    compound = _sentiment(vader_opening(text))
    sentiment_points = round(SENTIMENT_WEIGHT * compound)
    if sentiment_points:
        found.append(_finding("sentiment", None, sentiment_points))
    total = BASE + sum(item.points for item in found)
    return ToneReport(max(0, min(100, total)), tuple(found), compound, text)


def _resolve_overlaps(found: list[Finding]) -> list[Finding]:
    """A credit whose evidence sits inside a penalty's evidence is not a credit.

    "Sorry you feel that way" must not earn the apology, "thanks for nothing" no thanks, and
    "you should have read the terms" no courtesy: the penalty explains those words instead.
    """
    penalties = [f for f in found if f.points < 0 and f.span and f.span[1] - f.span[0] < 200]
    if not penalties:
        return found
    kept = []
    for item in found:
        if item.points > 0 and item.span and any(
            p.span[0] <= item.span[0] < p.span[1] for p in penalties if p.span
        ):
            continue
        kept.append(item)
    return kept


def clear_caches() -> None:
    """Forget every remembered text, so a benchmark run starts cold as a live drill does."""
    for cached in (_text_rules, _sentiment, _fact_span, _risky, _unsupported_cause,
                   _name_candidates, _word_pattern):
        cached.cache_clear()


def score_hide(ctx: ReplyContext = ReplyContext()) -> ToneReport:
    """Hiding or deleting a complaint is censoring: the seeds say to avoid it at all costs."""
    finding = Finding("censoring", "Hid or deleted the complaint", -100, None,
                      RULES["censoring"].guidance)
    return ToneReport(0, (finding,), 0.0, "")


__all__ = [
    "BASE",
    "RULES",
    "Finding",
    "ReplyContext",
    "Rule",
    "ToneReport",
    "clear_caches",
    "score_hide",
    "score_reply",
    "vader_compound",
]
