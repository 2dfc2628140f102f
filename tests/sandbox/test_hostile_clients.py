"""The sandbox against hostile clients: password guessing, username probing by timing, floods of
sign-in forms and grants, a forged Host header, a reused Idempotency-Key, and input built to
overflow (JSON nested thousands deep, a cursor past SQLite's integers)."""

from __future__ import annotations

import base64
import json
import sqlite3
import statistics
import time
import uuid
from collections.abc import Callable
from typing import Any

import pytest
import requests

from partner_desktop.sandbox import oauth
from partner_desktop.sandbox.server import SandboxServer
from tests.helpers.consent import only_form, submit
from tests.helpers.sandbox_http import (
    V,
    authorize_url,
    client_token,
    get,
    get_code,
    open_poll,
    pkce,
    user_tokens,
    vote,
)

MakeSandbox = Callable[..., SandboxServer]


def sign_in(srv: SandboxServer, username: str, password: str) -> requests.Response:
    """The sign-in form of a fresh authorization request, posted with these credentials."""
    with requests.Session() as browser:
        _verifier, challenge = pkce()
        page = browser.get(
            authorize_url(srv.base_url, "http://127.0.0.1:5000/callback", challenge=challenge),
            timeout=10,
        )
        form = only_form(page, "sign-in page")
        return submit(browser, page, form, username=username, password=password)


def signed_in(response: requests.Response) -> bool:
    return response.status_code == 200 and 'name="decision"' in response.text


def test_wrong_passwords_are_throttled_per_account(make_sandbox: MakeSandbox) -> None:
    srv = make_sandbox()
    for _ in range(5):
        wrong = sign_in(srv, "alice", "guess")
        assert wrong.status_code == 200
        assert "not right" in wrong.text
    # Now even the right password waits: guessing on gains nothing.
    held = sign_in(srv, "alice", "sandbox")
    assert held.status_code == 429
    assert "Too many wrong passwords" in held.text
    assert 0 < int(held.headers["Retry-After"]) <= 300
    assert signed_in(sign_in(srv, "bob", "sandbox"))  # other accounts are not held


def test_wrong_passwords_are_throttled_per_client(make_sandbox: MakeSandbox) -> None:
    srv = make_sandbox(signin_failures_per_client=8)
    for i in range(8):  # one guess per username, the way a sprayer goes
        assert "not right" in sign_in(srv, f"user{i}", "guess").text
    held = sign_in(srv, "bob", "sandbox")
    assert held.status_code == 429
    assert "Too many wrong passwords" in held.text


def test_an_unknown_username_takes_as_long_as_a_wrong_password(make_sandbox: MakeSandbox) -> None:
    srv = make_sandbox(signin_failures_per_account=10_000, signin_failures_per_client=10_000)

    def seconds(username: str) -> float:
        started = time.perf_counter()
        assert "not right" in sign_in(srv, username, "guess").text
        return time.perf_counter() - started

    known, unknown = [], []
    for i in range(12):  # interleaved, so that other load on the machine hits both alike
        known.append(seconds("alice"))
        unknown.append(seconds(f"nobody-{i}"))
    ratio = statistics.median(unknown) / statistics.median(known)
    assert ratio > 0.75, f"unknown {statistics.median(unknown):.4f}s vs known: ratio {ratio:.2f}"


def test_sign_in_forms_waiting_in_the_database_are_bounded(
    make_sandbox: MakeSandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(oauth, "MAX_PENDING", 40, raising=False)
    srv = make_sandbox()
    _verifier, challenge = pkce()
    url = authorize_url(srv.base_url, "http://127.0.0.1:5000/callback", challenge=challenge)
    with requests.Session() as flood:
        for _ in range(60):
            assert flood.get(url, timeout=10).status_code == 200
    with sqlite3.connect(srv.db_path) as db:
        (count,) = db.execute("SELECT count(*) FROM pending").fetchone()
    assert count <= 40
    assert signed_in(sign_in(srv, "alice", "sandbox"))  # the newest forms still work


def test_recorded_conversions_are_bounded(
    make_sandbox: MakeSandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(oauth, "MAX_CONVERSIONS", 50, raising=False)
    srv = make_sandbox()
    with sqlite3.connect(srv.db_path) as db:
        (user_id,) = db.execute("SELECT id FROM users WHERE username = 'alice'").fetchone()
        db.executemany(
            "INSERT INTO conversions (grant_id, client_id, user_id, created_at, campaign) "
            "VALUES (?, 'sandbox-desktop', ?, ?, 'flood')",
            [(str(uuid.uuid4()), user_id, time.time()) for _ in range(80)],
        )
    answer = requests.get(f"{srv.base_url}/sandbox/conversions", timeout=10)
    assert answer.status_code == 200
    assert len(answer.json()["data"]) <= 50
    get_code(srv, campaign="last")  # a real grant: recorded, and the oldest rows go
    with sqlite3.connect(srv.db_path) as db:
        (count,) = db.execute("SELECT count(*) FROM conversions").fetchone()
    assert count <= 50
    newest = requests.get(f"{srv.base_url}/sandbox/conversions", timeout=10).json()["data"]
    assert newest[-1]["campaign"] == "last"


def test_issued_urls_and_metadata_ignore_the_host_header(sandbox: SandboxServer) -> None:
    forged = {"Host": "evil.example:80"}
    metadata = requests.get(
        f"{sandbox.base_url}/.well-known/oauth-authorization-server", headers=forged, timeout=10
    ).json()
    assert metadata["issuer"] == sandbox.base_url
    assert metadata["token_endpoint"] == f"{sandbox.base_url}/oauth2/token"
    token = client_token(sandbox)
    polls = requests.get(
        f"{sandbox.base_url}/polls/{V}/polls",
        headers={**forged, "Authorization": f"Bearer {token}"},
        timeout=10,
    ).json()["data"]
    logos = [image["url"] for p in polls for image in p["partnerImages"]]
    assert logos
    assert all(url.startswith(sandbox.base_url + "/") for url in logos)
    index = requests.get(f"{sandbox.base_url}/", headers=forged, timeout=10).text
    assert "evil.example" not in index


@pytest.fixture
def voter(make_sandbox: MakeSandbox) -> tuple[SandboxServer, str]:
    srv = make_sandbox()
    return srv, str(user_tokens(srv)["access_token"])


def test_an_idempotency_key_is_bound_to_its_poll_and_body(
    voter: tuple[SandboxServer, str],
) -> None:
    srv, token = voter
    first = open_poll(srv, token, min_balance=2)
    answer = first["answers"][0]["id"]
    key = str(uuid.uuid4())
    cast = vote(srv, token, first["id"], answer, 1, key=key)
    assert cast.status_code == 201, cast.text
    again = vote(srv, token, first["id"], answer, 1, key=key)
    assert again.status_code == 201
    assert again.headers.get("Idempotent-Replayed") == "true"
    # The same key for another body or another poll is not a retry: refused, nothing recorded.
    other_count = vote(srv, token, first["id"], answer, 2, key=key)
    assert other_count.status_code == 422
    second = open_poll(srv, token)
    other_poll = vote(srv, token, second["id"], second["answers"][0]["id"], 1, key=key)
    assert other_poll.status_code == 422
    assert "different vote" in other_poll.json()["message"]
    polls = get(srv, f"/polls/{V}/user/polls", token, params={"limit": 100}).json()["data"]
    assert next(p for p in polls if p["id"] == second["id"])["userVote"] is None


def test_json_nested_thousands_deep_is_a_bad_request(voter: tuple[SandboxServer, str]) -> None:
    srv, token = voter
    poll = open_poll(srv, token)
    for body in ("[" * 20_000 + "]" * 20_000, '{"a":' * 10_000 + "1" + "}" * 10_000):
        response = requests.post(
            f"{srv.base_url}/polls/{V}/user/poll/{poll['id']}/vote",
            data=body,
            headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
            timeout=10,
        )
        assert response.status_code == 400, response.text
        assert "not valid JSON" in response.json()["message"]


def _cursor_with(cursor: str, **changes: Any) -> str:
    data = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    data.update(changes)
    raw = json.dumps(data, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


@pytest.mark.parametrize("offset", [2**63, 2**63 - 1, 10**30])
def test_a_cursor_offset_past_sqlite_integers_is_a_bad_request(
    sandbox: SandboxServer, offset: int
) -> None:
    token = client_token(sandbox)
    first = get(sandbox, f"/polls/{V}/polls", token, params={"limit": 2}).json()
    cursor = first["meta"]["nextCursor"]
    assert cursor
    forged = _cursor_with(cursor, o=offset)
    response = get(sandbox, f"/polls/{V}/polls", token, params={"limit": 2, "cursor": forged})
    assert response.status_code == 400, response.text
    assert "cursor" in response.json()["message"]
