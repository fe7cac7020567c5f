"""`crisis-drill serve`: the browser version binds to this machine only unless told otherwise.

The server runs as a real process on a free port; what it listens on is read from the kernel's
socket table (/proc/net/tcp), not from what the command prints.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shlex
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from simulator.cli.serve_cmd import play_command, serve_urls

if TYPE_CHECKING:
    from aiohttp import ClientWebSocketResponse

ROOT = Path(__file__).resolve().parents[2]
LISTEN = "0A"
PROC_NET_TCP = Path("/proc/net/tcp")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def listening_addresses(port: int) -> set[str]:
    """IPv4 addresses with a listening TCP socket on `port`, from the kernel's table."""
    found = set()
    for line in PROC_NET_TCP.read_text().splitlines()[1:]:
        fields = line.split()
        address, hex_port = fields[1].split(":")
        if int(hex_port, 16) == port and fields[3] == LISTEN:
            raw = bytes.fromhex(address)[::-1]  # little-endian on the machines we run on
            found.add(socket.inet_ntoa(raw))
    return found


def start_serving(args: tuple[str, ...]) -> tuple[subprocess.Popen[str], int]:
    """`serve` on a free port, once it listens; on another port should a parallel test worker
    take the first one before `serve` binds it (it says so and exits)."""
    for _ in range(3):
        port = free_port()
        proc = subprocess.Popen(
            [sys.executable, "-m", "simulator", "serve", "--port", str(port), *args],
            cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        deadline = time.monotonic() + 20
        while not listening_addresses(port):
            if proc.poll() is not None:
                said = proc.stdout.read() if proc.stdout else ""
                if "Address already in use" in said:
                    break
                pytest.fail(f"serve exited: {said}")
            if time.monotonic() > deadline:
                proc.kill()
                proc.wait()
                pytest.fail("serve did not start listening")
            time.sleep(0.05)  # polling another process's socket, with the deadline above
        else:
            return proc, port
    pytest.fail("three free ports were all taken before serve could bind them")


@contextmanager
def serving(*args: str) -> Iterator[tuple[subprocess.Popen[str], int]]:
    proc, port = start_serving(args)
    try:
        yield proc, port
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def child_processes(pid: int) -> list[list[str]]:
    """The argv of every live process `pid` started (a tab's drill), from /proc."""
    children = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            state, ppid = stat.read_text().rsplit(")", 1)[1].split()[:2]
            argv = (stat.parent / "cmdline").read_bytes().split(b"\0")
        except (OSError, IndexError):  # it ended while we looked
            continue
        if int(ppid) == pid and state != "Z":
            children.append([part.decode(errors="replace") for part in argv if part])
    return children


def output_of(proc: subprocess.Popen[str]) -> str:
    assert proc.stdout is not None
    return proc.stdout.read()


pytestmark = pytest.mark.skipif(not PROC_NET_TCP.exists(), reason="needs /proc/net/tcp")


@pytest.mark.slow
def test_serve_binds_to_localhost_by_default_and_serves_the_page() -> None:
    with serving() as (proc, port):
        assert listening_addresses(port) == {"127.0.0.1"}
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10) as response:
            page = response.read().decode()
        assert f"ws://127.0.0.1:{port}/ws" in page  # the tab's websocket comes back here
        # nothing answers on this machine's other addresses
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("192.0.2.1", 9))
            lan = probe.getsockname()[0]
        if lan != "127.0.0.1":
            with pytest.raises(OSError), socket.create_connection((lan, port), timeout=2):
                pass
    text = output_of(proc)
    assert f"listening on 127.0.0.1:{port}" in text
    assert "no login" not in text
    assert "--host 0.0.0.0" in text and f"http://<this machine's address>:{port}" in text


@pytest.mark.slow
def test_serve_listens_everywhere_only_when_asked_and_says_how_to_share() -> None:
    with serving("--host", "0.0.0.0") as (proc, port):
        assert listening_addresses(port) == {"0.0.0.0"}
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10) as response:
            page = response.read().decode()
        assert f"ws://0.0.0.0:{port}" not in page  # browsers elsewhere cannot reach 0.0.0.0
    text = output_of(proc)
    assert f"(http://<this machine's address>:{port})" in text
    assert (f"warning: there is no login. Anyone who can reach this machine on port {port} "
            "over the network can open a drill") in " ".join(text.split())


def test_serve_refuses_a_port_in_use() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "simulator", "serve", "--port", str(port)], cwd=ROOT,
            capture_output=True, text=True, timeout=30)
    assert result.returncode == 1
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr
    assert "Traceback" not in result.stderr


def test_each_tab_runs_the_game_with_the_servers_options(tmp_path: Path) -> None:
    args = argparse.Namespace(scenario="food-rumour", seed=4, join=None, team="blue",
                              db=tmp_path / "team.db")
    command = shlex.split(play_command(args, python="python3"))
    assert command == ["python3", "-m", "simulator", "play", "food-rumour", "--seed", "4",
                       "--team", "blue", "--db", str((tmp_path / "team.db").resolve())]
    joined = argparse.Namespace(scenario=None, seed=None, join="ABC234", team=None, db=None)
    assert shlex.split(play_command(joined, python="python3"))[3:] == ["play", "--join",
                                                                       "ABC234"]


def test_urls_for_each_host() -> None:
    assert serve_urls("127.0.0.1", 8000, None)[0] == "http://127.0.0.1:8000"
    url, hint = serve_urls("0.0.0.0", 8123, None)
    assert url.endswith(":8123") and "0.0.0.0" not in url
    assert hint is not None and "http://<this machine's address>:8123" in hint
    assert serve_urls("0.0.0.0", 8000, "https://drill.example/")[0] == "https://drill.example"


@asynccontextmanager
async def open_tab(port: int, origin: str | None = None,
                   timeout: float = 30.0) -> AsyncIterator[ClientWebSocketResponse]:
    """A tab's websocket, opened as the browser page does (with the page's Origin if given)."""
    import aiohttp

    client_timeout = aiohttp.ClientTimeout(total=timeout + 10)
    ws_timeout = aiohttp.ClientWSTimeout(ws_close=10.0)
    headers = {"Origin": origin} if origin else {}
    async with aiohttp.ClientSession(timeout=client_timeout) as client, client.ws_connect(
            f"http://127.0.0.1:{port}/ws?width=120&height=40", timeout=ws_timeout,
            headers=headers) as ws:
        yield ws


async def shown_until(ws: ClientWebSocketResponse, *until: str, keys: tuple[str, ...] = (),
                      timeout: float = 20.0) -> str:
    """Collect what the game draws until one of `until` shows (typing `keys` at the name
    prompt); fails with what was shown if none does in time."""
    import re

    import aiohttp

    seen = ""
    deadline = time.monotonic() + timeout
    pending = list(keys)
    while not any(text in seen for text in until):
        remaining = deadline - time.monotonic()
        assert remaining > 0, f"none of {until!r} in what the tab showed:\n{seen[-2000:]}"
        try:
            message = await ws.receive(timeout=remaining)
        except TimeoutError:
            continue
        if message.type == aiohttp.WSMsgType.BINARY:
            seen += re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "",
                           message.data.decode("utf-8", "replace"))
        elif message.type in (aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.ERROR):
            break
        if pending and "Your name" in seen:
            for key in pending:
                await ws.send_json(["stdin", key])
            pending = []
    return seen


async def read_tab(port: int, until: str, keys: tuple[str, ...] = (), timeout: float = 20.0) -> str:
    """Open a tab's websocket as the browser page does and collect what the game draws."""
    async with open_tab(port, timeout=timeout) as ws:
        return await shown_until(ws, until, keys=keys, timeout=timeout)


@pytest.mark.slow
async def test_a_browser_tab_joins_the_session_under_its_own_name(tmp_path: Path) -> None:
    from simulator.scenario.library import resolve_scenario
    from simulator.scenario.loader import load_scenario
    from simulator.store import Store, hash_scenario
    from simulator.team import start_session

    scenario = load_scenario(resolve_scenario("food-rumour"))
    db = tmp_path / "team.db"
    with Store.open(db) as store:
        code = start_session(store, scenario, "food-rumour", hash_scenario(scenario), 3,
                             mode="together").code
    with serving("--join", code, "--db", str(db)) as (_, port):
        shown = await asyncio.wait_for(
            read_tab(port, f"Team drill {code}", keys=("Dee", "\r")), timeout=30)
    assert "Your name for the team's results" in shown
    with Store.open(db) as store:
        members = store.query("SELECT trainee FROM session_members WHERE session = ?", (code,))
    assert [m["trainee"] for m in members] == ["Dee"]


@pytest.mark.slow
async def test_a_browser_tab_on_plain_serve_shows_the_default_briefing(tmp_path: Path) -> None:
    from simulator.scenario.library import default_scenario_path
    from simulator.scenario.loader import load_scenario

    title = load_scenario(default_scenario_path()).title
    with serving("--db", str(tmp_path / "drills.db")) as (_, port):
        shown = await asyncio.wait_for(read_tab(port, title), timeout=60)
    assert "play needs an interactive terminal" not in shown


@pytest.mark.slow
async def test_a_page_from_another_site_cannot_open_a_tab(tmp_path: Path) -> None:
    import aiohttp

    from simulator.scenario.library import default_scenario_path
    from simulator.scenario.loader import load_scenario

    title = load_scenario(default_scenario_path()).title
    with serving("--db", str(tmp_path / "drills.db")) as (proc, port):
        for foreign in ("http://evil.example", f"http://127.0.0.1:{port}.evil.example",
                        f"https://127.0.0.1:{port}", f"http://127.0.0.1:{port + 1}", "null"):
            with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
                async with open_tab(port, origin=foreign):
                    pass
            assert refused.value.status == 403, foreign
            assert child_processes(proc.pid) == []  # refused before any drill process
        for own in (f"http://127.0.0.1:{port}", f"http://LOCALHOST:{port}"):
            async with open_tab(port, origin=own) as ws:
                assert title in await asyncio.wait_for(shown_until(ws, title), timeout=60)
    assert "refused a browser tab from a page at 'http://evil.example'" in output_of(proc)


@pytest.mark.slow
async def test_tabs_over_the_cap_are_told_the_server_is_full(tmp_path: Path) -> None:
    from simulator.scenario.library import default_scenario_path
    from simulator.scenario.loader import load_scenario

    title = load_scenario(default_scenario_path()).title
    full = "This drill server is full"
    with serving("--max-tabs", "2", "--db", str(tmp_path / "drills.db")) as (proc, port):
        async with open_tab(port) as first, open_tab(port) as second:
            for ws in (first, second):
                assert title in await asyncio.wait_for(shown_until(ws, title, full), 60)
            playing = child_processes(proc.pid)
            assert len(playing) == 2 and all("play" in argv for argv in playing)  # one each
            async with open_tab(port) as third:
                shown = await asyncio.wait_for(shown_until(third, title, full), 60)
                assert full in shown and "--max-tabs 2" in shown and title not in shown
                assert len(child_processes(proc.pid)) == 2  # the third tab started nothing
        # Both tabs closed: their places are freed (once their drills have ended).
        deadline = time.monotonic() + 60
        while True:
            async with open_tab(port) as again:
                shown = await asyncio.wait_for(shown_until(again, title, full), 60)
            if title in shown:
                break
            assert time.monotonic() < deadline, "closed tabs never freed their places"
            await asyncio.sleep(0.2)
