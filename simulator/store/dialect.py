"""The few SQL spellings that differ between the two backends, in one place.

Queries everywhere else are written once, in the SQL both SQLite and PostgreSQL speak, with `?`
parameters (the PostgreSQL backend turns them into psycopg's `%s`). Where the engines differ (a
field inside a JSON text column, the larger of two values, a list of ids passed as one
parameter), a query asks its store's dialect (`store.sql`) for the spelling.
"""

from __future__ import annotations

from dataclasses import dataclass

SQLITE, POSTGRESQL = "sqlite", "postgresql"


@dataclass(frozen=True, slots=True)
class Dialect:
    name: str

    def json_int(self, column: str, key: str) -> str:
        """The integer at `key` of the JSON text in `column` (NULL when absent)."""
        if self.name == POSTGRESQL:
            return f"CAST(CAST({column} AS jsonb) ->> '{key}' AS BIGINT)"
        return f"json_extract({column}, '$.{key}')"

    def greatest(self, first: str, second: str) -> str:
        if self.name == POSTGRESQL:
            return f"GREATEST({first}, {second})"
        return f"MAX({first}, {second})"

    def int_list(self) -> str:
        """A table expression with one column, `value`, of the integers in a JSON list given as
        one `?` parameter: any number of ids in one query, without one parameter per id."""
        if self.name == POSTGRESQL:
            return ("(SELECT CAST(value AS BIGINT) AS value "
                    "FROM jsonb_array_elements_text(CAST(? AS jsonb)))")
        return "json_each(?)"


SQLITE_DIALECT = Dialect(SQLITE)
POSTGRESQL_DIALECT = Dialect(POSTGRESQL)
