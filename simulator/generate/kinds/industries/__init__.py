"""Where each kind of crisis strikes: its industries, each with its brand names, products and
the words that differ by industry (`INDUSTRIES`, one module per kind).

Kept beside the kind's storyline (`kinds/<kind>.py`) and its crowd (`kinds/crowds/`): adding an
industry to a kind is an edit here alone.
"""
