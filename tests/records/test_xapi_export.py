"""`crisis-drill export xapi`: drills as xAPI 1.0.3 statements, checked against the rules and sent
to a real LRS (Ralph, file-system backend, started by `tests/lrs_server.py`), never a mock."""

from __future__ import annotations

import copy
import http.server
import json
import threading
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
import xapi_rules
from lrs_server import Lrs, start_ralph
from store_fixtures import ScenarioRef, drill_events

from simulator.cli import main
from simulator.records import xapi
from simulator.records.drill_records import drill_records
from simulator.records.lrs import Endpoint, LrsClient, LrsError
from simulator.store import Store

ADL = "http://adlnet.gov/expapi/verbs/"
# The tests that use the module's one Ralph run on one xdist worker, which starts it once.
ONE_LRS = pytest.mark.xdist_group("lrs")


@pytest.fixture(scope="module")
def lrs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Lrs]:
    yield from start_ralph(tmp_path_factory.mktemp("ralph"))


@pytest.fixture(scope="module")
def played(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A results file with two real drills (headless, real scoring): one passes, one fails."""
    path = tmp_path_factory.mktemp("xapi") / "results.db"
    for bot, trainee in (("perfect", "ana@example.com"), ("rude", "Ben")):
        assert main(["simulate", "food-rumour", "--bot", bot, "--seed", "3", "--db", str(path),
                     "--trainee", trainee, "--json"]) == 0
    return path


def exported(path: Path, *args: str, capsys: pytest.CaptureFixture[str]) -> list[dict]:
    capsys.readouterr()
    assert main(["export", "xapi", *args, "--db", str(path)]) == 0
    return json.loads(capsys.readouterr().out)


def verbs(statements: list[dict]) -> list[str]:
    return [s["verb"]["id"].removeprefix(ADL) for s in statements]


# ---- the statements ---------------------------------------------------------------------------
def test_every_statement_keeps_the_xapi_103_rules(played: Path, capsys) -> None:
    statements = exported(played, "--trainee", "ana@example.com", capsys=capsys)
    statements += exported(played, "--trainee", "Ben", capsys=capsys)
    assert len(statements) == 8
    for statement in statements:
        assert xapi_rules.problems(statement) == [], statement["verb"]


def test_a_drill_gives_attempted_completed_passed_or_failed_and_scored(played: Path,
                                                                       capsys) -> None:
    ana = exported(played, "--trainee", "ana@example.com", capsys=capsys)
    ben = exported(played, "--trainee", "Ben", capsys=capsys)
    assert verbs(ana) == ["attempted", "completed", "passed", "scored"]
    assert verbs(ben) == ["attempted", "completed", "failed", "scored"]
    with Store.open(played, create=False) as store:
        ana_row, ben_row = store.query("SELECT uid, composite, started_at, ended_at, last_t "
                                       "FROM drills ORDER BY id")
    result = ana[3]["result"]
    assert result["score"] == {"scaled": round(ana_row["composite"] / 100, 4),
                               "raw": ana_row["composite"], "min": 0, "max": 100}
    assert result["success"] is True and result["completion"] is True
    assert result["duration"] == xapi.iso_duration(ana_row["last_t"])
    ext = {key.rsplit("/", 1)[1]: value for key, value in result["extensions"].items()}
    assert {"speed", "tone", "escalation", "critical-errors", "seed"} <= set(ext)
    assert ext["seed"] == 3 and ext["critical-errors"] == []
    # Ben was rude: critical errors fail the drill whatever the composite
    ben_ext = {k.rsplit("/", 1)[1]: v for k, v in ben[2]["result"]["extensions"].items()}
    assert ben[2]["result"]["success"] is False and ben_ext["critical-errors"]
    assert {"post", "kind", "label"} == set(ben_ext["critical-errors"][0])
    # one registration per drill, its global id; timestamps are the drill's, not the export's
    assert {s["context"]["registration"] for s in ana} == {ana_row["uid"]}
    assert ana[0]["timestamp"] == ana_row["started_at"]
    assert {s["timestamp"] for s in ana[1:]} == {ana_row["ended_at"]}
    assert ben[0]["context"]["registration"] == ben_row["uid"]


def test_the_scenario_is_the_activity_with_a_stable_iri(played: Path, capsys) -> None:
    with Store.open(played, create=False) as store:
        scenario_hash = store.query("SELECT scenario_hash FROM drills LIMIT 1")[0]["scenario_hash"]
    statements = exported(played, "--trainee", "Ben", "--iri-base",
                          "https://learning.acme.test/drills/", capsys=capsys)
    assert {s["object"]["id"] for s in statements} == {
        f"https://learning.acme.test/drills/scenarios/food-rumour/{scenario_hash[:16]}"}
    assert statements[0]["object"]["definition"]["type"] == xapi.SIMULATION
    assert all(key.startswith("https://learning.acme.test/drills/extensions/")
               for key in statements[3]["result"]["extensions"])


def test_an_email_makes_the_actor_an_mbox_otherwise_an_account(played: Path, capsys) -> None:
    [ana] = {json.dumps(s["actor"]) for s in exported(played, "--trainee", "ana@example.com",
                                                      capsys=capsys)}
    assert json.loads(ana) == {"objectType": "Agent", "name": "ana@example.com",
                               "mbox": "mailto:ana@example.com"}
    ben = exported(played, "--trainee", "Ben", capsys=capsys)[0]["actor"]
    assert ben == {"objectType": "Agent", "name": "Ben",
                   "account": {"homePage": xapi.DEFAULT_BASE, "name": "Ben"}}
    mailed = exported(played, "--trainee", "Ben", "--email", "Ben=ben@acme.test",
                      capsys=capsys)[0]["actor"]
    assert mailed == {"objectType": "Agent", "name": "Ben", "mbox": "mailto:ben@acme.test"}


def test_ids_come_from_the_drill_so_every_export_gives_the_same_statements(played: Path,
                                                                           capsys) -> None:
    first = exported(played, "--trainee", "Ben", capsys=capsys)
    again = exported(played, "--last", capsys=capsys)
    assert first == again  # Ben's drill is the last one; nothing depends on the time of export
    assert len({s["id"] for s in first}) == 4
    assert all(xapi_rules.is_uuid(s["id"]) for s in first)


def test_an_unfinished_drill_gives_attempted_only_and_the_rest_once_it_finishes(
        tmp_path: Path) -> None:
    with Store.open(tmp_path / "r.db") as store:
        drill_id = store.start_drill(ScenarioRef(), "hash-a", 7, "cam")
        log = drill_events(2, score={"speed": 90, "tone": 90, "escalation": 90,
                                     "composite": 90})
        for event in log[:-1]:
            store.record(drill_id, event)
        [summary] = _summaries(store)
        early = xapi.statements_for(drill_records(store, [summary])[0])
        assert verbs(early) == ["attempted"]
        store.record(drill_id, log[-1])
        store.finish(drill_id, {"speed": 90, "tone": 90, "escalation": 90, "composite": 90})
        [summary] = _summaries(store)
        late = xapi.statements_for(drill_records(store, [summary])[0])
    assert late[0] == early[0]  # the same attempted statement: a resend is no duplicate
    assert verbs(late)[1:] == ["completed", "passed", "scored"]


def _summaries(store: Store) -> list:
    from simulator.debrief import queries

    return queries.recent_drills(store)


def test_iso_durations() -> None:
    assert xapi.iso_duration(0) == "PT0S"
    assert xapi.iso_duration(303.5) == "PT5M3.5S"
    assert xapi.iso_duration(480) == "PT8M"
    assert xapi.iso_duration(3723.456) == "PT1H2M3.46S"


def test_the_rules_checker_catches_each_broken_rule(played: Path, capsys) -> None:
    good = exported(played, "--trainee", "Ben", capsys=capsys)[3]
    breaks = {
        "id must be a UUID": lambda s: s.update(id="drill-1"),
        "exactly one inverse functional identifier": lambda s: s["actor"].update(
            mbox="mailto:ben@acme.test"),
        "mbox must be a mailto": lambda s: s.update(actor={"mbox": "ben@acme.test"}),
        "verb.id must be an IRI": lambda s: s["verb"].update(id="scored"),
        "verb.display must be a language map": lambda s: s["verb"].update(display="scored"),
        "object.id must be an IRI": lambda s: s["object"].update(id="food rumour"),
        "scaled 1.5 is outside": lambda s: s["result"]["score"].update(scaled=1.5),
        "raw 120 is not between": lambda s: s["result"]["score"].update(raw=120),
        "not an ISO 8601 duration": lambda s: s["result"].update(duration="8 minutes"),
        "not an ISO 8601 timestamp": lambda s: s.update(timestamp="yesterday"),
        "result.extensions key 'speed' is not an IRI": lambda s: s["result"].update(
            extensions={"speed": 1}),
        "registration must be a UUID": lambda s: s["context"].update(registration="x"),
    }
    for expected, damage in breaks.items():
        statement = copy.deepcopy(good)
        damage(statement)
        assert any(expected in problem for problem in xapi_rules.problems(statement)), expected


# ---- a real LRS -------------------------------------------------------------------------------
def send(path: Path, lrs: Lrs, *args: str, user: str | None = None) -> int:
    url = lrs.endpoint.replace("http://", f"http://{user or lrs.user}:{lrs.password}@")
    return main(["export", "xapi", *args, "--db", str(path), "--lrs", url])


@ONE_LRS
def test_statements_reach_a_real_lrs_once_however_often_they_are_sent(played: Path, lrs: Lrs,
                                                                     capsys) -> None:
    before = len(lrs.statements())
    capsys.readouterr()
    assert send(played, lrs, "--trainee", "Ben", "--batch", "3") == 0
    assert "4 new, 0 already there" in capsys.readouterr().out
    assert send(played, lrs, "--trainee", "Ben") == 0
    assert "0 new, 4 already there" in capsys.readouterr().out
    held = lrs.statements()
    assert len(held) == before + 4 and lrs.stored_lines() == before + 4
    mine = {s["id"]: s for s in held}
    for statement in exported(played, "--trainee", "Ben", capsys=capsys):
        stored = mine[statement["id"]]
        assert stored["verb"] == statement["verb"]
        assert stored.get("result") == statement.get("result")
        assert stored["actor"] == statement["actor"]
        assert stored["object"] == statement["object"]


@ONE_LRS
def test_credentials_come_from_the_environment_too(played: Path, lrs: Lrs, capsys,
                                                  monkeypatch) -> None:
    monkeypatch.setenv("CRISIS_DRILL_LRS_USER", lrs.user)
    monkeypatch.setenv("CRISIS_DRILL_LRS_PASSWORD", lrs.password)
    capsys.readouterr()
    assert main(["export", "xapi", "--trainee", "ana@example.com", "--db", str(played),
                 "--lrs", lrs.endpoint]) == 0
    assert "4 xAPI statements for 1 drill" in capsys.readouterr().out
    ids = {s["id"] for s in lrs.statements()}
    assert {s["id"] for s in exported(played, "--trainee", "ana@example.com",
                                      capsys=capsys)} <= ids


@ONE_LRS
def test_refused_credentials_are_one_line_and_exit_1(played: Path, lrs: Lrs, capsys) -> None:
    capsys.readouterr()
    assert send(played, lrs, "--last", user="intruder") == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "refused the credentials (HTTP 401" in err and "s3cret" not in err


@ONE_LRS
def test_a_resend_with_other_content_is_a_named_conflict_and_the_rest_still_land(
        played: Path, lrs: Lrs, capsys) -> None:
    assert send(played, lrs, "--trainee", "Ben") == 0
    capsys.readouterr()
    # another IRI base changes the activity id of statements whose ids are already held
    assert send(played, lrs, "--trainee", "Ben", "--iri-base", "https://elsewhere.test/x") == 1
    err = capsys.readouterr().err
    assert "already holds different statements under 4 of these ids" in err


@ONE_LRS
def test_an_lrs_that_is_briefly_overloaded_is_retried(played: Path, lrs: Lrs, capsys) -> None:
    """A real HTTP front (like a load balancer) answers 503 twice, then passes requests to
    Ralph: the client backs off and the statements arrive."""
    with Store.open(played, create=False) as store:
        records = drill_records(store, _summaries(store))
    statements = [s for r in records for s in xapi.statements_for(r)]
    with FlakyFront(lrs, failures=2) as url:
        client = LrsClient(Endpoint(url, lrs.user, lrs.password), batch=50, sleep=lambda _: None)
        report = client.send(statements)
    assert report.retries == 2 and report.new + report.existing == len(statements)
    assert {s["id"] for s in statements} <= {s["id"] for s in lrs.statements()}


def test_an_lrs_nobody_answers_at_is_a_clear_error(played: Path) -> None:
    from lrs_server import free_port

    client = LrsClient(Endpoint(f"http://127.0.0.1:{free_port()}/xAPI", "u", "p"), retries=2,
                       sleep=lambda _: None)
    with pytest.raises(LrsError, match=r"cannot reach the LRS at .* \(tried 3 times\)"):
        client.send([{"id": "x"}])


def test_a_url_that_is_no_lrs_is_a_usage_error(played: Path, capsys) -> None:
    assert main(["export", "xapi", "--last", "--db", str(played), "--lrs", "lrs.acme"]) == 2
    assert "is not an LRS address" in capsys.readouterr().err


class _Front(http.server.BaseHTTPRequestHandler):
    failures = 0
    target = ""

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if type(self).failures > 0:
            type(self).failures -= 1
            self.send_response(503)
            self.send_header("Retry-After", "0")
            self.end_headers()
            return
        request = urllib.request.Request(self.target + self.path, data=body, method="POST",
                                         headers={k: v for k, v in self.headers.items()
                                                  if k.lower() != "host"})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                status, payload = response.status, response.read()
        except urllib.error.HTTPError as error:
            status, payload = error.code, error.read()
        self.send_response(status)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *_: object) -> None:
        pass


class FlakyFront:
    def __init__(self, lrs: Lrs, failures: int) -> None:
        handler = type("Front", (_Front,), {"failures": failures,
                                            "target": lrs.endpoint.rsplit("/xAPI", 1)[0]})
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)

    def __enter__(self) -> str:
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return f"http://127.0.0.1:{self.server.server_address[1]}/xAPI"

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
