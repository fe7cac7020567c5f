"""A price rise or policy change people hate: a subscription goes up, a fee appears, a perk goes.

What makes it a pricing crisis and not any crisis: nothing is broken, the brand did it on purpose
and announced it in an email, so the anger is about fairness and loyalty, not a failure. What
changes, when and for whom is known from the start; whether anyone will be spared (existing
customers, bookings already made, points already saved) is not decided yet, and the desk must
neither argue for the change nor promise exceptions nobody has agreed. The one-person cases are
a bill, a cancellation or a hardship the change makes real (the `tier2` team, Billing &
Accounts), and scammers offer to "lock in the old price" for a card number.
"""

from __future__ import annotations

from simulator.generate.kind import Industry, Kind, TopicSpec

INDUSTRIES = (
    Industry(
        "streaming subscription",
        "<<last_name>|Lumo|Arcade|Starling|Cove|Tempo><+| Plus| Play>",
        ("the Standard plan", "the Premium plan", "the family plan", "the student plan",
         "the ad-free plan", "live sport", "the kids profile"),
        {"change": ("every monthly plan goes up by about 20%",
                    "every monthly plan will cost about a fifth more"),
         "change_short": ("price rise",),
         "gripe": ("my plan is going up AGAIN", "you're putting the price up by a fifth",
                   "another price rise"),
         "when": ("from next month's bill",),
         "whom": ("every monthly plan", "every member on a monthly plan"),
         "safe_thing": ("Nobody pays more before next month's bill, and you can cancel "
                        "before then without a fee",
                        "Nothing changes before next month's bill, and cancelling before then "
                        "has no fee"),
         "exception": ("long-standing members will keep today's price for longer",),
         "decision": ("members who joined before this year keep today's price for six more "
                      "months",),
         "reason": ("the rising cost of the shows and live sport we license",),
         "rumour": ("existing members get charged double from tomorrow and cancelling is "
                    "blocked",),
         "old_deal": ("the old price",),
         "quit": ("cancelled my subscription",),
         "account_case": ("I tried to cancel before the price rise and got charged the new "
                          "price anyway",
                          "My bill already shows the new price and it isn't even next month"),
         "need_story": ("Your app is the only thing that settles my autistic son at bedtime",
                        "My mum is housebound and your films are her company in the evenings"),
         "thing": ("plan",),
         "people": ("members", "subscribers")},
    ),
    Industry(
        "budget airline",
        "<<last_name>|Skylark|Bluewing|Northstar|Meridian|Kestrel> <Air|Airways|Jet>",
        ("Basic fares", "cabin bags", "checked bags", "seat selection", "Flex fares",
         "priority boarding", "the booking app"),
        {"change": ("Basic fares will no longer include a cabin bag",
                    "a cabin bag will cost extra on Basic fares"),
         "change_short": ("cabin bag fee", "bag fee"),
         "gripe": ("you're charging for cabin bags", "a cabin bag will cost extra",
                   "no more cabin bag on Basic fares"),
         "when": ("for flights from next month",),
         "whom": ("Basic fares only", "Basic fares on every route"),
         "safe_thing": ("Nothing changes for flights before next month, and an under-seat "
                        "bag is still included",
                        "Flights before next month are not affected, and every fare still "
                        "includes an under-seat bag"),
         "exception": ("bookings made before the announcement will keep the old allowance",),
         "decision": ("bookings made before the announcement keep their cabin bag at no "
                      "extra cost",),
         "reason": ("higher airport handling charges and slower boarding with full lockers",),
         "rumour": ("the fee starts tomorrow at the gate, even on flights booked months ago",),
         "old_deal": ("the old bag allowance",),
         "quit": ("deleted the app and my account",),
         "account_case": ("I booked last week and the app now wants to charge me for my "
                          "cabin bag",
                          "I paid for a cabin bag on my booking and it's vanished since the "
                          "email"),
         "need_story": ("I fly every six weeks to look after my mum, who has dementia",
                        "I'm taking my three kids to see their dad for the first time in a "
                        "year"),
         "thing": ("booking",),
         "people": ("passengers", "customers")},
    ),
    Industry(
        "supermarket loyalty scheme",
        "<<last_name>|Harvest|Greenleaf|Meadow|Oakfield|Corner> <Market|Foods|Grocers>",
        ("the points card", "the app", "fuel points", "member prices", "online delivery",
         "the coffee stamp card", "the weekly shop"),
        {"change": ("points will be worth half what they are today",
                    "every point will be worth half as much"),
         "change_short": ("points cut", "loyalty cut"),
         "gripe": ("my points will be worth half", "you're halving the points",
                   "the points are being cut in half"),
         "when": ("from next month",),
         "whom": ("every points card", "every points card holder"),
         "safe_thing": ("Points already on your card stay there, and nothing changes before "
                        "next month",
                        "Nothing changes before next month, and no points are being taken off "
                        "anyone's card"),
         "exception": ("points already saved will keep today's value",),
         "decision": ("points already on your card keep today's value until the end of the "
                      "year",),
         "reason": ("the cost of running the scheme, which we would rather put into shelf "
                    "prices",),
         "rumour": ("every point on your card gets wiped at midnight",),
         "old_deal": ("the old points value",),
         "quit": ("cut up my points card",),
         "account_case": ("Half the points on my card have vanished already, weeks before "
                          "the change",
                          "My points balance dropped overnight and the change isn't even "
                          "live"),
         "need_story": ("I've saved points all year for our Christmas food shop",
                        "The points pay for my baby's formula every month"),
         "thing": ("points",),
         "people": ("customers", "shoppers")},
    ),
)

RULES: dict[str, tuple[str, ...]] = {
    "crisis_short": ("the <change_short>", "the <change_short> announced today"),
    "title": ("<brand>: the <change_short> nobody asked for",
              "<brand> <people> push back on the <change_short>",
              "<brand> and the <change_short> email"),
    "briefing": (
        "At <start_time> <brand> emailed its <people>: <change>, <when>. The replies turned "
        "<angry|bitter> within minutes. What changes, when and for whom is settled; whether "
        "anyone will be spared is not. You run the care desk: don't argue for the change, and "
        "don't promise exceptions nobody has decided.",
        "<brand> announced this morning that <change>. By <next_time> it is the most shared "
        "post about the brand in weeks, and loyal <people> feel taken for granted. Nobody has "
        "decided yet whether there will be exceptions. You run the care desk.",
    ),
    # facts: known, unknown, and what to do
    "fact_what": (
        "At <start_time> we told our <people> that <change>, <when>.",
        "We announced this morning that <change>, <when>.",
    ),
    "fact_scope": ("It applies to <whom>.", "It applies to <whom>, new or existing."),
    "fact_safe": ("<safe_thing>.",),
    "fact_unknown": (
        "We have not decided yet whether <exception>, so we can't promise it.",
        "Whether <exception> is not decided yet, so we can't promise it.",
    ),
    "fact_doing": (
        "Every comment goes to the team deciding on exceptions.",
        "The team deciding on exceptions is reading every comment.",
    ),
    "fact_advice": (
        "No need to act today: the details are on <link>, and <specialist_name> can go "
        "through your options by DM.",
        "There's no need to act now; if the change is a problem for you, DM us and "
        "<specialist_name> will go through your options.",
    ),
    "update_cause": (
        "We've published why we are making the change: <reason>. The figures are on <link>.",
        "The reason for the change is now set out on <link>: <reason>.",
    ),
    "update_fix": (
        "Decision on exceptions: <decision>. Anyone for whom the change is a hardship can ask "
        "<specialist_name> to look at their case.",
        "We have decided: <decision>. Hardship cases still go to <specialist_name>, one by one.",
    ),
    # templates
    "tpl_holding": (
        "Hi {name}, I'm sorry, I know the <change_short> is unwelcome news. <safe_thing>. I've "
        "passed your comment to the team deciding on exceptions: {info_link} – {agent}",
        "Hi {name}, thank you for telling us, and I'm sorry. Nothing changes before next month, "
        "and I've passed your comment to the team deciding on exceptions. What the "
        "<change_short> means for you: {info_link} – {agent}",
    ),
    "tpl_specialist": (
        "I'm really sorry, {name}. {detail} Our <specialist_name> team will look at your "
        "<thing> with you and go through your options; please DM us (no card details needed). "
        "What changes: {info_link} – {agent}",
        "{name}, I'm so sorry about {detail}. <specialist_name> can talk you through your "
        "options personally; please DM us when you can. The details: {info_link} – {agent}",
    ),
    "tpl_facts": (
        "Hi {name}, thanks for checking before sharing. What we know: {detail}. <safe_thing>. "
        "Confirmed details only at {info_link}. – {agent}",
        "Hi {name}, I understand the worry. The facts: {detail}. Exceptions are not decided "
        "yet and we won't guess; confirmed details go to {info_link}. – {agent}",
    ),
    "tpl_dm": (
        "I'm sorry, {name}. {detail} Please DM us so we can look at your <thing> with you. "
        "– {agent}",
        "{name}, I'm sorry about {detail}. Could you DM us so we can go through it with you "
        "personally? – {agent}",
    ),
    "tpl_big_account": (
        "Hi {name}, thank you for raising this, and I'm sorry about {detail}. I've passed your "
        "post to our press team, who will be in touch. What changes and when: {info_link} "
        "– {agent}",
        "{name}, I'm sorry about {detail}. I've shared this with our communications team and "
        "they'll reach out directly; the details of the change are at {info_link}. – {agent}",
    ),
    "troll_fed": (
        "lmao they actually answered me. <brand> social team has nothing better to do <?😂>",
        "imagine replying to me instead of scrapping the <change_short>. <brand> in shambles",
    ),
    # the storyline
    "first_report": (
        "<handle> just got your email. <gripe>?? <Are you serious|You're joking>",
        "so <brand> emailed at <start_time> to say <gripe>. <no thanks|great|cheers>. <handle>",
        "Just read the <brand> email: <gripe>, starting next month. Anyone else get this? "
        "<handle>",
    ),
    "first_report_ignored": (
        "still no answer from <handle> about the <change_short>. just going to pretend "
        "nobody's asking?",
        "<Hours|Half a morning> later and <handle> hasn't said a word. Typical.",
    ),
    "vulnerable": (
        "<need_story>. I'm on <a pension|benefits|a carer's allowance> and I can't absorb "
        "<crisis_short>. <handle> please, who can I talk to?",
        "<need_story>. Money is tight, I'm a <widow|single parent|full-time carer>, and "
        "the <change_short> is money I don't have. Please tell me what my options are <handle>",
    ),
    "vulnerable_ignored": (
        "Still nothing from <handle>. I only want to know my options before next month.",
        "<handle> I asked a simple question hours ago. Is anyone reading this?",
    ),
    "vulnerable_escalated": (
        "Someone from <specialist_name> messaged me. Thank you, that's a weight off.",
        "<specialist_name> got in touch and are going through my options with me. Thank you "
        "<brand>.",
    ),
    "legal_threat": (
        "You can't change the deal halfway through. Reporting <brand> to <the consumer "
        "regulator|trading standards> and my lawyer is looking at it <handle>",
        "<handle> changing the terms on existing customers like this is unlawful. My solicitor "
        "will be writing to you this week.",
    ),
    "press": (
        "<outlet> here. <handle> how many <people> does the <change_short> affect, and will "
        "existing <people> get any exceptions? DMs open.",
        "Reporter at <outlet> writing about the <brand> <change_short>. <handle> can you confirm "
        "when it starts and whether anyone is exempt?",
    ),
    "influencer": (
        "just <quit> live on stream. <gripe> and not a word to loyal <people>? <handle> do "
        "better",
        "made a video breaking down the <brand> <change_short>. 400k views in an hour. <handle> "
        "your <people> deserve a straight answer",
    ),
    "misinformation": (
        "Friend who works at <brand> says <rumour>. Share before they delete this!!",
        "PSA from someone inside <brand>: <rumour>. Pass it on before they bury it",
    ),
    "misinformation_ignored": (
        "<brand> still hasn't denied it. Make of that what you will.",
        "Funny how <handle> answers everyone except this post.",
    ),
    "troll": (
        "imagine being surprised <brand> wants more of your money lol <?🤡>",
        "<brand> CEO needs a fourth yacht, cope harder",
        "pay up peasants, <brand> has bills too 💸",
    ),
    "fake_support": (
        "got a DM from <handle>_billing saying I can keep <old_deal> if I confirm my card "
        "number and the code they texted me. legit <handle>??",
        "someone called '<brand> Members Help' is replying to everyone offering to lock in "
        "<old_deal> for a small fee by bank transfer. <handle> is that you?",
    ),
    "fair_critic": (
        "Costs go up, I get it. But one email at <start_time> and silence since isn't good "
        "enough. Tell loyal <people> straight: are there exceptions or not, <brand>?",
        "I've been with <brand> <for years|since the start> and I'm not leaving over this. But "
        "be honest with us about who it affects and why, <handle>.",
    ),
    "specialist_case": (
        "<account_case>. I need this sorted before next month <handle>",
        "<handle> your email and your website say different things about my <thing>. Can "
        "someone actually check my account?",
        "<handle> <account_case>. Can a real person look at my account, please?",
    ),
    "supporter": (
        "Unpopular opinion: <brand> gave us a month's notice and it's still <cheaper|better "
        "value> than the rest. <hashtag>",
        "The <brand> reply team is being patient with everyone today. Credit where it's due.",
    ),
    "verified": (
        "Many constituents in <city> have contacted me about the <brand> <change_short>. "
        "<handle> please set out clearly who is affected and what help there is.",
        "We're hearing from lots of <people> in <city> worried about <crisis_short>. <handle> "
        "who does it apply to, and when?",
    ),
    "question": (
        "<handle> do I need to do anything now, or does it just change next month?",
        "<handle> if I'm not happy with <crisis_short>, what are my options? don't want to "
        "leave if I don't have to",
    ),
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
        "{brand_handle} worse deal for {product}, same everything else. no thanks",
        "{brand_handle} you buried this in an email and hoped nobody would read it",
        "second change in {few} years and every time it's worse for us {brand_handle}",
        "{brand} record profits and THIS is what we get {brand_handle}",
        "{brand_handle} 'to serve you better' my foot. just say you want more money",
        "nobody asked for this {brand_handle}. reverse it",
        "{brand_handle} I read the email three times and it's still a worse deal for {product}",
        "{brand} really thought we wouldn't notice {brand_handle}",
    ),
    "topic_loyal": (
        "{years} years with {brand} and not even a thank you before this change",
        "{brand_handle} new customers get the deals, loyal ones get the bill",
        "leaving the day it changes. shame, I liked {brand}",
        "{brand_handle} is there anything at all for people who've stayed for years?",
        "switching to a competitor next month. {brand} made it easy",
        "{brand_handle} I'd have accepted a small change. this feels like being taken for granted",
        "honestly disappointed in {brand}. expected better after {years} years",
        "{brand_handle} customer for {years} years. not feeling very valued right now",
    ),
    "topic_hardship": (
        "{brand_handle} I'm on a pension and can't afford this. what are my options?",
        "{brand_handle} lost my job last month. is there any help with {product}?",
        "{brand_handle} I care for my dad full time and every {amount} matters. any options?",
        "{brand_handle} charged {amount} twice this month, and now this. order {order}",
        "{brand_handle} my account shows the change already and it's not even next month. "
        "{amount} gone",
        "{brand_handle} I'm on benefits and this change means choosing. who do I speak to?",
        "{brand_handle} single mum, two kids, this was the one thing that helped. any options?",
        "{brand_handle} I want to leave before it changes but can't find how, and I've been "
        "charged {amount}",
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

KIND = Kind(
    name="pricing",
    label="a price rise or policy change",
    rules=RULES,
    industries=INDUSTRIES,
    specialist="tier2",
    specialist_name="Billing & Accounts",
    specialist_takes="One customer's bill, refund, cancellation or hardship case.",
    topics=(
        TopicSpec("angry", "topic_angry", severity=2, mood="angry", weight=3),
        TopicSpec("loyal", "topic_loyal", severity=2, mood="calm", weight=2),
        TopicSpec("hardship", "topic_hardship", severity=3, route="tier2", mood="worried",
                  weight=1.0),
        TopicSpec("scam", "topic_scam", severity=4, route="security", mood="worried", weight=1),
    ),
    channels=("x", "facebook", "reviews"),
    slots={"years": ("{3-15}",), "few": ("two", "three")},
    hashtag_word="Changes",
    link_path="changes",
)
