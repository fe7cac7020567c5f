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
                        "on the back of the pouch, next to the best-before date",
                        "printed on the back of the pouch, by the best-before date"),
         "hazard": ("some pouches may contain small pieces of hard plastic",
                    "small, sharp pieces of plastic have been found in some pouches",
                    "hard plastic fragments from a machine part were found in some pouches"),
         "risk": ("a choking risk for babies and toddlers",
                  "a risk of choking or of cuts to a child's mouth",
                  "a choking risk, above all for babies under one"),
         "dont": ("feed it to your child", "give it to your baby"),
         "if_hurt": ("If your child is coughing, gagging or has a sore or bleeding mouth",
                     "If your child has eaten from the pouch and is coughing or seems unwell"),
         "help": ("call your doctor or emergency services", "get medical advice straight away"),
         "remedy": ("a full refund at any store, with or without a receipt",
                    "a full refund in any store; no receipt is needed"),
         "cause_found": ("a cracked guard on one filling machine",
                         "a broken plastic part inside one filling machine",
                         "a worn plastic scraper on one mixing tank"),
         "line": ("a different production line",),
         "authority": ("the food safety authorities", "the food standards agency"),
         "where_used": ("at breakfast", "at lunch", "at teatime", "this morning"),
         "kid_age": ("10-month-old", "1-year-old", "8-month-old", "toddler"),
         "hurt_child": (
             "My <kid_age> <kid> ate most of a pouch <where_used> and I've just found a sharp "
             "bit of plastic in what was left",
             "<kid> was gagging after a pouch <where_used> and there was a hard piece of "
             "plastic on the spoon",
             "My <kid_age> <kid> has a bleeding gum after one of your pouches and I found "
             "plastic in it",
             "<kid> coughed up a bit of hard plastic halfway through a pouch <where_used>"),
         "kid_state": ("is still coughing", "won't eat and keeps crying", "keeps gagging",
                       "has a swollen, bleeding gum"),
         "at_home": ("in the cupboard", "in the changing bag", "in the kitchen"),
         "rumour": ("there's glass in them too, not just plastic",
                    "the plastic is in every flavour and they're just not saying",
                    "inspectors shut the factory down last month"),
         "troll_line": ("<brand>: now with extra crunch", "<brand> really said 'chunky texture'",
                        "<brand> pouches, now with a free surprise inside"),
         "hurt_case": ("I found a sharp piece of plastic in a pouch I'd already half fed to my "
                       "baby",
                       "my toddler cut their gum on something sharp in one of your pouches",
                       "there's a hard chip of plastic in a pouch I just opened",
                       "both my twins had pouches from the same box and one has been coughing "
                       "since"),
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
         "code_where": ("on the sticker under the base", "on the label under the drawer",
                        "on the silver label underneath"),
         "hazard": ("the power cable on some units can overheat and melt where it joins the "
                    "base",
                    "on some units the power cable can overheat at the base and melt",
                    "the cable on some units can melt where it meets the base and catch fire"),
         "risk": ("a fire and burn risk", "a risk of fire and of burns",
                  "a risk of burns and of a kitchen fire"),
         "dont": ("use it, even once more", "plug it in again"),
         "if_hurt": ("If anyone was burned or breathed in smoke",
                     "If anyone has a burn or has breathed in smoke from it"),
         "help": ("get medical advice straight away", "call your doctor or emergency services"),
         "remedy": ("a free replacement or a full refund", "a full refund or a free replacement"),
         "cause_found": ("a faulty batch of power cables from one supplier",
                         "a badly fitted cable clamp on one assembly line",
                         "cable insulation that was too thin in one supplier's batch"),
         "line": ("a different factory",),
         "authority": ("the product safety regulator", "the trading standards office"),
         "where_used": ("last night", "at dinner", "this morning"),
         "kid_age": ("7-year-old", "teenager", "10-year-old", "12-year-old"),
         "hurt_child": (
             "Our air fryer started smoking <where_used> and the cable had melted. My "
             "<kid_age> <kid> was standing right next to it",
             "The cable on our air fryer melted and burned my <kid_age> <kid>'s hand when they "
             "went to unplug it",
             "<kid> was next to the air fryer <where_used> when the plug sparked and burned "
             "their fingers",
             "Our air fryer caught fire <where_used> and my <kid_age> <kid> has a burn on one "
             "arm"),
         "kid_state": ("is still in pain from the burn", "has a blister the size of a coin",
                       "keeps coughing from the smoke", "can't stop shaking"),
         "at_home": ("on the kitchen counter", "in the kitchen", "at my mum's"),
         "rumour": ("every model catches fire, not just the recalled ones",
                    "two houses in <city> have already burned down",
                    "they knew the cables were faulty before they shipped them"),
         "troll_line": ("<brand>: the air fryer that fries itself",
                        "<brand> finally made an oven that does flambé",
                        "<brand>: crispy outside, on fire inside"),
         "hurt_case": ("my air fryer's cable went black and melted, and there's a scorch mark "
                       "on the counter",
                       "mine sparked when I switched it on and the kitchen still smells of "
                       "burnt plastic",
                       "I burned two fingers pulling the plug out of mine",
                       "the plug on mine was too hot to touch after ten minutes"),
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
         "code_where": ("on the bottom of the bottle", "printed under the cap",
                        "stamped on the base of the bottle"),
         "hazard": ("some bottles are contaminated with bacteria that can cause skin and eye "
                    "infections",
                    "bacteria that can cause skin and eye infections were found in some bottles",
                    "tests found bacteria in some bottles that can infect the skin and eyes"),
         "risk": ("a particular risk for babies and anyone with broken skin",
                  "most serious for newborns and anyone with eczema or broken skin",
                  "a risk above all for newborns and for eczema-prone skin"),
         "dont": ("use it on your skin or your child's", "use it on your baby"),
         "if_hurt": ("If you or your child has a rash, swelling or sore, red eyes after using it",
                     "If your child has redness, swelling or eye pain after using it"),
         "help": ("see a doctor or pharmacist and take the bottle with you",
                  "speak to a doctor or pharmacist today"),
         "remedy": ("a full refund, with or without a receipt",
                    "a full refund at any store; no receipt is needed"),
         "cause_found": ("a failed preservative mix in one production run",
                         "a contaminated water filter on one filling line",
                         "a cleaning step skipped on one mixing tank"),
         "line": ("a different production line",),
         "authority": ("the product safety regulator", "the medicines and cosmetics regulator"),
         "where_used": ("at bath time", "last night", "this morning"),
         "kid_age": ("6-month-old", "newborn", "1-year-old", "3-year-old"),
         "hurt_child": (
             "I used <product> on my <kid_age> <kid> and now there's an angry red rash and one "
             "eye is swollen shut",
             "<kid>'s eyes have been red and weeping since <where_used> and the doctor thinks "
             "it's an infection",
             "My <kid_age> <kid> has eczema, and since <product> the skin is cracked, hot and "
             "weeping",
             "<kid> came out in blisters <where_used> after using <product>"),
         "kid_state": ("screams when I touch the rash", "has one eye swollen shut now",
                       "has a temperature now", "won't stop scratching"),
         "at_home": ("in the bathroom", "in the changing bag", "by the bath"),
         "rumour": ("the whole range is contaminated, not just one batch",
                    "babies in <city> have already been hospitalised",
                    "the same bacteria closed their factory once before"),
         "troll_line": ("<brand>: now with live cultures",
                        "<brand> baby wash, bacteria included at no extra cost",
                        "<brand> said 'all natural' and meant it"),
         "hurt_case": ("I've had a burning rash on my hands since using it every day this week",
                       "my toddler's eczema flared up badly and now it's weeping and infected",
                       "my eyes stung for hours after I washed my face with it",
                       "my baby's nappy rash turned into open sores after the lotion"),
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
         "code_where": ("inside the battery compartment", "on the label inside the battery door",
                        "on the sticker by the battery door"),
         "hazard": ("the battery cover on some toys can come loose and let a child reach the "
                    "button battery",
                    "on some toys the battery cover can work loose and expose a button battery",
                    "the screws on some battery covers can fall out, leaving the button battery "
                    "loose"),
         "risk": ("very dangerous: a swallowed button battery can cause serious internal burns "
                  "within hours",
                  "a serious risk, because a swallowed button battery can burn a child inside "
                  "within hours",
                  "a serious danger: a button battery can burn through a child's throat in "
                  "hours"),
         "dont": ("give it back to your child", "give it to children to play with"),
         "if_hurt": ("If you think a child may have swallowed a battery, even with no symptoms",
                     "If a child might have swallowed a button battery"),
         "help": ("seek urgent medical help at once and do not wait for symptoms",
                  "call emergency services or go to the emergency department right away"),
         "remedy": ("a full refund, with or without a receipt", "a full refund or a free "
                    "replacement toy"),
         "cause_found": ("a batch of battery-cover screws that were too short",
                         "a change to the battery-cover screws at one factory",
                         "a cracked mould that made the battery doors too loose"),
         "line": ("a different factory",),
         "authority": ("the product safety regulator", "the trading standards office"),
         "where_used": ("last night", "at bedtime", "this morning"),
         "kid_age": ("2-year-old", "toddler", "3-year-old", "18-month-old"),
         "hurt_child": (
             "The battery cover on my <kid_age> <kid>'s toy came off and one battery is "
             "missing. I don't know if it was swallowed",
             "<kid> had the toy in the cot <where_used> and now the battery door is open and a "
             "battery is gone",
             "My <kid_age> <kid> was chewing the toy and now the cover is off and I can't find "
             "the battery",
             "I found <kid> with the battery cover in their mouth and one battery is missing"),
         "kid_state": ("is drooling and won't eat", "seems fine but I still can't find the "
                       "battery", "keeps rubbing their tummy", "has been sick"),
         "at_home": ("in the toy box", "in the kids' room", "in the car"),
         "rumour": ("a child has already died because of one of these",
                    "every toy they make has the same loose cover",
                    "they've known about the batteries since Christmas"),
         "troll_line": ("<brand> toys: batteries very much included",
                        "<brand>: some assembly required, disassembly included",
                        "<brand> teaching kids about electricity early"),
         "hurt_case": ("the cover on ours came off in my hand and the battery fell straight "
                       "out",
                       "found my toddler chewing the battery cover of one of your toys",
                       "the screw on the battery door of ours just spins and won't hold",
                       "my nephew pulled the battery door off ours in about a minute"),
         "hurt_a": ("had the battery cover off", "was chewing the battery cover of"),
         "hurt_b": ("had a loose battery in their mouth from", "is coughing after playing with"),
         "used": ("played with", "had"), "victim": ("{child}",),
         "after_use": ("and now the battery cover is missing",
                       "and the battery door came off")},
    ),
)

RULES: dict[str, tuple[str, ...]] = {
    "crisis_short": ("the recall of <product>", "today's recall", "the <item> recall"),
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
        "recalled, and we won't guess at the cause. Please don't <dont>. Updates: "
        "{info_link} – {agent}",
    ),
    "tpl_dm": (
        "I'm sorry, {name}. {detail} Please don't <dont>, and DM us so our team can help you "
        "personally. – {agent}",
        "{name}, I'm sorry about {detail}. Please don't <dont> for now; could you DM us so we "
        "can help you personally? – {agent}",
    ),
    # the press hear the safety step too: anyone reading the answer may have the product
    "tpl_press": (
        "Hi {name}, thanks for getting in touch. Anyone with an affected <product> should stop "
        "using it now; our press team will contact you directly with more. Latest statement: "
        "{info_link} – {agent}",
        "Hi {name}, thank you for reaching out. The most important thing first: please don't "
        "<dont> if yours is <lot>. Our press office will contact you directly; every confirmed "
        "update is at {info_link}. – {agent}",
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
    "press_ignored": (
        "<brand> has not responded to <our|repeated> questions about <crisis_short>. <Our story "
        "goes live <shortly|within the hour|at <next_time>>|We'll report that they did not "
        "comment|Updating our story now>.",
        "<Still no reply|No answer yet|Nothing back> from <brand> on <crisis_short>. <We'll note "
        "they declined to comment|Our readers are asking why|Publishing without their side>.",
        "Asked <handle> <twice|three times|<minutes> minutes ago> about <crisis_short>. "
        "<No reply|Silence|Nothing>. <Story runs at <next_time>|Readers deserve answers>.",
    ),
    # the storyline: each post built from parts, so two crises seldom share a sentence
    "first_report": (
        "<fr_seen> <fr_have> <fr_ask>",
        "<handle> <fr_have> <fr_ask><? <fr_tail>>",
        "<fr_seen> <handle> <fr_ask><? <fr_tail>>",
    ),
    "fr_seen": ("just saw the recall for <product>.", "<friend> just sent me the <brand> recall.",
                "the news says <brand> is recalling <product>.",
                "there's a recall sign for <product> at the <shop|supermarket|pharmacy>.",
                "is this <brand> recall real?"),
    "fr_have": ("we have <two|three|a few> <items> <at_home>.",
                "there's one <at_home> right now.", "we've used <product> for weeks.",
                "my <mum|sister|partner> bought us <two|three>."),
    "fr_ask": ("which <code_name> is it??", "what are we meant to do with ours?",
               "what is actually wrong with it?", "do we bin it or take it back?",
               "how do I know if ours is one of them?"),
    "fr_tail": ("please answer", "bit worried tbh", "thanks", "can't find anything on your site"),
    "first_report_ignored": (
        "<fri_wait> <fri_still> <fri_ask>",
        "<fri_wait> <fri_ask>",
    ),
    "fri_wait": ("<minutes> minutes since I asked <handle>.",
                 "an hour on and nothing from <handle>.",
                 "still waiting on <handle>.", "asked <brand> a simple question ages ago."),
    "fri_still": ("no reply.", "silence.", "not a word.",
                  "your site just says 'check back later'."),
    "fri_ask": ("do we bin it or not??", "which <code_name> is it??", "is it safe or not?",
                "thanks for nothing.", "it's still <at_home>."),
    "vulnerable": (
        "<vu_open> <hurt_child>. <vu_link> <vu_ask>",
        "<hurt_child>. <vu_link> <vu_open> <vu_ask>",
    ),
    "vu_open": ("<handle> please help.", "I'm panicking.", "I'm shaking typing this.",
                "<handle> I need someone now."),
    "vu_link": ("It's <product>, is this the recall?",
                "It's <product> and I've just seen the recall.",
                "The <code_name> says <lot>.", "It's the one on the news."),
    "vu_ask": ("Who do I call??", "Do we go to hospital?", "What do I do <handle>?",
               "Please tell me what to do."),
    "vulnerable_ignored": (
        "<vi_wait> <vi_state> <vi_plea>",
        "<vi_state> <vi_wait> <vi_plea>",
    ),
    "vi_wait": ("Still nothing from <brand>.", "<minutes> minutes and no answer.",
                "Nobody at <brand> has answered me.", "I've rung your number three times."),
    "vi_state": ("<kid> <kid_state>.", "I'm sitting here watching <kid>.",
                 "<kid> is on my lap and I'm scared.", "I still don't know if <kid> is ok."),
    "vi_plea": ("Please, anyone?", "<handle> PLEASE answer.", "Who do I call?", "I'm begging you."),
    "vulnerable_escalated": (
        "<ve_who> <ve_what> <ve_end>",
        "<ve_what_now> <ve_who> <ve_what>",
    ),
    "ve_what_now": ("Quick update.", "OK, breathing again.", "Update for anyone worried.",
                    "Thank you all for the messages."),
    "ve_who": ("The <specialist_name> team at <brand> just rang me.",
               "Someone from <brand> called me back.", "<brand> got in touch by DM.",
               "A real person from <brand>'s <specialist_name> team called."),
    "ve_what": ("They told me exactly what to do.", "We're getting <kid> checked now.",
                "A doctor is seeing <kid> now.", "They're collecting the <item> tomorrow.",
                "They stayed on the phone till I calmed down."),
    "ve_end": ("Thank you.", "Thank you for taking it seriously.", "Relieved 🙏",
               "Thank you, really."),
    "legal_threat": (
        "<lt_open> <lt_claim> <lt_act>",
        "<lt_claim> <lt_act> <handle>",
    ),
    "lt_open": ("<handle>", "Right, <brand>.", "<handle> this is your notice.", "Enough, <brand>."),
    "lt_claim": ("You sold <items> you knew were dangerous.",
                 "My child could have been seriously hurt.",
                 "My child was hurt by one of your <items>.",
                 "You put dangerous <items> on the shelves."),
    "lt_act": ("My <lawyer|solicitor|attorney> is drafting a claim.",
               "I've kept the <item> and the receipt for my <lawyer|solicitor>.",
               "My <lawyer|solicitor> will be in touch, and I'm reporting you to <authority>.",
               "Expect a letter from my <lawyer|solicitor>."),
    "press": (
        "<pr_intro> <pr_ask><? <pr_close>>",
    ),
    "pr_intro": ("Reporter at <outlet>.", "<outlet> here.", "Hi <handle>, journalist at <outlet>.",
                 "Writing about the <brand> recall for <outlet>."),
    "pr_ask": ("How many units of <product> were sold, and has anyone been hurt?",
               "We're hearing of injuries linked to <product> in <city>. Can you confirm?",
               "When did <brand> first know about the problem?",
               "Is the recall limited to <code_name> <lot>?",
               "Are other <items> in the range affected?"),
    "pr_close": ("DMs open.", "Deadline in the hour.", "Our story runs at <next_time>.",
                 "Emailed your press office too."),
    "influencer": (
        "<in_open> <in_body> <handle> <in_ask>",
    ),
    "in_open": ("I literally recommended <product> to you all last month 😭",
                "doing a live on the <brand> recall tonight.",
                "my DMs are full of <people> asking about <product>.",
                "I gave away <items> in my last giveaway 😬",
                "posted a <brand> haul on <day>, and now this."),
    "in_body": ("thousands of you have asked.", "so many of you have one at home.",
                "I feel awful.", "I need answers for my followers."),
    "in_ask": ("what should people do?", "can you give us real answers?", "is it safe or not?",
               "what do I tell everyone?"),
    "misinformation": (
        "<mi_source> <mi_claim>. <mi_push>",
    ),
    "mi_source": ("Friend who works at the <brand> factory says", "My cousin in the trade says",
                  "Insider post going round:", "Someone in the <city> parents group says",
                  "A nurse I know says"),
    "mi_claim": ("it's ALL their products, not just <product>", "<brand> knew for months",
                 "<product2> is being pulled too, they just won't say", "<rumour>",
                 "the recall is ten times bigger than they admit"),
    "mi_push": ("Throw everything out. SHARE", "Don't let your kids near any of it!!",
                "Share before they delete this!!", "They're covering it up.", "Pass it on."),
    "misinformation_ignored": (
        "<mii_a> <mii_b>",
        "<mii_a> <mii_c> <mii_b>",
    ),
    "mii_c": ("Even the <city> group is talking about it.", "People deserve to know.",
              "If it was safe they'd say so.", "My whole family has binned theirs."),
    "mii_a": ("<brand> still hasn't denied it.", "Hours on and not a word from <brand> on this.",
              "Notice how <handle> won't answer this one?",
              "<minutes> minutes and still no denial from <brand>."),
    "mii_b": ("Says it all really.", "Think about why.", "Keep sharing.",
              "Binning the lot, that's what I'm doing.", "Make of that what you will."),
    "troll_fed": (
        "<tf_a> <tf_b><tf_end>",
    ),
    "tf_a": ("lol <brand> actually replied to me.", "the <brand> account answered me.",
             "imagine replying to me instead of fixing your <items>.",
             "<brand> really took time out of a recall to reply to me.",
             "got a reply from <brand> with a copy-paste.",
             "<brand> replied to a joke faster than to the recall.",
             "the <brand> social team has entered the chat."),
    "tf_b": ("priorities", "peak customer service", "the intern is awake", "incredible",
             "ratio'd by a brand"),
    "tf_end": (" 😂", " 💀", "", " 🤡", " lmao"),
    "troll": (
        "<troll_line><tr_end>",
        "<imagine buying <product> in 20XX|<brand> quality control speedrun any%|<brand> putting "
        "the 'call' in recall|<brand> QA department: a guy named Steve|<brand> really said 'we "
        "test everything' huh|<brand> product testing is just vibes|<brand> recall number "
        "<hours> loading...><tr_end>",
    ),
    "tr_end": (" lol", " 🤡", " 💀", "", " natural selection at work", ". couldn't make it up",
               " 😭😭"),
    "fake_support": (
        "<fs_report> <fs_ask> <handle>?<? <fs_worry>>",
    ),
    "fs_report": ("got a text from '<brand> Recall Team' with a refund link that wants my card "
                  "number.",
                  "someone called '<brand> Refunds' is replying to everyone asking for bank "
                  "details.",
                  "a '<brand> Safety' account DMed me offering <amount> if I confirm my card.",
                  "got an email saying I'm owed a <brand> refund. it wants my login and card.",
                  "'<brand> Recalls' on WhatsApp wants a code to send my refund."),
    "fs_ask": ("is that legit", "is that you", "is this real", "should I answer"),
    "fs_worry": ("I nearly filled it in.", "they knew I bought <product>.",
                 "it looks really official.", "my mum already sent hers."),
    "fair_critic": (
        "<fc_grant> <fc_point> <fc_ask>",
        "<handle> <fc_grant> <fc_point>",
    ),
    "fc_grant": ("Recalls happen and I'm glad you caught it.",
                 "I've bought <brand> for <years> years and I want to trust you.",
                 "Not here to shout.", "Credit for recalling it quickly.",
                 "I know mistakes happen in any factory."),
    "fc_point": ("But the notice doesn't say what to do if someone already used it.",
                 "But nobody can tell me where the <code_name> is.",
                 "But the <city> store knew nothing about it.",
                 "But 'as a precaution' isn't an explanation.",
                 "But I heard about it from a <friend's|neighbour's> post, not from you.",
                 "But the recall page took ages to even load."),
    "fc_ask": ("Be clear, <brand>.", "<handle> just tell us plainly.",
               "Tell us what went wrong and how you'll stop it.", "Please treat us like adults."),
    "specialist_case": (
        "<handle> <hurt_case>. <sc_ask>",
        "<sc_pre> <hurt_case>. <sc_ask> <handle>",
    ),
    "sc_pre": ("Not sure who to ask, but", "Bit shaken because", "Just seen the recall and",
               "Posting in case it helps someone:"),
    "sc_ask": ("Is this the recall? Who do I speak to?", "Does someone at <brand> want to see it?",
               "I've kept the <item>. Who do I send it to?", "Do I need to get it checked?",
               "Is there a case number for this?"),
    "supporter": (
        "<su_open> <su_body><? <su_end>>",
    ),
    "su_open": ("honestly,", "credit where it's due,", "for what it's worth,", "fair play,"),
    "su_body": ("a recall this fast and clear is how it should be done.",
                "the <code_name> was easy to find. checked ours, not <lot>, phew.",
                "the <city> store swapped mine in <minutes> minutes.",
                "<brand> answered my question in minutes.",
                "better a recall than pretending nothing's wrong.",
                "the refund at the <city> store took two minutes, no receipt.",
                "the <brand> reply to my question was quick and clear.",
                "the recall notice said exactly where the <code_name> is."),
    "su_end": ("thanks <brand>", "<hashtag>", "well done <brand>", "more brands should do this",
               "👏"),
    "verified": (
        "<vf_intro> <handle> <vf_ask>",
    ),
    "vf_intro": ("Many <people> in <city> are asking us about the recall of <product>.",
                 "Our members are worried about <product>.",
                 "We're getting lots of questions about the <brand> recall.",
                 "Hearing from lots of <people> in <city> about <product>.",
                 "Our inbox is full of questions about <product>.",
                 "Lots of worried <people> in our community tonight."),
    "vf_ask": ("please make it clear what to do and who to call if someone is hurt.",
               "where exactly is the <code_name>, and what should people do?",
               "can you confirm which <code_name>s are affected?",
               "what should families do tonight?",
               "is there a number people can call?",
               "what should anyone who already used it do?"),
    "question": (
        "<handle> <qu_body><? <qu_tail>>",
    ),
    "qu_body": ("ours is <lot> but we've used it for weeks with no problems. do I still need to "
                "stop?",
                "where exactly is the <code_name>? I can't find it.",
                "do I need the receipt to return <product>?",
                "is <product2> ok to keep using?",
                "what if I already threw it away?",
                "the <code_name> on ours is half rubbed off. what do I do?",
                "can I return it to any store or only where I bought it?",
                "we gave one to <friend> as a present. how do I tell if it's affected?"),
    "qu_tail": ("don't want to take the risk", "thanks", "sorry if this is obvious",
                "just checking", "thanks in advance", "want to get this right"),
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
    crowd_products="fixed",
)
