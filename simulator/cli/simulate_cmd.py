"""`crisis-drill simulate`: play a whole drill headless with a scripted player and print the score.

Useful to facilitators (how hard is my scenario for a perfect, a slow and a rude agent?) and to CI.
The command body is `simulate()`, which takes an `on_event` callback so other commands (recording to
the results store) can reuse it without re-parsing arguments.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from typing import TYPE_CHECKING, Any

from simulator.bots.players import BOT_NAMES
from simulator.cli import UsageError
from simulator.cli.recording import add_recording_options, recorded_drill
from simulator.cli.scenario_arg import load_scenario_arg
from simulator.drill.events import EventKind

if TYPE_CHECKING:  # the engine is imported when a drill runs, not for `--help`
    from simulator.bots.headless import EventSink, HeadlessResult
    from simulator.scenario.model import Scenario

DEFAULT_SEED = 1
DEFAULT_BOT = "perfect"


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "simulate",
        help="run a whole drill headless with a scripted player and print its score",
        description="Run SCENARIO (a file or a bundled id) on a virtual clock with a scripted "
        "player and print the score summary. Bots: perfect (fast, good tone, right routes), slow "
        "(good but late), rude (fast and defensive), silent (does nothing), random (seeded "
        "random actions). Same scenario, seed and bot give the same drill, event for event.",
    )
    parser.add_argument("scenario", metavar="SCENARIO", help="scenario file or bundled id")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, metavar="N",
                        help=f"crowd seed (default {DEFAULT_SEED})")
    parser.add_argument("--bot", choices=BOT_NAMES, default=DEFAULT_BOT,
                        help=f"scripted player (default {DEFAULT_BOT})")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--locale", default=None, metavar="LOCALE",
                        help="Faker locale for the crowd's names and places, e.g. de_DE "
                        "(default: the scenario's)")
    parser.add_argument("--speed", type=float, default=None, metavar="X",
                        help="run the virtual clock at X times real time (default: as fast as "
                        "possible)")
    add_recording_options(parser)
    parser.set_defaults(func=run_simulate)
    return parser



def simulate(
    scenario: Scenario,
    *,
    seed: int = DEFAULT_SEED,
    bot: str = DEFAULT_BOT,
    speed: float | None = None,
    locale: str | None = None,
    on_event: EventSink | None = None,
) -> HeadlessResult:
    if speed is not None and speed <= 0:
        raise UsageError("--speed must be a positive number")
    try:
        from simulator.bots.headless import run_drill

        return run_drill(scenario, seed, bot, on_event=on_event, speed=speed, locale=locale)
    except AttributeError as error:  # Faker raises this for a locale it does not have
        if locale is not None and "locale" in str(error).lower():
            raise UsageError(f"unknown locale {locale!r}") from None
        raise


def result_summary(
    scenario: Scenario, seed: int, bot: str, result: HeadlessResult
) -> dict[str, Any]:
    from scoring.drill import shown
    from simulator.debrief.triage_report import statements_lines

    score = result.score
    outcomes = Counter(str(post.escalation.outcome) for post in score.posts)
    engine = result.engine
    return {
        "scenario": scenario.id,
        "seed": seed,
        "bot": bot,
        "arrived": sum(1 for event in engine.log if event.kind == EventKind.POST_ARRIVED),
        "posts": len(score.posts),  # scored: posts arriving too late to answer are not
        "events": len(engine.log),
        "digest": engine.log_digest(),
        "health": engine.state.health,
        "speed": shown(score.speed),
        "tone": shown(score.tone),
        "escalation": shown(score.escalation),
        "composite": shown(score.composite),
        "answered_share": round(score.speed_summary.answered_share, 3),
        "median_response_s": score.speed_summary.median_s,
        "p90_response_s": score.speed_summary.p90_s,
        "missed_escalations": outcomes.get("missed", 0),
        "escalation_outcomes": dict(sorted(outcomes.items())),
        "passed": score.passed,
        "pass_mark": score.pass_mark,
        "not_passed_because": score.verdict,
        "critical_errors": [error.to_dict() for error in score.critical],
        "scoring": score.scoring,
        # None for a drill scored without statements: the text output then leaves them out.
        "statements": None if score.statements is None else shown(score.statements),
        "statements_reasons": statements_lines(score),
    }


def render_summary(summary: dict[str, Any]) -> str:
    def secs(value: float | None) -> str:
        return "-" if value is None else f"{value:.0f}s"

    statements = []
    if summary.get("statements") is not None:
        statements = [f"  statements  {summary['statements']:5.1f}",
                      *(f"      {line}" for line in summary.get("statements_reasons") or ())]
    return "\n".join([
        f"{summary['scenario']} · seed {summary['seed']} · bot {summary['bot']}: "
        f"{summary['arrived']} posts ({summary['posts']} scored), {summary['events']} events",
        f"  composite   {summary['composite']:5.1f}",
        f"  speed       {summary['speed']:5.1f}   answered {summary['answered_share']:.0%}, "
        f"median {secs(summary['median_response_s'])}, p90 {secs(summary['p90_response_s'])}",
        f"  tone        {summary['tone']:5.1f}",
        f"  escalation  {summary['escalation']:5.1f}   missed {summary['missed_escalations']}",
        *statements,
        f"  brand health at the end {summary['health']:.0f}/100",
        verdict_line(summary["passed"], summary["pass_mark"], summary["not_passed_because"]),
    ])


def verdict_line(passed: bool, pass_mark: float, reasons: list[str]) -> str:
    """`PASSED (pass mark 80)` or `NOT PASSED: reason; reason`, words not only colour."""
    if passed:
        return f"  PASSED (pass mark {pass_mark:.0f})"
    return "  NOT PASSED: " + "; ".join(reasons)


def run_simulate(args: argparse.Namespace, on_event: EventSink | None = None) -> int:
    scenario = load_scenario_arg(args.scenario)
    with recorded_drill(args, scenario, on_event) as record:
        result = simulate(scenario, seed=args.seed, bot=args.bot, speed=args.speed,
                          locale=args.locale, on_event=record.on_event)
        record.finish(result.score)
    summary = result_summary(scenario, args.seed, args.bot, result)
    if args.json:
        summary["score"] = result.score.to_dict()
        print(json.dumps(summary, indent=2, ensure_ascii=False))
    else:
        print(render_summary(summary))
    return 0
