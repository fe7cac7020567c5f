"""Hundreds of trainees writing one results store at the pace of real play, plus a facilitator
injecting: one local PostgreSQL beside one shared SQLite file, the same load on each.

    python3 benchmarks/store_load.py [--trainees 500] [--seconds 120] [--processes 4]
                                     [--backends postgresql,sqlite]

The load is one real drill: `rude-agent-screenshot` (the busiest bundled scenario), seed 3, played
headless by the human-paced bot (the pace a person reads, types and escalates at,
`simulator.drill.triage`), and of it the busiest SECONDS. Every simulated trainee replays that
part of the log from its own start (spread over the first two seconds) at the drill's own pace:
the event at drill time t is written at start + t, each through its own `Store` (its own
connection), one transaction per event, as the game writes. Each trainee also runs the game's
`InjectFeed` (LISTEN/NOTIFY on PostgreSQL, a read a second on SQLite) and records every inject it
receives as an event, as the game does; a facilitator sends one every 10 s. Trainees are threads
in PROCESSES processes: 500 interpreters would not fit on two cores, and the client side is the
same for both backends.

Measured per backend: rows lost (events whose `record()` returned, missing from the store
afterwards; plus injects some trainee never received, of those committed before its last read
of the outbox; both must be 0), errors, the latency of
one event's write (p50 / p99 / max of `record()`), writes per second, the delivery time of an
inject (sent to recorded by a trainee) and, for PostgreSQL, the CPU the server's processes used.
The server is a throwaway one started like the tests' (`tests/pg_server.py`), fsync on.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import queue
import sys
import tempfile
import threading
import time
from contextlib import ExitStack
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

SCENARIO, SEED, BOT = "rude-agent-screenshot", 3, "human"  # the busiest bundled drill
INJECT_EVERY_S = 10.0
TICK_S = 0.25  # how often a trainee's game loop looks at its feed between events
SPREAD_S = 2.0  # trainees' drills start within this many seconds of each other
CONNECT_S = 10.0  # and they open their stores over the ten seconds before (joining a session)


def drill_log(seconds: float) -> tuple[list[dict[str, Any]], float, float]:
    """The busiest `seconds` of one real human-paced drill, as event dicts with their times
    from the window's start; the drill's length; and where the window starts in it."""
    from simulator.bots.headless import run_drill
    from simulator.scenario.library import resolve_scenario
    from simulator.scenario.loader import load_scenario

    scenario = load_scenario(resolve_scenario(SCENARIO))
    log = run_drill(scenario, SEED, BOT).engine.log
    starts = [float(a) for a in range(0, max(1, int(float(scenario.duration) - seconds) + 1), 5)]
    busiest = max(starts, key=lambda a: sum(1 for e in log if a <= e.t < a + seconds))
    events = [{"t": e.t - busiest, "kind": e.kind, "post_id": e.post_id, "data": e.data}
              for e in log if busiest <= e.t < busiest + seconds]
    return events, float(scenario.duration), busiest


def _trainee(target: str, code: str, name: str, events: list[dict[str, Any]], t0: float,
             offset: float, results: Any) -> None:
    from types import SimpleNamespace

    from simulator.store import Store
    from simulator.team.injects import InjectFeed

    out: dict[str, Any] = {"name": name, "recorded": 0, "latencies": [], "injects": {},
                           "errors": []}
    try:
        connect_at = t0 - CONNECT_S * (1 - offset / SPREAD_S)
        while time.time() < connect_at:
            time.sleep(min(0.05, max(0.0, connect_at - time.time())))
        store = Store.open(target)
        feed = InjectFeed(store, code, name)
        drill_id = store.start_drill(SimpleNamespace(id=SCENARIO, title="load"), "load", SEED,
                                     name, "load", session=code, mode="simulate", bot=BOT)
        out["drill_id"] = drill_id
        start = t0 + offset
        while time.time() < start:
            time.sleep(min(0.05, max(0.0, start - time.time())))
        feed.begin()

        def write(event: dict[str, Any]) -> None:
            began = time.perf_counter()
            store.record(drill_id, event)
            out["latencies"].append(time.perf_counter() - began)
            out["recorded"] += 1

        def take_injects(force: bool = False) -> None:
            # as the game's clock tick does: sent before this drill began (it connected late)
            # and due at this drill time, then any sent since
            for inject in feed.due(time.time() - start) + feed.poll(force=force):
                write({"t": time.time() - start, "kind": "inject", "post_id": None,
                       "data": {"inject_id": inject.id, "pace": 1.0}})
                out["injects"][inject.id] = time.time()

        for event in events:
            due = start + event["t"]
            while True:
                take_injects()
                left = due - time.time()
                if left <= 0:
                    break
                time.sleep(min(TICK_S, left))
            write(event)
        out["last_read"] = time.time()  # an inject committed after this cannot reach the drill
        take_injects(force=True)
        store.finish(drill_id, {"composite": 50.0})
        store.close()
    except Exception as error:  # reported, counted: a benchmark must finish and say so
        out["errors"].append(f"{type(error).__name__}: {error}")
    results.put(out)


def _process(target: str, code: str, names: list[str], events: list[dict[str, Any]],
             t0: float, offsets: list[float], results: Any) -> None:
    threads = [threading.Thread(target=_trainee, args=(target, code, name, events, t0, offset,
                                                       results))
               for name, offset in zip(names, offsets, strict=True)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    results.put({"client_cpu_s": time.process_time()})  # this process's trainees, all threads


def _postgres_cpu_s() -> float:
    import psutil

    total = 0.0  # the backends that exited are in the postmaster's children_* times
    for process in psutil.process_iter(["name"]):
        if process.info["name"] in ("postgres", "postmaster"):
            try:
                times = process.cpu_times()
                total += times.user + times.system + times.children_user + times.children_system
            except psutil.Error:
                continue
    return total


def run_backend(backend: str, trainees: int, seconds: float, processes: int,
                events: list[dict[str, Any]]) -> dict[str, Any]:
    from simulator.scenario.library import resolve_scenario
    from simulator.scenario.loader import load_scenario
    from simulator.store import Store, hash_scenario
    from simulator.team.injects import send
    from simulator.team.sessions import start_session

    with ExitStack() as stack:
        if backend == "postgresql":
            sys.path.insert(0, str(REPO / "tests"))  # the tests' server, imported as they do
            from pg_server import fresh_database, running_server

            server = stack.enter_context(running_server(max_connections=trainees + 40))
            target = stack.enter_context(fresh_database(server))
        else:
            folder = stack.enter_context(tempfile.TemporaryDirectory())
            target = str(Path(folder) / "shared.db")
        scenario = load_scenario(resolve_scenario(SCENARIO))
        with Store.open(target) as store:
            code = start_session(store, scenario, SCENARIO, hash_scenario(scenario), SEED).code
        context = multiprocessing.get_context("fork")
        results = context.Queue()
        names = [f"trainee-{i:04d}" for i in range(trainees)]
        offsets = [SPREAD_S * i / trainees for i in range(trainees)]
        t0 = time.time() + 3.0 + CONNECT_S  # processes start, then trainees connect
        workers = [context.Process(target=_process, args=(
            target, code, names[p::processes], events, t0, offsets[p::processes], results))
            for p in range(processes)]
        cpu_before = _postgres_cpu_s() if backend == "postgresql" else 0.0
        for worker in workers:
            worker.start()
        sent: dict[int, float] = {}
        facilitator = Store.open(target)
        last_t = max(e["t"] for e in events)
        moment = t0 + SPREAD_S + 5.0
        while moment < t0 + last_t - 3.0:
            while time.time() < moment:
                time.sleep(min(0.05, moment - time.time()))
            inject = send(facilitator, code, label="load: pace ×1", pace=1.0)
            sent[inject.id] = time.time()
            moment += INJECT_EVERY_S
        outcomes: list[dict[str, Any]] = []
        client_cpu = 0.0
        reports = 0
        deadline = time.time() + last_t + 600
        while reports < processes and time.time() < deadline:
            try:
                message = results.get(timeout=5)
            except queue.Empty:
                if not any(worker.is_alive() for worker in workers):
                    break
                continue
            if "client_cpu_s" in message:
                client_cpu += message["client_cpu_s"]
                reports += 1
            else:
                outcomes.append(message)
        for worker in workers:
            worker.join(timeout=60)
        elapsed = time.time() - t0
        cpu = (_postgres_cpu_s() - cpu_before) if backend == "postgresql" else None
        counts = {row["drill_id"]: row["n"] for row in facilitator.query(
            "SELECT drill_id, COUNT(*) AS n FROM events GROUP BY drill_id")}
        facilitator.close()
    latencies = sorted(x for o in outcomes for x in o["latencies"])
    lost = sum(max(0, o["recorded"] - counts.get(o.get("drill_id"), 0)) for o in outcomes)
    # An inject the facilitator's commit finished after a trainee's last read of the outbox
    # came after that drill had ended: not one it missed.
    missed_injects = sum(1 for o in outcomes for i, at in sent.items()
                         if i not in o["injects"] and at < o.get("last_read", float("inf")))
    after_end = sum(1 for o in outcomes for i, at in sent.items()
                    if i not in o["injects"] and at >= o.get("last_read", float("inf")))
    delivery = sorted(o["injects"][i] - sent[i] for o in outcomes for i in o["injects"]
                      if i in sent)
    writes = len(latencies)
    return {
        "backend": backend,
        "trainees": trainees,
        "reported": len(outcomes),
        "errors": sum(len(o["errors"]) for o in outcomes),
        "first_errors": [e for o in outcomes for e in o["errors"]][:3],
        "writes": writes,
        "lost_rows": lost + (trainees - len(outcomes)) * len(events),
        "missed_injects": missed_injects,
        "injects_after_drill_end": after_end,
        "injects_sent": len(sent),
        "writes_per_s": round(writes / max(elapsed, 1e-9), 1),
        "p50_ms": round(_pct(latencies, 0.50) * 1000, 2),
        "p99_ms": round(_pct(latencies, 0.99) * 1000, 2),
        "max_ms": round((latencies[-1] if latencies else 0.0) * 1000, 1),
        "inject_p50_s": round(_pct(delivery, 0.50), 3),
        "inject_max_s": round(delivery[-1] if delivery else 0.0, 3),
        "server_cpu_s": None if cpu is None else round(cpu, 1),
        "client_cpu_s": round(client_cpu, 1),
        "elapsed_s": round(elapsed, 1),
    }


def _pct(values: list[float], share: float) -> float:
    if not values:
        return 0.0
    return values[min(len(values) - 1, int(share * len(values)))]


def run(trainees: int = 500, seconds: float = 120.0, processes: int = 4,
        backends: tuple[str, ...] = ("postgresql", "sqlite")) -> dict[str, Any]:
    events, duration, busiest = drill_log(seconds)
    rate = len(events) / seconds
    out: dict[str, Any] = {"trainees": trainees, "seconds": seconds, "processes": processes,
                           "events_per_trainee": len(events),
                           "events_per_trainee_s": round(rate, 3), "drill_s": duration,
                           "window_from_s": busiest,
                           "scenario": SCENARIO, "bot": BOT, "results": {}}
    for backend in backends:
        try:
            out["results"][backend] = run_backend(backend, trainees, seconds, processes, events)
        except Exception as error:  # e.g. no PostgreSQL here: the other backend still runs
            out["results"][backend] = {"backend": backend, "error": f"{error}"}
    pg = out["results"].get("postgresql", {})
    if "server_cpu_s" in pg and pg.get("elapsed_s"):
        out["server_cores_used"] = round(pg["server_cpu_s"] / pg["elapsed_s"], 3)
    out["lost_rows"] = sum(r.get("lost_rows", 0) + r.get("missed_injects", 0)
                           for r in out["results"].values())
    out["ok"] = out["lost_rows"] == 0 and all("error" not in r and r["errors"] == 0
                                              for r in out["results"].values())
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trainees", type=int, default=500)
    parser.add_argument("--seconds", type=float, default=120.0)
    parser.add_argument("--processes", type=int, default=4)
    parser.add_argument("--backends", default="postgresql,sqlite")
    args = parser.parse_args()
    print(json.dumps(run(args.trainees, args.seconds, args.processes,
                         tuple(args.backends.split(","))), indent=2))


if __name__ == "__main__":
    main()
