"""The game in web browsers: textual-serve runs one `crisis-drill play` process per browser tab.

Kept in the UI layer with the other Textual code; the `serve` command only parses arguments.
"""

from __future__ import annotations

from textual_serve.server import Server  # ImportError here if missing: the command explains


def serve(command: str, *, host: str, port: int, public_url: str) -> None:
    """Serve until Ctrl+C."""
    Server(command, host=host, port=port, title="crisis-drill", public_url=public_url).serve()
