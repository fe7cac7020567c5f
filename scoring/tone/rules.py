"""Every tone rule in one table: its id, what a trainee reads, its points, its guidance, its family.

A reader looking for a rule by name starts here; the family says which module holds its logic:

- `context`   (`scoring.tone.context`): rules that read the post: its specifics, the customer's
  name, the information already given, the language, a safety matter.
- `credit`    (`scoring.tone.credit`): what a good reply does: acts, gives a next step and a time,
  sticks to the facts, points to the official source; and the stock courtesies, which are worth
  little together (`STOCK_CAP`).
- `penalty`   (`scoring.tone.penalties`): what a care lead would not send, each scoped so that it
  does not fire inside quotes, under a negation or in another sense of the word.
- `stuffing`  (`scoring.tone.stuffing`): keyword soup and repetition, and the caps that keep a
  reply with nothing specific to the post out of the top grades.
- `mood`      (`scoring.tone.mood`): how the brand sounds: shouting, sarcasm, levity about a
  serious matter.
- `form`      (`scoring.tone.score`): length, placeholders, templates, an empty reply.

Points were set so that a reply a care lead grades 5 lands around 85-100, a 4 around 70-85, a
generic but harmless reply (3) around 50-58, a polite but wrong one (2) around 30-45 and a harmful
one (1) under 30 (docs/tone-rubric.md); they were tuned on the development set only.
"""

from __future__ import annotations

from scoring.tone.model import Rule

BASE = 40
STOCK_CAP = 12  # all stock courtesies together earn at most this much
GENERIC_CAP = 58  # a reply with nothing specific to its post scores at most this


def _rules(*rules: Rule) -> dict[str, Rule]:
    return {rule.id: rule for rule in rules}


RULES: dict[str, Rule] = _rules(
    # substance: what makes a reply this post's reply
    Rule("post_specifics", "Picks up the specifics of this post", 14, "personalised_responses",
         "context"),
    Rule("action_taken", "Says what has been done about it", 14, "acknowledge", "credit"),
    Rule("next_step", "Gives a concrete next step", 8, "call_to_action", "credit"),
    Rule("time_frame", "Says when", 5, "set_expectations", "credit"),
    Rule("stated_fact", "States a confirmed fact", 8, "transparent", "credit"),
    Rule("official_channel", "Points to the official update or hashtag", 5, "one_platform",
         "credit"),
    Rule("points_to_statement", "Points to the official statement already published", 5,
         "one_platform", "credit"),
    Rule("safety_step", "Gives the safety step first", 12, "offer_instructions", "context"),
    Rule("personalisation", "Uses the customer's name", 5, "personalise", "context"),
    Rule("same_language", "Answers in the customer's language", 8, "personalise", "context"),
    # stock courtesies: right to have, worth little on their own (STOCK_CAP together)
    Rule("apology", "Apologises", 6, "acknowledge", "credit"),
    Rule("empathy", "Shows empathy", 6, "empathy", "credit"),
    Rule("acknowledgement", "Acknowledges or thanks the customer", 3, "feel_heard", "credit"),
    Rule("ownership", "Takes ownership", 4, "ownership", "credit"),
    Rule("dm_request", "Offers to continue in a DM", 3, "call_to_action", "credit"),
    Rule("courtesy", "Courteous phrasing (please, could you)", 2, "not_rude", "credit"),
    Rule("greeting", "Greets the customer", 2, "personalise", "credit"),
    # caps, shown as findings so every point stays explained
    Rule("stock_cap", "Stock phrases earn little on their own", 0, "human_not_robotic",
         "stuffing"),
    Rule("generic_cap", "Nothing in it is specific to this post", 0, "personalised_responses",
         "stuffing"),
    # context: the post read against the reply
    Rule("wrong_name", "Addresses someone other than the customer", -25, "personalise",
         "context"),
    Rule("asks_given_info", "Asks for what the customer already gave", -18, "listen", "context"),
    Rule("off_topic", "Answers a different problem", -20, "listen", "context"),
    Rule("language_mismatch", "Not in the customer's language", -35, "listen", "context"),
    Rule("no_safety_step", "No safety step on a safety matter", -25, "offer_instructions",
         "context"),
    Rule("false_reassurance", "Reassurance the facts don't back ('probably nothing serious')",
         -25, "stick_to_facts", "context"),
    # penalties
    Rule("fauxpology", "Non-apology ('sorry you feel that way')", -18, "not_defensive", "penalty"),
    Rule("blame", "Blames the customer", -25, "not_defensive", "penalty"),
    Rule("defensive", "Defends the brand instead of helping", -20, "not_defensive", "penalty"),
    Rule("policy_recital", "Recites policy at the customer", -15, "not_defensive", "penalty"),
    Rule("stonewalling", "Stonewalls ('we do not comment on rumours')", -20, "stick_to_facts",
         "penalty"),
    Rule("refusal", "Refuses without a way forward", -20, "not_evasive", "penalty"),
    Rule("accusing_question", "Accusing question ('why did you ...')", -12, "not_defensive",
         "penalty"),
    Rule("condescension", "Condescending ('obviously', 'frankly')", -6, "not_rude", "penalty"),
    Rule("abrupt_opening", "Abrupt opening ('So,', 'Look,', 'Listen')", -4, "not_rude",
         "penalty"),
    Rule("bossy", "Tells the customer what they should have done", -5, "not_rude", "penalty"),
    Rule("question_barrage", "Fires several questions at the customer in public", -4, "listen",
         "penalty"),
    Rule("direct_question", "Blunt question ('What is your ...?')", -4, "not_rude", "penalty"),
    Rule("dismissal", "Dismisses the complaint ('calm down')", -20, "listen", "penalty"),
    Rule("profanity", "Profanity", -35, "not_rude", "penalty"),
    Rule("insult", "Insults the customer", -35, "not_rude", "penalty"),
    Rule("risky_promise", "Promise or compensation the facts don't support", -20,
         "stick_to_facts", "penalty"),
    Rule("risky_admission", "Admits a cause or liability the facts don't support", -20,
         "stick_to_facts", "penalty"),
    Rule("speculation", "Guesses at a cause the facts don't give", -15, "stick_to_facts",
         "penalty"),
    Rule("public_personal_data", "Asks for private data in public", -35, "public_nature",
         "penalty"),
    Rule("exposes_personal_data", "Shows personal data in public", -35, "public_nature",
         "penalty"),
    Rule("censoring", "Hides, deletes or threatens to remove the complaint", -30,
         "no_censoring", "penalty"),
    # mood
    Rule("sarcasm", "Sarcasm", -20, "not_rude", "mood"),
    Rule("shouting", "Shouting (capitals, '!!')", -12, "keep_cool", "mood"),
    Rule("levity", "Jokes, emoji or cheer about a serious matter", -25, "keep_cool", "mood"),
    # stuffing
    Rule("stuffing", "Keyword soup: stock words with nothing said", -25, "human_not_robotic",
         "stuffing"),
    Rule("repetition", "Repeats itself", -20, "human_not_robotic", "stuffing"),
    # form
    Rule("over_length", "Longer than the channel allows", -15, "stick_to_facts", "form"),
    Rule("template_unfilled", "Template placeholder left unfilled", -30, "approved_templates",
         "form"),
    Rule("template_unpersonalised", "Approved template sent unpersonalised", -12,
         "approved_templates", "form"),
    Rule("too_short", "One-word reply", -35, "not_evasive", "form"),
    Rule("empty", "Empty reply", -BASE, "no_silence", "form"),
)

STOCK = ("apology", "empathy", "acknowledgement", "ownership", "dm_request", "courtesy",
         "greeting")
SUBSTANCE = ("post_specifics", "action_taken", "stated_fact", "safety_step")
# Credits that keyword soup, a repeated sentence or another language earn nothing for.
VOIDED_BY = {
    "stuffing": (*STOCK, "official_channel", "points_to_statement", "next_step", "stated_fact",
                 "time_frame"),
    "repetition": STOCK,
    "language_mismatch": tuple(r for r in RULES if RULES[r].points > 0),
}
