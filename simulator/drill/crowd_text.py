"""Text banks for the generated crowd: the words the angry (and the not-so-angry) public uses.

Kept apart from `simulator.drill.crowd` so writers can tune the voice of the crowd without
reading the generator. Lines may use the scenario's crowd slots (`{brand_handle}`, `{product}`,
`{order}`, `{city}`, `{store}`...) plus `{outlet}` and `{quote}` for media posts and `{reply}` for
pile-ons. The complaint wrappers are deliberately blunt: the crowd of a real crisis is not
polite, and a drill whose posts read like customer-survey comments trains nobody (the realism
benchmark checks this).
The generic lines (questions, praise, noise, trolls, threats) are brand-neutral: they name only
what every scenario has (brand, handle, products, cities, a reference number), never a store or a
meal, because the same banks serve a fried-chicken chain, a bank app and an airline.
"""

from __future__ import annotations

# Said before a complaint. Short, loud, negative (VADER reads most of these as clearly negative;
# a few neutral ones like "Unbelievable." stay because real people write them too).
OPENERS: tuple[str, ...] = (
    "Absolutely disgusting.",
    "Unbelievable.",
    "Are you kidding me?",
    "Worst company ever.",
    "I am furious.",
    "Horrible, horrible company.",
    "Awful, just awful.",
    "What the hell {brand_handle}?",
    "So angry right now.",
    "I'm livid.",
    "Shameful.",
    "Never been this angry at a brand.",
    "Pathetic.",
    "Furious doesn't even cover it.",
    "Terrible.",
    "Disgusting behaviour from {brand}.",
    "Worst experience of my life.",
    "I hate this company.",
    "Sick and tired of this.",
    "Absolutely awful.",
    "This is a disgrace.",
    "Honestly sickening. Disgusting.",
    "Seriously {brand_handle}?? Pathetic.",
    "Angry is an understatement.",
    "Hey {brand_handle}, explain this. Disgusting.",
    "Appalling. Truly appalling.",
    "Shocking and disgusting.",
    "Horrendous.",
    "Fuming.",
    "What a joke of a company.",
)

# Said after a complaint.
CLOSERS: tuple[str, ...] = (
    "Never again.",
    "Shame on you.",
    "Disgusting.",
    "Absolutely livid.",
    "Pathetic.",
    "Worst service I've ever had.",
    "Sort it out!!",
    "Terrible company.",
    "Disgrace.",
    "Nobody is answering. Useless.",
    "How is this acceptable? Disgusting.",
    "I want answers, not silence. Pathetic.",
    "Hope you lose every customer you have. Awful company.",
    "You should be ashamed.",
    "Sick of being ignored.",
    "Worst. Brand. Ever.",
    "Boycott them.",
    "Zero stars if I could. Horrible.",
    "Horrible.",
    "Absolute disgrace of a company.",
    "Angry doesn't cover it.",
    "Unacceptable.",
    "I hate this place now.",
    "Worst company in the country.",
    "Awful, awful, awful.",
    "Furious.",
    "So disappointed and angry.",
    "Done with you, terrible people.",
    "Fix this NOW, it's disgusting.",
    "Shocking. Just shocking.",
    "Never trusting you again, liars.",
    "Appalling customer care.",
    "What a disgrace.",
    "Ruined my whole day. Thanks for nothing.",
)

# Sarcastic frames around a complaint: `{text}` is the complaint itself. VADER takes sarcasm at
# face value, so each frame also says plainly what the author thinks.
SARCASM: tuple[str, ...] = (
    "Great job {brand_handle} 👏 really great. {text} Pathetic.",
    "{text} Thanks for nothing, {brand_handle}. Useless.",
    "Oh wonderful. {text} Love that for me. Disgusting.",
    "{text} But sure, 'customers come first' 🙄 What a joke.",
    "Wow, what amazing service. {text} Absolutely awful.",
    "{text} Another flawless day at {brand} I see. Shameful.",
    "Love how {brand_handle} posts ads all day but can't answer this. {text} Pathetic.",
    "{text} Ten out of ten, would be ignored again. Terrible.",
)

EMOJI_ANGRY: tuple[str, ...] = ("😡", "🤬", "🤮", "👎", "😤", "💀", "🙄", "😠", "🤢", "😒")

HASHTAG_ANGRY: tuple[str, ...] = ("#boycott", "#neveragain", "#shameful", "#disgusting", "#scam")

# When a customer is ignored they come back, angrier. `{text}` is a short quote of their first post.
AGAIN: tuple[str, ...] = (
    "{brand_handle} STILL no reply?? I posted this ages ago. Disgusting.",
    "Hello?? {brand_handle} you've read it and ignored it. Pathetic.",
    "Day of silence from {brand_handle}. So you just ignore customers now? Shameful.",
    "{brand_handle} answer me!!! \"{text}\" Disgusting.",
    "Nobody at {brand} can be bothered to reply. Pathetic. Everyone, RT this.",
    "Still waiting {brand_handle}. Your silence says everything. Disgusting company.",
    "I'll keep posting until someone at {brand_handle} answers. \"{text}\" Awful company.",
    "Ignored AGAIN by {brand_handle}. Worst company I have ever dealt with 😡",
    "So {brand_handle} replies to ads but not to this? \"{text}\" Shameful.",
    "Not one word from {brand_handle}. I'm furious.",
)

# The crowd asks for news once the last official statement is stale (or the holding message is
# overdue). Not furious yet: people who read the last update and want the next one.
STALE: tuple[str, ...] = (
    "Any update {brand_handle}? Last thing on {hashtag} was ages ago.",
    "{brand_handle} is there any news? Still nothing new on {hashtag}.",
    "Hello {brand_handle}, any update at all? People are still waiting.",
    "Is {brand} going to say anything else today? {hashtag} has gone quiet.",
    "Still waiting for the next update from {brand_handle}. When is it coming?",
    "Any news on this {brand_handle}? Refreshing {hashtag} every five minutes here.",
    "What's the latest {brand_handle}? Nothing new since the last post.",
)

# Silence past the scenario's `silence_after`: the crowd calls it out, and it spreads.
SILENCE: tuple[str, ...] = (
    "Hours of silence from {brand_handle}. Not one word while everyone is talking about this.",
    "Why is {brand} saying NOTHING? Everyone else is talking about it except them.",
    "The silence from {brand_handle} is deafening. What are they hiding?",
    "Still no statement from {brand}. That tells you everything. #shameful",
    "{brand_handle} has gone completely silent. Customers deserve answers, not silence.",
    "Not a single word from {brand_handle} about this. Absolutely shameful.",
    "How is there STILL no statement from {brand}?? Everyone RT until they answer.",
)

# A customer who read a good, fresh statement: still wants something, but calmer.
AFTER_UPDATE: tuple[str, ...] = (
    "Saw the update on {hashtag}, thanks {brand_handle}. Will my order {order} be sorted too?",
    "Read {brand_handle}'s update. OK, but how long until it's fixed for me?",
    "Thanks for the update {brand_handle}. Can you check my case too? Ref {order}.",
    "Just read the statement. Fine, but what do I do about my order {order}?",
    "OK {brand_handle}, the update helps. When's the next one?",
)

# Strangers piling on a poor reply (screenshots of bad replies spread). `{reply}` quotes it.
PILE_ON: tuple[str, ...] = (
    "Wow. {brand_handle} really replied \"{reply}\" to a customer. Disgusting. Screenshot taken 📸",
    "Did {brand_handle} seriously just say \"{reply}\"?? Disgusting way to treat people.",
    "\"{reply}\" — this is how {brand} talks to customers. Shameful. Never buying from them again.",
    "Screenshotting this before they delete it: \"{reply}\" Appalling 😡",
    "Imagine being this rude to a customer. \"{reply}\" Shame on you {brand_handle}.",
    "The arrogance of \"{reply}\" from {brand_handle}. Unreal. Horrible. #boycott",
    "Everyone look at how {brand_handle} answers complaints: \"{reply}\" Appalling.",
    "\"{reply}\"?? Worst social media team ever. {brand_handle} should be ashamed.",
)

# The customer thanks a good reply.
THANKS: tuple[str, ...] = (
    "Thanks {brand_handle}, appreciate the quick reply. Sent you a DM.",
    "OK, thank you for actually answering. Waiting for the update.",
    "Appreciate it {brand_handle}. That's all I wanted to hear.",
    "Thanks, that helps. DM sent.",
    "Fair enough, thanks for getting back to me so fast 🙏",
)

# A customer whose post was hidden notices.
CENSORED: tuple[str, ...] = (
    "{brand_handle} just HID my post instead of answering it. Censorship. Screenshot below 📸",
    "So {brand_handle} deletes complaints now? I still have the screenshot. Disgusting.",
    "My post about {brand} disappeared. Funny that. Reposting: \"{text}\"",
)

QUESTIONS: tuple[str, ...] = (
    "Is it safe to keep using {product} right now? Can't find a straight answer anywhere.",
    "{brand_handle} do I need to do anything on my side? Ref {order}.",
    "Searched for {minutes} minutes: where is the official info on what's going on with "
    "{brand}?",
    "{brand_handle} how long until this is sorted? Any ETA? It's been {hours} hours.",
    "Will I get my money back if I cancel? Ref {order}.",
    "Can someone from {brand} confirm whether {product} is affected?",
    "What should customers in {city} actually do right now?",
    "Anyone know if {brand} has said anything official yet?",
    "Is there a number I can call? Been trying for {minutes} minutes.",
    "Does this affect anything from before {hours}pm yesterday? Ref {order}.",
    "Is this just {city} or everywhere?",
    "Where do I report a problem? Ref {order}.",
    "It's been {hours} hours. Is {brand} going to post an update today or what?",
    "Has anyone in {city} actually had a reply from {brand} about this?",
    "How do I know if I'm one of the people affected? I'm in {city}.",
    "Should I hold off on {product} until this is sorted?",
    "{brand_handle} is there a status page or somewhere I can check? Nothing on the site for "
    "{hours} hours.",
    "{first_name} at work says {brand} has a problem. Is that true?",
    "Will there be any compensation for this? Ref {order}.",
    "Who do I contact in {city} about this?",
    "Do I need to change anything about {product} on my account? Ref {order}.",
)

QUESTION_LEADS: tuple[str, ...] = (
    "Genuine question:", "Quick one:", "Ok so", "Hi {brand_handle},", "{brand_handle}",
    "Sorry if this was asked already:", "Help please:", "Honest question:", "Hello?",
    "{brand_handle} hi,", "Asking for my family:", "Not trying to be rude but",
)
QUESTION_TAILS: tuple[str, ...] = (
    "Thanks.", "Thx", "Anyone?", "Please answer.", "🙏", "🤔", "Worried.", "Kids keep asking.",
    "Need to know today.", "Can't find it on the site.", "{brand_handle}", "Please reply 🙏",
    "Thanks in advance.", "😬", "Really confused.",
)

PRAISE: tuple[str, ...] = (
    "Honestly {brand_handle} has always been good to me. Give them a chance to fix it.",
    "Still love {brand}. {days} years and one bad day, let's see how they handle it.",
    "{brand_handle} replied to me within {minutes} minutes last time, credit where due.",
    "{first_name} from the {brand} team sorted my problem in {minutes} minutes. Legend.",
    "Been with {brand} for {days} years, not leaving over one bad day",
    "People piling on {brand} today are wild. The {city} team is great.",
    "The {city} team at {brand} don't deserve the abuse they're getting today. Be kind.",
    "Got {amount} back from {brand} in {days} days last year, no fuss. Thanks {brand_handle}",
    "No problems with {product} on my end, for what it's worth",
    "Whoever runs {brand_handle} today is doing their best, be patient",
    "{brand} helped me out of a real mess in {city} once. Giving them the benefit of the doubt.",
    "Not everything is a scandal. {product} has been fine for me for {days} months.",
)
PRAISE_LEADS: tuple[str, ...] = (
    "Honestly,", "Unpopular opinion:", "For the record,", "Just saying,", "Fwiw", "Ok but",
)
PRAISE_TAILS: tuple[str, ...] = (
    "💛", "👍", "🙌", "❤️", "!", "Just saying.", "#support{brand_ascii}", "😊", "Be nice people.",
    "👏👏", "Thank you!",
)

NOISE: tuple[str, ...] = (
    "anyone watching the game tonight?",
    "{city} traffic is a nightmare again",
    "Monday mood",
    "need a holiday so badly",
    "why is it raining in {city} AGAIN",
    "just finished a {hours} hour shift, wake me up next week",
    "my cat just knocked my coffee over",
    "does anyone actually read the terms and conditions",
    "{first_name} has been on hold with the council for {minutes} minutes",
    "{city} in {days} days, who's around?",
    "new phone who dis",
    "{first_name} owes me {amount} and pretends to forget",
    "trending topics today are wild",
    "can't believe it's only Tuesday",
    "playlist recommendations please",
    "the queue at the {city} post office is {minutes} minutes long, send help",
    "best pizza in {city}? go",
    "{first_name} just told me the ending of the show I was watching",
    "gym at {hours}am, who am I",
    "{days} days until my holiday",
    "who else is stuck on the train outside {city}",
    "my landlord wants {amount} for a new key. a KEY",
    "thinking about adopting a dog, convince me",
    "the wifi at the {city} library is faster than mine at home",
    "bought a plant, named it {first_name}",
    "{city} people, is the bridge still closed?",
    "spent {amount} on coffee this week, help",
)
NOISE_LEADS: tuple[str, ...] = (
    "ok but", "honestly", "ngl", "PSA:", "{city} update:", "reminder that", "not me thinking",
    "lol", "me today:", "ugh,",
)
NOISE_TAILS: tuple[str, ...] = (
    "lol", "😂", "🙃", "☕", "😴", "ugh", "smh", "🤷", "💀", "tbh", "fr", "🎧", "😭", "!!", "...",
)

TROLL: tuple[str, ...] = (
    "{brand_handle} ratio + L + nobody cares",
    "lol imagine still using {brand}",
    "this account is run by bots, {first_name} confirmed it",
    "{brand} stock going to zero",
    "first",
    "{brand_handle} hire me, I'd do your PR for {amount}",
    "bet the {brand} intern has cried {hours} times today",
    "all of this is fake, wake up people",
    "{brand_handle} delete your account",
    "{brand} fans in shambles",
    "who even uses {product} in {city} anymore",
    "{brand_handle} say something funny, we're waiting",
    "the {brand} social team is definitely reading this, hi {first_name}",
    "{first_name} from {city} is behind all of this trust me",
    "{brand} trending for all the wrong reasons again",
    "{brand} stock down {days}% by friday, calling it",
    "{brand_handle} give everyone {amount} and we'll forget about it",
    "day {days} of asking {brand_handle} to follow me back",
)
TROLL_LEADS: tuple[str, ...] = (
    "lmao", "{brand_handle}", "BREAKING:", "ngl", "wait", "imagine", "daily reminder:", "PSA:",
    "ok so", "lol",
)
TROLL_TAILS: tuple[str, ...] = (
    "lmao", "💀", "🤡", "L", "ratio", "cope", "😂", "📉", "🍿", "lol", "😭😭", "no cap", "",
)

# Threats: legal (to the legal team) and safety (to whoever handles threats to people).
THREATS_LEGAL: tuple[str, ...] = (
    "My lawyer will be hearing about this {brand_handle}. Ref {order}. See you in court.",
    "I'm suing {brand}. Already spoke to a solicitor about what happened to me.",
    "Class action incoming. If you were affected by {brand} in {city}, message me. {brand_handle}",
    "{brand_handle} expect a letter from my attorney this week. Disgusting negligence.",
    "I'm reporting {brand} to the regulator and taking legal action. Ref {order}.",
)
THREATS_SAFETY: tuple[str, ...] = (
    "Someone should go down to the {brand} office in {city} and teach them a lesson.",
    "I know where the {city} staff park their cars. Just saying {brand_handle}.",
    "If I see a {brand} manager today I won't be responsible for what I do.",
    "{brand_handle} people like you deserve what's coming. Watch your {city} staff.",
)

# Journalists, influencers and verified accounts: these must go to PR.
MEDIA_JOURNALIST: tuple[str, ...] = (
    "I'm a reporter at {outlet} looking into reports like this: \"{quote}\" {brand_handle} can "
    "you comment? DMs open.",
    "{outlet} here. We're hearing from customers about {brand}. Is there a statement? "
    "{brand_handle}",
    "Working on a story for {outlet} about {brand} today. Have you been affected? Reply or DM. "
    "{brand_handle} we've emailed your press office.",
)
MEDIA_INFLUENCER: tuple[str, ...] = (
    "📢 my followers keep sending me this. {brand_handle} what is going on?? \"{quote}\"",
    "Okay I need to talk about {brand}. \"{quote}\" This is NOT okay. Thread 🧵",
    "Not me defending {brand} all these years and then this. \"{quote}\" Unfollowing.",
)
MEDIA_VERIFIED: tuple[str, ...] = (
    "Deeply concerned by what customers in {city} are reporting about {brand}: \"{quote}\" "
    "{brand_handle} the public deserves answers.",
    "{brand_handle} many of your customers are reaching out to us about this: \"{quote}\" "
    "Please make a statement.",
    "Hearing from people in {city} that \"{quote}\" {brand_handle} is this true?",
)
THREAT_LEADS: tuple[str, ...] = (
    "Final warning {brand_handle}.", "Enough.", "Listen carefully.", "I'm done being nice.",
    "Read this {brand_handle}.", "Right.",
)
THREAT_TAILS: tuple[str, ...] = (
    "Last warning.", "Mark my words.", "😡", "🤬", "You've been warned.", "Watch.",
    "I'm serious.", "Not joking.", "Screenshot this.", "{brand_handle}", "Disgusting.",
)

OUTLET_FORMS: tuple[str, ...] = (
    "the {city} Herald",
    "{city} Daily",
    "The {city} Post",
    "{city} Evening News",
    "Channel {n} News {city}",
    "the {city} Courier",
)

STORE_FORMS: tuple[str, ...] = (
    "{city}",
    "{city} High Street",
    "{city} Central",
    "{city} Station",
    "{city} Mall",
    "{city} Airport",
    "{city} Retail Park",
)
