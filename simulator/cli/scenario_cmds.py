"""Scenario commands: `validate`, `preview`, `list`, `new` and `schema`.

Everything a facilitator needs to write a scenario and trust it before a trainee ever sees it. A
scenario argument is a path or the id of a bundled scenario (`crisis-drill preview food-rumour`).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from simulator.cli import CommandError, check_new_file
from simulator.cli.tables import text_table
from simulator.printable import printable
from simulator.scenario.library import (
    NotAScenarioFile,
    ScenarioNotFound,
    bundled_scenarios,
    bundled_summary,
    resolve_scenario,
)
from simulator.scenario.loader import validate_file
from simulator.scenario.model import Scenario, format_duration
from simulator.scenario.problems import Problem
from simulator.scenario.schema import scenario_schema
from simulator.scenario.starter import starter_yaml

DEFAULT_PREVIEW_SEED = 1


def register(subparsers: argparse._SubParsersAction) -> None:
    validate = subparsers.add_parser(
        "validate",
        help="check scenario files and list every mistake as file:line:col",
        description="Check scenario files (paths or bundled ids). Every mistake is printed as "
        "FILE:LINE:COL: message, then one summary line per file. Exit 1 if any file is invalid.",
    )
    validate.add_argument("files", nargs="+", metavar="FILE", help="scenario file or bundled id")
    validate.add_argument("--strict", action="store_true", help="treat warnings as errors")
    validate.add_argument("--load", action="store_true",
                          help="also play each valid file once at a person's pace and print the "
                          "load per phase for one trainee (slower: runs the drill)")
    validate.set_defaults(func=run_validate)

    preview = subparsers.add_parser(
        "preview",
        help="print a scenario's timeline: what arrives when, where, and the expected handling",
        description="Print the drill's timeline for one seed: time, phase, channel, author, the "
        "start of the text and the route a correct handling escalates to. Same seed, same output.",
    )
    preview.add_argument("file", metavar="FILE", help="scenario file or bundled id")
    preview.add_argument("--seed", type=int, default=DEFAULT_PREVIEW_SEED, metavar="N",
                         help=f"crowd seed (default {DEFAULT_PREVIEW_SEED})")
    preview.add_argument("--full", action="store_true",
                         help="print every post's whole text instead of its first 60 characters")
    preview.set_defaults(func=_run_preview)

    listing = subparsers.add_parser(
        "list",
        help="show the bundled scenarios",
        description="Show the bundled scenarios with id, title, difficulty and duration.",
    )
    listing.set_defaults(func=run_list)

    new = subparsers.add_parser(
        "new",
        help="write a commented starter scenario to edit",
        description="Write a commented starter scenario that validates as written. Use - to "
        "print it instead. Refuses to overwrite an existing file unless --force is given.",
    )
    new.add_argument("path", metavar="PATH", help="where to write it (e.g. drills/outage.yaml)")
    new.add_argument("--force", action="store_true", help="overwrite an existing file")
    new.set_defaults(func=run_new)

    schema = subparsers.add_parser(
        "schema",
        help="print the scenario JSON Schema (for editor validation)",
        description="Print a JSON Schema (draft 2020-12) of the scenario format, generated from "
        "the model. Point your editor's YAML plugin at it for completion and checks as you type.",
    )
    schema.set_defaults(func=run_schema)


# -- validate ---------------------------------------------------------------------------------
def _resolve(arg: str) -> Path:
    try:
        return resolve_scenario(arg)
    except (NotAScenarioFile, ScenarioNotFound) as error:  # fixable input: exit 1
        raise CommandError(str(error)) from None


def _validate(path: Path) -> tuple[Scenario | None, list[Problem]]:
    try:
        return validate_file(path)
    except OSError as error:
        raise CommandError(f"cannot read {path}: {error.strerror or error}") from None


def summary(problems: Sequence[Problem]) -> str:
    errors = sum(problem.is_error for problem in problems)
    warnings = len(problems) - errors
    if not problems:
        return "ok"
    parts = [_plural(errors, "error")] if errors else []
    if warnings:
        parts.append(_plural(warnings, "warning"))
    return ", ".join(parts) if errors else f"ok, {', '.join(parts)}"


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'s' if count != 1 else ''}"


def run_validate(args: argparse.Namespace) -> int:
    failed = False
    missing: list[str] = []
    for arg in args.files:
        try:
            path = _resolve(arg)
            scenario, problems = _validate(path)
        except CommandError as error:  # no such file or id, a folder, unreadable: the rest go on
            print(printable(f"crisis-drill validate: {error}"), file=sys.stderr)
            missing.append(arg)
            continue
        for problem in problems:
            print(problem)
        invalid = scenario is None or (args.strict and bool(problems))
        failed = failed or invalid
        print(printable(f"{path}: {summary(problems)}"))
        if args.load and scenario is not None:
            from simulator.bots.load import render_load, scenario_load

            print("\n".join(render_load(scenario_load(scenario, DEFAULT_PREVIEW_SEED))))
    return 1 if failed or missing else 0


def _run_preview(args: argparse.Namespace) -> int:
    from simulator.cli.preview import run_preview

    return run_preview(args, _load(args.file))


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    return text_table(header, rows)


def _load(arg: str) -> Scenario:
    path = _resolve(arg)
    scenario, problems = _validate(path)
    if scenario is None:
        errors = [str(problem) for problem in problems if problem.is_error]
        raise CommandError(f"{path} is not a valid scenario:\n" + "\n".join(errors))
    for warning in problems:  # stderr: the timeline on stdout stays clean for diffing
        print(warning, file=sys.stderr)
    return scenario


# -- list, new, schema ------------------------------------------------------------------------
def run_list(args: argparse.Namespace) -> int:
    rows = []
    for scenario_id, path in bundled_scenarios():
        summary_ = bundled_summary(path)
        if summary_ is not None:
            title, difficulty, seconds, kind = summary_
            rows.append((scenario_id, title, difficulty, format_duration(seconds), kind or "-"))
            continue
        try:
            scenario, problems = validate_file(path)
        except OSError as error:
            rows.append((scenario_id, f"(unreadable: {error.strerror})", "", "", ""))
            continue
        if scenario is None:
            rows.append((scenario_id, f"(invalid: {summary(problems)}; run crisis-drill validate "
                         f"{scenario_id})", "", "", ""))
        else:
            rows.append((scenario_id, scenario.title, scenario.difficulty,
                         format_duration(scenario.duration), scenario.kind or "-"))
    if not rows:
        raise CommandError("no bundled scenarios found (is the `scenarios` package installed?)")
    print("\n".join(_table(("id", "title", "difficulty", "duration", "kind"), rows)))
    print("\nA new crisis every time: crisis-drill generate --kind KIND (see crisis-drill "
          "generate --help)")
    return 0


def run_new(args: argparse.Namespace) -> int:
    if args.path == "-":
        sys.stdout.write(starter_yaml())
        return 0
    path = Path(args.path)
    check_new_file(path, force=args.force)
    path.write_text(starter_yaml(str(path), path.stem), encoding="utf-8")
    print(f"wrote {path}; edit it, then run: crisis-drill validate {path}")
    return 0


def run_schema(args: argparse.Namespace) -> int:
    print(json.dumps(scenario_schema(), indent=2, ensure_ascii=False))
    return 0
