"""`crisis-drill history` and `crisis-drill leaderboard`: the results file, read from the shell.

Both only read (a missing file is reported, never created) and both offer `--json` for scripts. The
tables are plain text: names typed by trainees are printed as typed.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from simulator.cli import CommandError
from simulator.cli.reports import open_results
from simulator.cli.tables import text_table
from simulator.store import StoreError, add_db_option

if TYPE_CHECKING:  # imported where used, so other commands start without sqlite-utils
    from simulator.debrief import queries
    from simulator.store import Store


VERIFY_HELP = ("rescore every drill from its whole event log and flag any whose recorded score "
               "it does not prove (slower: reads every event). Without it, scores are the ones "
               "each drill's log recorded at its end, and edited summary columns are flagged.")


def register(subparsers: argparse._SubParsersAction) -> None:
    history = subparsers.add_parser(
        "history",
        help="one trainee's drills over time: scores, trend, most frequent tone findings",
        description="One trainee's drills over time (onboarding view): scores per dimension, how "
        "they moved, and the tone findings that come up most often.",
    )
    history.add_argument("--trainee", required=True, metavar="NAME", help="the trainee's name")
    add_db_option(history)
    history.add_argument("--json", action="store_true", help="print JSON instead of tables")
    history.add_argument("--verify", action="store_true", help=VERIFY_HELP)
    history.set_defaults(func=run_history)

    board = subparsers.add_parser(
        "leaderboard",
        help="rank trainees who played the same scenario and seed",
        description="Rank trainees by their best finished drill, one table per group of "
        "comparable drills (same scenario, same scenario content, same seed).",
    )
    board.add_argument("--team", metavar="T", help="only drills played for this team")
    board.add_argument("--scenario", metavar="S", help="only this scenario id")
    add_db_option(board)
    board.add_argument("--json", action="store_true", help="print JSON instead of tables")
    board.add_argument("--verify", action="store_true", help=VERIFY_HELP)
    board.set_defaults(func=run_leaderboard)


TOP_FINDINGS = 5


def _actionable(result: queries.History) -> queries.History:
    """The history without findings nobody can act on (`lessons.NOT_LESSONS`, which the debrief
    leaves out too) in "to work on" and the strengths: results files from before scoring 2 hold
    VADER's "Overall sentiment (VADER compound)" on most replies, so it topped every list."""
    from dataclasses import replace

    from simulator.debrief.lessons import NOT_LESSONS

    def keep(items: Sequence[queries.FindingCount]) -> list[queries.FindingCount]:
        return [item for item in items if item.rule not in NOT_LESSONS][:TOP_FINDINGS]

    return replace(result, top_findings=keep(result.top_findings),
                   top_strengths=keep(result.top_strengths))


def run_history(args: argparse.Namespace) -> int:
    from simulator.debrief import queries
    from simulator.debrief.lessons import NOT_LESSONS

    with open_results(args) as store:
        try:
            result = _actionable(queries.history(
                store, args.trainee, findings=TOP_FINDINGS + len(NOT_LESSONS),
                verify=args.verify))
            known = [] if result.drills else _trainees(store)
        except StoreError as error:
            raise CommandError(str(error)) from None
        path = store.path
    if not result.drills:
        hint = f" Trainees in this file: {', '.join(known)}." if known else " It has no drills yet."
        raise CommandError(f"no drills for trainee {args.trainee!r} in {path}.{hint}")
    if args.json:
        print(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))
        return 0
    print(render_history(result))
    return 0


def _trainees(store: Store, limit: int = 12) -> list[str]:
    rows = store.query(
        "SELECT trainee FROM drills GROUP BY trainee ORDER BY MAX(started_at) DESC LIMIT ?",
        (limit,),
    )
    return [row["trainee"] for row in rows]


def run_leaderboard(args: argparse.Namespace) -> int:
    from simulator.debrief import queries

    with open_results(args) as store:
        try:
            groups = queries.leaderboard(store, team=args.team, scenario=args.scenario,
                                         verify=args.verify)
        except StoreError as error:
            raise CommandError(str(error)) from None
        path = store.path
    if args.json:
        print(json.dumps([g.to_dict() for g in groups], indent=2, ensure_ascii=False))
        return 0
    if not groups:
        scope = " and ".join(
            part for part in (
                f"team {args.team!r}" if args.team else "",
                f"scenario {args.scenario!r}" if args.scenario else "",
            ) if part
        )
        print(f"No finished drills to rank in {path}" + (f" for {scope}." if scope else "."))
        return 0
    print(render_leaderboard(groups))
    return 0


# ---- plain-text rendering -----------------------------------------------------------------------
def _num(value: float | None, signed: bool = False) -> str:
    if value is None:
        return "-"
    return f"{value:+.1f}" if signed else f"{value:.1f}"


def _date(stamp: str | None) -> str:
    return stamp[:16].replace("T", " ") if stamp else "-"


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]], right: set[int]) -> str:
    """Columns padded to fit; `right` lists the columns aligned right (numbers)."""
    return "\n".join(text_table(headers, rows, right=right, rule=True))


def render_history(result: queries.History) -> str:
    from scoring.drill import SCORING_VERSION
    from simulator.debrief import queries

    rows = [
        (_date(d.started_at), d.scenario_id, d.kind or "-", d.seed, _num(d.speed), _num(d.tone),
         _num(d.escalation), _num(d.composite),
         d.status + (f" (scoring v{d.scoring})" if d.scoring not in (None, SCORING_VERSION)
                     else ""))
        for d in result.drills
    ]
    flagged = [(d.id, d.stored_composite, d.composite) for d in result.drills if d.disagrees]
    out = [
        f"History of {result.trainee}: {len(result.drills)} drill(s), oldest first (times UTC)",
        "",
        table(("date", "scenario", "kind", "seed", "speed", "tone", "escalation", "composite",
               "status"), rows, right={3, 4, 5, 6, 7}),
        "",
    ]
    out += [*render_kinds(result.by_kind), ""]
    finished = result.trends["composite"].drills
    if finished < 2:
        out.append(f"Trend: needs two finished drills ({finished} so far).")
    else:
        out.append(f"Trend over {finished} finished drill(s): mean of the first "
                   f"{max(1, min(finished - 1, queries.BASELINE_DRILLS))} -> latest "
                   f"(change; slope per drill over the last {queries.TREND_WINDOW})")
        for name in queries.DIMENSIONS:
            trend = result.trends[name]
            if trend.latest is None:
                out.append(f"  {name:<10}  -")
                continue
            out.append(
                f"  {name:<10}  {_num(trend.baseline):>5} -> {_num(trend.latest):>5}"
                f"  ({_num(trend.change, signed=True)}; {_num(trend.slope, signed=True)}/drill)"
            )
    out += _unbacked(flagged)
    out += ["", "Most frequent tone findings (to work on):"]
    out += _findings(result.top_findings) or ["  none"]
    if result.top_strengths:
        out += ["", "Most frequent strengths:"]
        out += _findings(result.top_strengths)
    return "\n".join(out)


def render_kinds(kinds: Sequence[queries.KindProgress]) -> list[str]:
    """By kind of crisis, weakest first: which kinds this trainee handles well, and which to
    practise next (`crisis-drill generate --kind K` writes a new one)."""
    from simulator.debrief import queries

    if not kinds:
        return []
    rows = [(k.kind, k.drills, k.finished, k.passed, _num(k.mean), _num(k.best), _num(k.latest))
            for k in kinds]
    lines = ["By kind of crisis (weakest first; composite of finished drills):",
             table(("kind", "drills", "finished", "passed", "mean", "best", "latest"), rows,
                   right={1, 2, 3, 4, 5, 6})]
    weakest = next((k for k in kinds if k.mean is not None and k.kind != queries.UNLABELLED),
                   None)
    if weakest is not None and len([k for k in kinds if k.mean is not None]) > 1:
        lines.append(f"Practise next: {weakest.kind} (crisis-drill generate --kind "
                     f"{weakest.kind} -o drill.yaml)")
    return lines


def _findings(items: Sequence[queries.FindingCount]) -> list[str]:
    return [f"  {item.count:>4}x  {item.label or item.rule}  ({item.points:+d} points in total; "
            f"rule {item.rule})" for item in items]


def render_leaderboard(groups: Sequence[queries.LeaderboardGroup]) -> str:
    from scoring.drill import SCORING_VERSION

    blocks = []
    for group in groups:
        title = group.scenario_title or group.scenario_id
        heading = (f"{title} [{group.scenario_id}], seed {group.seed}, "
                   f"scenario version {group.scenario_hash[:8]}")
        if group.scoring != SCORING_VERSION:
            heading += f", scored under the older scoring v{group.scoring}"
        rows = [
            (e.rank, e.trainee, e.team or "-", _num(e.composite), _num(e.speed), _num(e.tone),
             _num(e.escalation), _date(e.started_at))
            for e in group.entries
        ]
        blocks.append(heading + "\n" + table(
            ("rank", "trainee", "team", "composite", "speed", "tone", "escalation", "date"),
            rows, right={0, 3, 4, 5, 6},
        ))
    flagged = [(e.drill_id, e.stored_composite, e.composite)
               for group in groups for e in group.entries if e.disagrees]
    return "\n\n".join(blocks) + "\n".join(["", *_unbacked(flagged)] if flagged else [])


def _unbacked(flagged: Sequence[tuple[int, float | None, float | None]]) -> list[str]:
    """The warning under a table for drills whose summary columns their log does not back."""
    if not flagged:
        return []
    lines = ["", f"Warning: {len(flagged)} drill(s) have scores in the results file that their "
             "event log does not back (edited by hand?). Shown and ranked by the log:"]
    for drill_id, stored, logged in flagged:
        lines.append(f"  drill {drill_id}: the file says composite {_num(stored)}, its log "
                     f"{_num(logged)}" if logged != stored else
                     f"  drill {drill_id}: composite {_num(stored)}, not backed by its log")
    return lines
