"""Where the results file lives: the platform's user data directory unless told otherwise.

A team shares one file by pointing everyone at it, with `--db PATH` on a command or the
`CRISIS_DRILL_DB` environment variable for a whole shell. The option is defined once here so every
command that reads or writes results spells it the same way. A team spread over several sites
points everyone at one PostgreSQL database instead: `--db postgresql://user@host/db` (never an
SQLite file on a network share, which SQLite's locking does not survive).
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


URL_SCHEMES = ("postgresql://", "postgres://")


def is_database_url(value: object) -> bool:
    """A PostgreSQL connection URL rather than a file path."""
    return isinstance(value, str) and value.strip().lower().startswith(URL_SCHEMES)


def db_target(value: str) -> Path | str:
    """argparse type of `--db`: a PostgreSQL URL stays text, anything else is a path."""
    return value.strip() if is_database_url(value) else Path(value)


def add_db_option(parser: argparse._ActionsContainer) -> None:
    """Add the shared `--db PATH` option to a command's parser (or an argument group)."""
    parser.add_argument(
        "--db",
        metavar="PATH",
        type=db_target,
        default=None,
        help=f"results file to use, or a postgresql:// URL (default: ${ENV_VAR}, else "
        f"{default_db_path()})",
    )


def resolve_db_path(
    args: argparse.Namespace | None = None, environ: Mapping[str, str] | None = None
) -> Path | str:
    """`--db` wins, then the environment variable, then the platform default. A PostgreSQL
    URL is returned as text, a file as a Path."""
    explicit = getattr(args, "db", None) if args is not None else None
    if explicit:
        return explicit.strip() if is_database_url(explicit) else Path(explicit).expanduser()
    env = os.environ if environ is None else environ
    if env.get(ENV_VAR):
        value = env[ENV_VAR]
        return value.strip() if is_database_url(value) else Path(value).expanduser()
    return default_db_path()
