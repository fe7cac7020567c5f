"""crisis-drill: a terminal game that trains social-media care teams to handle a brand crisis.

The package root imports nothing heavy: the CLI, the engine and the store import what they need, and
only `simulator.tui` imports Textual.
"""

from typing import Any


def __getattr__(name: str) -> Any:
    """`__version__`, read from the installed package metadata on first use: importing
    `importlib.metadata` costs ~15 ms, which every command paid at start."""
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("crisis-drill")
    except PackageNotFoundError:  # running from a checkout that was never installed
        found = "0.0.0+checkout"
    globals()["__version__"] = found
    return found
