"""The debrief of a real recorded drill (a hostile trainee, with the good run as its ghost).

The results file is built (once per test process) when the snapshot plugin loads this module: the
engine and seed are fixed, so the screen is the same on every run.
"""

from debrief_fixtures import shared_results

from simulator.store import Store
from simulator.tui.debrief import make_debrief_app

_path, _ids = shared_results()
store = Store.open(_path, create=False)
app = make_debrief_app(store, _ids["hostile"])
