"""The results store: one row per drill, every event, and readable posts/actions tables, in an
SQLite file (the default) or a PostgreSQL database shared by several sites.

Import from here: `Store`, `StoreError`, the `--db` helpers and the status names.

`Store` and the hashing helpers are loaded on first use (PEP 562): every command registers the
`--db` option, but only the ones that open the store should pay for importing sqlite-utils.
"""

from typing import Any

from simulator.store.errors import StoreError
from simulator.store.paths import (
    ENV_VAR,
    add_db_option,
    db_target,
    default_db_path,
    is_database_url,
    resolve_db_path,
)
from simulator.store.schema import SCHEMA_VERSION

_LAZY = frozenset({"ABORTED", "FINISHED", "RUNNING", "Store", "hash_scenario", "hash_text"})


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from simulator.store import store

        return getattr(store, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "ABORTED",
    "ENV_VAR",
    "FINISHED",
    "RUNNING",
    "SCHEMA_VERSION",
    "Store",
    "StoreError",
    "add_db_option",
    "db_target",
    "default_db_path",
    "hash_scenario",
    "hash_text",
    "is_database_url",
    "resolve_db_path",
]
