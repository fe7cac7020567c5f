"""After the drill: read-side queries over the results file (`queries`) and reports built on them.

Nothing here writes to the results file.
"""
