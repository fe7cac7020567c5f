"""The crowd's own words in misconduct: questions, praise, trolling and the topics of its
complaints (`{slots}` filled by the crowd; `<rules>` expanded when the file is written)."""

from __future__ import annotations

CROWD_RULES: dict[str, tuple[str, ...]] = {
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
