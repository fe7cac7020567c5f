"""A safety incident at a store, venue or site: people were hurt somewhere the brand runs.

What makes it a site incident and not any crisis: it happened in one place at one moment, with
emergency services on site, so the first duty is people's safety (don't come here, call the
emergency services, where families should go); the one-person cases are someone hurt or someone
looking for a person who was there, not money; the cause and when the site reopens are unknown;
the rumours are about deaths and people still trapped; and scammers collect "donations" for the
injured or offer fake compensation.

Each industry's values carry what happened, where families meet, who is hurt and what the first
checks found, so the facts, the posts and the templates tell the same story.
"""

from __future__ import annotations

from simulator.generate.kind import Kind, TopicSpec
from simulator.generate.kinds.crowds.site_safety import CROWD_RULES
from simulator.generate.kinds.industries.site_safety import INDUSTRIES

STORY_RULES: dict[str, tuple[str, ...]] = {
    "crisis_short": ("today's incident at <product>", "<incident_short> at <product>",
                     "this morning's incident"),
    "title": ("<brand>: <incident_short> at <product>", "<brand>: a <busy|school holiday|Saturday> "
              "morning emergency", "<brand>: people hurt at <product>"),
    "briefing": (
        "At <start_time> <incident> <product> at <brand>. <hurt> Emergency services are on "
        "site, families are trying to find people who were there, and nobody knows the cause "
        "yet. You run the care desk.",
        "It is a <busy|normal|school holiday> morning at <brand>: at <start_time> <incident> "
        "<product>. <hurt> Videos are spreading, rumours of deaths with them, and fake "
        "fundraisers have already appeared. You run the care desk.",
    ),
    # facts: known, unknown, and what to do
    "fact_what": (
        "At <start_time> today <incident> <product> at <brand>. <hurt>",
        "Just after <start_time>, <incident> <product>. <hurt>",
    ),
    "fact_scope": (
        "<closed>, and emergency services are still on site.",
        "<closed>; the area around <product> is cordoned off by emergency services.",
    ),
    "fact_safe": (
        "<cleared>; there have been no deaths.",
        "<cleared>. Nobody has died.",
    ),
    "fact_unknown": (
        "We do not yet know what caused it.",
        "The cause is not yet known, and we cannot yet say when <site> will reopen.",
    ),
    "fact_doing": (
        "Our staff are working with emergency services on site, and our <specialist_name> team "
        "is in touch with everyone taken to hospital.",
        "Our teams are supporting emergency services and the people who were hurt, and "
        "engineers are checking the whole site.",
    ),
    "fact_advice": (
        "Please do not come to <site> today. If you are looking for someone who was there, go "
        "to <meet>. <if_hurt>, get medical advice; in an emergency, call emergency services.",
        "Please stay away from <site> today. Anyone looking for a family member should go to "
        "<meet>. <if_hurt>, get medical advice, and call emergency services if it is urgent.",
    ),
    "update_cause": (
        "First checks found <cause_found>; the safety inspectors are now investigating.",
        "The safety inspectors' first findings point to <cause_found>. Their investigation "
        "continues.",
    ),
    "update_fix": (
        "Everyone taken to hospital is being treated and two have already gone home; <site> "
        "stays closed until the inspectors say it is safe.",
        "All families have now been reunited at <meet>. <site_cap> stays closed until it is "
        "declared safe, and today's tickets will be refunded automatically.",
    ),
    # templates
    "tpl_holding": (
        "Hi {name}, I'm so sorry. <incident_now_cap> <product>, and our staff are working with "
        "emergency services on site. Please stay away; if anyone is hurt, call emergency "
        "services. {info_link} – {agent}",
        "Hi {name}, I'm so sorry. People were hurt at <product> and our teams are working with "
        "emergency services. Please don't come to <site> today; if you need help, call "
        "emergency services. {info_link} – {agent}",
    ),
    "tpl_specialist": (
        "I'm so sorry, {name}. {detail} If you're looking for someone, please go to <meet>. "
        "If anyone is hurt, get medical advice or call emergency services. Our "
        "<specialist_name> team will DM you now. – {agent}",
        "{name}, I'm so sorry to hear about {detail}. Our <specialist_name> team is contacting "
        "you now. Families are meeting at <meet>; if anyone is hurt, call emergency services. "
        "– {agent}",
    ),
    "tpl_facts": (
        "Hi {name}, thank you for checking before sharing. The facts: {detail}. <cleared>. "
        "Please don't come to <site> today. Confirmed updates: {info_link} – {agent}",
        "Hi {name}, I understand why that's frightening. What we know: {detail}. We won't "
        "guess at the cause. If anyone is hurt, call emergency services. Updates: "
        "{info_link} – {agent}",
    ),
    "tpl_dm": (
        "I'm so sorry, {name}. {detail} Please DM us so our team can help you personally; if "
        "anyone is hurt, call emergency services. – {agent}",
        "{name}, I'm sorry about {detail}. Could you DM us so we can help you directly? If "
        "anyone is hurt, please call emergency services. – {agent}",
    ),
    "tpl_escalated": (
        "Thank you for telling us, {name}, and I'm so sorry. I've passed this to our {detail} "
        "team and they'll contact you by DM. If anyone is hurt, call emergency services. "
        "{info_link} – {agent}",
        "I'm sorry, {name}, and thank you for raising it. Our {detail} team will reach out to "
        "you directly. Please don't come to <site> today; in an emergency call emergency "
        "services. – {agent}",
    ),
    "fact_never_ask": (
        "<brand> is not collecting money for anyone hurt, and will never ask for card or bank "
        "details by DM, text or phone.",
        "We are not running any fundraiser or compensation scheme, and we will never DM you "
        "first or ask for card details or passwords.",
    ),
    "tpl_scam": (
        "{name}, thank you for checking with us first. That is not <brand>: we are not "
        "collecting donations or compensation claims. Please don't click, pay or reply. Our "
        "security team is on {detail}. – {agent}",
        "Thanks for flagging this, {name}. That is not us: we're not running any fundraiser and "
        "never ask for card details by DM. Please don't click or pay; our security team is on "
        "{detail}. – {agent}",
    ),
    "takes_security": (
        "Fake fundraisers, fake compensation offers, scams and impersonators; threats to staff.",
        "Impersonators, fake donation or claim pages, people asked for card details; threats "
        "to staff.",
    ),
    "press_ignored": (
        "<brand> has not responded to <our|repeated> questions about <crisis_short>. <Our story "
        "goes live <shortly|within the hour|at <next_time>>|We'll report that they did not "
        "comment|Updating our story now>.",
        "<Still no reply|No answer yet|Nothing back> from <brand> on <crisis_short>. <We'll note "
        "they declined to comment|Our readers are asking why|Publishing without their side>.",
        "Asked <handle> <twice|three times|<minutes> minutes ago> about <crisis_short>. "
        "<No reply|Silence|Nothing>. <Story runs at <next_time>|Families deserve answers>.",
    ),
    # the storyline: each post built from parts, so two crises seldom share a sentence
    "first_report": (
        "<fr_seen> <fr_now> <handle> <fr_ask>",
        "<handle> <fr_seen> <fr_now> <fr_ask>",
    ),
    "fr_seen": ("just saw <seen> <product>.", "<scene> at <brand>.",
                "is <brand> being evacuated??", "sirens everywhere near <brand>.",
                "<scene> near <product>."),
    "fr_now": ("ambulances arriving.", "fire engines everywhere.",
               "staff are pushing everyone outside.", "my phone is full of videos of it.",
               "police have closed the road."),
    "fr_ask": ("what is going on??", "is anyone hurt?", "where are we meant to go?",
               "what's happening?", "is everyone ok?"),
    "first_report_ignored": (
        "<fri_a> <fri_b>",
        "<fri_a> <fri_c> <fri_b>",
    ),
    "fri_a": ("ambulances outside and not one word from <handle>.",
              "<minutes> minutes since it happened and <handle> hasn't said a thing.",
              "still nothing from <brand>.", "asked <handle> what's going on ages ago."),
    "fri_b": ("people need to know where to go!!", "families are standing outside with no idea.",
              "unbelievable.", "say SOMETHING.", "is anyone even running this account?"),
    "fri_c": ("the road is still closed.", "the videos are everywhere.",
              "staff at the gate know nothing."),
    "vulnerable": (
        "<vu_open> <lost>. <vu_seen> <vu_ask>",
        "<lost>. <vu_seen> <vu_open> <vu_ask>",
    ),
    "vu_open": ("<handle> please help.", "I'm shaking.", "Please, <brand>.",
                "<handle> I need help now."),
    "vu_seen": ("I've seen the pictures from <product>.", "The news says people were hurt.",
                "I'm at the cordon and nobody can tell me anything.",
                "I've rung everyone I can think of."),
    "vu_ask": ("Where do I go??", "Who do I call?", "Is everyone out?",
               "Is anyone looking for people?"),
    "vulnerable_ignored": (
        "<vi_wait> <vi_state> <vi_plea>",
        "<vi_state> <vi_wait> <vi_plea>",
    ),
    "vi_wait": ("Still no answer from <brand>.", "<minutes> minutes and nothing from <brand>.",
                "Nobody at <brand> will tell me anything.", "I've asked three times now."),
    "vi_state": ("I still don't know where <kid> is.", "<kid> still isn't answering.",
                 "I'm outside the cordon going out of my mind.", "Nobody here has seen <kid>."),
    "vi_plea": ("<handle> PLEASE", "Please, anyone?", "Who do I ask??", "I'm begging you."),
    "vulnerable_escalated": (
        "<ve_who> <ve_what> <ve_end>",
        "<ve_now> <ve_who> <ve_what>",
    ),
    "ve_who": ("The <specialist_name> team from <brand> just rang me.",
               "Someone from <brand> called me.", "<brand> messaged me back.",
               "A <brand> manager found me at the cordon."),
    "ve_what": ("They've found <kid> and are taking me there now.",
                "<kid> is safe and with their staff.", "They told me exactly where to go.",
                "<kid> is fine, just shaken.", "<kid> is with the paramedics, but ok."),
    "ve_end": ("Thank you.", "Thank you for taking it seriously 🙏", "Relief.",
               "Thank you to the staff there."),
    "ve_now": ("Update for everyone who shared.", "OK, breathing again.", "Quick update.",
               "Thank you all for sharing."),
    "legal_threat": (
        "<lt_a> <lt_b> <lt_c>",
        "<lt_b> <lt_a> <handle>",
        "<handle> <lt_a> <lt_b>",
    ),
    "lt_a": ("I was hurt at <product> today.", "My family was at <product> today.",
             "People warned <brand> about <product> for months.",
             "Staff knew <product> wasn't safe.", "My kids were at <product> when it happened.",
             "I was ten metres from <product> when it happened."),
    "lt_b": ("My solicitor is already collecting the videos.", "Our lawyer will be in touch.",
             "My <lawyer|solicitor> is drafting a claim.",
             "I'm reporting you to the safety inspectors, and my lawyer has the photos.",
             "I've got the photos and a doctor's note, and my <lawyer|solicitor> has both.",
             "We're talking to a <personal injury|no-win no-fee> lawyer tonight."),
    "lt_c": ("<handle> you'll be hearing from us.", "See you in court, <brand>.",
             "This isn't going away <handle>.", "<handle> expect a letter."),
    "press": (
        "<pr_intro> <pr_ask><? <pr_close>>",
    ),
    "pr_intro": ("Reporter at <outlet>.", "<outlet> here, at the scene.",
                 "Hi <handle>, journalist at <outlet>.",
                 "Covering the incident at <brand> for <outlet>."),
    "pr_ask": ("How many people were hurt at <product>, and is anyone still inside?",
               "Can you confirm the cause of <incident_short> and how many are in hospital?",
               "Were there any earlier complaints about <product>?",
               "When will <site> reopen, and who is investigating?",
               "Can you confirm reports of deaths at <brand>?"),
    "pr_close": ("DMs open.", "Deadline in the hour.", "Our story runs at <next_time>.",
                 "Emailed your press office too."),
    "influencer": (
        "<in_open> <in_body> <handle> <in_ask>",
    ),
    "in_open": ("I was literally filming at <brand> when it happened 😳",
                "so many of you were at <brand> today and are messaging me.",
                "my video from <product> has over a million views.",
                "I was meant to be doing a meet-up at <brand> today.",
                "my followers in <city> are freaking out."),
    "in_body": ("everyone's asking if it's safe.", "the comments are chaos.",
                "I don't want to spread the wrong thing.", "I need real answers."),
    "in_ask": ("what do I tell everyone?", "what happened?", "where should families go?",
               "is everyone ok?"),
    "misinformation": (
        "<mi_source> <mi_claim>. <mi_push>",
    ),
    "mi_source": ("My cousin's a paramedic:", "Someone in the <city> group chat says",
                  "Friend who works at <brand> says", "Insider post going round:"),
    "mi_claim": ("people DIED at <brand> today and they're keeping it quiet",
                 "there are still people trapped at <product>",
                 "the rescue was stopped to protect the company", "<rumour>",
                 "the death toll is being covered up"),
    "mi_push": ("Share before it gets taken down!!", "SHARE THIS", "They won't tell you.",
                "Pass it on.", "Don't believe the official line."),
    "misinformation_ignored": (
        "<mii_a> <mii_b>",
        "<mii_a> <mii_c> <mii_b>",
    ),
    "mii_a": ("<brand> still hasn't denied it.", "Hours on and not a word from <brand> on this.",
              "Notice how <handle> won't answer this one?",
              "<minutes> minutes and still no denial from <brand>."),
    "mii_c": ("The whole of <city> is talking about it.", "People deserve to know.",
              "If it wasn't true they'd say so.", "My sister heard the same thing."),
    "mii_b": ("Says it all really.", "Think about why.", "Keep sharing.",
              "Make of that what you will."),
    "troll": (
        "<troll_line><tr_end>",
        "<brand> <speedrunning the evening news|making the news for all the wrong "
        "reasons|customer experience: unforgettable|reviews about to get interesting|health and "
        "safety is just a suggestion|one-star day out, would not recommend|doing free stunt "
        "shows now apparently><tr_end>",
    ),
    "tr_end": (" lol", " 💀", " any% world record", "", " 🤡", ". couldn't make it up",
               " 😭"),
    "troll_fed": (
        "<tf_a> <tf_b><tf_end>",
    ),
    "tf_a": ("lol <brand> actually replied to me.", "the <brand> account answered me.",
             "imagine replying to me on a day like this.",
             "<brand> really took time out of an emergency to reply to me.",
             "got a reply from <brand> with a copy-paste.",
             "<brand> replied to a joke faster than to the families.",
             "the <brand> social team has entered the chat."),
    "tf_b": ("priorities", "peak customer service", "the intern is awake", "incredible",
             "ratio'd by a brand"),
    "tf_end": (" 😂", " 💀", "", " 🤡", " lmao"),
    "fake_support": (
        "<fs_report> <fs_ask> <handle>?<? <fs_worry>>",
    ),
    "fs_report": ("someone called '<brand> Relief Fund' is collecting donations for the injured "
                  "in the comments.",
                  "got a DM from '<brand> Claims' saying I'm owed compensation if I send my bank "
                  "details.",
                  "a '<brand> Victims Support' page wants <amount> to 'register' families.",
                  "got a text: '<brand>: claim your <amount> compensation here' with a link.",
                  "someone on WhatsApp says they're from <brand> and need my card to refund my "
                  "<ticket>."),
    "fs_ask": ("is that you", "is that real", "is this legit", "should I pay"),
    "fs_worry": ("people are already donating.", "it looks really official.",
                 "my mum nearly paid.", "they knew I was there today."),
    "fair_critic": (
        "<fc_grant> <fc_point> <fc_ask>",
        "<fc_grant> <fc_point>",
    ),
    "fc_grant": ("I know the staff did their best.",
                 "People were hurt and I don't expect the cause yet.", "Not here to pile on.",
                 "Credit to the staff on the ground."),
    "fc_point": ("But families waited an hour for any word about where to go.",
                 "But <brand> has said nothing about where families should go.",
                 "But the only updates are coming from the news.",
                 "But your website still says <site> is open.",
                 "But I found out from a news alert, not from you.",
                 "But staff at the gate had no idea what to tell anyone."),
    "fc_ask": ("Be faster and clearer.", "Say plainly what you know and what you don't.",
               "<handle> just be straight with us.", "People need to hear it from you.",
               "A number for families would be a start."),
    "specialist_case": (
        "<handle> <case_a>. <sc_ask>",
        "<sc_pre> <case_a>. <sc_ask> <handle>",
    ),
    "sc_pre": ("Not sure who to ask, but", "Still shaky because",
               "Posting in case others have this:", "Home now, but"),
    "sc_ask": ("Do I need to get checked?", "Who do I tell?",
               "Does <brand> want to know about this?",
               "Is someone keeping a list of people who were there?"),
    "supporter": (
        "<su_open> <su_body><? <su_end>>",
        "<su_body> <su_end>",
    ),
    "su_open": ("honestly,", "credit where it's due,", "for what it's worth,", "can I just say,"),
    "su_body": ("the staff at <brand> got everyone out calmly.",
                "the <brand> staff by <product> carried kids out.",
                "the team at the gate kept everyone calm.",
                "<brand> staff stayed with my mum until the ambulance came.",
                "the updates from <brand> have been clear.",
                "a <brand> first-aider sat with my <dad|gran|little boy> the whole time.",
                "staff handed out water and blankets to everyone outside.",
                "a cleaner at <brand> held the door and counted everyone out."),
    "su_end": ("thank you", "<hashtag>", "heroes, all of them", "proper heroes today",
               "thank you all ❤️"),
    "verified": (
        "<vf_intro> <handle> <vf_ask>",
    ),
    "vf_intro": ("Many people in <city> are asking about the incident at <brand>.",
                 "Our members are worried about what happened at <product>.",
                 "We're getting lots of questions about <incident_short> at <brand>.",
                 "Hearing from lots of families in <city> about <brand>.",
                 "Parents in <city> are flooding our inbox about <product>."),
    "vf_ask": ("please tell families clearly where to go and who to call.",
               "where should families go, and is anyone still inside?",
               "what should people who were there do now?",
               "can you confirm everyone is out?",
               "is there a number families can call?"),
    "question": (
        "<handle> <qu_body><? <qu_tail>>",
    ),
    "qu_body": ("we have a <ticket> for tomorrow. should we still come?",
                "we left our bags behind when they got everyone out. can we go back for them?",
                "my car is still in the car park. can I get it today?",
                "will my <ticket> be refunded?", "is <site> open tomorrow?",
                "I dropped my keys on the way out. is there a lost property?",
                "we were there this morning but feel fine. do we need to do anything?",
                "<friend>'s party was booked for <day>. is it cancelled?"),
    "qu_tail": ("thanks", "sorry if this is the wrong place", "just checking",
                "hope everyone is ok", "thanks in advance", "no rush"),
}

RULES = {**STORY_RULES, **CROWD_RULES}

KIND = Kind(
    name="site-safety",
    label="a safety incident at a site",
    rules=RULES,
    industries=INDUSTRIES,
    specialist="safety",
    specialist_name="Incident & Safety",
    specialist_takes="Anyone hurt on site, anyone looking for someone who was there, and hazards "
                     "still on site.",
    topics=(
        TopicSpec("closed", "topic_closed", severity=2, mood="angry", weight=2),
        TopicSpec("blame", "topic_blame", severity=2, mood="angry", weight=2),
        TopicSpec("worried", "topic_worried", severity=2, mood="worried", weight=2),
        TopicSpec("hurt", "topic_hurt", severity=4, route="safety", mood="worried", weight=1.2,
                  channels=("facebook", "x", "dm")),
        TopicSpec("scam", "topic_scam", severity=4, route="security", mood="worried", weight=0.8),
    ),
    channels=("x", "facebook", "tiktok"),
    slots={"relative": ("son", "daughter", "wife", "husband", "sister", "brother", "partner",
                        "best friend", "girlfriend", "boyfriend", "dad", "grandma")},
    hashtag_word="Update",
    link_path="incident",
)
