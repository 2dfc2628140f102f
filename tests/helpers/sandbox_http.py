"""The sandbox over plain HTTP, as any client would use it: PKCE, a loopback receiver, sign-in
shortcuts, resource calls and votes."""

from __future__ import annotations

import base64
import hashlib
import secrets
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Protocol
from urllib.parse import parse_qs, urlencode, urlsplit

import requests

from partner_desktop.sandbox.server import SandboxServer
from tests.helpers.consent import consent_in_browser

CLIENT = ("sandbox-desktop", "sandbox-secret")
V = "1.0.8"


def pkce() -> tuple[str, str]:
    """(verifier, S256 challenge) per RFC 7636 4.1/4.2."""
    verifier = secrets.token_urlsafe(48)
    digest = hashlib.sha256(verifier.encode()).digest()
    return verifier, base64.urlsafe_b64encode(digest).decode().rstrip("=")


class Loopback:
    """A tiny loopback receiver (the client's side of RFC 8252): records the callback query."""

    def __init__(self) -> None:
        self.received: list[dict[str, str]] = []
        self._event = threading.Event()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                parts = urlsplit(self.path)
                if parts.path == "/callback":
                    query = {k: v[0] for k, v in parse_qs(parts.query).items()}
                    owner.received.append(query)
                    owner._event.set()
                body = b"You can close this tab."
                self.send_response(200)
                self.send_header("Content-Type", "text/plain")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                return

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()

    @property
    def redirect_uri(self) -> str:
        return f"http://127.0.0.1:{self.port}/callback"

    def wait(self, timeout: float = 5) -> dict[str, str]:
        assert self._event.wait(timeout), "the loopback received no callback"
        return self.received[-1]

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)


@contextmanager
def loopback() -> Iterator[Loopback]:
    receiver = Loopback()
    try:
        yield receiver
    finally:
        receiver.close()


def authorize_url(
    base: str,
    redirect_uri: str,
    *,
    state: str | None = None,
    challenge: str | None = None,
    method: str | None = "S256",
    **extra: str,
) -> str:
    params: dict[str, str] = {
        "response_type": "code",
        "client_id": CLIENT[0],
        "redirect_uri": redirect_uri,
        "state": state or secrets.token_urlsafe(16),
    }
    if challenge is not None:
        params["code_challenge"] = challenge
    if method is not None and challenge is not None:
        params["code_challenge_method"] = method
    params.update(extra)
    return f"{base}/oauth2/authorize?{urlencode(params)}"


@dataclass
class Grant:
    code: str
    state: str
    verifier: str
    redirect_uri: str


class Served(Protocol):
    """Anything running at a base URL: a SandboxServer, a test's own server."""

    base_url: str


def get_code(srv: Served, username: str = "alice", **extra: str) -> Grant:
    """Run the browser step against a real loopback receiver and return the code."""
    verifier, challenge = pkce()
    state = secrets.token_urlsafe(16)
    with loopback() as receiver:
        url = authorize_url(
            srv.base_url, receiver.redirect_uri, state=state, challenge=challenge, **extra
        )
        page = consent_in_browser(url, username=username)
        assert page.status_code == 200
        query = receiver.wait()
    assert query["state"] == state
    return Grant(query["code"], state, verifier, receiver.redirect_uri)


def exchange(srv: SandboxServer, grant: Grant, **overrides: str) -> requests.Response:
    data = {
        "grant_type": "authorization_code",
        "code": grant.code,
        "redirect_uri": grant.redirect_uri,
        "code_verifier": grant.verifier,
        "client_id": CLIENT[0],
        "client_secret": CLIENT[1],
    }
    data.update(overrides)
    return requests.post(f"{srv.base_url}/oauth2/token", data=data, timeout=10)


def user_tokens(srv: SandboxServer, username: str = "alice") -> dict[str, Any]:
    """A full sign-in: authorization code + PKCE, exchanged for tokens."""
    response = exchange(srv, get_code(srv, username))
    assert response.status_code == 200, response.text
    tokens: dict[str, Any] = response.json()
    return tokens


def client_token(srv: SandboxServer) -> str:
    response = requests.post(
        f"{srv.base_url}/oauth2/token",
        auth=CLIENT,
        data={"grant_type": "client_credentials"},
        timeout=10,
    )
    assert response.status_code == 200, response.text
    return str(response.json()["access_token"])


def get(srv: SandboxServer, path: str, token: str | None, **kwargs: Any) -> requests.Response:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return requests.get(f"{srv.base_url}{path}", headers=headers, timeout=10, **kwargs)


def vote(
    srv: SandboxServer,
    token: str,
    poll_id: str,
    answer_id: str,
    count: int,
    *,
    key: str | None = None,
    session: requests.Session | None = None,
) -> requests.Response:
    headers = {"Authorization": f"Bearer {token}"}
    if key:
        headers["Idempotency-Key"] = key
    sender = session or requests
    return sender.post(
        f"{srv.base_url}/polls/{V}/user/poll/{poll_id}/vote",
        json={"answerId": answer_id, "tokenCount": count},
        headers=headers,
        timeout=30,
    )


def all_polls(srv: SandboxServer, token: str, **params: Any) -> list[dict[str, Any]]:
    """Every poll of the list (limit 100 fits the seed), with optional filters."""
    response = get(srv, f"/polls/{V}/polls", token, params={"limit": 100, **params})
    assert response.status_code == 200, response.text
    data: list[dict[str, Any]] = response.json()["data"]
    return data


def open_poll(
    srv: SandboxServer, token: str, *, limited: bool | None = None, min_balance: int = 1
) -> dict[str, Any]:
    """An open poll the user has not voted in and holds tokens for."""
    body = get(
        srv, f"/polls/{V}/user/polls", token, params={"status[]": "open", "limit": 100}
    ).json()
    for item in body["data"]:
        if item["userVote"] is not None or item["userTokenBalance"] < min_balance:
            continue
        if limited is True and (
            item["tokenLimit"] is None or item["tokenLimit"] >= item["userTokenBalance"]
        ):
            continue
        if limited is False and item["tokenLimit"] is not None:
            continue
        return dict(item)
    raise AssertionError("no suitable open poll in the seed")
