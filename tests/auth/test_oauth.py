"""OAuthClient (Authlib underneath) against the real sandbox: every grant, revoke and error."""

from __future__ import annotations

import base64
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import requests

from partner_desktop.auth import pkce
from partner_desktop.auth.loopback import LoopbackReceiver
from partner_desktop.auth.oauth import OAuthClient, TokenSet
from partner_desktop.config import SANDBOX_CLIENT_SECRET, Profile
from partner_desktop.errors import AuthError, NetworkError, SignedOut
from partner_desktop.sandbox.server import SandboxServer
from partner_desktop.ui.errors import describe
from tests.helpers.consent import consent_in_browser
from tests.helpers.oauth import user_get

AnswerWith = Callable[[int, bytes, str], Profile]


def browser_code(oauth: OAuthClient, **consent: Any) -> tuple[str, str, str]:
    """Authorize in the 'browser'; return (code, redirect_uri, verifier)."""
    state, verifier = pkce.new_state(), pkce.new_verifier()
    with LoopbackReceiver(state) as receiver:
        url = oauth.authorization_url(
            redirect_uri=receiver.redirect_uri, state=state, code_verifier=verifier
        )
        consent_in_browser(url, **consent)
        return receiver.wait(10), receiver.redirect_uri, verifier


def user_tokens(oauth: OAuthClient) -> TokenSet:
    code, redirect_uri, verifier = browser_code(oauth)
    return oauth.exchange_code(code=code, redirect_uri=redirect_uri, code_verifier=verifier)


@pytest.fixture
def oauth(profile: Profile) -> OAuthClient:
    return OAuthClient(profile, SANDBOX_CLIENT_SECRET, timeout=10)


def test_client_credentials_token_reads_public_data(oauth: OAuthClient, profile: Profile) -> None:
    before = time.time()
    tokens = oauth.client_credentials()
    assert tokens.token_type == "Bearer"
    assert tokens.refresh_token is None
    assert before + 3000 < tokens.expires_at <= time.time() + 3600
    with requests.Session() as s:
        public = s.get(
            profile.endpoint("polls"),
            headers={"Authorization": f"Bearer {tokens.access_token}"},
            timeout=10,
        )
    assert public.status_code == 200
    # A client-credentials token is no user token (contract 3.4: 403 on user routes).
    assert user_get(profile, tokens.access_token).status_code == 403
    assert tokens.access_token not in repr(tokens)


def test_wrong_client_secret_is_invalid_client(profile: Profile) -> None:
    bad = OAuthClient(profile, "not-the-secret")
    with pytest.raises(AuthError) as info:
        bad.client_credentials()
    assert info.value.error == "invalid_client"
    assert "not-the-secret" not in str(info.value)
    assert "client id or secret" in describe(info.value)


def test_no_client_secret_is_a_sentence(profile: Profile) -> None:
    with pytest.raises(AuthError) as info:
        OAuthClient(profile, None).client_credentials()
    assert info.value.error == "invalid_client"
    assert info.value.missing_secret
    assert describe(info.value).startswith("This profile has no client secret")


def test_authorization_url_carries_pkce_partner_tag_and_tracking(profile: Profile) -> None:
    tracked = replace(
        profile,
        partner_tag="tag-7",
        tracking={"referrer": "desktop", "campaign": "spring", "param1": "a&b", "param2": ""},
    )
    verifier = pkce.new_verifier()
    url = OAuthClient(tracked, SANDBOX_CLIENT_SECRET).authorization_url(
        redirect_uri="http://127.0.0.1:5000/callback", state="st-1", code_verifier=verifier
    )
    parts = urlsplit(url)
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == tracked.authorize_url
    query = parse_qs(parts.query, keep_blank_values=True)
    assert query == {
        "response_type": ["code"],
        "client_id": ["sandbox-desktop"],
        "redirect_uri": ["http://127.0.0.1:5000/callback"],
        "state": ["st-1"],
        "code_challenge": [pkce.challenge(verifier)],
        "code_challenge_method": ["S256"],
        "partner_tag": ["tag-7"],
        "referrer": ["desktop"],
        "campaign": ["spring"],
        "param1": ["a&b"],
    }
    assert verifier not in url


def test_code_exchange_gives_a_working_user_token(oauth: OAuthClient, profile: Profile) -> None:
    tokens = user_tokens(oauth)
    assert tokens.refresh_token
    assert tokens.scope == "default"
    answer = user_get(profile, tokens.access_token)
    assert answer.status_code == 200
    assert answer.json()["data"]["username"] == "alice"


def test_wrong_verifier_and_replayed_code_are_invalid_grant(oauth: OAuthClient) -> None:
    code, redirect_uri, verifier = browser_code(oauth)
    with pytest.raises(AuthError) as info:
        oauth.exchange_code(code=code, redirect_uri=redirect_uri, code_verifier=pkce.new_verifier())
    assert info.value.error == "invalid_grant"
    # One wording for invalid_grant, wherever it comes from.
    assert describe(info.value) == describe(SignedOut(SignedOut.INVALID_GRANT))
    assert describe(info.value).endswith("Please sign in again.")
    # The code is single-use: even with the right verifier it is spent now.
    with pytest.raises(AuthError) as info:
        oauth.exchange_code(code=code, redirect_uri=redirect_uri, code_verifier=verifier)
    assert info.value.error == "invalid_grant"


def test_refresh_rotates_and_the_old_refresh_token_dies(
    oauth: OAuthClient, profile: Profile
) -> None:
    first = user_tokens(oauth)
    assert first.refresh_token
    second = oauth.refresh(first.refresh_token)
    assert second.refresh_token
    assert second.refresh_token != first.refresh_token
    assert second.access_token != first.access_token
    assert user_get(profile, second.access_token).status_code == 200
    with pytest.raises(AuthError) as info:
        oauth.refresh(first.refresh_token)
    assert info.value.error == "invalid_grant"


def test_revoke_access_and_refresh_tokens(oauth: OAuthClient, profile: Profile) -> None:
    tokens = user_tokens(oauth)
    assert tokens.refresh_token
    oauth.revoke(tokens.access_token, hint="access_token")
    assert user_get(profile, tokens.access_token).status_code == 401
    fresh = oauth.refresh(tokens.refresh_token)  # the refresh token still works
    assert fresh.refresh_token
    oauth.revoke(fresh.refresh_token, hint="refresh_token")
    # Revoking the refresh token also ends the access token issued with it (RFC 7009 2.1).
    assert user_get(profile, fresh.access_token).status_code == 401
    with pytest.raises(AuthError) as info:
        oauth.refresh(fresh.refresh_token)
    assert info.value.error == "invalid_grant"
    # RFC 7009 2.2: revoking an unknown or spent token is not an error.
    oauth.revoke("never-issued", hint="access_token")


def test_unreachable_server_is_a_network_error(profile: Profile) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    gone = replace(profile, token_url=f"http://127.0.0.1:{port}/oauth2/token")
    with pytest.raises(NetworkError) as info:
        OAuthClient(gone, SANDBOX_CLIENT_SECRET).client_credentials()
    assert (info.value.reason, info.value.host) == (NetworkError.REFUSED, f"127.0.0.1:{port}")
    assert info.value.sign_in
    assert describe(info.value).endswith(
        f"(The sign-in server at 127.0.0.1:{port} cannot be reached)"
    )


def test_silent_server_times_out(profile: Profile) -> None:
    # A listening socket that never answers: the connection opens, no reply ever comes.
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        port = silent.getsockname()[1]
        slow = replace(profile, token_url=f"http://127.0.0.1:{port}/oauth2/token")
        start = time.monotonic()
        with pytest.raises(NetworkError) as info:
            OAuthClient(slow, SANDBOX_CLIENT_SECRET, timeout=0.3).client_credentials()
        assert (info.value.reason, info.value.seconds) == (NetworkError.TIMEOUT, 0.3)
        assert "did not answer within 0.3 seconds" in describe(info.value)
        assert time.monotonic() - start < 5


class _Canned(BaseHTTPRequestHandler):
    status = 503
    body = b"<html>down</html>"
    content_type = "text/html"
    #: RFC 8414 metadata served at the well-known path (404 when None).
    metadata: bytes | None = None
    #: (path, Authorization header, form body) of every POST received.
    seen: list[tuple[str, str, dict[str, list[str]]]] = []

    def do_GET(self) -> None:
        found = self.path == "/.well-known/oauth-authorization-server" and self.metadata
        body = self.metadata if found and self.metadata else b"{}"
        self.send_response(200 if found else 404)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self) -> None:
        form = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
        self.seen.append((self.path, self.headers.get("Authorization", ""), parse_qs(form)))
        self.send_response(self.status)
        self.send_header("Content-Type", self.content_type)
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, format: str, *args: object) -> None:
        return


@pytest.fixture
def answering(profile: Profile, monkeypatch: pytest.MonkeyPatch) -> Iterator[AnswerWith]:
    """``answering(status, body, content_type)``: a profile whose token endpoint answers that."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Canned)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()

    monkeypatch.setattr(_Canned, "seen", [])

    def answer_with(status: int, body: bytes, content_type: str) -> Profile:
        monkeypatch.setattr(_Canned, "status", status)
        monkeypatch.setattr(_Canned, "body", body)
        monkeypatch.setattr(_Canned, "content_type", content_type)
        base = f"http://127.0.0.1:{server.server_address[1]}"
        return replace(profile, token_url=f"{base}/token", revoke_url=f"{base}/revoke")

    yield answer_with
    server.shutdown()
    thread.join()
    server.server_close()


@pytest.mark.parametrize(
    ("answer", "error", "fields", "sentence"),
    [
        (
            (503, b"<html>down</html>", "text/html"),
            NetworkError,
            {"reason": "unavailable", "status": 503},
            "unavailable (HTTP 503)",
        ),
        (
            (429, b"slow down", "text/plain"),
            NetworkError,
            {"reason": "unavailable", "status": 429},
            "unavailable (HTTP 429)",
        ),
        (
            (400, b"<html>bad</html>", "text/html"),
            AuthError,
            {"error": "invalid_response", "status": 400},
            "an answer this app cannot use",
        ),
        # RFC 6749 5.2: the error body of a 4xx is read and named.
        (
            (401, b'{"error": "invalid_client"}', "application/json"),
            AuthError,
            {"error": "invalid_client", "status": 401},
            "client id or secret",
        ),
        ((401, b"", "text/plain"), AuthError, {"error": "invalid_client"}, "client id or secret"),
        (
            (400, b'{"error": "invalid_scope"}', "application/json"),
            AuthError,
            {"error": "invalid_scope"},
            "permissions",
        ),
        (
            (400, b'{"error": "slow_down"}', "application/json"),
            AuthError,
            {"error": "slow_down"},
            "Signing in failed",
        ),
        (
            (500, b'{"error": "server_error"}', "application/json"),
            NetworkError,
            {"status": 500},
            "HTTP 500",
        ),
        (
            (200, b"[1, 2]", "application/json"),
            AuthError,
            {"error": "invalid_response"},
            "cannot use",
        ),
        (
            (200, b'{"access_token": "a", "token_type": "mac"}', "application/json"),
            AuthError,
            {"error": "unsupported_token_type"},
            "cannot use",
        ),
    ],
)
def test_odd_answers_become_errors_with_their_facts(
    answering: AnswerWith,
    answer: tuple[int, bytes, str],
    error: type[Exception],
    fields: dict[str, object],
    sentence: str,
) -> None:
    odd = answering(*answer)
    with pytest.raises(error) as info:
        OAuthClient(odd, SANDBOX_CLIENT_SECRET).client_credentials()
    assert {name: getattr(info.value, name) for name in fields} == fields
    assert sentence in describe(info.value)


def test_token_type_compares_case_insensitively(answering: AnswerWith) -> None:
    body = b'{"access_token": "at", "token_type": "BeArEr", "expires_in": 60}'
    odd = answering(200, body, "application/json")
    tokens = OAuthClient(odd, SANDBOX_CLIENT_SECRET).client_credentials()
    assert tokens.token_type == "Bearer"
    assert tokens.access_token == "at"
    assert 50 < tokens.expires_at - time.time() <= 60


def test_tracking_parameters_reach_the_sandbox(sandbox: SandboxServer, profile: Profile) -> None:
    tracked = replace(profile, partner_tag="tag-e2e", tracking={"campaign": "c-42"})
    oauth = OAuthClient(tracked, SANDBOX_CLIENT_SECRET)
    user_tokens(oauth)
    with requests.Session() as s:
        conversions = s.get(f"{sandbox.base_url}/sandbox/conversions", timeout=10).json()
    assert "c-42" in str(conversions)
    assert "tag-e2e" in str(conversions)


TOKEN_ANSWER = (
    b'{"access_token": "at", "token_type": "Bearer", "expires_in": 600, "refresh_token": "rt"}'
)


def _calls(oauth: OAuthClient) -> None:
    oauth.client_credentials()
    oauth.exchange_code(code="c", redirect_uri="http://127.0.0.1:5/callback", code_verifier="v")
    oauth.refresh("rt")
    oauth.revoke("rt", hint="refresh_token")


@pytest.mark.parametrize("method", ["", "client_secret_basic"])
def test_every_call_authenticates_with_basic_by_default(answering: AnswerWith, method: str) -> None:
    """RFC 6749 2.3.1: one method for token and revoke calls; the code exchange included."""
    profile = replace(answering(200, TOKEN_ANSWER, "application/json"), client_auth_method=method)
    _calls(OAuthClient(profile, "s3cret"))
    assert [path for path, _, _ in _Canned.seen] == ["/token"] * 3 + ["/revoke"]
    for _, header, form in _Canned.seen:
        assert header.startswith("Basic ")
        assert "client_secret" not in form


def test_a_profile_can_choose_client_secret_post_for_every_call(answering: AnswerWith) -> None:
    profile = answering(200, TOKEN_ANSWER, "application/json")
    _calls(OAuthClient(replace(profile, client_auth_method="client_secret_post"), "s3cret"))
    assert len(_Canned.seen) == 4
    for _, header, form in _Canned.seen:
        assert header == ""
        assert form["client_id"] == [profile.client_id]
        assert form["client_secret"] == ["s3cret"]


def test_a_public_client_sends_its_id_and_no_secret(answering: AnswerWith) -> None:
    profile = answering(200, TOKEN_ANSWER, "application/json")
    oauth = OAuthClient(replace(profile, client_auth_method="none"), "ignored-secret")
    oauth.exchange_code(code="c", redirect_uri="http://127.0.0.1:5/callback", code_verifier="v")
    oauth.refresh("rt")
    for _, header, form in _Canned.seen:
        assert header == ""
        assert form["client_id"] == [profile.client_id]
        assert "client_secret" not in form


def test_server_metadata_listing_only_post_is_followed(
    answering: AnswerWith, monkeypatch: pytest.MonkeyPatch
) -> None:
    """RFC 8414: a server that lists only client_secret_post gets it; the profile still wins."""
    monkeypatch.setattr(
        _Canned, "metadata", b'{"token_endpoint_auth_methods_supported": ["client_secret_post"]}'
    )
    profile = answering(200, TOKEN_ANSWER, "application/json")
    oauth = OAuthClient(profile, "s3cret")
    oauth.refresh("rt")
    assert _Canned.seen[-1][2]["client_secret"] == ["s3cret"]
    chosen = OAuthClient(replace(profile, client_auth_method="client_secret_basic"), "s3cret")
    assert chosen.auth_method("s3cret") == "client_secret_basic"


def test_the_sandbox_metadata_keeps_basic(profile: Profile) -> None:
    assert OAuthClient(profile, SANDBOX_CLIENT_SECRET).auth_method("x") == "client_secret_basic"


def test_revoke_with_a_wrong_secret_names_invalid_client(profile: Profile) -> None:
    """RFC 7009 2.2.1: the sandbox's 401 invalid_client is read, not "unexpected (HTTP 401)"."""
    with pytest.raises(AuthError) as caught:
        OAuthClient(profile, "wrong").revoke("any-token", hint="refresh_token")
    assert caught.value.error == "invalid_client"
    assert caught.value.status == 401


def test_a_separate_client_credentials_client(answering: AnswerWith) -> None:
    profile = replace(answering(200, TOKEN_ANSWER, "application/json"), app_client_id="public-app")
    oauth = OAuthClient(profile, "signin-secret", app_client_secret="app-secret")
    oauth.client_credentials()
    oauth.refresh("rt")
    (_, app_header, _), (_, user_header, _) = _Canned.seen
    assert app_header == "Basic " + base64.b64encode(b"public-app:app-secret").decode()
    user_auth = f"{profile.client_id}:signin-secret".encode()
    assert user_header == "Basic " + base64.b64encode(user_auth).decode()
    with pytest.raises(AuthError) as missing:
        OAuthClient(profile, "signin-secret").client_credentials()
    assert missing.value.missing_secret


def test_extra_authorize_parameters_reach_the_url(profile: Profile) -> None:
    extra = replace(profile, authorize_params={"prompt": "login", "audience": "partner-api"})
    url = OAuthClient(extra, SANDBOX_CLIENT_SECRET).authorization_url(
        redirect_uri="http://127.0.0.1:5/callback", state="st", code_verifier="v" * 43
    )
    query = parse_qs(urlsplit(url).query)
    assert query["prompt"] == ["login"]
    assert query["audience"] == ["partner-api"]
    assert query["state"] == ["st"]
