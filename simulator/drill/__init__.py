"""The drill itself, in plain Python: the engine and what it is made of.

`engine` is the state machine; `events` the log it writes; `posts`, `spread`, `health`, `crowd`
and `crowd_text` the posts, their reach, the brand's mood and the generated crowd; `outcomes`
turns a log into the records `scoring` judges; `triage` is what one person can do. Nothing here
imports Textual or SQLite.
"""
