"""Team drills: `crisis-drill session ...`, `facilitate` (the live console) and `serve` (browser).

A facilitator starts a session on a shared results file and reads the join command out to the
team; trainees `play --join CODE`; the facilitator releases the clock, watches and injects from
`facilitate CODE` (or `session inject` from a plain shell). Textual is imported only by
`facilitate` and by the served game, never to parse arguments.
"""

from __future__ import annotations

import argparse
import json
import random
import shlex
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from simulator.cli import UsageError, login_name, person_name
from simulator.cli.reports import opened, report_format, session_report_text, write_report
from simulator.cli.tables import text_table
from simulator.store import add_db_option

if TYPE_CHECKING:  # imported where used, so other commands start without sqlite-utils
    from simulator.store import Store

MAX_PACE_MULTIPLIER = 20.0  # the engine also caps any phase at MAX_PER_MINUTE


def register(subparsers: argparse._SubParsersAction) -> None:
    _register_session(subparsers)
    facilitate = subparsers.add_parser(
        "facilitate",
        help="the facilitator's live console for a session (progress, injects, notes)",
        description="Watch every trainee of session CODE live (progress, backlog, scores, missed "
        "escalations), release the clock, send injects and write observer notes.",
    )
    facilitate.add_argument("code", metavar="CODE", help="the session's join code")
    add_db_option(facilitate)
    facilitate.add_argument("--name", type=person_name, metavar="NAME",
                            help="your name on observer notes (default: your login name)")
    facilitate.set_defaults(func=run_facilitate)


def _register_session(subparsers: argparse._SubParsersAction) -> None:
    session = subparsers.add_parser(
        "session",
        help="team drills: start a session, list, release the clock, inject, note",
        description="A session is one scenario and seed for a whole team, joined with a short "
        "code on a shared results file (--db PATH or $CRISIS_DRILL_DB, the same for everyone).",
    )
    actions = session.add_subparsers(dest="session_command", metavar="ACTION")

    start = actions.add_parser("start", help="create a session and print its join command")
    start.add_argument("scenario", metavar="SCENARIO", help="scenario file or bundled id")
    start.add_argument("--seed", type=int, default=None, metavar="N",
                       help="crowd seed everyone gets (default: a random one, printed)")
    start.add_argument("--mode", choices=("together", "individual"), default="together",
                       help="together: every clock waits for `session release` (default); "
                       "individual: each trainee starts with their own key")
    start.add_argument("--team", type=person_name, metavar="NAME",
                       help="team the session's drills belong to")
    add_db_option(start)
    start.set_defaults(func=run_start)

    listing = actions.add_parser("list", help="recent sessions in the results file")
    add_db_option(listing)
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(func=run_list)

    show = actions.add_parser("show", help="a session and each trainee's progress right now")
    show.add_argument("code", metavar="CODE")
    add_db_option(show)
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(func=run_show)

    release = actions.add_parser("release", help="start every waiting clock of the session")
    release.add_argument("code", metavar="CODE")
    add_db_option(release)
    release.set_defaults(func=run_release)

    close = actions.add_parser("close", help="stop new joins (running drills play on)")
    close.add_argument("code", metavar="CODE")
    add_db_option(close)
    close.set_defaults(func=run_close)

    inject = actions.add_parser(
        "inject", help="send an inject to every running drill of the session",
        description="Send one inject to every running drill of session CODE (or one trainee's). "
        "It reaches their feed within about a second and is recorded in their drill log. "
        "Trainees who start later get it at the same drill time as the first who got it.")
    what = inject.add_mutually_exclusive_group(required=True)
    what.add_argument("--ready", metavar="EVENT",
                      help="a ready-made event: journalist, screenshot, ceo")
    what.add_argument("--post", metavar="FILE", type=Path,
                      help="a YAML file with one post (text, author, route, channel, ...)")
    what.add_argument("--pace", type=float, metavar="X",
                      help="change the pace of arrivals: 2 doubles it, 0.5 halves it, 1 resets")
    inject.add_argument("code", metavar="CODE")
    inject.add_argument("--trainee", metavar="NAME", help="only this trainee's drill")
    add_db_option(inject)
    inject.set_defaults(func=run_inject)

    note = actions.add_parser("note", help="a timestamped observer note in a trainee's debrief")
    note.add_argument("code", metavar="CODE")
    note.add_argument("trainee", type=person_name, metavar="TRAINEE")
    note.add_argument("text", metavar="TEXT")
    note.add_argument("--name", type=person_name, metavar="NAME", help="your name on the note")
    add_db_option(note)
    note.set_defaults(func=run_note)

    report = actions.add_parser(
        "report", help="the team debrief: trainees side by side, post by post",
        description="Compare the session's trainees (each one's latest drill) side by side: "
        "scores, missed escalations, observer notes, and for every post who handled it how. "
        "Formats as for a single drill's report: html, md, json, csv (one row per post and "
        "trainee).")
    report.add_argument("code", metavar="CODE")
    report.add_argument("--format", "-f", choices=("html", "md", "json", "csv"),
                        help="output format (default: from the -o file's suffix)")
    report.add_argument("-o", "--output", required=True, metavar="FILE",
                        help="file to write, or - for stdout")
    add_db_option(report)
    report.set_defaults(func=run_session_report)

    session.set_defaults(func=lambda args: _missing_action(session))


def _missing_action(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


def db_flag(store: Store) -> str:
    """`--db PATH` as trainees must type it (absolute: they run it from their own folder; a
    PostgreSQL URL without its password)."""
    return f"--db {shlex.quote(store.db_argument())}"


# -- session ----------------------------------------------------------------------------------
def run_start(args: argparse.Namespace) -> int:
    from simulator.cli.scenario_arg import load_scenario_arg
    from simulator.scenario.library import resolve_scenario
    from simulator.store import hash_scenario
    from simulator.team import start_session
    from simulator.team.joining import scenario_ref

    scenario = load_scenario_arg(args.scenario)  # CommandError, problems at file:line:col
    path = resolve_scenario(args.scenario)
    seed = args.seed if args.seed is not None else random.Random().randint(1, 9999)
    with opened(args, create=True) as store:
        session = start_session(store, scenario, scenario_ref(args.scenario, path),
                                hash_scenario(scenario), seed, mode=args.mode, team=args.team)
        db = db_flag(store)
    code = session.code
    print(f"Session {code}: {scenario.title} ({scenario.id}), seed {seed}, {session.mode} start.")
    print()
    print("Trainees join with:")
    print(f"  crisis-drill play --join {code} --trainee NAME {db}")
    print()
    print(f"Watch, inject and note:  crisis-drill facilitate {code} {db}")
    if session.mode == "together":
        print(f"Start every clock:       crisis-drill session release {code} {db}"
              "   (or r in the console)")
    print(f"Team debrief afterwards: crisis-drill report --session {code} -o team-{code}.html {db}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from simulator.team import list_sessions

    with opened(args) as store:
        sessions = list_sessions(store)
        counts = {s.code: _trainee_count(store, s.code) for s in sessions}
    if args.json:
        print(json.dumps([{**_session_dict(s), "trainees": counts[s.code]} for s in sessions],
                         indent=2, ensure_ascii=False))
        return 0
    if not sessions:
        print("no sessions yet: start one with `crisis-drill session start SCENARIO`")
        return 0
    print("\n".join(text_table(
        ("code", "created (UTC)", "scenario", "seed", "mode", "status", "trainees"),
        [(s.code, s.created_at[:16].replace("T", " "), s.scenario_id, s.seed, s.mode, s.status,
          counts[s.code]) for s in sessions], right={3, 6})))
    return 0


def _trainee_count(store: Store, code: str) -> int:
    """Everyone who joined: trainees with a drill, and those still waiting for the release."""
    from simulator.team import session_drills, waiting_trainees

    return len({row["trainee"] for row in session_drills(store, code)}
               | set(waiting_trainees(store, code)))


def _session_dict(session: Any) -> dict[str, Any]:
    return {name: getattr(session, name) for name in session.__slots__}


def run_show(args: argparse.Namespace) -> int:
    from simulator.team import require_session
    from simulator.team.joining import session_scenario
    from simulator.team.progress import ProgressTracker

    with opened(args) as store:
        session = require_session(store, args.code)
        _, scenario = session_scenario(session)
        rows = ProgressTracker(store, session.code, scenario).refresh()
    if args.json:
        print(json.dumps({"session": _session_dict(session),
                          "trainees": [{**_progress_dict(p), "progress": round(p.progress, 3)}
                                       for p in rows]}, indent=2, ensure_ascii=False))
        return 0
    state = (f"released at {session.released_at[11:19]} UTC" if session.released_at
             else "waiting for the release" if session.clock_waits else session.status)
    if session.status == "closed":
        state += ", closed"
    print(f"Session {session.code}: {scenario.title}, seed {session.seed}, {session.mode} start, "
          f"{state}")
    if not rows:
        print("nobody has joined yet")
        return 0
    print("\n".join(text_table(
        ("trainee", "status", "progress", "backlog", "composite", "speed", "tone", "esc",
         "missed"),
        [(p.trainee, p.status, f"{p.progress:.0%}", p.backlog, _num(p.composite),
          _num(p.speed), _num(p.tone), _num(p.escalation), p.missed_escalations) for p in rows],
        right={2, 3, 4, 5, 6, 7, 8})))
    return 0


def _progress_dict(progress: Any) -> dict[str, Any]:
    return {name: getattr(progress, name) for name in progress.__slots__}


def _num(value: float | None) -> str:
    return "-" if value is None else f"{value:.0f}"


def run_release(args: argparse.Namespace) -> int:
    from simulator.team import release

    with opened(args) as store:
        session = release(store, args.code)
    released = (session.released_at or "")[11:19] or "now"
    print(f"session {session.code} released at {released} UTC: waiting "
          "clocks start within a second")
    return 0


def run_close(args: argparse.Namespace) -> int:
    from simulator.team import close

    with opened(args) as store:
        session = close(store, args.code)
    print(f"session {session.code} closed: no new joins; running drills play on")
    return 0


def run_inject(args: argparse.Namespace) -> int:
    from simulator.team import injects as inj
    from simulator.team import require_session, require_trainee
    from simulator.team.joining import session_scenario

    if args.pace is not None and not 0 < args.pace <= MAX_PACE_MULTIPLIER:
        raise UsageError(f"--pace must be above 0 and at most {MAX_PACE_MULTIPLIER:g} (a "
                         "multiplier: 0 would stop every trainee's crowd)")
    with opened(args) as store:
        session = require_session(store, args.code)
        if args.trainee:
            args.trainee = require_trainee(store, session.code, args.trainee)
        post: dict[str, Any] | None = None
        if args.ready:
            try:
                item = inj.ready_made(args.ready)
            except KeyError as error:
                raise UsageError(str(error.args[0])) from None
            _, scenario = session_scenario(session)
            post, label = inj.ready_made_post(item, scenario), item.label
        elif args.post:
            _, scenario = session_scenario(session)
            post, label = inj.post_from_file(args.post, scenario), f"Post from {args.post.name}"
        else:
            label = f"Pace ×{args.pace:g}"
        sent = inj.send(store, session.code, label=label, post=post, pace=args.pace,
                        target=args.trainee)
    who = args.trainee or "every running drill"
    print(f"inject {sent.id} sent to {who} in session {sent.session}: {label}")
    return 0


def run_session_report(args: argparse.Namespace) -> int:
    args.session = args.code
    fmt = report_format(args)
    code, text = session_report_text(args, fmt)
    write_report(text, args.output, f"{fmt} team debrief of session {code}")
    return 0


def run_note(args: argparse.Namespace) -> int:
    from simulator.team.notes import add_note

    with opened(args) as store:
        note = add_note(store, args.code, args.trainee, args.text,
                        author=args.name or login_name("facilitator"))
    where = (f"drill {note.drill_id} at {note.t:.0f}s" if note.drill_id is not None
             else "the session (they have not started a drill yet)")
    print(f"note saved for {note.trainee} in {where}")
    return 0


# -- facilitate -------------------------------------------------------------------------------
def run_facilitate(args: argparse.Namespace) -> int:
    from simulator.team import require_session
    from simulator.team.joining import session_scenario

    if not sys.stdin.isatty() or not sys.stdout.isatty():
        raise UsageError("facilitate needs an interactive terminal (try `crisis-drill session "
                         "show CODE` for a one-off table)")
    with opened(args) as store:
        session = require_session(store, args.code)
        _, scenario = session_scenario(session)
        from simulator.tui.facilitate.app import make_console

        author = args.name or login_name("facilitator")
        app = make_console(store, session.code, scenario, author=author)
        app.run()
    return 0
