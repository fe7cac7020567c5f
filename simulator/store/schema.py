"""The results file's tables, and the forward migrations that bring an older file up to date.

A new file is created at version 1 and then migrated like any old file, so the migrations run on
every fresh file and cannot rot. Migrations are frozen SQL, not calls into sqlite-utils: a file
written two years ago must upgrade the same way whatever the library does by then.

The schema version lives in the `meta` table (`key = 'schema_version'`), where someone browsing the
file with Datasette or `sqlite-utils tables` can see it. Column names are plain words, timestamps
are ISO-8601 UTC text, drill times are seconds (REAL) and structured values are JSON text.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Callable

# The first shape of the file: no team, no writer heartbeat, no tone columns on actions (the tone
# report was only inside the action event's JSON).
V1_SQL = """
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE drills (
    id INTEGER PRIMARY KEY,
    trainee TEXT NOT NULL,
    scenario_id TEXT NOT NULL,
    scenario_title TEXT,
    scenario_hash TEXT NOT NULL,
    seed INTEGER NOT NULL,
    mode TEXT NOT NULL DEFAULT 'play',
    bot TEXT,
    app_version TEXT,
    started_at TEXT NOT NULL,
    ended_at TEXT,
    status TEXT NOT NULL,
    last_t REAL NOT NULL DEFAULT 0,
    speed REAL,
    tone REAL,
    escalation REAL,
    composite REAL,
    score TEXT
);
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    drill_id INTEGER NOT NULL REFERENCES drills(id),
    seq INTEGER NOT NULL,
    t REAL NOT NULL,
    kind TEXT NOT NULL,
    post_id TEXT,
    data TEXT NOT NULL
);
CREATE INDEX events_drill_seq ON events (drill_id, seq);
CREATE TABLE posts (
    id INTEGER PRIMARY KEY,
    drill_id INTEGER NOT NULL REFERENCES drills(id),
    post_id TEXT NOT NULL,
    arrived_t REAL,
    channel TEXT,
    author_name TEXT,
    author_handle TEXT,
    author_kind TEXT,
    followers INTEGER,
    kind TEXT,
    text TEXT,
    severity INTEGER,
    expect_route TEXT,
    likes INTEGER,
    shares INTEGER,
    comments INTEGER,
    threshold_t REAL,
    data TEXT
);
CREATE TABLE actions (
    id INTEGER PRIMARY KEY,
    drill_id INTEGER NOT NULL REFERENCES drills(id),
    event_id INTEGER REFERENCES events(id),
    seq INTEGER NOT NULL,
    t REAL NOT NULL,
    post_id TEXT,
    kind TEXT NOT NULL,
    text TEXT,
    template_id TEXT,
    route TEXT,
    note TEXT
);
INSERT INTO meta (key, value) VALUES ('schema_version', '1');
"""


EFFECT_SQL = """CASE WHEN json_extract(f.value, '$.points') < 0 THEN 'penalty'
                  WHEN json_extract(f.value, '$.points') > 0 THEN 'bonus' ELSE 'neutral' END"""


def finding_effect(points: float) -> str:
    """`penalty`, `bonus` or `neutral`: how a finding's points are filed in drill_findings."""
    return "penalty" if points < 0 else "bonus" if points > 0 else "neutral"


def _v1_to_v2(conn: sqlite3.Connection) -> None:
    """Teams, writer liveness, post threads/topics, tone columns on actions, finding counts."""
    for statement in (
        "ALTER TABLE drills ADD COLUMN team TEXT",
        "ALTER TABLE drills ADD COLUMN session TEXT",
        "ALTER TABLE drills ADD COLUMN writer_pid INTEGER",
        "ALTER TABLE drills ADD COLUMN writer_host TEXT",
        "ALTER TABLE drills ADD COLUMN updated_at TEXT",
        "ALTER TABLE posts ADD COLUMN parent_id TEXT",
        "ALTER TABLE posts ADD COLUMN topic TEXT",
        "ALTER TABLE posts ADD COLUMN source TEXT",
        "ALTER TABLE actions ADD COLUMN tone_score INTEGER",
        "ALTER TABLE actions ADD COLUMN tone_findings TEXT",
        # v1 kept the tone report only inside the action event: copy it out.
        """UPDATE actions SET
               tone_score = (SELECT json_extract(e.data, '$.tone.score')
                             FROM events e WHERE e.id = actions.event_id),
               tone_findings = (SELECT json_extract(e.data, '$.tone.findings')
                                FROM events e WHERE e.id = actions.event_id)""",
        "UPDATE drills SET updated_at = COALESCE(ended_at, started_at)",
        # How often each tone rule fired in a drill, penalties and bonuses apart (the sentiment
        # rule can be either): keeps `history` fast for a trainee with hundreds of drills.
        """CREATE TABLE drill_findings (
               drill_id INTEGER NOT NULL REFERENCES drills(id),
               rule TEXT NOT NULL,
               effect TEXT NOT NULL,
               label TEXT,
               guidance TEXT,
               count INTEGER NOT NULL,
               points INTEGER NOT NULL,
               PRIMARY KEY (drill_id, rule, effect))""",
        f"""INSERT INTO drill_findings (drill_id, rule, effect, label, guidance, count, points)
           SELECT a.drill_id, json_extract(f.value, '$.rule'), {EFFECT_SQL},
                  MAX(json_extract(f.value, '$.label')), MAX(json_extract(f.value, '$.guidance')),
                  COUNT(*), COALESCE(SUM(json_extract(f.value, '$.points')), 0)
           FROM actions a JOIN json_each(a.tone_findings) f
           WHERE a.tone_findings IS NOT NULL AND json_extract(f.value, '$.rule') IS NOT NULL
           GROUP BY a.drill_id, json_extract(f.value, '$.rule'), {EFFECT_SQL}""",
        "DROP INDEX IF EXISTS events_drill_seq",
        "CREATE UNIQUE INDEX events_drill_seq ON events (drill_id, seq)",
        "CREATE INDEX drills_trainee_started ON drills (trainee, started_at)",
        "CREATE INDEX drills_comparable ON drills (scenario_id, seed, scenario_hash, status)",
        "CREATE INDEX drills_team ON drills (team)",
        "CREATE INDEX actions_drill ON actions (drill_id, seq)",
        "CREATE UNIQUE INDEX posts_drill_post ON posts (drill_id, post_id)",
    ):
        conn.execute(statement)


def _v2_to_v3(conn: sqlite3.Connection) -> None:
    """Team sessions (simulator.team): the session a team joins with a code, who joined, the
    facilitator's injects (polled by every running drill) and observer notes."""
    for statement in (
        """CREATE TABLE sessions (
               code TEXT PRIMARY KEY,
               scenario_id TEXT NOT NULL,
               scenario_title TEXT,
               scenario_ref TEXT NOT NULL,
               scenario_hash TEXT NOT NULL,
               seed INTEGER NOT NULL,
               mode TEXT NOT NULL,
               status TEXT NOT NULL,
               team TEXT,
               created_at TEXT NOT NULL,
               released_at TEXT)""",
        """CREATE TABLE session_members (
               session TEXT NOT NULL REFERENCES sessions(code),
               trainee TEXT NOT NULL,
               joined_at TEXT NOT NULL,
               PRIMARY KEY (session, trainee))""",
        """CREATE TABLE session_injects (
               id INTEGER PRIMARY KEY,
               session TEXT NOT NULL REFERENCES sessions(code),
               created_at TEXT NOT NULL,
               kind TEXT NOT NULL,
               label TEXT NOT NULL,
               payload TEXT NOT NULL,
               target TEXT)""",
        "CREATE INDEX session_injects_session ON session_injects (session, id)",
        """CREATE TABLE session_notes (
               id INTEGER PRIMARY KEY,
               session TEXT NOT NULL REFERENCES sessions(code),
               trainee TEXT NOT NULL,
               drill_id INTEGER REFERENCES drills(id),
               t REAL,
               created_at TEXT NOT NULL,
               author TEXT,
               text TEXT NOT NULL)""",
        "CREATE INDEX session_notes_session ON session_notes (session, trainee)",
        "CREATE INDEX drills_session ON drills (session)",
    ):
        conn.execute(statement)


def _v3_to_v4(conn: sqlite3.Connection) -> None:
    """When a session member finished reading the briefing (`ready_at`): in a together session
    the trainee says so before the facilitator releases the clock, and nothing else records it
    (the drill's row only exists once its clock starts)."""
    conn.execute("ALTER TABLE session_members ADD COLUMN ready_at TEXT")


# The namespace of the ids older drills are given from their content (`legacy_uid`). Frozen: a
# copy of one file migrated on two machines must give each drill the same id on both.
LEGACY_UID_NAMESPACE = uuid.UUID("6f0c3a52-1d7e-4c39-9b8e-2f51a4d0c7e1")


def legacy_uid(trainee: object, scenario_id: object, scenario_hash: object, seed: object,
               started_at: object, writer_host: object, writer_pid: object) -> str:
    """A drill's global id worked out from what it is (who, what, when, where it was written),
    for drills recorded before drills had one: the same drill gets the same id in every copy of
    the file, so `results merge` and xAPI statement ids recognise it wherever it turns up."""
    name = json.dumps([trainee, scenario_id, scenario_hash, str(seed), started_at, writer_host,
                       writer_pid], ensure_ascii=False)
    return str(uuid.uuid5(LEGACY_UID_NAMESPACE, name))


def _v4_to_v5(conn: sqlite3.Connection) -> None:
    """A global id per drill (`uid`, a UUID recorded at start): the local integer id means
    nothing outside its file, so merging files and xAPI statement ids need one that travels.
    Existing drills get one derived from their content (`legacy_uid`); two drills whose content
    is identical (a hand-made file) are told apart by their local id."""
    conn.execute("ALTER TABLE drills ADD COLUMN uid TEXT")
    rows = conn.execute(
        "SELECT id, trainee, scenario_id, scenario_hash, seed, started_at, writer_host, "
        "writer_pid FROM drills ORDER BY id").fetchall()
    seen: set[str] = set()
    updates = []
    for drill_id, trainee, scenario_id, scenario_hash, seed, started_at, host, pid in rows:
        uid = legacy_uid(trainee, scenario_id, scenario_hash, seed, started_at, host, pid)
        if uid in seen:  # identical content (a hand-made file): the local id tells them apart
            uid = legacy_uid(trainee, scenario_id, scenario_hash, seed, started_at, host,
                             f"{pid}#{drill_id}")
        seen.add(uid)
        updates.append((uid, drill_id))
    conn.executemany("UPDATE drills SET uid = ? WHERE id = ?", updates)
    conn.execute("CREATE UNIQUE INDEX drills_uid ON drills (uid)")


# MIGRATIONS[i] takes a file from version i + 1 to version i + 2. Append only; never edit one that
# has shipped.
MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (
    _v1_to_v2, _v2_to_v3, _v3_to_v4, _v4_to_v5)
SCHEMA_VERSION = 1 + len(MIGRATIONS)


def create_v1(conn: sqlite3.Connection) -> None:
    """Lay down the version-1 tables (inside the caller's transaction)."""
    for statement in V1_SQL.split(";"):
        if statement.strip():
            conn.execute(statement)


def read_version(conn: sqlite3.Connection) -> int | None:
    """The file's schema version; None without a `meta` table (not one of ours, or empty)."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "meta" not in tables:
        return None
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else None


def table_names(conn: sqlite3.Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def migrate(conn: sqlite3.Connection, from_version: int) -> int:
    """Apply every migration after `from_version` (inside the caller's transaction)."""
    version = from_version
    while version < SCHEMA_VERSION:
        MIGRATIONS[version - 1](conn)
        version += 1
    conn.execute(
        "UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(version),)
    )
    return version
