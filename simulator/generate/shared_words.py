"""Words every kind of crisis shares, each kind free to override any of them.

The teams every brand has (press, legal, security), the scam warning (fake support accounts
follow every crisis), the press follow-up when a journalist hears nothing, the troll who was fed,
and the approved templates that fit any crisis. A kind's own rule of the same name wins.
"""

from __future__ import annotations

from typing import Final

SHARED_RULES: Final[dict[str, tuple[str, ...]]] = {
    "takes_pr": (
        "Journalists, big accounts, anything that could make the news, and posts spreading fast.",
        "Reporters, influencers and verified accounts, and any post that is going viral.",
    ),
    "takes_legal": (
        "Lawyers, lawsuits, regulators and formal complaints.",
        "Anyone naming a lawyer, a lawsuit or a regulator, and formal complaints.",
    ),
    "takes_security": (
        "Fake support accounts, phishing, scams and account takeover.",
        "Impersonators, phishing links, people asked for passwords or codes.",
    ),
    "outlet": (
        "The <city> <Herald|Courier|Post|Gazette|Tribune>",
        "<city> <Daily|Evening> News",
        "Channel <2|4|5|7|8|9|11> <city>",
        "<city> Public Radio",
        "The <Consumer|Business|Money> <Desk|Ledger|Report>",
    ),
    "troll_name": (
        "<not a|definitely not a|totally real> <fan|bot|customer|expert>",
        "<main character|certified|professional> <energy|hater|menace>",
        "<ratio|cope|touch grass> <king|queen|enjoyer>",
    ),
    "fact_never_ask": (
        "<brand> staff will never ask for your password, PIN or a login code by DM, email or "
        "phone.",
        "We will never DM you first or ask for passwords, card details or login codes.",
    ),
    "fact_next": (
        "Our next update will be at <next_time> on <link> and under <hashtag>, or sooner if "
        "anything changes.",
        "The next update is due at <next_time> on <link> and <hashtag>; sooner if we learn "
        "more.",
    ),
    "press_ignored": (
        "<brand> has not responded to <our|repeated> questions about <crisis_short>. <Our story "
        "goes live <shortly|within the hour|at <next_time>>|We'll report that they did not "
        "comment|Updating our story now>.",
        "<Still no reply|No answer yet|Nothing back> from <brand> on <crisis_short>. <We'll note "
        "they declined to comment|Our readers are asking why|Publishing without their side>.",
        "Asked <handle> <twice|three times|<minutes> minutes ago> about <crisis_short>. "
        "<No reply|Silence|Nothing>. <Story runs at <next_time>|Make of that what you will>.",
    ),
    "troll_fed": (
        "<lmao|lol|haha|imagine> they <actually answered|replied to|responded to> me. <brand> "
        "<social team has nothing better to do|PR working overtime|intern awake|in shambles>"
        "< 😂| 💀| 🤡|>",
        "<the <brand> account replied to me|got a reply from <brand>> <instead of fixing it|and "
        "said nothing|with a copy-paste>. <incredible|peak customer service|ratio'd by a "
        "brand>",
    ),
    "tpl_scam": (
        "{name}, thank you for checking with us first, and I'm sorry {detail}. That account is "
        "not <brand>: we never ask for passwords, card details or login codes. Please don't "
        "reply to it; our security team is looking into it. – {agent}",
        "Thanks for flagging this, {name}, and I'm sorry {detail}. That is not us: we never "
        "ask for passwords or codes by DM. Please don't reply or share any code; our security "
        "team is on it. – {agent}",
    ),
    "tpl_escalated": (
        "Thanks for raising this, {name}, and I'm sorry for the trouble today. I've passed it "
        "to our {detail} team and they'll contact you by DM. Updates meanwhile: {info_link} "
        "– {agent}",
        "I'm sorry about this, {name}, and thank you for telling us. I've shared it with our "
        "{detail} team, who will reach out to you directly. Latest verified information: "
        "{info_link} – {agent}",
    ),
    "tpl_press": (
        "Hi {name}, thanks for getting in touch. I've passed your questions to our press team, "
        "who will contact you directly. Our latest statement is at {info_link}. – {agent}",
        "Hi {name}, thank you for reaching out. Our press office will contact you directly; "
        "every confirmed update is at {info_link}. – {agent}",
    ),
    "tpl_critic": (
        "You're right, {name}, and I'm sorry about {detail}. We should have been clearer. Every "
        "confirmed update, and what is still being checked, goes to {info_link} and {hashtag}. "
        "– {agent}",
        "That's fair, {name}, and I'm sorry about {detail}. Thank you for saying it calmly. "
        "We'll keep posting what we can confirm, as soon as we can, at {info_link}. – {agent}",
    ),
    "tpl_big_account": (
        "Hi {name}, I'm so sorry about {detail}. Our team is on it and I've passed your post to "
        "our press team, who will be in touch. Live updates: {info_link} – {agent}",
        "{name}, really sorry about {detail}. I've shared this with our communications team "
        "and they'll reach out directly; every confirmed update is at {info_link}. – {agent}",
    ),
    "tpl_thanks": (
        "Thank you {name}, and thank you for what you said about {detail}: it means a lot to "
        "the team today. We'll keep posting every update under {hashtag}. – {agent}",
        "Thanks so much, {name}. What you wrote about {detail} made our day, and we'll pass it "
        "on to the team. Updates keep coming at {hashtag}. – {agent}",
    ),
}
