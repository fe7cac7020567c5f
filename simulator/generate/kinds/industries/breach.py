"""The industries breach strikes: brand names, products and their own words."""

from __future__ import annotations

from simulator.generate.kind import Industry

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
