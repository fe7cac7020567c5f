"""Explainable scores for a crisis drill: tone of replies, speed, escalation and the composite.

Pure Python (stdlib + vaderSentiment); nothing here imports Textual, SQLite or the simulator, so the
engine, the debrief and the benchmark all call the same functions.
"""
