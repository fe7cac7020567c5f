"""The play screen 40 drill seconds in, a template filled in the composer (run_before does it)."""

from snapshot_apps.common import build

app, clock = build()
