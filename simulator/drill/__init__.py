"""The drill itself, in plain Python: the engine and what it is made of.

`engine` is the state machine; `agenda` what is due on it; `events` the log it writes; `posts`,
`spread`, `health` the posts, their reach and the brand's mood; `outcomes` turns a log into the
records `scoring` judges; `triage` is what one person can do. The crowd that posts is
`simulator.crowd`. Nothing here imports Textual or SQLite.
"""
