"""`crisis-drill play`: the game itself (and what `crisis-drill` alone runs).

Textual is imported only when the command runs, and nothing heavy comes before the briefing's
first frame: the results file (sqlite-utils) and the engine (Faker, the tone rules) are opened
and built by the app in the background while the trainee reads. Whatever way the app ends
(finished, quit, Ctrl+C, a crash), a started drill is left finished or aborted, every event kept.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from simulator.cli import CommandError, UsageError, login_name, person_name
from simulator.cli.generate_cmd import add_generation_options
from simulator.cli.reports import opened
from simulator.scenario.library import (
    NotAScenarioFile,
    ScenarioNotFound,
    default_scenario_path,
    resolve_scenario,
)

if TYPE_CHECKING:
    from simulator.scenario.model import Scenario
    from simulator.tui.app import DrillApp

DEFAULT_SEED = 1  # everyone on a team sees the same crowd unless told otherwise


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "play",
        help="play a drill in the terminal (the default command)",
        description="Play SCENARIO (a file or a bundled id; default: the bundled default drill). "
        "A briefing comes first; a key starts the clock. Every event is saved to the results "
        "file for the debrief.",
    )
    parser.add_argument("scenario", metavar="SCENARIO", nargs="?",
                        help="scenario file or bundled id (default: the bundled default)")
    parser.add_argument("--seed", type=int, default=None, metavar="N",
                        help=f"crowd seed: same seed, same posts (default {DEFAULT_SEED})")
    parser.add_argument("--join", metavar="CODE",
                        help="join a team session (`crisis-drill session start`): the session "
                        "sets the scenario and seed; use the session's --db")
    parser.add_argument("--trainee", type=person_name, metavar="NAME",
                        help="your name in the results (default: your login name)")
    parser.add_argument("--team", type=person_name, metavar="NAME",
                        help="team the drill is recorded for")
    parser.add_argument("--coach", action="store_true",
                        help="onboarding mode: show what each reply earned and lost")
    parser.add_argument("--pick", action="store_true",
                        help="open the scenario picker first (bundled drills or a file path)")
    parser.add_argument("--generated", action="store_true",
                        help="play a newly generated crisis (`crisis-drill generate`): --seed "
                        "picks it (default: a new one, printed), with --kind, --difficulty "
                        "and --locale")
    add_generation_options(parser, seed=False)
    # Same option as simulator.store.add_db_option, spelled out here because importing
    # simulator.store loads sqlite-utils, which would delay the game's first frame.
    parser.add_argument("--db", metavar="PATH", type=_db_target, default=None,
                        help="results file to use, or a postgresql:// URL (default: "
                        "$CRISIS_DRILL_DB, else the per-user data folder; see "
                        "`crisis-drill history --help`)")
    parser.add_argument("--no-save", action="store_true", help="do not record the drill")
    parser.set_defaults(func=run_play)
    return parser


def _db_target(value: str) -> Path | str:
    """`simulator.store.paths.db_target` (a PostgreSQL URL stays text), without importing it."""
    from simulator.store.paths import db_target

    return db_target(value)


def play_scenario_path(arg: str | None) -> Path:
    """The file to play; the app loads (and validates) it in the background."""
    try:
        return resolve_scenario(arg) if arg else default_scenario_path()
    except (NotAScenarioFile, ScenarioNotFound) as error:  # fixable input: exit 1
        raise CommandError(str(error)) from None


def run_play(args: argparse.Namespace) -> int:
    if args.join:
        if args.seed is not None:
            raise UsageError("--join takes the seed from the session; drop --seed")
        if args.pick:
            raise UsageError("--join takes the scenario from the session; drop --pick")
        if args.generated:
            raise UsageError("--join takes the scenario from the session; drop --generated")
        return run_joined_play(args)
    source: Scenario | Path
    again = ""
    if args.generated:
        source, again = generated_source(args)
        path = None
    else:
        if args.kind or args.difficulty or args.locale:
            raise UsageError("--kind, --difficulty and --locale go with --generated")
        if args.seed is None:
            args.seed = DEFAULT_SEED
        path = source = play_scenario_path(args.scenario)
    # A `serve` browser tab talks to Textual's web driver over pipes, not a terminal.
    if (not sys.stdin.isatty() or not sys.stdout.isatty()) and not served_by_textual_serve():
        raise UsageError("play needs an interactive terminal (try `crisis-drill simulate` "
                         "for a headless run)")
    opened: list[Any] = []

    def open_store() -> Any:
        from simulator.store import Store, resolve_db_path

        store = Store.open(resolve_db_path(args))
        opened.append(store)
        return store

    from simulator.tui.app import make_app

    trainee = args.trainee or login_name()  # one name: the results' and the replies' "– Ana"
    app = make_app(source, seed=args.seed, trainee=trainee,
                   team=args.team, agent=trainee, coach=args.coach, scenario_path=path,
                   pick=args.pick, open_store=None if args.no_save else open_store)
    try:
        app.run()
    finally:
        if app.loaded and app.session.started and not app.session.ended:
            app.session.abort()
        for store in opened:
            store.close()
    if app.load_error is not None:
        raise CommandError(app.load_error)
    if again:
        print(f"that crisis again, as a file to keep or edit: {again} -o FILE", file=sys.stderr)
    if not app.loaded:
        return 0
    return report_drill_end(app, opened[0].path if opened else None)


def generated_source(args: argparse.Namespace) -> tuple[Scenario, str]:
    """`play --generated`: the scenario written from the seed (one seed for the crisis and its
    crowd) and the command that writes it again."""
    from simulator.cli.generate_cmd import generated
    from simulator.generate import command_for

    if args.scenario or args.pick:
        raise UsageError("--generated plays a new crisis; drop SCENARIO and --pick")
    result = generated(args)
    draft = result.draft
    args.seed = draft.seed
    print(f"generated {result.scenario.title} ({draft.kind}, {draft.difficulty}, seed "
          f"{draft.seed})", file=sys.stderr)
    return result.scenario, command_for(draft.kind, draft.difficulty, draft.seed, draft.locale)


def report_drill_end(app: DrillApp, path: object, where: str = "") -> int:
    """Say where the drill went, what could not be saved, and exit 1 if the game crashed (a
    crash is saved as aborted, but it is not a clean quit)."""
    session = app.session
    if session.drill_id is not None and path is not None:
        state = "finished" if session.finished else "aborted"
        print(f"drill {session.drill_id} saved ({state}) in {path}{where}", file=sys.stderr)
    if session.unsaved:
        print(f"warning: {len(session.unsaved)} event(s) of this drill could not be saved: "
              f"{session.store_error}", file=sys.stderr)
    elif session.store_error:
        print(f"warning: {session.store_error}", file=sys.stderr)
    if app.return_code:
        print("crisis-drill play: the game stopped on an error (shown above); everything "
              "saved so far is kept.", file=sys.stderr)
        return 1
    return 0


# -- play --join ------------------------------------------------------------------------------
def served_by_textual_serve() -> bool:
    """True inside a browser tab's process (textual-serve sets Textual's web driver)."""
    return "web_driver" in os.environ.get("TEXTUAL_DRIVER", "")


def run_joined_play(args: argparse.Namespace) -> int:
    """`crisis-drill play --join CODE`: the session decides the scenario and the seed."""
    from simulator.team import TOGETHER, require_session
    from simulator.team.joining import check_joinable, session_scenario

    if getattr(args, "no_save", False):
        raise UsageError("--join records the drill in the session's file; drop --no-save")
    if args.scenario:
        raise UsageError("--join takes the scenario from the session; drop SCENARIO")
    with opened(args) as store:
        session = require_session(store, args.join)
        check_joinable(session)
        _, scenario = session_scenario(session)
        interactive = sys.stdin.isatty() and sys.stdout.isatty()
        if not interactive and not served_by_textual_serve():
            raise UsageError("play needs an interactive terminal")
        from simulator.tui.facilitate.joined import make_joined_app

        ask_name = not args.trainee and served_by_textual_serve()
        trainee = args.trainee or login_name()
        app = make_joined_app(scenario, code=session.code, seed=session.seed,
                              together=session.mode == TOGETHER, ask_name=ask_name,
                              store=store, trainee=trainee, team=args.team or session.team,
                              # the name asked in a browser tab is not known yet here
                              agent=None if ask_name else trainee,
                              coach=getattr(args, "coach", False))
        try:
            app.run()
        finally:
            if app.loaded and app.session.started and not app.session.ended:
                app.session.abort()
        return report_drill_end(app, store.path, f", session {session.code}")
