"""A data breach: someone got into the brand's systems and customers' data is out.

What makes it a breach and not any crisis: nothing visibly stops working, so people learn of it
from an email, a news story or a leaked file; the brand knows what kind of data was taken (and,
as important, what was not) long before it knows how many people are affected or who did it;
every one-person case is a security case (an account taken over, a phishing link clicked, an
identity stolen, someone who is afraid of being found); and scammers use the breach itself as
their bait ("verify your account", "claim your compensation").
"""

from __future__ import annotations

from simulator.generate.kind import Industry, Kind, TopicSpec

INDUSTRIES = (
    Industry(
        "online retailer",
        "<<last_name>|Juniper|Marlow|Tansy|Wren|Larkin> <Home|& Co|Outfitters|Goods>",
        ("my account", "saved addresses", "the loyalty card", "order history", "the app",
         "gift cards", "the newsletter"),
        {"people": ("customers",),
         "person": ("customer",),
         "affected": ("<140,000|210,000|380,000|455,000>",),
         "system": ("an old customer database", "the customer database used for deliveries"),
         "exposed": ("names, email addresses, phone numbers, delivery addresses and order "
                     "histories",),
         "exposed_short": ("name, email and home address", "address and phone number"),
         "safe_thing": ("Card numbers and passwords were not exposed",),
         "rumour": ("everyone's card numbers and passwords", "full card details",
                    "every customer's bank details"),
         "record": ("my home address", "my new address", "my delivery address"),
         "afraid": ("I moved last year to get away from my ex, and my new address is on my "
                    "account with you.",
                    "I have a stalker with a court order against him, and all my deliveries "
                    "go to my new flat.",
                    "I'm staying at a refuge and I've had a few things delivered to the safe "
                    "address.",
                    "My ex turned up at my old place twice. The only place with my new address "
                    "is my <brand> account."),
         "takeover": ("ordered things to an address I've never heard of",
                      "changed my email and used my saved card",
                      "spent my <amount> gift card balance")},
    ),
    Industry(
        "health app",
        "<<last_name>|Verity|Calla|Arden|Solace|Mender> <Health|Care|Clinics>",
        ("the patient app", "online booking", "video appointments", "my patient account",
         "prescription reminders", "the symptom checker"),
        {"people": ("patients",),
         "person": ("patient",),
         "affected": ("<18,000|26,000|31,000|44,000>",),
         "system": ("the appointment booking system", "the appointment reminder system"),
         "exposed": ("names, dates of birth, email addresses, phone numbers and appointment "
                     "dates",),
         "exposed_short": ("name, date of birth and appointment dates", "date of birth and "
                           "phone number"),
         "safe_thing": ("Clinical notes, test results and payment details were not exposed",),
         "rumour": ("everyone's medical records and test results", "patients' full medical "
                    "histories", "every prescription on file"),
         "record": ("my appointment history", "the name of my clinic", "my appointment record"),
         "afraid": ("My appointments with your mental health service are private. Not "
                    "even my family knows.",
                    "I'm treated at one of your clinics and my employer doesn't know. I'd "
                    "lose my job if it came out.",
                    "I've been going to your fertility clinic and nobody knows, not even my "
                    "parents.",
                    "I'm in treatment for addiction through <brand>. In a town like <city>, "
                    "if that gets out I'm finished."),
         "takeover": ("booked appointments in my name and changed my email",
                      "changed my phone number and my password",
                      "cancelled my next appointment and changed my address")},
    ),
    Industry(
        "school platform",
        "<<last_name>|Satchel|Quill|Brightway|Chalkboard|Inkwell> <Learn|Classroom|Schools>",
        ("the parent app", "the homework portal", "lunch payments", "class messages",
         "the school calendar", "report cards"),
        {"people": ("parents",),
         "person": ("parent",),
         "affected": ("<3,400 families|5,200 families|8,900 parents|11,000 parents>",),
         "system": ("the parent contact database",
                    "the parent messaging system"),
         "exposed": ("names, email addresses and phone numbers of parents, and their children's "
                     "names, schools and year groups",),
         "exposed_short": ("name, phone number and my kids' school", "email and my son's "
                           "year group"),
         "safe_thing": ("School reports, photos, passwords and payment details were not "
                        "exposed",),
         "rumour": ("every child's photos, reports and home address", "the children's photos "
                    "and medical notes", "every family's home address"),
         "record": ("my kids' school", "my children's school", "where my kids go to school"),
         "afraid": ("There is a court order keeping my children's father away from us, and the "
                    "school is the only place that has our details.",
                    "We moved schools to get away from someone dangerous. Nobody is meant to "
                    "know where my son goes now.",
                    "We foster a little girl, and her birth family must not find out which "
                    "school she goes to.",
                    "We left a violent home last year. The school and <brand> are the only "
                    "ones who know where my kids are."),
         "takeover": ("messaged my kids' teacher pretending to be me",
                      "changed who can collect my daughter from school",
                      "changed the emergency contact number for my son")},
    ),
    Industry(
        "fitness app",
        "<<last_name>|Stride|Tempo|Summit|Vigor|Kinetic> <Fit|Run|Active>",
        ("the app", "saved routes", "the membership", "workout history", "class bookings",
         "the heart-rate sync"),
        {"people": ("members",),
         "person": ("member",),
         "affected": ("<62,000|95,000|120,000|170,000>",),
         "system": ("a backup of the member database", "an old copy of the member database"),
         "exposed": ("names, email addresses, phone numbers and saved running and cycling "
                     "routes",),
         "exposed_short": ("name, email and the routes I run", "phone number and home "
                           "routes"),
         "safe_thing": ("Card details and passwords were not exposed",),
         "rumour": ("everyone's card details and passwords", "members' live locations",
                    "every member's home address and card"),
         "record": ("every route I've logged", "my route history", "my home address"),
         "afraid": ("I live alone and every run I've logged starts and ends at my front door.",
                    "My ex already turned up at the park where I run once. All my routes are "
                    "on the app.",
                    "Someone followed me on my runs for weeks. The police told me to change my "
                    "routes, and the old ones are all on <brand>.",
                    "I run the same loop round <street> before dawn every day, alone. That "
                    "loop is in my history."),
         "takeover": ("changed my email and cancelled my membership",
                      "changed my password and deleted my routes",
                      "downloaded my whole route history")},
    ),
)

RULES: dict[str, tuple[str, ...]] = {
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
    # crowd
    "crowd_question": (
        "{brand_handle} was my account in the breach? no email yet",
        "do I need to change my password if I never got the email? {brand_handle}",
        "{brand_handle} is {product} affected by the breach too?",
        "how do I know if my data was in it? {brand_handle}",
        "{brand_handle} should I cancel my card or is that overkill?",
        "is it safe to log in to {product} right now? {brand_handle}",
        "{brand_handle} how do I turn on two-step login?",
        "was {mine} in the leak? I signed up in {city} {days} years ago {brand_handle}",
        "is the email about the breach really from you? {brand_handle}",
        "{brand_handle} can I delete my account and everything you hold on me?",
    ),
    "crowd_praise": (
        "{brand} emailed me straight away and said what was taken. appreciated",
        "{brand_handle} clear instructions, changed my password in {minutes} seconds. thanks",
        "at least {brand} told us. my old bank hid theirs for months",
        "the {brand} team in the replies is being really patient with everyone",
        "{brand_handle} thanks for the quick answer, all sorted now",
        "good that {brand} says plainly what they don't know yet",
        "customer of {brand} for {days} years. this is bad but they're handling it properly",
        "{brand_handle} the guidance page is actually useful, thank you",
    ),
    "crowd_troll": (
        "{brand} finally made their {product} popular: with hackers",
        "{brand} security is a padlock drawn on a post-it",
        "hackers: exist. {brand}: 🤷",
        "so {brand} keeps our data 'safe' the way I keep my new year's resolutions",
        "imagine trusting {brand} with {product}",
        "{brand} security team on lunch break for {days} years",
        "{brand} 'we take your privacy seriously' aged like milk",
        "free {product} for the hackers, nice one {brand}",
        "{brand} speedrunning a data protection fine",
        "my {brand} password was safer on a beer mat",
    ),
    "topic_exposed": (
        "{brand_handle} was {mine} in the breach? this is terrifying and nobody is answering",
        "got the breach email from {brand}. worried sick and nobody will tell me anything",
        "{brand_handle} I've used {product} for {days} years. is my data out there now?",
        "my whole family uses {brand}. are we all affected? {brand_handle}",
        "{brand_handle} scared to open any email now. which ones are really from you?",
        "nothing from {brand} in my inbox. does that mean I'm safe or not? {brand_handle}",
        "{brand_handle} {mine} is the same everywhere. what happens now??",
        "am I affected? got the email at {hours} am and can't get through {brand_handle}",
    ),
    "topic_trust": (
        "how does {brand} lose our data and then say 'we take privacy seriously'",
        "{brand_handle} the one thing you had to do was keep our details safe. pathetic",
        "found out about the {brand} breach from the news, not from {brand}. disgraceful",
        "{brand_handle} {hours} hours and all we get is 'we're investigating'",
        "{brand} knew and said nothing until it was in the papers. {brand_handle}",
        "{brand_handle} why was {mine} even kept this long?",
        "absolute joke {brand_handle}. {mine} out there because you couldn't lock a door",
        "{brand} charging for {product} and can't protect a spreadsheet",
    ),
    "topic_leaving": (
        "deleting my {brand} account today. not risking my family's safety on a useless company",
        "{brand_handle} how do I close my account and get my data deleted?",
        "cancelling {product}. sick of companies this careless with our data",
        "used {brand} for {days} years. asking for my data to be erased tonight",
        "{brand_handle} removing my card and my address. trust is gone",
        "moving to another provider. can't trust {brand} with anything now",
        "{brand_handle} please confirm in writing that my details are deleted",
    ),
    "topic_takeover": (
        "{brand_handle} someone changed the email on my account this morning. hacked??",
        "got a login code from {brand} I didn't ask for. is someone in my account? "
        "{brand_handle}",
        "{brand_handle} I clicked the link in an email about the breach and entered my password",
        "someone logged into my {brand} account from {city} and I've never been there "
        "{brand_handle}",
        "{brand_handle} my password doesn't work anymore and I didn't change it",
        "text from '{brand}' asking me to confirm a code to 'secure my account'. scam? "
        "{brand_handle}",
        "{brand_handle} a 'support agent' on WhatsApp wants my login code to check the breach",
        "got a call from '{brand} security' asking for my password. I hung up. {brand_handle}",
    ),
    "topic_claims": (
        "reporting {brand} to the data protection regulator tonight. {brand_handle}",
        "{brand_handle} I'm joining the group claim over the breach. expect to hear from my "
        "lawyer",
        "{brand_handle} formal complaint: I want every record you hold on me, in writing, in "
        "{days} days",
        "my solicitor says the {brand} breach is a clear case. see you in court {brand_handle}",
        "{brand_handle} filing a complaint with the regulator over {mine} being leaked",
        "already spoken to a lawyer about the {brand} leak. {brand_handle} you'll hear from them",
        "{brand_handle} this is a breach of data protection law and I will be taking action",
    ),
}

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
