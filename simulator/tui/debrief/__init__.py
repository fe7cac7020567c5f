"""The Textual debrief: `DebriefScreen`, `open_debrief` (the play app's summary pushes it) and
`make_debrief_app` (`crisis-drill debrief`)."""

from simulator.tui.debrief.app import DebriefApp, make_debrief_app, open_debrief
from simulator.tui.debrief.screen import DebriefScreen

__all__ = ["DebriefApp", "DebriefScreen", "make_debrief_app", "open_debrief"]
