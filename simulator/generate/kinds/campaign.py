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

from simulator.generate.kind import Industry, Kind, TopicSpec

INDUSTRIES = (
    Industry(
        "fast-food chain",
        "<<last_name>'s|Blaze|Big Sky|Fireside|Redwood|Crispy Jack's> <Burgers|Chicken|Grill>",
        ("the app", "the Stack burger", "the meal deal", "delivery", "the kids' meal",
         "the new menu", "the rewards app"),
        {"slogan": ("Drowning in Sauce", "Flood Your Taste Buds", "Swept Away by the Taste"),
         "offence": ("made a joke of last month's floods",
                     "turned last month's floods into a punchline"),
         "hurt": ("people who lost their homes in the floods", "flood survivors"),
         "community": ("families hit by the floods",),
         "seen_at": ("the billboard",),
         "hurt_story": ("We lost our home in the floods and we're still living in a hotel",
                        "My dad's house went under in the floods and he still can't go home"),
         "where": ("billboards, bus shelters and our social accounts",),
         "physical": ("the billboards and bus shelter posters",),
         "charity": ("the flood relief appeal",),
         "rumour": ("the ad was made on purpose to go viral off the floods",),
         "site": ("restaurant",)},
    ),
    Industry(
        "skincare brand",
        "<<last_name>|Lumen|Petal|Aura|Velvet|Solace> <Skin|Beauty|Skincare>",
        ("the glow serum", "the night cream", "the app", "the new range", "the gift sets",
         "online orders", "the loyalty club"),
        {"slogan": ("From Dark to Bright", "Your Best Shade Yet", "Brighter Is Better"),
         "offence": ("used before-and-after photos that made darker skin the 'before'",
                     "showed darker skin as something to fix"),
         "hurt": ("Black and brown customers", "Black and brown women"),
         "community": ("Black and brown communities",),
         "seen_at": ("your shop window",),
         "hurt_story": ("My nine-year-old saw your ad and asked me if her skin is the 'before'",
                        "I've spent years teaching my daughter her skin is beautiful"),
         "where": ("our social accounts, our website and in-store screens",),
         "physical": ("the posters and screens in stores",),
         "charity": ("an anti-racism education charity",),
         "rumour": ("the same ad is still running in stores and they just hid it online",),
         "site": ("store",)},
    ),
    Industry(
        "car maker",
        "<<last_name>|Vanta|Stride|Apex|Halden|Corvid> <Motors|Auto|Cars>",
        ("the new SUV", "test drives", "servicing", "the finance offer", "the hybrid",
         "the app", "the showroom"),
        {"slogan": ("Park Like You Own It", "Rules Are for Other People",
                    "Every Space Is Your Space"),
         "offence": ("showed the car parked across a disabled bay as a joke",
                     "made a joke of parking in a disabled bay"),
         "hurt": ("disabled drivers", "wheelchair users and their families"),
         "community": ("disabled people",),
         "seen_at": ("the billboard",),
         "hurt_story": ("I'm a wheelchair user and someone parks in my bay every single week",
                        "My son uses a wheelchair and we circle car parks every day for a "
                        "space"),
         "where": ("billboards, a TV spot and our social accounts",),
         "physical": ("the billboards and showroom posters",),
         "charity": ("a disability access charity",),
         "rumour": ("they are running the TV spot again tonight because 'any publicity is "
                    "good publicity'",),
         "site": ("showroom",)},
    ),
)

RULES: dict[str, tuple[str, ...]] = {
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
    "tpl_facts": (
        "Hi {name}, thanks for asking before sharing. What we know: {detail}. How it was "
        "approved is not known yet, and we won't guess; findings go to {info_link}. – {agent}",
        "Hi {name}, I understand why you'd ask. The facts: {detail}. We don't yet know how it was "
        "approved and won't speculate; updates at {info_link}. – {agent}",
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
        "lmao they replied to ME. <brand> social team really has nothing better to do <?😂>",
        "aww they answered. still crying about an ad, <brand>?",
    ),
    # the storyline
    "first_report": (
        "<handle> who signed off the '<slogan>' ad?? it <offence>. genuinely shocked",
        "just saw the new <brand> ad on my feed. '<slogan>'. it <offence>. how did nobody stop "
        "this <handle>",
        "<handle> your '<slogan>' ad is vile. it <offence>. take it down.",
    ),
    "first_report_ignored": (
        "Hours later and <handle> hasn't said a word about the ad. Silence says plenty.",
        "still nothing from <brand>. are they hoping we forget the '<slogan>' ad?",
    ),
    "vulnerable": (
        "<hurt_story>. I can't put into words what seeing '<slogan>' did to me today. <handle> "
        "who do I even talk to?",
        "<hurt_story>. I'm not after anything, I just need someone at <brand> to understand "
        "what that ad felt like. <handle>",
    ),
    "vulnerable_ignored": (
        "Nobody from <brand> has answered me. I told you what that ad did to my family.",
        "<handle> I shared something really personal and got silence. That hurts almost as "
        "much as the ad.",
    ),
    "vulnerable_escalated": (
        "Someone from <specialist_name> messaged me. They listened. Thank you.",
        "Had a message from the <brand> <specialist_name> team. It helped to be heard.",
    ),
    "legal_threat": (
        "I've reported the '<slogan>' ad to the advertising regulator, and my lawyer is looking "
        "at it too. <handle> expect a formal complaint.",
        "<handle> my solicitor is writing to you about this ad, and it's going to the "
        "advertising standards body today. It isn't banter.",
    ),
    "press": (
        "<outlet> here. <handle> who approved the '<slogan>' ad, and is it still running "
        "anywhere in <city>? DMs open.",
        "Reporter at <outlet>, writing about the <brand> '<slogan>' campaign. <handle> will you "
        "say sorry publicly, and how was it signed off?",
    ),
    "influencer": (
        "I've worked with <brand> for two years. After the '<slogan>' ad I'm ending that "
        "partnership today. <handle> I'm so disappointed",
        "made a video about the <brand> ad. half a million views overnight. <hurt> deserve "
        "better than this <handle>",
    ),
    "misinformation": (
        "Leaked email: the <brand> CEO signed off the '<slogan>' ad personally and called the "
        "backlash 'free publicity'. Share before they bury it!!",
        "Heard from someone at their agency: <rumour>. Pass it on",
    ),
    "misinformation_ignored": (
        "<brand> still hasn't denied it. Says it all really.",
        "Funny how <handle> is replying to everyone except this post.",
    ),
    "troll": (
        "it's an ad, get a grip. <?🤡>",
        "people crying over a <brand> ad lmao. snowflakes gonna snowflake",
        "<brand> should run it again just to watch you all melt 🍿",
    ),
    "fake_support": (
        "got a DM from <handle>_care offering a <currency>50 voucher to people 'upset by the ad', "
        "just need my card details. legit <handle>??",
        "an account called '<brand> Apology Team' is replying to everyone with a link to 'claim "
        "your apology gift'. <handle> is that you?",
    ),
    "fair_critic": (
        "Pulling it is the minimum. Someone signed this off. Tell us how it happened, <brand>, "
        "not just that you're sorry.",
        "I've bought from <brand> for years and I think most people there are decent. But the "
        "'<slogan>' ad didn't make itself. <handle> be honest with us.",
    ),
    "specialist_case": (
        "I want to make a complaint about the ad properly, to a person, not in a comment "
        "section. <handle> who do I contact?",
        "<handle> my <mum|sister|wife> saw the '<slogan>' ad and hasn't stopped crying. She "
        "wants to tell someone at <brand> herself. How does she do that?",
    ),
    "supporter": (
        "Credit to <brand> for pulling it fast and not making excuses. Now let's see the "
        "apology. <hashtag>",
        "The <brand> team replying to people today are clearly not the ones who made the ad. "
        "Be kind to them.",
    ),
    "verified": (
        "Many people in <city> have told us how hurt they are by the <brand> '<slogan>' ad. "
        "<handle> we expect a real apology, and to hear what you will change.",
        "As a charity working with <community>, we're asking <handle> to explain how this ad "
        "was approved, and to say sorry properly.",
    ),
    "question": (
        "<handle> is the ad still up anywhere? my kids pass <seen_at> on the way to school",
        "<handle> where do I send a complaint about the ad? I'd rather tell you than just post",
    ),
    # crowd
    "crowd_question": (
        "{brand_handle} is the ad still running anywhere?",
        "who actually approved this? {brand_handle}",
        "{brand_handle} when is the apology coming?",
        "is the one in {city} coming down too? {brand_handle}",
        "{brand_handle} where do I send a complaint about the ad?",
        "has anyone at {brand} explained how this happened? {brand_handle}",
        "{brand_handle} is the agency that made it still working for you?",
        "{brand_handle} will there be a proper statement or just this?",
        "did anyone at {brand} see this before it went out? {brand_handle}",
        "{brand_handle} what are you actually doing for the people it hurt?",
    ),
    "crowd_praise": (
        "at least {brand} pulled it fast. now the apology",
        "{brand_handle} thank you for replying properly, not a copy-paste",
        "the people answering for {brand} today didn't make the ad. go easy on them",
        "been buying from {brand} for {years} years. I'll wait for the apology before deciding",
        "{brand} owning it instead of doubling down. that's something",
        "{brand_handle} thanks for taking my complaint seriously",
        "credit where due, {brand} didn't hide behind 'taken out of context'",
        "honestly the {brand} team in the replies is handling this well",
    ),
    "crowd_troll": (
        "it's an ad. touch grass",
        "{brand} marketing team speedrunning unemployment",
        "offended by an ad lmao",
        "{brand} hired the intern's cousin to do marketing again",
        "whoever approved this at {brand} is having a great week",
        "can't wait for the {brand} apology written by the same people",
        "{brand} rebrand incoming in 3, 2, 1",
        "snowflake olympics in the {brand} replies today",
    ),
    "topic_outrage": (
        "{brand_handle} how did that ad get past a single person",
        "that {brand} ad is disgusting. who thought this was ok {brand_handle}",
        "{brand_handle} deleting the app. that ad was vile",
        "a whole team looked at that ad and said yes?? {brand_handle}",
        "{brand_handle} 'pulled' isn't an apology. say sorry properly",
        "still thinking about that {brand} ad. genuinely sick {brand_handle}",
        "{brand_handle} there is no version of that ad that was ever ok",
        "{brand} thought this was clever. it isn't {brand_handle}",
    ),
    "topic_boycott": (
        "not buying {product} again until {brand} explains itself",
        "{brand_handle} cancelled my order. I'll go elsewhere",
        "{years} years a customer and I'm done. shame on you {brand}",
        "{brand_handle} we're a family of {few}. none of us will be back",
        "I used to love {product}. not any more {brand_handle}",
        "{brand_handle} I'll wait for the apology, but I'm not holding my breath",
        "told everyone at work about the {brand} ad. nobody's buying from you now",
        "{brand_handle} there are plenty of other brands that don't do this",
    ),
    "topic_hurt": (
        "{brand_handle} that ad brought everything back for me. I'd like to talk to someone",
        "{brand_handle} my {relative} saw it and cried. we want to complain properly",
        "I'm one of the people that ad was about. {brand_handle} do you get that?",
        "{brand_handle} how do I make a formal complaint to you? not a tweet, a proper one",
        "{brand_handle} my kids saw the ad on the way to school and asked me about it. I'm "
        "furious",
        "{brand_handle} I haven't slept since I saw it. who do I tell?",
        "{brand_handle} I want someone at {brand} to hear what that ad did to my family",
        "{brand_handle} I wrote to you about the ad {hours} hours ago and nobody answered",
    ),
    "topic_staff": (
        "my sister works at the {brand} in {city} and people are shouting at her about the ad. "
        "{brand_handle} protect your staff",
        "{brand_handle} someone is posting a {city} manager's name and address over the ad",
        "saw a guy threatening the staff at {brand} {city} today. they didn't make the ad "
        "{brand_handle}",
        "{brand_handle} a 'boycott {brand}' page is asking people to go after your staff",
        "got a text saying '{brand}: claim your apology voucher' with a link. real? "
        "{brand_handle}",
        "{brand_handle} fake account in the replies offering 'apology gift cards' for a card "
        "number. report it",
        "{brand_handle} someone threw paint at the {brand} in {city}. staff are scared",
        "an email from '{brand} Care' wants my login to send an apology gift. scam? "
        "{brand_handle}",
    ),
}

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
