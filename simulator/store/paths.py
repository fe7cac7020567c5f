"""Where the results file lives: the platform's user data directory unless told otherwise.

A team shares one file by pointing everyone at it, with `--db PATH` on a command or the
`CRISIS_DRILL_DB` environment variable for a whole shell. The option is defined once here so every
command that reads or writes results spells it the same way.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Mapping
from pathlib import Path

import platformdirs

ENV_VAR = "CRISIS_DRILL_DB"
APP_NAME = "crisis-drill"
FILE_NAME = "results.db"


def default_db_path() -> Path:
    """The per-user results file (e.g. ~/.local/share/crisis-drill/results.db on Linux)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / FILE_NAME


def add_db_option(parser: argparse._ActionsContainer) -> None:
    """Add the shared `--db PATH` option to a command's parser (or an argument group)."""
    parser.add_argument(
        "--db",
        metavar="PATH",
        type=Path,
        default=None,
        help=f"results file to use (default: ${ENV_VAR}, else {default_db_path()})",
    )


def resolve_db_path(
    args: argparse.Namespace | None = None, environ: Mapping[str, str] | None = None
) -> Path:
    """`--db` wins, then the environment variable, then the platform default."""
    explicit = getattr(args, "db", None) if args is not None else None
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ if environ is None else environ
    if env.get(ENV_VAR):
        return Path(env[ENV_VAR]).expanduser()
    return default_db_path()
