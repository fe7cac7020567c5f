"""Sending statements to a learning record store: Basic auth, batches, retries, no duplicates.

The LRS's xAPI endpoint (e.g. `https://lrs.example.com/xAPI`) takes `POST /statements` with a
list. Statements carry their own ids (`simulator.records.xapi.statement_id`), so sending again is
safe: an LRS keeps the first copy of an id and answers `204 No Content` for a batch it already
holds. That is also why retrying is safe: a batch whose answer was lost is simply sent again.

What is retried (with backoff, honouring `Retry-After`): no connection, a timeout, 429 and 5xx.
What is not: 401/403 (the credentials are wrong, retrying changes nothing), 400 (the LRS rejects
a statement), 404 (not an xAPI endpoint). A 409 means the LRS holds a *different* statement under
one of the ids (a drill exported before with other content, e.g. another IRI base): the batch is
then sent one statement at a time so the others still land and the conflicts are named.

Credentials come from the URL (`https://user:secret@host/xAPI`) or from $CRISIS_DRILL_LRS_USER
and $CRISIS_DRILL_LRS_PASSWORD, so a password need not appear in the shell history. Only the
standard library is used: the CLI must not grow a dependency for one POST.
"""

from __future__ import annotations

import base64
import json
import os
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from email.message import Message
from typing import Any
from urllib.parse import unquote, urlsplit, urlunsplit

from simulator.records.xapi import XAPI_VERSION

USER_ENV, PASSWORD_ENV = "CRISIS_DRILL_LRS_USER", "CRISIS_DRILL_LRS_PASSWORD"
BATCH = 50
RETRIES = 4
TIMEOUT_S = 30.0
MAX_WAIT_S = 30.0
RETRY_STATUS = frozenset({429, 500, 502, 503, 504})


class LrsError(Exception):
    """The LRS could not take the statements; the message says why and what to do."""


@dataclass
class SendReport:
    sent: int = 0  # statements offered
    new: int = 0  # stored now
    existing: int = 0  # already held (an earlier export)
    conflicts: list[str] = field(default_factory=list)  # ids held with other content
    requests: int = 0
    retries: int = 0


@dataclass(frozen=True, slots=True)
class Endpoint:
    url: str  # without credentials: safe to print
    user: str | None
    password: str | None

    @classmethod
    def parse(cls, url: str, environ: Mapping[str, str] | None = None) -> Endpoint:
        env = os.environ if environ is None else environ
        parts = urlsplit(url.strip())
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise LrsError(f"{url!r} is not an LRS address: give its xAPI endpoint, e.g. "
                           "https://lrs.example.com/xAPI")
        user = unquote(parts.username) if parts.username else env.get(USER_ENV) or None
        password = (unquote(parts.password) if parts.password is not None
                    else env.get(PASSWORD_ENV))
        host = parts.hostname if ":" not in parts.hostname else f"[{parts.hostname}]"
        netloc = host + (f":{parts.port}" if parts.port else "")
        clean = urlunsplit((parts.scheme, netloc, parts.path.rstrip("/"), "", ""))
        return cls(clean, user, password)

    def headers(self) -> dict[str, str]:
        headers = {"X-Experience-API-Version": XAPI_VERSION,
                   "Content-Type": "application/json; charset=utf-8",
                   "Accept": "application/json"}
        if self.user is not None:
            token = base64.b64encode(f"{self.user}:{self.password or ''}".encode()).decode()
            headers["Authorization"] = f"Basic {token}"
        return headers


@dataclass
class LrsClient:
    endpoint: Endpoint
    batch: int = BATCH
    retries: int = RETRIES
    timeout: float = TIMEOUT_S
    sleep: Callable[[float], None] = time.sleep

    def send(self, statements: Sequence[Mapping[str, Any]]) -> SendReport:
        report = SendReport(sent=len(statements))
        for start in range(0, len(statements), max(1, self.batch)):
            chunk = list(statements[start:start + self.batch])
            status, body = self._post(chunk, report)
            if status == 409:  # someone's copy differs: one by one, to land the rest
                for statement in chunk:
                    one_status, one_body = self._post([statement], report)
                    if one_status == 409:
                        report.conflicts.append(str(statement.get("id")))
                    else:
                        self._count(one_status, one_body, 1, report)
                continue
            self._count(status, body, len(chunk), report)
        return report

    @staticmethod
    def _count(status: int, body: Any, offered: int, report: SendReport) -> None:
        stored = len(body) if status == 200 and isinstance(body, list) else 0
        report.new += stored
        report.existing += offered - stored

    def _post(self, statements: list[Mapping[str, Any]], report: SendReport) -> tuple[int, Any]:
        url = f"{self.endpoint.url}/statements"
        data = json.dumps(statements, ensure_ascii=False).encode("utf-8")
        delay = 0.5
        for attempt in range(self.retries + 1):
            report.requests += 1
            request = urllib.request.Request(url, data=data, method="POST",
                                             headers=self.endpoint.headers())
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as response:
                    return response.status, _json(response.read())
            except urllib.error.HTTPError as error:
                status, detail = error.code, _detail(error.read())
                if status == 409:
                    return status, None
                if status not in RETRY_STATUS or attempt == self.retries:
                    raise LrsError(self._explain(status, detail)) from None
                wait = _retry_after(error.headers) or delay
            except (urllib.error.URLError, TimeoutError, ConnectionError) as error:
                if attempt == self.retries:
                    reason = getattr(error, "reason", error)
                    raise LrsError(f"cannot reach the LRS at {self.endpoint.url}: {reason} "
                                   f"(tried {self.retries + 1} times)") from None
                wait = delay
            report.retries += 1
            self.sleep(min(wait, MAX_WAIT_S))
            delay = min(delay * 2, MAX_WAIT_S)
        raise AssertionError("unreachable")

    def _explain(self, status: int, detail: str) -> str:
        where = self.endpoint.url
        said = f" (it said: {detail})" if detail else ""
        if status in (401, 403):
            who = (f"user {self.endpoint.user!r}" if self.endpoint.user
                   else "no credentials")
            return (f"the LRS at {where} refused the credentials (HTTP {status}, {who}): set "
                    f"${USER_ENV} and ${PASSWORD_ENV}, or put user:password in the --lrs URL")
        if status == 404:
            return (f"no xAPI statements endpoint at {where}/statements (HTTP 404): --lrs takes "
                    "the LRS's xAPI endpoint, e.g. https://lrs.example.com/xAPI")
        if status == 400:
            return f"the LRS at {where} rejected the statements (HTTP 400){said}"
        return f"the LRS at {where} failed (HTTP {status}){said}; nothing sent was lost, retry"


def _json(raw: bytes) -> Any:
    try:
        return json.loads(raw) if raw else None
    except ValueError:
        return None


def _detail(raw: bytes) -> str:
    value = _json(raw)
    if isinstance(value, Mapping) and "detail" in value:
        value = value["detail"]
    text = value if isinstance(value, str) else raw.decode("utf-8", "replace")
    text = " ".join(str(text).split())
    return text[:300]


def _retry_after(headers: Message | None) -> float | None:
    value = headers.get("Retry-After") if headers is not None else None
    try:
        return max(0.0, float(value)) if value is not None else None
    except ValueError:
        return None
