"""Is the process that is writing a drill still alive? Decides when a `running` drill is `aborted`.

A killed process cannot mark its own drill as aborted, so the reader decides: every drill row holds
its writer's pid, host name and a heartbeat (`updated_at`, refreshed with each event). On the same
host the pid settles it, exactly and at once; a drill written from another machine (a shared team
file) counts as aborted once its heartbeat is older than `STALE_AFTER`.
"""

from __future__ import annotations

import os
import socket
from datetime import datetime, timedelta

STALE_AFTER = timedelta(minutes=15)


def this_host() -> str:
    return socket.gethostname()


def pid_alive(pid: int) -> bool:
    """True if a process with this pid exists (signal 0 checks without sending anything)."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    except OSError:
        return False
    return True


def writer_alive(
    pid: int | None, host: str | None, updated_at: str | None, now: datetime, *, host_now: str
) -> bool:
    """Whether the writer of a `running` drill may still be writing it."""
    if pid is not None and host == host_now:
        return pid_alive(pid)
    if not updated_at:
        return False
    try:
        beat = datetime.fromisoformat(updated_at)
    except ValueError:
        return False
    return now - beat < STALE_AFTER
