"""The crowd's own words in delivery: questions, praise, trolling and the topics of its
complaints (`{slots}` filled by the crowd; `<rules>` expanded when the file is written)."""

from __future__ import annotations

CROWD_RULES: dict[str, tuple[str, ...]] = {
    # crowd
    "crowd_question": (
        "{brand_handle} is {product} affected too?",
        "how do I know if my <item> is one of the delayed ones? {brand_handle}",
        "{brand_handle} should I cancel or wait?",
        "where do I claim a refund? {brand_handle}",
        "is it just {city} or everywhere? {brand_handle}",
        "{brand_handle} will my <item> come before the weekend?",
        "does my <ref_name> still work on the tracking page? {brand_handle}",
        "{brand_handle} if I reorder will I end up with two?",
        "any update on the backlog? been {hours} hours {brand_handle}",
        "{brand_handle} do I need to be home for the new delivery date?",
    ),
    "crowd_praise": (
        "been using {brand} for {days} years, first real problem. they'll sort it",
        "{brand_handle} refund came through in {minutes} minutes, appreciate it",
        "my <item> just turned up in {city}! so things are moving",
        "every company has a bad week. at least {brand} is posting updates",
        "the {brand} people in my replies are super patient considering the abuse",
        "shout out to the {brand} driver still out at {late}",
        "hang in there {brand} team, rough week",
        "{brand_handle} thanks for the quick reply, much appreciated",
        "{brand} actually answered my DM with a straight answer. rare these days",
    ),
    "crowd_troll": (
        "{brand} has one job",
        "{brand} tracking is just a random number generator",
        "{brand}: we deliver* (*eventually, maybe, somewhere)",
        "{brand} in shambles lol",
        "my <item> and {brand}'s customer service: both missing",
        "{brand} customers finding out what 'estimated' means",
        "ratio + your <item> is in a ditch somewhere",
        "plot twist: the <items> were never real",
        "{brand} playing hide and seek with everyone's <items> 🤡",
    ),
    "topic_late": (
        "{brand_handle} my <item> was due {due} and tracking hasn't moved since. ridiculous",
        "<window> missed AGAIN. {hours} hours waiting in. {brand_handle} this is a disgrace",
        "{brand_handle} tracking says 'delayed' and that's it. no date, no reason. awful service",
        "took a day off work for my <item> and it never came. fuming. thanks for nothing "
        "{brand_handle}",
        "you had one job {brand_handle}. bring the <item>. pathetic",
        "{brand_handle} my <item> has been 'at the {city} <hub>' for days. worst company ever",
        "paid for {product} and got nothing. {brand_handle} where is my <item>? shameful",
        "{brand_handle} {days} emails saying sorry for the delay. zero <items>. sick of it",
        "absolutely useless {brand_handle}. <item> late again and nobody tells us why",
        "{brand} is a joke. late <items>, no answers, terrible support. {brand_handle}",
    ),
    "topic_lost": (
        "{brand_handle} my <item> has vanished from tracking completely. is it lost? so worried",
        "tracking says delivered at {when} but there's nothing here. {brand_handle} stolen? "
        "lost? this is awful",
        "{brand_handle} <item> {order} was for my mum's birthday on Saturday. gutted if it "
        "doesn't come",
        "is my <item> actually coming or have you lost it? {brand_handle} worried sick",
        "{brand_handle} my <ref_name> {code} just says 'not found' now. scared it's gone",
        "ordered last week and the order page has gone blank. {brand_handle} terrible. is it "
        "still coming",
        "{first_name} next door got theirs, mine still says 'delayed'. {brand_handle} why? so "
        "frustrating",
        "{brand_handle} honestly scared my <item> is one of the ones that got lost. can't "
        "afford to lose it",
        "{brand_handle} nobody can tell me where my <item> is. upset and fed up",
    ),
    "topic_refund": (
        "{brand_handle} charged {amount} for {order}, never arrived. I want my money back. "
        "ripped off",
        "paid {amount} for {product} and my <item> still hasn't come. refund NOW "
        "{brand_handle}. furious",
        "{brand_handle} you cancelled my <item> and kept the {amount}. order {order}. that's "
        "theft",
        "refund for {order} still not showing after three days {brand_handle}. shocking",
        "{brand_handle} I was charged twice, {amount} each, for <item> {order}. unacceptable",
        "{brand_handle} the refund button on the order page just errors. {order}, {amount}. "
        "useless",
        "{brand_handle} {amount} gone from my account and my <item> never came. disgraceful",
        "still no refund for {order} {brand_handle}. {amount} of my money, stolen basically",
    ),
    "topic_scam": (
        "got a text: 'your {brand} <item> is on hold, pay <currency>{fee} to redeliver' with a "
        "link. is this you {brand_handle}??",
        "{brand_handle} fake account in the replies telling people to 'rebook' with a link. "
        "scam. report it",
        "someone rang claiming to be {brand} and wanted my card number to release my <item>. "
        "scam right??",
        "{brand_handle} paid a <currency>{fee} 'redelivery fee' from a text and now my bank has "
        "flagged fraud. was that you? panicking",
        "email from '{brand} Deliveries' says there's a fee to release my <item>. scam? "
        "{brand_handle}",
        "{brand_handle} a '{brand} agent' on WhatsApp wants my card details to rebook my "
        "<item>?? fraud?",
        "text says my <item> {code} needs a new delivery date, link looks dodgy. "
        "{brand_handle} real or scam?",
    ),
    "topic_waiting": (
        "cancelled everything with {brand} and went to {store} instead. <done|never again>",
        "{brand_handle} not angry, just tired. tell us when, or tell us you don't know",
        "last time I order anything through {brand} with a deadline. <disappointed|"
        "terrible week>",
        "{brand_handle} a date would do. any date. 'delayed' isn't a date",
        "a whole week of 'we're sorry for the delay'. ok. but when? <fed up|frustrating>",
        "trying another <industry> after this. can't plan around {brand}. <shame|awful>",
        "{brand_handle} honest question: is it worth waiting or should I just get my money "
        "back",
        "moving my orders elsewhere till {brand} sorts itself out. <so disappointed|bad "
        "service>",
    ),
}
