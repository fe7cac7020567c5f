"""The crowd's own words in pricing: questions, praise, trolling and the topics of its
complaints (`{slots}` filled by the crowd; `<rules>` expanded when the file is written)."""

from __future__ import annotations

CROWD_RULES: dict[str, tuple[str, ...]] = {
    # crowd
    "crowd_question": (
        "{brand_handle} does the change apply to {product} too?",
        "when exactly does this start? {brand_handle}",
        "{brand_handle} will I get a reminder before {product} changes?",
        "do I need to do anything or just wait for next month? {brand_handle}",
        "is this for everyone or just new customers? {brand_handle}",
        "{brand_handle} where can I see what changes for {product}?",
        "any word on exceptions for long-time customers? {brand_handle}",
        "{brand_handle} is there a cheaper option before it changes?",
        "is it the same in {city} or just here? {brand_handle}",
        "{brand_handle} who do I talk to if I can't afford it?",
    ),
    "crowd_praise": (
        "fair play to {brand} for a month's notice at least",
        "{brand_handle} thanks for the straight answer, appreciated",
        "still cheaper than the others tbh. staying with {brand}",
        "the {brand} team replying to everyone today deserves a raise",
        "been with {brand} {years} years, one change isn't going to put me off",
        "{brand_handle} answered my question about {product} in {minutes} minutes, thank you",
        "at least {brand} is answering people instead of hiding",
        "everything's going up. {brand} is hardly the worst",
    ),
    "crowd_troll": (
        "{brand} found a new way to print money",
        "{brand} customers discovering inflation in real time lol",
        "pay up and stop crying, {brand} needs a new yacht",
        "{brand} loyalty: you stay loyal, they stay greedy",
        "ratio + {brand} is greedy",
        "imagine being loyal to {brand} in this economy",
        "{brand} really said 'we value you' and then sent the bill",
        "next week {brand} charges you for opening the email",
    ),
    "topic_angry": (
        "{brand_handle} worse deal for {product}, same everything else. disgusting",
        "{brand_handle} you buried this in an email and hoped nobody would read it. shameful",
        "second change in {few} years and every time it's worse for us {brand_handle}. greedy",
        "{brand} record profits and THIS is what we get {brand_handle}. pathetic",
        "{brand_handle} 'to serve you better' my foot. just admit you're greedy",
        "nobody asked for this {brand_handle}. reverse it, it's a rip-off",
        "{brand_handle} I read the email three times and it's still a terrible deal for {product}",
        "{brand} really thought we wouldn't notice. insulting {brand_handle}",
        "absolutely furious with {brand}. this is a cash grab, plain and simple",
        "{brand_handle} what a disgrace. squeezing loyal customers to fatten profits",
        "{brand_handle} worst decision you've ever made. I hate this",
        "{brand} treating customers like cash machines. awful {brand_handle}",
    ),
    "topic_loyal": (
        "{years} years with {brand} and not even a thank you before this change. sad",
        "{brand_handle} new customers get the deals, loyal ones get punished",
        "leaving the day it changes. shame, I liked {brand}. really disappointed",
        "{brand_handle} is there anything at all for people who've stayed for years? feels awful",
        "switching to a competitor next month. {brand} made it easy. terrible",
        "{brand_handle} I'd have accepted a small change. this feels like being taken for granted",
        "honestly disappointed in {brand}. expected better after {years} years",
        "{brand_handle} customer for {years} years. feeling used and ignored right now",
        "{brand_handle} loyalty clearly means nothing to you. hurt, honestly",
        "sad to say it but {brand} has lost me. what a shame",
    ),
    "topic_hardship": (
        "{brand_handle} I'm on a pension and can't afford this. scared, what are my options?",
        "{brand_handle} lost my job last month. is there any help with {product}? struggling",
        "{brand_handle} I care for my dad full time and every {amount} matters. worried sick",
        "{brand_handle} charged {amount} twice this month, and now this. order {order}. awful",
        "{brand_handle} my account shows the change already and it's not even next month. "
        "{amount} gone, I'm panicking",
        "{brand_handle} I'm on benefits and this change means choosing. who do I speak to?",
        "{brand_handle} single mum, two kids, this was the one thing that helped. desperate",
        "{brand_handle} I want to leave before it changes but can't find how, and I've been "
        "charged {amount}. stressed",
        "{brand_handle} really anxious about next month, money's already tight. any help?",
    ),
    "topic_scam": (
        "got an email: '{brand}: lock in your old price today' with a link. real? {brand_handle}",
        "{brand_handle} someone on WhatsApp says they can keep my old deal for {amount} by bank "
        "transfer. scam??",
        "text from '{brand}' asking me to confirm my card to avoid the change. legit "
        "{brand_handle}?",
        "{brand_handle} fake account in the replies offering 'loyalty exemptions' for a card "
        "number. report it",
        "a caller said he was from {brand} billing and needed a code to keep my old deal. "
        "{brand_handle} was that you?",
        "{brand_handle} there's a '{brand} Exemptions' page asking for login details. is it "
        "yours?",
        "email says I've been 'selected for the old price' if I pay {amount} today. "
        "{brand_handle} fake right?",
    ),
}
