"""The Textual game. The only package that imports Textual, and it does so lazily: importing
`simulator.tui` costs nothing until `make_app` is called, so `crisis-drill --help` stays fast."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from simulator.tui.app import DrillApp, make_app

__all__ = ["DrillApp", "make_app"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from simulator.tui import app

        return getattr(app, name)
    raise AttributeError(name)
