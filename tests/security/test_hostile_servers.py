"""A hostile sign-in or API server: redirects on the OAuth endpoints are not followed (no code,
verifier, secret or refresh token resent), and a certificate that is not valid is named so."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from partner_desktop.api.client import PollsClient
from partner_desktop.api.models import PollQuery
from partner_desktop.auth.oauth import OAuthClient
from partner_desktop.config import SANDBOX, Profile
from partner_desktop.errors import AuthError, CertificateError
from partner_desktop.ui.errors import describe
from tests.helpers.hostile import HostileServer, reply, self_signed

SECRET = "client-secret-" + "s" * 20
REFRESH = "refresh-token-" + "r" * 20


@pytest.fixture
def collector() -> Iterator[HostileServer]:
    """Where a redirect would send the secrets (another host of this machine)."""
    with HostileServer(lambda h: reply(h, 200, b"{}"), host="127.0.0.2") as host:
        yield host


@pytest.mark.parametrize("status", [301, 302, 307, 308])
def test_token_refresh_and_revoke_calls_do_not_follow_redirects(
    collector: HostileServer, status: int
) -> None:
    def bounce(handler: BaseHTTPRequestHandler) -> None:
        reply(handler, status, b"", {"Location": collector.url(handler.path)})

    with HostileServer(bounce) as server:
        oauth = OAuthClient(SANDBOX.with_sandbox_base(server.url("")), SECRET, timeout=5)
        calls: list[Callable[[], object]] = [
            lambda: oauth.exchange_code(
                code="the-code", redirect_uri="http://127.0.0.1:1/cb", code_verifier="v" * 43
            ),
            lambda: oauth.refresh(REFRESH),
            lambda: oauth.revoke(REFRESH, hint="refresh_token"),
            oauth.client_credentials,
        ]
        for call in calls:
            with pytest.raises(AuthError, match=f"error=invalid_response, status={status}\\b"):
                call()
        # One request per call (the RFC 8414 metadata look-up aside), none of them followed.
        oauth_calls = [p for p in server.requests if not p.startswith("/.well-known/")]
        assert len(oauth_calls) == len(calls)
    assert collector.requests == []


class _Tokens:
    def bearer(self, *, user: bool) -> str:
        return "an-access-token"

    def invalidate(self, token: str, *, user: bool) -> None:
        pass


@pytest.fixture
def untrusted(tmp_path: Path) -> Iterator[HostileServer]:
    """An HTTPS server whose certificate nobody trusts (signed by itself)."""
    with HostileServer(lambda h: reply(h, 200, b"{}"), tls=self_signed(tmp_path)) as host:
        yield host


def test_a_certificate_that_is_not_valid_is_named_so(untrusted: HostileServer) -> None:
    profile: Profile = SANDBOX.with_sandbox_base(untrusted.url(""))
    oauth = OAuthClient(profile, SECRET, timeout=5)
    with pytest.raises(CertificateError) as signing_in:
        oauth.refresh(REFRESH)
    with (
        PollsClient(profile, _Tokens(), retry_budget=5) as client,
        pytest.raises(CertificateError) as listing,
    ):
        client.list_polls(PollQuery(limit=1))
    for error in (signing_in.value, listing.value):
        sentence = describe(error)
        assert sentence.startswith("The server's certificate is not valid")
        assert "could not be reached" not in sentence.lower()
        assert "Could not reach" not in sentence
    assert untrusted.requests == []  # nothing was sent over the untrusted connection
