"""The crowd's own words in site-safety: questions, praise, trolling and the topics of its
complaints (`{slots}` filled by the crowd; `<rules>` expanded when the file is written)."""

from __future__ import annotations

CROWD_RULES: dict[str, tuple[str, ...]] = {
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
