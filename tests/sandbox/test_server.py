"""SandboxServer lifecycle, restart persistence, determinism, and the command line."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import requests

from partner_desktop.sandbox import seed
from partner_desktop.sandbox.server import SandboxConfig, SandboxServer
from tests.helpers.sandbox_http import V, all_polls, client_token, get, user_tokens, vote

ROOT = Path(__file__).resolve().parents[2]


def test_start_returns_a_free_port_url_and_stop_closes(tmp_path: Path) -> None:
    srv = SandboxServer(SandboxConfig(db_path=tmp_path / "a.sqlite3"))
    base = srv.start()
    assert base.startswith("http://127.0.0.1:")
    assert srv.base_url == base
    assert srv.db_path == tmp_path / "a.sqlite3"
    assert requests.get(f"{base}/sandbox/ping", timeout=5).json() == {"ok": True}
    srv.stop()
    with pytest.raises(requests.ConnectionError):
        requests.get(f"{base}/sandbox/ping", timeout=5)
    assert not srv.running
    srv.stop()  # a second stop is harmless


def test_base_url_before_start_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError, match="not running"):
        _ = SandboxServer(SandboxConfig(db_path=tmp_path / "b.sqlite3")).base_url


def test_a_bound_sandbox_keeps_early_requests_waiting_until_it_serves(tmp_path: Path) -> None:
    srv = SandboxServer(SandboxConfig(db_path=tmp_path / "c.sqlite3"))
    base = srv.bind()
    assert srv.bind() == base == srv.base_url
    assert not srv.running
    port = int(base.rsplit(":", 1)[1])
    # Connecting succeeds only on a listening port: the request waits in its queue.
    with socket.create_connection(("127.0.0.1", port), timeout=20) as early:
        early.sendall(b"GET /sandbox/ping HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        try:
            assert srv.start() == base
            answer = b""
            while chunk := early.recv(65536):
                answer += chunk
        finally:
            srv.stop()
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200")
    assert json.loads(body) == {"ok": True}


def test_a_sandbox_that_cannot_start_closes_its_port(tmp_path: Path) -> None:
    in_the_way = tmp_path / "a-file"
    in_the_way.write_text("")
    srv = SandboxServer(SandboxConfig(db_path=in_the_way / "d.sqlite3"))  # cannot be created
    base = srv.bind()
    with pytest.raises(FileExistsError):  # mkdir of the folder fails
        srv.start()
    assert not srv.running
    with pytest.raises(requests.ConnectionError):
        requests.get(f"{base}/sandbox/ping", timeout=5)


def test_stop_releases_a_port_bound_but_never_served(tmp_path: Path) -> None:
    srv = SandboxServer(SandboxConfig(db_path=tmp_path / "e.sqlite3"))
    base = srv.bind()
    srv.stop()
    with pytest.raises(requests.ConnectionError):
        requests.get(f"{base}/sandbox/ping", timeout=5)


def test_two_sandboxes_run_side_by_side(make_sandbox: Callable[..., SandboxServer]) -> None:
    one, two = make_sandbox(), make_sandbox()
    assert one.base_url != two.base_url


def test_state_survives_a_restart(tmp_path: Path) -> None:
    db_path = tmp_path / "persist.sqlite3"
    with SandboxServer(SandboxConfig(db_path=db_path)) as srv:
        tokens = user_tokens(srv, "alice")
        alice = tokens["access_token"]
        poll = next(
            p
            for p in get(
                srv, f"/polls/{V}/user/polls", alice, params={"status[]": "open", "limit": 100}
            ).json()["data"]
            if p["userVote"] is None
        )
        assert vote(srv, alice, poll["id"], poll["answers"][0]["id"], 1).status_code == 201
    with SandboxServer(SandboxConfig(db_path=db_path)) as srv:
        # Tokens, votes and the seed (not doubled) are all still there.
        mine = get(srv, f"/polls/{V}/user/poll/{poll['id']}", alice).json()["data"]
        assert mine["userVote"]["answerId"] == poll["answers"][0]["id"]
        assert len(all_polls(srv, client_token(srv))) == seed.POLL_COUNT
        refreshed = requests.post(
            f"{srv.base_url}/oauth2/token",
            auth=("sandbox-desktop", "sandbox-secret"),
            data={"grant_type": "refresh_token", "refresh_token": tokens["refresh_token"]},
            timeout=10,
        )
        assert refreshed.status_code == 200


def test_seed_is_deterministic(make_sandbox: Callable[..., SandboxServer]) -> None:
    one, two = make_sandbox(), make_sandbox()
    a = all_polls(one, client_token(one))
    b = all_polls(two, client_token(two))
    assert [(p["id"], p["question"], p["status"], p["usedTokenCount"]) for p in a] == [
        (p["id"], p["question"], p["status"], p["usedTokenCount"]) for p in b
    ]


def test_unseeded_database_is_empty(make_sandbox: Callable[..., SandboxServer]) -> None:
    srv = make_sandbox(seed=False)
    response = requests.post(
        f"{srv.base_url}/oauth2/token",
        auth=("sandbox-desktop", "sandbox-secret"),
        data={"grant_type": "client_credentials"},
        timeout=10,
    )
    assert response.status_code == 401


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_cli_starts_prints_its_url_and_stops_cleanly(tmp_path: Path, signum: int) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONWARNINGS="error")
    db_path = tmp_path / "cli.sqlite3"
    command = [sys.executable, "-m", "partner_desktop.sandbox", "--port", "0", "--db", str(db_path)]
    with (tmp_path / "stderr.txt").open("w") as err_file:
        proc = subprocess.Popen(
            [*command, "--throttle", "100", "--access-ttl", "99"],
            stdout=subprocess.PIPE,
            stderr=err_file,
            text=True,
            cwd=ROOT,
            env=env,
        )
        assert proc.stdout is not None
        try:
            first = proc.stdout.readline()
            assert first.startswith("Partner sandbox running at http://127.0.0.1:"), first
            base = first.rsplit(" ", 1)[1].strip()
            assert requests.get(f"{base}/sandbox/ping", timeout=5).status_code == 200
            token = requests.post(
                f"{base}/oauth2/token",
                auth=("sandbox-desktop", "sandbox-secret"),
                data={"grant_type": "client_credentials"},
                timeout=5,
            )
            assert token.status_code == 200
        finally:
            proc.send_signal(signum)
            out = proc.stdout.read()
            proc.stdout.close()
            proc.wait(timeout=20)
    err = (tmp_path / "stderr.txt").read_text()
    assert proc.returncode == 0, err
    assert "sandbox-desktop" in out
    assert "alice" in out
    assert "stopped" in out
    assert "Traceback" not in err
    assert db_path.exists()


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """Run ``python -m partner_desktop.sandbox ARGS`` to completion (it must exit by itself)."""
    return subprocess.run(
        [sys.executable, "-m", "partner_desktop.sandbox", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=30,
        check=False,
    )


def test_cli_rejects_bad_arguments(tmp_path: Path) -> None:
    result = run_cli("--error-rate", "2", "--db", str(tmp_path / "x"))
    assert result.returncode == 2
    assert "--error-rate" in result.stderr


def test_cli_reports_a_busy_port(tmp_path: Path, sandbox: SandboxServer) -> None:
    port = sandbox.base_url.rsplit(":", 1)[1]
    result = run_cli("--port", port, "--db", str(tmp_path / "x"))
    assert result.returncode == 1
    assert "could not start" in result.stderr
