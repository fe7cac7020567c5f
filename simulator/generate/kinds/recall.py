"""A product recall or food-safety scare: something people already have at home may hurt them.

What makes it a recall and not any crisis: the danger is in people's kitchens, bathrooms and
toy boxes, not on the brand's servers, so every answer starts with what to do now (stop using
it, check the code, get medical help if someone is hurt); the one-person cases are a child who
ate it or an adult who was hurt, not money; the unknowns are how it happened and how far it
goes; rumours say the whole range is poisoned; and scammers offer fake refunds.

Each industry's values carry its own hazard, the code people check, what not to do with it and
when to get medical help, so the facts, the posts and the templates name the same danger.
"""

from __future__ import annotations

from simulator.generate.kind import Industry, Kind, TopicSpec

INDUSTRIES = (
    Industry(
        "baby food",
        "<<last_name>'s <Baby Foods|Little Kitchen>|<Little|Tiny|Sprout|Bramble|Peapod> "
        "<Bites|Spoons|Harvest>>",
        ("the apple & pear pouches", "the sweet potato & carrot pouches",
         "the banana & oat pouches", "the mango & yoghurt pouches", "the pea & mint pouches",
         "the berry breakfast pouches"),
        {"item": ("pouch",), "items": ("pouches",), "people": ("parents",),
         "code_name": ("lot code",), "lot": ("L24 117", "L24 203", "L25 031", "L25 088"),
         "code_where": ("on the back of the pouch, under the best-before date",
                        "on the back of the pouch, next to the best-before date"),
         "hazard": ("some pouches may contain small pieces of hard plastic",
                    "small, sharp pieces of plastic have been found in some pouches"),
         "risk": ("a choking risk for babies and toddlers",
                  "a risk of choking or of cuts to a child's mouth"),
         "dont": ("feed it to your child", "give it to your baby"),
         "if_hurt": ("If your child is coughing, gagging or has a sore or bleeding mouth",
                     "If your child has eaten from the pouch and is coughing or seems unwell"),
         "help": ("call your doctor or emergency services", "get medical advice straight away"),
         "remedy": ("a full refund at any store, with or without a receipt",
                    "a full refund in any store; no receipt is needed"),
         "cause_found": ("a cracked guard on one filling machine",
                         "a broken plastic part inside one filling machine"),
         "line": ("a different production line",),
         "authority": ("the food safety authorities",),
         "where_used": ("at breakfast", "at lunch", "for her tea", "this morning"),
         "hurt_child": (
             "my 10-month-old ate most of a pouch this morning and then I found a sharp "
             "piece of plastic in what was left",
             "my little girl was gagging after her pouch at breakfast and there was a hard "
             "bit of plastic on her spoon"),
         "hurt_case": ("found a hard piece of plastic in a pouch I had already opened for my son",
                       "my daughter cut her gum on something sharp in one of your pouches"),
         "hurt_a": ("was gagging on something hard in", "coughed up a bit of plastic from"),
         "hurt_b": ("has a cut on the gum after", "has been coughing since"),
         "used": ("ate", "had"), "victim": ("{child}",),
         "after_use": ("and hasn't been right since", "and has been sick twice since")},
    ),
    Industry(
        "kitchen appliances",
        "<<last_name> <Electric|Appliances>|<Hearth|Kestrel|Brio|Vantage|Copperline> "
        "<Home|Kitchen|Appliances>>",
        ("the 5.5 L air fryer", "the dual-drawer air fryer", "the compact air fryer",
         "the digital air fryer", "the XL air fryer", "the air fryer oven"),
        {"item": ("air fryer",), "items": ("air fryers",), "people": ("customers", "owners"),
         "code_name": ("model number",), "lot": ("AF-5520", "AF-5531", "KF-240", "AF-3300"),
         "code_where": ("on the sticker under the base", "on the label under the drawer"),
         "hazard": ("the power cable on some units can overheat and melt where it joins the "
                    "base",
                    "on some units the power cable can overheat at the base and melt"),
         "risk": ("a fire and burn risk", "a risk of fire and of burns"),
         "dont": ("use it, even once more", "plug it in again"),
         "if_hurt": ("If anyone was burned or breathed in smoke",
                     "If anyone has a burn or has breathed in smoke from it"),
         "help": ("get medical advice straight away", "call your doctor or emergency services"),
         "remedy": ("a free replacement or a full refund", "a full refund or a free replacement"),
         "cause_found": ("a faulty batch of power cables from one supplier",
                         "a badly fitted cable clamp on one assembly line"),
         "line": ("a different factory",),
         "authority": ("the product safety regulator",),
         "where_used": ("last night", "at dinner", "this morning"),
         "hurt_child": (
             "our air fryer started smoking on the counter last night and the cable had "
             "melted. my son was standing right next to it",
             "the cable on our air fryer melted and burned my daughter's hand when she went to "
             "unplug it"),
         "hurt_case": ("my air fryer's cable went black and melted, and there's a scorch mark "
                       "on the counter",
                       "mine sparked when I switched it on and the kitchen still smells of "
                       "burnt plastic"),
         "hurt_a": ("got burned unplugging", "burned a finger on the melted cable of"),
         "hurt_b": ("was coughing from the smoke off", "has a blister from the plug of"),
         "used": ("used", "cooked with"), "victim": ("{person}",),
         "after_use": ("and the cable started smoking", "and the plug melted")},
    ),
    Industry(
        "baby skincare",
        "<<Lune|Dewdrop|Petal|Oakleaf|Cotton Cloud> <Baby|Skin|Botanicals>|<last_name> "
        "<& Baby|Naturals>>",
        ("the gentle baby wash", "the baby moisturising lotion", "the kids' SPF 50 sun lotion",
         "the baby bath foam", "the kids' detangling shampoo", "the baby massage oil"),
        {"item": ("bottle",), "items": ("bottles",), "people": ("parents", "customers"),
         "code_name": ("batch code",), "lot": ("B2419", "B2507", "B2432", "B2511"),
         "code_where": ("on the bottom of the bottle", "printed under the cap"),
         "hazard": ("some bottles are contaminated with bacteria that can cause skin and eye "
                    "infections",
                    "bacteria that can cause skin and eye infections were found in some bottles"),
         "risk": ("a particular risk for babies and anyone with broken skin",
                  "most serious for newborns and anyone with eczema or broken skin"),
         "dont": ("use it on your skin or your child's", "use it on your baby"),
         "if_hurt": ("If you or your child has a rash, swelling or sore, red eyes after using it",
                     "If your child has redness, swelling or eye pain after using it"),
         "help": ("see a doctor or pharmacist and take the bottle with you",
                  "speak to a doctor or pharmacist today"),
         "remedy": ("a full refund, with or without a receipt",
                    "a full refund at any store; no receipt is needed"),
         "cause_found": ("a failed preservative mix in one production run",
                         "a contaminated water filter on one filling line"),
         "line": ("a different production line",),
         "authority": ("the product safety regulator",),
         "where_used": ("at bath time", "last night", "this morning"),
         "hurt_child": (
             "I used it on my 6-month-old and now she has an angry red rash and one eye is "
             "swollen shut",
             "my son's eyes have been red and weeping since his bath last night and the doctor "
             "thinks it's an infection"),
         "hurt_case": ("I've had a burning rash on my hands since using it every day this week",
                       "my toddler's eczema flared up badly and now it's weeping and infected"),
         "hurt_a": ("has a bad rash after", "has sore red eyes after"),
         "hurt_b": ("broke out in spots from", "has a swollen eye since using"),
         "used": ("used", "had a bath with"), "victim": ("{child}",),
         "after_use": ("and came out in a rash", "and now has sore, red eyes")},
    ),
    Industry(
        "toys",
        "<<Tumble|Jolly|Pip & Wren|Wonderbox|Button> <Toys|Playthings>|<last_name> <Toys|Toy Co>>",
        ("the light-up dinosaur", "the musical teddy", "the glow-in-the-dark robot",
         "the singing unicorn", "the talking fire truck", "the light-up magic wand"),
        {"item": ("toy",), "items": ("toys",), "people": ("parents", "customers"),
         "code_name": ("batch code",), "lot": ("T-2411", "T-2418", "T-2503", "T-2409"),
         "code_where": ("inside the battery compartment", "on the label inside the battery door"),
         "hazard": ("the battery cover on some toys can come loose and let a child reach the "
                    "button battery",
                    "on some toys the battery cover can work loose and expose a button battery"),
         "risk": ("very dangerous: a swallowed button battery can cause serious internal burns "
                  "within hours",
                  "a serious risk, because a swallowed button battery can burn a child inside "
                  "within hours"),
         "dont": ("give it back to your child", "give it to children to play with"),
         "if_hurt": ("If you think a child may have swallowed a battery, even with no symptoms",
                     "If a child might have swallowed a button battery"),
         "help": ("seek urgent medical help at once and do not wait for symptoms",
                  "call emergency services or go to the emergency department right away"),
         "remedy": ("a full refund, with or without a receipt", "a full refund or a free "
                    "replacement toy"),
         "cause_found": ("a batch of battery-cover screws that were too short",
                         "a change to the battery-cover screws at one factory"),
         "line": ("a different factory",),
         "authority": ("the product safety regulator",),
         "where_used": ("last night", "at bedtime", "this morning"),
         "hurt_child": (
             "the battery cover on my daughter's toy came off and I can only find one of the "
             "two batteries. she's 2. I don't know if she swallowed it",
             "my son had his toy in his cot and this morning the battery door was open and a "
             "battery is missing"),
         "hurt_case": ("the cover on ours came off in my hand and the battery fell straight "
                       "out",
                       "found my toddler chewing the battery cover of one of your toys"),
         "hurt_a": ("had the battery cover off", "was chewing the battery cover of"),
         "hurt_b": ("had a loose battery in his mouth from", "is coughing after playing with"),
         "used": ("played with", "had"), "victim": ("{child}",),
         "after_use": ("and now the battery cover is missing",
                       "and the battery door came off")},
    ),
)

RULES: dict[str, tuple[str, ...]] = {
    "crisis_short": ("the recall of <product>", "today's recall", "the <brand> recall"),
    "title": ("<brand>: the recall of <product>", "<brand> recalls <product>",
              "<brand>: a recall on a <busy|school|Monday> morning"),
    "briefing": (
        "At <start_time> <brand> recalled <product> (<code_name> <lot>): <hazard>. Many of "
        "them are already in people's homes, <people> are frightened, and some say someone "
        "has already been hurt. Nobody knows yet how it happened. You run the care desk.",
        "At <start_time> <brand> announced a recall of <product>: <hazard>. How it happened "
        "and how many are affected is not known, worried <people> are flooding the feeds, and "
        "fake refund pages are already out. You run the care desk.",
    ),
    # facts: known, unknown, and what to do
    "fact_what": (
        "At <start_time> today we recalled <product> with <code_name> <lot>: <hazard>.",
        "We are recalling <product> with <code_name> <lot> as a precaution: <hazard>.",
    ),
    "fact_scope": (
        "The recall covers <code_name> <lot> only, sold in stores and online across the "
        "country; this is <risk>.",
        "Only <code_name> <lot> of <product> is affected, wherever it was bought; this is <risk>.",
    ),
    "fact_safe": (
        "No other <brand> products are affected.",
        "Nothing else is recalled: <product2> and all our other <items> come from <line> and "
        "are safe to use.",
        "No other <brand> products are affected: <product2> and the rest of the range are safe "
        "to use.",
    ),
    "fact_unknown": (
        "We do not yet know how this happened.",
        "We do not yet know how this happened, or how many <items> are affected.",
        "We cannot yet say how this happened, or whether other <code_name>s will be added.",
    ),
    "fact_doing": (
        "We have pulled <product> from sale in all stores and online, and are working with "
        "<authority>.",
        "Every affected <item> has been pulled from stores, and our <specialist_name> team is "
        "working with <authority>.",
    ),
    "fact_advice": (
        "If you have <product> at home, do not <dont>. Check the <code_name> <code_where>; if "
        "it is <lot>, return it for <remedy>. <if_hurt>, <help>.",
        "Please check the <code_name> <code_where>. If it is <lot>, do not <dont>: return it "
        "for <remedy>. <if_hurt>, <help>.",
    ),
    "update_cause": (
        "Our investigation found <cause_found>. It has been fixed, and the recall, agreed "
        "with <authority>, covers <code_name> <lot> only.",
        "The problem has been traced to <cause_found>; it was corrected and no other "
        "<code_name>s are affected.",
    ),
    "update_fix": (
        "Refunds and replacements are now running in every store and at <link>; no receipt "
        "is needed.",
        "Safe stock of <product> from a checked line is back in stores <tomorrow|from Monday>; "
        "refunds for <code_name> <lot> continue at <link>.",
    ),
    # templates
    "tpl_holding": (
        "Hi {name}, I'm sorry for the worry. We've recalled <product> (<code_name> <lot>) and "
        "pulled it from stores. Please don't <dont>. What to do: {info_link} {hashtag} "
        "– {agent}",
        "Hi {name}, I'm so sorry. We have recalled <product> with <code_name> <lot> and "
        "pulled it from stores; please don't <dont>. Steps: {info_link} – {agent}",
    ),
    "tpl_specialist": (
        "I'm so sorry, {name}. {detail} Please don't <dont>, and <help>. Our <specialist_name> "
        "team will DM you today. – {agent}",
        "{name}, I'm so sorry to hear about {detail}. Please <help>, and don't <dont>. Our "
        "<specialist_name> team is contacting you by DM today. – {agent}",
    ),
    "tpl_facts": (
        "Hi {name}, thanks for checking before sharing. The facts: {detail}. It does not affect "
        "<product2> or our other <items>. Please don't <dont> if yours is <lot>. Updates: "
        "{info_link} – {agent}",
        "Hi {name}, I understand the worry. What we know: {detail}. Only <code_name> <lot> is "
        "recalled; we don't know the cause yet and won't guess. Please don't <dont>. Updates: "
        "{info_link} – {agent}",
    ),
    "tpl_dm": (
        "I'm sorry, {name}. {detail} Please don't <dont>, and DM us so our team can help you "
        "personally. – {agent}",
        "{name}, I'm sorry about {detail}. Please don't <dont> for now; could you DM us so we "
        "can help you personally? – {agent}",
    ),
    "tpl_escalated": (
        "Thanks for raising this, {name}, and I'm sorry. I've passed it to our {detail} team "
        "and they'll contact you by DM. Please don't <dont> meanwhile. What to do: {info_link} "
        "– {agent}",
        "I'm sorry about this, {name}, and thank you for telling us. Our {detail} team will "
        "reach out to you directly. Until then, please don't <dont>. Verified steps: "
        "{info_link} – {agent}",
    ),
    "fact_never_ask": (
        "Refunds are only given in store or at <link>; <brand> will never ask for card "
        "details, passwords or codes by text, email or DM.",
        "We only refund in store or through <link>, and we will never DM you first or ask for "
        "card details or passwords.",
    ),
    "tpl_scam": (
        "{name}, thank you for checking with us first. That is not <brand>: we only refund in "
        "store or at <link>, and never ask for card details. Please don't click it or reply. "
        "Our security team is on {detail}. – {agent}",
        "Thanks for flagging this, {name}. That is not us: refunds are only in store or at "
        "<link>, never by text or DM. Please don't click or reply; our security team is on "
        "{detail}. – {agent}",
    ),
    "takes_security": (
        "Fake refund pages, phishing, scams and impersonators; threats to staff.",
        "Impersonators, fake recall or refund links, people asked for card details; threats "
        "to staff.",
    ),
    # the storyline
    "first_report": (
        "<handle> just saw the recall for <product> and we have <two|three> in the cupboard. "
        "which <code_name> is it?? <?please answer>",
        "is this recall of <product> real? <handle> what are we supposed to do with the ones we "
        "already bought",
        "<handle> my <sister|neighbour|friend> just sent me the recall notice for <product>. "
        "what is actually wrong with it?",
    ),
    "first_report_ignored": (
        "still no answer from <handle>. do we bin it or not?? <?thanks for nothing>",
        "<an hour|ages> since I asked <handle> what to do with our <items>. silence.",
    ),
    "vulnerable": (
        "<handle> please help, <hurt_child>. it's <product>. <?I'm shaking.> who do I call??",
        "I'm panicking. <hurt_child>. It's <product>, is this the recall? <handle> what do I "
        "do, do I go to hospital?",
    ),
    "vulnerable_ignored": (
        "Still nothing from <brand>. My child might be hurt and nobody is answering. <handle>",
        "I've been waiting for an answer from <handle> while my child is like this. "
        "Please, anyone?",
    ),
    "vulnerable_escalated": (
        "Someone from the <specialist_name> team at <brand> just called me. Thank you. We're "
        "getting my little one checked now.",
        "Ok, the <specialist_name> team rang and told me exactly what to do. Thank you for "
        "taking it seriously.",
    ),
    "legal_threat": (
        "My lawyer is already drafting a claim. You sold <items> you knew were dangerous "
        "<handle>, and I'm reporting you to the regulator.",
        "<handle> my <son|daughter> could have been killed. I've kept the <item> and the "
        "receipt for my solicitor. Expect to hear from them.",
    ),
    "press": (
        "Reporter at <outlet>. <handle> how many units of <product> were sold, and has "
        "anyone been hurt? DMs open.",
        "<outlet> here. We're hearing of injuries linked to <product> in <city>. <handle> when "
        "did you first know about the problem?",
    ),
    "influencer": (
        "I literally recommended <product> to all of you last month 😭 <handle> what is going "
        "on and what should my followers do?",
        "doing a live on the <brand> recall tonight. thousands of you have asked. <handle> "
        "can you give us real answers?",
    ),
    "misinformation": (
        "Friend who works at the <brand> factory says it's ALL their products, not just "
        "<product>, and they're covering it up. Throw everything out. SHARE",
        "<brand> knew for months and kept selling. Now they're quietly pulling everything, "
        "<product2> too. Don't let your kids near any of it!!",
    ),
    "misinformation_ignored": (
        "<brand> still hasn't denied it. Says it all really.",
        "Notice how <handle> won't answer this one? Think about why.",
    ),
    "troll": (
        "<brand>: now with free bonus content in every <item> lol",
        "imagine buying <product> in 20XX. natural selection at work <?🤡>",
    ),
    "fake_support": (
        "got a text from '<brand> Recall Team' with a refund link that wants my card number "
        "and expiry date. is that legit <handle>??",
        "someone called '<brand> Refunds' is replying to everyone asking for bank details to "
        "pay refunds. <handle> is that you?",
    ),
    "fair_critic": (
        "Recalls happen and I'm glad you caught it. But the notice doesn't say what to do if "
        "your child already had one. Be clear, <brand>.",
        "I've bought <brand> for years and I want to keep trusting you. Then tell us plainly "
        "what went wrong and how you'll stop it happening again <handle>.",
    ),
    "specialist_case": (
        "<handle> <hurt_case>. Is this the recall? Who do I speak to?",
        "Not sure who to ask. <hurt_case>. Does someone at <brand> want to see it? <handle>",
    ),
    "supporter": (
        "honestly a recall this fast and this clear is how it should be done. thanks "
        "<brand> <hashtag>",
        "checked ours, not <lot>, phew. good that <brand> put the <code_name> in big letters "
        "<hashtag>",
    ),
    "verified": (
        "Many <people> in <city> are asking about the recall of <product>. <handle> please make "
        "it clear what to do and who to call if a child is hurt.",
    ),
    "question": (
        "<handle> ours is <lot> but my kids have used it for weeks with no problems. do I "
        "still need to stop?",
        "<handle> where exactly is the <code_name>? I can't find it and I don't want to take "
        "the risk",
    ),
    # crowd
    "crowd_question": (
        "{brand_handle} where do I find the <code_name> on {product}?",
        "does the recall cover {product} too? {brand_handle}",
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
        "{brand_handle} ours is {product} but I can't read the <code_name>. what now?",
        "just found {product} at the back of the cupboard. is it one of the bad ones "
        "{brand_handle}?",
        "{brand_handle} I've used {product} for {days} days. should I be worried?",
        "the <code_name> on mine is smudged. do I just throw it away {brand_handle}?",
        "{brand_handle} my mum bought {product} for the kids, she can't work out the code",
        "so is {product} safe or not?? clear answer please {brand_handle}",
        "{brand_handle} had {product} <where_used>. the code matches. now what",
        "checked 3 <items> and can't find the <code_name> on any of them {brand_handle}",
    ),
    "topic_refund": (
        "{brand_handle} store in {city} refused to refund {product} without a receipt",
        "waited {minutes} minutes at customer service for a {amount} refund. ridiculous",
        "{brand_handle} I threw {product} away like you said, now how do I get my {amount} "
        "back",
        "so I pay {amount} for {product} and now I get to queue to return it. great",
        "{brand_handle} online refund form for {product} just errors. order {order}",
        "{brand_handle} when does the refund for order {order} actually arrive?",
        "the {city} store has no idea about the recall. sent me away {brand_handle}",
    ),
    "topic_hurt": (
        "{brand_handle} my <victim> <hurt_a> {product} yesterday. is that the recall? who do "
        "I call",
        "{brand_handle} my <victim> <hurt_b> {product}. I'm so worried",
        "{brand_handle} my <victim> <used> {product} <where_used> <after_use>. please help",
        "please someone at {brand} call me, my <victim> <hurt_a> {product}",
        "my <victim> <hurt_b> {product} and the code is on the recall list {brand_handle}",
        "{brand_handle} my <victim> <hurt_a> {product} and now I see the recall. what do I "
        "do??",
        "{brand_handle} my <victim> <used> {product} too and the code matches. what now?",
        "who do I report this to {brand_handle}? my <victim> <hurt_b> {product} <where_used>",
    ),
    "topic_trust": (
        "how did this get past your quality checks {brand_handle}?",
        "never buying {brand} again. can't trust anything they sell now",
        "{brand_handle} {days} days on the shelves before anyone noticed?? how",
        "{brand} only recalled it because someone posted a video. admit it",
        "{brand_handle} what else in the range is dodgy that we don't know about",
        "I trusted {brand} with my kids. not anymore",
        "{brand_handle} 'as a precaution' is doing a lot of work in that notice",
        "switching to the supermarket brand. at least they don't recall stuff every month",
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

KIND = Kind(
    name="recall",
    label="a product recall",
    rules=RULES,
    industries=INDUSTRIES,
    specialist="safety",
    specialist_name="Product Safety",
    specialist_takes="Anyone harmed or feeling ill after using the product, and unsafe products "
                     "still in people's homes.",
    topics=(
        TopicSpec("checking", "topic_checking", severity=2, mood="worried", weight=3),
        TopicSpec("refund", "topic_refund", severity=2, mood="angry", weight=2),
        TopicSpec("trust", "topic_trust", severity=2, mood="calm", weight=2),
        TopicSpec("hurt", "topic_hurt", severity=4, route="safety", mood="worried", weight=1.2,
                  channels=("facebook", "instagram", "dm")),
        TopicSpec("scam", "topic_scam", severity=4, route="security", mood="worried", weight=0.8),
    ),
    channels=("x", "facebook", "instagram"),
    slots={"code": ("{letter}{digit}{digit} {digit}{digit}{digit}",
                    "{letter}{digit}{digit}{digit}"),
           "child": ("son", "daughter", "toddler", "baby", "little one", "2-year-old",
                     "9-month-old", "4-year-old"),
           "person": ("son", "daughter", "husband", "wife", "partner", "dad", "flatmate",
                      "teenager")},
    hashtag_word="Recall",
    link_path="recall",
)
