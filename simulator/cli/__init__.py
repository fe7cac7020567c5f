"""The `crisis-drill` command line.

Each command group lives in its own module with a `register(subparsers)` function; this module only
assembles them, so adding a command never means editing someone else's. Exit codes: 0 success,
1 a failure the user can fix in their input (invalid scenario, unknown drill), 2 bad usage.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from simulator.printable import printable

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_USAGE = 2

# Modules that contribute subcommands, in the order their commands appear in --help.
COMMAND_MODULES: tuple[str, ...] = (
    "simulator.cli.play_cmd",
    "simulator.cli.scenario_cmds",
    "simulator.cli.generate_cmd",
    "simulator.cli.results_cmds",
    "simulator.cli.simulate_cmd",
    "simulator.cli.tone_cmd",
    "simulator.cli.debrief_cmds",
    "simulator.cli.session_cmds",
    "simulator.cli.msel_cmd",
    "simulator.cli.serve_cmd",
    "simulator.cli.records_cmds",
)


class UsageError(Exception):
    """Raised by a command for bad usage; printed without a traceback and exits 2."""


class CommandError(Exception):
    """Raised by a command for a failure the user can act on; printed and exits 1."""


def check_new_file(path: Path, *, force: bool) -> None:
    """Refuse to write `path` over an existing file without `--force`, over a directory, or into
    a folder that is not there: every command that writes a new file says so the same way."""
    if path.exists() and not force:
        raise CommandError(f"{path} already exists; use --force to overwrite it")
    if path.exists() and not path.is_file():
        raise CommandError(f"{path} is not a file")
    if not path.parent.is_dir():
        raise CommandError(f"directory {path.parent} does not exist")


def login_name(fallback: str = "trainee") -> str:
    """Who is at the keyboard, for a name nobody passed (trainee, note author): the login name,
    or `fallback` where the system cannot tell (no passwd entry, a bare container)."""
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError, ImportError):
        return fallback


def person_name(value: str) -> str:
    """argparse type for names that end up on screens and in shared results (trainee, team,
    facilitator): trimmed, not empty, printable, not a paragraph."""
    from simulator.printable import MAX_NAME_LENGTH, control_characters

    name = value.strip()
    if not name:
        raise argparse.ArgumentTypeError("a name cannot be empty")
    if control_characters(name):
        raise argparse.ArgumentTypeError("a name cannot contain control characters")
    if len(name) > MAX_NAME_LENGTH:
        raise argparse.ArgumentTypeError(f"a name is at most {MAX_NAME_LENGTH} characters")
    return name


class Parser(argparse.ArgumentParser):
    """argparse with a hint for a mistyped option: `unknown option --sed; did you mean '--seed'?`
    (argparse alone says "unrecognized arguments", or first complains of a missing argument the
    typo was meant to give). Every subcommand's parser is one of these, since `add_subparsers`
    makes its parsers of the parent's class; the error still exits 2 with the command's usage."""

    _arg_strings: tuple[str, ...] = ()

    # typeshed declares parse_known_args as overloads a plain def cannot restate; same behaviour
    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None,
    ) -> tuple[argparse.Namespace, list[str]]:
        self._arg_strings = tuple(sys.argv[1:] if args is None else args)
        parsed, extras = super().parse_known_args(args, namespace)
        unknown = self.unknown_option(extras, long_only=False)
        if unknown:
            self.error(unknown)
        return parsed, extras

    def error(self, message: str) -> NoReturn:
        if not message.startswith("unknown option"):
            # a typo for an option often shows first as "the following arguments are required"
            message = self.unknown_option(self._arg_strings, long_only=True) or message
        super().error(message)

    def unknown_option(self, tokens: Sequence[str], *, long_only: bool) -> str | None:
        """`unknown option X; did you mean Y?` for the first token that is no option of this
        parser, else None. Before parsing only `--long` tokens are judged (`-ofile` is `-o` with
        its value); the tokens from a command on belong to its own parser."""
        from simulator.scenario.problems import did_you_mean

        known = [name for action in self._actions for name in action.option_strings]
        has_commands = any(isinstance(action, argparse._SubParsersAction)
                           for action in self._actions)
        for token in tokens:
            if token == "--" or (has_commands and not token.startswith("-")):
                break  # what follows the command (even a mistyped one) is not ours to judge
            if (not token.startswith("--" if long_only else "-") or token == "-" or " " in token
                    or self._negative_number_matcher.match(token)):
                continue
            option = token.split("=", 1)[0]
            if option in known or (long_only and any(name.startswith(option) for name in known)):
                continue  # an option, or an abbreviation argparse accepts or calls ambiguous
            return f"unknown option {option}{did_you_mean(option, known)}"
        return None


class _Version(argparse.Action):
    """`--version`, reading the version only when asked (see `simulator.__getattr__`)."""

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        import simulator

        parser.exit(message=f"crisis-drill {simulator.__version__}\n")


def build_parser(modules: Sequence[str] = COMMAND_MODULES) -> argparse.ArgumentParser:
    parser = Parser(
        prog="crisis-drill",
        description="Train social-media care teams on brand-crisis drills in the terminal.",
        epilog="Run `crisis-drill COMMAND --help` for a command's options.",
    )
    parser.add_argument("--version", action=_Version, nargs=0,
                        help="show the program's version number and exit")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in modules:
        importlib.import_module(name).register(subparsers)
    parser.set_defaults(commands=tuple(subparsers.choices))
    return parser


PLAY_MODULE = "simulator.cli.play_cmd"


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    # The game is the common case and must start fast: parse it without importing every other
    # command module (they pull in the engine, Faker and sqlite-utils before the first frame).
    only_play = PLAY_MODULE in COMMAND_MODULES and (not args_list or args_list[0] == "play")
    parser = build_parser((PLAY_MODULE,) if only_play else COMMAND_MODULES)
    if not args_list:
        args_list = ["play"] if "play" in parser.get_default("commands") else []
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exit_:  # argparse exits 2 on usage errors and 0 on --help
        return int(exit_.code or 0)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        return int(args.func(args) or 0)
    except UsageError as error:
        print(printable(f"crisis-drill {args.command}: {error}"), file=sys.stderr)
        return EXIT_USAGE
    except CommandError as error:
        print(printable(f"crisis-drill {args.command}: {error}"), file=sys.stderr)
        return EXIT_INVALID
    except KeyboardInterrupt:
        print("\ninterrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `crisis-drill preview x | head`
        return EXIT_OK
