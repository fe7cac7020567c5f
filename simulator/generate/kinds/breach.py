"""A data breach: someone got into the brand's systems and customers' data is out.

What makes it a breach and not any crisis: nothing visibly stops working, so people learn of it
from an email, a news story or a leaked file; the brand knows what kind of data was taken (and,
as important, what was not) long before it knows how many people are affected or who did it;
every one-person case is a security case (an account taken over, a phishing link clicked, an
identity stolen, someone who is afraid of being found); and scammers use the breach itself as
their bait ("verify your account", "claim your compensation").
"""

from __future__ import annotations

from simulator.generate.kind import Kind, TopicSpec
from simulator.generate.kinds.crowds.breach import CROWD_RULES
from simulator.generate.kinds.industries.breach import INDUSTRIES

STORY_RULES: dict[str, tuple[str, ...]] = {
    "crisis_short": ("the data breach", "the <brand> data breach", "the breach of <people>' data"),
    "title": ("<brand>: whose data is out there?", "<brand>: a breach of <people>' data",
              "<brand> data breach: the morning after the email"),
    "briefing": (
        "At <start_time> <brand> confirmed that someone got into <system> and copied the "
        "personal details of its <people>. Emails are going out, a file is circulating online, "
        "and nobody yet knows how many <people> are affected or who did it. Scammers are "
        "already using the news as bait. You run the care desk.",
        "<brand> has just told its <people> that their personal data was exposed: someone "
        "accessed <system> without permission. What was taken is known; how many people and "
        "who is behind it are not. <People|The worried|The angry> are arriving in the replies, "
        "and so are fake support accounts. You run the care desk.",
    ),
    # facts: known, unknown, and what to do
    "fact_what": (
        "At <start_time> today we confirmed that someone accessed <system> without permission "
        "and copied some of our <people>' details: <exposed>. We are sorry.",
        "Someone got into <system> without permission and copied <exposed>; we confirmed it at "
        "<start_time> today and we are sorry.",
    ),
    "fact_scope": (
        "Only <system> was accessed. The <brand> app and website are safe to use and working "
        "normally.",
        "The breach was limited to <system>; logging in and using <brand> as normal is safe.",
    ),
    "fact_safe": (
        "<safe_thing>.",
        "<safe_thing> in the breach.",
    ),
    "fact_unknown": (
        "We do not yet know how many <people> are affected, or who did it.",
        "We cannot yet say how many <people> are affected or who did this; the investigation is "
        "still under way.",
    ),
    "fact_doing": (
        "We have shut off the access, brought in outside security experts and reported the "
        "breach to the data protection regulator.",
        "The access has been closed. Outside security experts are investigating with us, and "
        "we have told the data protection regulator and the police.",
    ),
    "fact_advice": (
        "Please change your <brand> password, and anywhere else you used it. Watch out for "
        "phishing emails, texts and calls that mention the breach. What to do: <link>",
        "To be safe, change your <brand> password (and the same one anywhere else) and turn on "
        "two-step login. Treat any message about the breach with care: phishing is likely. "
        "Guidance: <link>",
    ),
    "fact_never_ask": (
        "<brand> will never ask for your password or a login code by email, text, phone or DM, "
        "and will not offer compensation by message.",
        "We will never call, text or DM you asking for a password, a login code or card "
        "details, not even about the breach.",
    ),
    "update_cause": (
        "The investigation found how they got in: a <supplier's|staff> login stolen in a "
        "phishing email was used to reach <system>. That login has been shut off. Who was "
        "behind it is not yet known.",
        "We now know how it happened: <system> was left reachable from the internet after a "
        "<server move|software update>. It has been closed. We still do not know who did it.",
    ),
    "update_fix": (
        "We have now counted the affected accounts: about <affected> <people>. Each is getting "
        "an email from us today, and their passwords have been reset.",
        "The affected <people> are now identified, about <affected> of them; every one is being "
        "emailed today. If you get no email, your details were not in it.",
    ),
    # templates
    "tpl_holding": (
        "Hi {name}, I'm so sorry. Someone accessed <people>' data without permission; we've "
        "stopped that access and outside experts are investigating. Please change your "
        "password. Updates: {info_link} {hashtag} – {agent}",
        "Hi {name}, I'm sorry. We confirmed someone copied <people>' data, and we've secured "
        "that access; security experts are on it. Change your <brand> password to be safe. "
        "{info_link} – {agent}",
    ),
    "tpl_specialist": (
        "I'm so sorry, {name}. {detail} They will check your account today. Right now, please "
        "change your password and don't click links in messages about the breach. DM us (never "
        "a password or code). {info_link} – {agent}",
        "{name}, I'm really sorry. {detail} Please change your <brand> password now, and "
        "anywhere you reused it; our <specialist_name> team will check your account and DM you "
        "today. Guidance: {info_link} – {agent}",
    ),
    "tpl_facts": (
        "Hi {name}, I understand why that's worrying. What we know: {detail}. <safe_thing>. "
        "We'll confirm how many <people> are affected as soon as we can: {info_link} "
        "– {agent}",
        "Hi {name}, thanks for checking before sharing. The facts: {detail}. <safe_thing>. "
        "We won't guess at numbers or at who did it; confirmed updates: "
        "{info_link} – {agent}",
    ),
    "tpl_dm": (
        "I'm sorry, {name}. {detail} Please DM us your email address (never your password) so "
        "we can check your account. – {agent}",
        "{name}, I'm sorry about {detail}. Could you DM us so we can check whether your account "
        "was affected? Please never send a password. – {agent}",
    ),
    "tpl_scam": (
        "Thank you for checking first, {name}. That is not <brand>: we never ask for passwords "
        "or login codes, and we don't offer compensation by message. Please don't reply or "
        "click. {detail} – {agent}",
        "{name}, thanks for flagging it. That isn't us: <brand> never asks for a password or "
        "code, not even about the breach. Please block and report it, and don't click its "
        "links. {detail} – {agent}",
    ),
    "tpl_critic": (
        "You're right, {name}, and I'm sorry you didn't hear it from us first. What we know: "
        "{detail}. Everything we confirm, we'll say plainly at {info_link}. – {agent}",
        "That's fair, {name}, and I'm sorry. The facts so far: {detail}. We'll share how many "
        "<people> are affected once it's confirmed; updates at {info_link}. – {agent}",
    ),
    # the storyline: each post built from parts, so two crises seldom share a sentence
    "first_report": (
        "<fr_how> <fr_react> <fr_ask>",
        "<fr_ask> <fr_how> <fr_react>",
    ),
    "fr_how": (
        "just got an email from <brand> saying my <exposed_short> <was|may have been> "
        "'involved in a security incident'.",
        "someone in a <group chat|Facebook group|forum> posted a file of <brand> <people> and "
        "my details are in it.",
        "<friend> just sent me a news link saying <brand> has been hacked.",
        "my bank texted to ask if I'm a <brand> <person>, because 'a breach has been reported'.",
        "the email from <brand> says someone got into <system>, and my details were in it.",
        "an email called '<brand> security notice' landed at <start_time>. my <exposed_short> "
        "may be out there.",
    ),
    "fr_react": ("what does that even mean??", "is this real?", "feeling sick.",
                 "great <day> morning.", "I've had this account <years> years.",
                 "nobody warned us."),
    "fr_ask": ("<handle> what do I do?", "<handle> what was taken exactly?", "<handle> hello??",
               "anyone else get this? <handle>", "<handle> is my account safe?"),
    "first_report_ignored": (
        "<fri_time> <fri_silence> <fri_end>",
    ),
    "fri_time": ("<An hour|<minutes> minutes|Ages> since I asked, and", "Still waiting:",
                 "Refreshed all morning and", "It's been <minutes> minutes and"),
    "fri_silence": ("not a word from <handle> about my data.",
                    "<handle> still hasn't said what was taken.",
                    "nothing from <brand> except that one email.",
                    "<handle> is answering nobody."),
    "fri_end": ("My details are out there and you're silent.", "Brilliant.",
                "Is anyone there?", "How hard is it to reply?", "This is making it worse."),
    "vulnerable": (
        "<afraid> <vu_feel> <vu_need> <vu_plea>",
        "<afraid> <vu_need> <vu_feel> <vu_plea>",
    ),
    "vu_feel": ("I can't stop shaking.", "I haven't slept since the email.", "I feel sick.",
                "I'm terrified.", "I'm so frightened I can't think."),
    "vu_need": ("I need to know today if <record> was in that file.",
                "Your email doesn't say whether <record> was taken.",
                "Was <record> in the leak or not?",
                "Nobody can tell me if <record> is out there now."),
    "vu_plea": ("<handle> please, who do I talk to?", "Please help me, <handle>.",
                "<handle> please, I need a real person.", "I can't get through on the phone. "
                "<handle> what do I do?", "Please call me, <handle>."),
    "vulnerable_ignored": (
        "<vi_time> <vi_state> <vi_ask>",
    ),
    "vi_time": ("Still no answer.", "<hours> hours and not one reply.",
                "Nothing since I asked <minutes> minutes ago.", "No reply, no call, nothing."),
    "vi_state": ("I haven't slept.", "I'm frightened.", "I can't think about anything else.",
                 "I feel completely alone with this.", "I keep refreshing my inbox."),
    "vi_ask": ("<handle> did the leak include <record> or not?",
               "Please just tell me if <record> is out there.",
               "<handle> I need a person, not a form.", "Is anyone at <brand> reading this?"),
    "vulnerable_escalated": (
        "<ve_who> <ve_what> <ve_feel>",
    ),
    "ve_who": ("Someone from the <specialist_name> team <called|rang|messaged> me",
               "<brand> called me back", "A real person at <brand> got in touch",
               "The <specialist_name> team DMed me"),
    "ve_what": ("and went through my account with me.", "and told me exactly what was in the "
                "file.", "and locked my account down while we talked.",
                "and explained what to do next.", "and checked whether <record> was included."),
    "ve_feel": ("I feel a bit less scared.", "Thank you.", "Still shaken, but thank you.",
                "That's all I needed.", "<Relieved|Calmer now>. Thank you."),
    "legal_threat": (
        "<lt_open> <lt_grounds> <lt_act>",
        "<lt_grounds> <lt_act> <handle>",
    ),
    "lt_open": ("<handle>", "Right, <handle>.", "<handle> consider this notice.",
                "For the record, <handle>:"),
    "lt_grounds": ("You were trusted with my <exposed_short>, and you lost it.",
                   "Losing <people>' data like this is a clear breach of data protection law.",
                   "The leaked file has my <exposed_short>.",
                   "You exposed <record> and sent one vague email.",
                   "The distress this has caused my family is real."),
    "lt_act": ("I'm reporting you to the data protection regulator today.",
               "My <lawyer|solicitor> is drafting a formal claim.",
               "I've joined the group claim.",
               "Expect a formal complaint and a claim for damages.",
               "You'll be hearing from my lawyer."),
    "press": (
        "<pr_intro> <pr_ask><? <pr_close>>",
    ),
    "pr_intro": ("Reporter at <outlet> here.", "<outlet>: we're covering the <brand> data breach.",
                 "Writing about the breach for <outlet>.", "Hi <handle>, journalist at <outlet>.",
                 "<outlet> here, working on the breach story."),
    "pr_ask": ("Can you confirm how many <people> are affected, and when you first knew?",
               "We've seen a file said to hold the details of <brand> <people>. Is it genuine?",
               "Has the regulator been told, and when?",
               "Were <people> in <city> affected, and what exactly was taken?",
               "Is it true the data is being sold online?"),
    "pr_close": ("DMs open.", "Deadline in the hour.", "Our story runs at <next_time>.",
                 "Emailed your press office too."),
    "influencer": (
        "<in_open> <in_body> <in_end>",
    ),
    "in_open": ("I've been recommending <brand> to my <followers|community|subscribers> for "
                "<years> years.",
                "Half my <followers|community> use <brand> because of me.",
                "My DMs are full of <followers|subscribers> asking about the <brand> leak.",
                "Filming a video for my <followers|channel> about the <brand> breach tonight.",
                "So many of my <followers|subscribers> have messaged me about the <brand> "
                "breach."),
    "in_body": ("Now I find out my own account was in the leak 😬", "All anyone has is one vague "
                "email.", "Nobody can tell them what was taken.",
                "And <brand> has said almost nothing.", "Honestly I feel responsible."),
    "in_end": ("<handle> what do I tell them?", "<handle> explain please 👀",
               "Not a good look, <handle>.", "<handle> talk to us.",
               "<handle>, what happened to our data?"),
    "misinformation": (
        "<mi_source> <mi_claim> <mi_push>",
    ),
    "mi_source": ("My cousin works in IT there:", "Heard from someone inside <brand>:",
                  "Screenshot going round the <city> group chat:",
                  "A friend who works in cyber security says",
                  "Insider post, before it gets deleted:"),
    "mi_claim": ("hackers were inside <brand> for a year and sold <rumour>.",
                 "<brand> leaked <rumour>.", "the file has <rumour>, and <brand> knew weeks ago.",
                 "<brand> is paying the hackers to keep quiet about <rumour>.",
                 "every single <person> is affected and <brand> is covering it up."),
    "mi_push": ("Cancel your cards NOW.", "Share before they delete this!!", "Pass it on.",
                "They won't tell you this.", "Delete your account today."),
    "misinformation_ignored": (
        "<mg_silence> <mg_end>",
    ),
    "mg_silence": ("<brand> still hasn't denied it.", "<minutes> minutes and no denial from "
                   "<brand>.", "Funny how <handle> answers everyone except the people asking "
                   "about this.", "Notice <handle> won't say a word about <rumour>?",
                   "Still nothing from <handle> on this."),
    "mg_end": ("Guilty silence.", "Wake up, people.", "That tells you everything.",
               "Make of that what you will.", "Says it all.",
               "Share it before it's gone!!", "Keep sharing."),
    "troll": (
        "<tr_joke><tr_tail>",
    ),
    "tr_joke": ("congrats to <brand> on sharing their <person> list with the whole internet",
                "<brand> 'we take your privacy seriously' <aged like milk|did not age well>",
                "<brand> really put the data in data breach",
                "<brand> IT just found out what encryption is",
                "new <brand> feature: your details, now on <hours> forums",
                "whoever at <brand> left the door open is having a long <day>",
                "<brand> finally found a way to get everyone talking about them"),
    "tr_tail": ("", " lol", " 🎉", " 💀", " 🍿", " ngl"),
    "troll_fed": (
        "<tf_open> <tf_body><tf_tail>",
    ),
    "tf_open": ("lol", "lmao", "wow", "haha"),
    "tf_body": ("<brand> replied to me faster than they told anyone about the breach",
                "the <brand> account answered me. shame nobody answered the hackers",
                "<brand> found time to reply to me but not to lock the database",
                "got a reply from <brand>. copy-paste, naturally",
                "the <brand> social team is awake, their security team wasn't"),
    "tf_tail": ("", " 💀", " 🤡", " 😂"),
    "fake_support": (
        "<fs_report> <fs_ask> <handle><?? <fs_worry>>",
    ),
    "fs_report": (
        "got a DM from '<brand> Security Team' saying my account was in the breach and I have "
        "to 'verify' with the code they just texted me.",
        "email from '<brand> Data Protection' says click here to claim <amount> compensation "
        "for the breach and enter my card.",
        "someone called '<brand> Support' is replying to everyone under the breach post "
        "offering to 'secure' accounts by DM.",
        "a '<brand> fraud officer' just rang saying my account was in the leak and asked me to "
        "read back a code.",
        "text from '<brand>': 'Your data was exposed, confirm your identity here' and a weird "
        "link.",
    ),
    "fs_ask": ("is that legit", "is that you", "is this real", "was that really you",
               "real or scam"),
    "fs_worry": ("they knew my <exposed_short>", "I nearly did it", "it looks exactly like "
                 "your emails", "my <mum|dad> already replied"),
    "fair_critic": (
        "<fc_grant> <fc_point> <fc_ask>",
    ),
    "fc_grant": ("Breaches happen, I get it.", "I've used <brand> for <years> years and I'm not "
                 "here to shout.", "I don't expect perfection.", "Nobody's systems are perfect.",
                 "I know the team is probably swamped."),
    "fc_point": ("But I found out from a news site, not from you.",
                 "But one vague email isn't enough.",
                 "But your email doesn't say what was taken or what to do.",
                 "But it's been since <start_time> and we still have no detail.",
                 "But the silence is worse than the breach."),
    "fc_ask": ("Tell us plainly: which data, how many people, since when.",
               "<handle> just be straight with us.", "What should we actually do?",
               "Treat us like adults, <brand>.", "Please say what you know and what you don't."),
    "specialist_case": (
        "<sc_case> <sc_ask>",
        "<handle> <sc_case> <sc_ask>",
    ),
    "sc_case": (
        "Someone logged into my <brand> account last night and <takeover>.",
        "I clicked a link in an email 'from <brand>' about the breach and typed my password in.",
        "A loan was taken out in my name this week, and the only place with my <exposed_short> "
        "together is <brand>.",
        "I got <three|four|five> login codes from <brand> overnight that I never asked for, and "
        "now my password doesn't work.",
        "Someone rang me quoting my <exposed_short> and asking for my <brand> password.",
    ),
    "sc_ask": ("What do I do now?", "Who do I talk to?", "I need this sorted today.",
               "<handle> can someone call me?", "Please can someone check my account?"),
    "supporter": (
        "<su_open> <su_body><? <hashtag>>",
    ),
    "su_open": ("Credit where it's due:", "For what it's worth,", "Honestly,", "In fairness,"),
    "su_body": ("<brand> emailed me within hours and said exactly what was taken and what wasn't.",
                "<brand> owned this fast and gave clear steps. Changed my password, turned on "
                "two-step, done.",
                "the <brand> guidance page is clearer than anything my bank sent after theirs.",
                "the <brand> team in these replies are being patient with everyone.",
                "<brand> said plainly what they don't know yet. More than most manage.",
                "<brand> reset my password before I even asked. Calm, clear, sorted."),
    "verified": (
        "<vf_open> <vf_ask>",
    ),
    "vf_open": ("My inbox is full of questions from <city> about the <brand> data breach.",
                "Lots of people in <city> are asking me about the <brand> breach.",
                "Hundreds of you have asked about the <brand> data breach today.",
                "We're getting a lot of worried messages about <brand> this morning."),
    "vf_ask": ("<handle> please tell everyone clearly what was taken and what to do.",
               "<handle> which data was taken, and what should people do?",
               "<handle> is it safe to keep using <product>?",
               "<handle> when will people know if they're affected?"),
    "question": (
        "<handle> <q_body>? <q_tail>",
        "<q_body>? <handle> <q_tail>",
    ),
    "q_body": ("do I need to change my password even if I didn't get an email",
               "is it safe to keep using <product> or should I delete my account",
               "should I cancel my card because of the breach",
               "how do I know if my details were in the file",
               "is the email I got about the breach really from you",
               "how do I turn on two-step login"),
    "q_tail": ("don't want to overreact", "trying to work out what to do", "thanks",
               "sorry if this has been asked", "never had this happen before"),
}

RULES = {**STORY_RULES, **CROWD_RULES}

KIND = Kind(
    name="breach",
    label="a data breach",
    rules=RULES,
    industries=INDUSTRIES,
    specialist="security",
    specialist_name="Security & Privacy",
    specialist_takes=("Anyone whose own data is at risk now: an account taken over, a phishing "
                      "link clicked, a stolen identity, a fake support account."),
    topics=(
        TopicSpec("exposed", "topic_exposed", severity=2, mood="worried", weight=3),
        TopicSpec("trust", "topic_trust", severity=2, mood="angry", weight=2),
        TopicSpec("leaving", "topic_leaving", severity=2, mood="calm", weight=1.5),
        TopicSpec("takeover", "topic_takeover", severity=4, route="security", mood="worried",
                  weight=1.2),
        TopicSpec("claims", "topic_claims", severity=3, route="legal", mood="angry", weight=0.8),
    ),
    channels=("x", "facebook", "instagram"),
    slots={"mine": ("my email", "my phone number", "my email and phone number",
                    "my name and email")},
    hashtag_word="DataUpdate",
    link_path="data-incident",
)
