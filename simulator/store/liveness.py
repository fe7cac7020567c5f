"""Is the process that is writing a drill still alive? Decides when a `running` drill is `aborted`.

A killed process cannot mark its own drill as aborted, so the reader decides: every drill row holds
its writer's pid, host name and a heartbeat (`updated_at`, refreshed with each event). On the same
host the pid settles it, exactly and at once; a drill written from another machine (a shared team
file) counts as aborted once its heartbeat is older than `STALE_AFTER`.

A pid is reused once its process is gone, so "a process with this pid exists" is not enough: a
killed drill whose pid now belongs to a new shell would stay `running` for ever. Where the system
says when a process started (Linux's /proc), a process that started after the drill did cannot be
its writer. `CLOCK_SLACK` allows for the wall clock being stepped while a drill runs.
"""

from __future__ import annotations

import os
import socket
from datetime import UTC, datetime, timedelta
from pathlib import Path

STALE_AFTER = timedelta(minutes=15)
CLOCK_SLACK = timedelta(minutes=5)
_PROC = Path("/proc")


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


def process_started(pid: int) -> datetime | None:
    """When the process `pid` started (UTC), or None where the system does not say (no /proc,
    no such process). Linux gives the start in clock ticks after boot (field 22 of
    /proc/PID/stat, after the command name, which may hold spaces and parentheses) and the boot
    time in /proc/stat."""
    try:
        stat = (_PROC / str(pid) / "stat").read_text()
        boot = next(int(line.split()[1]) for line in (_PROC / "stat").read_text().splitlines()
                    if line.startswith("btime "))
        ticks = int(stat[stat.rindex(")") + 2 :].split()[19])
        per_second = os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, StopIteration):
        return None
    return datetime.fromtimestamp(boot + ticks / per_second, UTC)


def _parse(stamp: str | None) -> datetime | None:
    if not stamp:
        return None
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def writer_alive(
    pid: int | None, host: str | None, updated_at: str | None, now: datetime, *, host_now: str,
    started_at: str | None = None,
) -> bool:
    """Whether the writer of a `running` drill may still be writing it. `started_at` is when
    the drill started: a process with the pid that started later is a newcomer, not the writer."""
    if pid is not None and host == host_now:
        if pid == os.getpid():
            return True  # this process writes it (whatever clock it was given)
        return pid_alive(pid) and not _pid_reused(pid, _parse(started_at))
    beat = _parse(updated_at)
    if beat is None:
        return False
    return now - beat < STALE_AFTER


def _pid_reused(pid: int, drill_started: datetime | None) -> bool:
    if drill_started is None:
        return False
    process = process_started(pid)
    return process is not None and process > drill_started + CLOCK_SLACK
