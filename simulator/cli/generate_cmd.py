"""`crisis-drill generate`: a new, complete crisis from one seed, written as a scenario file.

The file validates as written and carries comments, so a facilitator can edit it like any
scenario. Without `--seed` a fresh seed is drawn and printed, so a crisis someone liked can be
written again (and shared: the same seed, kind, difficulty and locale give the same file on any
machine). `play --generated` plays one without writing it.
"""

from __future__ import annotations

import argparse
import secrets
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from simulator.cli import CommandError, UsageError, check_new_file
from simulator.generate.kinds import KINDS

if TYPE_CHECKING:
    from simulator.generate import Generated

DIFFICULTY_CHOICES = ("easy", "medium", "hard")
SEED_LIMIT = 1_000_000  # fresh seeds stay short enough to read out in a training room


def kinds_epilog() -> str:
    lines = ["kinds of crisis:"]
    lines += [f"  {name:<12} {label}" for name, label in KINDS.items()]
    return "\n".join(lines)


def add_generation_options(parser: argparse.ArgumentParser, *, seed: bool = True) -> None:
    """--kind, --difficulty, --locale (and --seed): shared by `generate` and `play --generated`."""
    parser.add_argument("--kind", choices=tuple(KINDS), metavar="KIND",
                        help="kind of crisis (default: chosen by the seed); see the list below")
    parser.add_argument("--difficulty", choices=DIFFICULTY_CHOICES, default=None,
                        help="easy, medium or hard (default medium)")
    parser.add_argument("--locale", metavar="L", default=None,
                        help="Faker locale for names and places, e.g. en_GB (default en_US)")
    if seed:
        parser.add_argument("--seed", type=int, default=None, metavar="N",
                            help="the crisis's seed (default: a new one, printed)")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "generate",
        help="write a new crisis scenario from a seed (for endless practice)",
        description="Write a complete, coherent crisis scenario: brand, facts and timed fact "
        "updates, channels, teams, templates, the key posts (first report, a vulnerable "
        "customer, a legal threat, press, an influencer, misinformation, a troll, a fake "
        "support account, a fair critic) and the crowd. It validates as written and is "
        "checked with the bots (the perfect player must score 90+, doing nothing must fail). "
        "Without --seed a new seed is drawn and printed.",
        epilog=kinds_epilog(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_generation_options(parser)
    parser.add_argument("-o", "--output", metavar="FILE", default=None,
                        help="write the scenario here (default: print it)")
    parser.add_argument("--force", action="store_true", help="overwrite an existing FILE")
    parser.add_argument("--no-check", action="store_true",
                        help="skip playing it with the bots (faster; the file still validates)")
    parser.set_defaults(func=run_generate)


def resolve_generation(args: argparse.Namespace) -> tuple[str, str, int, str]:
    """(kind, difficulty, seed, locale) from the options, a fresh seed where none was given."""
    from simulator.generate import DEFAULT_DIFFICULTY, DEFAULT_LOCALE, pick_kind
    from simulator.scenario.checks import faker_locales
    from simulator.scenario.problems import did_you_mean

    seed = args.seed if args.seed is not None else secrets.randbelow(SEED_LIMIT)
    if seed < 0:
        raise UsageError("--seed must be 0 or more")
    locale = args.locale or DEFAULT_LOCALE
    locales = faker_locales()
    if locale not in locales:
        raise UsageError(f"unknown locale {locale!r}{did_you_mean(locale, locales)} "
                         "(Faker's locales, e.g. en_US, en_GB, en_AU)")
    return (args.kind or pick_kind(seed), args.difficulty or DEFAULT_DIFFICULTY, seed, locale)


def generated(args: argparse.Namespace) -> Generated:
    from simulator.generate import IncoherentScenario, generate

    kind, difficulty, seed, locale = resolve_generation(args)
    try:
        return generate(kind, difficulty=difficulty, seed=seed, locale=locale)
    except IncoherentScenario as error:  # a bug in a kind: say so plainly, with the seed
        raise CommandError(f"could not write a coherent {kind} crisis for seed {seed} "
                           f"(please report it): {error}") from None


def run_generate(args: argparse.Namespace) -> int:
    from simulator.generate import command_for
    from simulator.generate.coherence import play_check

    path = Path(args.output) if args.output and args.output != "-" else None
    if path is not None:
        check_new_file(path, force=args.force)
    result = generated(args)
    draft = result.draft
    again = command_for(draft.kind, draft.difficulty, draft.seed, draft.locale)
    if path is None:
        sys.stdout.write(result.text)
    else:
        path.write_text(result.text, encoding="utf-8")
        print(f"wrote {path}: {result.scenario.title} ({KINDS[draft.kind]}, {draft.difficulty})",
              file=sys.stderr)
    print(f"seed {draft.seed}; the same file again: {again}", file=sys.stderr)
    if not args.no_check:
        check = play_check(result.scenario, draft.seed)
        print(f"checked: {check.summary()}", file=sys.stderr)
        if not check.ok:
            raise CommandError("the bots' check failed (please report the seed)")
    if path is not None:
        print(f"play it: crisis-drill play {path}", file=sys.stderr)
    return 0
