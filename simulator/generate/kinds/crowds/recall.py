"""The crowd's own words in recall: questions, praise, trolling and the topics of its
complaints (`{slots}` filled by the crowd; `<rules>` expanded when the file is written)."""

from __future__ import annotations

CROWD_RULES: dict[str, tuple[str, ...]] = {
    # crowd
    "crowd_question": (
        "{brand_handle} where do I find the <code_name> on {product}?",
        "does the recall cover <product2> too? {brand_handle}",
        "{brand_handle} do I need a receipt to return {product}?",
        "mine says {code}, is that one of the recalled ones? {brand_handle}",
        "{brand_handle} bought {product} in {city} last week. should I stop using it?",
        "is it safe to use <product2>? {brand_handle}",
        "{brand_handle} what do I do with the ones I already opened?",
        "can I return {product} online or only in store? {brand_handle}",
        "{brand_handle} is there a list of the affected <code_name>s somewhere?",
    ),
    "crowd_praise": (
        "{brand_handle} thanks for the quick answer about the <code_name>, very clear",
        "store in {city} swapped mine in {minutes} minutes, no questions asked",
        "recalls happen. at least {brand} told us straight away",
        "checked every one in the house, all fine. thanks for the clear steps {brand_handle}",
        "been buying {brand} for {days} years. they're handling this properly",
        "the {brand} team answering here are so patient with everyone",
        "got my refund for {product} already, that was easy",
        "good on {brand} for not hiding this",
    ),
    "crowd_troll": (
        "{brand} quality control has left the chat",
        "{brand} really said 'surprise inside'",
        "anyone else's {product} come with a free plot twist",
        "{brand} recall speedrun any%",
        "imagine trusting {brand} in this economy",
        "{brand} customer care is just 'have you tried not using it'",
        "ratio + {brand} recall",
        "at this point {brand} should recall the whole company",
    ),
    "topic_checking": (
        "{brand_handle} ours is {product} but I can't read the <code_name>. I'm so worried",
        "just found {product} at the back of the cupboard. is it one of the bad ones "
        "{brand_handle}? terrified",
        "{brand_handle} I've used {product} for {days} days. should I be scared?",
        "the <code_name> on mine is smudged and I'm panicking. do I just bin it {brand_handle}?",
        "{brand_handle} my mum bought {product} for the kids and can't work out the code. she's "
        "so upset",
        "so is {product} safe or not?? this is awful, clear answer please {brand_handle}",
        "{brand_handle} had {product} <where_used>. the code matches. I feel sick",
        "checked 3 <items> and can't find the <code_name> on any of them {brand_handle}. this "
        "is a nightmare",
    ),
    "topic_refund": (
        "{brand_handle} store in {city} refused to refund {product} without a receipt. "
        "disgraceful",
        "waited {minutes} minutes at customer service for a {amount} refund. ridiculous",
        "{brand_handle} I binned {product} before I saw the notice and now no {amount} refund?? "
        "unacceptable",
        "so I pay {amount} for a dangerous product and now I have to queue to return it. awful",
        "{brand_handle} online refund form for {product} just errors. order {order}. useless",
        "{brand_handle} still no refund for order {order}. this is a joke",
        "the {city} store had no idea about the recall and sent me away. terrible "
        "{brand_handle}",
    ),
    "topic_hurt": (
        "{brand_handle} my <victim> <hurt_a> {product} yesterday. is that the recall? I'm scared",
        "{brand_handle} my <victim> <hurt_b> {product}. I'm so worried",
        "{brand_handle} my <victim> <used> {product} <where_used> <after_use>. please help, I'm "
        "frightened",
        "please someone at {brand} call me, my <victim> <hurt_a> {product}. I'm panicking",
        "my <victim> <hurt_b> {product} and the code is on the recall list {brand_handle}. "
        "terrified",
        "{brand_handle} my <victim> <hurt_a> {product} and now I see the recall. what do I "
        "do??",
        "{brand_handle} my <victim> <used> {product} too and the code matches. I feel sick",
        "who do I report this to {brand_handle}? my <victim> <hurt_b> {product} <where_used>. "
        "awful",
    ),
    "topic_trust": (
        "how did this get past your quality checks {brand_handle}? shocking",
        "never buying {brand} again. can't trust anything they sell now",
        "{brand_handle} {days} days on the shelves before anyone noticed?? appalling",
        "{brand} only recalled it because someone posted a video. shameful",
        "{brand_handle} what else in the range is dangerous that we don't know about",
        "I trusted {brand} with my kids. not anymore. disgusted",
        "{brand_handle} 'as a precaution' is doing a lot of work in that notice. pathetic",
        "switching to the supermarket brand. at least they don't sell dangerous stuff",
    ),
    "topic_scam": (
        "got a text saying '{brand} recall refund: confirm your card here'. scam right "
        "{brand_handle}??",
        "{brand_handle} someone in the comments says DM them for a {amount} recall refund",
        "email from '{brand} Safety' asking for my bank details to refund {product}. legit?",
        "{brand_handle} fake {brand} page on Facebook is offering {amount} 'compensation'",
        "someone called me saying they're {brand} and need my card to refund {product} "
        "{brand_handle}",
        "{brand_handle} is recall-{brand}-refunds dot com yours? it wants my password",
        "{brand_handle} a '{brand} agent' on WhatsApp wants a code to send my refund??",
    ),
}
