"""The crowd's own words in outage: questions, praise, trolling and the topics of its
complaints (`{slots}` filled by the crowd; `<rules>` expanded when the file is written)."""

from __future__ import annotations

CROWD_RULES: dict[str, tuple[str, ...]] = {
    # crowd
    "crowd_question": (
        "{brand_handle} is {product} part of the outage too? nothing loads",
        "do I need to do anything or just wait? {brand_handle}",
        "{brand_handle} any idea when {product} will be back?",
        "will I be charged for {product} while it's down? {brand_handle}",
        "is it just {city} or everywhere? {brand_handle}",
        "{brand_handle} should I restart my phone or is it on your side?",
        "where do I check if {product} is working? {brand_handle}",
        "{brand_handle} is my account safe during the outage?",
        "does the status page cover {product}? {brand_handle}",
        "any update on {product}? been {minutes} minutes {brand_handle}",
    ),
    "crowd_praise": (
        "been with {brand} for {days} years, first real outage. they'll sort it",
        "{brand_handle} status page updated again, appreciate the honesty",
        "{product} just came back for me in {city}, so something's working",
        "every service goes down sometimes. at least {brand} is posting updates",
        "the {brand} people in my replies are super patient considering the abuse",
        "honestly {brand} support fixed a problem for me in {minutes} minutes last year",
        "hang in there {brand} engineers, rough morning",
        "{brand_handle} thanks for the quick reply, much appreciated",
    ),
    "crowd_troll": (
        "{brand} has one job",
        "have you tried turning {brand} off and on again",
        "the {brand} intern who pushed to prod is having a rough morning",
        "{brand} in shambles lol",
        "imagine paying for {product} in this economy",
        "{brand} customers finding out what 'uptime' means",
        "ratio + {brand} is down",
        "plot twist: {brand} was never up",
    ),
    "topic_down": (
        "{brand_handle} {product} won't load. 'something went wrong'. cool",
        "been trying {product} for {minutes} minutes. nothing works {brand_handle}",
        "you had ONE job today {brand_handle}. {product} is just a blank screen",
        "{product} broken since this morning. is anyone fixing this {brand_handle}",
        "can't use {product}, can't reach support. what exactly is {brand} for",
        "{brand_handle} {product} down again in {city}. third time this month",
        "nothing loads, no message, nothing. {brand_handle} hello???",
        "{brand_handle} {product} has been dead for {hours} hours",
        "this is ridiculous {brand_handle}. {product} is useless today and nobody tells us why",
        "worst service ever. {product} down AGAIN and {brand} says nothing. pathetic",
        "absolutely useless {brand_handle}. awful way to treat paying customers",
        "{brand} is a joke. {product} broken, support broken, everything broken",
    ),
    "topic_switching": (
        "moving to another provider tomorrow. can't trust {brand} after this",
        "my old provider was boring but at least it worked. bye {brand}",
        "status page says 'investigating'. investigating WHAT {brand_handle}",
        "{days} days of hype and then THIS {brand_handle}",
        "{brand_handle} give us actual information, not 'we're aware'",
        "cancelling {product} the second it works again",
        "{brand} really said 'we're aware' and went quiet for {hours} hours",
        "done with {brand}. terrible service, terrible communication. switching",
        "{brand_handle} you've lost a customer. this outage is a disgrace",
    ),
    "topic_money": (
        "{brand_handle} I got charged twice, {amount} each, while it was down. order {order}",
        "paid {amount} for {product} and can't use it. refund? {brand_handle}",
        "{brand_handle} there's a pending {amount} for something that FAILED. give it back",
        "{first_name} says she never got my {amount}. {brand_handle} where did it go",
        "my account shows {amount} less than this morning {brand_handle}. explain",
        "{brand_handle} business account locked during the outage, {amount} stuck",
    ),
    "topic_billing": (
        "{brand_handle} charged {amount} this month for a service that doesn't work. refund it",
        "I pay {amount} a month for {product} and got nothing today. {brand_handle} credit my "
        "account",
        "{brand_handle} my bill went out this morning and {product} has been dead since. joke",
        "will {brand} refund today? {amount} a month for THIS. ref {order}",
        "{brand_handle} renewed me for {amount} during the outage. I want that back",
        "{first_name} and I both pay {brand} and both got nothing today. compensation? "
        "{brand_handle}",
        "{brand_handle} billing me {amount} for {product} that's been broken for {hours} hours. "
        "outrageous",
    ),
    "topic_scam": (
        "got a text saying '{brand}: verify your account' with a weird link. is this you "
        "{brand_handle}??",
        "someone called me claiming to be {brand} support asking for a code. scam right??",
        "{brand_handle} fake support account in the replies asking for login codes. report it",
        "got a login code I didn't ask for while {brand} was down. {brand_handle} am I hacked??",
        "{brand_handle} a 'support agent' on WhatsApp wants my password to fix the outage??",
        "email from '{brand} billing' asking me to re-enter my card. legit? {brand_handle}",
    ),
}
