"""The game in web browsers: textual-serve runs one `crisis-drill play` process per browser tab.

Kept in the UI layer with the other Textual code; the `serve` command only parses arguments.

textual-serve itself has no access control: any web page a trainee (or the facilitator) happens
to open could script a WebSocket to the server and start drills under their name, and every tab
costs a Python process. `DrillServer` puts two checks in front of textual-serve's own WebSocket
handler, before any process starts:

- Origin: a browser always sends the Origin of the page that opens a WebSocket, so a connection
  from a page we did not serve is refused with 403. A connection without Origin is not from a
  browser page (a script, curl): it is let through, because such a client can send any Origin it
  likes, so refusing it would only look like protection. The real boundary is who can reach the
  port (see the warning `serve` prints for a network address).
- A cap on tabs playing at once: the extra tab is told, in the browser, that the server is full.
"""

from __future__ import annotations

import asyncio
import logging
from urllib.parse import urlsplit

from aiohttp import web
from textual_serve.server import Server  # ImportError here if missing: the command explains

from simulator.printable import printable

log = logging.getLogger("crisis-drill")

LOOPBACK_NAMES = ("127.0.0.1", "localhost", "[::1]")
FULL_TAB_LINGER = 600.0  # seconds a refused tab keeps its message on screen before we hang up
MAX_SHOWN_ORIGIN = 200  # a refused Origin is logged, cut to this length


def origin_of(url: str) -> str | None:
    """The Web origin of `url` as a browser spells it (scheme://host[:port], the default port
    left out), or None for anything that is not an http(s) URL, such as the Origin `null`."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:  # a port that is not a number, a bad IPv6 literal
        return None
    scheme = parts.scheme.lower()
    host = parts.hostname  # lower-cased, IPv6 brackets removed
    if scheme not in ("http", "https") or not host:
        return None
    shown = f"[{host}]" if ":" in host else host
    default = 80 if scheme == "http" else 443
    return f"{scheme}://{shown}" + ("" if port in (None, default) else f":{port}")


def allowed_origins(port: int, public_url: str, *, serves_loopback: bool) -> frozenset[str]:
    """The pages allowed to open a tab: the public URL's origin, and when this machine's
    loopback is served too, the usual spellings of it (a facilitator may type localhost while
    the page says 127.0.0.1; only this server answers on that port there)."""
    allowed = {origin for origin in [origin_of(public_url)] if origin}
    if serves_loopback:
        allowed |= {f"http://{name}:{port}" for name in LOOPBACK_NAMES}
    return frozenset(allowed)


def server_full_text(max_tabs: int) -> str:
    """What the browser shows instead of a drill when every place is taken."""
    return (f"\x1b[2J\x1b[H\r\n  This drill server is full: {max_tabs} browser tabs are already "
            f"playing (serve --max-tabs {max_tabs}).\r\n\r\n  Close a drill tab you no longer "
            "need, or ask the facilitator for more places, then reload this page.\r\n")


class DrillServer(Server):
    """textual-serve's server with an Origin check and a cap on tabs playing at once."""

    def __init__(self, command: str, *, host: str, port: int, public_url: str,
                 max_tabs: int, serves_loopback: bool) -> None:
        # `exec`: the shell textual-serve starts replaces itself with the game, so a tab is one
        # process, not a shell waiting on it.
        super().__init__(f"exec {command}", host=host, port=port, title="crisis-drill",
                         public_url=public_url)
        self.max_tabs = max_tabs
        self.allowed_origins = allowed_origins(port, self.public_url,
                                               serves_loopback=serves_loopback)
        self.tabs = 0  # tabs with a drill process (the event loop is single-threaded)

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        """Refuse a foreign page (403) or a tab over the cap; otherwise textual-serve's handler
        starts the tab's process, and the place is freed when that tab ends."""
        origin = request.headers.get("Origin")
        if origin is not None and origin_of(origin) not in self.allowed_origins:
            shown = printable(origin[:MAX_SHOWN_ORIGIN].replace("\n", " "))
            log.warning("refused a browser tab from a page at %r: this server only takes tabs "
                        "opened from %s (behind a proxy or a DNS name, pass --public-url)",
                        shown, " or ".join(sorted(self.allowed_origins)))
            raise web.HTTPForbidden(text="crisis-drill serve: this page may not open a drill "
                                    "on this server (its Origin does not match)\n")
        if self.tabs >= self.max_tabs:
            log.warning("refused a browser tab: %d tabs are playing (--max-tabs %d)",
                        self.tabs, self.max_tabs)
            return await self._refuse_full(request)
        self.tabs += 1
        try:
            return await super().handle_websocket(request)
        finally:
            self.tabs -= 1

    async def _refuse_full(self, request: web.Request) -> web.WebSocketResponse:
        """Show the browser why there is no drill, without starting a process. The socket stays
        open while the tab does: closing it would cover the message with "Session ended"."""
        websocket = web.WebSocketResponse(heartbeat=15)
        await websocket.prepare(request)
        await websocket.send_bytes(server_full_text(self.max_tabs).encode())
        try:
            async with asyncio.timeout(FULL_TAB_LINGER):
                async for _ in websocket:  # keystrokes and pings: nothing to run them
                    pass
        except TimeoutError:
            pass
        finally:
            await websocket.close()
        return websocket


def serve(command: str, *, host: str, port: int, public_url: str, max_tabs: int,
          serves_loopback: bool) -> None:
    """Serve until Ctrl+C. `serves_loopback`: the listening address includes this machine's
    loopback (127.0.0.1, or every interface)."""
    DrillServer(command, host=host, port=port, public_url=public_url, max_tabs=max_tabs,
                serves_loopback=serves_loopback).serve()
