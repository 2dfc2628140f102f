"""Sandbox throughput with 8 concurrent clients: ping, poll list and votes (requests per second).

Run: .venv/bin/python bench/sandbox_throughput.py [--seconds 5] [--clients 8] [--quick]
The sandbox runs as its own process (the CLI); clients are threads, each with its own
requests.Session. Prints one JSON object per figure, then a table.
"""

from __future__ import annotations

import argparse
import queue
import sys
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from common import emit, median, percentile, sandbox_process, table  # noqa: E402

from partner_desktop.sandbox import admin, seed  # noqa: E402

CLIENT = (seed.CLIENT_ID, seed.CLIENT_SECRET)


@dataclass
class Result:
    figure: str
    clients: int
    seconds: float
    ok: int = 0
    errors: int = 0
    latencies: list[float] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        lat = self.latencies or [0.0]
        return {
            "figure": self.figure,
            "clients": self.clients,
            "seconds": round(self.seconds, 2),
            "requests": self.ok + self.errors,
            "ok": self.ok,
            "errors": self.errors,
            "rps": round(self.ok / self.seconds, 1) if self.seconds else 0.0,
            "p50_ms": round(median(lat) * 1000, 2),
            "p95_ms": round(percentile(lat, 0.95) * 1000, 2),
            **self.extra,
        }


def run_load(
    figure: str,
    clients: int,
    seconds: float,
    call: Callable[[requests.Session, int], int | None],
) -> Result:
    """``call(session, client_index)`` returns an HTTP status, or None when it has no more work."""
    result = Result(figure, clients, 0.0)
    lock = threading.Lock()
    start_gate = threading.Barrier(clients + 1)
    deadline = [0.0]

    def worker(index: int) -> None:
        ok = errors = 0
        latencies: list[float] = []
        with requests.Session() as session:
            start_gate.wait()
            while time.perf_counter() < deadline[0]:
                began = time.perf_counter()
                status = call(session, index)
                if status is None:
                    break
                latencies.append(time.perf_counter() - began)
                if 200 <= status < 300:
                    ok += 1
                else:
                    errors += 1
        with lock:
            result.ok += ok
            result.errors += errors
            result.latencies.extend(latencies)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    deadline[0] = time.perf_counter() + seconds
    began = time.perf_counter()
    start_gate.wait()
    for thread in threads:
        thread.join()
    result.seconds = time.perf_counter() - began
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="duration of each figure")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--quick", action="store_true", help="1 s per figure, fewer voters")
    args = parser.parse_args()
    seconds = 1.0 if args.quick else args.seconds
    voters = 40 if args.quick else 200

    with sandbox_process() as sandbox:
        results = bench(sandbox.base_url, sandbox.db_path, args.clients, seconds, voters)

    for result in results:
        emit(result)
    print()
    print(
        table(results, ["figure", "clients", "seconds", "ok", "errors", "rps", "p50_ms", "p95_ms"])
    )
    votes = next(r for r in results if r["figure"] == "vote")
    print(
        f"\nvotes: sent {votes['sent']}, answered 201 {votes['ok']}, "
        f"recorded {votes['recorded']}, lost {votes['lost']}, doubled {votes['doubled']}, "
        f"tallies consistent {votes['consistent']}"
    )
    return 0 if votes["lost"] == 0 and votes["doubled"] == 0 and votes["consistent"] else 1


def bench(
    base: str, db_path: Path, clients: int, seconds: float, voters: int
) -> list[dict[str, Any]]:
    token = requests.post(
        f"{base}/oauth2/token", auth=CLIENT, data={"grant_type": "client_credentials"}, timeout=10
    ).json()["access_token"]
    headers = {"Authorization": f"Bearer {token}"}
    results: list[dict[str, Any]] = []

    def ping(session: requests.Session, _i: int) -> int:
        return session.get(f"{base}/sandbox/ping", timeout=10).status_code

    def poll_list(session: requests.Session, _i: int) -> int:
        return session.get(
            f"{base}/polls/1.0.8/polls", params={"limit": 20}, headers=headers, timeout=10
        ).status_code

    results.append(run_load("ping", clients, seconds, ping).as_json())
    results.append(run_load("poll_list", clients, seconds, poll_list).as_json())

    # Voters made sandbox-side (no HTTP route creates users); each votes once per open poll.
    balances = {slug: 50 for slug, *_ in seed.PARTNERS}
    open_polls = requests.get(
        f"{base}/polls/1.0.8/polls",
        params=[("status[]", "open"), ("limit", "100")],
        headers=headers,
        timeout=10,
    ).json()["data"]
    work: queue.SimpleQueue[tuple[str, str, str]] = queue.SimpleQueue()
    for n in range(voters):
        name = f"bench{n:04d}"
        admin.create_user(db_path, name, uuid.uuid4().hex, balances=balances)
        user_token = admin.issue_user_token(db_path, name)
        for poll in open_polls:
            work.put((user_token, poll["id"], poll["answers"][n % len(poll["answers"])]["id"]))
    before = admin.audit(db_path).votes
    sent = [0]
    sent_lock = threading.Lock()

    def cast(session: requests.Session, _i: int) -> int | None:
        try:
            user_token, poll_id, answer_id = work.get_nowait()
        except queue.Empty:
            return None
        with sent_lock:
            sent[0] += 1
        return session.post(
            f"{base}/polls/1.0.8/user/poll/{poll_id}/vote",
            json={"answerId": answer_id, "tokenCount": 1},
            headers={"Authorization": f"Bearer {user_token}", "Idempotency-Key": str(uuid.uuid4())},
            timeout=30,
        ).status_code

    vote_result = run_load("vote", clients, seconds, cast)
    audit = admin.audit(db_path)
    recorded = audit.votes - before
    vote_result.extra = {
        "sent": sent[0],
        "recorded": recorded,
        "lost": max(0, vote_result.ok - recorded),
        "doubled": max(0, recorded - vote_result.ok),
        "consistent": audit.consistent,
    }
    results.append(vote_result.as_json())
    return results


if __name__ == "__main__":
    sys.exit(main())
