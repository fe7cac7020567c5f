"""Team drill sessions: join codes, the facilitator's injects and notes, live progress.

Plain Python on top of `simulator.store` (no Textual): the CLI, the play app and the
facilitator's console all use these functions on one shared results file.
"""

from simulator.team.codes import normalize as normalize_code
from simulator.team.sessions import (
    INDIVIDUAL,
    MODES,
    TOGETHER,
    SessionError,
    TeamSession,
    close,
    get_session,
    join,
    link_drill,
    list_sessions,
    mark_ready,
    release,
    require_session,
    require_trainee,
    session_drills,
    start_session,
    waiting_members,
    waiting_trainees,
)

__all__ = [
    "INDIVIDUAL",
    "MODES",
    "TOGETHER",
    "SessionError",
    "TeamSession",
    "close",
    "get_session",
    "join",
    "link_drill",
    "list_sessions",
    "mark_ready",
    "normalize_code",
    "release",
    "require_session",
    "require_trainee",
    "session_drills",
    "start_session",
    "waiting_members",
    "waiting_trainees",
]
