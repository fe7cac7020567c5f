"""The industries pricing strikes: brand names, products and their own words."""

from __future__ import annotations

from simulator.generate.kind import Industry

INDUSTRIES = (
    Industry(
        "streaming subscription",
        "<<last_name>|Lumo|Arcade|Starling|Cove|Tempo><+| Plus| Play>",
        ("the Standard plan", "the Premium plan", "the family plan", "the student plan",
         "the ad-free plan", "live sport", "the kids profile"),
        {"change": ("every monthly plan goes up by about 20%",
                    "every monthly plan will cost about a fifth more"),
         "change_short": ("price rise", "price hike"),
         "gripe": ("my plan is going up AGAIN", "you're putting the price up by a fifth",
                   "another price rise", "20% more for the same shows",
                   "a fifth more a month, just like that"),
         "when": ("from next month's bill",),
         "whom": ("every monthly plan", "every member on a monthly plan"),
         "safe_thing": ("Nobody pays more before next month's bill, and you can cancel "
                        "before then without a fee",
                        "Nothing changes before next month's bill, and cancelling before then "
                        "has no fee"),
         "exception": ("long-standing members will keep today's price for longer",),
         "decision": ("members who joined before this year keep today's price for six more "
                      "months",),
         "reason": ("the rising cost of the shows and live sport we license",),
         "rumour": ("existing members get charged double from tomorrow and cancelling is "
                    "blocked",
                    "anyone who cancels now gets a fee of three months' subscription",
                    "the old plans are being deleted tonight and everyone moved to Premium"),
         "old_deal": ("the old price", "my old price"),
         "quit": ("cancelled my subscription", "cancelled my plan", "hit cancel"),
         "account_case": ("I tried to cancel before the price rise and got charged the new "
                          "price anyway",
                          "My bill already shows the new price and it isn't even next month",
                          "I was moved to a dearer plan in the same email and never agreed to it",
                          "Your site says I'm on the annual plan but I'm being billed monthly "
                          "at the new price"),
         "need_story": ("Your app is the only thing that settles my autistic son at bedtime",
                        "My mum is housebound and your films are her company in the evenings",
                        "I'm in hospital for weeks at a time and your shows get me through it",
                        "The kids profile is how my daughter learns English"),
         "hit_me": ("Another rise is money I don't have",
                    "Every rise means choosing between this and the heating"),
         "grant": ("Prices go up, I get it",
                   "I know the shows and the sport cost more every year"),
         "already": ("pay yearly", "joined last month", "only have the basic plan"),
         "thing": ("plan", "subscription"),
         "people": ("members", "subscribers")},
    ),
    Industry(
        "budget airline",
        "<<last_name>|Skylark|Bluewing|Northstar|Meridian|Kestrel> <Air|Airways|Jet>",
        ("Basic fares", "cabin bags", "checked bags", "seat selection", "Flex fares",
         "priority boarding", "the booking app"),
        {"change": ("Basic fares will no longer include a cabin bag",
                    "a cabin bag will cost extra on Basic fares"),
         "change_short": ("cabin bag fee", "bag fee"),
         "gripe": ("you're charging for cabin bags", "a cabin bag will cost extra",
                   "no more cabin bag on Basic fares", "paying extra to bring a bag on a plane",
                   "a fee for the bag I've always carried on"),
         "when": ("for flights from next month",),
         "whom": ("Basic fares only", "Basic fares on every route"),
         "safe_thing": ("Nothing changes for flights before next month, and an under-seat "
                        "bag is still included",
                        "Flights before next month are not affected, and every fare still "
                        "includes an under-seat bag"),
         "exception": ("bookings made before the announcement will keep the old allowance",),
         "decision": ("bookings made before the announcement keep their cabin bag at no "
                      "extra cost",),
         "reason": ("higher airport handling charges and slower boarding with full lockers",),
         "rumour": ("the fee starts tomorrow at the gate, even on flights booked months ago",
                    "staff get a bonus for every bag they charge at the gate",
                    "under-seat bags are next and they'll be charged from the summer"),
         "old_deal": ("the old bag allowance", "my cabin bag"),
         "quit": ("deleted the app and my account", "cancelled my next trip",
                  "booked my summer flights with someone else"),
         "account_case": ("I booked last week and the app now wants to charge me for my "
                          "cabin bag",
                          "I paid for a cabin bag on my booking and it's vanished since the "
                          "email",
                          "My booking for next month now says Basic without a bag, and I "
                          "booked it with one",
                          "The app shows two different bag rules for the same booking"),
         "need_story": ("I fly every six weeks to look after my mum, who has dementia",
                        "I'm taking my three kids to see their dad for the first time in a "
                        "year",
                        "I fly home for my chemo every month and can't manage without my bag",
                        "I'm a student and the cheap fares are the only way I get home"),
         "hit_me": ("A bag fee on every flight is money I don't have",
                    "Paying for a bag every trip adds up to more than I can find"),
         "grant": ("I know flying isn't getting cheaper",
                   "I get that airlines run on thin margins"),
         "already": ("booked before the email", "fly next month", "booked a Basic fare"),
         "thing": ("booking",),
         "people": ("passengers", "customers")},
    ),
    Industry(
        "supermarket loyalty scheme",
        "<<last_name>|Harvest|Greenleaf|Meadow|Oakfield|Corner> <Market|Foods|Grocers>",
        ("the points card", "the app", "fuel points", "member prices", "online delivery",
         "the coffee stamp card", "the weekly shop"),
        {"change": ("points will be worth half what they are today",
                    "every point will be worth half as much"),
         "change_short": ("points cut", "loyalty cut"),
         "gripe": ("my points will be worth half", "you're halving the points",
                   "the points are being cut in half", "half the value for the same shopping",
                   "years of saving points, now worth half"),
         "when": ("from next month",),
         "whom": ("every points card", "every points card holder"),
         "safe_thing": ("Points already on your card stay there, and nothing changes before "
                        "next month",
                        "Nothing changes before next month, and no points are being taken off "
                        "anyone's card"),
         "exception": ("points already saved will keep today's value",),
         "decision": ("points already on your card keep today's value until the end of the "
                      "year",),
         "reason": ("the cost of running the scheme, which we would rather put into shelf "
                    "prices",),
         "rumour": ("every point on your card gets wiped at midnight",
                    "the whole scheme closes in the new year and unspent points are lost",
                    "points stop working at the tills from tomorrow"),
         "old_deal": ("the old points value", "my points at full value"),
         "quit": ("cut up my points card", "deleted the app", "moved my weekly shop"),
         "account_case": ("Half the points on my card have vanished already, weeks before "
                          "the change",
                          "My points balance dropped overnight and the change isn't even "
                          "live",
                          "My voucher at the till came out at half value today",
                          "The app and my receipt show different points balances since the "
                          "email"),
         "need_story": ("I've saved points all year for our Christmas food shop",
                        "The points pay for my baby's formula every month",
                        "My points are how I afford my dad's birthday meal each year",
                        "I'm a pensioner and my points pay for my fuel in winter"),
         "hit_me": ("Losing half my points is money I don't have",
                    "Halving the points means less food on the table"),
         "grant": ("I know loyalty schemes change",
                   "I get that a points scheme costs money to run"),
         "already": ("have points saved up", "shop online", "use the fuel points"),
         "thing": ("points", "points balance"),
         "people": ("customers", "shoppers")},
    ),
)
