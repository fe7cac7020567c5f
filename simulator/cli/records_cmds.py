"""`crisis-drill export xapi` (training records for a learning record store) and
`crisis-drill results merge` (several results files into one).

Both are thin: the work is in `simulator.records`. Errors a user can fix (no such drill, an LRS
that refuses the credentials, a file that is not a results file) are one line and exit 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from simulator.cli import CommandError, UsageError
from simulator.store import StoreError, add_db_option, db_target, resolve_db_path

if TYPE_CHECKING:  # imported where used: `crisis-drill --help` must stay fast
    from simulator.debrief.queries import DrillSummary
    from simulator.store import Store


def register(subparsers: argparse._SubParsersAction) -> None:
    export = subparsers.add_parser(
        "export",
        help="training records for a learning platform (xAPI statements for an LRS)",
        description="Export drills as training records for a learning platform.",
    )
    formats = export.add_subparsers(dest="export_format", metavar="FORMAT")
    xapi = formats.add_parser(
        "xapi",
        help="drills as xAPI 1.0.3 statements, to a file or sent to an LRS",
        description="Turn drills into xAPI 1.0.3 statements (attempted, completed, passed or "
        "failed against the pass mark, scored) and write them to a file or send them to a "
        "learning record store. Statement ids come from the drill, so sending again creates no "
        "duplicates. Credentials for --lrs: user:password in the URL, or $CRISIS_DRILL_LRS_USER "
        "and $CRISIS_DRILL_LRS_PASSWORD.",
    )
    which = xapi.add_mutually_exclusive_group(required=True)
    which.add_argument("drill", nargs="?", type=int, metavar="DRILL", help="drill id")
    which.add_argument("--last", action="store_true", help="the most recently started drill")
    which.add_argument("--session", metavar="CODE", help="every drill of a team session")
    which.add_argument("--trainee", metavar="NAME", help="every drill of one trainee")
    where = xapi.add_mutually_exclusive_group()
    where.add_argument("-o", "--output", metavar="FILE",
                       help="write the statements as a JSON list (- for stdout, the default)")
    where.add_argument("--lrs", metavar="URL",
                       help="send them to the LRS's xAPI endpoint, e.g. https://lrs.example.com/xAPI")
    xapi.add_argument("--iri-base", metavar="URL",
                      help="base of every IRI in the statements (default: $CRISIS_DRILL_XAPI_BASE, "
                      "else a placeholder under .invalid): set your organisation's once")
    xapi.add_argument("--email", action="append", default=[], metavar="NAME=ADDRESS",
                      help="identify trainee NAME by this email (mbox) instead of an account; "
                      "repeatable. A trainee whose name is an email address needs none.")
    xapi.add_argument("--batch", type=int, default=50, metavar="N",
                      help="statements per request to the LRS (default 50)")
    add_db_option(xapi)
    xapi.set_defaults(func=run_export_xapi)
    export.set_defaults(func=lambda _args: _usage(export, "choose a format: xapi"))

    results = subparsers.add_parser(
        "results",
        help="work on results files as a whole (merge several into one)",
        description="Work on results files as a whole.",
    )
    actions = results.add_subparsers(dest="results_action", metavar="ACTION")
    merge = actions.add_parser(
        "merge",
        help="combine trainees' or sites' results files into one",
        description="Combine several results files into one (created if missing). Drills are "
        "matched by their global id, so none is written twice and merging again changes nothing. "
        "Two different copies of one drill are reported and neither is changed (exit 1, after "
        "merging everything else); a copy taken while a drill was still being played is "
        "replaced by its longer copy, and the report says so. The sources are only read.",
    )
    merge.add_argument("files", nargs="+", metavar="FILE", help="results files to merge")
    merge.add_argument("-o", "--output", required=True, metavar="TEAM.db",
                       help="the results file to merge into, or a postgresql:// URL")
    merge.set_defaults(func=run_results_merge)
    results.set_defaults(func=lambda _args: _usage(results, "choose an action: merge"))


def _usage(parser: argparse.ArgumentParser, message: str) -> int:
    parser.print_usage(sys.stderr)
    raise UsageError(message)


def _open(args: argparse.Namespace) -> Store:
    from simulator.store import Store

    try:
        return Store.open(resolve_db_path(args), create=False)
    except StoreError as error:
        raise CommandError(str(error)) from None


def _emails(pairs: list[str]) -> dict[str, str]:
    emails = {}
    for pair in pairs:
        name, sep, address = pair.partition("=")
        if not sep or not name.strip() or "@" not in address:
            raise UsageError(f"--email takes NAME=ADDRESS, e.g. --email 'Ana=ana@example.com', "
                             f"not {pair!r}")
        emails[name.strip()] = address.strip()
    return emails


def selected_drills(store: Store, args: argparse.Namespace) -> list[DrillSummary]:
    """The drills the command names, oldest first; a selection that finds none is an error."""
    from simulator.debrief import queries

    path = store.path
    if args.drill is not None:
        found = queries.drill(store, args.drill)
        if found is None:
            raise CommandError(f"no drill {args.drill} in {path}")
        return [found]
    if args.last:
        latest = queries.last_drill(store)
        if latest is None:
            raise CommandError(f"no drills in {path} yet")
        return [latest]
    if args.session:
        from simulator.team.sessions import SessionError, require_session, session_drills

        try:
            session = require_session(store, args.session)
        except SessionError as error:
            raise CommandError(str(error)) from None
        drills = [queries.DrillSummary.from_row(store, row)
                  for row in session_drills(store, session.code)]
        if not drills:
            raise CommandError(f"session {session.code} has no drills yet")
        return drills
    drills = list(reversed(queries.recent_drills(store, trainee=args.trainee, limit=1_000_000)))
    if not drills:
        raise CommandError(f"no drills for trainee {args.trainee!r} in {path}")
    return drills


def run_export_xapi(args: argparse.Namespace) -> int:
    from simulator.records import xapi
    from simulator.records.drill_records import drill_records
    from simulator.records.lrs import Endpoint, LrsClient, LrsError

    if args.batch < 1:
        raise UsageError("--batch must be at least 1")
    identity = xapi.Identity.from_env(args.iri_base, _emails(args.email))
    endpoint = None
    if args.lrs:
        try:
            endpoint = Endpoint.parse(args.lrs)
        except LrsError as error:
            raise UsageError(str(error)) from None
    with _open(args) as store:
        try:
            records = drill_records(store, selected_drills(store, args))
        except StoreError as error:
            raise CommandError(str(error)) from None
    statements = [s for record in records for s in xapi.statements_for(record, identity)]
    unfinished = sum(1 for record in records if record.score is None)
    drills = f"{len(records)} drill{'s' if len(records) != 1 else ''}"
    note = (f"; {unfinished} not finished: 'attempted' only, export again once finished"
            if unfinished else "")
    if endpoint is None:
        text = json.dumps(statements, indent=2, ensure_ascii=False) + "\n"
        output = args.output or "-"
        if output == "-":
            sys.stdout.write(text)
        else:
            path = Path(output).expanduser()
            try:
                path.write_text(text, encoding="utf-8")
            except OSError as error:
                raise CommandError(f"cannot write {path}: {error.strerror or error}") from None
            print(f"wrote {len(statements)} xAPI statements for {drills} to {path}{note}",
                  file=sys.stderr)
        return 0
    try:
        report = LrsClient(endpoint, batch=args.batch).send(statements)
    except LrsError as error:
        raise CommandError(str(error)) from None
    print(f"sent {len(statements)} xAPI statements for {drills} to {endpoint.url}: "
          f"{report.new} new, {report.existing} already there{note}")
    if report.conflicts:
        listed = ", ".join(report.conflicts[:5]) + (" ..." if len(report.conflicts) > 5 else "")
        raise CommandError(
            f"the LRS already holds different statements under {len(report.conflicts)} of these "
            f"ids ({listed}): those drills were exported before with other content (another "
            "--iri-base or --email?). The rest were sent.")
    return 0


def run_results_merge(args: argparse.Namespace) -> int:
    from simulator.records.merge import merge_files
    from simulator.store import Store

    sources = [Path(name).expanduser() for name in args.files]
    try:
        output = db_target(args.output)
        with Store.open(output.expanduser() if isinstance(output, Path) else output) as target:
            report = merge_files(target, sources)
            where = target.path
    except StoreError as error:
        raise CommandError(str(error)) from None
    files = f"{report.files} file{'s' if report.files != 1 else ''}"
    print(f"merged {files} into {where}: {report.added} drills added, {report.already} already "
          f"there, {report.updated} updated (played on since the copy merged before), "
          f"{report.sessions_added} sessions added, {len(report.conflicts)} conflicts")
    if report.conflicts:
        for conflict in report.conflicts:
            print(f"conflict: {conflict}", file=sys.stderr)
        raise CommandError(f"{len(report.conflicts)} conflicting copies were left as they were "
                           f"in {where} (see above); everything else was merged")
    return 0
