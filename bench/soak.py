"""Bounded soak: many concurrent API clients against a faulty sandbox; no vote lost or doubled.

Run: .venv/bin/python bench/soak.py [--requests 10000] [--clients 16] [--quick] [--json FILE]

The sandbox runs in a child process (so this process's memory is the clients' own) with
injected 503s and latency; a controller keeps arming lost vote answers and answers cut
mid-body, and restarts the sandbox once half-way. Each client thread is one app: its own
PollsClient and token provider, users created on the fly. Every intended vote carries one
Idempotency-Key, reused on every retry. It stops by itself after ``--requests`` requests,
then checks the database against the clients' ledger, scans the app folders for secrets,
and prints a table and the figures as JSON.
"""

from __future__ import annotations

import argparse
import json
import logging
import multiprocessing
import multiprocessing.connection
import random
import sqlite3
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(ROOT / "bench"))

from common import rss_kb  # noqa: E402

from partner_desktop.api.client import PollsClient  # noqa: E402
from partner_desktop.api.models import PollQuery  # noqa: E402
from partner_desktop.auth.oauth import OAuthClient  # noqa: E402
from partner_desktop.config import SANDBOX, SANDBOX_CLIENT_SECRET, Profile  # noqa: E402
from partner_desktop.errors import (  # noqa: E402
    ApiError,
    NetworkError,
    PartnerError,
    VoteOutcomeUnknown,
    VoteRejected,
)
from partner_desktop.logs import setup_logging  # noqa: E402
from partner_desktop.paths import Paths  # noqa: E402
from partner_desktop.sandbox import admin, seed  # noqa: E402
from tests.helpers.app_env import find_secrets  # noqa: E402

#: Share of each operation in the mix (weights).
MIX = {
    "list_polls": 25,
    "get_poll": 15,
    "list_user_polls": 15,
    "get_user_poll": 15,
    "vote": 20,
    "revote": 4,
    "account": 3,
    "wallet": 3,
}
VOTE_TRIES = 8


# --- the sandbox process ------------------------------------------------------------------------


class _ErrorCounter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


def sandbox_process(
    db_path: str, error_rate: float, latency_ms: int, pipe: multiprocessing.connection.Connection
) -> None:
    """Child: run the sandbox and obey the controller (arm, restart, stop)."""
    from partner_desktop.sandbox.server import SandboxConfig, SandboxServer

    errors = _ErrorCounter()
    logging.getLogger().addHandler(errors)  # "Unexpected error in the sandbox" and werkzeug's
    server = SandboxServer(
        SandboxConfig(db_path=Path(db_path), error_rate=error_rate, latency_ms=latency_ms)
    )
    pipe.send(server.start())
    while True:
        command, arg = pipe.recv()
        if command == "arm":
            server.set_faults(**arg)
            pipe.send("ok")
        elif command == "restart":
            pipe.send(server.restart())
        elif command == "stop":
            server.stop()
            pipe.send({"server_errors": errors.count, "faults": server.faults_fired()})
            return


class Sandbox:
    """The controller's handle on the sandbox process."""

    def __init__(self, db_path: Path, error_rate: float, latency_ms: int) -> None:
        ctx = multiprocessing.get_context("spawn")
        self._pipe, child = ctx.Pipe()
        self._lock = threading.Lock()
        self._process = ctx.Process(
            target=sandbox_process,
            args=(str(db_path), error_rate, latency_ms, child),
            daemon=True,
        )
        self._process.start()
        self.base_url: str = self._pipe.recv()

    def call(self, command: str, arg: Any = None) -> Any:
        with self._lock:
            self._pipe.send((command, arg))
            return self._pipe.recv()

    def stop(self) -> dict[str, Any]:
        result: dict[str, Any] = self.call("stop")
        self._process.join(30)
        self._pipe.close()
        return result


# --- one simulated app --------------------------------------------------------------------------


class SoakTokens:
    """TokenProvider: an admin-issued user token (no browser) and a real client-credentials one."""

    def __init__(self, oauth: OAuthClient, user_token: str) -> None:
        self._oauth = oauth
        self._lock = threading.Lock()
        self.user_token = user_token
        self._app: str | None = None
        self.issued: set[str] = set()

    def bearer(self, *, user: bool) -> str:
        if user:
            return self.user_token
        with self._lock:
            if self._app is None:
                self._app = self._oauth.client_credentials().access_token
                self.issued.add(self._app)
            return self._app

    def invalidate(self, token: str, *, user: bool) -> None:
        with self._lock:
            if not user and token == self._app:
                self._app = None


@dataclass
class Ledger:
    """What the clients believe happened; compared with the database at the end."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    accepted: dict[tuple[str, str], tuple[str, int]] = field(default_factory=dict)
    intended: int = 0
    unknown_then_settled: int = 0
    unresolved: int = 0
    revotes: int = 0
    revotes_refused: int = 0
    revotes_gave_up: int = 0
    requests: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    unexpected: list[str] = field(default_factory=list)


class App(threading.Thread):
    """One client: votes as a series of users, reads in between, until the budget is spent."""

    def __init__(self, soak: Soak, index: int) -> None:
        super().__init__(name=f"app-{index}", daemon=True)
        self.soak = soak
        self.rng = random.Random(index)
        self.users: list[tuple[str, str]] = []  # (username, user id)
        self.pairs: list[tuple[str, str]] = []  # (user id, poll id) not voted yet
        self.voted: list[tuple[str, str, str]] = []  # (user id, poll id, answer id)
        self.tokens_of: dict[str, str] = {}
        self.index = index

    def new_user(self) -> str:
        name = f"soak-{self.index}-{len(self.users)}-{uuid.uuid4().hex[:6]}"
        balances = {slug: 50 for slug, *_ in seed.PARTNERS}
        user_id = admin.create_user(self.soak.db_path, name, "soak-password", balances=balances)
        token = admin.issue_user_token(self.soak.db_path, name, ttl=3600)
        self.users.append((name, user_id))
        self.tokens_of[user_id] = token
        self.pairs.extend((user_id, poll) for poll in self.soak.open_polls)
        self.rng.shuffle(self.pairs)
        return user_id

    def run(self) -> None:
        oauth = OAuthClient(self.soak.profile, SANDBOX_CLIENT_SECRET, timeout=5)
        self.new_user()
        tokens = SoakTokens(oauth, self.tokens_of[self.users[0][1]])
        ops = list(MIX)
        weights = [MIX[o] for o in ops]
        with PollsClient(self.soak.profile, tokens, timeout=5, retry_budget=6) as client:
            while self.soak.take():
                op = self.rng.choices(ops, weights)[0]
                if op == "revote" and not self.voted:
                    op = "vote"
                try:
                    self.do(client, tokens, op)
                except PartnerError as exc:
                    self.soak.note(_classify(exc))
                except Exception as exc:  # anything else is a bug the soak must report
                    self.soak.unexpected(f"{op}: {type(exc).__name__}: {exc}")
        self.soak.add_issued(tokens.issued | set(self.tokens_of.values()))

    def do(self, client: PollsClient, tokens: SoakTokens, op: str) -> None:
        poll_id = self.rng.choice(self.soak.open_polls)
        if op == "list_polls":
            client.list_polls(PollQuery(limit=self.rng.choice((5, 20, 100))))
        elif op == "get_poll":
            assert client.get_poll(poll_id).id == poll_id
        elif op == "list_user_polls":
            client.list_user_polls(PollQuery(statuses=("open",)))
        elif op == "get_user_poll":
            client.get_user_poll(poll_id)
        elif op == "account":
            client.get_account()
        elif op == "wallet":
            client.get_wallet()
        elif op == "vote":
            if not self.pairs:
                self.new_user()
            user_id, poll_id = self.pairs.pop()
            tokens.user_token = self.tokens_of[user_id]
            self.vote(client, user_id, poll_id)
            return
        elif op == "revote":
            user_id, poll_id, answer_id = self.rng.choice(self.voted)
            tokens.user_token = self.tokens_of[user_id]
            self.revote(client, poll_id, answer_id)
            return
        self.soak.note("ok")

    def vote(self, client: PollsClient, user_id: str, poll_id: str) -> None:
        answers = self.soak.answers[poll_id]
        answer_id = self.rng.choice(answers)
        count = self.rng.randint(1, 3)
        key = str(uuid.uuid4())  # one key per intended vote, reused on every retry
        ledger = self.soak.ledger
        with ledger.lock:
            ledger.intended += 1
        unknown = False
        for _ in range(VOTE_TRIES):
            try:
                result = client.vote(poll_id, answer_id, count, idempotency_key=key)
            except VoteOutcomeUnknown:
                unknown = True
                self.soak.note("vote outcome unknown (retried with the same key)", final=False)
                time.sleep(0.1)
                continue
            except VoteRejected as exc:
                # A fresh user's first vote in a poll cannot be refused: that would be a bug.
                self.soak.unexpected(f"fresh vote refused: {exc.reason}: {exc}")
                return
            except (NetworkError, ApiError) as exc:
                self.soak.note(_classify(exc) + " (vote retried)", final=False)
                time.sleep(0.1)
                continue
            vote = result.user_vote
            if vote is None or vote.answer_id != answer_id or vote.token_count != count:
                self.soak.unexpected("a vote's answer does not show that vote")
                return
            with ledger.lock:
                ledger.accepted[(user_id, poll_id)] = (answer_id, count)
                ledger.unknown_then_settled += unknown
            self.voted.append((user_id, poll_id, answer_id))
            self.soak.note("vote accepted")
            return
        # Still no answer: the app re-reads the poll, as the person is told to.
        with ledger.lock:
            ledger.unresolved += 1
        self.soak.note("vote unresolved after retries")

    def revote(self, client: PollsClient, poll_id: str, answer_id: str) -> None:
        """A second intended vote in the same poll (new key): must be refused, never counted."""
        ledger = self.soak.ledger
        with ledger.lock:
            ledger.revotes += 1
        try:
            client.vote(poll_id, answer_id, 1, idempotency_key=str(uuid.uuid4()))
        except VoteRejected as exc:
            if exc.reason != VoteRejected.ALREADY_VOTED:
                self.soak.unexpected(f"second vote refused for {exc.reason}")
                return
            with ledger.lock:
                ledger.revotes_refused += 1
            self.soak.note("second vote refused (already voted)")
            return
        except (NetworkError, ApiError) as exc:
            # No answer under the faults (it would have been refused anyway: checked at the end).
            with ledger.lock:
                ledger.revotes_gave_up += 1
            self.soak.note(_classify(exc) + " (second vote)")
            return
        self.soak.unexpected("a second vote in the same poll was accepted")


def _classify(exc: PartnerError) -> str:
    if isinstance(exc, VoteOutcomeUnknown):
        return "vote outcome unknown"
    if isinstance(exc, ApiError) and exc.status is not None:
        return f"gave up: HTTP {exc.status}"
    return f"gave up: {type(exc).__name__}"


# --- the run ------------------------------------------------------------------------------------


class Soak:
    def __init__(self, args: argparse.Namespace, base: Path) -> None:
        self.args = args
        self.base = base
        self.db_path = base / "server" / "sandbox.sqlite3"
        self.db_path.parent.mkdir(parents=True)
        self.paths = Paths.under(base / "app").ensure()
        self.ledger = Ledger()
        self._budget = args.requests
        self._lock = threading.Lock()
        self.issued: set[str] = set()
        self.restarts = 0  # sandbox restarts done by the controller thread
        self.rss: list[tuple[int, int]] = []
        self.sandbox = Sandbox(self.db_path, args.error_rate, args.latency_ms)
        self.profile: Profile = SANDBOX.with_sandbox_base(self.sandbox.base_url)
        self.open_polls, self.answers = self._open_polls()

    def _open_polls(self) -> tuple[list[str], dict[str, list[str]]]:
        oauth = OAuthClient(self.profile, SANDBOX_CLIENT_SECRET)
        tokens = SoakTokens(oauth, "")
        with PollsClient(self.profile, tokens, retry_budget=30) as client:
            polls = client.list_polls(PollQuery(statuses=("open",), limit=100)).items
        self.issued |= tokens.issued
        return [p.id for p in polls], {p.id: [a.id for a in p.answers] for p in polls}

    def take(self) -> bool:
        """One more request from the shared budget, or False when it is spent."""
        with self._lock:
            if self._budget <= 0:
                return False
            self._budget -= 1
            done = self.args.requests - self._budget
        if done % max(1, self.args.requests // 40) == 0:
            self.rss.append((done, rss_kb()))
        return True

    def note(self, outcome: str, *, final: bool = True) -> None:
        """Count an outcome; ``final`` ends one operation (a retry's outcome does not)."""
        with self.ledger.lock:
            self.ledger.outcomes[outcome] += 1
            self.ledger.requests += final

    def unexpected(self, what: str) -> None:
        with self.ledger.lock:
            self.ledger.unexpected.append(what)
            self.ledger.requests += 1

    def add_issued(self, tokens: set[str]) -> None:
        with self._lock:
            self.issued |= tokens

    def controller(self, stop: threading.Event) -> None:
        """Keeps one-shot faults armed; restarts the sandbox once, half-way."""
        rng = random.Random(99)
        while not stop.wait(0.05):
            self.sandbox.call(
                "arm", {"drop_after_vote": rng.randint(0, 2), "reset_mid_answer": rng.randint(0, 2)}
            )
            with self._lock:
                half = self._budget <= self.args.requests // 2
            if half and not self.restarts and not self.args.no_restart:
                self.sandbox.call("restart")
                self.restarts += 1
        self.sandbox.call("arm", {"drop_after_vote": 0, "reset_mid_answer": 0})

    def run(self) -> dict[str, Any]:
        setup_logging(self.paths.log_file, "DEBUG" if self.args.debug_log else "INFO")
        logging.getLogger().handlers[0].setLevel(logging.CRITICAL)  # keep stderr for the table
        start_rss = rss_kb()
        stop = threading.Event()
        control = threading.Thread(target=self.controller, args=(stop,), daemon=True)
        apps = [App(self, i) for i in range(self.args.clients)]
        started = time.monotonic()
        control.start()
        for app in apps:
            app.start()
        for app in apps:
            app.join()
        stop.set()
        control.join(10)
        seconds = time.monotonic() - started
        server = self.sandbox.stop()
        return self.figures(seconds, start_rss, server)

    def figures(self, seconds: float, start_rss: int, server: dict[str, Any]) -> dict[str, Any]:
        ledger = self.ledger
        with closing(sqlite3.connect(f"file:{self.db_path}?mode=ro", uri=True)) as db:
            rows = db.execute(
                "SELECT v.user_id, v.poll_id, v.answer_id, v.token_count FROM votes v "
                "JOIN users u ON u.id = v.user_id WHERE u.username LIKE 'soak-%'"
            ).fetchall()
        recorded = {(u, p): (a, c) for u, p, a, c in rows}
        lost = [k for k in ledger.accepted if k not in recorded]
        # Recorded but never confirmed: only allowed for votes whose outcome stayed unknown.
        unconfirmed = [k for k in recorded if k not in ledger.accepted]
        differing = [k for k, v in ledger.accepted.items() if k in recorded and recorded[k] != v]
        audit = admin.audit(self.db_path)
        # Every token this run received (the sandbox keeps only their digests).
        secrets = self.issued | {SANDBOX_CLIENT_SECRET}
        leaked = find_secrets([self.base / "app"], secrets)
        rss_samples = [kib for _, kib in self.rss]
        warm = rss_samples[len(rss_samples) // 5] if rss_samples else start_rss
        end = rss_samples[-1] if rss_samples else start_rss
        server_5xx = sum(
            n
            for k, n in ledger.outcomes.items()
            if k.startswith("gave up: HTTP 5") and "503" not in k
        )
        return {
            "operations": ledger.requests,
            "clients": self.args.clients,
            "seconds": round(seconds, 2),
            "rps": round(ledger.requests / seconds, 1) if seconds else 0.0,
            "error_rate": self.args.error_rate,
            "latency_ms": self.args.latency_ms,
            "votes_intended": ledger.intended,
            "votes_confirmed": len(ledger.accepted),
            "votes_recorded": len(recorded),
            "votes_settled_after_unknown": ledger.unknown_then_settled,
            "votes_unresolved": ledger.unresolved,
            "votes_lost": len(lost),
            "votes_doubled_or_changed": len(differing) + len(audit.mismatched_answers),
            "votes_recorded_unconfirmed": len(unconfirmed),
            "second_votes_sent": ledger.revotes,
            "second_votes_refused": ledger.revotes_refused,
            "second_votes_unanswered": ledger.revotes_gave_up,
            "tallies_consistent": audit.consistent,
            "unexpected_errors": len(ledger.unexpected),
            "unexpected_samples": ledger.unexpected[:5],
            "unexpected_5xx": server_5xx,
            "sandbox_error_logs": server["server_errors"],
            "faults_injected": dict(sorted(server["faults"].items())),
            "sandbox_restarts": self.restarts,
            "secrets_scanned": len(secrets),
            "secrets_found_on_disk": len(leaked),
            "rss_start_kib": start_rss,
            "rss_warm_kib": warm,
            "rss_end_kib": end,
            "rss_max_kib": max(rss_samples, default=start_rss),
            "rss_growth_after_warmup_kib": end - warm,
            "outcomes": dict(sorted(ledger.outcomes.items())),
        }


def table(figures: dict[str, Any]) -> str:
    lines = ["figure                           value", "-" * 48]
    for key, value in figures.items():
        if key in ("outcomes", "unexpected_samples", "faults_injected"):
            continue
        lines.append(f"{key:<32} {value}")
    lines.append("faults injected:")
    lines.extend(f"  {k:<44} {n}" for k, n in figures["faults_injected"].items())
    lines.append("outcomes:")
    lines.extend(f"  {k:<44} {n}" for k, n in figures["outcomes"].items())
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--error-rate", type=float, default=0.05, help="injected 503 share")
    parser.add_argument("--latency-ms", type=int, default=2, help="injected latency per answer")
    parser.add_argument("--quick", action="store_true", help="CI size: 1,000 requests")
    parser.add_argument("--no-restart", action="store_true", help="no sandbox restart half-way")
    parser.add_argument("--debug-log", action="store_true", help="log at DEBUG (the secrets scan)")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    parser.add_argument("--base", type=Path, default=None, help="folder for the run (default temp)")
    args = parser.parse_args(argv)
    if args.quick:
        args.requests = min(args.requests, 1_000)
    with tempfile.TemporaryDirectory(prefix="partner-soak-") as tmp:
        base = args.base or Path(tmp)
        base.mkdir(parents=True, exist_ok=True)
        figures = Soak(args, base).run()
    print(table(figures))
    text = json.dumps(figures, indent=2)
    print(text)
    if args.json is not None:
        args.json.write_text(text)
    bad = (
        figures["votes_lost"]
        or figures["votes_doubled_or_changed"]
        or figures["unexpected_errors"]
        or figures["unexpected_5xx"]
        or figures["sandbox_error_logs"]
        or figures["secrets_found_on_disk"]
        or not figures["tallies_consistent"]
    )
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
