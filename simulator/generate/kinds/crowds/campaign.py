"""The crowd's own words in campaign: questions, praise, trolling and the topics of its
complaints (`{slots}` filled by the crowd; `<rules>` expanded when the file is written)."""

from __future__ import annotations

CROWD_RULES: dict[str, tuple[str, ...]] = {
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
        "{brand_handle} how did that ad get past a single person. disgusting",
        "that {brand} ad is vile. who thought this was ok {brand_handle}",
        "{brand_handle} deleting the app. that ad was sick and cruel",
        "a whole team looked at that ad and said yes?? shameful {brand_handle}",
        "{brand_handle} 'pulled' isn't an apology. say sorry properly, it was disgraceful",
        "still thinking about that {brand} ad. genuinely sickened {brand_handle}",
        "{brand_handle} there is no version of that ad that was ever ok. horrible",
        "{brand} thought this was clever. it's offensive and ugly {brand_handle}",
        "absolutely furious about the {brand} ad. hateful stuff {brand_handle}",
        "{brand_handle} that ad is a disgrace. mocking people who are hurting",
        "the {brand} ad is the worst thing I've seen from a brand. awful",
    ),
    "topic_boycott": (
        "not buying {product} again until {brand} explains itself. disgusted",
        "{brand_handle} cancelled my order. I'll go elsewhere, that ad was cruel",
        "{years} years a customer and I'm done. shame on you {brand}",
        "{brand_handle} we're a family of {few}. none of us will be back. disgraceful",
        "I used to love {product}. not any more, that ad ruined it {brand_handle}",
        "{brand_handle} I'll wait for the apology, but I'm not holding my breath. sad",
        "told everyone at work about the {brand} ad. nobody's buying from you now",
        "{brand_handle} there are plenty of other brands that don't insult people",
        "boycotting {brand}. offensive, lazy and hurtful",
        "{brand_handle} lost a loyal customer today. really disappointed",
    ),
    "topic_hurt": (
        "{brand_handle} that ad brought everything back for me. I'm hurting, can I talk to "
        "someone",
        "{brand_handle} my {relative} saw it and cried. we want to complain properly",
        "I'm one of the people that ad was about. {brand_handle} do you get how painful that "
        "is?",
        "{brand_handle} how do I make a formal complaint to you? not a tweet, a proper one",
        "{brand_handle} my kids saw the ad on the way to school and asked me about it. I'm "
        "furious",
        "{brand_handle} I haven't slept since I saw it. who do I tell?",
        "{brand_handle} I want someone at {brand} to hear what that ad did to my family",
        "{brand_handle} I wrote to you about the ad {hours} hours ago and nobody answered. "
        "upset",
        "{brand_handle} that ad left me in tears. it was cruel",
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
