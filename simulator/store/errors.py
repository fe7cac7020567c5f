"""The one error the store raises, so callers never have to know SQLite's exception zoo.

Every failure a user can run into (read-only file, full disk, a file that is not a results file,
one written by a newer crisis-drill, a file locked for too long) becomes a `StoreError` whose
message says what happened to which file and what to do. The CLI prints it and exits 1, without a
traceback.
"""

from __future__ import annotations


class StoreError(Exception):
    """A results-file problem explained in words a trainee or facilitator can act on."""
