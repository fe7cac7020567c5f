"""The master events list (MSEL) as a spreadsheet: a scenario's storyline out to CSV and back.

Exercise controllers keep the injects of an exercise in a spreadsheet, one row per event, and
edit it there. `export_rows` turns a scenario's scripted posts (follow-ups included, chained ones
naming their parent), its scheduled injects and its fact updates into such rows; `import_rows`
reads them back, checking each row where it is written (`file:line: message`), and gives the
scenario sections to put into a base scenario file. Exporting and importing again gives the
same posts, injects and facts, field for field (tests/scenario/test_msel.py holds every bundled
scenario to that). Pure: text in, data out; the CLI does the files.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from simulator.scenario.model import (
    NO_ROUTE,
    Author,
    Expect,
    FollowUp,
    Reach,
    Scenario,
    format_duration,
    parse_duration,
)
from simulator.scenario.problems import did_you_mean

COLUMNS: tuple[str, ...] = (
    "seq", "time", "phase", "type", "id", "parent", "when", "delay", "channel", "from",
    "from_name", "followers", "author_kind", "text", "expected_action", "expected_route",
    "also", "min_tone", "severity", "likes", "shares", "comments", "pace", "notes",
)
TYPES = ("post", "follow_up", "inject", "fact")
ACTIONS = {"reply": True, "no reply": False}
AUTHOR_KINDS = ("customer", "journalist", "influencer", "verified", "troll")


def _duration(seconds: float) -> str:
    """A duration as a facilitator writes it; fractions of a second as bare seconds, so the
    round trip keeps them exactly."""
    return format_duration(seconds) if float(seconds).is_integer() else f"{float(seconds):g}"


# ============================================================================ export
def export_rows(scenario: Scenario) -> list[dict[str, str]]:
    """One row per scripted post, follow-up, scheduled inject and fact update, in time order
    (follow-ups right under the post they react to)."""
    entries: list[tuple[float, int, list[dict[str, str]]]] = []
    for order, post in enumerate(scenario.posts):
        rows = [{
            "time": _duration(post.at), "phase": scenario.phase_at(post.at).name,
            "type": "post", "id": post.id, "channel": post.channel, **_author(post.author),
            "text": post.text, **_expect(post.expect), "severity": str(post.severity),
            **_reach(post.reach),
        }]
        _follow_up_rows(post.id, post.follow_ups, rows)
        entries.append((float(post.at), order, rows))
    for order, inject in enumerate(scenario.injects):
        row = {"time": _duration(inject.at), "phase": scenario.phase_at(inject.at).name,
               "type": "inject", "notes": inject.note or "",
               "pace": "" if inject.pace is None else f"{inject.pace:g}"}
        if inject.post is not None:
            injected = inject.post
            row.update(channel=injected.channel or "", text=injected.text,
                       expected_action="reply" if injected.reply else "no reply",
                       expected_route=injected.route, min_tone=str(injected.min_tone),
                       severity=str(injected.severity), **_reach(injected.reach))
            if injected.author is not None:
                row.update(_author(injected.author))
        entries.append((float(inject.at), len(scenario.posts) + order, [row]))
    for order, fact in enumerate(scenario.fact_updates):
        entries.append((float(fact.at), 10**6 + order, [{
            "time": _duration(fact.at), "phase": scenario.phase_at(fact.at).name,
            "type": "fact", "text": fact.text}]))
    out: list[dict[str, str]] = []
    for _, _, rows in sorted(entries, key=lambda entry: (entry[0], entry[1])):
        out.extend(rows)
    return [{column: (str(i + 1) if column == "seq" else row.get(column, ""))
             for column in COLUMNS} for i, row in enumerate(out)]


def _follow_up_rows(parent: str, follow_ups: Sequence[FollowUp],
                    rows: list[dict[str, str]]) -> None:
    for follow_up in follow_ups:
        row = {"type": "follow_up", "id": follow_up.id, "parent": parent,
               "when": _when(follow_up), "delay": _duration(follow_up.delay),
               "channel": follow_up.channel or "", "text": follow_up.text,
               "severity": "" if follow_up.severity is None else str(follow_up.severity)}
        if follow_up.author is not None:
            row.update(_author(follow_up.author))
        if follow_up.expect is not None:
            row.update(_expect(follow_up.expect))
        if follow_up.reach is not None:
            row.update(_reach(follow_up.reach))
        rows.append(row)
        _follow_up_rows(follow_up.id, follow_up.follow_ups, rows)


def _when(follow_up: FollowUp) -> str:
    when = follow_up.when
    if when.ignored_for is not None:
        return f"ignored_for {_duration(when.ignored_for)}"
    if when.tone_below is not None:
        return f"tone_below {when.tone_below}"
    if when.replied is not None:
        return "replied" if when.replied else "replied false"
    if when.escalated is not None:
        return "escalated" if when.escalated else "escalated false"
    return ""


def _author(author: Author) -> dict[str, str]:
    return {"from": author.handle, "from_name": author.name,
            "followers": str(author.followers), "author_kind": author.kind}


def _expect(expect: Expect) -> dict[str, str]:
    return {"expected_action": "reply" if expect.reply else "no reply",
            "expected_route": expect.route, "also": " ".join(expect.also),
            "min_tone": str(expect.min_tone)}


def _reach(reach: Reach) -> dict[str, str]:
    return {"likes": str(reach.likes), "shares": str(reach.shares),
            "comments": str(reach.comments)}


def to_csv(rows: Iterable[dict[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


# ============================================================================ import
@dataclass(frozen=True, slots=True)
class RowProblem:
    line: int
    message: str


@dataclass
class Imported:
    """The scenario sections the rows describe, as plain YAML-ready data, and what was wrong."""

    posts: list[dict[str, Any]]
    injects: list[dict[str, Any]]
    fact_updates: list[dict[str, Any]]
    problems: list[RowProblem]


def read_rows(text: str) -> tuple[list[tuple[int, dict[str, str]]], list[RowProblem]]:
    """CSV text to (first line of the row, row) pairs; a header that lacks the columns the
    import needs is one problem at line 1."""
    reader = csv.reader(io.StringIO(text))
    try:
        header = [cell.strip().lower() for cell in next(reader)]
    except StopIteration:
        return [], [RowProblem(1, "the file is empty: expected a header row "
                                  f"({', '.join(COLUMNS)})")]
    missing = [column for column in ("type", "text") if column not in header]
    unknown = [column for column in header if column and column not in COLUMNS]
    problems = []
    if missing:
        return [], [RowProblem(1, f"the header lacks {', '.join(missing)} (columns: "
                                  f"{', '.join(COLUMNS)})")]
    for column in unknown:
        problems.append(RowProblem(1, f"unknown column {column!r}"
                                      f"{did_you_mean(column, COLUMNS)} (it is ignored)"))
    rows = []
    start = reader.line_num + 1
    for cells in reader:
        if any(cell.strip() for cell in cells):
            rows.append((start, {name: (cells[i].strip() if i < len(cells) else "")
                                 for i, name in enumerate(header) if name}))
        start = reader.line_num + 1
    return rows, problems


def import_rows(text: str, base: Scenario) -> Imported:
    """Rows to scenario sections, every problem at its row's line. `base` gives the channels,
    routes and times the rows are checked against."""
    rows, problems = read_rows(text)
    reader = _RowReader(base, problems)
    for line, row in rows:
        reader.take(line, row)
    return Imported(reader.posts, reader.injects, reader.facts, problems)


class _RowReader:
    def __init__(self, base: Scenario, problems: list[RowProblem]) -> None:
        self.base = base
        self.problems = problems
        self.channels = {c.id: c for c in base.channels}
        self.routes = [r.id for r in base.routes] + [NO_ROUTE]
        self.posts: list[dict[str, Any]] = []
        self.injects: list[dict[str, Any]] = []
        self.facts: list[dict[str, Any]] = []
        self.by_id: dict[str, dict[str, Any]] = {}  # posts and follow-ups, for `parent`
        self.line = 0

    def fail(self, message: str) -> None:
        self.problems.append(RowProblem(self.line, message))

    def take(self, line: int, row: dict[str, str]) -> None:
        self.line = line
        kind = row.get("type", "").lower().replace("-", "_").replace(" ", "_")
        if kind not in TYPES:
            self.fail(f"type {row.get('type', '')!r} is not one of {', '.join(TYPES)}"
                      f"{did_you_mean(kind, TYPES)}")
            return
        before = len(self.problems)
        readers = {"post": self._post, "follow_up": self._follow_up, "inject": self._inject,
                   "fact": self._fact}
        made = readers[kind](row)
        if made is not None and len(self.problems) == before:
            self._keep(kind, row, made)

    def _keep(self, kind: str, row: dict[str, str], made: dict[str, Any]) -> None:
        if kind == "post":
            self.posts.append(made)
            self.by_id[made["id"]] = made
        elif kind == "follow_up":
            self.by_id[row["parent"]].setdefault("follow_ups", []).append(made)
            self.by_id[made["id"]] = made
        elif kind == "inject":
            self.injects.append(made)
        else:
            self.facts.append(made)

    # -- one function per row type ---------------------------------------------------------
    def _post(self, row: dict[str, str]) -> dict[str, Any] | None:
        post: dict[str, Any] = {
            "id": self._id(row), "at": self._time(row, "time"),
            "channel": self._channel(row, required=True),
            "author": self._author(row, required=True), "text": self._text(row),
            "reach": self._reach(row, default=True), "severity": self._int(row, "severity", 2),
            "expect": self._expect(row, required=True),
        }
        return post

    def _follow_up(self, row: dict[str, str]) -> dict[str, Any] | None:
        parent = row.get("parent", "")
        if parent not in self.by_id:
            known = list(self.by_id)
            self.fail(f"parent {parent!r} is not a post or follow-up above this row"
                      f"{did_you_mean(parent, known)}" if parent else
                      "a follow_up needs `parent`: the id of the post (or follow-up) it reacts to")
        made: dict[str, Any] = {"id": self._id(row), "when": self._condition(row),
                                "text": self._text(row)}
        if row.get("delay"):
            made["delay"] = self._time(row, "delay")
        for key, value in (("channel", self._channel(row, required=False)),
                           ("author", self._author(row, required=False)),
                           ("expect", self._expect(row, required=False)),
                           ("reach", self._reach(row, default=False)),
                           ("severity", self._int(row, "severity", None))):
            if value is not None:
                made[key] = value
        return made

    def _inject(self, row: dict[str, str]) -> dict[str, Any] | None:
        made: dict[str, Any] = {"at": self._time(row, "time")}
        if row.get("notes"):
            made["note"] = row["notes"]
        if row.get("pace"):
            made["pace"] = self._number(row, "pace")
        if row.get("text"):
            post: dict[str, Any] = {"text": row["text"],
                                    "route": self._route(row.get("expected_route") or NO_ROUTE),
                                    "severity": self._int(row, "severity", 3),
                                    "min_tone": self._int(row, "min_tone", 60),
                                    "reply": self._action(row, True),
                                    "reach": self._reach(row, default=True)}
            channel = self._channel(row, required=False)
            if channel is not None:
                post["channel"] = channel
            author = self._author(row, required=False)
            if author is not None:
                post["author"] = author
            made["post"] = post
        elif not row.get("pace"):
            self.fail("an inject needs `text` (a post), `pace` (a pace change), or both")
        return made

    def _fact(self, row: dict[str, str]) -> dict[str, Any] | None:
        return {"at": self._time(row, "time"), "text": self._text(row)}

    # -- cells -----------------------------------------------------------------------------
    def _id(self, row: dict[str, str]) -> str:
        value = row.get("id", "")
        if not value:
            self.fail("a post or follow-up needs an `id` (unique in the scenario)")
        elif value in self.by_id:
            self.fail(f"id {value!r} is used twice; ids must be unique")
        return value

    def _text(self, row: dict[str, str]) -> str:
        if not row.get("text"):
            self.fail("`text` is empty")
        return row.get("text", "")

    def _time(self, row: dict[str, str], column: str) -> str:
        value = row.get(column, "")
        parsed = parse_duration(value) if value else None
        if parsed is None:
            self.fail(f"`{column}` {value!r} is not a drill time like 90s, 4m or 1m30s")
            return "0s"
        if column == "time" and parsed >= self.base.duration:
            self.fail(f"`time` {value} is not inside the drill "
                      f"({format_duration(self.base.duration)})")
        return _duration(parsed)

    def _channel(self, row: dict[str, str], *, required: bool) -> str | None:
        value = row.get("channel", "")
        if not value:
            if required:
                self.fail(f"`channel` is empty (channels: {', '.join(self.channels)})")
            return None
        if value in self.channels:
            return value
        by_name = {c.name.lower(): c.id for c in self.channels.values()}
        if value.lower() in by_name:
            return by_name[value.lower()]
        self.fail(f"unknown channel {value!r}{did_you_mean(value, self.channels)} "
                  f"(channels: {', '.join(self.channels)})")
        return None

    def _route(self, value: str) -> str:
        if value not in self.routes:
            self.fail(f"unknown route {value!r}{did_you_mean(value, self.routes)} "
                      f"(routes: {', '.join(self.routes)})")
        return value

    def _author(self, row: dict[str, str], *, required: bool) -> dict[str, Any] | None:
        handle, name = row.get("from", ""), row.get("from_name", "")
        if not handle and not name:
            if required:
                self.fail("`from` (the author's handle) and `from_name` are empty")
            return None
        if not handle or not name:
            self.fail("an author needs both `from` (the handle) and `from_name`")
        kind = row.get("author_kind") or "customer"
        if kind not in AUTHOR_KINDS:
            self.fail(f"author_kind {kind!r} is not one of {', '.join(AUTHOR_KINDS)}"
                      f"{did_you_mean(kind, AUTHOR_KINDS)}")
        return {"name": name, "handle": handle,
                "followers": self._int(row, "followers", 100), "kind": kind}

    def _expect(self, row: dict[str, str], *, required: bool) -> dict[str, Any] | None:
        cells = [row.get(c, "") for c in ("expected_action", "expected_route", "min_tone",
                                            "also")]
        if not required and not any(cells):
            return None
        expect: dict[str, Any] = {"route": self._route(row.get("expected_route") or NO_ROUTE),
                                  "min_tone": self._int(row, "min_tone", 60),
                                  "reply": self._action(row, True)}
        also = row.get("also", "").replace(",", " ").split()
        if also:
            expect["also"] = [self._route(route) for route in also]
        return expect

    def _action(self, row: dict[str, str], default: bool) -> bool:
        value = row.get("expected_action", "").lower()
        if not value:
            return default
        if value not in ACTIONS:
            self.fail(f"expected_action {value!r} is not one of: reply, no reply")
            return default
        return ACTIONS[value]

    def _reach(self, row: dict[str, str], *, default: bool) -> dict[str, int] | None:
        cells = {key: row.get(key, "") for key in ("likes", "shares", "comments")}
        if not default and not any(cells.values()):
            return None
        return {key: self._int(row, key, 0) for key in cells}

    def _condition(self, row: dict[str, str]) -> dict[str, Any]:
        words = row.get("when", "").split()
        name = words[0] if words else ""
        if name == "ignored_for" and len(words) == 2 and parse_duration(words[1]) is not None:
            return {"ignored_for": _duration(parse_duration(words[1]))}  # type: ignore[arg-type]
        if name == "tone_below" and len(words) == 2 and words[1].isdigit():
            return {"tone_below": int(words[1])}
        if name in ("replied", "escalated") and len(words) <= 2:
            return {name: not (len(words) == 2 and words[1] == "false")}
        self.fail(f"`when` {row.get('when', '')!r} is not one of: ignored_for 2m, tone_below "
                  "40, replied, escalated")
        return {}

    def _int(self, row: dict[str, str], column: str, default: int | None) -> Any:
        value = row.get(column, "")
        if not value:
            return default
        try:
            return int(value.replace(",", "").replace("_", ""))
        except ValueError:
            self.fail(f"`{column}` {value!r} is not a whole number")
            return default

    def _number(self, row: dict[str, str], column: str) -> float:
        try:
            return float(row[column])
        except ValueError:
            self.fail(f"`{column}` {row[column]!r} is not a number")
            return 1.0
