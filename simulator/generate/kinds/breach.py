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
         "system": ("an old customer database", "the customer database used for deliveries"),
         "exposed": ("names, email addresses, phone numbers, delivery addresses and order "
                     "histories",),
         "exposed_short": ("name, email and home address",),
         "safe_thing": ("Card numbers and passwords were not exposed",),
         "rumour": ("everyone's card numbers and passwords",),
         "record": ("my home address",),
         "afraid": ("I moved last year to get away from my ex, and my new address is on my "
                    "account with you.",
                    "I have a stalker with a court order against him and all my deliveries "
                    "go to my new flat."),
         "takeover": ("ordered things to an address I've never heard of",
                      "changed my email and used my saved card")},
    ),
    Industry(
        "health app",
        "<<last_name>|Verity|Calla|Arden|Solace|Mender> <Health|Care|Clinics>",
        ("the patient app", "online booking", "video appointments", "my patient account",
         "prescription reminders", "the symptom checker"),
        {"people": ("patients",),
         "person": ("patient",),
         "system": ("the appointment booking system", "the appointment reminder system"),
         "exposed": ("names, dates of birth, email addresses, phone numbers and appointment "
                     "dates",),
         "exposed_short": ("name, date of birth and appointment dates",),
         "safe_thing": ("Clinical notes, test results and payment details were not exposed",),
         "rumour": ("everyone's medical records and test results",),
         "record": ("my appointment history",),
         "afraid": ("My appointments with your mental health service are private. Not "
                    "even my family knows.",
                    "I'm treated at one of your clinics and my employer doesn't know. I'd "
                    "lose my job if it came out."),
         "takeover": ("booked appointments in my name and changed my email",
                      "changed my phone number and my password"),},
    ),
    Industry(
        "school platform",
        "<<last_name>|Satchel|Quill|Brightway|Chalkboard|Inkwell> <Learn|Classroom|Schools>",
        ("the parent app", "the homework portal", "lunch payments", "class messages",
         "the school calendar", "report cards"),
        {"people": ("parents",),
         "person": ("parent",),
         "system": ("the parent contact database",
                    "the parent messaging system"),
         "exposed": ("names, email addresses and phone numbers of parents, and their children's "
                     "names, schools and year groups",),
         "exposed_short": ("name, phone number and my kids' school",),
         "safe_thing": ("School reports, photos, passwords and payment details were not "
                        "exposed",),
         "rumour": ("every child's photos, reports and home address",),
         "record": ("my children's names and school",),
         "afraid": ("There is a court order keeping my children's father away from us, and the "
                    "school is the only place that has our details.",
                    "We moved schools to get away from someone dangerous. Nobody is meant to "
                    "know where my son goes now."),
         "takeover": ("messaged my kids' teacher pretending to be me",
                      "changed who can collect my daughter from school"),},
    ),
    Industry(
        "fitness app",
        "<<last_name>|Stride|Tempo|Summit|Vigor|Kinetic> <Fit|Run|Active>",
        ("the app", "saved routes", "the membership", "workout history", "class bookings",
         "the heart-rate sync"),
        {"people": ("members",),
         "person": ("member",),
         "system": ("a backup of the member database", "an old copy of the member database"),
         "exposed": ("names, email addresses, phone numbers and saved running and cycling "
                     "routes",),
         "exposed_short": ("name, email and the routes I run",),
         "safe_thing": ("Card details and passwords were not exposed",),
         "rumour": ("everyone's card details and passwords",),
         "record": ("every route I've logged",),
         "afraid": ("I live alone and every run I've logged starts and ends at my front door.",
                    "My ex already turned up at the park where I run once. All my routes are "
                    "on the app."),
         "takeover": ("changed my email and cancelled my membership",
                      "changed my password and deleted my routes"),},
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
        "We have now counted the affected accounts: about <14,000|23,000|38,000> <people>. Each "
        "is getting an email from us today, and their passwords have been reset.",
        "The affected <people> are now identified, about <12,000|19,000|41,000> of them; every "
        "one is being emailed today. If you get no email, your details were not in it.",
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
        "Hi {name}, I understand why that's worrying. What we know: {detail}. <safe_thing>. We "
        "don't yet know how many <people> are affected. Confirmed updates: {info_link} "
        "– {agent}",
        "Hi {name}, thanks for checking before sharing. The facts: {detail}. <safe_thing>. "
        "How many people and who did it we don't know yet, and won't guess: "
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
        "{detail}. What we don't know yet, we'll say too, at {info_link}. – {agent}",
        "That's fair, {name}, and I'm sorry. The facts so far: {detail}. We don't yet know how "
        "many <people> are affected; updates at {info_link}. – {agent}",
    ),
    # the storyline
    "first_report": (
        "just got an email from <brand> saying my data was 'involved in a security incident'?? "
        "what does that even mean <handle>",
        "<handle> is this email about a data breach real? says my <exposed_short> may have been "
        "accessed. <?what do I do?>",
        "someone posted a file with <brand> <people>' details in it and mine is in there. "
        "<handle> what is going on??",
    ),
    "first_report_ignored": (
        "still no word from <handle> about the leak. my details are out there and you're silent.",
        "<an hour|ages> later and <handle> hasn't said a thing about my data. brilliant.",
    ),
    "vulnerable": (
        "<afraid> If that was in the leak I'm not safe. <handle> please, I need to know today "
        "if mine was in it.",
        "<afraid> Was my data in this breach? I can't stop shaking. <handle> who do I talk to?",
    ),
    "vulnerable_ignored": (
        "Still no answer. I haven't slept. <handle> did the leak include <record> or not?",
        "Hours and not one reply. I'm frightened, <brand>. Please just tell me if my details "
        "are out there.",
    ),
    "vulnerable_escalated": (
        "Someone from the <specialist_name> team called me and went through my account. I feel "
        "a bit less scared. Thank you.",
        "Thank you <brand>. Your <specialist_name> team checked my account and told me what to "
        "do next.",
    ),
    "legal_threat": (
        "Reporting <brand> to the data protection regulator today, and I've signed up to the "
        "group claim. You had one job: keep our data safe <handle>",
        "<handle> my lawyer says this is a clear breach of data protection law. Expect a formal "
        "claim for the distress this has caused.",
    ),
    "press": (
        "<outlet> here. <handle> can you confirm how many <people> are affected by the data "
        "breach, and when you first knew? DMs open.",
        "Reporter at <outlet>. We've seen a file said to hold <brand> <people>' details. "
        "<handle> is it genuine, and has the regulator been told?",
    ),
    "influencer": (
        "just found out my <brand> account was in the leak, and I've been recommending you to "
        "my followers for a year 😬 <handle> what do I tell them?",
        "filming a video on the <brand> data breach tonight. <handle> you've got until then to "
        "explain what happened to our data",
    ),
    "misinformation": (
        "<brand> leaked <rumour>. Cancel everything NOW and share this before they delete it!!",
        "My cousin works in IT there: hackers were inside <brand> for a year and sold <rumour>. "
        "They're covering it up. Pass it on",
    ),
    "misinformation_ignored": (
        "<brand> still hasn't denied it. That tells you everything.",
        "Funny how <handle> answers everyone except the people asking about this.",
    ),
    "troll": (
        "<brand> security team is a sticky note with the password on it <?lol>",
        "congrats to <brand> on finally sharing their <person> list with the whole internet 🎉",
        "<brand> took 'open data' a bit too literally",
    ),
    "fake_support": (
        "got a DM from '<brand> Security Team' saying my account was in the breach and I have to "
        "'verify' with the code they just texted me. legit <handle>??",
        "email from '<brand> Data Protection Team' says click here to claim compensation for "
        "the breach and enter my card. real? <handle>",
        "someone called '<brand> Support' is replying to everyone under the breach post offering "
        "to 'secure' accounts by DM. <handle> is that you?",
    ),
    "fair_critic": (
        "Breaches happen. But I found out from a news site, not from you. <brand>, tell us "
        "plainly what was taken and what we should do.",
        "I've used <brand> for years. I don't expect perfection, I expect honesty: which "
        "data, how many people, since when. <handle>",
    ),
    "specialist_case": (
        "Someone logged into my <brand> account last night and <takeover>. I can't get back in "
        "<handle>",
        "I clicked a link in an email 'from <brand>' about the breach and typed my password in. "
        "What do I do now?",
        "A loan was taken out in my name this week and the only place with my <exposed_short> "
        "together is <brand>. Who do I talk to?",
    ),
    "supporter": (
        "<brand> emailed me within hours and said exactly what was taken and what wasn't. More "
        "than most companies manage <hashtag>",
        "Credit where it's due: <brand> owned this fast and gave clear steps. Changed my "
        "password, turned on two-step, done.",
    ),
    "verified": (
        "Lots of people in <city> are asking me about the <brand> data breach. <handle> please "
        "tell everyone clearly what was taken and what to do.",
    ),
    "question": (
        "<handle> do I need to change my password even if I didn't get an email?",
        "is it safe to keep using <product> or should I delete my account? <handle>",
        "<handle> should I cancel my card because of the breach?",
    ),
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
        "{brand} password was probably password123",
        "{brand} now offering free data sharing to all customers",
        "hackers: exist. {brand}: 🤷",
        "{brand} in shambles lol",
        "imagine trusting {brand} with {product}",
        "{brand} security team on lunch break for {days} years",
        "ratio + {brand} leaked your data",
        "{brand} 'we take your privacy seriously' aged well",
        "free {product} for the hackers, nice one {brand}",
    ),
    "topic_exposed": (
        "{brand_handle} was {mine} in the breach? nobody is telling me anything",
        "got the breach email from {brand}. worried sick about what they have on me",
        "{brand_handle} I've used {product} for {days} years. is my data out there now?",
        "my whole family uses {brand}. are we all affected? {brand_handle}",
        "{brand_handle} scared to open any email now. which ones are really from you?",
        "nothing from {brand} in my inbox. does that mean I'm safe or not? {brand_handle}",
        "{brand_handle} {mine} is the same everywhere. what happens now??",
        "am I affected? got the email at {hours} am and can't get through {brand_handle}",
    ),
    "topic_trust": (
        "how does {brand} lose our data and then say 'we take privacy seriously'",
        "{brand_handle} you had ONE job: keep our details safe",
        "found out about the {brand} breach from the news, not from {brand}. disgraceful",
        "{brand_handle} {hours} hours and all we get is 'we're investigating'",
        "{brand} knew and said nothing until it was in the papers. {brand_handle}",
        "{brand_handle} why was {mine} even kept this long?",
        "absolute joke {brand_handle}. {mine} out there because you couldn't lock a door",
        "{brand} charging for {product} and can't protect a spreadsheet",
    ),
    "topic_leaving": (
        "deleting my {brand} account today. not taking chances",
        "{brand_handle} how do I close my account and get my data deleted?",
        "cancelling {product}. I'll come back when you can keep data safe",
        "used {brand} for {days} years. asking for my data to be erased tonight",
        "{brand_handle} removing my card and my address. trust is gone",
        "moving to another provider. {brand} had one job",
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
