"""Many users voting at once: each vote counts exactly once and every tally equals its votes."""

from __future__ import annotations

import collections
import threading
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import requests

from partner_desktop.sandbox import admin, seed
from partner_desktop.sandbox.server import SandboxServer
from tests.helpers.consent import consent_in_browser
from tests.helpers.sandbox_http import (
    Grant,
    all_polls,
    authorize_url,
    client_token,
    exchange,
    loopback,
    pkce,
    vote,
)

USERS = 20
POLLS = 8


def test_concurrent_votes_count_exactly_once(make_sandbox: Callable[..., SandboxServer]) -> None:
    srv = make_sandbox()
    before_audit = admin.audit(srv.db_path)
    assert before_audit.consistent
    balances = {slug: 40 for slug, *_ in seed.PARTNERS}
    user_ids = {
        f"crowd{i:02d}": admin.create_user(
            srv.db_path, f"crowd{i:02d}", "pw-crowd", balances=balances
        )
        for i in range(USERS)
    }
    # Real sign-ins (code + PKCE) for each new user.
    tokens = {name: user_tokens_with_password(srv, name) for name in user_ids}
    cc = client_token(srv)
    polls = [p for p in all_polls(srv, cc, **{"status[]": "open"}) if (p["tokenLimit"] or 99) >= 5][
        :POLLS
    ]
    assert len(polls) == POLLS
    before = {p["id"]: p["usedTokenCount"] for p in polls}

    # Each intended vote is sent three times at once: twice with the same Idempotency-Key
    # (a retry after a dropped connection), once with a fresh key (a double click).
    plan: list[tuple[str, dict[str, Any], int, int]] = []
    for u, name in enumerate(user_ids):
        for i, poll in enumerate(polls):
            plan.append((name, poll, (u + i) % len(poll["answers"]), 1 + (u * 7 + i) % 5))
    jobs: list[tuple[str, dict[str, Any], int, int, str]] = []
    for name, poll, answer_index, count in plan:
        key = str(uuid.uuid4())
        jobs += [
            (name, poll, answer_index, count, key),
            (name, poll, answer_index, count, key),
            (name, poll, answer_index, count, str(uuid.uuid4())),
        ]
    jobs.sort(key=lambda job: hash((job[0], job[1]["id"], job[4])))  # interleave users and polls

    local = threading.local()

    def send(job: tuple[str, dict[str, Any], int, int, str]) -> tuple[str, str, int, str]:
        name, poll, answer_index, count, key = job
        if not hasattr(local, "session"):
            local.session = requests.Session()
            sessions.append(local.session)
        response = vote(
            srv, tokens[name], poll["id"], poll["answers"][answer_index]["id"], count,
            key=key, session=local.session,
        )  # fmt: skip
        return name, poll["id"], response.status_code, key

    sessions: list[requests.Session] = []
    try:
        with ThreadPoolExecutor(max_workers=16) as pool:
            results = list(pool.map(send, jobs))
    finally:
        for session in sessions:
            session.close()

    by_intent: dict[tuple[str, str], list[int]] = collections.defaultdict(list)
    for name, poll_id, status, _key in results:
        by_intent[(name, poll_id)].append(status)
    for intent, statuses in by_intent.items():
        # Exactly one vote landed; the other attempt with the first key replays its answer,
        # and the attempt with a fresh key is either that vote (201) or refused as a repeat (409).
        assert sorted(statuses) in ([201, 201, 409], [201, 409, 409]), (intent, statuses)

    for name, user_id in user_ids.items():
        assert admin.vote_count(srv.db_path, user_id=user_id) == POLLS, name
    after_audit = admin.audit(srv.db_path)
    assert after_audit.consistent, after_audit
    assert after_audit.votes == before_audit.votes + USERS * POLLS

    expected = collections.Counter(dict(before.items()))
    for _name, poll, _a, count in plan:
        expected[poll["id"]] += count
    for poll in all_polls(srv, cc, **{"ids[]": [p["id"] for p in polls]}):
        assert poll["usedTokenCount"] == expected[poll["id"]]
        tallies = [a["tokenCount"] for a in poll["answers"]]
        if all(t is not None for t in tallies):
            assert sum(tallies) == poll["usedTokenCount"]


def user_tokens_with_password(srv: SandboxServer, username: str) -> str:
    """A real sign-in (code + PKCE) for a user made with ``admin.create_user``."""
    verifier, challenge = pkce()
    with loopback() as receiver:
        url = authorize_url(srv.base_url, receiver.redirect_uri, state="s", challenge=challenge)
        consent_in_browser(url, username=username, password="pw-crowd")
        query = receiver.wait()
    response = exchange(srv, Grant(query["code"], "s", verifier, receiver.redirect_uri))
    assert response.status_code == 200, response.text
    return str(response.json()["access_token"])
