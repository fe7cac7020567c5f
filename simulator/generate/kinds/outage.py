"""A service outage: the app, the network or the service people rely on stops working.

What makes it an outage and not any crisis: the failure is visible to everyone at once, the
cause and the time of the fix are not known for a while, the one-person cases are about money
or access that cannot wait (a rent payment, a shop that cannot take cards), and scammers move
in while people are locked out.
"""

from __future__ import annotations

from simulator.generate.kind import Kind, TopicSpec
from simulator.generate.kinds.crowds.outage import CROWD_RULES
from simulator.generate.kinds.industries.outage import INDUSTRIES

STORY_RULES: dict[str, tuple[str, ...]] = {
    "crisis_short": ("today's outage", "the outage this morning", "the outage"),
    "title": ("<brand>: the day everything went down", "<brand>: <service> down",
              "<brand> goes dark on a <busy|Monday|launch> morning"),
    "briefing": (
        "It is a <busy|normal|launch> morning at <brand> and <service> <have stopped "
        "working|are down> for many <people> since <start_time>. Nobody knows the cause yet "
        "or when it will be fixed, and people who depend on it are getting <frantic|angry>. "
        "You run the care desk.",
        "Since <start_time> <service> at <brand> <have been failing|are down> across the "
        "country. Engineers are on it, but the cause and the fix time are unknown, and "
        "scammers are already posing as support. You run the care desk.",
    ),
    # facts: known, unknown, and what to do
    "fact_what": (
        "Since <start_time> many <people> cannot use <service>; we are sorry for the "
        "disruption.",
        "Since <start_time> <service> <have been|are> failing for many of our <people>.",
    ),
    "fact_scope": (
        "<People|Customers> across the country are affected, on every device; it is not a "
        "problem with anyone's phone or account.",
        "The problem is on our side and affects <people> everywhere; there is nothing wrong "
        "with anyone's own device or account.",
    ),
    "fact_safe": ("<safe_thing>.", "<safe_thing>; we have found no sign of a security breach."),
    "fact_unknown": (
        "We do not yet know the cause, or when full service will be back.",
        "The cause is still being investigated, and we cannot yet say when it will be fixed.",
    ),
    "fact_doing": (
        "Our engineers are working on it now and are restoring service in stages.",
        "Engineers are working on a fix right now; we will update as service comes back.",
    ),
    "fact_advice": (
        "Please don't reinstall or reset anything: it will not help. Check <link> for live "
        "status.",
        "There is no need to restart or reinstall anything; live status is on <link>.",
    ),
    "update_cause": (
        "The cause was a failed update to our <systems|servers|core network> at <start_time>; "
        "it has been rolled back.",
        "Engineers traced the outage to an overloaded <system|data centre> and have moved "
        "traffic away from it.",
    ),
    "update_fix": (
        "Service is coming back in stages; most <people> should be back within the hour.",
        "<service> are working again for most <people>; the rest should follow shortly.",
    ),
    # templates
    "tpl_holding": (
        "Hi {name}, I'm sorry about {detail}. We know many <people> are affected; the problem "
        "is on our side and our engineers are on it now. Live progress: {info_link} {hashtag} "
        "– {agent}",
        "Hi {name}, I'm sorry about {detail}. Many <people> are affected, the problem is on "
        "our side and engineers are working on it now. Updates: {info_link} and {hashtag}. "
        "– {agent}",
    ),
    "tpl_specialist": (
        "I'm really sorry, {name}. {detail} I've asked our <specialist_name> team to look at "
        "your account today; please DM us the details (never a password or PIN). Live status: "
        "{info_link} – {agent}",
        "{name}, I'm so sorry about {detail}. Our <specialist_name> team will look at your "
        "case personally; please DM us what happened and when. Live status: {info_link} "
        "– {agent}",
    ),
    "tpl_facts": (
        "Hi {name}, I understand why that's worrying. What we know right now: {detail}. <safe_"
        "thing>. Every confirmed update is on {info_link} and {hashtag}. – {agent}",
        "Hi {name}, I understand why that's worrying, but it isn't what is happening. The "
        "facts: {detail}. We won't guess beyond them; confirmed updates go to {info_link}. "
        "– {agent}",
    ),
    "tpl_dm": (
        "I'm sorry, {name}. {detail} Please DM us so we can look at your account. – {agent}",
        "{name}, I'm sorry about {detail}. Could you DM us the details so we can help you "
        "personally? – {agent}",
    ),
    # the storyline: each post built from parts, so two crises seldom share a sentence
    "first_report": (
        "<fr_open> <fr_symptom><?. <fr_tail>>",
        "<fr_symptom>. <fr_open><?. <fr_tail>>",
    ),
    "fr_open": ("<handle>", "is <brand> down?", "um <handle>", "<handle> hello??",
                "anyone else having trouble with <brand>?", "so <brand> is broken."),
    "fr_symptom": (
        "<the app|everything> just says 'something went wrong' every time I try",
        "<service> not working since <start_time>",
        "been trying for <minutes> minutes and nothing loads",
        "nothing works, <service>, nothing",
        "it keeps logging me out and won't let me back in",
        "tried on wifi and on data, same error",
    ),
    "fr_tail": ("what's going on", "is this just me", "great timing", "any update?",
                "I need this today", "<day> of all days"),
    "first_report_ignored": (
        "<still|STILL> <broken|nothing> and not a single word from <handle>. <is anyone even "
        "working today|do you even read these|hello>??",
        "<an hour|<minutes> minutes|ages> later and <handle> hasn't said a thing. <great|cool|"
        "amazing service>.",
        "asked <handle> what's going on <minutes> minutes ago. silence. <love that|classic>",
    ),
    "vulnerable": (
        "<vu_situation> <vu_problem> <vu_plea>",
        "<vu_problem> <vu_situation> <vu_plea>",
    ),
    "vu_situation": (
        "I'm on my own with <kid> and <my baby|a toddler> and I've got <amount> to my name.",
        "I'm a carer for my <dad|mum|husband> and everything goes through <brand>.",
        "I'm on a pension and I can't afford mistakes.",
        "I've just started a new job and I'm paid on <day>.",
        "I'm recovering from surgery and can't get to a branch or shop.",
    ),
    "vu_problem": (
        "<need> has to go through today and <service> are down.",
        "My <thing> failed three times this morning and I can see three pending charges.",
        "<need> is due today and I can't get into my account.",
        "I've been cut off halfway through <need> and I don't know if it went through.",
    ),
    "vu_plea": ("<handle> please, who do I talk to?", "I'm panicking. Please help <handle>",
                "I can't get through on the phone. <handle> what do I do??",
                "Please someone at <brand> answer me."),
    "vulnerable_ignored": (
        "<Still nothing|Nothing> from <brand>. <need> is due TODAY. <Does anyone there care|"
        "Is anyone there>??",
        "<Hours|<minutes> minutes> later and no reply. I've been on hold <forever|for ages>. "
        "<handle> please help me",
        "I asked for help <minutes> minutes ago <handle>. I'm in tears here.",
    ),
    "vulnerable_escalated": (
        "<Update|Update for anyone worried>: <brand> <got in touch|messaged me|called me> and "
        "<are looking into it|have my case|are sorting it>. <Thank you|Relieved|Thanks <brand>>.",
        "<Ok|OK|Right>, someone from the <specialist_name> team messaged me. <Fingers crossed 🤞|"
        "Thank you.|Finally.>",
        "<Thank you|Thanks>, someone from <brand> just got in touch about my case<.| 🙏>",
        "A real person from <brand> DMed me about <need>. <Relief.|That helps.|Thank you.>",
    ),
    "legal_threat": (
        "<lt_open> <lt_loss> <lt_act>",
        "<lt_loss> <lt_act> <handle>",
    ),
    "lt_open": ("<handle>", "Right <handle>.", "<handle> this is your notice.", "Noted, <brand>."),
    "lt_loss": ("Missed <need> because of your outage.", "I'm out of pocket for <loss>.",
                "I lost a day's work because <service> went down.",
                "<loss>, and not a word from you."),
    "lt_act": ("Filing a complaint with the regulator today.",
               "My <lawyer|solicitor|attorney> is drafting a letter.",
               "See you in small claims court.",
               "Expect a formal complaint and a claim for the losses."),
    "press": (
        "<pr_intro> <pr_ask> <?<pr_close>>",
    ),
    "pr_intro": ("Reporter at <outlet> here.", "<outlet>: we're covering today's outage.",
                 "Writing about <brand> for <outlet>.", "Hi <handle>, journalist at <outlet>."),
    "pr_ask": ("Can you confirm how many <people> are affected and whether any data was exposed?",
               "What is the cause, and when will <service> be back?",
               "We're hearing <service> are down across <city>. Can you confirm the scale?",
               "Is this a cyberattack, and is customers' money or data at risk?"),
    "pr_close": ("DMs open.", "Deadline in the hour.", "Our story runs at <next_time>.",
                 "Emailed your press office too."),
    "influencer": (
        "<in_open> <in_body> <handle> <in_end>",
    ),
    "in_open": ("was literally live-streaming and", "made a whole video recommending <brand> and",
                "told my <followers|community|subscribers> to switch to <brand> and",
                "mid-giveaway and"),
    "in_body": ("<brand> died on stream 💀 thousands watched it fail.",
                "now my replies are full of people locked out.",
                "today <service> just stopped.", "it went down the same day. brutal."),
    "in_end": ("what happened??", "fix this.", "not a good look.", "explain please 👀"),
    "misinformation": (
        "<mi_source> <mi_claim> <mi_push>",
    ),
    "mi_source": ("Heard from a friend who works there:", "Someone in a group chat says",
                  "Insider post going round:", "My cousin in IT says"),
    "mi_claim": ("<brand> got hacked and everyone's <money|data> is gone.",
                 "<brand> is going bust, that's why <service> are down.",
                 "the outage is cover for a huge data leak.",
                 "<brand> is wiping accounts that were inactive."),
    "mi_push": ("Share before they delete this!!", "Get your money out NOW.", "Pass it on.",
                "They won't tell you this."),
    "misinformation_ignored": (
        "<Still|Hours later and still> no word from <brand> on this. <Share it|Spread it|RT>"
        "<!|!!| before it's gone>",
        "<brand> still hasn't denied it. <Says it all really|Interesting|Tells you everything>.",
        "Notice how <handle> won't answer this? <They know|Silence = guilt>.",
        "<minutes> minutes and no denial from <brand>. Make of that what you will.",
    ),
    "troll": (
        "<imagine relying on <brand> for <anything|your money|literally anything>|<brand> "
        "speedrunning losing every customer|<brand>.exe has stopped working|breaking: <brand> "
        "discovers the off switch|<brand> engineers rn: 🔥🧯|day <hours> of <brand> being a "
        "paperweight>< lol| 🤡| any% world record| 💀|>",
    ),
    "fake_support": (
        "<fs_report> <fs_ask> <handle><?? <fs_worry>>",
    ),
    "fs_report": (
        "got a DM from '<brand>_Support' saying they can restore my account if I send my PIN.",
        "someone called '<brand> Help Desk' is replying to everyone asking for login codes.",
        "a '<brand> agent' on WhatsApp wants my password to 'fix the outage'.",
        "got a text: '<brand>: verify your account to restore service' with a weird link.",
    ),
    "fs_ask": ("is that legit", "is that you", "is this real", "should I answer"),
    "fs_worry": ("I already clicked it", "they knew my name", "they sound official",
                 "my mum nearly fell for it"),
    "fair_critic": (
        "<fc_grant> <fc_point> <fc_ask>",
    ),
    "fc_grant": ("Outages happen, I get it.", "I've been with <brand> <years> years and I'm "
                 "patient.", "Not here to shout, and I know engineers are on it.",
                 "Every service has bad days."),
    "fc_point": ("But <start_time> to now with one vague post is not good enough.",
                 "But the silence is worse than the outage.",
                 "But nobody has said what to do in the meantime.",
                 "But the status page still says everything is fine."),
    "fc_ask": ("Tell us what you know, <brand>.", "<handle> just be straight with us.",
               "A time for the next update would do.", "Please treat us like adults."),
    "specialist_case": (
        "<case> <sc_ask>",
        "<handle> <case> <sc_ask>",
    ),
    "sc_ask": ("Who do I speak to?", "I need this sorted today.", "<handle> can someone call me?",
               "Is there a case number?", "Please can someone look at my account?"),
    "supporter": (
        "<su_open> <su_body><? <hashtag>>",
    ),
    "su_open": ("gotta say,", "honestly,", "for what it's worth,", "in fairness,"),
    "su_body": ("the <brand> status page has been updated more than my old provider ever did.",
                "every service goes down sometimes. <brand> has been solid for <years> years.",
                "hang in there <brand> engineers, rough morning.",
                "the <brand> team in these replies are being really patient."),
    "verified": (
        "<Hearing from many people|Lots of people are telling us|Our members report> in <city> "
        "that <brand> is down. <handle> <please tell people what to do|when will it be back|"
        "what should people do meanwhile>?",
    ),
    "question": (
        "<handle> <should I reinstall the app or wait|is it just the app or <service> too|do I "
        "need to do anything|will payments I set up still go out>? <don't want to make it worse|"
        "trying to work out what to do|first time this has happened to me|thanks>",
    ),
}

RULES = {**STORY_RULES, **CROWD_RULES}

KIND = Kind(
    name="outage",
    label="a service outage",
    rules=RULES,
    industries=INDUSTRIES,
    specialist="tier2",
    specialist_name="Tier-2",
    specialist_takes="One customer's money, account or business losses that cannot wait.",
    topics=(
        TopicSpec("down", "topic_down", severity=2, mood="angry", weight=3),
        TopicSpec("switching", "topic_switching", severity=2, mood="calm", weight=2),
        TopicSpec("money", "topic_money", severity=3, route="tier2", mood="worried", weight=2,
                  industries=("payments app",)),
        TopicSpec("billing", "topic_billing", severity=3, route="tier2", mood="angry", weight=2,
                  industries=("mobile network", "streaming service")),
        TopicSpec("scam", "topic_scam", severity=4, route="security", mood="worried", weight=1),
    ),
    channels=("x", "facebook", "reviews"),
    hashtag_word="Status",
    link_path="status",
)
