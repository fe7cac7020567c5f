"""What a care lead would not send, each penalty scoped to the brand's own words.

Scoping is what keeps a penalty honest:
- **quotes**: no penalty reads a quoted passage as the brand speaking ("I'm sorry our driver said
  'not our problem'" apologises for the words, it does not say them);
- **negation**: the rules in `NEGATABLE` do not fire when their words are negated in their clause
  ("it's not your fault", "we have not been hacked", "never share your password");
- **word sense**: the patterns themselves leave out the other senses ("entitled to",
  "reported it to our food safety team", "that's ridiculous, and I'm sorry").

Promises, admissions and causes are checked against the scenario's facts: a refund the facts
offer is not a risky promise.
"""

from __future__ import annotations

from scoring.tone.text import Phrases

_YOU = r"(?:you|u|ya)"

PHRASES: dict[str, Phrases] = {
    "fauxpology": Phrases(
        r"sorry (?:that |if )?you (?:feel|felt|think|thought|see it|were offended|are offended"
        r"|are upset|were upset|got upset|took it|misunderstood|didn't like)\w*",
        r"sorry if (?:\w+ ){0,3}?(?:took it|felt|feel|was offended|were offended|misunderstood|got"
        r" the wrong)", r"(?:took|take|taken) it the wrong way",
        r"(?:sorry|apologi[sz]e|apologies) (?:if|that) (?:anyone|you|this|that|some)\w*"
        r"(?: (?:were|was|are|feel|felt|got|took|may|might|has|have)\w*)",
        r"sorry,? but", r"apologi[sz]e,? but", r"sorry for any (?:inconvenience|confusion) "
        r"(?:this|that) may have", r"mistakes were made", r"(?:we|i) regret that you",
        r"sorry you(?:'re| are) (?:unhappy|disappointed|upset)",
        r"sorry (?:that |if )?you (?:find|found|have found|seem)\w*",
    ),
    "blame": Phrases(
        r"(?:it's |it is |that's |that is |this is )?not (?:our|my) (?:fault|problem"
        r"|responsibility)",
        rf"{_YOU} should(?:'ve| have| not have|n't have)(?! to\b)(?! had to\b)(?! been\b)",
        rf"{_YOU} (?:should|need to|have to|must) (?:have )?(?:read|check|follow|know|understand)"
        r"\w*", rf"if {_YOU} had", rf"{_YOU} (?:failed|forgot|neglected) to",
        rf"{_YOU} (?:did not|didn't|never) (?:read|check|follow|understand|bother)",
        r"as (?:we|i) (?:already |previously |clearly )?(?:said|stated|mentioned|explained|told"
        r" you)", r"as (?:already |previously )?(?:stated|mentioned|explained)",
        r"read the (?:terms|faq|fine print|instructions|manual)", r"user error",
        r"your (?:own )?fault", r"(?:on|at) your (?:end|side)", r"blame (?:yourself|the customer)",
        r"like (?:we|i) said", r"(?:we|i) (?:already )?told you", r"through no fault of ours",
        r"(?:that's|that is|it's|it is) on you", r"(?:caused|created) by you",
        r"next time,? (?:please |try |make sure |you |just |read |check )",
        r"maybe (?:have|try|use|get|order|book|check|read|pick|choose)\b[^.!?\n]{0,50}next time",
        r"if you(?:'re| are) (?:that|so) (?:worried|bothered|concerned|upset|desperate)",
        r"maybe (?:don't|do not|try not to|avoid|stop)",
        r"(?:worth|best|a good idea|better) (?:reading|checking|to read|to check)\b",
        r"(?:please )?(?:check|look in) your (?:spam|junk|settings|account settings)",
    ),
    "defensive": Phrases(
        r"(?:most likely|probably|likely|must be|could be|may be|might be|almost certainly)"
        r" (?:on your (?:side|end)|(?:due to |down to |caused by |an issue with |a problem with "
        r"|with )?your (?:own )?(?:phone|device|router|connection|wifi|wi-fi|settings|network"
        r"|browser|handset|laptop|computer|equipment|account|card|bank|address)|(?:an? )?(?:user"
        r"|customer|operator) (?:error|issue|mistake))",
        r"(?:tested|checked|inspected|certified|approved|vetted|trained) (?:on|across|by|to|for"
        r"|against) (?:all|every|the highest|strict|rigorous|the strictest)",
        r"(?:fully|rigorously|thoroughly|extensively|carefully|regularly) (?:tested|trained"
        r"|qualified|compliant|checked|vetted|inspected|maintained|cleaned|reviewed|monitored)",
        r"(?:we|our \w+) (?:followed|met|meet|exceeded|exceed|adhered to|adhere to|complied with"
        r"|comply with) (?:all|every|the|strict|high|our) (?:\w+ )?(?:procedures|protocols"
        r"|standards|regulations|rules|guidelines|processes)",
        r"no (?:other|one else|other customers?|other users?) (?:has|have|had) (?:reported"
        r"|complained|had|experienced)", r"(?:you're|you are) the (?:only|first) (?:one|customer"
        r"|person|user)", r"(?:this|that|it) (?:has|had) never happened before",
        r"we(?:'ve| have) (?:never|not) had (?:a |any )?(?:complaints?|issues?|problems?|reports?)",
        r"our (?:records|system|systems|logs|data|tracking) (?:show|shows|indicate|indicates"
        r"|confirm|confirms|say|says) (?:that )?(?:you|your|it was delivered|the (?:parcel|order"
        r"|item|package) was delivered)",
        r"(?:our|the) (?:staff|driver|agent|team|employee|crew|colleague)s? (?:acted|behaved|did"
        r"|followed) (?:correctly|appropriately|professionally|nothing wrong|within|by the book"
        r"|the (?:correct|right) procedure)", r"in (?:our|the company's) defen[cs]e",
        r"to be fair to (?:us|our)", r"(?:works|working) (?:fine|perfectly|normally|as (?:intended"
        r"|expected|designed)) (?:for|on) (?:everyone|all|most|other)",
        r"(?:there is|there's|there was) nothing wrong with (?:our|the)",
        r"(?:industry-leading|bank-grade|world-class|market-leading|state-of-the-art"
        r"|military-grade|best-in-class|robust|rigorous|strict|stringent) (?:\w+ )?(?:security"
        r"|encryption|protection|checks|testing|standards|procedures|controls)",
        r"(?:usually|normally|typically|often|generally|almost always) (?:caused by|down to|due to"
        r"|because of|the result of)",
        r"(?:most likely|probably|likely) (?:down to|due to|caused by|because of) (?:how|the way"
        r"|what|your|user|customer)",
        r"(?:we're|we are|i'm|i am) (?:confident|sure|certain) (?:that )?(?:our|the|this|it)",
        r"(?:most|other|many) (?:customers|people|users|passengers|guests) (?:manage|managed"
        r"|waited|wait|have|had|were|are|don't|didn't|find|found|use)",
        r"(?:we|our \w+) (?:deliver|handle|serve|process|take) (?:thousands|hundreds|millions)",
        r"(?:extremely|very|incredibly|exceptionally) rare", r"(?:an )?isolated (?:incident|case)",
        r"(?:go|goes|went|pass|passes|passed) through (?:rigorous|strict|thorough|extensive)",
        r"(?:so|therefore) (?:the|your) (?:parcel|order|item|package|delivery) (?:was|has been)"
        r" (?:definitely |certainly |clearly )?delivered", r"(?:definitely|certainly|clearly)"
        r" (?:was |been )?delivered",
        r"have you (?:checked|tried|asked) (?:with )?(?:your )?(?:neighbours|neighbors|household"
        r"|family|bank|spam|junk)",
        r"(?:follow|follows|followed|apply|applies|applied|enforce|enforced) (?:our |the |company"
        r" |strict )?(?:\w+ )?(?:policy|policies|rules|procedures)",
        r"(?:it's|it is|that's|that is) a known (?:thing|issue|problem|quirk) with (?:some|all"
        r"|older|certain|third-party|cheap|non-\w+)", r"(?:staff|we|the team|our team|our staff)"
        r" (?:are|were|is) (?:very |extremely |really |so )?(?:busy|stretched|short-staffed)",
    ),
    "policy_recital": Phrases(
        r"(?:as per|per|according to|in line with|in accordance with|under) (?:our|the|company)"
        r" (?:\w+ )?(?:policy|policies|terms(?: and conditions)?|t&cs?|conditions of (?:carriage"
        r"|sale|use))",
        r"(?:our|company|the) (?:\w+ )?(?:policy|policies|terms(?: and conditions)?|t&cs?)"
        r" (?:state|states|say|says|clearly|is|are|does|do|don't|doesn't|only|require|requires"
        r"|prevent|prevents|mean|means|allow|allows|do not|does not)",
        r"(?:it's|it is|this is|that's|that is) (?:against )?(?:our|company) policy",
        r"(?:unfortunately|sadly|i'm afraid),? (?:it's |it is |our )?policy",
        r"we (?:have|operate) a (?:strict )?(?:\w+ )?policy",
        r"(?:is|are|was|it's) (?:all )?(?:in|under) (?:your|our|the) (?:\w+ )?(?:terms|policy"
        r"|contract|agreement)",
        r"(?:recommend|suggest|advise) (?:reading|checking|reviewing|you read|you check)"
        r" (?:the|our) (?:\w+ ){0,3}(?:terms|policy|faq|guidance|instructions|manual|section"
        r"|guidelines)",
        r"(?:follow|follows|followed|apply|applied|enforce|enforced) (?:our |the |company )?"
        r"(?:\w+ )?(?:policy|policies)",
    ),
    "stonewalling": Phrases(
        r"(?:do not|don't|does not|doesn't|never|cannot|can't|won't|will not|are unable to|is"
        r" unable to|are not able to|'re unable to|'re not able to|not able to) (?:publicly )?"
        r"(?:comment|discuss|respond|engage|speculate)\w* (?:on|about|to|with|in)? ?(?:\w+ )?"
        r"(?:rumou?rs?|speculation|ongoing|individual|specific|social media|such|internal|legal"
        r"|these|this|that|the matter|unverified|claims|allegations|reports|cases|matters)",
        r"no comment", r"(?:we|i) (?:have|has) nothing (?:further|more|else) to (?:add|say)",
        r"(?:we|i) (?:will|won't|will not) not be (?:commenting|discussing|responding)",
        r"(?:not|n't) in a position to (?:comment|discuss|say|confirm)",
        r"(?:this|the) matter is (?:closed|now closed)", r"we consider (?:this|the) matter closed",
    ),
    "refusal": Phrases(
        r"(?:unfortunately|sadly|i'm afraid|regrettably|i am afraid),? (?:\w+ ){0,3}(?:can't"
        r"|cannot|can not|won't|will not|are unable to|aren't able to|are not able to|unable to"
        r"|not able to) (?:help|assist|do anything|offer|accept|make an exception|do more"
        r"|change|refund)", r"there(?:'s| is) nothing (?:more |else |further )?(?:we|i) can do",
        r"(?:not|n't) (?:something|anything) (?:we|i) can (?:help|assist|do)",
        r"(?:we|i) can(?:'t|not) help (?:you )?with (?:that|this)",
        r"(?:we|i) (?:won't|will not|cannot|can't) be (?:offering|making|providing|giving)"
        r" (?:any|an?)",
        r"(?:we|i) (?:can't|cannot|are unable to|won't|will not|are not able to) (?:prioriti[sz]e"
        r"|make exceptions|make an exception|fast-track|speed up|do anything)",
    ),
    "accusing_question": Phrases(
        rf"why (?:do|did|didn't|don't|would|wouldn't|are|aren't|were|weren't|can't|won't|have"
        rf"|haven't|is|isn't) {_YOU}", rf"how (?:come|could {_YOU}|dare {_YOU}|many times)",
        r"what(?:'s| is) wrong with you", rf"are {_YOU} (?:serious|kidding|blind|joking|even"
        r"|trying)", rf"(?:do|did|can|have) {_YOU} (?:even|not)\b[^.!?\n]{{0,60}}\?",
        rf"what (?:do|did|were|are) {_YOU} (?:expect|think|doing)", rf"are {_YOU} sure",
        r"what the (?:hell|heck|fuck\w*|f)", r"(?:seriously|really)\?",
        r"(?:(?<=^)|(?<=[.!?]\s))(?:isn't|aren't|doesn't|don't|didn't|can't|won't|wasn't"
        r"|weren't|shouldn't|wouldn't|couldn't|haven't|hasn't) (?:it|that|this|you|there|the)"
        r"\b[^.!?\n]{0,120}\?",
    ),
    "condescension": Phrases(
        r"obviously", r"clearly(?! (?:wrong|not good|unacceptable|our|we))", r"the point is",
        r"as you (?:should|must|may) know", r"as everyone knows",
        r"just (?:read|follow|check|look|use)", r"frankly", r"with all due respect",
        r"no offen[cs]e", r"newsflash", r"for your information", r"fyi", r"let me explain",
        r"learn to", r"surely you", r"the (?:truth|reality|fact) is", r"(?:walk|talk|take) you"
        r" through (?:it|this|that) (?:slowly|step by step|again)", r"(?:as|like) (?:i|we) said",
    ),
    "bossy": Phrases(
        rf"(?<!what )(?<!that ){_YOU} (?:should|ought to|better)(?! have to)(?! not have to)"
        r"(?! be (?:able|getting|receiving|seeing|hearing|fine))",
        rf"(?<!what ){_YOU}(?:'d| had) better", r"make sure (?:you|to) (?:read|check|follow)",
    ),
    "dismissal": Phrases(
        r"calm down", r"relax", r"chill(?: out)?", r"get over it", r"(?:not|no) (?:such )?a?\s?big"
        r" deal", r"over-?react\w*", r"(?:being|so) (?:dramatic|sensitive|emotional)",
        r"deal with it", r"(?:stop|quit) (?:complaining|whining|moaning)", r"(?:these things|it|"
        r"stuff|mistakes|delays) happens?", r"whatever(?=\s*(?:[.!,;]|$))", r"move on",
        r"it(?:'s| is| was) (?:only|just) (?:a|one|an)", r"no need to (?:be |get )?(?:upset"
        r"|angry|rude|shout)", r"(?:you(?:'re| are)|ur) (?:wrong|mistaken)",
        r"first world problem\w*", r"cry(?:ing)? about", r"take a (?:deep )?breath",
        r"(?:our|the) (?:\w+ )?(?:staff|engineers?|drivers?|agents?|team|people|crew|colleagues)"
        r" (?:are|is) (?:only )?human",
        r"(?:won't|will not|doesn't|does not) get you (?:seen|served"
        r"|anywhere|helped|a refund|anything|any)", r"(?:high|busy|long|difficult) for everyone",
        r"(?:systems?|things|technology|computers) (?:fail|break|go wrong) (?:sometimes|from time"
        r" to time)", r"or not,", r"(?:happens|happen) to (?:everyone|the best)",
    ),
    "profanity": Phrases(
        r"fuck\w*", r"fuk\w*", r"fck\w*", r"f\*\**k\w*", r"shit\w*", r"sh1t\w*",
        r"damn\w*", r"(?:the|to|like) hell", r"hell no", r"crap\w*", r"bitch\w*", r"bastard\w*",
        r"ass(?:hole|hat)?s?", r"arse(?:hole)?s?", r"piss\w*", r"bloody", r"wtf", r"stfu",
        r"screw (?:you|this|that|off)", r"dick\w*", r"bollocks", r"goddam\w*", r"ffs", r"omfg",
    ),
    "insult": Phrases(
        r"idiot\w*", r"stupid\w*", r"moron\w*", r"dumb\w*", r"pathetic", r"clueless", r"loser\w*",
        r"lunatic", r"imbecile\w*", r"get a life", r"liar\w*", r"(?:a|such a|typical|ok|okay)"
        r" karen", r"shut up",
        r"go away", r"grow up", r"(?:no one|nobody|noone) cares", r"you people", r"get lost",
        r"rtfm", r"lmgtfy", r"google it", r"do your (?:own )?homework", r"learn (?:to|how to) read",
        r"what(?:'s| is) your problem", r"for (?:god's|heaven's|pete's) sake",
        r"(?:that's|thats|that is|it's|its) (?:your|ur) (?:own )?problem", r"delusional",
        r"hysteric\w*", r"paranoi\w*",
        # words that insult only when aimed at the customer: "that's ridiculous, and I'm sorry"
        # about a three-hour wait is empathy
        rf"(?:{_YOU}(?:'re| are| sound| seem)(?: being)?|your (?:\w+ )?(?:is|are|was|sounds)"
        r"|such (?:a|an)|what (?:a|an)) (?:so |really |just |being |completely |totally )?"
        r"(?:ridiculous|absurd|useless|pointless|silly|rubbish|nonsense|garbage|crazy|lazy"
        r"|childish|ignorant|incompetent|entitled(?! to)|unreasonable|hysterical|troll|hater"
        r"|liar)\w*",
        r"(?:ridiculous|absurd|silly|nonsense|rubbish|entitled|unreasonable|lazy|crazy)"
        r" (?:complaint|claim|post|review|comment|accusation|demand|question)s?",
        r"(?:you(?:'re| are)|stop) (?:lying|trolling)", r"(?:spreading|telling|these are) lies",
    ),
    "risky_promise": Phrases(
        r"(?:we |i )?guarantee\w*", r"(?:we |i )?promise\w*", r"100 ?%", r"never happen again",
        r"(?:full|double|complete|immediate) refund", r"refund\w*", r"compensat\w*",
        r"voucher\w*", r"gift ?cards?", r"free (?:of charge|\w+)(?: for (?:life|a year))?",
        r"for free", r"at no (?:extra )?cost", r"reimburs\w*", r"money back",
        r"(?:we|i)(?:'ll| will) (?:pay|cover|waive|upgrade|make up|throw in|put you up|give you"
        r"|send you (?:a|some|an)|replace (?:it|them|your) (?:free|at no))",
        r"cover (?:the|your|all) (?:cost|bill|expense)s?", r"(?:account )?credit(?!\s+card)s?",
        r"(?:discount|coupon)s?", r"on the house", r"our treat", r"(?:we|i)(?:'ll| will) send"
        r" (?:you )?(?:a |an )?(?:brand[- ]new|new|replacement|free)",
        r"(?:it's|it is|this one's|that's|these are)"
        r" on us", r"make up (?:for )?the difference", r"upgrade\w*", r"complimentary",
        r"(?:we|i)(?:'ll| will) (?:make sure|ensure) (?:this|it) never", r"never again",
        r"(?:won't|will not) happen again",
    ),
    "risky_admission": Phrases(
        r"(?<!not )(?:our|my) fault", r"contaminat\w*", r"salmonella", r"e\.? ?coli", r"listeria",
        r"food poisoning", r"negligen\w*", r"(?:we were|got|been) hacked", r"(?:data )?breach\w*",
        r"leak(?:ed|s)?", r"liab(?:le|ility)", r"(?:we|i) admit", r"caused by (?:our|us|the)",
        r"cut corners", r"(?:staff|employee|supplier|driver)(?:'s)? (?:error|mistake|fault)",
        r"(?:unsafe|dangerous|defective|faulty) (?:product|batch|food|item|part)s?",
        r"(?:had been|has been|was|were) (?:faulty|defective|unsafe|dirty)",
        r"(?:we|it) (?:knew|ignored)", r"cover(?:ed)?[- ]up", r"lawsuit\w*",
        r"(?:a|the|product|safety|voluntary) recall\w*", r"recall(?:ing|ed) (?:the|our|all|every)",
    ),
    "speculation": Phrases(
        r"(?:sounds|looks|seems) like (?:a|an|it(?:'s| is| was)?|the|your|just|some|there)\b",
        r"(?:it|this|that)(?:'s| is| was)? (?:probably|most likely|likely|almost certainly|just)"
        r" (?:a|an|the|your|due|caused|down to|because|only)\b",
        r"(?:probably|most likely|almost certainly) (?:a|an|the|your|just|due|caused|down to"
        r"|because|only)\b", r"i (?:suspect|bet|reckon|guess) (?:it|this|that|the|your|there)",
        r"(?:must|might|could|may) (?:be|have been) (?:a|an|the|your|caused|due|down to) (?!delay"
        r"\b)",
        r"(?:probably|likely) (?:nothing|fine|ok|okay)",
        r"(?:it's|it is|it was) (?:possible|likely) (?:that )?(?:the|it|this|your|you|a)",
        r"(?:very |most |highly )?likely to have (?:happened|been caused|occurred|been)",
        r"(?:caused by|down to|due to) something else",
    ),
    "false_reassurance": Phrases(
        r"(?:probably|likely|almost certainly|i'm sure it's|i am sure it's|it's) nothing"
        r"(?: serious| to worry about)?", r"nothing to worry about", r"no need to (?:worry|panic"
        r"|be (?:worried|concerned|alarmed))", r"(?:don't|do not) (?:worry|panic|be alarmed)",
        r"(?:should|will) be (?:fine|ok|okay|safe|absolutely fine|perfectly fine)",
        r"(?:perfectly|completely|totally|100%|absolutely) (?:safe|fine|harmless)",
        r"(?:i'm|i am|we're|we are) (?:sure|confident|certain) (?:it's|it is|it was|you'll be"
        r"|you will be|everything|there's|there is)(?! \w+ (?:we|you) can)",
        r"(?:safe|fine) to (?:eat|use|drink|charge|wear|give|keep using)", r"no (?:risk|danger)",
        r"nothing (?:serious|dangerous|harmful)",
    ),
    "public_personal_data": Phrases(
        r"(?:send|share|give|tell|post|reply|provide|confirm|include|let us know|type|write"
        r"|comment|drop|pop|need|add|list|what(?:'s| is| are))\b[^.!?\n]{0,60}?(?:(?:full |long )?"
        r"(?:card|credit card|debit card) (?:number|details|no|digits)|(?:long |16-digit |full )?"
        r"(?:number|digits) on (?:your|the) card|expiry date|cvv|cvc|security (?:code"
        r"|number|answer|question)|pin(?: number)?|passwords?|passcode|login details|one-time "
        r"(?:code|passcode)|otp|verification code|(?:home |full |postal )?address|date of birth"
        r"|dob|passport(?: number)?|bank (?:details|account)|account number|sort code|social "
        r"security|ssn|national insurance|iban|maiden name)",
    ),
    "censoring": Phrases(
        r"(?:we|i)(?:'ve| have| had| will| 'll|'ll)? (?:deleted|removed|hidden|hid|blocked|banned"
        r"|reported|delete|remove|hide|block|ban|report|flagged|flag) (?:you|your (?:post|comment"
        r"|review|tweet|message|account)s?|this (?:post|comment|review|thread|tweet)|these "
        r"(?:posts|comments|reviews)|(?:the|that) (?:post|comment|review|tweet))\b",
        r"(?:deleted|removed|hidden|hid|blocked|banned|taken down) (?:the |those |these |any |all "
        r"|other )+(?:\w+ )?(?:posts|comments|reviews|tweets|threads)",
        r"(?:deleting|removing|hiding|blocking|banning|reporting) (?:you|your|this|these|that)"
        r" ?(?:post|comment|review|tweet|account)?",
        r"(?:will|would|may|might|could) be (?:deleted|removed|hidden|blocked|banned|reported)"
        r"(?! to (?:our|the|a|your))",
        r"(?:take|taking) (?:this|it|that|your post) down",
        r"(?:legal|lawyers?|our solicitors?) will be in touch", r"(?:cease and desist|defamat\w*)",
    ),
}

# Penalties that do not fire when their words are negated in their clause.
NEGATABLE = frozenset({
    "blame", "insult", "bossy", "risky_admission", "risky_promise", "public_personal_data",
    "censoring", "false_reassurance", "speculation", "defensive", "dismissal", "stonewalling",
})
