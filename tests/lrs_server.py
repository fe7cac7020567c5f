"""A real learning record store for the xAPI tests: Ralph with its file-system backend.

Ralph pins its own web stack (FastAPI 0.114, click < 8.2.1, ...), so it lives in a virtual
environment of its own, made by `.ci/run` (or by hand, see docs/lms-admin.md) at
$CRISIS_DRILL_RALPH_VENV, default ~/.cache/crisis-drill/ralph-venv. The fixture creates a Basic
auth user with Ralph's own `ralph auth`, starts Ralph's ASGI app under uvicorn on loopback port 0
(the system picks a free one as it binds: parallel test workers never race for a port) in a
temporary folder (through `tests/ralph_launch.py`, which works around a bug of Ralph's
file backend, said there), waits (with a deadline) until it answers, and stops it afterwards.

Without Ralph the tests skip and say how to install it; under CI (`CI` set), where `.ci/run`
installs it, a missing Ralph is a failure instead: CI must never pass by skipping them.
"""

from __future__ import annotations

import base64
import json
import os
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

VENV_ENV = "CRISIS_DRILL_RALPH_VENV"
DEFAULT_VENV = Path("~/.cache/crisis-drill/ralph-venv")
RALPH_PACKAGES = ("ralph-malph[cli,lrs]==5.1.0", "requests")  # as .ci/run installs them
INSTALL = ("python3 -m venv ~/.cache/crisis-drill/ralph-venv && ~/.cache/crisis-drill/ralph-venv/"
           "bin/pip install 'ralph-malph[cli,lrs]==5.1.0' requests")
START_DEADLINE_S = 60.0
USER, PASSWORD = "crisis-drill-tests", "s3cret-for-tests"


def ralph_venv() -> Path:
    return Path(os.environ.get(VENV_ENV) or DEFAULT_VENV).expanduser()


def unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (.ci/run installs Ralph; CI must run the LRS tests)")
    pytest.skip(reason)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Lrs:
    """A running Ralph: its xAPI endpoint and the Basic auth user the tests send as."""

    endpoint: str
    user: str
    password: str
    folder: Path

    def _get(self, url: str) -> Any:
        token = base64.b64encode(f"{self.user}:{self.password}".encode()).decode()
        request = urllib.request.Request(url, headers={
            "Authorization": f"Basic {token}", "X-Experience-API-Version": "1.0.3"})
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.loads(response.read())

    def statements(self) -> list[dict[str, Any]]:
        """Every statement the LRS holds, read back through its own xAPI GET."""
        found: list[dict[str, Any]] = []
        url = f"{self.endpoint}/statements?limit=100"
        while url:
            page = self._get(url)
            found += page["statements"]
            more = page.get("more")
            url = f"{self.endpoint.rsplit('/xAPI', 1)[0]}{more}" if more else ""
        return found

    def stored_lines(self) -> int:
        """Statements in Ralph's file backend: what it wrote to disk, duplicates included."""
        files = list((self.folder / "data").glob("*.jsonl"))
        return sum(1 for f in files for line in f.read_text().splitlines() if line.strip())


def _answering(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


def start_ralph(folder: Path) -> Iterator[Lrs]:
    venv = ralph_venv()
    python = venv / "bin" / "python"
    ralph = venv / "bin" / "ralph"
    if not ralph.exists():
        unavailable(f"Ralph (ralph-malph) is not installed at {venv}: {INSTALL}")
    env = {**os.environ, "RALPH_APP_DIR": str(folder), "RALPH_AUTH_FILE": str(folder / "auth.json"),
           "RALPH_RUNSERVER_BACKEND": "fs",
           "RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH": str(folder / "data")}
    (folder / "data").mkdir(parents=True, exist_ok=True)
    made = subprocess.run(
        [str(ralph), "auth", "-u", USER, "-p", PASSWORD, "-s", "all", "-A", USER,
         "https://crisis-drill.invalid/lrs-users", "-w"],
        env=env, capture_output=True, text=True, timeout=120)
    if made.returncode != 0:
        unavailable(f"`ralph auth` failed: {made.stderr.strip().splitlines()[-1:]}")
    log = (folder / "ralph.log").open("w")
    port_file = folder / "port"  # port 0: Ralph binds a free port itself and writes it here
    process = subprocess.Popen(
        [str(python), str(Path(__file__).with_name("ralph_launch.py")), "127.0.0.1", "0",
         str(port_file)],
        env=env, cwd=folder, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + START_DEADLINE_S

    def started() -> bool:
        if process.poll() is not None:
            tail = (folder / "ralph.log").read_text()[-800:]
            unavailable(f"Ralph exited with {process.returncode} on start: {tail}")
        if time.monotonic() > deadline:
            unavailable(f"Ralph did not answer within {START_DEADLINE_S:.0f} s")
        return port_file.exists() and _answering(
            f"http://127.0.0.1:{port_file.read_text()}/__heartbeat__")

    try:
        while not started():
            time.sleep(0.1)  # polling a process for readiness, with the deadline above
        yield Lrs(f"http://127.0.0.1:{port_file.read_text()}/xAPI", USER, PASSWORD, folder)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()
