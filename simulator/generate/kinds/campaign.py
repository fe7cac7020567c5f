"""An offensive advertising campaign: an ad that makes a joke of a tragedy, a race or a disability.

What makes it a campaign crisis and not any crisis: nothing is broken and nobody lost money; the
brand itself said something that hurt people, on purpose if not with intent, so the only answer
that works is an unconditional apology, never "it was meant as a joke" or "we're sorry if you were
offended". What is known from the start: the ad, that it has been pulled, and that a full apology
is coming; what is not known: how it was approved, which the desk must not guess at. The people it
hurt most write in person (a flood survivor, a parent, a wheelchair user): they go to the `tier2`
team, named Customer Relations, because they need someone to listen and to take their complaint,
not a refund. Staff in shops and showrooms being threatened over the ad go to Security, which
already takes threats to staff (`takes_security`), so no separate safety team is needed; Legal
keeps lawyers and the advertising regulator, and a complaint made to the brand goes to Customer
Relations (`takes_legal` is reworded for that).
"""

from __future__ import annotations

from simulator.generate.kind import Kind, TopicSpec
from simulator.generate.kinds.crowds.campaign import CROWD_RULES
from simulator.generate.kinds.industries.campaign import INDUSTRIES

STORY_RULES: dict[str, tuple[str, ...]] = {
    "crisis_short": ("the '<slogan>' ad", "the <brand> ad", "the ad campaign"),
    "title": ("<brand>: the '<slogan>' ad", "<brand> and the ad that should never have run",
              "<brand> pulls '<slogan>'"),
    "briefing": (
        "Last night <brand> launched its '<slogan>' campaign. It <offence>, and by morning it "
        "was everywhere for the wrong reasons. The ad has been pulled and a full apology is "
        "being written; nobody yet knows how it was approved. You run the care desk: no "
        "excuses, no 'it was a joke', no guesses about who signed it off.",
        "At <start_time> <brand> pulled its '<slogan>' ad, which <offence>. Angry posts are "
        "pouring in on every channel, some from people the ad hurt personally. An apology is "
        "coming; how the ad was approved is not known yet. You run the care desk.",
    ),
    # facts: known, unknown, and what to do
    "fact_what": (
        "Our '<slogan>' ad <offence>. It was wrong, and we pulled it at <start_time> today.",
        "At <start_time> we pulled our '<slogan>' ad, which <offence>; it should never have "
        "run.",
    ),
    "fact_scope": (
        "It ran on <where>; <physical> are being covered today.",
        "The ad is gone online, and <physical> are being covered today.",
    ),
    "fact_safe": (
        "No part of the campaign will run again.",
        "Nothing from the campaign is scheduled to run again.",
    ),
    "fact_unknown": (
        "We don't yet know how the ad was approved, and we won't guess.",
        "How the ad got through our sign-off is not known yet; a review has started.",
    ),
    "fact_doing": (
        "Our chief executive will publish a full apology today.",
        "A full public apology from our chief executive is being written for today.",
    ),
    "fact_advice": (
        "If the ad hurt you, or you want to complain, DM us: <specialist_name> will listen and "
        "reply personally.",
        "To tell us how the ad affected you, or to complain, DM us; <specialist_name> will "
        "reply personally.",
    ),
    "update_cause": (
        "First finding of the review: the ad was signed off by our marketing team and the "
        "agency without the sensitivity check every campaign should get. No ad now runs "
        "without it.",
        "We now know how the ad was approved: it skipped our usual review to meet a launch "
        "date. That review is now required for every campaign.",
    ),
    "update_fix": (
        "Our chief executive's apology is now published at <link>, and the campaign's "
        "remaining budget goes to <charity>.",
        "The full apology is live at <link>. The campaign is cancelled for good, and we will "
        "meet groups representing <community> to listen before anything new runs.",
    ),
    # templates
    "tpl_holding": (
        "Hi {name}, you're right, and I'm sorry. Our '<slogan>' ad was wrong and we've pulled "
        "it. A full apology from our chief executive is coming today: {info_link} {hashtag} "
        "– {agent}",
        "{name}, I'm sorry. The '<slogan>' ad should never have run; we've pulled it, and a full "
        "public apology will be published today at {info_link}. – {agent}",
    ),
    "tpl_specialist": (
        "{name}, I'm so sorry. {detail} Our <specialist_name> team would like to hear from you "
        "personally; please DM us whenever you're ready. Updates: {info_link} – {agent}",
        "I'm truly sorry, {name}. {detail} If you'd like to tell us more, DM us and someone from "
        "<specialist_name> will listen and reply personally. Updates: {info_link} – {agent}",
    ),
    # no {detail}: the facts are the template's own words, so no fact lands mid-sentence
    "tpl_facts": (
        "Hi {name}, thanks for checking first: that isn't right. The ad is pulled and no part "
        "of it will run again. How it was approved isn't known yet and we won't guess: "
        "{info_link} – {agent}",
        "Hi {name}, I understand why you'd ask, but we can't confirm that. What's certain: the "
        "ad is gone and won't run again. How it was signed off is still being looked into. "
        "{info_link} – {agent}",
    ),
    "tpl_dm": (
        "{name}, I'm sorry. {detail} If you'd like to tell us more, please DM us and we'll "
        "listen. – {agent}",
        "I'm so sorry about {detail}, {name}. Could you DM us so we can talk to you personally? "
        "– {agent}",
    ),
    "tpl_escalated": (
        "Thank you for telling us, {name}, and I'm sorry. I've passed this to our {detail} team "
        "and they'll contact you by DM. Updates: {info_link} – {agent}",
        "I'm sorry, {name}, and thank you for raising it. I've shared it with our {detail} "
        "team, who will reach out to you directly. Latest: {info_link} – {agent}",
    ),
    "tpl_big_account": (
        "Hi {name}, thank you for speaking up, and I'm sorry about {detail}. The ad was wrong "
        "and it's been pulled. I've passed your post to our press team, who will be in touch. "
        "{info_link} – {agent}",
        "{name}, I'm sorry about {detail}. We got this wrong. I've shared your post with our "
        "communications team and they'll reach out directly; updates at {info_link}. – {agent}",
    ),
    "tpl_thanks": (
        "Thank you {name}. We got this wrong and we know it; we'll keep posting what we do "
        "about it under {hashtag}. – {agent}",
        "Thanks, {name}, I'll pass that on to the team. The apology and what changes will be "
        "posted under {hashtag}. – {agent}",
    ),
    "takes_legal": (
        "Lawyers, lawsuits and regulators, the advertising regulator included.",
        "Anyone naming a lawyer, a lawsuit or a regulator (the advertising standards body "
        "too).",
    ),
    "troll_fed": (
        "<lmao|lol|haha|aww> they <actually answered|replied to|responded to> <me|ME>. <brand> "
        "<social team really has nothing better to do|PR team sweating|intern working "
        "overtime|in full grovel mode><? 😂|? 💀|? 🤡|>",
        "<got a reply from <brand>|the <brand> account answered me|<brand> replied>. <still "
        "crying about an ad|imagine apologising to ME|so sorry for your feelings|this is "
        "gold><, <brand>?|.| lol>",
    ),
    # the storyline: each post built from parts (any combination reads as one person wrote it)
    "first_report": (
        "<cf_open> <cf_what> <cf_end>",
        "'<slogan>'. <cf_what> <cf_end> <handle>",
    ),
    "cf_open": ("<handle> who signed off the '<slogan>' ad??", "just saw the new <brand> ad on "
                "my feed.", "<handle> your '<slogan>' ad is vile.", "Has anyone else seen the "
                "<brand> '<slogan>' ad?", "<handle> what on earth is '<slogan>'?",
                "Passed <seen_at> on <street> this morning and had to look twice."),
    "cf_what": ("It <offence>.", "The ad <offence>.", "<brand> actually <offence>.",
                "They <offence>."),
    "cf_end": ("Genuinely shocked.", "How did nobody stop this?", "Take it down.",
               "Disgusting.", "I feel sick.", "Who thought this was ok?"),
    "first_report_ignored": ("<cfi_a>. <cfi_jab><? <cfi_tail>>",),
    "cfi_tail": ("Still waiting.", "Unreal.", "<handle>", "Not going away.", "🙄"),
    "cfi_a": ("Hours later and <handle> hasn't said a word about the ad",
              "<minutes> minutes and still nothing from <brand>",
              "Still no reply from <handle> about '<slogan>'",
              "Not one word from <brand> since I posted",
              "<brand> has posted nothing about the ad all morning"),
    "cfi_jab": ("Silence says plenty.", "Are they hoping we forget?",
                "Do they even think it was wrong?", "Cowards.", "Say something.",
                "Still waiting, <handle>."),
    "vulnerable": (
        "<hurt_story>. <cv_feel> <cv_plea>",
        "<cv_open> <hurt_story>. <cv_feel> <cv_plea>",
    ),
    "cv_open": ("I don't normally post things like this.", "I need to say this to <brand>.",
                "<handle> please read this.", "I've been shaking since I saw it."),
    "cv_feel": ("I can't put into words what seeing '<slogan>' did to me today.",
                "Seeing that ad felt like being laughed at.",
                "Your ad made it feel like a joke.", "I had to sit down when I saw it.",
                "That ad brought it all back."),
    "cv_plea": ("<handle> who do I even talk to?", "I'm not after anything, I just need "
                "someone at <brand> to understand.", "Does anyone at <brand> care? <handle>",
                "I want to tell someone there what it did. <handle>",
                "<handle> please just listen."),
    "vulnerable_ignored": ("<cvi_a> <cvi_b><? <cvi_c>>",),
    "cvi_c": ("<handle>", "I'm still here.", "I'm not going away.", "Please."),
    "cvi_a": ("Nobody from <brand> has answered me.", "<hours> hours and nothing from "
              "<handle>.", "I shared something really personal and got silence.",
              "Still no reply, <handle>.", "Not a word back from <brand>."),
    "cvi_b": ("I told you what that ad did to my family.",
              "That hurts almost as much as the ad.",
              "I wasn't asking for money, just to be heard.",
              "I guess people like us don't matter to you.", "Please, someone answer."),
    "vulnerable_escalated": ("<?Update: ><cve_who> <cve_what> <cve_feel>",),
    "cve_who": ("Someone from <specialist_name> messaged me", "<friend> from the <brand> "
                "<specialist_name> team called me", "A real person at <brand> got in touch",
                "<specialist_name> got back to me", "<friend> at <brand> rang me"),
    "cve_what": ("and listened.", "and let me say everything I needed to.",
                 "and apologised properly.", "and took my complaint down in full.",
                 "and said what I told them goes into the review."),
    "cve_feel": ("Thank you.", "It helped to be heard.", "It doesn't undo the ad, but it "
                 "helped.", "That meant a lot.", "Still hurt, but thank you."),
    "legal_threat": (
        "<cl_open> <cl_report> <cl_next>",
        "<cl_report> <cl_next> <handle>",
    ),
    "cl_open": ("<handle>", "<handle> this isn't banter.", "Noted, <brand>.",
                "<handle> you'll hear from me formally."),
    "cl_report": ("I've reported the '<slogan>' ad to the advertising regulator.",
                  "The '<slogan>' ad is going to the advertising standards body today.",
                  "My complaint to the advertising regulator is in, reference <ref>.",
                  "I've asked my <solicitor|lawyer> whether the ad breaks the advertising "
                  "code."),
    "cl_next": ("My lawyer is looking at it too.", "Expect a formal complaint.",
                "My solicitor will be writing to you this week.",
                "I'll see this through to a ruling."),
    "press": ("<cp_intro> <cp_ask><? <cp_close>>",),
    "cp_intro": ("<outlet> here.", "Reporter at <outlet>, writing about the <brand> "
                 "'<slogan>' campaign.", "Hi <handle>, journalist at <outlet>.",
                 "<outlet>: we're covering the '<slogan>' ad.",
                 "Writing about <brand> for <outlet>."),
    "cp_ask": ("Who approved the ad, and is it still running anywhere in <city>?",
               "Will you apologise publicly, and how was it signed off?",
               "Can you confirm the ad is gone everywhere, <physical> included?",
               "Was the agency told to go for shock value? What do you say to <hurt>?",
               "When will your chief executive's apology be published?"),
    "cp_close": ("DMs open.", "Deadline in the hour.", "Our piece runs at <next_time>.",
                 "Emailed your press office too.", "Happy to take a statement."),
    "influencer": ("<ci_open> <ci_body> <ci_end>",),
    "ci_open": ("I've worked with <brand> for <years> years.",
                "made a video about the <brand> ad: half a million views overnight.",
                "My followers have been sending me the '<slogan>' ad all morning.",
                "I've recommended <brand> to my followers for years.",
                "Just watched the '<slogan>' ad back three times."),
    "ci_body": ("I'm done promoting them.", "<hurt_cap> deserve better than this.",
                "There's no way to spin this.", "My comments are full of people it hurt.",
                "I won't work with them again until they put this right."),
    "ci_end": ("<handle> I'm so disappointed.", "<handle> do better.", "Over to you <handle>.",
               "<handle> explain yourselves 👀", "Not a good look, <handle>."),
    "misinformation": ("<cm_source> <cm_claim>. <cm_push>",),
    "cm_source": ("Leaked email:", "Heard from someone at their agency:", "Screenshot going "
                  "round the group chat:", "Friend who works at <brand> says",
                  "Insider post going round:"),
    "cm_claim": ("<rumour>", "<rumour>", "the <brand> CEO signed off the '<slogan>' ad "
                 "personally and called the backlash 'free publicity'",
                 "the team behind the ad got a bonus for the engagement",
                 "they're paying accounts to defend the ad"),
    "cm_push": ("Share before they bury it!!", "Pass it on.", "They won't tell you this.",
                "Boycott them.", "RT so everyone knows."),
    "misinformation_ignored": ("<cmi_a> <cmi_b><? <cmi_c>>",),
    "cmi_c": ("Keep it going.", "👀", "Share it again.", "Not dropping this."),
    "cmi_a": ("<brand> still hasn't denied it.", "<minutes> minutes and no denial from <handle>.",
              "Funny how <handle> is replying to everyone except this post.",
              "Still no word from <brand> on this.", "Notice <handle> won't touch this one?"),
    "cmi_b": ("Says it all really.", "Make of that what you will.", "Keep sharing.",
              "They know.", "Interesting."),
    "troll": ("<ct_a><ct_end>", "<ct_pre> <ct_a><ct_end>"),
    "ct_pre": ("ok but", "genuine question:", "hot take:", "not gonna lie,"),
    "ct_a": ("it's <an ad|a billboard|marketing>, get a grip",
             "people <crying|melting down|clutching pearls> over a <brand> ad lmao",
             "<brand> should run it again just to watch you all melt",
             "offended by a billboard, this is the world now", "snowflakes gonna snowflake",
             "imagine needing an apology from an ad", "'<slogan>' is the best thing <brand> "
             "has ever done", "the <brand> replies are a daycare today",
             "<brand> marketing is the only honest team there"),
    "ct_end": (" 🤡", " 🍿", " lol", "", " 💀", ". ratio", " 😂😂"),
    "fake_support": ("<cfs_report> <cfs_ask><? <cfs_worry>>",),
    "cfs_report": (
        "got a DM from <handle>_care offering a <currency>50 voucher to people 'upset by the "
        "ad', just need my card details.",
        "an account called '<brand> Apology Team' is replying to everyone with a link to "
        "'claim your apology gift'.",
        "someone's texting people '<brand>: we're sorry, claim your <currency>25 credit' with "
        "a link.",
        "a '<brand> Care' account wants my login so it can 'send my apology voucher'.",
        "got an email from '<brand> Customer Care' asking for my bank details for "
        "'compensation'.",
    ),
    "cfs_ask": ("legit <handle>??", "<handle> is that you?", "is this real <handle>?",
                "<handle> should I reply?", "<handle> is this actually from you?",
                "scam or not, <handle>?"),
    "cfs_worry": ("It looks official.", "They knew my name.", "My mum already clicked it.",
                  "Seems too good to be true."),
    "fair_critic": ("<cfc_grant> <cfc_point> <cfc_ask>",),
    "cfc_grant": ("Pulling it is the minimum.", "I've bought from <brand> for years and I "
                  "think most people there are decent.", "Not here to pile on.",
                  "Good that it's gone.", "I'm sure the people answering here didn't make it."),
    "cfc_point": ("But someone signed this off.", "But the '<slogan>' ad didn't make itself.",
                  "But a whole team saw it before it ran.",
                  "But 'we've pulled it' isn't an apology.",
                  "But <hurt> deserved better than this."),
    "cfc_ask": ("Tell us how it happened, <brand>, not just that you're sorry.",
                "<handle> be honest with us.", "What will you change, <handle>?",
                "A real apology says what went wrong.", "I'll judge <brand> on what comes next."),
    "specialist_case": (
        "<handle> <csc_case> <csc_ask>",
        "<csc_case> <csc_ask> <handle>",
    ),
    "csc_case": ("I want to make a complaint about the ad properly, to a person, not in a "
                 "comment section.", "My <mum|sister|wife|daughter> saw the '<slogan>' ad and "
                 "hasn't stopped crying; she wants to tell someone at <brand> herself.",
                 "I work with <community> and several of them want to complain to <brand> "
                 "directly.", "I sent a complaint through your website and got an automated "
                 "reply.", "I'd like to tell <brand> myself how the ad affected my family."),
    "csc_ask": ("Who do I contact?", "How does that work?", "Can someone from <brand> call "
                "me?", "Is there a proper complaints route?", "Who actually reads these?"),
    "supporter": ("<csu_open> <csu_a> <csu_b><? <hashtag>>",),
    "csu_open": ("", "", "Honestly?", "For the record:", "Okay, one thing.", "Look."),
    "csu_a": ("Credit to <brand> for pulling it fast and not making excuses.",
              "The <brand> team replying to people today are clearly not the ones who made the "
              "ad.", "Say what you like, <brand> didn't double down.",
              "For what it's worth, the <brand> replies today have been human, not copy-paste.",
              "Good on <brand> for taking it down within hours."),
    "csu_b": ("Now let's see the apology.", "Be kind to the people answering.",
              "That's more than most brands manage.", "The apology will tell us the rest.",
              "Credit where it's due."),
    "verified": ("<cvf_a> <cvf_b>",),
    "cvf_a": ("Many people in <city> have told us how hurt they are by the <brand> '<slogan>' "
              "ad.", "As a charity working with <community>, we've had calls all morning about "
              "the <brand> ad.", "Our members have been in touch about the '<slogan>' ad all "
              "day.", "I've heard from many constituents in <city> about the <brand> ad.",
              "We work with <hurt> every day, and the <brand> ad has hit them hard."),
    "cvf_b": ("<handle> we expect a real apology, and to hear what you will change.",
              "<handle> please explain how it was approved, and say sorry properly.",
              "<handle> will you meet the people it hurt?",
              "<handle> what will you do so this never happens again?"),
    "question": ("<handle> <cq_ask> <cq_tail>",),
    "cq_ask": ("is the ad still up anywhere?", "where do I send a complaint about the ad?",
               "when is the apology coming out?", "is the one on <street> coming down too?",
               "will there be a proper statement, or just this?"),
    "cq_tail": ("my kids pass <seen_at> on the way to school", "I'd rather tell you than just "
                "post", "trying to work out what to tell my kids", "thanks",
                "asking for my mum, she's upset"),
}

RULES = {**STORY_RULES, **CROWD_RULES}

KIND = Kind(
    name="campaign",
    label="an offensive advertising campaign",
    rules=RULES,
    industries=INDUSTRIES,
    specialist="tier2",
    specialist_name="Customer Relations",
    specialist_takes="Anyone the ad hurt personally, and anyone who wants to complain to us.",
    topics=(
        TopicSpec("outrage", "topic_outrage", severity=2, mood="angry", weight=3),
        TopicSpec("boycott", "topic_boycott", severity=2, mood="calm", weight=2),
        TopicSpec("hurt", "topic_hurt", severity=3, route="tier2", mood="worried", weight=1.2),
        TopicSpec("staff", "topic_staff", severity=4, route="security", mood="worried",
                  weight=1),
    ),
    channels=("x", "instagram", "tiktok"),
    slots={"years": ("{3-20}",), "few": ("three", "four", "five"),
           "relative": ("mum", "dad", "brother", "daughter", "son", "partner")},
    hashtag_word="Statement",
    link_path="statement",
)
