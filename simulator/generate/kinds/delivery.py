"""A delivery failure: the orders, parcels or furniture people paid for are late, or lost.

What makes it a delivery failure and not any crisis: everyone affected is waiting for one thing
of their own, so every complaint is personal and comes with an order number; what is known is
which orders are stuck and that a refund is there for anyone who cannot wait, what is not is
the day the backlog clears; the one-person cases are a missing medicine, a bed for someone
coming home from hospital or money taken for nothing; and scammers text fake "redelivery fee"
links to people who are, for once, expecting a message about their parcel.
"""

from __future__ import annotations

from simulator.generate.kind import Industry, Kind, TopicSpec

INDUSTRIES = (
    Industry(
        "parcel courier",
        "<<last_name>|Swift|Arrow|Relay|Northstar|Kestrel> <Express|Parcels|Couriers|Logistics>",
        ("next-day delivery", "Saturday delivery", "parcel lockers", "returns pickups",
         "international parcels", "the tracking app", "signed-for delivery"),
        {"service": ("parcel deliveries", "tracked and next-day deliveries"),
         "item": ("parcel",), "items": ("parcels",), "Items": ("Parcels",),
         "ref": ("tracking number",),
         "track": ("the tracking page", "tracking in the app"),
         "hub": ("depot", "hub"), "hubs": ("depots",), "crew": ("drivers",),
         "window": ("delivery day", "delivery window"), "fast": ("next-day delivery",),
         "safe_thing": ("Delayed parcels are safe at our depots",
                        "No parcels have been destroyed; delayed ones are safe at our depots"),
         "urgent": ("medicines and urgent parcels",),
         "need": ("my dad's heart medication", "my son's insulin supplies",
                  "my passport for a flight on Friday", "my mum's prescription"),
         "loss": ("the next-day fee on a parcel that's now three days late",
                  "a parcel marked delivered that never came",
                  "two parcels that have vanished from tracking"),
         "cause": ("a power failure that stopped the sorting machines at our main hub",
                   "a fault in the software that plans our drivers' routes"),
         "people": ("customers",)},
    ),
    Industry(
        "grocery delivery app",
        "<<Basket|Pantry|Larder|Crate|Hamper> <Go|Now|Drop|Runner>|<last_name>'s <Grocers|Fresh>>",
        ("same-day slots", "the weekly shop", "one-hour delivery", "the delivery pass",
         "substitutions", "the app", "click and collect"),
        {"service": ("grocery deliveries", "same-day grocery deliveries"),
         "item": ("order",), "items": ("orders",), "Items": ("Orders",), "ref": ("order number",),
         "track": ("the order page in the app", "the app's order tracker"),
         "hub": ("fulfilment centre",), "hubs": ("fulfilment centres",),
         "crew": ("drivers and pickers",),
         "window": ("delivery slot",), "fast": ("a one-hour slot",),
         "safe_thing": ("Delayed orders are kept chilled",
                        "Delayed orders are kept chilled; nothing past its date will be "
                        "delivered"),
         "urgent": ("orders for vulnerable and elderly customers",),
         "need": ("formula for my newborn", "my housebound mum's weekly food",
                  "my dad's diabetic food for the week", "food for my kids' dinners"),
         "loss": ("a weekly shop that never came", "an order you cancelled an hour before "
                  "the slot", "a one-hour slot that turned into two days"),
         "cause": ("a fault in the slot-booking system that accepted far more orders than our "
                   "drivers could carry",
                   "a failed app update that sent orders to the wrong fulfilment centre"),
         "people": ("customers", "shoppers")},
    ),
    Industry(
        "furniture retailer",
        "<<last_name>|Hearth|Linden|Loft|Nestwell|Oakridge> <Home|Living|Furniture|Interiors>",
        ("sofas", "beds and mattresses", "two-person delivery", "kitchen appliances",
         "the assembly service", "wardrobes", "garden furniture"),
        {"service": ("home deliveries", "furniture and appliance deliveries"),
         "item": ("order",), "items": ("orders",), "Items": ("Orders",),
         "ref": ("order number",),
         "track": ("the delivery tracker on the website", "My Orders on the website"),
         "hub": ("warehouse",), "hubs": ("warehouses",), "crew": ("delivery crews",),
         "window": ("delivery day", "delivery window"), "fast": ("a named-day delivery",),
         "safe_thing": ("Delayed orders are safe in our warehouses",
                        "No order has been cancelled; delayed ones are safe in our warehouses"),
         "urgent": ("beds, cots and medical equipment",),
         "need": ("a bed for my dad coming home from hospital", "the cot for my baby, due "
                  "any day now", "a fridge for my insulin", "a riser chair for my mum, who "
                  "can't stand on her own"),
         "loss": ("a sofa that's now a week late", "the delivery of a bed nobody brought",
                  "a named-day delivery that never came"),
         "cause": ("a fault in the scheduling system that booked crews for the wrong days",
                   "a failed upgrade to the system that loads our lorries"),
         "people": ("customers",)},
    ),
    Industry(
        "online gift shop",
        "<<last_name> & Co|<Bramble|Kindred|Wrapt|Ribbon|Juniper> <Gifts|Market|Box>>",
        ("express delivery", "personalised gifts", "gift hampers", "gift wrapping",
         "the gift card", "international delivery", "the app"),
        {"service": ("online orders", "gift orders and express delivery"),
         "item": ("order",), "items": ("orders",), "Items": ("Orders",), "ref": ("order number",),
         "track": ("the Track My Order page", "the order page on the website"),
         "hub": ("warehouse",), "hubs": ("warehouses",), "crew": ("pickers and drivers",),
         "window": ("delivery date",), "fast": ("express delivery",),
         "safe_thing": ("Delayed orders are safe in our warehouse",
                        "No order has been cancelled; delayed ones are safe in our warehouse"),
         "urgent": ("orders for birthdays in the next two days",),
         "need": ("a present for my dad in a hospice", "my son's birthday present; he's in "
                  "hospital", "a gift for my nan in her care home", "my daughter's first "
                  "birthday present"),
         "loss": ("a gift hamper that never came", "express delivery on an order that's a "
                  "week late", "an order that has vanished from my account"),
         "cause": ("a failed upgrade to our warehouse system that stopped orders being "
                   "picked and packed",
                   "a fault in the label printers at our main warehouse that left orders "
                   "unshipped"),
         "people": ("customers", "shoppers")},
    ),
)

RULES: dict[str, tuple[str, ...]] = {
    "crisis_short": ("the delivery delays", "this week's delivery backlog",
                     "the <brand> delays", "the missing <items>"),
    "title": ("<brand>: the week nothing arrived", "<brand>: <items> stuck, customers waiting",
              "Where is my <item>? A bad <day|week> at <brand>"),
    "briefing": (
        "It is <the busiest week of the year|peak week|the week before the holidays> at <brand>, "
        "<service> have been falling behind for days, and since <start_time> the complaints "
        "have been pouring in: <items> are late, some have gone missing from tracking, and "
        "people waiting for something urgent are getting <frantic|angry>. Nobody can yet say "
        "when the backlog will clear. You run the care desk.",
        "At <brand>, <service> have fallen badly behind this week, and since <start_time> the "
        "posts have not stopped. Affected <items> are flagged and refunds are available, but "
        "nobody knows when the backlog will clear, and scammers are already texting customers "
        "fake redelivery fees. You run the care desk.",
    ),
    # facts: known, unknown, and what to do
    "fact_what": (
        "Many <items> have been delayed this week, and since <start_time> today the backlog "
        "has grown; we are sorry.",
        "Many <items> due today will arrive late; we are sorry.",
    ),
    "fact_scope": (
        "<Items> going through our <city> <hub> are affected; each shows as delayed on "
        "<track>.",
        "The delays affect <items> handled by our <city> <hub>; others are arriving as "
        "normal.",
    ),
    "fact_safe": (
        "<safe_thing>.",
        "<safe_thing>, and refunds are available for any delayed <item>.",
    ),
    "fact_unknown": (
        "We do not yet know when the backlog will clear.",
        "We cannot yet say when the backlog will clear, or when each delayed <item> will "
        "arrive.",
    ),
    "fact_doing": (
        "Extra <crew> are clearing the backlog now, <urgent> first.",
        "Extra <crew> are clearing the backlog now.",
    ),
    "fact_advice": (
        "Check your <item> with its <ref> on <link>; you can claim a refund there too.",
        "Enter your <ref> at <link> to see if your <item> is delayed, or to claim a refund.",
    ),
    "fact_never_ask": (
        "<brand> never charges a redelivery fee or asks for card details by text.",
        "We never ask you to pay to rebook a delivery, by text, email or DM.",
    ),
    "update_cause": (
        "The backlog began with <cause>; it has been repaired and <items> are moving again.",
        "Engineers traced the delays to <cause>. It is fixed, and the backlog is now going "
        "down.",
    ),
    "update_fix": (
        "Most delayed <items> are now out for delivery; the rest should arrive within two "
        "days, each with a new date on <track>.",
        "The backlog is clearing: most delayed <items> will arrive by tomorrow, and every "
        "one now shows its new date on <track>.",
    ),
    # templates
    "tpl_holding": (
        "Hi {name}, I'm so sorry your <item> is late. Many <items> due today are behind, and "
        "we're working through the backlog now, oldest first. You can check yours at "
        "{info_link} {hashtag} – {agent}",
        "Hi {name}, I'm sorry, we know many <items> are late today and tracking isn't saying "
        "much. Our teams are working through the backlog now; the latest is always at "
        "{info_link} and {hashtag}. – {agent}",
    ),
    "tpl_specialist": (
        "I'm really sorry, {name}. {detail} I've asked our <specialist_name> team to check "
        "your <item> today; please DM us its <ref> (never card details). You can also claim "
        "a refund at {info_link} – {agent}",
        "{name}, I'm so sorry about {detail}. Our <specialist_name> team will check your "
        "<item> and the refund personally; please DM us the <ref>. Live updates: "
        "{info_link} – {agent}",
    ),
    "tpl_facts": (
        "Hi {name}, I understand why that's worrying. What we know right now: {detail}. "
        "<safe_thing>. Every confirmed update is on {info_link} and {hashtag}. – {agent}",
        "Hi {name}, thanks for asking before sharing. The facts: {detail}. <safe_thing>. "
        "We won't guess when the backlog clears; confirmed updates: {info_link} – {agent}",
    ),
    "tpl_dm": (
        "I'm sorry, {name}. {detail} Please DM us your <ref> so we can check your <item>. "
        "– {agent}",
        "{name}, I'm sorry about {detail}. Could you DM us the <ref> so we can look at your "
        "<item> personally? – {agent}",
    ),
    "tpl_scam": (
        "{name}, thank you for checking with us first. That is not <brand>: we never charge a "
        "redelivery fee or ask for card details by text or DM. Please don't click the link. "
        "I've passed it to our {detail} team. – {agent}",
        "Thanks for flagging this, {name}. That is not us: <brand> never charges to rebook a "
        "delivery and never asks for card details. Please block and report it; our {detail} "
        "team is on it. – {agent}",
    ),
    # the storyline
    "first_report": (
        "<handle> my <item> was due today and tracking hasn't moved since yesterday. "
        "<?anyone else?>",
        "is something up with <brand>?? my <item> missed its <window>, no message, nothing "
        "<handle>",
        "<handle> third 'sorry, your <item> is delayed' email today. where is it actually?",
    ),
    "first_report_ignored": (
        "still nothing from <handle>. is anyone even working today??",
        "<hours|ages> later and <handle> hasn't said a word. my <item> still hasn't moved.",
    ),
    "vulnerable": (
        "I've been waiting for <need> since yesterday and <track> just says 'delayed'. I'm on my "
        "own and I'm really struggling. <handle> please, who can I talk to?",
        "<handle> it's <need> and it's now two days late. I'm disabled and can't go and "
        "collect it anywhere. Please, I need it today.",
        "My <item> with <need> has been stuck at your <city> <hub> for two days. I've got "
        "nobody else to ask <handle>. Please.",
    ),
    "vulnerable_ignored": (
        "Still nothing from <brand>. I can't go another day without it. Does anyone there "
        "care??",
        "Hours later and no reply. I've been on hold forever. <handle> please help me",
        "Still no answer <handle>. I've rung three times now. Please.",
    ),
    "vulnerable_escalated": (
        "Ok someone from the <specialist_name> team messaged me. Fingers crossed 🤞",
        "Thank you, someone from <brand> just got in touch about my <item>.",
        "Someone from <brand> finally called me back about it. Thank you.",
    ),
    "legal_threat": (
        "<handle> two missed <window>s, two unpaid days off work. I'm filing in small "
        "claims court and I've reported you to <consumer protection|trading standards>.",
        "You took my money and didn't deliver. That's breach of contract, <handle>, and my "
        "solicitor will be writing to you this week.",
        "<handle> my lawyer is drafting a claim for everything this delay has cost me. "
        "Expect a formal complaint to the regulator too.",
    ),
    "press": (
        "Reporter at <outlet>. <handle> how many <items> are stuck, and when will "
        "customers get them? DMs open.",
        "<outlet> here. We're hearing <items> are piling up at your <city> <hub>. <handle> "
        "what is the cause and when will it clear?",
        "<handle> I'm writing about the <brand> delays for <outlet>. Is it true <items> "
        "have been lost? Can someone call me today?",
    ),
    "influencer": (
        "had a whole unboxing planned for today and <brand> lost the lot 💀 hundreds of you "
        "asked where it went. <handle> where is it",
        "told my followers <brand> was the only <industry> worth using. a week late now and "
        "not a word. <handle> explain",
        "my giveaway prizes were all coming with <brand>. nothing. my followers think I made "
        "it up 🙃 <handle> sort this out",
    ),
    "misinformation": (
        "Friend who works for <brand> says the <city> <hub> burned down and every <item> "
        "inside is gone. Nobody's getting anything. Share this!!",
        "<brand> is going bust, that's why nothing is arriving. Cancel and get your money out "
        "NOW before they shut. Pass it on",
        "Heard <brand> staff are binning undelivered <items> to hit their targets. They won't "
        "tell you. Share before this gets deleted",
    ),
    "misinformation_ignored": (
        "<brand> still hasn't denied it. Says it all really.",
        "Notice how <handle> is answering everyone except this? They know.",
    ),
    "troll": (
        "imagine trusting <brand> with anything lol <?🤡>",
        "<brand> speedrunning 'lost in transit'. any% world record",
        "<brand> couldn't deliver a pizza to its own office. clowns",
    ),
    "fake_support": (
        "got a DM from <handle>_help saying my <item> is on hold and I have to pay a "
        "<currency>1.99 redelivery fee with my card. is that legit <handle>??",
        "someone called '<brand> Delivery Team' is replying to everyone with a 'rebook your "
        "delivery' link. <handle> is that you?",
        "<handle> text just came: 'Your <brand> <item> could not be delivered, pay "
        "<currency>2.99 to rebook' and a link. real or scam?",
    ),
    "fair_critic": (
        "Delays happen, I get it. But day after day of 'delayed' with no reason and no date "
        "isn't good enough. Tell us what you know, <brand>.",
        "I've used <brand> for years and I'm patient, but the silence is worse than the delay. "
        "<handle> just tell us when, or say you don't know yet.",
        "Three emails saying my <item> is 'on its way' for something that hasn't moved. Be "
        "straight with people, <brand>.",
    ),
    "specialist_case": (
        "<handle> I need a refund for <loss>. I've got the <ref> ready if someone can look.",
        "Paid extra for <fast> and it's now two days late. I'd like that money back. Who "
        "handles that <handle>?",
        "I've been charged for <loss>. I need this sorted today, <brand>.",
    ),
    "supporter": (
        "gotta say <brand> has answered everyone in my replies today, even the rude ones. "
        "hang in there <crew> <hashtag>",
        "every company has a bad week. <brand> has never let me down before, be patient "
        "people",
        "shout out to the <brand> <crew> still out at 9pm today. not their fault <hashtag>",
    ),
    "verified": (
        "Hearing from lots of people in <city> that their <items> from <brand> haven't arrived. "
        "<handle> please tell people what to do and when to expect them.",
        "My office has had dozens of calls from <city> residents whose <brand> <window>s were "
        "missed. <handle> what is the plan, and when?",
    ),
    "question": (
        "<handle> should I cancel and reorder or just wait? don't want to end up paying twice",
        "how do I find out if my <item> is one of the delayed ones? <handle>",
        "do I wait for my <item> or ask for a refund? which is quicker <handle>",
    ),
    # crowd
    "crowd_question": (
        "{brand_handle} is {product} affected too?",
        "how do I know if my <item> is one of the delayed ones? {brand_handle}",
        "{brand_handle} should I cancel or wait?",
        "where do I claim a refund? {brand_handle}",
        "is it just {city} or everywhere? {brand_handle}",
        "{brand_handle} will my <item> come before the weekend?",
        "does my <ref> still work on the tracking page? {brand_handle}",
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
        "{brand_handle} my <item> was due {due} and tracking hasn't moved since",
        "<window> missed AGAIN. {hours} hours waiting in. {brand_handle} what is going on",
        "{brand_handle} tracking says 'delayed' and that's it. no date, no reason, nothing",
        "took a day off work for my <item> and it never came. thanks {brand_handle}",
        "you had one job {brand_handle}. bring the <item>. that's it",
        "{brand_handle} my <item> has been 'at the {city} <hub>' for days. on holiday?",
        "paid for {product} and got nothing. {brand_handle} where is my <item>",
        "{brand_handle} {days} emails saying sorry for the delay. zero <items>.",
    ),
    "topic_lost": (
        "{brand_handle} my <item> has vanished from tracking completely. is it lost?",
        "tracking says delivered at {when} but there's nothing here. {brand_handle} where "
        "did it go",
        "{brand_handle} <item> {order} was for my mum's birthday on Saturday. will it come in "
        "time?",
        "is my <item> actually coming or should I give up on it? {brand_handle}",
        "{brand_handle} my <ref> {code} just says 'not found' now. worried",
        "ordered last week and the order page has gone blank. {brand_handle} is it still "
        "coming",
        "{first_name} next door got hers, mine still says 'delayed'. {brand_handle} why?",
        "{brand_handle} honestly scared my <item> is one of the ones that got lost",
    ),
    "topic_refund": (
        "{brand_handle} charged {amount} for {order}, never arrived. how do I get my money back?",
        "paid {amount} for {product} and my <item> still hasn't come. I want a refund "
        "{brand_handle}",
        "{brand_handle} you cancelled my <item> and kept the {amount}. order {order}",
        "refund for {order} still not showing after three days {brand_handle}",
        "{brand_handle} I was charged twice, {amount} each, for <item> {order}",
        "{brand_handle} the refund button on the order page just errors. {order}, {amount}",
        "{brand_handle} {amount} gone from my account and my <item> never came. sort it please",
    ),
    "topic_scam": (
        "got a text: 'your {brand} <item> is on hold, pay <currency>1.99 to redeliver' with a "
        "link. is this you {brand_handle}??",
        "{brand_handle} fake account in the replies telling people to 'rebook' with a link. "
        "report it",
        "someone rang claiming to be {brand} and wanted my card number to release my <item>. "
        "scam right??",
        "{brand_handle} paid a <currency>2.99 'redelivery fee' from a text and now my bank has "
        "flagged it. was that you?",
        "email from '{brand} Deliveries' says there's a fee to release my <item>. legit? "
        "{brand_handle}",
        "{brand_handle} a '{brand} agent' on WhatsApp wants my card details to rebook my "
        "<item>??",
        "text says my <item> {code} needs a new delivery date, link looks dodgy. "
        "{brand_handle} real?",
    ),
    "topic_waiting": (
        "cancelled everything with {brand} and went to {store} instead. done",
        "{brand_handle} not angry, just tired. tell us when, or tell us you don't know",
        "last time I order anything through {brand} with a deadline",
        "{brand_handle} a date would do. any date. 'delayed' isn't a date",
        "a whole week of 'we're sorry for the delay'. ok. but when?",
        "trying another <industry> after this. can't plan around {brand}",
        "{brand_handle} honest question: is it worth waiting or should I just get my money "
        "back",
        "moving my orders elsewhere till {brand} sorts itself out",
    ),
}

KIND = Kind(
    name="delivery",
    label="a delivery failure",
    rules=RULES,
    industries=INDUSTRIES,
    specialist="tier2",
    specialist_name="Orders & Refunds",
    specialist_takes="One person's order, refund, missing medication or time-critical item.",
    topics=(
        TopicSpec("late", "topic_late", severity=2, mood="angry", weight=3),
        TopicSpec("lost", "topic_lost", severity=2, mood="worried", weight=2),
        TopicSpec("waiting", "topic_waiting", severity=2, mood="calm", weight=2),
        TopicSpec("refund", "topic_refund", severity=3, route="tier2", mood="worried",
                  weight=2),
        TopicSpec("scam", "topic_scam", severity=4, route="security", mood="worried",
                  weight=1),
    ),
    channels=("x", "facebook", "instagram", "reviews"),
    slots={"code": ("{letter}{letter}{digit}{digit}{digit}{digit}{digit}{digit}{digit}",),
           "late": ("{8-10}pm",),
           "when": ("{1-9}:{1-5}{digit}pm", "{9-11}:{1-5}{digit}am"),
           "due": ("yesterday", "on Monday", "on Tuesday", "three days ago", "last week")},
    hashtag_word="Help",
    link_path="track",
)
