"""A child process on a pseudo-terminal, for the tests that run the real `crisis-drill play`
(the bytes a terminal sends, Ctrl+Q in a real game): shared by tests in several folders.
"""

from __future__ import annotations

import errno
import fcntl
import os
import re
import select
import struct
import subprocess
import termios
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest

DEADLINE = 30.0  # seconds; a busy CI machine may need many, a normal run needs about two
CTRL_S, CTRL_Q = b"\x13", b"\x11"
# CSI (colours, cursor moves, modes), OSC (title, clipboard) and two-byte escape sequences.
ESCAPES = re.compile(rb"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[ -~]")

T = TypeVar("T")


class Terminal:
    """A child process on a pseudo-terminal of a fixed size, and everything it has written."""

    def __init__(self, argv: list[str], *, cwd: Path, env: dict[str, str],
                 size: tuple[int, int] = (120, 40)) -> None:
        self.master, slave = os.openpty()
        columns, rows = size
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        self.process = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, cwd=cwd,
                                        env=env, start_new_session=True, close_fds=True)
        os.close(slave)  # the child holds the only copy: reading the master ends at its exit
        self.output = bytearray()
        self.closed = False

    def send(self, data: bytes) -> int:
        """Type `data`; returns how much output there was before, to look only at what follows."""
        mark = len(self.output)
        os.write(self.master, data)
        return mark

    def pump(self, timeout: float) -> None:
        """Read whatever output arrives within `timeout` (the child blocks if nobody reads)."""
        if self.closed:
            time.sleep(timeout)  # keep the caller's poll loop from spinning
            return
        ready, _, _ = select.select([self.master], [], [], timeout)
        if not ready:
            return
        try:
            chunk = os.read(self.master, 65536)
        except OSError as error:  # EIO: the child has exited and closed the terminal
            if error.errno != errno.EIO:
                raise
            chunk = b""
        if chunk:
            self.output += chunk
        else:
            self.closed = True

    def text(self, since: int = 0) -> str:
        """The output after `since` with the escape sequences taken out."""
        return ESCAPES.sub(b"", bytes(self.output[since:])).decode("utf-8", "replace")

    def until(self, what: str, found: Callable[[], T | None]) -> T:
        """Poll `found` (reading output meanwhile) until it returns something; fail clearly if
        the deadline passes or the child exits first."""
        deadline = time.monotonic() + DEADLINE
        while True:
            result = found()
            if result is not None:
                return result
            if self.process.poll() is not None and self.closed:
                result = found()  # it may have exited between the two looks: ask once more
                if result is not None:
                    return result
                pytest.fail(f"the game exited ({self.process.returncode}) while waiting for "
                            f"{what}; its last output:\n{self.text()[-3000:]}")
            if time.monotonic() > deadline:
                pytest.fail(f"no {what} after {DEADLINE:.0f} s; last output:\n"
                            f"{self.text()[-3000:]}")
            self.pump(0.1)

    def wait_for_text(self, text: str, since: int = 0) -> None:
        self.until(repr(text), lambda: True if text in self.text(since) else None)

    def wait_for_exit(self) -> int:
        return self.until("exit", lambda: self.process.returncode if self.closed
                          and self.process.poll() is not None else None)

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        os.close(self.master)


def game_env() -> dict[str, str]:
    """This environment with a known terminal type and none of Textual's own switches (a
    TEXTUAL_DRIVER set outside would choose another driver)."""
    env = {key: value for key, value in os.environ.items()
           if not key.startswith("TEXTUAL") and key not in ("COLUMNS", "LINES")}
    env["TERM"] = "xterm-256color"
    return env
