"""Test-only token provider for client tests: real tokens from the real sandbox."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
import requests

from partner_desktop.api.client import PollsClient
from partner_desktop.config import SANDBOX, SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET, Profile

if TYPE_CHECKING:
    from partner_desktop.sandbox.server import SandboxServer


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
        from tests.sandbox.support import get_code

        grant = get_code(self, self.username)
        body = self._token_request(
            {
                "grant_type": "authorization_code",
                "code": grant.code,
                "redirect_uri": grant.redirect_uri,
                "code_verifier": grant.verifier,
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
