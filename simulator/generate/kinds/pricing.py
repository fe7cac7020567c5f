"""A price rise or policy change people hate: a subscription goes up, a fee appears, a perk goes.

What makes it a pricing crisis and not any crisis: nothing is broken, the brand did it on purpose
and announced it in an email, so the anger is about fairness and loyalty, not a failure. What
changes, when and for whom is known from the start; whether anyone will be spared (existing
customers, bookings already made, points already saved) is not decided yet, and the desk must
neither argue for the change nor promise exceptions nobody has agreed. The one-person cases are
a bill, a booking, a cancellation or a hardship the change makes real (the `tier2` team,
named Customer Accounts so one name fits a subscription, a booking and a points card), and
scammers offer to "lock in the old price" for a card number.
"""

from __future__ import annotations

from simulator.generate.kind import Kind, TopicSpec
from simulator.generate.kinds.crowds.pricing import CROWD_RULES
from simulator.generate.kinds.industries.pricing import INDUSTRIES

# Industry values are fixed words, never expanded: no `<...>` in them.

STORY_RULES: dict[str, tuple[str, ...]] = {
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
        "account with you and go through your options; please DM us (no card details needed). "
        "What changes: {info_link} – {agent}",
        "{name}, I'm so sorry about {detail}. <specialist_name> can talk you through your "
        "options personally; please DM us when you can. The details: {info_link} – {agent}",
    ),
    # no {detail}: the facts are the template's own words, so no fact lands mid-sentence
    "tpl_facts": (
        "Hi {name}, thanks for checking first: that isn't right. <safe_thing>. We won't "
        "promise anything we haven't announced. Details: {info_link} – {agent}",
        "Hi {name}, I understand the worry, but that's not what is happening. <safe_thing>. "
        "Every decision is announced at {info_link} – {agent}",
    ),
    "tpl_dm": (
        "I'm sorry, {name}. {detail} Please DM us so we can look at your account with you. "
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
        "<lmao|lol|haha|imagine> they <actually answered|replied to|responded to> me. <brand> "
        "<social team has nothing better to do|PR working overtime|really counting every "
        "penny today|in shambles><? 😂|? 💸|? 🤡>",
        "<imagine replying to me|<brand> replied to me|got a reply from <brand>> instead of "
        "<scrapping|rethinking|explaining> the <change_short>. <incredible|priorities|peak "
        "customer service|cope>",
    ),
    # the storyline: each post built from parts (any combination reads as one person wrote it)
    "first_report": (
        "<fr_open>: <gripe>?? <fr_react><? <fr_tag>>",
        "<gripe>?? <fr_after>. <fr_react>",
    ),
    "fr_open": ("just got the <brand> email", "<handle> just read your email",
                "woke up to an email from <brand>", "<brand> emailed everyone at <start_time>",
                "opened my inbox to this from <brand>", "<handle> I've read your email twice"),
    "fr_after": ("that's what <brand> emailed at <start_time>", "straight from the <brand> email",
                 "<brand> actually sent this to its <people>", "just read it in your email "
                 "<handle>", "that's the <brand> email this morning"),
    "fr_react": ("Are you serious?", "You're joking.", "No thanks.", "Cheers for that.",
                 "Unbelievable.", "What a way to start a <day>.", "Brilliant. Really."),
    "fr_tag": ("Anyone else get this?", "<handle>", "Is this for everyone?", "Not impressed.",
               "Thanks for nothing."),
    "first_report_ignored": ("<fri_a>. <fri_jab>",),
    "fri_a": ("<Hours|<hours> hours> later and not a word from <handle> about the "
              "<change_short>", "Asked <handle> at <start_time> and still nothing",
              "<minutes> minutes and no reply from <brand>", "Nothing from <handle> but "
              "that email", "Still waiting on <brand> to answer anyone"),
    "fri_jab": ("Typical.", "Just going to pretend nobody's asking?", "Do you read your "
                "replies at all?", "Says a lot.", "Great way to treat your <people>.",
                "Guess we're meant to just pay up and shut up."),
    "vulnerable": (
        "<need_story>. <vu_who> <vu_hit> <vu_plea>",
        "<vu_who> <need_story>. <vu_hit> <vu_plea>",
    ),
    "vu_who": ("I'm on a pension.", "I'm a full-time carer on a carer's allowance.",
               "I'm bringing up <kid> on my own and money is tight.",
               "I've been on benefits since my stroke.", "I'm a widow living on my own.",
               "I work two part-time jobs and it still barely covers the bills."),
    "vu_hit": ("<hit_me>.", "I can't absorb the <change_short> on top of everything else.",
               "The <change_short> is money I simply don't have.",
               "I've already cut back on everything else."),
    "vu_plea": ("<handle> please, who can I talk to?", "Please tell me what my options are "
                "<handle>.", "Is there any help at all for people like me, <handle>?",
                "I'm not trying to cause trouble, I just need to know what I can do. <handle>",
                "Who do I speak to before next month, <handle>?"),
    "vulnerable_ignored": ("<vi_a> <vi_b> <vi_c>",),
    "vi_a": ("Still nothing from <handle>.", "<minutes> minutes and no reply.",
             "I asked <minutes> minutes ago and heard nothing.", "No answer yet, <handle>.",
             "Nobody from <brand> has replied."),
    "vi_b": ("I only want to know my options before next month.",
             "I told you my situation and got silence.",
             "I'm not asking for a favour, just who to talk to.",
             "I tried the phone line twice and gave up.", "I can't sleep for worrying."),
    "vi_c": ("Is anyone reading this?", "Please.", "<handle> please answer.",
             "I'm really worried.", "Does anyone there care?"),
    "vulnerable_escalated": ("<?Update: ><ve_who> <ve_what> <ve_feel>",),
    "ve_who": ("Someone from <specialist_name> messaged me", "A real person at <brand> got in "
               "touch", "<friend> from <specialist_name> called me back",
               "Someone from the <brand> <specialist_name> team DMed me",
               "<friend> at <brand> rang me"),
    "ve_what": ("and is going through my options with me.", "and is looking at my <thing>.",
                "and actually listened.", "and gave me a case number, <ref>.",
                "and explained what happens next month."),
    "ve_feel": ("Thank you, that's a weight off.", "Thank you <brand>.", "Feeling a bit "
                "better.", "That's all I wanted.", "Relieved 🙏", "Fingers crossed."),
    "legal_threat": (
        "<lt_open> <lt_claim> <lt_act>",
        "<lt_claim> <lt_act> <handle>",
    ),
    "lt_open": ("<handle>", "<handle> this is your notice.", "Right, <brand>.",
                "Noted, <handle>.", "<handle> read your own terms."),
    "lt_claim": ("You can't change the deal halfway through.",
                 "Changing the terms on existing <people> like this is unfair and likely "
                 "unlawful.", "You're taking away what I signed up for.",
                 "Nothing I agreed to lets you do this mid-contract.",
                 "The <change_short> breaks the terms I signed up to."),
    "lt_act": ("Reporting <brand> to <the consumer regulator|trading standards> today.",
               "My <solicitor|lawyer> will be writing to you this week.",
               "I'm filing a small claim.", "My complaint to the ombudsman is in, "
               "reference <ref>.", "Expect a formal complaint."),
    "press": ("<pr_intro> <pr_ask><? <pr_close>>",),
    "pr_intro": ("<outlet> here.", "Reporter at <outlet>, writing about the <brand> "
                 "<change_short>.", "Hi <handle>, journalist at <outlet>.",
                 "<outlet>: we're covering the <brand> <change_short>.",
                 "Writing about <brand> for <outlet>."),
    "pr_ask": ("How many <people> does the <change_short> affect, and will existing <people> "
               "get any exceptions?", "Can you confirm when it starts and whether anyone is "
               "exempt?", "What's behind the <change_short>, and what do you say to <people> "
               "who feel taken for granted?", "Can you confirm it applies to <whom>?",
               "We're hearing from <people> in <city> who say they can't afford it. What help "
               "is there?"),
    "pr_close": ("DMs open.", "Deadline in the hour.", "Our piece runs at <next_time>.",
                 "Emailed your press office too.", "Happy to take a statement."),
    "influencer": ("<in_open> <in_body> <in_end>",),
    "in_open": ("just <quit> live on stream.", "made a video breaking down the <brand> "
                "<change_short>: <120|250|400|600>k views in an hour.",
                "my DMs are full of <people> upset about the <brand> email.",
                "I've recommended <brand> to my followers for <years> years.",
                "ran a poll: <8|9> in 10 of my followers hate the <brand> <change_short>."),
    "in_body": ("Not a word to loyal <people> before the email?", "Nobody warned the people "
                "who've stayed for years.", "Your most loyal <people> feel taken for granted.",
                "This is how you lose a community.", "Loyalty clearly counts for nothing."),
    "in_end": ("<handle> do better.", "<handle> your <people> deserve a straight answer.",
               "Over to you <handle>.", "<handle> explain this please 👀",
               "Not a good look, <handle>."),
    "misinformation": ("<mi_source> <rumour>. <mi_push>",),
    "mi_source": ("Friend who works at <brand> says", "PSA from someone inside <brand>:",
                  "Heard from a mate in their call centre that", "Screenshot going round the "
                  "group chat:", "My cousin who works at <brand> says"),
    "mi_push": ("Share before they delete this!!", "Pass it on before they bury it.",
                "They won't tell you this.", "Tell everyone you know.", "RT so people know.",
                "Act before it's too late."),
    "misinformation_ignored": ("<mii_a> <mii_b>",),
    "mii_a": ("<brand> still hasn't denied it.", "Still no denial from <handle>.",
              "Funny how <handle> answers everyone except this post.",
              "Still no word from <brand> on this.", "Notice <handle> won't touch this one?"),
    "mii_b": ("Make of that what you will.", "Says it all.", "Keep sharing.", "They know.",
              "Silence = guilt.", "Interesting."),
    "troll": ("<tr_a><tr_end>",),
    "tr_a": ("imagine being surprised <brand> wants more of your money",
             "<brand> CEO needs a fourth yacht, cope harder", "pay up peasants, <brand> has "
             "bills too", "<brand> <people> finding out what 'loyalty' means",
             "breaking: <brand> discovers money", "<brand> speedrunning the most hated email of "
             "the year", "crying over the <change_short> lmao", "<brand>: 'we value you' "
             "*sends invoice*"),
    "tr_end": (" lol", " 🤡", " 💸", " 💀", "", " cope"),
    "fake_support": ("<fs_report> <fs_ask><? <fs_worry>>",),
    "fs_report": (
        "got a DM from <handle>_billing saying I can keep <old_deal> if I confirm my card "
        "number and the code they texted me.",
        "someone called '<brand> Members Help' is replying to everyone offering to lock in "
        "<old_deal> for a small fee by bank transfer.",
        "a '<brand> Loyalty Team' account says I've been picked to keep <old_deal> if I log "
        "in through their link.",
        "got a text: '<brand>: confirm your details to keep <old_deal>' with a weird link.",
        "an account with your logo is DMing people a form to 'opt out of the <change_short>'. "
        "it wants card details.",
    ),
    "fs_ask": ("legit <handle>??", "<handle> is that you?", "is this real <handle>?",
               "<handle> should I answer it?"),
    "fs_worry": ("I nearly filled it in.", "They knew my name.", "It looks really official.",
                 "My dad already sent them his card number."),
    "fair_critic": ("<fc_grant> <fc_point> <fc_ask>",),
    "fc_grant": ("<grant>.", "I've been with <brand> <years> years and I'm not leaving over "
                 "this.", "Not here to shout.", "I'm not one for pile-ons."),
    "fc_point": ("But one email at <start_time> and silence since isn't good enough.",
                 "But loyal <people> found out from an email, not from you.",
                 "But nobody has said whether there will be any exceptions.",
                 "But the email never explained why.",
                 "But 'to serve you better' isn't an explanation."),
    "fc_ask": ("Tell us straight: are there exceptions or not, <brand>?",
               "Be honest with us about who it affects and why, <handle>.",
               "Just treat us like adults, <handle>.", "A straight answer would go a long way.",
               "At least say when you'll decide."),
    "specialist_case": (
        "<account_case>. <sc_ask>",
        "<handle> <account_case>. <sc_ask>",
        "<handle> your email and your website say different things about my <thing>. "
        "<sc_ask>",
    ),
    "sc_ask": ("I need this sorted before next month.", "Can a real person look at my "
               "account, please?", "Who do I speak to?", "My reference is <ref>. Can someone "
               "check?", "Can someone call me?"),
    "supporter": ("<su_open> <su_body><? <hashtag>>",),
    "su_open": ("Unpopular opinion:", "Gotta say,", "In fairness,", "For what it's worth,",
                "Honestly,"),
    "su_body": ("<brand> gave us a month's notice and it's still <cheaper|better value> than "
                "the rest.", "the <brand> reply team is being patient with everyone today.",
                "everything's going up and <brand> is hardly the worst.",
                "<brand> has been good to me for <years> years, one change won't undo that.",
                "at least <brand> is answering people instead of hiding."),
    "verified": ("<vf_open> <vf_ask>",),
    "vf_open": ("Many constituents in <city> have contacted me about the <brand> "
                "<change_short>.", "We're hearing from lots of <people> in <city> worried "
                "about the <change_short>.", "Our advice line has had dozens of calls about the "
                "<brand> <change_short>.", "My inbox is full of <people> in <city> upset by "
                "the <brand> email.", "Older <people> in <city> tell us they can't afford the "
                "<change_short>."),
    "vf_ask": ("<handle> please set out clearly who is affected and what help there is.",
               "<handle> who does it apply to, and when?", "<handle> what support is there for "
               "people on low incomes?", "<handle> where can people get clear answers?"),
    "question": ("<handle> <qu_ask> <qu_tail>",),
    "qu_ask": ("do I need to do anything now, or does it just change <when>?",
               "if I'm not happy with the <change_short>, what are my options?",
               "does the change apply to me if I <already>?",
               "is there any way to keep <old_deal>?", "where do I find what changes for me?",
               "what happens if I do nothing?"),
    "qu_tail": ("don't want to leave if I don't have to", "the email wasn't clear",
                "thanks", "trying to work out what to do", "sorry if this has been asked"),
}

RULES = {**STORY_RULES, **CROWD_RULES}

KIND = Kind(
    name="pricing",
    label="a price rise or policy change",
    rules=RULES,
    industries=INDUSTRIES,
    specialist="tier2",
    specialist_name="Customer Accounts",
    specialist_takes="One customer's bill, account, refund, cancellation or hardship case.",
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
