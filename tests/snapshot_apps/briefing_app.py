"""The briefing screen, before the clock starts."""

from snapshot_apps.common import build

app, clock = build()
