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
         "seen": ("the ceiling come down in", "a huge chunk of ceiling fall in"),
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
                         "a failed support bracket in the ceiling void"),
         "lost_a": ("my mum was shopping there this morning and she isn't answering her phone",
                    "my 15-year-old was meeting friends there and I can't reach him"),
         "lost_b": ("my husband works in one of the shops and his phone goes straight to "
                    "voicemail",
                    "my daughter was at the centre with her grandma and neither of them is "
                    "picking up"),
         "case_a": ("I was hit on the shoulder by falling tiles and now my arm is numb",
                    "I was right under it when it came down and I've had a headache since"),
         "felt": ("was hit by falling ceiling tiles", "got a cut on the head from the debris",
                  "has had a headache since the collapse"),
         "troll_line": ("the ceiling is the limit", "new open-plan look"),
         "ticket": ("parking ticket",)},
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
         "seen": ("a train stuck at the top of", "people stuck upside down on"),
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
                         "a failed sensor that stopped the train on the lift hill"),
         "lost_a": ("we got split up when staff moved everyone away from the ride and I can't "
                    "find my 8-year-old",
                    "my son was on the ride with his school group and nobody will tell me if "
                    "he's ok"),
         "lost_b": ("my daughter went off with her cousins just before it happened and I can't "
                    "find them",
                    "my brother took my kids on that ride and his phone is dead"),
         "case_a": ("I was on the train when it stopped and my neck has hurt since they got us "
                    "down",
                    "we were stuck up there for an hour and my son keeps being sick"),
         "felt": ("has neck pain since the ride", "was stuck on the ride and keeps being sick",
                  "hurt their back on the ride"),
         "troll_line": ("extended ride time at no extra cost", "the most exciting ride they have"),
         "ticket": ("day ticket", "season pass")},
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
         "seen": ("people coughing and running out of", "fire crews in gas suits going into"),
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
                         "two cleaning chemicals mixed during a delivery to the plant room"),
         "lost_a": ("my daughter was in her swimming lesson when the alarm went off and I can't "
                    "find her group",
                    "my son's school was there for swimming this morning and the school isn't "
                    "answering"),
         "lost_b": ("my dad swims there every morning and he has asthma. his phone is going to "
                    "voicemail",
                    "my wife was in the gym there and I can't get hold of her"),
         "case_a": ("I was in the pool when it happened and I've been coughing ever since",
                    "my chest has been tight since we got out and my eyes are still burning"),
         "felt": ("has been coughing since the leak", "has burning eyes since the evacuation",
                  "has a tight chest after being in the pool"),
         "troll_line": ("free chemistry lesson with every swim", "new sauna feature"),
         "ticket": ("membership", "swim pass")},
    ),
)

RULES: dict[str, tuple[str, ...]] = {
    "crisis_short": ("today's incident at <product>", "<incident_short> at <brand>",
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
        "Hi {name}, I understand why that's frightening. What we know: {detail}. We don't know "
        "the cause yet and won't guess. If anyone is hurt, call emergency services. Updates: "
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
    # the storyline
    "first_report": (
        "<handle> just saw <seen> <product>. ambulances arriving. what is going on??",
        "is <brand> being evacuated?? sirens everywhere and people running out near <product> "
        "<handle>",
        "<handle> huge bang at <product> and everyone's being pushed outside. <?is anyone hurt?>",
    ),
    "first_report_ignored": (
        "ambulances outside and not one word from <handle>. people need to know where to go!!",
        "<half an hour|ages> since it happened and <handle> hasn't said a thing. unbelievable.",
    ),
    "vulnerable": (
        "<handle> please help. <lost_a>. I've seen the pictures from <product>. where do I go??",
        "I'm shaking. <lost_b>. <handle> is everyone safe at <product>? who do I call?",
    ),
    "vulnerable_ignored": (
        "Still no answer from <brand> and I still don't know where they are. <handle> PLEASE",
        "Nobody at <handle> will tell me anything. I'm standing outside the cordon going out "
        "of my mind.",
    ),
    "vulnerable_escalated": (
        "The <specialist_name> team from <brand> just rang me. They've found them and are "
        "taking me there now. Thank you.",
        "Someone from <brand> called and told me exactly where to go. Thank you for "
        "taking it seriously 🙏",
    ),
    "legal_threat": (
        "I was hurt at <product> today. My solicitor is already collecting the videos, and "
        "<handle> will be hearing from them.",
        "People warned <brand> about <product> for months. Our lawyer will be in touch and "
        "we're reporting you to the safety inspectors <handle>.",
    ),
    "press": (
        "Reporter at <outlet>. <handle> how many people were hurt at <product>, and is "
        "anyone still inside? DMs open.",
        "<outlet> here, at the scene. <handle> can you confirm the cause of "
        "<incident_short> and how many are in hospital?",
    ),
    "influencer": (
        "I was literally filming at <brand> when it happened 😳 the video has over a million "
        "views. <handle> what do I tell everyone asking if it's safe?",
        "so many of you were at <brand> today and are messaging me. <handle> can you tell us "
        "what happened and where families should go?",
    ),
    "misinformation": (
        "My cousin's a paramedic: people DIED at <brand> today and they're keeping it quiet. "
        "Share before it gets taken down!!",
        "Heard there are still people trapped at <product> and <brand> stopped the rescue to "
        "protect itself. SHARE THIS",
    ),
    "misinformation_ignored": (
        "<brand> still hasn't denied it. Says it all really.",
        "Notice how <handle> won't answer this one? Think about why.",
    ),
    "troll": (
        "<brand>: <troll_line> lol <?💀>",
        "<brand> speedrunning the evening news. any% world record",
    ),
    "fake_support": (
        "Someone called '<brand> Relief Fund' is collecting donations for the injured in the "
        "comments. is that you <handle>??",
        "got a DM from '<brand> Claims' saying I'm owed compensation if I send my bank "
        "details. is that real <handle>?",
    ),
    "fair_critic": (
        "I know the staff did their best, but families waited an hour for any word from "
        "<brand> about where to go. Be faster and clearer.",
        "People were hurt today. I don't expect the cause yet, but I do expect <brand> to say "
        "plainly what it knows and what it doesn't.",
    ),
    "specialist_case": (
        "<handle> <case_a>. do I need to get checked? who do I tell?",
        "Not sure who to ask. <case_a>. Does <brand> want to know about this? <handle>",
    ),
    "supporter": (
        "the staff at <brand> were amazing, they got everyone out calmly. thank you "
        "<hashtag>",
        "shout out to the <brand> staff by <product> who carried kids out. heroes, all of them",
    ),
    "verified": (
        "Many people in <city> are asking about the incident at <brand>. <handle> please tell "
        "families clearly where to go and who to call.",
    ),
    "question": (
        "<handle> we have a <ticket> for tomorrow. should we still come or not?",
        "<handle> we left our bags behind when they got everyone out. can we go back for them "
        "today?",
    ),
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
