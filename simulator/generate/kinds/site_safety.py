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

from simulator.generate.kind import Industry, Kind, TopicSpec

INDUSTRIES = (
    Industry(
        "shopping centre",
        "<<Riverside|Northgate|Kingsway|Maple Grove|Harbour Point|Eastgate> <Shopping "
        "Centre|Mall>|The <last_name> Centre>",
        ("the food court", "the multi-storey car park", "the north entrance",
         "the cinema lobby", "the kids' play area", "the lower ground floor"),
        {"site": ("the centre",), "visitors": ("shoppers",),
         "incident": ("part of the ceiling collapsed in", "a section of the ceiling fell into"),
         "incident_now_cap": ("Part of the ceiling has come down in",),
         "site_cap": ("The centre",),
         "incident_short": ("the ceiling collapse", "the collapse"),
         "seen": ("the ceiling come down in", "a huge chunk of ceiling fall in",
                  "half the roof tiles drop into"),
         "scene": ("huge bang and a cloud of dust", "everyone running for the exits",
                   "chunks of ceiling all over the floor"),
         "hurt": ("Eight people were hurt and three were taken to hospital.",
                  "Nine people were hurt, and four were taken to hospital."),
         "cleared": ("Fire crews have searched the whole area and nobody is trapped",
                     "Emergency crews have searched the building and confirmed nobody is "
                     "trapped"),
         "closed": ("The centre is closed for the rest of the day",
                    "The whole centre is closed today"),
         "meet": ("the family help point at the library across the road",
                  "the family help point in the bus station next door"),
         "if_hurt": ("If you were there and were hit by debris or feel unwell",
                     "If you were there and have a cut, a bump to the head or feel unwell"),
         "cause_found": ("a burst water pipe above the ceiling that soaked and weakened it",
                         "a failed support bracket in the ceiling void",
                         "rusted hangers holding up a section of suspended ceiling"),
         "lost": ("My 15-year-old <kid> was meeting friends in <product> and isn't answering",
                  "My partner <kid> works in one of the shops and the phone goes straight to "
                  "voicemail",
                  "My mum took <kid> to the centre this morning and neither of them is picking up",
                  "<kid> was at <product> with a school trip and the school isn't answering"),
         "case_a": ("I was hit on the shoulder by falling tiles and now my arm is numb",
                    "I was right under it when it came down and I've had a headache since",
                    "I've got dust in my eyes from the collapse and they still sting",
                    "I cut my hand on the glass getting out and it won't stop bleeding"),
         "felt": ("was hit by falling ceiling tiles", "got a cut on the head from the debris",
                  "has had a headache since the collapse"),
         "rumour": ("the whole roof is about to come down", "it was a bomb, not the ceiling",
                    "the same ceiling was leaking for weeks and they ignored it"),
         "troll_line": ("<brand>: the ceiling is the limit", "<brand> unveils its new open-plan "
                        "look", "<brand> taking 'raise the roof' a bit literally"),
         "ticket": ("parking ticket", "cinema booking")},
    ),
    Industry(
        "theme park",
        "<<Thunder|Wonder|Pirate|Dragon|Sunny> <Bay|Kingdom|Valley|Island>|<last_name>'s "
        "Adventure Park>",
        ("the Cyclone coaster", "the Vortex drop tower", "the log flume", "the Sky Wheel",
         "the Dragon's Loop coaster", "the River Rapids ride"),
        {"site": ("the park",), "visitors": ("guests", "visitors"),
         "incident": ("a train stopped at height on", "a train stalled near the top of"),
         "incident_now_cap": ("A train has stopped at height on",),
         "site_cap": ("The park",),
         "incident_short": ("the ride incident", "the stalled ride"),
         "seen": ("a train stuck at the top of", "people stuck upside down on",
                  "fire crews climbing up"),
         "scene": ("people screaming from the top of a ride", "a ride stuck with people on it",
                   "the whole queue being moved back"),
         "hurt": ("Rescue crews brought every rider down; six were hurt and two were taken to "
                  "hospital.",
                  "All riders were brought down by rescue crews; five were hurt, and two were "
                  "taken to hospital."),
         "cleared": ("Every rider has been brought down and nobody is left on the ride",
                     "All riders are off the ride and nobody is stuck on it any more"),
         "closed": ("The park is closed for the rest of the day",
                    "The park has closed for today"),
         "meet": ("guest services by the main gate",
                  "the family meeting point at guest services by the main gate"),
         "if_hurt": ("If you were on or near the ride and feel unwell or were hurt",
                     "If you were on the ride and have neck or back pain or feel unwell"),
         "cause_found": ("a fault in the ride's braking system",
                         "a failed sensor that stopped the train on the lift hill",
                         "a worn drive wheel on the lift hill"),
         "lost": ("We got split up when staff moved everyone away from the ride and I can't "
                  "find <kid>",
                  "My 8-year-old <kid> was on <product> with the school group and nobody will "
                  "tell me anything",
                  "<kid> went off with the cousins just before it happened and I can't find "
                  "any of them",
                  "My brother took <kid> on that ride and his phone is dead"),
         "case_a": ("I was on the train when it stopped and my neck has hurt since they got us "
                    "down",
                    "we were stuck up there for an hour and my son keeps being sick",
                    "I banged my head on the bar when it stopped and I feel dizzy",
                    "my back went when the harness jerked and I can hardly walk"),
         "felt": ("has neck pain since the ride", "was stuck on the ride and keeps being sick",
                  "hurt their back on the ride"),
         "rumour": ("a rider fell from the top", "the same ride broke last week and they "
                    "reopened it anyway",
                    "they're still getting people down from another ride"),
         "troll_line": ("<brand>: extended ride time at no extra cost",
                        "<brand> finally made a ride worth the queue",
                        "<brand> added a bonus 'hang around' feature"),
         "ticket": ("day ticket", "season pass", "fast-track pass")},
    ),
    Industry(
        "leisure centre",
        "<<Aqua|Splash|Active|Waves|Lakeside> <Leisure|Leisure Centre|Sports Centre>|<last_name> "
        "Leisure>",
        ("the main pool", "the learner pool", "the gym", "the sports hall", "the changing rooms",
         "the spa"),
        {"site": ("the centre",), "visitors": ("swimmers", "members"),
         "incident": ("chlorine gas leaked from the plant room into",
                      "a chlorine gas leak spread into"),
         "incident_now_cap": ("There has been a chlorine gas leak in",),
         "site_cap": ("The centre",),
         "incident_short": ("the chlorine leak", "the gas leak"),
         "seen": ("people coughing and running out of", "fire crews in gas suits going into",
                  "kids in towels being led out of"),
         "scene": ("people coughing on the pavement", "alarms going off and everyone out in "
                   "towels", "a horrible smell and everyone evacuated"),
         "hurt": ("Paramedics checked twenty people and five were taken to hospital with "
                  "breathing problems.",
                  "Five people were taken to hospital with breathing problems and many more "
                  "were checked by paramedics."),
         "cleared": ("Everyone is out of the building and fire crews have sealed the leak",
                     "The building is empty and the leak has been sealed by fire crews"),
         "closed": ("The centre is closed until further notice",
                    "The centre will stay closed until it is declared safe"),
         "meet": ("the school hall across the road", "the community library next door"),
         "if_hurt": ("If you were there and have a cough, sore eyes or trouble breathing",
                     "If you were there and have a cough, a sore throat or tight chest"),
         "cause_found": ("a faulty valve on the pool's chlorine dosing system",
                         "two cleaning chemicals mixed during a delivery to the plant room",
                         "a cracked pipe on the chlorine dosing pump"),
         "lost": ("<kid> was in a swimming lesson when the alarm went off and I can't find the "
                  "group",
                  "<kid>'s school was there for swimming this morning and the school isn't "
                  "answering",
                  "My partner <kid> was in the gym there and isn't picking up",
                  "<kid> has asthma and was at the pool this morning. No answer on the phone"),
         "case_a": ("I was in the pool when it happened and I've been coughing ever since",
                    "my chest has been tight since we got out and my eyes are still burning",
                    "I was in the changing rooms and now my throat feels raw",
                    "my asthma has been bad since the evacuation and my inhaler isn't helping"),
         "felt": ("has been coughing since the leak", "has burning eyes since the evacuation",
                  "has a tight chest after being in the pool"),
         "rumour": ("the gas spread to the houses next door", "a child stopped breathing in the "
                    "pool", "staff were told to keep swimming lessons going"),
         "troll_line": ("<brand>: free chemistry lesson with every swim",
                        "<brand> unveils its new sauna feature",
                        "<brand> really committed to clean water"),
         "ticket": ("membership", "swim pass", "class booking")},
    ),
)

RULES: dict[str, tuple[str, ...]] = {
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
    # crowd
    "crowd_question": (
        "{brand_handle} is {brand} open tomorrow?",
        "will my <ticket> be refunded for today? {brand_handle}",
        "{brand_handle} is it safe to go near {product} now?",
        "where are families meant to go? {brand_handle}",
        "{brand_handle} my car is still there. can I collect it today?",
        "is the road by {brand} still closed? {brand_handle}",
        "{brand_handle} who do I call if I was there this morning?",
        "any update on the people taken to hospital? {brand_handle}",
        "{brand_handle} is everyone out now?",
    ),
    "crowd_praise": (
        "the {brand} staff stayed so calm getting everyone out. thank you",
        "{brand_handle} thank you for the quick answer, that helped",
        "shout out to the paramedics and the {brand} team in {city} today",
        "the staff member who carried my {relative} out, thank you. you know who you are",
        "{brand_handle} the updates are clear, appreciate it",
        "been going to {brand} for {days} years. the staff were brilliant today",
        "glad {brand} told people to stay away. made room for the ambulances",
        "whoever organised the meeting point, thank you",
    ),
    "crowd_troll": (
        "{brand} really knows how to make a day out memorable lol",
        "{brand} in shambles",
        "5 stars for excitement, 0 for {brand} not falling apart",
        "{brand} customer care: 'have you tried not being there'",
        "imagine going to {brand} on purpose",
        "ratio + {brand} is closed",
        "{brand} adding 'survive the day' to the ticket price",
        "plot twist: {product} was the main attraction",
    ),
    "topic_closed": (
        "drove {hours} hours to {brand} and it's closed. refund? {brand_handle}",
        "{brand_handle} we had plans for {product} today. when will you reopen?",
        "nobody told us {brand} was shut until we got to the gate {brand_handle}",
        "{brand_handle} will my <ticket> be refunded? paid {amount}",
        "{brand_handle} staff at the entrance have no idea what's going on",
        "{brand_handle} the roads round {brand} are gridlocked, is it all closed?",
        "{brand_handle} closed today and no word on tomorrow. we booked weeks ago",
    ),
    "topic_blame": (
        "saw the video from {product}. how is that even possible {brand_handle}",
        "people have been complaining about {product} for months {brand_handle}",
        "{brand_handle} who signed off {product} as safe??",
        "{brand} cares more about profit than people. this proves it",
        "{days} days since the last inspection? {brand_handle} answer the question",
        "never setting foot in {brand} again after this",
        "{brand_handle} when will you admit this was your fault",
        "my {relative} reported a problem at {product} last month. nothing was done",
    ),
    "topic_worried": (
        "{brand_handle} is everyone ok?? thinking of everyone at {product}",
        "just heard about {brand}. my {relative} goes there every week, is it safe?",
        "{brand_handle} sirens all over {city}. what's happening at {brand}?",
        "please tell me nobody was badly hurt at {product} {brand_handle}",
        "{brand_handle} my {relative} was there yesterday, so glad they weren't there today",
        "scary pictures from {brand}. hope everyone is ok",
        "{brand_handle} are the people in hospital going to be ok?",
    ),
    "topic_hurt": (
        "{brand_handle} my {relative} <felt> and I don't know who to call",
        "{brand_handle} can't reach my {relative}, they were at {product} this morning",
        "my {relative} was near {product} when it happened and isn't answering. please help "
        "{brand_handle}",
        "{brand_handle} I was at {product} and my {relative} <felt>. what do we do?",
        "please, has anyone seen my {relative}? they were at {product} {brand_handle}",
        "{brand_handle} my {relative} <felt>. is someone checking on people?",
        "{brand_handle} I was there and now my {relative} <felt>. do we go to hospital?",
        "{brand_handle} my {relative} went into {brand} at {minutes} past and I can't find them",
    ),
    "topic_scam": (
        "{brand_handle} is the '{brand} victims fund' on Facebook yours? asking for {amount}",
        "got a text saying '{brand}: claim your compensation here'. scam right {brand_handle}??",
        "{brand_handle} someone in the comments is collecting money for the injured. legit?",
        "email from '{brand} Claims' wants my bank details for a {amount} payout. real?",
        "{brand_handle} a 'lawyer' DMed me saying I'm owed {amount} if I send my card details",
        "{brand_handle} there's a fake {brand} page taking donations. report it!!",
        "someone called me saying they're from {brand} and need my card for a refund "
        "{brand_handle}",
    ),
}

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
