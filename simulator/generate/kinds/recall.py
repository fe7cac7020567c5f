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

from simulator.generate.kind import Kind, TopicSpec
from simulator.generate.kinds.crowds.recall import CROWD_RULES
from simulator.generate.kinds.industries.recall import INDUSTRIES

STORY_RULES: dict[str, tuple[str, ...]] = {
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
}

RULES = {**STORY_RULES, **CROWD_RULES}

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
