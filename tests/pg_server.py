"""A real PostgreSQL server for the PostgreSQL tests and the load benchmark.

pytest-postgresql's executor runs Debian's `pg_ctl` (package `postgresql`, installed by
`.ci/run`): `initdb` into a temporary folder of its own, start on a free loopback port (another
one should a parallel test worker's server take it first), stop and remove afterwards.
PostgreSQL refuses to run as root, and CI runs as root, so there the executor is given
a two-line `pg_ctl` that runs the real one as the `postgres` user (`runuser`), with the folder
owned by that user. Each test gets a fresh database (pytest-postgresql's `DatabaseJanitor`).

Where no server can be had (no PostgreSQL binaries, no psycopg, root without a `postgres` user)
the tests skip and say exactly why; nothing in the rest of the suite needs a server.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import stat
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

RUN_AS = "postgres"
START_TIMEOUT_S = 60
START_ATTEMPTS = 3


class Unavailable(Exception):
    """No PostgreSQL server can be started here; the message says why."""


def pg_ctl() -> str:
    found = shutil.which("pg_ctl") or next(
        iter(sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), reverse=True)), None)
    if not found:
        raise Unavailable("PostgreSQL's server (pg_ctl) is not installed: apt-get install "
                          "postgresql (.ci/run does)")
    return found


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass(frozen=True)
class Server:
    host: str
    port: int
    user: str

    def url(self, dbname: str) -> str:
        return f"postgresql://{self.user}@{self.host}:{self.port}/{dbname}"


@contextmanager
def running_server(max_connections: int = 100) -> Iterator[Server]:
    """Start a throwaway server; stop it and remove its files on the way out."""
    try:
        import psycopg  # noqa: F401
        from pytest_postgresql.executors import PostgreSQLExecutor
    except ImportError as error:
        raise Unavailable(f"{error.name} is not installed: pip install -e '.[test]'") from None
    executable = pg_ctl()
    folder = Path(tempfile.mkdtemp(prefix="crisis-drill-pg-"))
    try:
        if os.geteuid() == 0:
            try:
                account = pwd.getpwnam(RUN_AS)
            except KeyError:
                raise Unavailable(
                    "PostgreSQL will not run as root and there is no 'postgres' user to run it "
                    "as (Debian's postgresql package creates one)") from None
            runuser = shutil.which("runuser")
            if not runuser:
                raise Unavailable("PostgreSQL will not run as root and runuser is missing")
            wrapper = folder / "pg_ctl"
            wrapper.write_text(f'#!/bin/sh\nexec {runuser} -u {RUN_AS} -- {executable} "$@"\n')
            wrapper.chmod(wrapper.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
            os.chown(folder, account.pw_uid, account.pw_gid)
            folder.chmod(0o755)
            executable = str(wrapper)
        # PostgreSQL takes no port 0: a free port is picked, and picked again should another
        # process (a parallel test worker's server) bind it before this server does.
        for attempt in range(1, START_ATTEMPTS + 1):
            port = free_port()
            log = folder / f"postgresql-{attempt}.log"
            executor = PostgreSQLExecutor(
                executable=executable, host="127.0.0.1", port=port,
                datadir=str(folder / "data"), unixsocketdir=str(folder),
                logfile=str(log), startparams="-w",
                dbname="crisis_drill", user=RUN_AS, timeout=START_TIMEOUT_S,
                postgres_options=f"-c max_connections={max_connections} -c fsync=on",
            )
            try:
                executor.start()
                break
            except Exception as error:  # the executor's own errors say what failed
                tail = log.read_text()[-600:] if log.exists() else ""
                # taken before the executor looked (AlreadyRunning), or before the server bound
                taken = type(error).__name__ == "AlreadyRunning" or "already in use" in tail
                if not taken or attempt == START_ATTEMPTS:
                    raise Unavailable(f"PostgreSQL did not start: {error} {tail}") from None
        try:
            yield Server("127.0.0.1", port, RUN_AS)
        finally:
            executor.stop()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def fresh_database(server: Server) -> Iterator[str]:
    """A new, empty database on `server`, dropped afterwards; yields its URL."""
    from pytest_postgresql.janitor import DatabaseJanitor

    name = f"t_{uuid.uuid4().hex[:12]}"
    janitor = DatabaseJanitor(user=server.user, host=server.host, port=server.port, dbname=name)
    janitor.init()
    try:
        yield server.url(name)
    finally:
        janitor.drop()
