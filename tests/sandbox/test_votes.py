"""Voting rules (contract 3.3): 201/400/404/409/422/413 and idempotent replay."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable

import pytest
import requests

from partner_desktop.sandbox.server import SandboxServer
from tests.helpers.sandbox_http import V, all_polls, client_token, get, open_poll, user_tokens, vote


@pytest.fixture
def srv(make_sandbox: Callable[..., SandboxServer]) -> SandboxServer:
    """A fresh sandbox per test: votes are final, so each test starts from the seed."""
    return make_sandbox()


def tokens_of(srv: SandboxServer, username: str) -> str:
    return str(user_tokens(srv, username)["access_token"])


def test_vote_is_recorded_and_counted(srv: SandboxServer) -> None:
    alice = tokens_of(srv, "alice")
    poll = open_poll(srv, alice, limited=False)
    cc = client_token(srv)
    before = get(srv, f"/polls/{V}/poll/{poll['id']}", cc).json()["data"]
    answer = poll["answers"][1]
    response = vote(srv, alice, poll["id"], answer["id"], 3)
    assert response.status_code == 201, response.text
    data = response.json()["data"]
    assert data["userVote"]["answerId"] == answer["id"]
    assert data["userVote"]["tokenCount"] == 3
    assert data["userTokenBalance"] == poll["userTokenBalance"]
    assert data["usedTokenCount"] == before["usedTokenCount"] + 3
    # The voter now sees the tallies; they add up.
    counts = {a["id"]: a["tokenCount"] for a in data["answers"]}
    assert sum(counts.values()) == data["usedTokenCount"]
    after = get(srv, f"/polls/{V}/user/poll/{poll['id']}", alice).json()["data"]
    assert after["userVote"] == data["userVote"]


def test_second_vote_is_409_with_the_existing_vote(srv: SandboxServer) -> None:
    alice = tokens_of(srv, "alice")
    poll = open_poll(srv, alice)
    first = vote(srv, alice, poll["id"], poll["answers"][0]["id"], 1)
    assert first.status_code == 201
    second = vote(srv, alice, poll["id"], poll["answers"][1]["id"], 1)
    assert second.status_code == 409
    body = second.json()
    assert body["code"] == 409
    assert body["userVote"]["answerId"] == poll["answers"][0]["id"]
    assert body["data"]["usedTokenCount"] == first.json()["data"]["usedTokenCount"]


@pytest.mark.parametrize("status", ["upcoming", "closed", "disclosed", "cancelled"])
def test_vote_on_a_poll_that_is_not_open_is_422(srv: SandboxServer, status: str) -> None:
    alice = tokens_of(srv, "alice")
    poll = all_polls(srv, alice, **{"status[]": status})[0]
    response = vote(srv, alice, poll["id"], poll["answers"][0]["id"], 1)
    assert response.status_code == 422
    assert response.json()["code"] == 422
    assert response.json()["reason"] == "not_open"


def test_over_the_token_limit_is_422(srv: SandboxServer) -> None:
    alice = tokens_of(srv, "alice")
    poll = open_poll(srv, alice, limited=True)
    response = vote(srv, alice, poll["id"], poll["answers"][0]["id"], poll["tokenLimit"] + 1)
    assert response.status_code == 422
    assert response.json()["reason"] == "over_limit"
    at_limit = vote(srv, alice, poll["id"], poll["answers"][0]["id"], poll["tokenLimit"])
    assert at_limit.status_code == 201


def test_over_the_balance_is_422(srv: SandboxServer) -> None:
    bob = tokens_of(srv, "bob")
    poll = open_poll(srv, bob, limited=False)
    response = vote(srv, bob, poll["id"], poll["answers"][0]["id"], poll["userTokenBalance"] + 1)
    assert response.status_code == 422
    assert response.json()["reason"] == "over_balance"


def test_carol_without_tokens_cannot_vote(srv: SandboxServer) -> None:
    carol = tokens_of(srv, "carol")
    poll = all_polls(srv, carol, **{"status[]": "open"})[0]
    response = vote(srv, carol, poll["id"], poll["answers"][0]["id"], 1)
    assert response.status_code == 422
    assert response.json()["reason"] == "over_balance"


def test_unknown_poll_and_unknown_answer_are_404(srv: SandboxServer) -> None:
    alice = tokens_of(srv, "alice")
    poll = open_poll(srv, alice)
    assert vote(srv, alice, "no-such-poll", poll["answers"][0]["id"], 1).status_code == 404
    other = all_polls(srv, alice, **{"status[]": "open"})
    foreign_answer = next(p for p in other if p["id"] != poll["id"])["answers"][0]["id"]
    response = vote(srv, alice, poll["id"], foreign_answer, 1)
    assert response.status_code == 404
    assert response.json()["code"] == 404


def _raw_vote(
    srv: SandboxServer, token: str, poll_id: str, data: bytes, **headers: str
) -> requests.Response:
    return requests.post(
        f"{srv.base_url}/polls/{V}/user/poll/{poll_id}/vote",
        data=data,
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json", **headers},
        timeout=10,
    )


@pytest.mark.parametrize(
    "body",
    [
        b"{not json",
        b"",
        b"[]",
        b'"text"',
        b"\xff\xfe\x00",
        b'{"tokenCount": 1}',
        b'{"answerId": 5, "tokenCount": 1}',
        b'{"answerId": "", "tokenCount": 1}',
        b'{"answerId": "ANSWER", "tokenCount": "1"}',
        b'{"answerId": "ANSWER", "tokenCount": 1.5}',
        b'{"answerId": "ANSWER", "tokenCount": true}',
        b'{"answerId": "ANSWER", "tokenCount": 0}',
        b'{"answerId": "ANSWER", "tokenCount": -3}',
        b'{"answerId": "ANSWER"}',
        b'{"answerId": "ANSWER", "tokenCount": null}',
    ],
)
def test_malformed_vote_bodies_are_400(srv: SandboxServer, body: bytes) -> None:
    alice = tokens_of(srv, "alice")
    poll = open_poll(srv, alice)
    data = body.replace(b"ANSWER", poll["answers"][0]["id"].encode())
    response = _raw_vote(srv, alice, poll["id"], data)
    assert response.status_code == 400, response.text
    assert response.json()["code"] == 400
    # Nothing was recorded.
    assert get(srv, f"/polls/{V}/user/poll/{poll['id']}", alice).json()["data"]["userVote"] is None


def test_body_over_64_kib_is_413(srv: SandboxServer) -> None:
    alice = tokens_of(srv, "alice")
    poll = open_poll(srv, alice)
    body = json.dumps(
        {"answerId": poll["answers"][0]["id"], "tokenCount": 1, "pad": "x" * 70_000}
    ).encode()
    response = _raw_vote(srv, alice, poll["id"], body)
    assert response.status_code == 413
    assert response.json()["code"] == 413
    assert get(srv, f"/polls/{V}/user/poll/{poll['id']}", alice).json()["data"]["userVote"] is None


def test_idempotent_replay_returns_the_first_answer(srv: SandboxServer) -> None:
    alice = tokens_of(srv, "alice")
    poll = open_poll(srv, alice, limited=False)
    key = str(uuid.uuid4())
    first = vote(srv, alice, poll["id"], poll["answers"][0]["id"], 2, key=key)
    again = vote(srv, alice, poll["id"], poll["answers"][0]["id"], 2, key=key)
    assert first.status_code == again.status_code == 201
    assert again.json() == first.json()
    assert again.headers.get("Idempotent-Replayed") == "true"
    # Counted once.
    cc = client_token(srv)
    now = get(srv, f"/polls/{V}/poll/{poll['id']}", cc).json()["data"]
    assert now["usedTokenCount"] == first.json()["data"]["usedTokenCount"]
    # A new key for the same poll is a new attempt: already voted.
    assert (
        vote(srv, alice, poll["id"], poll["answers"][0]["id"], 2, key=str(uuid.uuid4())).status_code
        == 409
    )


def test_idempotent_replay_of_a_refusal_is_the_same_refusal(srv: SandboxServer) -> None:
    alice = tokens_of(srv, "alice")
    poll = open_poll(srv, alice, limited=True)
    key = str(uuid.uuid4())
    first = vote(srv, alice, poll["id"], poll["answers"][0]["id"], poll["tokenLimit"] + 1, key=key)
    assert first.status_code == 422
    # The same vote again: the first answer stands.
    again = vote(srv, alice, poll["id"], poll["answers"][0]["id"], poll["tokenLimit"] + 1, key=key)
    assert again.status_code == 422
    assert again.json() == first.json()
    # The same key with another body is another vote, not a retry: refused as such.
    other = vote(srv, alice, poll["id"], poll["answers"][0]["id"], 1, key=key)
    assert other.status_code == 422
    assert "different vote" in other.json()["message"]


def test_idempotency_keys_belong_to_one_user(srv: SandboxServer) -> None:
    alice = tokens_of(srv, "alice")
    bob = tokens_of(srv, "bob")
    poll = open_poll(srv, bob, limited=False)
    key = str(uuid.uuid4())
    assert vote(srv, bob, poll["id"], poll["answers"][0]["id"], 1, key=key).status_code == 201
    theirs = vote(srv, alice, poll["id"], poll["answers"][1]["id"], 1, key=key)
    assert theirs.status_code == 201
    assert theirs.json()["data"]["userVote"]["answerId"] == poll["answers"][1]["id"]


def test_overlong_idempotency_key_is_400(srv: SandboxServer) -> None:
    alice = tokens_of(srv, "alice")
    poll = open_poll(srv, alice)
    response = vote(srv, alice, poll["id"], poll["answers"][0]["id"], 1, key="k" * 201)
    assert response.status_code == 400
