"""The sandbox's own fault switches on the wire: lost vote answers, cut answers, restarts."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
import requests

from partner_desktop.sandbox import admin
from partner_desktop.sandbox.server import SandboxConfig, SandboxServer
from tests.helpers.sandbox_http import V, client_token, get, open_poll, user_tokens, vote

MakeSandbox = Callable[..., SandboxServer]


@pytest.fixture
def srv(make_sandbox: MakeSandbox) -> SandboxServer:
    return make_sandbox()


def _open_poll(srv: SandboxServer, token: str) -> tuple[str, str]:
    """An open poll alice can vote in: (poll id, answer id)."""
    poll = open_poll(srv, token)
    return poll["id"], poll["answers"][0]["id"]


def test_drop_after_vote_commits_then_hangs_up(srv: SandboxServer) -> None:
    token = user_tokens(srv)["access_token"]
    poll_id, answer_id = _open_poll(srv, token)
    key = str(uuid.uuid4())
    srv.set_faults(drop_after_vote=1)
    with pytest.raises(requests.ConnectionError):
        vote(srv, token, poll_id, answer_id, 1, key=key)
    assert admin.vote_count(srv.db_path, poll_id=poll_id) >= 1
    assert srv.faults_fired()["drop_after_vote"] == 1
    # Only one answer was lost: the same key now gets the stored first answer.
    again = vote(srv, token, poll_id, answer_id, 1, key=key)
    assert again.status_code == 201
    assert again.headers["Idempotent-Replayed"] == "true"
    assert admin.audit(srv.db_path).consistent


def test_reset_mid_answer_sends_half_a_body_then_hangs_up(srv: SandboxServer) -> None:
    token = client_token(srv)
    srv.set_faults(reset_mid_answer=1)
    with pytest.raises((requests.ConnectionError, requests.exceptions.ChunkedEncodingError)):
        get(srv, f"/polls/{V}/polls", token)
    assert get(srv, f"/polls/{V}/polls", token).status_code == 200  # one answer only
    assert srv.faults_fired() == {"reset_mid_answer": 1}


def test_injected_503_and_429_are_counted(srv: SandboxServer) -> None:
    token = client_token(srv)
    srv.set_faults(error_rate=1.0)
    assert get(srv, f"/polls/{V}/polls", token).status_code == 503
    srv.set_faults(error_rate=0.0, throttle=1)
    assert get(srv, f"/polls/{V}/polls", token).status_code == 200
    assert get(srv, f"/polls/{V}/polls", token).status_code == 429
    assert srv.faults_fired() == {"error_503": 1, "throttled_429": 1}


@pytest.mark.parametrize("bad", [{"drop_after_vote": -1}, {"reset_mid_answer": -2}])
def test_one_shot_faults_refuse_nonsense(srv: SandboxServer, bad: dict[str, int]) -> None:
    with pytest.raises(ValueError, match="zero or more"):
        srv.set_faults(**bad)


def test_stop_ends_kept_alive_connections_and_restart_keeps_port_and_data(
    tmp_path: Path,
) -> None:
    server = SandboxServer(SandboxConfig(db_path=tmp_path / "sandbox.sqlite3"))
    url = server.start()
    try:
        token = user_tokens(server)["access_token"]
        with requests.Session() as session:
            first = session.get(
                f"{url}/user/1.0.0/user", headers={"Authorization": f"Bearer {token}"}, timeout=5
            )
            assert first.status_code == 200
            server.stop()
            # The kept-alive connection is gone with the server: no answer from a stopped one.
            with pytest.raises(requests.ConnectionError):
                session.get(f"{url}/sandbox/ping", timeout=5)
            assert server.restart() == url
            again = session.get(
                f"{url}/user/1.0.0/user", headers={"Authorization": f"Bearer {token}"}, timeout=5
            )
            assert again.status_code == 200  # same port, same database, same token
            assert again.json() == first.json()
    finally:
        server.stop()
