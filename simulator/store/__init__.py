"""The SQLite results file: one row per drill, every event, and readable posts/actions tables.

Import from here: `Store`, `StoreError`, the `--db` helpers and the status names.
"""

from simulator.store.errors import StoreError
from simulator.store.paths import ENV_VAR, add_db_option, default_db_path, resolve_db_path
from simulator.store.schema import SCHEMA_VERSION
from simulator.store.store import ABORTED, FINISHED, RUNNING, Store, hash_scenario, hash_text

__all__ = [
    "ABORTED",
    "ENV_VAR",
    "FINISHED",
    "RUNNING",
    "SCHEMA_VERSION",
    "Store",
    "StoreError",
    "add_db_option",
    "default_db_path",
    "hash_scenario",
    "hash_text",
    "resolve_db_path",
]
