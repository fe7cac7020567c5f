"""`crisis-drill debrief` (the Textual debrief) and `crisis-drill report` (html/md/json/csv).

Both read a drill from the results file and never write to it. Errors a user can fix (no such
drill, an empty or missing file, an unknown format) are one line on stderr, never a traceback. The
Textual app is imported only when `debrief` runs, so `report` works without a terminal.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from simulator.cli import CommandError
from simulator.cli.reports import open_results, report_format, session_report_text, write_report
from simulator.store import StoreError, add_db_option

if TYPE_CHECKING:  # imported where used: `crisis-drill --help` must not load the engine
    from simulator.debrief.model import Debrief
    from simulator.scenario.model import Scenario
    from simulator.store import Store

FORMATS = ("html", "md", "json", "csv")


def register(subparsers: argparse._SubParsersAction) -> None:
    debrief = subparsers.add_parser(
        "debrief",
        help="open the debrief of a drill: scores and why, timeline, posts, replay, ghost",
        description="Open the Textual debrief of DRILL (default: the latest drill): scores with "
        "what drove them, a timeline to step through, every post with the handling next to what "
        "was expected, the escalation matrix, charts, lessons traced to the seed guidance, a "
        "replay of the feed at any moment and the best comparable run as a ghost.",
    )
    _drill_arguments(debrief, required=False)
    debrief.add_argument("--trainee", metavar="NAME",
                         help="with --last (or no DRILL): that trainee's latest drill")
    debrief.set_defaults(func=run_debrief)

    report = subparsers.add_parser(
        "report",
        help="write a drill's debrief as html, md, json or csv",
        description="Write the debrief of DRILL (or --last) to a file: html is one "
        "self-contained page (charts included) to mail or project; md for wikis; json and csv "
        "carry the full per-post data. `-o -` writes to stdout (Markdown unless --format).",
    )
    which = _drill_arguments(report, required=True)
    which.add_argument("--session", metavar="CODE",
                       help="the team debrief of a session: trainees side by side, post by post")
    report.add_argument("--trainee", metavar="NAME", help="with --last: that trainee's latest")
    report.add_argument("--format", "-f", choices=FORMATS,
                        help="output format (default: from the -o file's suffix)")
    report.add_argument("-o", "--output", required=True, metavar="FILE",
                        help="file to write, or - for stdout")
    report.set_defaults(func=run_report)


def _drill_arguments(
    parser: argparse.ArgumentParser, *, required: bool
) -> argparse._MutuallyExclusiveGroup:
    which = parser.add_mutually_exclusive_group(required=required)
    which.add_argument("drill", nargs="?", type=int, metavar="DRILL", help="drill id")
    which.add_argument("--last", action="store_true", help="the most recently started drill")
    parser.add_argument("--scenario", metavar="FILE",
                        help="the scenario file the drill was played on, if it is not a bundled "
                        "one (needed for replay)")
    add_db_option(parser)
    return which


def _scenario(args: argparse.Namespace) -> Scenario | None:
    if not getattr(args, "scenario", None):
        return None
    from simulator.cli.scenario_arg import load_scenario_arg

    return load_scenario_arg(args.scenario)


def load_debrief(args: argparse.Namespace, store: Store) -> Debrief:
    from simulator.debrief.model import DebriefError, build_debrief, find_drill

    scenario = _scenario(args)
    try:
        drill = find_drill(store, args.drill, trainee=args.trainee)
        debrief = build_debrief(store, drill.id, scenario=scenario)
    except (DebriefError, StoreError) as error:
        raise CommandError(str(error)) from None
    if scenario is not None and not debrief.scenario_matches:
        print(f"note: {args.scenario} is not the scenario drill {drill.id} was played on (its "
              "content differs), so the replay shows the recorded log instead", file=sys.stderr)
    return debrief


def run_debrief(args: argparse.Namespace) -> int:
    with open_results(args) as store:
        debrief = load_debrief(args, store)
        from simulator.tui.debrief import make_debrief_app

        app = make_debrief_app(store, debrief.drill.id, debrief=debrief)
        app.run()
    return 0


def render(debrief: Debrief, fmt: str) -> str:
    if fmt == "html":
        from simulator.debrief.report_html import render_html

        return render_html(debrief)
    if fmt == "md":
        from simulator.debrief.report_md import render_markdown

        return render_markdown(debrief)
    from simulator.debrief.report_data import render_csv, render_json

    return render_json(debrief) if fmt == "json" else render_csv(debrief)


def run_report(args: argparse.Namespace) -> int:
    fmt = report_format(args)
    if args.session:
        code, text = session_report_text(args, fmt)
        write_report(text, args.output, f"{fmt} team debrief of session {code}")
        return 0
    with open_results(args) as store:
        debrief = load_debrief(args, store)
    write_report(render(debrief, fmt), args.output, f"{fmt} debrief of drill {debrief.drill.id}")
    return 0
