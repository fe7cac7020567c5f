"""Text banks for the generated crowd: the words the angry (and the not-so-angry) public uses.

Kept apart from `simulator.crowd.generator` so writers can tune the voice of the crowd without
reading the generator. Lines may use the scenario's crowd slots (`{brand_handle}`, `{product}`,
`{order}`, `{city}`, `{store}`...) plus `{outlet}` and `{quote}` for media posts, `{text}` for a
customer quoting their own post and `{reply}` for pile-ons. The complaint wrappers are
deliberately blunt: the crowd of a real crisis is not polite, and a drill whose posts read like
customer-survey comments trains nobody (the realism benchmark checks this). Worried, calm and
furious wrappers are in `crowd_moods`.

The generic lines (questions, praise, noise, trolls, threats, press) are brand- and topic-neutral:
they name only what every scenario has (brand, handle, products, cities, a reference number),
never a store, a meal, a flight or a data leak, because the same banks serve a fried-chicken
chain, a bank app and an airline. A scenario that wants its crowd to talk about its own crisis
writes `crowd.patterns` (same names as the banks below, in lower case), which replace these.

Written in American English; `crowd_locale` turns them British for a British-English crowd, so
keep the words it knows (attorney, mom, vacation...) and avoid ones it cannot translate safely
("line" for a queue). Each strong word appears in few lines on purpose: one insult in every other
post reads as a machine (the realism benchmark measures the most frequent word's share).
"""

from __future__ import annotations

# Said before a complaint. Short, loud, negative (VADER reads most of these as clearly negative;
# a few neutral ones like "Unbelievable." stay because real people write them too).
OPENERS: tuple[str, ...] = (
    "Unbelievable.",
    "Are you kidding me?",
    "Worst company ever.",
    "I am furious.",
    "Horrible, horrible people.",
    "Awful, just awful.",
    "What the hell {brand_handle}?",
    "So angry right now.",
    "I'm livid.",
    "Shameful.",
    "Never been this angry at a brand.",
    "Pathetic.",
    "Furious doesn't even cover it.",
    "Terrible.",
    "Disgusting behavior from {brand}.",
    "Worst experience of my life.",
    "I hate this brand now.",
    "Sick and tired of this.",
    "This is a disgrace.",
    "Seriously {brand_handle}?? Ridiculous.",
    "Hey {brand_handle}, explain this. Outrageous.",
    "Appalling. Truly appalling.",
    "Shocking.",
    "Horrendous.",
    "Fuming.",
    "Absolutely useless.",
    "Incompetent from top to bottom.",
    "Total chaos, as usual.",
    "I'm raging.",
    "Lousy, lousy service.",
    "Embarrassing, {brand}.",
    "Scandalous.",
    "This is insane.",
    "Infuriating.",
    "Clueless, the lot of you.",
    "Vile way to treat people.",
    "So frustrated with {brand}.",
    "Dreadful.",
    "Enough is enough.",
    "Beyond a joke.",
)

# Said after a complaint.
CLOSERS: tuple[str, ...] = (
    "Never again.",
    "Shame on you.",
    "Disgusting.",
    "Absolutely livid.",
    "Worst service I've ever had.",
    "Sort it out!!",
    "Disgrace.",
    "Nobody is answering. Useless.",
    "How is this acceptable?",
    "I want answers, not excuses.",
    "Hope you lose every customer you have.",
    "You should be ashamed.",
    "Sick of being ignored.",
    "Worst. Brand. Ever.",
    "Boycott them.",
    "Zero stars if I could.",
    "Horrible.",
    "Unacceptable.",
    "I hate this place now.",
    "Worst in the country.",
    "Awful, awful, awful.",
    "Furious.",
    "So disappointed and angry.",
    "Done with you.",
    "Fix this NOW.",
    "Shocking. Just shocking.",
    "Never trusting you again, liars.",
    "Appalling customer care.",
    "Ruined my whole day. Thanks for nothing.",
    "Cancel my account.",
    "Incompetence, pure and simple.",
    "Ridiculous.",
    "What a mess.",
    "Pathetic, honestly.",
    "Frustrating beyond words.",
    "Absolutely dreadful.",
    "Contempt for customers, that's what this is.",
    "Lousy.",
    "Insulting.",
    "Clowns.",
    "Woeful.",
    "Terrible, terrible service.",
    "Hopeless.",
    "Outrageous.",
)

# Sarcastic frames around a complaint: `{text}` is the complaint itself. VADER takes sarcasm at
# face value, so each frame also says plainly what the author thinks.
SARCASM: tuple[str, ...] = (
    "Great job {brand_handle} 👏 really great. {text} Pathetic.",
    "{text} Thanks for nothing, {brand_handle}. Useless.",
    "Oh wonderful. {text} Love that for me. Awful.",
    "{text} But sure, 'customers come first' 🙄 What a joke.",
    "Wow, what amazing service. {text} Absolutely terrible.",
    "{text} Another flawless day at {brand} I see. Shameful.",
    "Love how {brand_handle} posts ads all day but can't answer this. {text} Ridiculous.",
    "{text} Ten out of ten, would be ignored again. Lousy.",
)

EMOJI_ANGRY: tuple[str, ...] = ("😡", "🤬", "🤮", "👎", "😤", "💀", "🙄", "😠", "🤢", "😒")

HASHTAG_ANGRY: tuple[str, ...] = ("#boycott", "#neveragain", "#shameful", "#fail", "#scam",
                                  "#doBetter")

# When a customer is ignored they come back, angrier. `{text}` is a short quote of their first post.
AGAIN: tuple[str, ...] = (
    "{brand_handle} STILL no reply?? I posted this ages ago. Disgusting.",
    "Hello?? {brand_handle} you've read it and ignored it. Pathetic.",
    "A whole day and nothing from {brand_handle}. So you just ignore customers now? Shameful.",
    "{brand_handle} answer me!!! \"{text}\"",
    "Nobody at {brand} can be bothered to reply. Useless. Everyone, RT this.",
    "Still waiting {brand_handle}. That says everything.",
    "I'll keep posting until someone at {brand_handle} answers. \"{text}\" Awful.",
    "Ignored AGAIN by {brand_handle}. Worst company I have ever dealt with 😡",
    "So {brand_handle} replies to ads but not to this? \"{text}\" Insulting.",
    "Not one word from {brand_handle}. I'm furious.",
    "Asked {brand_handle} a simple question and got nothing back. Ridiculous.",
    "Posting this again since {brand} clearly can't read: \"{text}\"",
)

# The crowd asks for news once the last official statement is stale (or the holding message is
# overdue). Not furious yet: people who read the last update and want the next one.
STALE: tuple[str, ...] = (
    "Any update {brand_handle}? Last thing on {hashtag} was ages ago.",
    "{brand_handle} is there any news? Still nothing new on {hashtag}.",
    "Hello {brand_handle}, anything at all? People are still waiting.",
    "Is {brand} going to say anything else today? {hashtag} has gone quiet.",
    "Still waiting to hear more from {brand_handle}. When is the next post coming?",
    "Any news on this {brand_handle}? Refreshing {hashtag} every five minutes here.",
    "What's the latest {brand_handle}? Nothing since the last post.",
    "{brand_handle} you said you'd keep us posted. It's been a while.",
    "Has {brand} posted anything since the first statement? Can't find it.",
)

# Silence past the scenario's `silence_after`: the crowd calls it out, and it spreads.
SILENCE: tuple[str, ...] = (
    "Hours now and not one word from {brand_handle} while everyone is talking about this.",
    "Why is {brand} saying NOTHING? Everyone else is talking about it except them.",
    "The silence from {brand_handle} is deafening. What are they hiding?",
    "Still no statement from {brand}. That tells you everything. #shameful",
    "{brand_handle} has gone completely quiet. Customers deserve answers.",
    "Not a single word from {brand_handle} about this. Absolutely shameful.",
    "How is there STILL no statement from {brand}?? Everyone RT until they answer.",
    "{brand} posted a promo this morning and nothing about this since. Unreal.",
)

# A customer who read a good, fresh statement: still wants something, but calmer.
AFTER_UPDATE: tuple[str, ...] = (
    "Saw the post on {hashtag}, thanks {brand_handle}. Will mine be sorted too? Ref {order}.",
    "Read {brand_handle}'s statement. OK, but how long until it's fixed for me?",
    "Thanks for explaining {brand_handle}. Can you check my case too? Ref {order}.",
    "Just read the statement. Fine, but what do I do in the meantime?",
    "OK {brand_handle}, that helps. When will we hear more?",
    "Noted {brand_handle}. Still hoping someone looks at my case today. Ref {order}.",
    "Good to finally hear something from {brand}. What happens next for people like me?",
    "That's clearer, thanks. Is there anything I should do on my side, {brand_handle}?",
)

# Strangers piling on a poor reply (screenshots of bad replies spread). `{reply}` quotes it.
PILE_ON: tuple[str, ...] = (
    "Wow. {brand_handle} really replied \"{reply}\" to a customer. Disgusting. Screenshot taken 📸",
    "Did {brand_handle} seriously just say \"{reply}\"?? Horrible way to treat people.",
    "\"{reply}\" — this is how {brand} talks to customers. Shameful. Never buying from them again.",
    "Screenshotting this before they delete it: \"{reply}\" Appalling 😡",
    "Imagine being this rude to a customer. \"{reply}\" Shame on you {brand_handle}.",
    "The arrogance of \"{reply}\" from {brand_handle}. Unreal. #boycott",
    "Everyone look at how {brand_handle} answers complaints: \"{reply}\" Insulting.",
    "\"{reply}\"?? Worst social media team ever. {brand_handle} should be embarrassed.",
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
    "So {brand_handle} deletes complaints now? I still have the screenshot. Cowardly.",
    "My post about {brand} disappeared. Funny that. Reposting: \"{text}\"",
)

QUESTIONS: tuple[str, ...] = (
    "{brand_handle} do I need to do anything on my side? Ref {order}.",
    "Searched for {minutes} minutes: where is the official info on what's going on with "
    "{brand}?",
    "{brand_handle} how long until this is sorted? Any ETA? It's been {hours} hours.",
    "Will I get my money back if I cancel? Ref {order}.",
    "Can someone from {brand} confirm whether {product} is affected?",
    "What should customers in {city} actually do right now?",
    "Anyone know if {brand} has said anything official yet?",
    "Is there a number I can call? Been trying for {minutes} minutes.",
    "Is this just {city} or everywhere?",
    "Where do I report a problem? Ref {order}.",
    "It's been {hours} hours. Is {brand} going to post an update today or what?",
    "Has anyone in {city} actually had a reply from {brand} about this?",
    "How do I find out whether this affects me? I'm in {city}.",
    "Should I hold off on {product} until this is sorted?",
    "{brand_handle} is there a status page or somewhere I can check? Nothing on the site for "
    "{hours} hours.",
    "{first_name} at work says {brand} has a problem. Is that true?",
    "Will there be any compensation for this? Ref {order}.",
    "Who do I contact in {city} about this?",
    "Is {brand} going to email customers about this or do we keep checking here?",
    "Where's the best place to follow updates, {brand_handle}?",
    "Has {brand} actually said what happened yet? Can't find a straight answer.",
    "Does anyone have a link to the official statement from {brand}?",
    "{brand_handle} will you contact the people affected, or do we contact you? Ref {order}.",
    "Is it worth waiting it out or should I just cancel {product}?",
)

QUESTION_LEADS: tuple[str, ...] = (
    "Genuine question:", "Quick one:", "Ok so", "Hi {brand_handle},", "{brand_handle}",
    "Sorry if this was asked already:", "Help please:", "Honest question:", "Hello?",
    "{brand_handle} hi,", "Asking for my family:", "Not trying to be rude but",
)
QUESTION_TAILS: tuple[str, ...] = (
    "Thanks.", "Thx", "Anyone?", "Please answer.", "🙏", "🤔", "Need to know today.",
    "Can't find it on the site.", "{brand_handle}", "Please reply 🙏", "Thanks in advance.", "😬",
    "Really confused.",
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
    "need a vacation so badly",
    "why is it raining in {city} AGAIN",
    "just finished a {hours} hour shift, wake me up next week",
    "my cat just knocked my coffee over",
    "does anyone actually read the terms and conditions",
    "{first_name} has been on hold with the DMV for {minutes} minutes",
    "{city} in {days} days, who's around?",
    "new phone who dis",
    "{first_name} owes me {amount} and pretends to forget",
    "trending topics today are wild",
    "can't believe it's only Tuesday",
    "playlist recommendations please",
    "the wait at the {city} post office is {minutes} minutes, send help",
    "best pizza in {city}? go",
    "{first_name} just told me the ending of the show I was watching",
    "gym at {hours}am, who am I",
    "{days} days until my vacation",
    "who else is stuck on the train outside {city}",
    "my landlord wants {amount} for a new key. a KEY",
    "thinking about adopting a dog, convince me",
    "the wifi at the {city} library is faster than mine at home",
    "bought a plant, named it {first_name}",
    "{city} people, is the bridge still closed?",
    "spent {amount} on coffee this week, help",
    "my mom just discovered voice notes. send help",
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
    "I'm suing {brand}. Already spoke to an attorney about what happened to me.",
    "Class action incoming. If you were affected by {brand} in {city}, message me. {brand_handle}",
    "{brand_handle} expect a letter from my attorney this week. This is negligence.",
    "I'm reporting {brand} to the regulator and taking legal action. Ref {order}.",
    "Sent everything to my attorney tonight, {brand_handle}. Keep your records. Ref {order}.",
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
    "I'm serious.", "Not joking.", "Screenshot this.", "{brand_handle}",
)

OUTLET_FORMS: tuple[str, ...] = (
    "the {city} Herald",
    "{city} Daily",
    "The {city} Post",
    "{city} Evening News",
    "Channel {n} News {city}",
    "the {city} Courier",
)

# Store and location names built from a city; `crowd_locale` makes "Main Street" a High Street.
STORE_FORMS: tuple[str, ...] = (
    "{city}",
    "{city} Main Street",
    "{city} Central",
    "{city} Station",
    "the {city} mall",
    "{city} Airport",
    "{city} Plaza",
)
