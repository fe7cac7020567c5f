"""crisis-drill: a terminal game that trains social-media care teams to handle a brand crisis.

The package root imports nothing heavy: the CLI, the engine and the store import what they need, and
only `simulator.tui` imports Textual.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("crisis-drill")
except PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0.0.0+checkout"
