"""A video of a staff member behaving badly: rude, cruel or racist to a customer, on camera.

What makes it misconduct and not any crisis: nothing is broken and nobody's data or money is at
stake; everyone has watched the same clip, so the brand cannot argue with it, play it down or
hint that the customer had it coming. What is known is the video itself and that the staff
member is off duty while it is investigated; what is not known is what happened before the
recording starts, and that is never an excuse. The one-person cases are the customer in the
video (or their family) and everyone the clip reminds of their own bad experience with staff;
the crowd is angry, some of it turns on the employee (threats, their home address), and
scammers offer fake "goodwill" refunds.
"""

from __future__ import annotations

from simulator.generate.kind import Kind, TopicSpec
from simulator.generate.kinds.crowds.misconduct import CROWD_RULES
from simulator.generate.kinds.industries.misconduct import INDUSTRIES

# An industry's `store` is where it happened, `staff` who did it there (role and place in one
# value, so they always fit), `act` what the clip shows (fits every role of the industry, and
# names nobody's gender: the person in the video may be anyone's mum, dad or brother).

STORY_RULES: dict[str, tuple[str, ...]] = {
    "crisis_short": ("the video", "the <city> video", "the video of our staff member"),
    "title": ("<brand>: the video everyone is sharing", "<brand>: caught on camera",
              "<brand>: one clip, a million views"),
    "briefing": (
        "A video filmed by <who_filmed> shows <staff> <act>. It has been shared all "
        "night and <brand> is trending. The staff member is off duty pending an investigation; "
        "what happened before the clip starts is not known, and must never be used to excuse "
        "it. You run the care desk.",
        "This morning a clip of <staff> <act> went viral. <brand> has taken the staff "
        "member off duty and is investigating, but nobody knows yet what happened before the "
        "recording. People want an apology, not excuses, and some are turning on the employee. "
        "You run the care desk.",
    ),
    # facts: known, unknown, and what to do
    "fact_what": (
        "A video filmed by <who_filmed> shows <staff> <act>. What it shows is "
        "unacceptable, and we are sorry.",
        "We have seen the video of <staff> <act>. There is no excuse for it, and we "
        "apologise.",
    ),
    "fact_scope": (
        "The person in the video works for <brand>; we are not hiding behind a contractor or "
        "an agency.",
        "The incident happened <scene>; the staff member in the video is employed by <brand>.",
    ),
    "fact_safe": (
        "The staff member is off duty pending an investigation.",
        "The employee is off duty while we investigate.",
    ),
    "fact_unknown": (
        "We do not yet know what happened before the video starts; nothing before it could "
        "excuse what it shows.",
        "What happened before the recording began is not yet known, and we will not guess. "
        "Whatever it was, it does not excuse the video.",
    ),
    "fact_doing": (
        "We are investigating with our people team and reaching out to <victim_the> to "
        "apologise in person.",
        "An investigation is under way, and we are trying to reach <victim_the> to apologise "
        "personally.",
    ),
    "fact_advice": (
        "If you were there, or have your own complaint about our staff, please DM us or use "
        "<link>: our Customer Relations team reads every report.",
        "To report this or any other experience with our staff, please DM us or use <link>; "
        "Customer Relations will reply to every report.",
    ),
    "fact_never_ask": (
        "<brand> will never DM you asking for card details or a login to pay a refund or a "
        "goodwill gesture.",
        "We will never ask for your card details, password or a code by DM, not even to "
        "offer a refund.",
    ),
    "update_cause": (
        "We have now spoken to <victim_the> and to witnesses, and seen our own camera footage: "
        "the video shows the exchange from its start, and <victim_the> did nothing to provoke "
        "it.",
        "Witnesses and our own footage confirm that nothing <victim_the> did before the "
        "recording began provoked what the video shows.",
    ),
    "update_fix": (
        "The investigation has concluded and the employee no longer works for <brand>. We "
        "have apologised to <victim_the> in person.",
        "We have apologised to <victim_the> in person, and every <site> team will have "
        "conduct and anti-discrimination training this month; the disciplinary process is "
        "under way.",
    ),
    # templates
    "tpl_holding": (
        "Hi {name}, we've seen the video and what it shows is unacceptable. I'm sorry. The "
        "staff member is off duty, we're investigating, and we're trying to reach <victim_the> "
        "to apologise in person. {info_link} – {agent}",
        "Hi {name}, I'm sorry. The video is unacceptable and there's no excuse for it. We've "
        "put the staff member off duty while we investigate, and we want to apologise to "
        "<victim_the> personally. {info_link} – {agent}",
    ),
    "tpl_specialist": (
        "I'm so sorry, {name}. {detail} Our <specialist_name> team reads every report in full "
        "and will contact you personally; please DM us what happened, where and when. "
        "{info_link} – {agent}",
        "{name}, I'm really sorry, nobody should be treated like that. {detail} Please DM us "
        "the details: our <specialist_name> team will reply to your report personally. "
        "– {agent}",
    ),
    "tpl_facts": (
        "Hi {name}, thanks for asking before sharing. The staff member is off duty pending an "
        "investigation. What happened before the clip isn't known yet and would not excuse it. "
        "Updates: {info_link} – {agent}",
        "Hi {name}, here are the facts: {detail}. The staff member is off duty while we "
        "investigate. We won't guess what happened before the video. {info_link} – {agent}",
    ),
    "tpl_dm": (
        "I'm so sorry, {name}. {detail} Could you DM us so we can hear what happened to you "
        "properly? – {agent}",
        "{name}, I'm sorry about {detail}. Please DM us so our team can listen and help you "
        "personally. – {agent}",
    ),
    "tpl_scam": (
        "Thank you for checking, {name}. That account is not <brand>: we never ask for card "
        "details or a login to pay a refund. Please don't reply to it; block and report it. "
        "{detail} – {agent}",
        "{name}, thanks for flagging it. That isn't us: <brand> never asks for card details "
        "or codes by DM, for refunds or anything else. Please block and report it. {detail} "
        "– {agent}",
    ),
    "tpl_critic": (
        "You're right, {name}, and I'm sorry our first words weren't good enough. What we "
        "know: {detail}. We'll keep saying what we know at {info_link}. – {agent}",
        "That's fair, {name}. I'm sorry. The facts: {detail}. The staff member is off duty "
        "while we investigate; updates at {info_link}. – {agent}",
    ),
    # the storyline: each post built from parts, so two crises seldom share a sentence
    "first_report": (
        "<mf_open> <mf_what> <mf_react> <mf_ask>",
        "<mf_what> <mf_react> <mf_ask>",
    ),
    "mf_open": ("just watched the <brand> video.", "have you all seen this??",
                "the <brand> video is everywhere.", "<friend> just sent me the clip.",
                "had to stop the <brand> video halfway."),
    "mf_what": ("<staff> <act>, on camera.", "a <brand> employee <act>.",
                "someone filmed one of your <staff_noun> <act>.",
                "<who_filmed> caught <staff> <act>."),
    "mf_react": ("disgusting.", "I feel sick.", "absolutely vile.", "unbelievable.",
                 "how is that ok??"),
    "mf_ask": ("<handle> is this person still working for you?",
               "<handle> what are you going to do about it?", "<handle> explain.",
               "<handle> say something.", "<handle> who hired this person?"),
    "first_report_ignored": (
        "<mfi_when> <mfi_silence>",
    ),
    "mfi_when": ("that video is everywhere.", "<hours> hours since the clip went up.",
                 "the clip has <two|three|four> million views now.",
                 "<minutes> minutes since I asked.", "everyone has seen it by now."),
    "mfi_silence": ("and not one word from <brand>.", "and <handle> still hasn't said anything?",
                    "how is there no statement yet <handle>?", "your silence says a lot <handle>.",
                    "is anyone there, <handle>?"),
    "vulnerable": (
        "<mv_who> <mv_after> <mv_hurt> <mv_plea>",
        "<mv_who> <mv_hurt> <mv_after> <mv_plea>",
    ),
    "mv_who": ("That was <relative> in the video.", "The <victim_word> in that video is "
               "<relative>.", "It was me in that video.", "I'm the <victim_word> in that clip.",
               "That's <relative> in the clip everyone is sharing."),
    "mv_after": ("Nobody in our family has slept since.", "Nobody from <brand> has even called "
                 "us.", "Now strangers are commenting on our faces.",
                 "It's been shared everywhere and every share hurts.",
                 "People we know keep sending it to us."),
    "mv_hurt": ("Watching it back makes me shake.", "I can't stop crying.",
                "I keep replaying it.", "<hours> hours of strangers sharing the worst moment of "
                "our lives.", "We haven't left the house."),
    "mv_plea": ("<handle> please, just say sorry to us.", "<handle> please.",
                "I just want someone at <brand> to call us. <handle>",
                "<handle> who do we talk to?", "Please, <handle>, a real person."),
    "vulnerable_ignored": (
        "<mvi_when> <mvi_ask>",
    ),
    "mvi_when": ("Still nothing.", "<hours> hours now.", "Another night of strangers sharing "
                 "that clip.", "No call, no message.", "I asked <minutes> minutes ago."),
    "mvi_ask": ("Thousands have watched it and <brand> can't send us one message?",
                "<handle> still hasn't reached out to us.",
                "We're the ones in the video, <brand>. Talk to us.",
                "Not one word from <handle>.", "Does anyone at <brand> care?"),
    "vulnerable_escalated": (
        "<mve_who> <mve_what> <mve_feel>",
    ),
    "mve_who": ("Someone from the <specialist_name> team called us", "<brand> rang this morning",
                "A manager from <brand> came to see us", "The <specialist_name> team got in "
                "touch"),
    "mve_what": ("and apologised properly.", "and listened to all of it.",
                 "and said sorry without a single 'but'.", "and told us what happens next."),
    "mve_feel": ("Thank you.", "It doesn't undo it, but it was a real apology.",
                 "It helps a little.", "Thank you for listening.", "That matters to us."),
    "legal_threat": (
        "<ml_open> <ml_grounds> <ml_act>",
        "<ml_grounds> <ml_act> <handle>",
    ),
    "ml_open": ("<handle>", "Right, <handle>.", "For the record, <handle>:",
                "<handle> consider this notice."),
    "ml_grounds": ("What your employee did is discrimination, plain and simple.",
                   "<relative_cap> was humiliated by your staff on camera.",
                   "That video shows <victim_the> being treated unlawfully.",
                   "I was there and saw all of it.",
                   "Your staff member's conduct is on record, watched by millions."),
    "ml_act": ("We've instructed a lawyer.", "Expect a claim for discrimination.",
               "Keep every second of your camera footage.",
               "Your legal team will hear from us.",
               "I'm reporting <brand> to the equality regulator today."),
    "relative_cap": ("My family", "Someone I love", "A member of my family"),
    "press": (
        "<mp_intro> <mp_ask><? <mp_close>>",
    ),
    "mp_intro": ("<outlet> here.", "Reporter at <outlet>.",
                 "Writing about the <brand> video for <outlet>.",
                 "Hi <handle>, journalist at <outlet>."),
    "mp_ask": ("Is the employee in the video still working for you, and has <brand> contacted "
               "<victim_the>?", "What is your response to the video filmed <scene>?",
               "We're running a story on the video tonight. Will you comment?",
               "Has anyone from <brand> apologised to <victim_the> directly?",
               "Is this the first complaint about staff at <store>?"),
    "mp_close": ("DMs open.", "Deadline in the hour.", "Our story runs at <next_time>.",
                 "Emailed your press office too."),
    "influencer": (
        "<mn_open> <mn_body> <mn_end>",
    ),
    "mn_open": ("Not giving <brand> another penny after that video.",
                "Stitching the <brand> video tonight.",
                "My <followers|community> keep sending me the <brand> clip.",
                "I've worked with <brand> before, and I'm ashamed of that now.",
                "Watched the <brand> video <three|four|five> times."),
    "mn_body": ("What that employee did is indefensible.",
                "The statement so far is one line of corporate speak.",
                "Nobody should be spoken to like that.",
                "My followers are furious, and so am I."),
    "mn_end": ("<handle> show us you actually care.", "<handle> what are you doing about it?",
               "<handle> you've got until tonight.", "Not a good look, <handle>."),
    "misinformation": (
        "<mm_source> <mm_claim> <mm_push>",
    ),
    "mm_source": ("Friend who works there says", "Heard from someone at <store>:",
                  "Screenshot from the <brand> staff group chat:",
                  "My cousin works at <brand> and says", "Insider post, before it's deleted:"),
    "mm_claim": ("<brand> is backing the employee and blames <victim_the> for 'starting it'.",
                 "that employee is already back at work.",
                 "<brand> has paid <victim_the> to keep quiet.",
                 "managers told staff to delete the camera footage from <store>.",
                 "it's not the first time, and they buried the last complaint."),
    "mm_push": ("Share this.", "Pass it on before it's deleted.", "They don't care.",
                "Don't let them bury it.", "Everyone needs to see this."),
    "misinformation_ignored": (
        "<mmi_silence> <mmi_end>",
    ),
    "mmi_silence": ("<brand> still hasn't denied it.", "Notice how <handle> won't say whether "
                    "that employee is still working?", "<minutes> minutes and no denial from "
                    "<brand>.", "Still no answer from <handle> on this.",
                    "<handle> replies to everyone except this."),
    "mmi_end": ("Says it all.", "Exactly.", "Keep sharing.", "Make of that what you will.",
                "Guilty silence."),
    "troll": (
        "<mt_joke><mt_tail>",
    ),
    "mt_joke": ("the real victim here is the <brand> PR team",
                "<brand> customer service living up to its reputation fr",
                "can't wait for the <brand> 'we take this very seriously' post",
                "new <brand> slogan: service with a snarl",
                "<brand> staff handbook page one: check for cameras",
                "who had '<brand> trending for the wrong reason' on their <day> bingo card",
                "<brand> rebranding as a reality show"),
    "mt_tail": ("", " lol", " 💀", " 🍿", " fr"),
    "troll_fed": (
        "<tf_open> <tf_body><tf_tail>",
    ),
    "tf_open": ("lol", "lmao", "wow", "haha"),
    "tf_body": ("<brand> replied to me faster than they apologised to <victim_the>",
                "the <brand> social team has time for me but not for the person in the video",
                "got a reply from <brand>. copy-paste, naturally",
                "<brand> answering trolls while the clip hits another million views",
                "the <brand> account replied to me. priorities"),
    "tf_tail": ("", " 💀", " 🤡", " 😂"),
    "fake_support": (
        "<mfs_report> <mfs_ask> <handle><?? <mfs_worry>>",
    ),
    "mfs_report": (
        "'<brand> Customer Care' just DMd me offering a <amount> goodwill refund over the video "
        "if I confirm my card details.",
        "someone called '<brand> Help Team' is replying to everyone under the video asking for "
        "their login to send a 'goodwill voucher'.",
        "got a text: '<brand> apologises. Claim your <amount> voucher here' with a strange link.",
        "a '<brand> manager' on WhatsApp says every customer gets compensation if I send my bank "
        "details.",
        "an account called '<brand> Support' asked me to 'verify my account' with a code "
        "they just sent.",
    ),
    "mfs_ask": ("is that legit", "is that you", "is this real", "was that really you",
                "real or scam"),
    "mfs_worry": ("they sound official", "my <mum|dad> nearly sent it", "the link looks real",
                  "I already clicked it"),
    "fair_critic": (
        "<mc_grant> <mc_point> <mc_ask>",
    ),
    "mc_grant": ("Every company has a bad employee.", "I'm not cancelling anything yet.",
                 "I've been a customer for <years> years and I'm not here to pile on.",
                 "One person doesn't make a whole company.", "I know statements take time."),
    "mc_point": ("But so far it's one line of corporate speak.",
                 "But your first statement read like a lawyer wrote it.",
                 "But nobody has apologised to <victim_the> yet.",
                 "But 'we're aware' isn't an apology.",
                 "But silence makes it look like you're protecting them."),
    "mc_ask": ("Talk to the person in that video, <brand>.", "Say sorry like you mean it, "
               "<handle>.", "Tell us what you're actually doing.", "<handle> own it."),
    "specialist_case": (
        "<msc_case> <msc_ask>",
        "<handle> <msc_case> <msc_ask>",
    ),
    "msc_case": (
        "Seeing that video brought it all back: the same thing happened to me <own_where> last "
        "year and nobody took my complaint seriously.",
        "My son was called a slur by a <brand> employee last month. I complained and never "
        "heard back.",
        "Last <day> one of your <staff_noun> refused to serve me and laughed about it.",
        "I reported one of your <staff_noun> <hours> weeks ago for how they spoke to my friend "
        "<friend>. Reference <ref>. Nothing.",
        "Your <staff_noun> treated my <mum|dad> like a criminal last month and we're still "
        "waiting for a reply.",
    ),
    "msc_ask": ("Who do I tell?", "I want this looked at now.",
                "<handle> is anyone going to listen this time?", "Who do I talk to?",
                "I need someone to actually deal with it."),
    "supporter": (
        "<ms_open> <ms_body><? <hashtag>>",
    ),
    "ms_open": ("For what it's worth,", "In fairness,", "Honestly,", "Credit where it's due:"),
    "ms_body": ("the <brand> staff I deal with have always been kind. One person doesn't speak "
                "for all of them.",
                "<brand> took that person off duty quickly and said sorry without any 'but'.",
                "the team at <store> are lovely. Don't take it out on them.",
                "<brand> answered my question properly today. That's how it should be done.",
                "<brand> didn't hide behind 'investigating'. They said sorry first.",
                "<brand> has always treated me well. Let them fix this properly."),
    "verified": (
        "<mvf_open> <mvf_ask>",
    ),
    "mvf_open": ("That <brand> video is hard to watch.",
                 "People in <city> and far beyond are sharing the <brand> video.",
                 "Our inbox is full of messages about the <brand> video.",
                 "I've watched the <brand> clip and I'm appalled."),
    "mvf_ask": ("<handle> what are you doing about it, and has <victim_the> had an apology?",
                "<handle> people want to know whether the employee is still working.",
                "<handle> please say clearly what happens now.",
                "<handle> has anyone apologised to <victim_the>?"),
    "question": (
        "<handle> <mq_body>? <mq_tail>",
        "<mq_body>? <handle> <mq_tail>",
    ),
    "mq_body": ("how do I complain about a member of your staff",
                "where do I report something that happened <own_where>",
                "is there a proper complaints form, or just DMs",
                "can I report something from last year too",
                "I saw something similar with your staff a while back. where do I report it"),
    "mq_tail": ("something happened to me last week", "thanks", "don't want it to get lost",
                "it's been on my mind since the video"),
}

RULES = {**STORY_RULES, **CROWD_RULES}

KIND = Kind(
    name="misconduct",
    label="a video of staff misconduct",
    rules=RULES,
    industries=INDUSTRIES,
    specialist="tier2",
    specialist_name="Customer Relations",
    specialist_takes=("The person in the video or their family, and anyone with their own "
                      "complaint about a member of staff."),
    topics=(
        TopicSpec("video", "topic_video", severity=2, mood="angry", weight=3),
        TopicSpec("boycott", "topic_boycott", severity=2, mood="calm", weight=2),
        TopicSpec("worried", "topic_worried", severity=2, mood="worried", weight=1),
        TopicSpec("own-story", "topic_own_story", severity=3, route="tier2", mood="angry",
                  weight=1.5),
        TopicSpec("doxxing", "topic_doxxing", severity=4, route="security", mood="furious",
                  weight=0.8),
    ),
    channels=("x", "tiktok", "facebook"),
    hashtag_word="Statement",
    link_path="statement",
)
