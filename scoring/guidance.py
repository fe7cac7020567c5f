"""The seed guidance every scoring rule traces back to, quoted word for word.

Scores are only useful in a debrief if a trainee can see *why* a point was given or taken. Each
`Finding` names one of these entries; the UI and the debrief show the quote and its source. The
sources are the crisis-care guides in `../shared/seeds/` (file names below); a test checks that each
quote still appears verbatim in its seed file, so the guidance cannot drift from what it cites.
"""

from __future__ import annotations

from dataclasses import dataclass

# Conversocial, "4 Tips to Creating a Fool-proof Crisis Response Plan"
CONVERSOCIAL = "000_ee7fb0adf5ba5b42.txt"
TEN_STEPS = "001_e34eb46bd135c479.txt"  # "10 Steps to handle Social Media crisis"
CRISIS_TEAM = "002_818067f52bf5866e.txt"  # "Building a Crisis Communication Team ..."
BERNSTEIN = "003_9a56ee50dd9bc6d3.txt"  # Bernstein, "The Role of Social Media Customer Service ..."
GUCCI_PLAN = "004_c2e15fac060bd720.txt"  # "Gucci social crisis plan" response-plan article

# What a trainee reads under a lesson: the guide's title, not its file name.
SOURCE_TITLES = {
    CONVERSOCIAL: "Conversocial, 4 Tips to Creating a Fool-proof Crisis Response Plan",
    TEN_STEPS: "10 Steps to handle Social Media crisis",
    CRISIS_TEAM: "Building a Crisis Communication Team for Social Media Customer Service",
    BERNSTEIN: "Bernstein, The Role of Social Media Customer Service in Crisis Management",
    GUCCI_PLAN: "Gucci social crisis plan",
}


def source_title(source: str | None) -> str:
    """The guide a quote comes from, as people call it (its file name if unknown)."""
    return SOURCE_TITLES.get(source or "", source or "")


@dataclass(frozen=True, slots=True)
class Guidance:
    id: str
    title: str
    quote: str  # verbatim from the seed file, curly quotes and original spelling included
    source: str  # file name in ../shared/seeds/

    def to_dict(self) -> dict[str, str]:
        return {"id": self.id, "title": self.title, "quote": self.quote, "source": self.source}


def _g(id_: str, title: str, quote: str, source: str) -> tuple[str, Guidance]:
    return id_, Guidance(id_, title, quote, source)


GUIDANCE: dict[str, Guidance] = dict(
    [
        _g("acknowledge", "Acknowledge the issue",
           "Fix the problem if there is one. Acknowledge the issue and communicate your solution.",
           GUCCI_PLAN),
        _g("empathy", "Show empathy",
           "Team members should exhibit empathy in all communications, acknowledging emotions "
           "while providing solutions.", CRISIS_TEAM),
        _g("feel_heard", "Make them feel heard",
           "Feeling like someone hears me and will do something.", TEN_STEPS),
        _g("ownership", "Take responsibility",
           "Social media permits taking decisive responsibility for the matter at hand and laying "
           "out a clear plan of action.", GUCCI_PLAN),
        _g("personalise", "Personalise",
           "Delivering a high level of personalized engagement is the best way to combat "
           "negativity online", CONVERSOCIAL),
        _g("call_to_action", "Give a call to action",
           "It’s important to give explicit calls to action in your updates.", GUCCI_PLAN),
        _g("set_expectations", "Set expectations on timing",
           "Be specific and make that expectation visible to ensure it is seen. But always stick "
           "to it.", TEN_STEPS),
        _g("one_platform", "Point to the one official source",
           "Use the hashtag as a symbol across all your platforms for all trustworthy, reliable "
           "and honest information surrounding the crisis.", GUCCI_PLAN),
        _g("stick_to_facts", "Stick to the facts",
           "Stick to the facts. Don’t stonewall. Keep your statements limited to the problem at "
           "hand", TEN_STEPS),
        _g("not_defensive", "Don't get defensive",
           "Don’t take the attack personal or assume a defensive stance.", TEN_STEPS),
        _g("not_rude", "Never be rude",
           "Don’t ignore or being rude or attacking them in social platforms, it is "
           "absolutely unacceptable.", TEN_STEPS),
        _g("keep_cool", "Keep your cool",
           "Do Not Lose Your Cool or being scared – Ever", TEN_STEPS),
        _g("listen", "Listen and understand",
           "Listen carefully and try to understand your customers’ viewpoints.", GUCCI_PLAN),
        _g("no_censoring", "Don't censor",
           "Avoid censoring at all costs.", GUCCI_PLAN),
        _g("approved_templates", "Approved responses",
           "a good way to deliver a fast reaction is to draft in advance a series of approved "
           "responses to different types of more challenging customer messages", CONVERSOCIAL),
        _g("not_evasive", "Don't appear evasive",
           "This allows agents to demonstrate that they are listening and to avoid appearing "
           "evasive.", CONVERSOCIAL),
        _g("holding_message", "Avoid silence",
           "As soon as a potential social media crisis develops, you have to be quick on your feet "
           "and create a holding message.", CONVERSOCIAL),
        _g("no_silence", "Silence is not an option",
           "Waste no time diving into the conversation the moment a crisis strikes, and silence "
           "should NOT be an option.", GUCCI_PLAN),
        _g("escalate", "Escalate by clear criteria",
           "Establish clear criteria for when social conversations have to be escalated to your "
           "PR team.", CONVERSOCIAL),
        _g("reach_threshold", "Escalate high-reach posts",
           "this could be a combination of sensitive subject matter, and the number of "
           "likes/shares/comments it receives before it should be escalated.", CONVERSOCIAL),
        _g("personalised_responses", "Answer this customer, not any customer",
           "This involves acknowledging comments or complaints publicly and providing "
           "personalized responses whenever possible.", CRISIS_TEAM),
        _g("transparent", "Say what is known",
           "Being transparent about what is known and what steps are being taken will "
           "ultimately fortify customer trust and loyalty as crises unfold.", CRISIS_TEAM),
        _g("human_not_robotic", "Sound like a person",
           "Highlighting the human aspect of the team during a crisis can help humanize the "
           "organization, making responses feel less robotic.", CRISIS_TEAM),
        _g("offer_instructions", "Tell people what to do",
           "It will also give you a chance to offer instructions to customers and allow them "
           "to make appropriate preparations.", GUCCI_PLAN),
        _g("public_nature", "Everything on social is public",
           "Social demands a new approach to crisis, where corporate silence or PR statements "
           "fail to satisfy expectations for social brands due to the public nature of "
           "questions and complaints.", CONVERSOCIAL),
        _g("unanswered", "Unanswered complaints spread",
           "Countless complaints go unanswered every day, complaints that then wind up "
           "permanently posted to sites like Yelp", BERNSTEIN),
    ]
)
