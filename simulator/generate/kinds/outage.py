"""A service outage: the app, the network or the service people rely on stops working.

What makes it an outage and not any crisis: the failure is visible to everyone at once, the
cause and the time of the fix are not known for a while, the one-person cases are about money
or access that cannot wait (a rent payment, a shop that cannot take cards), and scammers move
in while people are locked out.
"""

from __future__ import annotations

from simulator.generate.kind import Industry, Kind, TopicSpec

INDUSTRIES = (
    Industry(
        "payments app",
        "<<last_name>|Nimbus|Lumen|Pocket|Harbor|Kite> <Pay|Money|Bank>",
        ("the app", "instant transfer", "the debit card", "direct deposit", "bill pay",
         "savings pots", "tap to pay", "the card reader"),
        {"service": ("the app and card payments", "the app, cards and transfers"),
         "thing": ("card", "transfer", "payment"),
         "safe_thing": ("Money in your account is safe",
                        "Your money is safe and no balances have changed"),
         "need": ("my rent payment", "the mortgage payment", "the daycare payment",
                  "the electric bill"),
         "loss": ("a missing balance", "a payment that bounced", "a double charge"),
         "people": ("customers",)},
    ),
    Industry(
        "mobile network",
        "<<last_name>|Nova|Pulse|Orbit|Beacon|Tandem> <Mobile|Telecom|Wireless>",
        ("mobile data", "calls", "texts", "home broadband", "the eSIM", "the account app"),
        {"service": ("calls, texts and mobile data", "mobile data and calls"),
         "thing": ("call", "signal", "connection"),
         "safe_thing": ("Emergency calls still connect over any available network",
                        "Emergency numbers still work from any phone"),
         "need": ("my mum's care calls", "a hospital appointment", "my job interview call",
                  "my night shift"),
         "loss": ("a day without signal", "a bill for data that never worked"),
         "people": ("customers",)},
    ),
    Industry(
        "streaming service",
        "<<last_name>|Vela|Marquee|Reel|Flicker|Ember>< TV|+| Play>",
        ("the app", "live sport", "the kids profile", "downloads", "the smart TV app",
         "the annual plan"),
        {"service": ("streaming and sign-in", "the app and live streams"),
         "thing": ("stream", "login", "live match"),
         "safe_thing": ("Accounts and payment details are not affected",
                        "No account data has been affected"),
         "need": ("the final tonight", "my son's sleep routine", "a watch party I hosted"),
         "loss": ("a month I paid for", "the match I paid extra for"),
         "people": ("subscribers", "members")},
    ),
)

RULES: dict[str, tuple[str, ...]] = {
    "crisis_short": ("today's outage", "the outage this morning", "the <brand> outage"),
    "title": ("<brand>: the day everything went down", "<brand>: <service> down",
              "<brand> goes dark on a <busy|Monday|launch> morning"),
    "briefing": (
        "It is a <busy|normal|launch> morning at <brand> and <service> <have stopped "
        "working|are down> for many <people> since <start_time>. Nobody knows the cause yet "
        "or when it will be fixed, and people who depend on it are getting <frantic|angry>. "
        "You run the care desk.",
        "Since <start_time> <service> at <brand> <have been failing|are down> across the "
        "country. Engineers are on it, but the cause and the fix time are unknown, and "
        "scammers are already posing as support. You run the care desk.",
    ),
    # facts: known, unknown, and what to do
    "fact_what": (
        "Since <start_time> many <people> cannot use <service>; we are sorry for the "
        "disruption.",
        "Since <start_time> <service> <have been|are> failing for many of our <people>.",
    ),
    "fact_scope": (
        "<People|Customers> across the country are affected, on every device; it is not a "
        "problem with anyone's phone or account.",
        "The problem is on our side and affects <people> everywhere; there is nothing wrong "
        "with anyone's own device or account.",
    ),
    "fact_safe": ("<safe_thing>.", "<safe_thing>; we have found no sign of a security breach."),
    "fact_unknown": (
        "We do not yet know the cause, or when full service will be back.",
        "The cause is still being investigated, and we cannot yet say when it will be fixed.",
    ),
    "fact_doing": (
        "Our engineers are working on it now and are restoring service in stages.",
        "Engineers are working on a fix right now; we will update as service comes back.",
    ),
    "fact_advice": (
        "Please don't reinstall or reset anything: it will not help. Check <link> for live "
        "status.",
        "There is no need to restart or reinstall anything; live status is on <link>.",
    ),
    "update_cause": (
        "The cause was a failed update to our <systems|servers|core network> at <start_time>; "
        "it has been rolled back.",
        "Engineers traced the outage to an overloaded <system|data centre> and have moved "
        "traffic away from it.",
    ),
    "update_fix": (
        "Service is coming back in stages; most <people> should be back within the hour.",
        "<service> are working again for most <people>; the rest should follow shortly.",
    ),
    # templates
    "tpl_holding": (
        "Hi {name}, sorry, we know <service> aren't working right now and our engineers are "
        "on it. <safe_thing>. Live progress: {info_link} {hashtag} – {agent}",
        "Hi {name}, I'm sorry, there is a problem with <service> on our side and engineers are "
        "working on it now. Updates as they come: {info_link} and {hashtag}. – {agent}",
    ),
    "tpl_specialist": (
        "I'm really sorry, {name}. {detail} I've asked our <specialist_name> team to look at "
        "your account today; please DM us the details (never a password or PIN). Live status: "
        "{info_link} – {agent}",
        "{name}, I'm so sorry about {detail}. Our <specialist_name> team will look at your "
        "case personally; please DM us what happened and when. Live status: {info_link} "
        "– {agent}",
    ),
    "tpl_facts": (
        "Hi {name}, I understand why that's worrying. What we know right now: {detail}. <safe_"
        "thing>. Every confirmed update is on {info_link} and {hashtag}. – {agent}",
        "Hi {name}, thanks for asking before sharing. The facts: {detail}. We don't know the "
        "cause yet and won't guess; confirmed updates go to {info_link}. – {agent}",
    ),
    "tpl_dm": (
        "I'm sorry, {name}. {detail} Please DM us so we can look at your account. – {agent}",
        "{name}, I'm sorry about {detail}. Could you DM us the details so we can help you "
        "personally? – {agent}",
    ),
    # the storyline
    "first_report": (
        "<handle> <the app|everything> just says 'something went wrong' every time I try. "
        "<?anyone else?>",
        "is <brand> down?? <service> not working since <start_time> <handle>",
        "<handle> nothing works. <service>, nothing. <what's going on|hello??>",
    ),
    "first_report_ignored": (
        "still broken and not a single word from <handle>. is anyone even working today??",
        "<an hour|ages> later and <handle> hasn't said a thing. great.",
    ),
    "vulnerable": (
        "I need <need> to go through today and <service> are down. I'm on my own with "
        "two kids and I'm panicking. <handle> please, who do I talk to?",
        "My <thing> failed three times this morning and now I see three pending charges. "
        "<need> is due today. I can't afford this <handle>",
    ),
    "vulnerable_ignored": (
        "Still nothing from <brand>. <need> is due TODAY. Does anyone there care??",
        "Hours later and no reply. I've been on hold forever. <handle> please help me",
    ),
    "vulnerable_escalated": (
        "Ok someone from the <specialist_name> team messaged me. Fingers crossed 🤞",
        "Thank you, someone from <brand> just got in touch about my case.",
    ),
    "legal_threat": (
        "Filing a complaint with the regulator today and my lawyer is drafting a letter. "
        "Missed <need> because of your outage <handle>",
        "<handle> my solicitor will be in touch about the losses from today. Expect a formal "
        "complaint.",
    ),
    "press": (
        "Reporter at <outlet>. <handle> can you confirm how many <people> are affected by "
        "today's outage and whether any data was exposed? DMs open.",
        "<outlet> here. We're hearing <service> are down across <city>. <handle> what is the "
        "cause and when will it be fixed?",
    ),
    "influencer": (
        "was literally live-streaming and <brand> died on stream 💀 thousands of people "
        "watched it fail <handle> what happened",
        "told my followers to switch to <brand> last month. not looking great today. "
        "<handle> fix this",
    ),
    "misinformation": (
        "Heard from a friend who works there: <brand> got hacked and everyone's <money|data> "
        "is gone. Share before they delete this!!",
        "<brand> is going bust, that's why <service> are down. Get your money out NOW. Pass it "
        "on",
    ),
    "misinformation_ignored": (
        "<brand> still hasn't denied it. Says it all really.",
        "Notice how <handle> won't answer this? They know.",
    ),
    "troll": (
        "imagine relying on <brand> for anything lol. <?🤡>",
        "<brand> speedrunning losing every customer. any% world record",
    ),
    "fake_support": (
        "got a DM from '<brand>_Support' saying they can restore my account if I send my PIN "
        "and the code they just texted me. is that legit <handle>??",
        "someone called '<brand> Help Desk' is replying to everyone asking for login codes. "
        "<handle> is that you?",
    ),
    "fair_critic": (
        "Outages happen, I get it. But <start_time> to now with one vague post is not good "
        "enough. Tell us what you know, <brand>.",
        "I've been a loyal customer for years and I'm patient, but the silence is worse than "
        "the outage. <handle> just be straight with us.",
    ),
    "specialist_case": (
        "I run a small <shop|cafe|salon> and none of my customers can pay through <brand> "
        "today. That's real money lost. Who do I speak to?",
        "My account is showing <loss> since the outage. I need this sorted today <handle>",
    ),
    "supporter": (
        "gotta say the <brand> status page has been updated more than my old provider ever "
        "did. hang in there engineers <hashtag>",
        "every service goes down sometimes. <brand> has been solid for years, be patient "
        "people",
    ),
    "verified": (
        "Hearing from many people in <city> that <brand> is down. <handle> please tell people "
        "what to do and when it will be back.",
    ),
    "question": (
        "<handle> should I reinstall the app or wait? don't want to make it worse",
        "is it just the app or <service> too? trying to work out what to do <handle>",
    ),
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
    ),
    "topic_switching": (
        "moving to another provider tomorrow. can't trust {brand} after this",
        "my old provider was boring but at least it worked. bye {brand}",
        "status page says 'investigating'. investigating WHAT {brand_handle}",
        "{days} days of hype and then THIS {brand_handle}",
        "{brand_handle} give us actual information, not 'we're aware'",
        "cancelling {product} the second it works again",
        "{brand} really said 'we're aware' and went quiet for {hours} hours",
    ),
    "topic_money": (
        "{brand_handle} I got charged twice, {amount} each, while it was down. order {order}",
        "paid {amount} for {product} and can't use it. refund? {brand_handle}",
        "{brand_handle} there's a pending {amount} for something that FAILED. give it back",
        "{first_name} says she never got my {amount}. {brand_handle} where did it go",
        "my account shows {amount} less than this morning {brand_handle}. explain",
        "{brand_handle} business account locked during the outage, {amount} stuck",
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

KIND = Kind(
    name="outage",
    label="a service outage",
    rules=RULES,
    industries=INDUSTRIES,
    specialist="tier2",
    specialist_name="Tier-2",
    specialist_takes="One customer's money, account or business losses that cannot wait.",
    topics=(
        TopicSpec("down", "topic_down", severity=2, mood="angry", weight=3),
        TopicSpec("switching", "topic_switching", severity=2, mood="calm", weight=2),
        TopicSpec("money", "topic_money", severity=3, route="tier2", mood="worried", weight=2),
        TopicSpec("scam", "topic_scam", severity=4, route="security", mood="worried", weight=1),
    ),
    channels=("x", "facebook", "reviews"),
    hashtag_word="Status",
    link_path="status",
)
