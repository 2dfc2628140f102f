"""Fault injection: throttling (429 + Retry-After), injected 503s, latency, changed at run time."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from partner_desktop.sandbox.server import SandboxServer
from tests.helpers.sandbox_http import V, client_token, get

POLLS = f"/polls/{V}/polls"


def test_throttle_answers_429_with_retry_after(make_sandbox: Callable[..., SandboxServer]) -> None:
    srv = make_sandbox(throttle=3)
    token = client_token(srv)
    assert [get(srv, POLLS, token).status_code for _ in range(3)] == [200, 200, 200]
    response = get(srv, POLLS, token)
    assert response.status_code == 429
    assert response.json()["code"] == "900800"
    assert response.json()["message"] == "Message throttled out"
    assert 1 <= int(response.headers["Retry-After"]) <= 60
    # The limit is per token: another token is still served.
    assert get(srv, POLLS, client_token(srv)).status_code == 200


def test_throttle_counts_only_authenticated_requests(
    make_sandbox: Callable[..., SandboxServer],
) -> None:
    srv = make_sandbox(throttle=1)
    assert get(srv, POLLS, "bogus").status_code == 401
    assert get(srv, POLLS, "bogus").status_code == 401
    assert get(srv, POLLS, client_token(srv)).status_code == 200


def test_error_rate_one_answers_503_everywhere(make_sandbox: Callable[..., SandboxServer]) -> None:
    srv = make_sandbox(error_rate=1.0)
    token = client_token(srv)  # the token endpoint is not a resource: unaffected
    response = get(srv, POLLS, token)
    assert response.status_code == 503
    assert response.json()["code"] == 503
    assert response.json()["message"]


def test_error_rate_is_a_fraction(make_sandbox: Callable[..., SandboxServer]) -> None:
    srv = make_sandbox(error_rate=0.5)
    token = client_token(srv)
    statuses = [get(srv, f"/polls/{V}/poll/none", token).status_code for _ in range(60)]
    # 404 when let through, 503 when injected; both occur with overwhelming probability.
    assert set(statuses) == {404, 503}


def test_set_faults_at_run_time(make_sandbox: Callable[..., SandboxServer]) -> None:
    srv = make_sandbox()
    token = client_token(srv)
    assert get(srv, POLLS, token).status_code == 200
    srv.set_faults(error_rate=1.0)
    assert get(srv, POLLS, token).status_code == 503
    srv.set_faults(error_rate=0.0, latency_ms=300)
    started = time.monotonic()
    assert get(srv, POLLS, token).status_code == 200
    assert time.monotonic() - started >= 0.3
    srv.set_faults(latency_ms=0, throttle=1)
    assert get(srv, POLLS, token).status_code == 200
    assert get(srv, POLLS, token).status_code == 429


@pytest.mark.parametrize(
    "kwargs", [{"error_rate": 1.5}, {"error_rate": -0.1}, {"latency_ms": -1}, {"throttle": -2}]
)
def test_set_faults_rejects_nonsense(
    make_sandbox: Callable[..., SandboxServer], kwargs: dict[str, float]
) -> None:
    srv = make_sandbox()
    with pytest.raises(ValueError, match="must be"):
        srv.set_faults(**kwargs)  # type: ignore[arg-type]
