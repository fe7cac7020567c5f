"""How fast the results-file queries are on a big file. Target: under 1 s each.

    python3 benchmarks/store_queries.py [--drills 1000] [--actions 200] [--trainees 50] [--keep]

Builds a results file of DRILLS drills with ACTIONS actions each (every action on its own post, so
each drill also has ACTIONS posts and ~3.5 x ACTIONS events) in a temp folder, then times, as the
median of 5 runs on a fresh connection:
  history       `crisis-drill history` for one trainee (drills, trends, tone-finding counts)
  leaderboard   `crisis-drill leaderboard` over the whole file
  leaderboard/f the same with --team and --scenario
  debrief       one drill's debrief queries: drill + events + posts with their actions

The file is filled in bulk inside one transaction: it is a fixture, not the live write path (which
commits every event). `run()` returns the numbers for a later
`benchmarks/run`.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from simulator.debrief import queries  # noqa: E402
from simulator.store import Store  # noqa: E402
from simulator.store.schema import finding_effect  # noqa: E402
from simulator.store.store import iso  # noqa: E402

TARGET_SECONDS = 1.0
SCENARIOS = (("food-rumour", "Food rumour"), ("launch-outage", "Launch outage"),
             ("data-breach", "Data breach"))
RULES = (("blame", "Defensive or blaming", -15), ("dismissive", "Dismissive", -12),
         ("caps", "Shouting", -5), ("unpersonalised", "Template not personalised", -10),
         ("empathy", "Shows empathy", 8), ("call_to_action", "Call to action", 6),
         ("official_channel", "Points to the official channel", 5))
ACTION_KINDS = ("reply", "reply", "reply", "dm", "escalate", "hide", "leave")


def _drill_rows(n: int, trainees: int, start: datetime, rng: random.Random) -> list[dict]:
    rows = []
    for drill_id in range(1, n + 1):
        scenario_id, title = SCENARIOS[drill_id % len(SCENARIOS)]
        trainee = drill_id % trainees
        started = start + timedelta(hours=drill_id)
        composite = round(rng.uniform(30, 95), 1)
        rows.append({
            "id": drill_id, "trainee": f"trainee-{trainee:03d}", "team": f"team-{trainee % 5}",
            "session": None, "mode": "play", "bot": None, "scenario_id": scenario_id,
            "scenario_title": title, "scenario_hash": f"hash-{scenario_id}",
            "seed": drill_id % 4, "app_version": "bench", "started_at": iso(started),
            "ended_at": iso(started + timedelta(minutes=10)), "updated_at": iso(started),
            "status": "finished" if drill_id % 20 else "aborted", "last_t": 600.0,
            "speed": round(rng.uniform(20, 100), 1), "tone": round(rng.uniform(20, 100), 1),
            "escalation": round(rng.uniform(20, 100), 1), "composite": composite,
            "score": json.dumps({"composite": composite}), "writer_pid": None,
            "writer_host": "bench",
        })
    return rows


class _Content:
    """Rows of every drill's events, posts and actions, as tuples ready for `executemany`.

    The post texts and non-action events are the same in every drill, so their JSON is rendered
    once; only the actions (kind, tone score, findings) vary.
    """

    EVENT_COLUMNS = ("id", "drill_id", "seq", "t", "kind", "post_id", "data")
    POST_COLUMNS = ("drill_id", "post_id", "arrived_t", "channel", "author_name", "author_handle",
                    "author_kind", "followers", "kind", "text", "severity", "expect_route",
                    "likes", "shares", "comments", "threshold_t", "data")
    ACTION_COLUMNS = ("drill_id", "event_id", "seq", "t", "post_id", "kind", "text",
                      "template_id", "route", "note", "tone_score", "tone_findings")
    FINDING_COLUMNS = ("drill_id", "rule", "effect", "label", "guidance", "count", "points")

    def __init__(self, actions: int, rng: random.Random) -> None:
        self.actions = actions
        self.rng = rng
        self.next_event = 0
        self.reach = json.dumps({"likes": 40, "shares": 9, "comments": 3})
        self.threshold = json.dumps({"route": "pr"})
        self.arrivals = []
        for i in range(actions):
            arrival = {"channel": "x", "kind": "complaint",
                       "text": f"Where is order #{i}? Awful.",
                       "author": {"name": "Jane Roe", "handle": f"@jane{i}", "followers": 150,
                                  "kind": "customer"},
                       "reach": {"likes": 2, "shares": 0, "comments": 1}, "severity": 3}
            self.arrivals.append((arrival["text"], f"@jane{i}", json.dumps(arrival)))

    def drill(self, drill_id: int, summary: dict[str, Any]) -> tuple[list[tuple], ...]:
        events: list[tuple] = []
        tally: dict[tuple[str, str], list] = {}
        posts: list[tuple] = []
        acts: list[tuple] = []
        seq = 0

        def event(t: float, kind: str, post_id: str | None, data: str) -> int:
            nonlocal seq
            seq += 1
            self.next_event += 1
            events.append((self.next_event, drill_id, seq, t, kind, post_id, data))
            return self.next_event

        event(0.0, "drill_started", None, json.dumps({"seed": drill_id % 4}))
        step = 600.0 / self.actions
        for i, (text, handle, arrival_json) in enumerate(self.arrivals):
            post_id = f"g-{i + 1:04d}"
            t = round(i * step, 3)
            event(t, "post_arrived", post_id, arrival_json)
            posts.append((drill_id, post_id, t, "x", "Jane Roe", handle, "customer", 150,
                          "complaint", text, 3, "none", 40, 9, 3,
                          t + 1 if i % 10 == 0 else None, arrival_json))
            event(t + 0.5, "reach_changed", post_id, self.reach)
            if i % 10 == 0:
                event(t + 1, "threshold_crossed", post_id, self.threshold)
            kind = ACTION_KINDS[i % len(ACTION_KINDS)]
            found: list[dict[str, Any]] = [
                {"rule": r, "label": label, "points": p, "span": None, "guidance": r}
                for r, label, p in self.rng.sample(RULES, self.rng.randint(0, 3))]
            score = self.rng.randint(20, 100)
            route = "pr" if kind == "escalate" else None
            reply = "Sorry Jane, please DM us your order number."
            data = {"kind": kind, "text": reply, "template_id": None, "route": route,
                    "note": None, "tone": {"score": score, "sentiment": 0.1, "findings": found}}
            event_id = event(t + 2, "action", post_id, json.dumps(data))
            acts.append((drill_id, event_id, seq, t + 2, post_id, kind, reply, None, route, None,
                         score, json.dumps(found)))
            for item in found:
                key = (item["rule"], finding_effect(item["points"]))
                entry = tally.setdefault(key, [item["label"], item["guidance"], 0, 0])
                entry[2] += 1
                entry[3] += item["points"]
        # The end event records the drill's score, as the engine's does (leaderboard and history
        # rank by it).
        event(600.0, "drill_ended", None, json.dumps({"score": {
            name: summary[name] for name in ("speed", "tone", "escalation", "composite")}}))
        findings = [(drill_id, *key, *entry) for key, entry in tally.items()]
        return events, posts, acts, findings


def _insert_sql(table: str, columns: tuple[str, ...]) -> str:
    return (f"INSERT INTO {table} ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)})")


def build(path: Path, drills: int, actions: int, trainees: int, seed: int = 1) -> float:
    """Fill a fresh results file; returns the seconds it took.

    The drills go in through sqlite-utils `insert_all`; the ~1M event/post/action rows through
    `executemany` with the same parameters, which is several times faster than building dicts.
    """
    rng = random.Random(seed)
    began = time.perf_counter()
    content = _Content(actions, rng)
    inserts = [(_insert_sql("events", _Content.EVENT_COLUMNS)),
               (_insert_sql("posts", _Content.POST_COLUMNS)),
               (_insert_sql("actions", _Content.ACTION_COLUMNS)),
               (_insert_sql("drill_findings", _Content.FINDING_COLUMNS))]
    with Store.open(path) as store, store.bulk() as db:
        summaries = _drill_rows(drills, trainees, datetime(2026, 1, 1, tzinfo=UTC), rng)
        db["drills"].insert_all(summaries, batch_size=500)
        for drill_id, summary in enumerate(summaries, start=1):
            for sql, rows in zip(inserts, content.drill(drill_id, summary), strict=True):
                db.conn.executemany(sql, rows)
    with Store.open(path) as store:
        store.db.execute("ANALYZE")
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return time.perf_counter() - began


def _median_time(path: Path, work: Callable[[Store], Any], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        with Store.open(path, create=False) as store:
            began = time.perf_counter()
            work(store)
            times.append(time.perf_counter() - began)
    return statistics.median(times)


def _debrief(store: Store, drill_id: int) -> None:
    queries.drill(store, drill_id)
    queries.events(store, drill_id)
    queries.posts_with_actions(store, drill_id)


def run(drills: int = 1000, actions: int = 200, trainees: int = 50,
        folder: Path | None = None) -> dict[str, Any]:
    """Build the file and time the queries; every number in seconds."""
    with tempfile.TemporaryDirectory() as scratch:
        path = (folder or Path(scratch)) / "bench-results.db"
        if path.exists():
            path.unlink()
        build_seconds = build(path, drills, actions, trainees)
        middle = drills // 2
        trainee = f"trainee-{middle % trainees:03d}"  # has drills / trainees drills
        timings = {
            "history": _median_time(path, lambda s: queries.history(s, trainee)),
            "leaderboard": _median_time(path, lambda s: queries.leaderboard(s)),
            "leaderboard/f": _median_time(
                path, lambda s: queries.leaderboard(s, team="team-2", scenario="food-rumour")),
            "debrief": _median_time(path, lambda s: _debrief(s, middle)),
        }
        with Store.open(path, create=False) as store:
            counts = {t: store.query(f"SELECT COUNT(*) AS n FROM {t}")[0]["n"]
                      for t in ("drills", "events", "posts", "actions", "drill_findings")}
        size = path.stat().st_size
    return {"drills": drills, "actions_per_drill": actions, "trainees": trainees,
            "rows": counts, "file_mb": round(size / 1e6, 1), "build_s": round(build_seconds, 2),
            "queries_s": {k: round(v, 4) for k, v in timings.items()},
            "target_s": TARGET_SECONDS,
            "all_under_target": all(v < TARGET_SECONDS for v in timings.values())}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--drills", type=int, default=1000)
    parser.add_argument("--actions", type=int, default=200)
    parser.add_argument("--trainees", type=int, default=50)
    parser.add_argument("--keep", type=Path, metavar="DIR",
                        help="build the file in DIR and keep it (to explore with Datasette)")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args(argv)
    result = run(args.drills, args.actions, args.trainees, args.keep)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    rows = result["rows"]
    print(f"results file: {result['drills']} drills x {result['actions_per_drill']} actions, "
          f"{result['trainees']} trainees; rows: " + ", ".join(f"{k} {v:,}" for k, v in
                                                               rows.items()))
    print(f"size {result['file_mb']} MB, built in {result['build_s']} s (bulk fixture)\n")
    print(f"{'query':<14} {'median of 5':>12}  target < {TARGET_SECONDS:g} s")
    for name, seconds in result["queries_s"].items():
        verdict = "ok" if seconds < TARGET_SECONDS else "TOO SLOW"
        print(f"{name:<14} {seconds * 1000:>9.1f} ms  {verdict}")
    return 0 if result["all_under_target"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
