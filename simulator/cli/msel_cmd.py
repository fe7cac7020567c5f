"""`crisis-drill msel export|import`: a scenario's master events list as a CSV spreadsheet.

Export writes the scripted posts (and their follow-ups), the scheduled injects and the fact updates
one row each; import reads such a sheet back into a base scenario (its brand, channels, routes,
crowd and templates stay; its posts, injects and fact updates become the sheet's) and writes a new
scenario file, refusing to write one while any row is wrong (`FILE.csv:LINE: message`, every row
at once), so what it writes always validates.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from simulator.cli import CommandError


def register(subparsers: argparse._SubParsersAction) -> None:
    msel = subparsers.add_parser(
        "msel", help="export or import a scenario's master events list as CSV",
        description="A scenario's storyline as a spreadsheet of events (seq, time, phase, type, "
        "id, parent, when, channel, from, text, expected action and route, notes...), the way "
        "exercise controllers keep a master events list.")
    actions = msel.add_subparsers(dest="msel_command", metavar="export|import")
    actions.required = True
    export = actions.add_parser(
        "export", help="write a scenario's posts, follow-ups, injects and facts as CSV",
        description="Write one row per scripted post, follow-up (chained ones name their "
        "parent), scheduled inject and fact update, in time order.")
    export.add_argument("scenario", metavar="SCENARIO", help="scenario file or bundled id")
    export.add_argument("-o", "--output", metavar="FILE.csv", type=Path,
                        help="where to write (default: standard output)")
    export.set_defaults(func=run_export)
    load = actions.add_parser(
        "import", help="write a new scenario from a CSV sheet and a base scenario",
        description="Read a master events list (as `msel export` writes it) into a copy of the "
        "base scenario: its posts, injects and fact updates are replaced by the sheet's. "
        "Every wrong row is reported as FILE.csv:LINE: message and nothing is written.")
    load.add_argument("csv", metavar="FILE.csv", type=Path, help="the sheet")
    load.add_argument("--into", metavar="SCENARIO", required=True,
                      help="the base scenario (file or bundled id): brand, channels, routes")
    load.add_argument("-o", "--output", metavar="NEW.yaml", type=Path, required=True,
                      help="the scenario file to write")
    load.add_argument("--force", action="store_true", help="overwrite NEW.yaml if it exists")
    load.set_defaults(func=run_import)


def _scenario(arg: str) -> tuple[Any, Path]:
    """The loaded scenario (or the usual one-line error) and the file it came from."""
    from simulator.cli.scenario_arg import load_scenario_arg
    from simulator.scenario.library import resolve_scenario

    scenario = load_scenario_arg(arg)  # raises CommandError for a missing or invalid file
    return scenario, Path(resolve_scenario(arg))


def run_export(args: argparse.Namespace) -> int:
    from simulator.scenario.msel import export_rows, to_csv

    scenario, _ = _scenario(args.scenario)
    text = to_csv(export_rows(scenario))
    if args.output is None:
        sys.stdout.write(text)
        return 0
    try:
        args.output.write_text(text, encoding="utf-8")
    except OSError as error:
        raise CommandError(f"cannot write {args.output}: {error.strerror}") from None
    rows = text.count("\n") - 1
    print(f"wrote {args.output}: {rows} rows; edit it, then: crisis-drill msel import "
          f"{args.output} --into {args.scenario} -o NEW.yaml")
    return 0


def run_import(args: argparse.Namespace) -> int:
    import yaml

    from simulator.scenario.loader import validate_text
    from simulator.scenario.msel import import_rows

    if args.output.exists() and not args.force:
        raise CommandError(f"{args.output} already exists; use --force to overwrite it")
    base, base_path = _scenario(args.into)
    try:
        sheet = args.csv.read_text(encoding="utf-8-sig")  # a spreadsheet's BOM is not a column
    except (OSError, UnicodeDecodeError) as error:
        why = getattr(error, "strerror", None) or "not UTF-8 text"
        raise CommandError(f"cannot read {args.csv}: {why}") from None
    imported = import_rows(sheet, base)
    if imported.problems:
        lines = [f"{args.csv}:{p.line}: {p.message}" for p in imported.problems]
        raise CommandError("the sheet has problems; nothing was written:\n" + "\n".join(lines))
    data = yaml.safe_load(base_path.read_text(encoding="utf-8"))
    for key, value in (("posts", imported.posts), ("injects", imported.injects),
                       ("fact_updates", imported.fact_updates)):
        data.pop(key, None)
        if value:
            data[key] = value
    text = (f"# Written by `crisis-drill msel import {args.csv}` into {base.id}; the base "
            "file's comments are not kept.\n"
            + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100))
    scenario, problems = validate_text(text, str(args.output))
    errors = [str(p) for p in problems if p.is_error]
    if scenario is None:
        raise CommandError("the new scenario would not validate; nothing was written:\n"
                           + "\n".join(errors))
    try:
        args.output.write_text(text, encoding="utf-8")
    except OSError as error:
        raise CommandError(f"cannot write {args.output}: {error.strerror}") from None
    counts = ", ".join(_count(len(items), noun) for items, noun in (
        (imported.posts, "post"), (imported.injects, "inject"),
        (imported.fact_updates, "fact update")))
    print(f"wrote {args.output}: {counts}; check it with: crisis-drill preview {args.output}")
    return 0


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"
