"""Thirty trainees write one shared results file at the same moment: nothing is lost, nobody sees
"database is locked".

Each writer is a real process with its own `Store` connection, recording a whole drill event by
event (one transaction per event, as the game does) after a common start signal, so all thirty
contend for the write lock for the whole run. The drill log comes from one real headless drill;
29 processes replay its first two minutes into the store, which keeps the CPU on the contention
(the point) rather than on thirty copies of the engine; the thirtieth is the real `simulate`
command writing the whole drill. Every process opens the file first and then waits for the same
start signal.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from simulator.bots.headless import run_drill
from simulator.scenario.library import resolve_scenario
from simulator.scenario.loader import load_scenario
from simulator.store import Store, hash_scenario

ROOT = Path(__file__).resolve().parents[2]
WRITERS = 30
SEED = 3
LOG_EVENTS = 120  # per lightweight writer: the first minutes of the drill (at most this many)

WRITER = f"""
import json, sys, time
sys.modules["numpy"] = None  # sqlite-utils' optional numpy support: half the start-up, unused
from pathlib import Path
from types import SimpleNamespace
from simulator.store import Store

db, log_file, trainee, go, scenario_hash = sys.argv[1:6]
events = json.loads(Path(log_file).read_text())
store = Store.open(db)
Path(db + "." + trainee + ".ready").touch()
while not Path(go).exists():
    time.sleep(0.005)
scenario = SimpleNamespace(id="food-rumour", title="load test")
drill = store.start_drill(scenario, scenario_hash, {SEED}, trainee, "load",
                          session="LOAD30", mode="simulate", bot="perfect")
for event in events:
    store.record(drill, event)
store.finish(drill, {{"composite": 50.0}})
store.close()
"""


@pytest.mark.slow
def test_thirty_processes_write_one_file_and_lose_nothing(tmp_path: Path) -> None:
    scenario_path = resolve_scenario("food-rumour")
    scenario = load_scenario(scenario_path)
    result = run_drill(scenario, SEED, "perfect")
    log = [{"t": e.t, "kind": e.kind, "post_id": e.post_id, "data": e.data}
           for e in result.engine.log]
    log_file = tmp_path / "log.json"
    head = log[:LOG_EVENTS]
    assert len(head) >= 60  # enough rows per writer to keep thirty of them contending
    log_file.write_text(json.dumps(head))
    db = tmp_path / "shared.db"
    Store.open(db).close()  # created once, as `session start` does before anyone joins
    go = tmp_path / "go"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}

    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db), str(log_file), f"t{n:02d}", str(go),
             hash_scenario(scenario)],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for n in range(1, WRITERS)
    ]
    deadline = time.monotonic() + 60
    while len(list(tmp_path.glob("shared.db.*.ready"))) < WRITERS - 1:  # all imported and open
        assert time.monotonic() < deadline, "writers did not start"
        assert all(proc.poll() is None for proc in procs), [p.communicate() for p in procs]
        time.sleep(0.02)
    procs.append(subprocess.Popen(
        [sys.executable, "-m", "simulator", "simulate", "food-rumour", "--bot", "perfect",
         "--seed", str(SEED), "--db", str(db), "--trainee", f"t{WRITERS:02d}"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
    go.touch()
    started = time.monotonic()
    outputs = [proc.communicate(timeout=120) for proc in procs]
    elapsed = time.monotonic() - started

    for proc, (_, err) in zip(procs, outputs, strict=True):
        assert "locked" not in err.lower(), err
        assert proc.returncode == 0, err
    with Store.open(db, create=False) as store:
        drills = store.query("SELECT id, trainee, status FROM drills ORDER BY trainee")
        counts = {row["drill_id"]: row["n"] for row in store.query(
            "SELECT drill_id, COUNT(*) AS n, MAX(seq) AS top FROM events GROUP BY drill_id")}
        gaps = store.query(
            "SELECT drill_id FROM events GROUP BY drill_id HAVING MAX(seq) != COUNT(*)")
        kinds = store.query(
            "SELECT kind, COUNT(*) AS n FROM events GROUP BY kind ORDER BY kind")
        actions = store.query("SELECT COUNT(*) AS n FROM actions")[0]["n"]
    assert [row["trainee"] for row in drills] == [f"t{n:02d}" for n in range(1, WRITERS + 1)]
    assert {row["status"] for row in drills} == {"finished"}
    ids = {row["trainee"]: row["id"] for row in drills}
    # every row of every drill: the replayed two minutes, and the whole drill `simulate` ran
    assert [counts[ids[f"t{n:02d}"]] for n in range(1, WRITERS)] == [len(head)] * (WRITERS - 1)
    assert counts[ids[f"t{WRITERS:02d}"]] == len(log)
    assert gaps == []  # sequence numbers 1..n without holes or duplicates
    total = len(head) * (WRITERS - 1) + len(log)
    assert sum(row["n"] for row in kinds) == total
    head_actions = sum(1 for e in head if e["kind"] == "action")
    all_actions = sum(1 for e in log if e["kind"] == "action")
    assert actions == head_actions * (WRITERS - 1) + all_actions
    print(f"{WRITERS} writers, {total} events in {elapsed:.1f}s")
