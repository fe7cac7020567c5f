"""What each kind's crowd says: its questions, praise, trolling and complaint topics.

One module per kind (`CROWD_RULES`), beside the kind's own module, which holds its storyline:
the two are written and tuned apart (the crowd by how it reads in bulk, the storyline post by
post), and together a kind's words would pass the size a module should have.
"""
