"""The industries outage strikes: brand names, products and their own words."""

from __future__ import annotations

from simulator.generate.kind import Industry

INDUSTRIES = (
    Industry(
        "payments app",
        "<<last_name>|Nimbus|Lumen|Pocket|Harbor|Kite> <Pay|Money|Bank>",
        ("the app", "instant transfer", "the debit card", "direct deposit", "bill pay",
         "savings pots", "tap to pay", "the card reader"),
        {"service": ("the app and card payments", "the app, cards and transfers"),
         "thing": ("card", "transfer", "payment"),
         "safe_thing": ("Money in your account is safe",
                        "Your money is safe and no balances have changed"),
         "need": ("my rent payment", "the mortgage payment", "the daycare payment",
                  "the electric bill"),
         "loss": ("a missing balance", "a payment that bounced", "a double charge"),
         "case": ("I run a small <shop|cafe|salon|food truck> in <city> and none of my customers "
                  "can pay through <brand> today.",
                  "I'm self-employed and <brand> is how I get paid. <big_amount> is stuck.",
                  "I've been charged <amount> twice since the outage started."),
         "people": ("customers",)},
    ),
    Industry(
        "mobile network",
        "<<last_name>|Nova|Pulse|Orbit|Beacon|Tandem> <Mobile|Telecom|Wireless>",
        ("mobile data", "calls", "texts", "home broadband", "the eSIM", "the account app"),
        {"service": ("calls, texts and mobile data", "mobile data and calls"),
         "thing": ("call", "signal", "connection"),
         "safe_thing": ("Emergency calls still connect over any available network",
                        "Emergency numbers still work from any phone"),
         "need": ("my mum's care calls", "a hospital appointment", "my job interview call",
                  "my night shift"),
         "loss": ("a day without signal", "a bill for data that never worked"),
         "case": ("I work from home and without data I can't work. That's a day's pay gone.",
                  "My dad has a care alarm that runs on your network and it's offline.",
                  "I was charged <amount> for roaming data I never got."),
         "people": ("customers",)},
    ),
    Industry(
        "streaming service",
        "<<last_name>|Vela|Marquee|Reel|Flicker|Ember>< TV|+| Play>",
        ("the app", "live sport", "the kids' profiles", "downloads", "the smart TV app",
         "the web player"),
        {"service": ("streaming and sign-in", "the app and live streams"),
         "thing": ("stream", "login", "live match"),
         "safe_thing": ("Accounts and payment details are not affected",
                        "No account data has been affected"),
         "need": ("the final tonight", "my son's sleep routine", "a watch party I hosted"),
         "loss": ("a month I paid for", "the match I paid extra for"),
         "case": ("I paid <amount> for the pay-per-view and missed the whole thing.",
                  "I was charged twice for my renewal this morning, <amount> each.",
                  "My account was cancelled during the outage and my profiles are gone."),
         "people": ("subscribers", "members")},
    ),
)
