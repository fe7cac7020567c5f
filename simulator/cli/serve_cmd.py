"""`crisis-drill serve`: the game in web browsers (textual-serve), one drill per browser tab.

A command module of its own: it shares nothing with the session commands but the results file
(`--join` makes every tab join a session).
"""

from __future__ import annotations

import argparse
import ipaddress
import os
import shlex
import socket
import sys
from pathlib import Path

from simulator.cli import CommandError, UsageError, person_name
from simulator.cli.reports import opened
from simulator.store import add_db_option

LOCALHOST = "127.0.0.1"
DEFAULT_PORT = 8000
ALL_INTERFACES = ("0.0.0.0", "::", "")
DEFAULT_MAX_TABS = 8  # each tab is a Python process of about 80 MB on the serving machine


def register(subparsers: argparse._SubParsersAction) -> None:
    serve = subparsers.add_parser(
        "serve",
        help="serve the game in web browsers (one drill per browser tab)",
        description="Serve the game to web browsers with textual-serve: every browser tab runs "
        "its own `crisis-drill play` process on this machine. Binds to 127.0.0.1 (this machine "
        "only) unless --host is given; use --host 0.0.0.0 to let others on your network join. "
        "There is no login: anyone who can reach the port can play. Only pages served by this "
        "server (its --public-url, or http://HOST:PORT) may open a drill; a WebSocket from any "
        "other web page is refused with 403.",
    )
    serve.add_argument("scenario", metavar="SCENARIO", nargs="?",
                       help="scenario file or bundled id (default: the bundled default)")
    serve.add_argument("--host", default=LOCALHOST, metavar="H",
                       help=f"address to listen on (default {LOCALHOST}: this machine only)")
    serve.add_argument("--port", type=int, default=DEFAULT_PORT, metavar="P",
                       help=f"port (default {DEFAULT_PORT})")
    serve.add_argument("--public-url", metavar="URL",
                       help="the address browsers use, if not http://HOST:PORT (a proxy, a "
                       "DNS name)")
    serve.add_argument("--seed", type=int, default=None, metavar="N", help="crowd seed")
    serve.add_argument("--max-tabs", type=int, default=DEFAULT_MAX_TABS, metavar="N",
                       help=f"most browser tabs playing at once (default {DEFAULT_MAX_TABS}; "
                       "each is a process of about 80 MB); a tab over the limit is told the "
                       "server is full and starts nothing")
    serve.add_argument("--join", metavar="CODE",
                       help="every tab joins this session (each browser player is asked for "
                       "a name)")
    serve.add_argument("--team", type=person_name, metavar="NAME",
                       help="team the drills are recorded for")
    add_db_option(serve)
    serve.set_defaults(func=run_serve)


def play_command(args: argparse.Namespace, python: str = sys.executable) -> str:
    """The shell command textual-serve runs for each browser tab."""
    parts = [python, "-m", "simulator", "play"]
    if args.scenario and not args.join:
        parts.append(args.scenario)
    if args.seed is not None and not args.join:
        parts += ["--seed", str(args.seed)]
    if args.join:
        parts += ["--join", args.join]
    if args.team:
        parts += ["--team", args.team]
    if args.db:
        parts += ["--db", str(Path(args.db).expanduser().resolve())]
    return shlex.join(parts)


def lan_address() -> str:
    """This machine's address on its network, as others would type it (best effort)."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("192.0.2.1", 9))  # TEST-NET: nothing is sent, it only picks a route
        return str(probe.getsockname()[0])
    except OSError:
        return socket.gethostname()
    finally:
        probe.close()


def serve_urls(host: str, port: int, public_url: str | None) -> tuple[str, str | None]:
    """(the URL the pages point browsers at, a sharing hint or None)."""
    if public_url:
        return public_url.rstrip("/"), f"Share {public_url.rstrip('/')} with your trainees."
    if host in ALL_INTERFACES:
        url = f"http://{lan_address()}:{port}"
        return url, (f"Listening on every network interface. Trainees open {url} "
                     f"(http://<this machine's address>:{port}) in a browser.")
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{shown}:{port}"
    if host in (LOCALHOST, "localhost", "::1"):
        return url, ("Only this machine can connect. To let your team join from their "
                     "browsers, run with --host 0.0.0.0 and share "
                     f"http://<this machine's address>:{port}.")
    return url, f"Trainees open {url} in a browser."


def is_loopback(host: str) -> bool:
    """True when `host` is this machine only, so nobody else can reach the port."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:  # a host name: it may resolve to a network address
        return False


def run_serve(args: argparse.Namespace) -> int:
    if not 0 < args.port < 65536:
        raise UsageError("--port must be between 1 and 65535")
    if args.max_tabs < 1:
        raise UsageError("--max-tabs must be at least 1")
    if args.join:
        from simulator.team import normalize_code, require_session

        with opened(args) as store:
            args.join = require_session(store, normalize_code(args.join)).code
    elif args.scenario:
        from simulator.scenario.library import NotAScenarioFile, ScenarioNotFound, resolve_scenario

        try:
            resolve_scenario(args.scenario)
        except (NotAScenarioFile, ScenarioNotFound) as error:  # fixable input: exit 1
            raise CommandError(str(error)) from None
    try:
        from simulator.tui.serve import serve
    except ImportError:
        raise CommandError("serve needs textual-serve: pip install textual-serve") from None
    _check_port_free(args.host, args.port)
    # Each tab runs `python -m simulator`: make that importable wherever the server runs.
    root = str(Path(__file__).resolve().parents[2])
    os.environ["PYTHONPATH"] = os.pathsep.join(
        [root, *filter(None, [os.environ.get("PYTHONPATH")])])
    command = play_command(args)
    url, hint = serve_urls(args.host, args.port, args.public_url)
    print(f"crisis-drill serve: listening on {args.host}:{args.port}; open {url}", flush=True)
    if hint:
        print(hint, flush=True)
    print("Each browser tab runs its own drill process on this machine. Ctrl+C stops the "
          "server (and every drill in it).", flush=True)
    if not is_loopback(args.host):
        print(f"warning: there is no login. Anyone who can reach this machine on port "
              f"{args.port} over the network can open a drill (and write to the results "
              "file). Serve on a trusted network only.", file=sys.stderr, flush=True)
    serve(command, host=args.host, port=args.port, public_url=url, max_tabs=args.max_tabs,
          serves_loopback=args.host in ALL_INTERFACES or is_loopback(args.host))
    return 0


def _check_port_free(host: str, port: int) -> None:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    probe = socket.socket(family, socket.SOCK_STREAM)
    try:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        probe.bind((host, port))
    except OSError as error:
        raise CommandError(f"cannot listen on {host}:{port}: {error.strerror or error}. "
                           "Choose another --port.") from None
    finally:
        probe.close()
