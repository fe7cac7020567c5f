"""A delivery failure: the orders, parcels or furniture people paid for are late, or lost.

What makes it a delivery failure and not any crisis: everyone affected is waiting for one thing
of their own, so every complaint is personal and comes with an order number; what is known is
which orders are stuck and that a refund is there for anyone who cannot wait, what is not is
the day the backlog clears; the one-person cases are a missing medicine, a bed for someone
coming home from hospital or money taken for nothing; and scammers text fake "redelivery fee"
links to people who are, for once, expecting a message about their parcel.
"""

from __future__ import annotations

from simulator.generate.kind import Kind, TopicSpec
from simulator.generate.kinds.crowds.delivery import CROWD_RULES
from simulator.generate.kinds.industries.delivery import INDUSTRIES

STORY_RULES: dict[str, tuple[str, ...]] = {
    "crisis_short": ("the delivery delays", "this week's delivery backlog",
                     "the late <items>", "the missing <items>"),
    "title": ("<brand>: the week nothing arrived", "<brand>: <items> stuck, customers waiting",
              "Where is my <item>? A bad <day|week> at <brand>"),
    "briefing": (
        "It is <the busiest week of the year|peak week|the week before the holidays> at <brand>, "
        "<service> have been falling behind for days, and since <start_time> the complaints "
        "have been pouring in: <items> are late, some have gone missing from tracking, and "
        "people waiting for something urgent are getting <frantic|angry>. Nobody can yet say "
        "when the backlog will clear. You run the care desk.",
        "At <brand>, <service> have fallen badly behind this week, and since <start_time> the "
        "posts have not stopped. Affected <items> are flagged and refunds are available, but "
        "nobody knows when the backlog will clear, and scammers are already texting customers "
        "fake redelivery fees. You run the care desk.",
    ),
    # facts: known, unknown, and what to do
    "fact_what": (
        "Many <items> have been delayed this week, and since <start_time> today the backlog "
        "has grown; we are sorry.",
        "Many <items> due today will arrive late; we are sorry.",
    ),
    "fact_scope": (
        "<Items> going through our <city> <hub> are affected; each shows as delayed on "
        "<track>.",
        "The delays affect <items> handled by our <city> <hub>; others are arriving as "
        "normal.",
    ),
    "fact_safe": (
        "<safe_thing>.",
        "<safe_thing>, and refunds are available for any delayed <item>.",
    ),
    "fact_unknown": (
        "We do not yet know when the backlog will clear.",
        "We cannot yet say when the backlog will clear, or when each delayed <item> will "
        "arrive.",
    ),
    "fact_doing": (
        "Extra <crew> are clearing the backlog now, <urgent> first.",
        "Extra <crew> are clearing the backlog now.",
    ),
    "fact_advice": (
        "Check your <item> with its <ref_name> on <link>; you can claim a refund there too.",
        "Enter your <ref_name> at <link> to see if your <item> is delayed, or to claim a refund.",
    ),
    "fact_never_ask": (
        "<brand> never charges a redelivery fee or asks for card details by text.",
        "We never ask you to pay to rebook a delivery, by text, email or DM.",
    ),
    "update_cause": (
        "The backlog began with <cause>; it has been repaired and <items> are moving again.",
        "Engineers traced the delays to <cause>. It is fixed, and the backlog is now going "
        "down.",
    ),
    "update_fix": (
        "Most delayed <items> are now out for delivery; the rest should arrive within two "
        "days, each with a new date on <track>.",
        "The backlog is clearing: most delayed <items> will arrive by tomorrow, and every "
        "one now shows its new date on <track>.",
    ),
    # templates
    "tpl_holding": (
        "Hi {name}, I'm so sorry your <item> is late. Many <items> due today are behind, and "
        "we're working through the backlog now, oldest first. You can check yours at "
        "{info_link} {hashtag} – {agent}",
        "Hi {name}, I'm sorry, we know many <items> are late today and tracking isn't saying "
        "much. Our teams are working through the backlog now; the latest is always at "
        "{info_link} and {hashtag}. – {agent}",
    ),
    "tpl_specialist": (
        "I'm really sorry, {name}. {detail} I've asked our <specialist_name> team to check "
        "your <item> today and they will DM you (never for card details). If it's medicine you "
        "need today, ask your pharmacist for an emergency supply. – {agent}",
        "{name}, I'm so sorry about {detail}. Our <specialist_name> team will check your "
        "<item> and the refund personally and DM you. If anyone's health depends on it, "
        "contact a doctor or pharmacist now. Updates: {info_link} – {agent}",
    ),
    "tpl_facts": (
        "Hi {name}, I understand why that's worrying. What we know right now: {detail}. "
        "<safe_thing>. Every confirmed update is on {info_link} and {hashtag}. – {agent}",
        "Hi {name}, thanks for asking before sharing. The facts: {detail}. <safe_thing>. "
        "We won't guess when the backlog clears; confirmed updates: {info_link} – {agent}",
    ),
    "tpl_dm": (
        "I'm sorry, {name}. {detail} Please DM us your <ref_name> so we can check your <item>. "
        "– {agent}",
        "{name}, I'm sorry about {detail}. Could you DM us the <ref_name> so we can look at your "
        "<item> personally? – {agent}",
    ),
    "tpl_scam": (
        "{name}, thank you for checking with us first. That is not <brand>: we never charge a "
        "redelivery fee or ask for card details by text or DM. Please don't click the link. "
        "I've passed it to our {detail} team. – {agent}",
        "Thanks for flagging this, {name}. That is not us: <brand> never charges to rebook a "
        "delivery and never asks for card details. Please block and report it; our {detail} "
        "team is on it. – {agent}",
    ),
    # the storyline: each post built from parts, so two crises seldom share a sentence
    "first_report": (
        "<fr_open> <fr_symptom><? <fr_tail>>",
        "<fr_symptom> <handle><? <fr_tail>>",
    ),
    "fr_open": ("<handle>", "<handle> hello?", "is something up with <brand>?",
                "anyone else waiting on <brand>?", "ok <handle>,", "um <handle>"),
    "fr_symptom": (
        "my <item> was due today and tracking hasn't moved since yesterday.",
        "<item> <order_no> was 'out for delivery' at 7am and now it just says 'delayed'.",
        "third 'sorry, your <item> is delayed' email since <start_time>. where is it actually?",
        "my <item> missed its <window>. no message, nothing.",
        "tracking has said 'at the <city> <hub>' since <day>.",
        "paid extra to get it today and my <item> still isn't here.",
    ),
    "fr_tail": ("anyone else?", "what's going on?", "I need it by <day>.", "great.",
                "been in all day for it.", "<?not impressed.>"),
    "first_report_ignored": (
        "<fri_wait> <fri_nothing> <fri_end>",
    ),
    "fri_wait": ("<minutes> minutes later and", "<hours> hours on and", "still waiting and",
                 "asked <minutes> minutes ago and", "refreshed tracking all morning and"),
    "fri_nothing": ("not a word from <handle>.", "<handle> still hasn't replied.",
                    "nothing from <brand>, not even a bot.",
                    "my <item> still hasn't moved and <handle> is silent."),
    "fri_end": ("is anyone even working today??", "brilliant.", "do you read these?",
                "cool cool cool.", "I'll just keep refreshing then.", "<?useless.>"),
    "vulnerable": (
        "<vu_problem> <vu_situation> <stakes>. <vu_plea>",
        "<vu_situation> <vu_problem> <vu_plea>",
    ),
    "vu_problem": (
        "My <item> with <need> was due <yesterday|two days ago|on <day>> and <track> just "
        "says 'delayed'.",
        "It's <need>, and it's been stuck at your <city> <hub> since <day>.",
        "<Item> <order_no> is <need> and it hasn't moved in two days.",
        "I've been waiting for <need> since <day> and nobody can tell me where it is.",
        "Tracking says <need> was delivered this morning but there's nothing here.",
    ),
    "vu_situation": (
        "I'm disabled and can't get to the <hub> to collect it.",
        "I don't drive, and I'm on my own with <kid>, who's <two|four|six>.",
        "I've been waiting in since <start_time> and I can't leave the house.",
        "I'm a carer and I can't keep taking days off for this.",
        "I've rung <three|four|five> times and the line just cuts off.",
        "I'm on my own and I'm really struggling.",
    ),
    "vu_plea": ("<handle> please, who can I talk to?", "Please, I need it today <handle>.",
                "I've got nobody else to ask <handle>. Please.", "<handle> what do I do??",
                "Can someone at <brand> please just answer me?"),
    "vulnerable_ignored": (
        "<vi_wait> <vi_state> <vi_plea>",
        "<vi_wait> <vi_state> <vi_state2> <vi_plea>",
    ),
    "vi_state2": ("It's <need>.", "It can't wait.", "I've nobody else to ask.",
                  "<kid> keeps asking me when it's coming."),
    "vi_wait": ("Still nothing from <brand>.", "<minutes> minutes and no reply.",
                "No answer, <handle>.", "Hours later and not a word.", "Still waiting <handle>."),
    "vi_state": ("I've rung again and been cut off again.", "Tracking still says 'delayed'.",
                 "I can't go another day like this.", "I'm in tears here.",
                 "I've been on hold since <start_time>.",
                 "Tracking hasn't moved since I posted."),
    "vi_plea": ("Does anyone there care??", "Please help me.", "Please, anyone.",
                "What am I supposed to do?", "Is anybody reading this?"),
    "vulnerable_escalated": (
        "<ve_who> <ve_what> <ve_end>",
    ),
    "ve_who": ("Update: someone from <brand>", "Ok, someone from the <specialist_name> team",
               "A real person from <brand>", "Someone from <brand> finally", "Right, <brand>",
               "<kid> and I are so relieved: <brand>"),
    "ve_what": ("just messaged me about my <item>.", "called me back and they're tracking it down.",
                "says it's going out <first thing tomorrow|today|on the next van>.",
                "DMed me about <need>.", "got in touch and is sorting it.",
                "rang me and it's coming <by <day>|tomorrow morning|this evening>.",
                "found my <item> at the <hub> and it's on a van now."),
    "ve_end": ("Thank you.", "Fingers crossed 🤞", "Relieved.", "That helps.", "🙏", "",
               "Thank you for listening.", "<Massive|Huge> relief.", "Thanks <brand>."),
    "legal_threat": (
        "<lt_open> <lt_loss> <lt_act>",
        "<lt_loss> <lt_act> <handle>",
    ),
    "lt_open": ("<handle>", "Right, <handle>.", "<handle> consider this notice.", "Noted, <brand>.",
                "Enough, <handle>."),
    "lt_loss": ("Two missed <window>s and two unpaid days off work.",
                "You took <amount> and delivered nothing.",
                "You took my money and never delivered.",
                "<amount> paid, <item> <order_no> nowhere, and nobody answers.",
                "I waited in for a <window> you never turned up for, and not a word from you."),
    "lt_act": ("That's breach of contract and I'm filing in small claims court.",
               "My <solicitor|lawyer> is writing to you this week.",
               "I've reported you to <trading standards|consumer protection> and I want it all "
               "back.",
               "Expect a formal complaint and a claim for my losses.",
               "I'm taking this to the <ombudsman|regulator>, and to court if I have to."),
    "press": (
        "<pr_intro> <?<handle> ><pr_ask> <?<pr_close>>",
        "<handle> <pr_ask> <pr_intro> <?<pr_close>>",
    ),
    "pr_intro": ("Reporter at <outlet> here.", "<outlet> here.",
                 "I'm writing about the <brand> delays for <outlet>.",
                 "Journalist at <outlet>.", "<outlet> is covering <crisis_short>."),
    "pr_ask": ("How many <items> are stuck, and when will customers get them?",
               "We're hearing <items> are piling up at your <city> <hub>. What is the cause?",
               "Is it true <items> have been lost, or are they just delayed?",
               "Can you confirm how many customers are affected and when it will clear?",
               "Are <urgent> being prioritised?",
               "Readers say they're getting texts asking for redelivery fees. Is that you?"),
    "pr_close": ("DMs open.", "Deadline is <next_time>.", "Can someone call me today?",
                 "Emailed your press office too.", "We publish this afternoon."),
    "influencer": (
        "<handle> <in_plan>. <in_react> <in_end>",
    ),
    "in_react": ("hundreds of people have asked me where it went.",
                 "my comments are full of people with the same story.",
                 "a week of 'delayed' and not a word from you.",
                 "my followers think I made it up.", "and tracking just says 'delayed'."),
    "in_end": ("where is it", "explain 👀", "sort this out 🙃", "not a good look 💀",
               "what happened??", "I'll be telling everyone to go elsewhere"),
    "misinformation": (
        "<mi_source> <mi_claim> <mi_push>",
        "<mi_warn> <mi_source> <mi_claim> <mi_push>",
    ),
    "mi_source": ("Friend who works for <brand> says",
                  "Someone in our local group who works at <brand> says",
                  "A <driver|picker|warehouse worker> at <brand> told me",
                  "Insider post going round about <brand>:",
                  "Heard from a <driver|packer|manager> at <brand> that",
                  "My cousin who works for <brand> says"),
    "mi_claim": ("<rumour>.", "<rumour>.", "they're going bust and that's why nothing "
                 "arrives.", "staff are binning undelivered <items> to hit targets.",
                 "every <item> stuck at the <city> <hub> has been written off.",
                 "they're cancelling all delayed <items> and keeping the money."),
    "mi_warn": ("Anyone waiting on a <item>, read this.", "PSA.",
                "This is why your <item> hasn't come.", "Knew something was off."),
    "mi_push": ("Share this!!", "Cancel and get your money back NOW before they shut.",
                "Pass it on.", "They won't tell you this.", "Share before this gets deleted."),
    "misinformation_ignored": (
        "<Still|Hours later and still> no word from <brand> on this. <Share it|Spread it|RT>"
        "<!|!!| before it's gone>",
        "<brand> still hasn't denied it. <Says it all really|Interesting|Tells you "
        "everything>.",
        "Notice how <handle> is answering everyone except this? <They know|Silence = guilt>.",
        "<minutes> minutes and no denial from <brand>. <Make of that what you will|Told you>.",
        "Funny how <brand> <replies to|answers> <everyone|'where's my <item>'|the easy ones> but "
        "<not|never> this. <Pass it on|Share it|Says a lot>",
    ),
    "troll": (
        "imagine trusting <brand> with <anything|a parcel|your <item>|literally anything><| lol|"
        " 🤡| in this economy>",
        "<brand> speedrunning 'lost in transit'<| any% world record| 💀| new PB>",
        "<brand> couldn't deliver a pizza to its own <office|HQ|car park><| lol| clowns| 🍕>",
        "breaking: <brand> discovers the concept of 'late'<| 🤡| more at 11|>",
        "<brand> tracking is a work of <fiction|fantasy|art><| honestly| 💀| lmao>",
        "day <hours> of <brand> looking for the van<| 🚐❓| lol|>",
        "<brand> <crew> rn: 🗺️❓<| lmao|>",
        "<brand> 'out for delivery' means 'out of ideas'<| lol| 🤡|>",
        "<my|your|everyone's> <item> is on a <world tour|gap year|spiritual journey> with "
        "<brand><| 🌍| lol|>",
        "<brand> customer service: <'we're sorry for the delay'|'it's on its way'> x<hours>0",
        "<brand> HQ <rn|right now>: 🔥📦🔥<| lmao|>",
        "at this point I'd trust a <pigeon|carrier pigeon|paper plane> over <brand>",
    ),
    "troll_fed": (
        "<lmao|lol|haha|wait|ok so> <they actually answered|they replied to|<brand> replied "
        "to|the <brand> account answered> me<. <brand> social team has nothing better to do|. "
        "PR working overtime|, still no <item> though|. now deliver something|. the van is "
        "still missing though|. more replies than deliveries>< 😂| 💀| 🤡|>",
        "<the <brand> account replied to me|got a reply from <brand>|<brand> answered me|"
        "<brand> actually replied> <instead of finding the van|and said nothing|with a "
        "copy-paste|before delivering a single <item>|in <minutes> seconds flat>. <incredible|"
        "peak customer service|iconic|the bar is underground|priorities|love to see it>",
    ),
    "fake_support": (
        "<fs_report> <fs_ask> <handle>??<? <fs_worry>>",
        "<handle> <fs_report> <fs_ask>?<? <fs_worry>>",
    ),
    "fs_report": (
        "got a text saying my <item> is on hold and I have to pay <fee> to rebook it, with a "
        "link.",
        "a '<brand> Delivery Team' account is replying to everyone with a 'rebook your "
        "delivery' link.",
        "someone rang saying they're from <brand> and need my card number to release my "
        "<item>.",
        "an email from '<brand> Deliveries' says there's a <fee> charge before my <item> can "
        "come.",
        "got a DM from <handle>_help asking me to confirm my card to 'reschedule' delivery.",
        "a WhatsApp from a '<brand> driver' says he's outside and I have to pay <fee> first.",
    ),
    "order_no": ("<B|C|D|F|G|H|K|M|N|R|T|W><A|E|J|L|P|S|X|Y><1|2|3|4|5|6|7|8|9><0|2|3|4|5|6|8>"
                 "<1|3|5|6|7|9><0|1|2|4|7|8><2|3|5|6|8|9>",),
    "fee": ("<currency><1|2|3>.<45|99|50>",),
    "fs_ask": ("is that legit", "is that you", "real or scam", "is this actually you",
               "should I reply"),
    "fs_worry": ("I already put my card in.", "It had my name and my <ref_name>.",
                 "It looked really official.", "My mum nearly paid it.",
                 "<friend> got the same one."),
    "fair_critic": (
        "<fc_grant> <fc_point><? <fc_detail>> <fc_ask>",
        "<fc_detail> <fc_grant> <fc_point> <fc_ask>",
    ),
    "fc_detail": ("My <item> was due on <day>.", "I've waited in <two|three> days running.",
                  "<years> years a customer and I've never seen it this bad.",
                  "I've had <three|four|five> 'sorry for the delay' emails and no date.",
                  "My <item> has sat at the <city> <hub> since <day>."),
    "fc_grant": ("Delays happen, I get it.", "I'm not angry, <honestly|really>.",
                 "I've used <brand> for <years> years and I'm "
                 "patient.", "Not here to shout, and I know the <crew> are doing their best.",
                 "Every company has a bad week.", "I know it's <peak week|a busy week>."),
    "fc_point": ("But day after day of 'delayed' with no reason and no date isn't good enough.",
                 "But the silence is worse than the delay.",
                 "But three emails saying my <item> is 'on its way' while it hasn't moved?",
                 "But nobody has said whether to wait or ask for a refund.",
                 "But <track> hasn't changed <in days|since <day>>.",
                 "But a tracking page that says 'delayed' and nothing else isn't an answer."),
    "fc_ask": ("Tell us what you know, <brand>.", "Just be straight with people.",
               "Tell us when, or say you don't know yet.", "A time for the next update would do.",
               "Treat us like adults, <brand>.",
               "Is that too much to ask, <brand>?", "Give us a date, even a rough one."),
    "specialist_case": (
        "<sc_case> <sc_ask>",
        "<handle> <sc_case> <sc_ask>",
    ),
    "sc_case": ("I need a refund for <loss>.", "Paid for <fast> and it's now two days late.",
                "I've been charged <amount> for <loss>.",
                "I was charged twice for <item> <ref>, <amount> each.",
                "You cancelled <item> <ref> and kept the <amount>.",
                "My refund for <item> <ref> still hasn't shown up after a week."),
    "sc_ask": ("Who handles that?", "I've got the <ref_name> ready if someone can look.",
               "I need this sorted today.", "Can someone actually look at my account?",
               "Is there a case number for this?", "I'd like that money back, please."),
    "supporter": (
        "<su_open> <su_body><? <su_tail>><? <hashtag>>",
    ),
    "su_tail": ("give them a break.", "they'll sort it.", "people are being so rude in here.",
                "not everything is a conspiracy.", "<friend> had the same experience."),
    "su_open": ("gotta say,", "honestly,", "for what it's worth,", "in fairness,", ""),
    "su_body": ("<brand> has answered everyone in my replies today, even the rude ones.",
                "every company has a bad week. <brand> hasn't let me down in <years> years.",
                "shout out to the <brand> <crew> still out at 9pm. not their fault.",
                "my <item> turned up an hour ago with a note saying sorry. that's something.",
                "hang in there <brand> <crew>, rough week.",
                "my refund came through in <minutes> minutes. be patient people."),
    "verified": (
        "<Hearing from|Getting messages from|We've heard from> <lots of|dozens of|many> "
        "<people|residents|families> in <city> <whose <items> from <brand> haven't arrived|"
        "about missed <brand> <window>s|worried about <urgent> stuck at your <hub>>. <handle> "
        "<vf_ask>",
        "My office has had <dozens of|so many|a flood of> calls from <city> residents about "
        "<brand> <items> that never came. <handle> <vf_ask>",
    ),
    "vf_ask": ("please tell people what to do and when to expect them.",
               "what is the plan, and when?", "are <urgent> being prioritised?",
               "when will this be fixed?", "people need answers today."),
    "question": (
        "<handle> <q_ask><? <q_tail>>",
        "<q_ask> <handle>",
    ),
    "q_ask": ("should I cancel and reorder or just wait?",
              "how do I find out if my <item> is one of the delayed ones?",
              "do I wait for my <item> or ask for a refund? which is quicker?",
              "if I reorder will I end up paying twice?",
              "will my <item> still come before <day>?",
              "does my <ref_name> still work on <track>?"),
    "q_tail": ("don't want to make it worse", "trying to work out what to do",
               "first time this has happened to me", "thanks", "need it for <day>"),
}

RULES = {**STORY_RULES, **CROWD_RULES}

KIND = Kind(
    name="delivery",
    label="a delivery failure",
    rules=RULES,
    industries=INDUSTRIES,
    specialist="tier2",
    specialist_name="Orders & Refunds",
    specialist_takes="One person's order, refund, missing medication or time-critical item.",
    topics=(
        TopicSpec("late", "topic_late", severity=2, mood="angry", weight=3),
        TopicSpec("lost", "topic_lost", severity=2, mood="worried", weight=2),
        TopicSpec("waiting", "topic_waiting", severity=2, mood="calm", weight=2),
        TopicSpec("refund", "topic_refund", severity=3, route="tier2", mood="worried",
                  weight=2),
        TopicSpec("scam", "topic_scam", severity=4, route="security", mood="worried",
                  weight=1),
    ),
    channels=("x", "facebook", "instagram", "reviews"),
    slots={"code": ("{letter}{letter}{digit}{digit}{digit}{digit}{digit}{digit}{digit}",),
           "late": ("{8-10}pm",),
           "when": ("{1-9}:{1-5}{digit}pm", "{9-11}:{1-5}{digit}am"),
           "fee": ("{1-3}.{4-9}9",),
           "due": ("yesterday", "on Monday", "on Tuesday", "three days ago", "last week")},
    channel_names={"reviews": "Trustpilot reviews"},
    hashtag_word="Help",
    link_path="track",
)
