"""The commented starter scenario `crisis-drill new` writes: small, valid as written, and a tour.

Kept as text (not generated from the model) because the comments are the point: each one tells a
facilitator what to change. A test validates it, so it cannot drift from the model unnoticed.
"""

from __future__ import annotations

import re

STARTER_ID = "my-drill"

STARTER_YAML = """\
# A crisis-drill scenario. Edit it, then check it with:  crisis-drill validate __PATH__
# and look at the timeline with:                        crisis-drill preview __PATH__
# Every key is described in docs/scenario-format.md (or run `crisis-drill schema`).
# Durations are written 90s, 5m, 1h or 1m30s and count from the start of the drill.
# Quote text that starts with @ # { or contains ": " so YAML reads it as text.

id: __ID__                       # letters, digits and dashes; keep it stable
title: "Delivery app outage"
difficulty: easy                  # easy | medium | hard
duration: 5m
briefing: >-
  You run the social care desk at Bramble Coffee. The ordering app has been down since 8 am and
  customers are noticing. Reply fast, stay kind, stick to the facts, and pass anything dangerous,
  legal or high-reach to the right team.

brand:
  name: Bramble Coffee
  handle: "@bramblecoffee"
  hashtag: "#BrambleUpdate"
  info_link: https://bramble.example/status
  facts:                          # the only things agents may state as fact
    - "The ordering app has been unavailable since 8 am; stores are open and taking orders."
    - "Engineers are working on it; the next update is at 11 am on the status page."

channels:
  - id: x
    name: X / Twitter
    response_target: 2m           # time to first public reply for full speed marks
    max_length: 280
  - id: dm
    name: Direct messages
    response_target: 3m
    public: false                 # nothing spreads from a private channel

routes:                           # teams a post can be escalated to (`none` means no team)
  - id: pr
    name: PR / Comms
    takes: "Press, big accounts, anything that could hurt the brand."
  - id: tier2
    name: Tier-2 Care
    takes: "Refunds and problems with a specific order."

reach_threshold:                  # above ANY of these a post must go to PR
  route: pr
  likes: 300
  shares: 100
  followers: 20000

pace:                             # phases in time order; the first starts at 0s
  - name: calm
    start: 0s
    per_minute: 2
  - name: busy
    start: 2m
    per_minute: 6
    mix: {complaint: 70, question: 20, troll: 10}

templates:                        # approved replies; {detail} is what the trainee personalises
  - id: holding
    title: Holding message
    text: >-
      Hi {name}, sorry for the trouble: the app is down and we're on it. Stores are open as
      usual. Updates at {info_link} and {hashtag}. – {agent}
  - id: refund
    title: Refund for a failed order
    text: >-
      Hi {name}, I'm sorry about {detail}. Please DM us your order number and we'll sort out
      a refund. – {agent}
    channels: [x]

crowd:                            # the generated crowd
  products: [oat latte, cinnamon bun, cold brew]
  slots:                          # your own {slots}, one value picked per post
    cafe: [Main Street, Riverside, the station]
  patterns:                       # your crowd's words per kind of post (else generic ones)
    question:
      - "{brand_handle} is the {cafe} cafe still taking orders at the counter?"
      - "does my loyalty card still work in store while the app is down?"
  topics:
    - id: app-down
      weight: 3
      severity: 2
      mood: angry                 # calm | worried | angry | furious (auto: read the words)
      patterns:                   # slots: {product} {order} {city} {minutes} {cafe} ...
        - "app has been down for {minutes} minutes, just want my {product}"
        - "{brand_handle} charged me {amount} for order {order} and the app crashed"
    - id: double-charge
      route: tier2                # posts on this topic must be escalated to tier2
      severity: 3
      patterns:
        - "{brand_handle} I was charged twice ({amount}) for order {order}. Fix it."

posts:                            # scripted posts every trainee gets, in any order
  - id: first
    at: 20s
    channel: x
    author: {name: Dana Ruiz, handle: "@danaruiz", followers: 340}
    text: "Is the app down for everyone? Been trying to order for 10 minutes"
    expect: {route: none, min_tone: 60}
    follow_ups:
      - id: first-again
        when: {ignored_for: 2m}  # exactly one of ignored_for, tone_below, replied, escalated
        text: "Still nothing from @bramblecoffee. Great."
  - id: blogger
    at: 2m30s
    channel: x
    author: {name: Sam Okafor, handle: "@samsips", followers: 48000, kind: influencer}
    text: "Third outage this month at @bramblecoffee. Writing this up for my 48k followers."
    reach: {likes: 120, shares: 40}
    severity: 3
    expect: {route: pr}

weights: {speed: 30, tone: 40, escalation: 30}
"""

_VALID_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]*$")


def starter_yaml(path_shown: str = "my-drill.yaml", scenario_id: str | None = None) -> str:
    """The starter text; the id follows the file name when that is a valid id."""
    if scenario_id is None or not _VALID_ID.match(scenario_id):
        scenario_id = STARTER_ID
    return STARTER_YAML.replace("__ID__", scenario_id).replace("__PATH__", path_shown)
