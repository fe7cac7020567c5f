"""What the console's trainee table shows, as plain cells: kept apart from the widgets so the
numbers can be checked without a terminal, and so every name a trainee typed stays plain text."""

from __future__ import annotations

from rich.text import Text

from simulator.team.progress import READING, READY, TraineeProgress

COLUMNS: tuple[tuple[str, str], ...] = (
    ("trainee", "Trainee"), ("status", "Status"), ("progress", "Progress"), ("time", "Drill time"),
    ("backlog", "Backlog"), ("composite", "Score"), ("speed", "Speed"), ("tone", "Tone"),
    ("escalation", "Escal."), ("missed", "Missed esc."), ("health", "Brand health"),
)
BAR_WIDTH = 10


def bar(share: float, width: int = BAR_WIDTH) -> str:
    filled = round(max(0.0, min(1.0, share)) * width)
    return "█" * filled + "░" * (width - filled) + f" {share:4.0%}"


def clock(seconds: float) -> str:
    whole = int(seconds)
    return f"{whole // 60:02d}:{whole % 60:02d}"


def number(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f}"


def cells(p: TraineeProgress) -> dict[str, Text]:
    """One table row: the key → a plain Text (never parsed as markup)."""
    missed = Text(str(p.missed_escalations),
                  style="bold red" if p.missed_escalations else "")
    backlog = Text(str(p.backlog), style="bold yellow" if p.backlog >= 5 else "")
    status = Text(p.status, style={"running": "green", "finished": "bold", "aborted": "red",
                                   READING: "yellow", READY: "bold cyan"}.get(p.status, ""))
    values = {
        "trainee": Text(p.trainee), "status": status, "progress": Text(bar(p.progress)),
        "time": Text(f"{clock(p.t)} / {clock(p.duration)}"), "backlog": backlog,
        "composite": Text(number(p.composite), style="bold"), "speed": Text(number(p.speed)),
        "tone": Text(number(p.tone)), "escalation": Text(number(p.escalation)), "missed": missed,
        "health": Text(number(p.health)),
    }
    return values


def row_key(p: TraineeProgress) -> str:
    """The drill's id; a waiting trainee's row gets the drill's row once it starts."""
    return str(p.drill_id) if p.drill_id is not None else f"waiting:{p.trainee}"
