"""A video of a staff member behaving badly: rude, cruel or racist to a customer, on camera.

What makes it misconduct and not any crisis: nothing is broken and nobody's data or money is at
stake; everyone has watched the same clip, so the brand cannot argue with it, play it down or
hint that the customer had it coming. What is known is the video itself and that the staff
member is off duty while it is investigated; what is not known is what happened before the
recording starts, and that is never an excuse. The one-person cases are the customer in the
video (or their family) and everyone the clip reminds of their own bad experience with staff;
the crowd is angry, some of it turns on the employee (threats, their home address), and
scammers offer fake "goodwill" refunds.
"""

from __future__ import annotations

from simulator.generate.kind import Industry, Kind, TopicSpec

INDUSTRIES = (
    Industry(
        "supermarket",
        "<<last_name>'s|Greenway|Harvest|Parkside|Larder|Orchard> <Market|Foods|Grocers>",
        ("the checkout", "home delivery", "the loyalty card", "self-checkout", "the pharmacy "
         "counter", "click and collect", "the bakery counter"),
        {"people": ("shoppers", "customers"),
         "victim": ("a shopper", "a customer"),
         "victim_the": ("the customer",),
         "staff": ("a store manager", "a security guard", "a checkout supervisor"),
         "place_pre": ("at the", "in the"),
         "place_post": (" store",),
         "site": ("store",),
         "act": ("shouting racist abuse at a customer", "mocking a customer's accent and "
                 "refusing to serve her", "grabbing a customer's bag and calling him a thief"),
         "who_filmed": ("another shopper", "a shopper in the queue"),
         "relative": ("That was my mum in the video. She's 74", "That was my dad in the video. "
                      "He's 81", "The woman in that video is my grandmother. She's 79")},
    ),
    Industry(
        "delivery company",
        "<<last_name>|Swift|Relay|Dash|Bluebird|Hopper> <Express|Delivery|Logistics>",
        ("next-day delivery", "parcel tracking", "the delivery app", "returns", "safe-place "
         "delivery", "the delivery slot"),
        {"people": ("customers",),
         "victim": ("a customer", "a homeowner"),
         "victim_the": ("the customer",),
         "staff": ("a delivery driver", "a van driver"),
         "place_pre": ("on a doorstep in", "at a house in"),
         "place_post": ("",),
         "site": ("depot",),
         "act": ("throwing a parcel at a customer's door and shouting a racist slur",
                 "swearing at a customer and kicking her gate", "mocking a disabled customer "
                 "who asked for help with a parcel"),
         "who_filmed": ("a doorbell camera", "the customer's neighbour"),
         "relative": ("That was my mum's door in the video. She's 70",
                      "That was my brother in the video. He's disabled")},
    ),
    Industry(
        "airline",
        "<<last_name>|Skylark|Meridian|Cirrus|Aurora|Albatross> <Air|Airways|Airlines>",
        ("online check-in", "the app", "bag drop", "my booking", "the loyalty scheme",
         "assistance bookings"),
        {"people": ("passengers", "customers"),
         "victim": ("a passenger", "a family"),
         "victim_the": ("the passenger",),
         "staff": ("a gate agent", "a member of cabin crew", "a check-in supervisor"),
         "place_pre": ("at a gate at", "in the terminal at"),
         "place_post": (" airport",),
         "site": ("airport",),
         "act": ("shouting at a family in a racist rant and refusing to let them board",
                 "mocking a passenger in a wheelchair and refusing to help her",
                 "screaming at a passenger and ripping up her boarding pass"),
         "who_filmed": ("another passenger", "a passenger in the queue"),
         "relative": ("That was my mum in the video. She's 72",
                      "That was my wife in the video. She uses a wheelchair")},
    ),
    Industry(
        "hotel chain",
        "<<last_name>|Linden|Rowan|Harbour|Grand|Maple> <Hotels|Inns|Suites>",
        ("my booking", "the loyalty programme", "the app", "the spa", "room service",
         "the restaurant"),
        {"people": ("guests", "customers"),
         "victim": ("a guest", "a couple"),
         "victim_the": ("the guest",),
         "staff": ("a front desk manager", "a night manager", "a receptionist"),
         "place_pre": ("at the", "in the lobby of the"),
         "place_post": (" hotel",),
         "site": ("hotel",),
         "act": ("refusing a guest his room and using a racist slur",
                 "telling a guest she 'looked like she couldn't pay' and calling security",
                 "shouting at a couple and throwing their bags into the street"),
         "who_filmed": ("another guest", "the guest's partner"),
         "relative": ("That was my dad in the video. He's 76",
                      "That was my husband in the video. He's a pastor")},
    ),
)

RULES: dict[str, tuple[str, ...]] = {
    # where it happened: the industry's kind of place, in the crisis's city
    "place": ("<place_pre> <city><place_post>",),
    "crisis_short": ("the video", "the <city> video", "the video of our staff member"),
    "title": ("<brand>: the video everyone is sharing", "<brand>: caught on camera",
              "<brand>: one clip, a million views"),
    "briefing": (
        "A video filmed by <who_filmed> shows <staff> <place> <act>. It has been shared all "
        "night and <brand> is trending. The staff member is off duty pending an investigation; "
        "what happened before the clip starts is not known, and must never be used to excuse "
        "it. You run the care desk.",
        "This morning a clip of <staff> <act> <place> went viral. <brand> has taken the staff "
        "member off duty and is investigating, but nobody knows yet what happened before the "
        "recording. People want an apology, not excuses, and some are turning on the employee. "
        "You run the care desk.",
    ),
    # facts: known, unknown, and what to do
    "fact_what": (
        "A video filmed by <who_filmed> shows <staff> <place> <act>. What it shows is "
        "unacceptable, and we are sorry.",
        "We have seen the video of <staff> <act> <place>. There is no excuse for it, and we "
        "apologise.",
    ),
    "fact_scope": (
        "The person in the video works for <brand>; we are not hiding behind a contractor or "
        "an agency.",
        "The incident happened <place>; the staff member in the video is employed by <brand>.",
    ),
    "fact_safe": (
        "The staff member is off duty pending an investigation.",
        "The employee is off duty while we investigate.",
    ),
    "fact_unknown": (
        "We do not yet know what happened before the video starts; nothing before it could "
        "excuse what it shows.",
        "What happened before the recording began is not yet known, and we will not guess. "
        "Whatever it was, it does not excuse the video.",
    ),
    "fact_doing": (
        "We are investigating with our people team and reaching out to <victim_the> to "
        "apologise in person.",
        "An investigation is under way, and we are trying to reach <victim_the> to apologise "
        "personally.",
    ),
    "fact_advice": (
        "If you were there, or have your own complaint about our staff, please DM us or use "
        "<link>: our Customer Relations team reads every report.",
        "To report this or any other experience with our staff, please DM us or use <link>; "
        "Customer Relations will reply to every report.",
    ),
    "fact_never_ask": (
        "<brand> will never DM you asking for card details or a login to pay a refund or a "
        "goodwill gesture.",
        "We will never ask for your card details, password or a code by DM, not even to "
        "offer a refund.",
    ),
    "update_cause": (
        "We have now spoken to <victim_the> and to witnesses, and seen our own camera footage: "
        "the video shows the exchange from its start, and <victim_the> did nothing to provoke "
        "it.",
        "Witnesses and our own footage confirm that nothing <victim_the> did before the "
        "recording began provoked what the video shows.",
    ),
    "update_fix": (
        "The investigation has concluded and the employee no longer works for <brand>. We "
        "have apologised to <victim_the> in person.",
        "We have apologised to <victim_the> in person, and every <site> team will have "
        "conduct and anti-discrimination training this month; the disciplinary process is "
        "under way.",
    ),
    # templates
    "tpl_holding": (
        "Hi {name}, we've seen the video and what it shows is unacceptable. I'm sorry. The "
        "staff member is off duty, we're investigating, and we're trying to reach <victim_the> "
        "to apologise in person. {info_link} – {agent}",
        "Hi {name}, I'm sorry. The video is unacceptable and there's no excuse for it. We've "
        "put the staff member off duty while we investigate, and we want to apologise to "
        "<victim_the> personally. {info_link} – {agent}",
    ),
    "tpl_specialist": (
        "I'm so sorry, {name}. {detail} Our <specialist_name> team reads every report in full "
        "and will contact you personally; please DM us what happened, where and when. "
        "{info_link} – {agent}",
        "{name}, I'm really sorry, nobody should be treated like that. {detail} Please DM us "
        "the details: our <specialist_name> team will reply to your report personally. "
        "– {agent}",
    ),
    "tpl_facts": (
        "Hi {name}, thanks for asking before sharing. The staff member is off duty pending an "
        "investigation. What happened before the clip isn't known yet and would not excuse it. "
        "Updates: {info_link} – {agent}",
        "Hi {name}, here are the facts: {detail}. The staff member is off duty while we "
        "investigate. We won't guess what happened before the video. {info_link} – {agent}",
    ),
    "tpl_dm": (
        "I'm so sorry, {name}. {detail} Could you DM us so we can hear what happened to you "
        "properly? – {agent}",
        "{name}, I'm sorry about {detail}. Please DM us so our team can listen and help you "
        "personally. – {agent}",
    ),
    "tpl_scam": (
        "Thank you for checking, {name}. That account is not <brand>: we never ask for card "
        "details or a login to pay a refund. Please don't reply to it; block and report it. "
        "{detail} – {agent}",
        "{name}, thanks for flagging it. That isn't us: <brand> never asks for card details "
        "or codes by DM, for refunds or anything else. Please block and report it. {detail} "
        "– {agent}",
    ),
    "tpl_critic": (
        "You're right, {name}, and I'm sorry our first words weren't good enough. What we "
        "know: {detail}. We'll keep saying what we know at {info_link}. – {agent}",
        "That's fair, {name}. I'm sorry. The facts: {detail}. The staff member is off duty "
        "while we investigate; updates at {info_link}. – {agent}",
    ),
    # the storyline
    "first_report": (
        "just watched the video of a <brand> employee <act>. disgusting. <handle> is this "
        "person still working for you?",
        "<handle> have you seen this?? your staff <act>. <?someone filmed the whole thing.>",
        "the <brand> video is everywhere. <handle> what are you going to do about it?",
    ),
    "first_report_ignored": (
        "still silence from <handle>. millions have watched that video and not one word.",
        "<handle> the video has <2|3|4> million views and you still haven't said anything?",
    ),
    "vulnerable": (
        "<relative> and hasn't left the house since. "
        "Nobody from <brand> has even called. <handle> please.",
        "It was me in that video. I haven't stopped shaking and now strangers are commenting "
        "on my face. I just want someone at <brand> to say sorry <handle>",
    ),
    "vulnerable_ignored": (
        "Still nothing. Thousands of people have watched that video and <brand> can't send us "
        "one message?",
        "A whole night of strangers sharing that clip and <handle> still hasn't reached out to "
        "us. Not one word.",
    ),
    "vulnerable_escalated": (
        "Someone from the <specialist_name> team at <brand> called and apologised properly. "
        "Thank you for listening.",
        "The <specialist_name> team rang us. It doesn't undo it, but it was a real apology.",
    ),
    "legal_threat": (
        "We've instructed a lawyer and will be taking <brand> to court over what your "
        "employee did. Keep every second of your camera footage <handle>",
        "<handle> I'm a lawyer and I've offered to represent <victim_the> in "
        "that video. Your legal team will hear from me.",
    ),
    "press": (
        "<outlet> here. <handle> is the employee in the video still working for you, and has "
        "<brand> contacted <victim_the>? DMs open.",
        "Reporter at <outlet>. We're running a story on the <brand> video tonight. <handle> "
        "what is your response?",
    ),
    "influencer": (
        "not spending another cent at <brand> after that video. and neither are my followers "
        "<handle>",
        "stitching the <brand> video tonight. <handle> you have until then to show you "
        "actually care",
    ),
    "misinformation": (
        "Friend who works there says <brand> is backing the employee and blames <victim_the> "
        "for 'starting it'. They're not even suspended. Share this",
        "That employee is already back at work, someone saw them today. <brand> doesn't care. "
        "Pass it on before it's deleted",
    ),
    "misinformation_ignored": (
        "<brand> still hasn't denied it. Says it all.",
        "Notice how <handle> won't say whether that employee is still working? Exactly.",
    ),
    "troll": (
        "the real victim here is the <brand> PR team lol",
        "<brand> customer service living up to its reputation fr <?💀>",
        "can't wait for the <brand> 'we take this very seriously' post <?🍿>",
    ),
    "fake_support": (
        "'<brand> Customer Care' just DMd me offering a <currency>50 goodwill refund over the "
        "video if I confirm my card details. legit <handle>??",
        "someone called '<brand> Help Team' is replying to everyone under the video asking for "
        "their login to send a 'goodwill voucher'. <handle> is that you?",
    ),
    "fair_critic": (
        "Every company has a bad employee. What matters is what you do next, and so far it's "
        "one line of corporate speak. <brand>, talk to the person in that video.",
        "I'm not cancelling anything yet, but your first statement read like a lawyer wrote "
        "it. Say sorry to <victim_the> like you mean it <handle>",
    ),
    "specialist_case": (
        "Seeing that video brought it all back: the same thing happened to me at <brand> in "
        "<city> last year and nobody took my complaint seriously. Who do I tell?",
        "My son was called a slur by a <brand> employee last month and I complained. I never "
        "heard back. <handle> I want this looked at now.",
    ),
    "supporter": (
        "The <brand> staff I deal with have always been kind. One person doesn't speak for all "
        "of them, and I'm glad they acted fast <hashtag>",
        "Good that <brand> took that person off duty quickly and said sorry without any "
        "'but'. That's how it should be done.",
    ),
    "verified": (
        "That <brand> video is hard to watch. <handle> people in <city> and far beyond want to "
        "know what you're doing about it, and whether <victim_the> has had an apology.",
    ),
    "question": (
        "<handle> I saw something similar with your staff a while back. where do I report it?",
        "<handle> how do I complain about a member of your staff? something happened to me "
        "last week",
    ),
    # crowd
    "crowd_question": (
        "{brand_handle} is the person in the video still working for you?",
        "has anyone from {brand} actually apologised to the customer? {brand_handle}",
        "{brand_handle} where do I report something a staff member said to me?",
        "is the {city} one the same {brand} from the video? {brand_handle}",
        "{brand_handle} what happens to the staff member now?",
        "will {brand} say what the investigation finds? {brand_handle}",
        "{brand_handle} is it safe to go to {store} tomorrow? there are people outside",
        "does {brand} train staff on this stuff or not? {brand_handle}",
        "{brand_handle} how long will the investigation take?",
    ),
    "crowd_praise": (
        "the staff at {store} have always been lovely to me. don't take it out on them",
        "{brand_handle} good that you said sorry without a 'but'",
        "my friend {first_name} works at {brand} and is the kindest person. one bad apple",
        "{brand} answered my question in {minutes} minutes, appreciated",
        "at least {brand} took the person off duty straight away",
        "{brand_handle} thanks for replying to everyone properly today",
        "shopped with {brand} for {days} years, never had a problem with the staff",
        "the {brand} team is handling the replies with a lot of patience",
    ),
    "crowd_troll": (
        "{brand} customer service speedrun any%",
        "{brand} hiring standards: has a pulse",
        "{brand} in shambles lol",
        "new {brand} slogan: we'll film ourselves",
        "imagine paying for {product} and getting screamed at",
        "ratio + {brand} staff training is a youtube video",
        "{brand} PR team working overtime tonight 🍿",
        "{brand} employee of the month 💀",
        "plot twist: {brand} trains them like that",
    ),
    "topic_video": (
        "watched the {brand} video {days} times and I'm still shaking with anger",
        "{brand_handle} that video is disgusting. fire them",
        "how does {brand} hire someone like that?? {brand_handle}",
        "{brand_handle} 'investigating' what? we all saw it",
        "nobody should be treated like that at {store}. {brand_handle} do something",
        "{brand_handle} a statement isn't enough. apologise to the customer",
        "that {brand} clip made me feel sick. {brand_handle} this is who you employ?",
        "{brand_handle} {hours} hours and the person in the video still hasn't had an apology",
    ),
    "topic_boycott": (
        "done with {brand}. cancelling {product} today",
        "{brand_handle} I've been a customer for {days} years. not anymore",
        "taking my money somewhere that treats people with respect. bye {brand}",
        "{brand_handle} won't be using {product} again after that video",
        "deleted the {brand} app. there are other options",
        "{brand_handle} until I see real change, I'm out",
        "told my whole family to stop using {brand}. {brand_handle}",
    ),
    "topic_own_story": (
        "{brand_handle} the same thing happened to me at {store} and nobody did anything",
        "a {brand} staff member was rude to my friend {first_name} at {store}. we complained",
        "{brand_handle} I was treated like a criminal at {store} in {city}. still no reply",
        "this video isn't a one-off {brand_handle}. your staff at {store} spoke to me like "
        "dirt",
        "{brand_handle} I reported a {brand} employee {days} weeks ago and heard nothing back",
        "same thing happened to my sister with {product}. {brand_handle} who do we tell?",
        "{brand_handle} I was called names by your staff at {store}. I want it investigated",
    ),
    "topic_doxxing": (
        "found where the {brand} employee lives. posting the address tonight",
        "someone in the replies just posted the {brand} worker's home address {brand_handle}",
        "everyone go to {store} tomorrow and let them know what we think. no mercy",
        "{brand_handle} your employee deserves what's coming to them. we know their name",
        "their car is in the {store} car park right now. someone go sort it out",
        "{brand_handle} people are posting the staff member's kids' photos. this is getting "
        "scary",
        "got the {brand} worker's phone number. ring it, everyone",
    ),
    "topic_worried": (
        "my daughter works at {brand} and people are shouting at her because of the video",
        "{brand_handle} is {store} safe to go to? there's a crowd outside",
        "{brand_handle} worried about the other staff at {store}. they didn't do anything",
        "is my {product} still going ahead? worried there'll be trouble at {store}",
        "{brand_handle} are your other staff ok? people are being really nasty",
        "scared to go in to {store} today with everything going on {brand_handle}",
        "{brand_handle} will {store} stay open? my shift is at {hours}",
    ),
}

KIND = Kind(
    name="misconduct",
    label="a video of staff misconduct",
    rules=RULES,
    industries=INDUSTRIES,
    specialist="tier2",
    specialist_name="Customer Relations",
    specialist_takes=("The person in the video or their family, and anyone with their own "
                      "complaint about a member of staff."),
    topics=(
        TopicSpec("video", "topic_video", severity=2, mood="angry", weight=3),
        TopicSpec("boycott", "topic_boycott", severity=2, mood="calm", weight=2),
        TopicSpec("worried", "topic_worried", severity=2, mood="worried", weight=1),
        TopicSpec("own-story", "topic_own_story", severity=3, route="tier2", mood="angry",
                  weight=1.5),
        TopicSpec("doxxing", "topic_doxxing", severity=4, route="security", mood="furious",
                  weight=0.8),
    ),
    channels=("x", "tiktok", "facebook"),
    hashtag_word="Statement",
    link_path="statement",
)
