"""Test-only token provider for client tests: real tokens from the real sandbox."""

from __future__ import annotations

import base64
import hashlib
import secrets
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
import requests

from partner_desktop.api.client import PollsClient
from partner_desktop.config import SANDBOX, SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET, Profile

if TYPE_CHECKING:
    from partner_desktop.sandbox.server import SandboxServer


class LoopbackCatcher:
    """The smallest RFC 8252 loopback receiver: one request to /callback, its query kept."""

    def __init__(self) -> None:
        self.query: dict[str, list[str]] = {}
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                parts = urlsplit(self.path)
                if parts.path == "/callback":
                    outer.query = parse_qs(parts.query)
                body = b"You can close this tab."
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._server = HTTPServer(("127.0.0.1", 0), Handler)
        self.redirect_uri = f"http://127.0.0.1:{self._server.server_address[1]}/callback"
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._thread.start()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)


class SandboxTokens:
    """A TokenProvider that gets real tokens from the sandbox and records what the client asks."""

    def __init__(self, base_url: str, *, username: str = "alice") -> None:
        self.base_url = base_url
        self.username = username
        self._http = requests.Session()
        self._tokens: dict[bool, str] = {}
        self.invalidated: list[tuple[str, bool]] = []
        self.bearer_calls: list[bool] = []
        #: Tokens to hand out before asking the server (for 401 tests), per kind.
        self.queued: dict[bool, list[str]] = {True: [], False: []}

    def bearer(self, *, user: bool) -> str:
        self.bearer_calls.append(user)
        if self.queued[user]:
            return self.queued[user].pop(0)
        if user not in self._tokens:
            self._tokens[user] = self.user_token() if user else self.client_token()
        return self._tokens[user]

    def invalidate(self, token: str, *, user: bool) -> None:
        self.invalidated.append((token, user))
        if self._tokens.get(user) == token:
            del self._tokens[user]

    def _token_request(self, form: dict[str, str]) -> dict[str, object]:
        response = self._http.post(
            f"{self.base_url}/oauth2/token",
            data=form,
            auth=(SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET),
            timeout=10,
        )
        assert response.status_code == 200, response.text
        body = response.json()
        assert isinstance(body, dict)
        return body

    def client_token(self) -> str:
        return str(self._token_request({"grant_type": "client_credentials"})["access_token"])

    def user_token(self) -> str:
        """Authorization code + PKCE (RFC 7636), the browser step done by consent_in_browser."""
        from tests.helpers.consent import consent_in_browser

        verifier = secrets.token_urlsafe(48)
        challenge = (
            base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
            .rstrip(b"=")
            .decode()
        )
        state = secrets.token_urlsafe(16)
        catcher = LoopbackCatcher()
        try:
            url = f"{self.base_url}/oauth2/authorize?" + urlencode(
                {
                    "response_type": "code",
                    "client_id": SANDBOX_CLIENT_ID,
                    "redirect_uri": catcher.redirect_uri,
                    "state": state,
                    "code_challenge": challenge,
                    "code_challenge_method": "S256",
                }
            )
            final = consent_in_browser(url, username=self.username)
            final.close()
            assert catcher.query.get("state") == [state]
            code = catcher.query["code"][0]
        finally:
            catcher.close()
        body = self._token_request(
            {
                "grant_type": "authorization_code",
                "code": code,
                "redirect_uri": catcher.redirect_uri,
                "code_verifier": verifier,
            }
        )
        return str(body["access_token"])

    def revoke(self, token: str) -> None:
        response = self._http.post(
            f"{self.base_url}/oauth2/revoke",
            data={"token": token},
            auth=(SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET),
            timeout=10,
        )
        assert response.status_code == 200

    def close(self) -> None:
        self._http.close()


def profile_for(base_url: str) -> Profile:
    return SANDBOX.with_sandbox_base(base_url)


@pytest.fixture(scope="session")
def alice(sandbox: SandboxServer) -> Iterator[SandboxTokens]:
    """Alice's tokens on the shared sandbox (one browser sign-in for the whole run)."""
    tokens = SandboxTokens(sandbox.base_url, username="alice")
    yield tokens
    tokens.close()


@pytest.fixture
def client(sandbox: SandboxServer, alice: SandboxTokens) -> Iterator[PollsClient]:
    """A client of the shared sandbox, read-only use: tests that vote start their own sandbox."""
    with PollsClient(profile_for(sandbox.base_url), alice, retry_budget=5) as polls:
        yield polls
