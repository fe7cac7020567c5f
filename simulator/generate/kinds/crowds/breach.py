"""The crowd's own words in breach: questions, praise, trolling and the topics of its
complaints (`{slots}` filled by the crowd; `<rules>` expanded when the file is written)."""

from __future__ import annotations

CROWD_RULES: dict[str, tuple[str, ...]] = {
    # crowd
    "crowd_question": (
        "{brand_handle} was my account in the breach? no email yet",
        "do I need to change my password if I never got the email? {brand_handle}",
        "{brand_handle} is {product} affected by the breach too?",
        "how do I know if my data was in it? {brand_handle}",
        "{brand_handle} should I cancel my card or is that overkill?",
        "is it safe to log in to {product} right now? {brand_handle}",
        "{brand_handle} how do I turn on two-step login?",
        "was {mine} in the leak? I signed up in {city} {days} years ago {brand_handle}",
        "is the email about the breach really from you? {brand_handle}",
        "{brand_handle} can I delete my account and everything you hold on me?",
    ),
    "crowd_praise": (
        "{brand} emailed me straight away and said what was taken. appreciated",
        "{brand_handle} clear instructions, changed my password in {minutes} seconds. thanks",
        "at least {brand} told us. my old bank hid theirs for months",
        "the {brand} team in the replies is being really patient with everyone",
        "{brand_handle} thanks for the quick answer, all sorted now",
        "good that {brand} says plainly what they don't know yet",
        "customer of {brand} for {days} years. this is bad but they're handling it properly",
        "{brand_handle} the guidance page is actually useful, thank you",
    ),
    "crowd_troll": (
        "{brand} finally made their {product} popular: with hackers",
        "{brand} security is a padlock drawn on a post-it",
        "hackers: exist. {brand}: 🤷",
        "so {brand} keeps our data 'safe' the way I keep my new year's resolutions",
        "imagine trusting {brand} with {product}",
        "{brand} security team on lunch break for {days} years",
        "{brand} 'we take your privacy seriously' aged like milk",
        "free {product} for the hackers, nice one {brand}",
        "{brand} speedrunning a data protection fine",
        "my {brand} password was safer on a beer mat",
    ),
    "topic_exposed": (
        "{brand_handle} was {mine} in the breach? this is terrifying and nobody is answering",
        "got the breach email from {brand}. worried sick and nobody will tell me anything",
        "{brand_handle} I've used {product} for {days} years. is my data out there now?",
        "my whole family uses {brand}. are we all affected? {brand_handle}",
        "{brand_handle} scared to open any email now. which ones are really from you?",
        "nothing from {brand} in my inbox. does that mean I'm safe or not? {brand_handle}",
        "{brand_handle} {mine} is the same everywhere. what happens now??",
        "am I affected? got the email at {hours} am and can't get through {brand_handle}",
    ),
    "topic_trust": (
        "how does {brand} lose our data and then say 'we take privacy seriously'",
        "{brand_handle} the one thing you had to do was keep our details safe. pathetic",
        "found out about the {brand} breach from the news, not from {brand}. disgraceful",
        "{brand_handle} {hours} hours and all we get is 'we're investigating'",
        "{brand} knew and said nothing until it was in the papers. {brand_handle}",
        "{brand_handle} why was {mine} even kept this long?",
        "absolute joke {brand_handle}. {mine} out there because you couldn't lock a door",
        "{brand} charging for {product} and can't protect a spreadsheet",
    ),
    "topic_leaving": (
        "deleting my {brand} account today. not risking my family's safety on a useless company",
        "{brand_handle} how do I close my account and get my data deleted?",
        "cancelling {product}. sick of companies this careless with our data",
        "used {brand} for {days} years. asking for my data to be erased tonight",
        "{brand_handle} removing my card and my address. trust is gone",
        "moving to another provider. can't trust {brand} with anything now",
        "{brand_handle} please confirm in writing that my details are deleted",
    ),
    "topic_takeover": (
        "{brand_handle} someone changed the email on my account this morning. hacked??",
        "got a login code from {brand} I didn't ask for. is someone in my account? "
        "{brand_handle}",
        "{brand_handle} I clicked the link in an email about the breach and entered my password",
        "someone logged into my {brand} account from {city} and I've never been there "
        "{brand_handle}",
        "{brand_handle} my password doesn't work anymore and I didn't change it",
        "text from '{brand}' asking me to confirm a code to 'secure my account'. scam? "
        "{brand_handle}",
        "{brand_handle} a 'support agent' on WhatsApp wants my login code to check the breach",
        "got a call from '{brand} security' asking for my password. I hung up. {brand_handle}",
    ),
    "topic_claims": (
        "reporting {brand} to the data protection regulator tonight. {brand_handle}",
        "{brand_handle} I'm joining the group claim over the breach. expect to hear from my "
        "lawyer",
        "{brand_handle} formal complaint: I want every record you hold on me, in writing, in "
        "{days} days",
        "my solicitor says the {brand} breach is a clear case. see you in court {brand_handle}",
        "{brand_handle} filing a complaint with the regulator over {mine} being leaked",
        "already spoken to a lawyer about the {brand} leak. {brand_handle} you'll hear from them",
        "{brand_handle} this is a breach of data protection law and I will be taking action",
    ),
}
