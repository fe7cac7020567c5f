"""What the report and results commands share: opening the results file for reading, the
report's format, writing it, and the team debrief's text.

One module both `debrief_cmds` (`report --session`) and `session_cmds` (`session report`) import,
so neither imports the other (they used to, in a circle) and `results_cmds` has no copy of its
own of opening the file.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from simulator.cli import CommandError, UsageError
from simulator.store import Store, StoreError
from simulator.store.paths import resolve_db_path

SUFFIX_FORMATS = {".html": "html", ".htm": "html", ".md": "md", ".markdown": "md",
                  ".json": "json", ".csv": "csv"}


@contextmanager
def opened(args: argparse.Namespace, *, create: bool = False) -> Iterator[Store]:
    """The results file, with every store or session error turned into a CommandError."""
    from simulator.team import SessionError
    from simulator.team.injects import InjectFileError

    try:
        from simulator.store import Store

        store = Store.open(resolve_db_path(args), create=create)
    except StoreError as error:
        raise CommandError(str(error)) from None
    try:
        yield store
    except (StoreError, SessionError, InjectFileError) as error:
        raise CommandError(str(error)) from None
    finally:
        store.close()


def open_results(args: argparse.Namespace) -> Store:
    """The results file `--db` names (or the default one), never created: a report of a file
    that does not exist is a mistake to say, not an empty file to make."""
    try:
        return Store.open(resolve_db_path(args), create=False)
    except StoreError as error:
        raise CommandError(str(error)) from None


def report_format(args: argparse.Namespace) -> str:
    """--format, else the -o file's suffix; Markdown for stdout (`-o -`): it reads well there."""
    if args.output != "-" and Path(args.output).expanduser().is_dir():
        raise UsageError(f"{args.output} is a folder: give a file name, e.g. "
                         f"{Path(args.output) / 'debrief.html'}")
    if args.format:
        return str(args.format)
    if args.output == "-":
        return "md"
    found = SUFFIX_FORMATS.get(Path(args.output).suffix.lower())
    if found:
        return found
    raise UsageError(f"cannot tell the format from {args.output!r}: end it in .html, .md, .json "
                     "or .csv, or say --format")


def write_report(text: str, output: str, what: str) -> None:
    """Write to the -o file (or stdout for `-`), with a one-line error instead of a traceback."""
    if output == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    path = Path(output).expanduser()
    try:
        # newline="" keeps the CSV's CRLF row ends as they are (RFC 4180)
        with path.open("w", encoding="utf-8", newline="") as out:
            out.write(text)
    except OSError as error:
        raise CommandError(f"cannot write {path}: {error.strerror or error}") from None
    print(f"wrote {what} to {path}", file=sys.stderr)


def session_report_text(args: argparse.Namespace, fmt: str) -> tuple[str, str]:
    """(the session's code, its team debrief rendered as `fmt`)."""
    from simulator.team import require_session
    from simulator.team.joining import session_scenario
    from simulator.team.report import build_session_report, render

    with opened(args) as store:
        session = require_session(store, args.session)
        _, scenario = session_scenario(session)
        return session.code, render(build_session_report(store, session.code, scenario), fmt)


