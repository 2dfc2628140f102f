"""The client's own code against django-oauth-toolkit: an authorization server no one here wrote.

Each step a person or a partner would go through, by name: public data with client
credentials, the browser sign-in (login and consent pages posted by an HTTP client), refresh
with rotation, a refresh token revoked elsewhere, sign-out, and a restart restored from the
real Secret Service keyring. What the server did is read from its own tables.
"""

from __future__ import annotations

import contextlib
import secrets
import threading
from collections.abc import Iterator
from dataclasses import replace
from typing import Any
from urllib.parse import urljoin, urlsplit

import keyring.errors
import pytest
import requests

from partner_desktop.api.client import PollsClient
from partner_desktop.auth.oauth import OAuthClient
from partner_desktop.auth.session import AuthSession, SignInAttempt
from partner_desktop.auth.token_store import TokenStore
from partner_desktop.config import Profile
from partner_desktop.errors import AuthError, SignedOut
from partner_desktop.ui.errors import describe
from tests.helpers.consent import parse_forms
from tests.helpers.interop import APP_CLIENT_ID, SIGNIN_CLIENT_ID, DotServer

pytestmark = [pytest.mark.keyring, pytest.mark.slow]


@pytest.fixture
def store(profile: Profile, dot_server: DotServer) -> Iterator[TokenStore]:
    """The real Secret Service keyring, holding the two client secrets as Settings would."""
    service = f"partner-desktop-interop-{secrets.token_hex(4)}"
    token_store = TokenStore(service)
    assert token_store.backend_name == "SecretService", token_store.status
    token_store.save_secret(profile.name, dot_server.signin_secret)
    token_store.save_secret(profile.name, dot_server.app_secret, app=True)
    yield token_store
    from keyring.backends import SecretService

    backend = SecretService.Keyring()
    for user in (
        profile.name,
        f"{profile.name}:client-secret",
        f"{profile.name}:app-client-secret",
    ):
        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            backend.delete_password(service, user)


@pytest.fixture
def session(profile: Profile, store: TokenStore) -> AuthSession:
    return AuthSession.for_profile(profile, store)


def consent_over_http(attempt: SignInAttempt, server: DotServer) -> requests.Response:
    """The person's browser: django's login form, then the toolkit's consent form ("Authorize").

    Returns the loopback receiver's page, reached through the server's redirect.
    """
    with requests.Session() as browser:
        login = browser.get(attempt.url, timeout=10)  # the login page, via LOGIN_URL
        (form,) = parse_forms(login.text)
        fields = dict(form.inputs, username=server.username, password=server.password)
        page = browser.post(urljoin(login.url, form.action), data=fields, timeout=10)
        assert urlsplit(page.url).path == "/o/authorize/", page.text[:300]
        consent = next(f for f in parse_forms(page.text) if "allow" in f.inputs)
        answer = browser.post(page.url, data=consent.inputs, allow_redirects=False, timeout=10)
        assert answer.status_code == 302, answer.text[:300]
        location = answer.headers["Location"]
        assert location.startswith(attempt.redirect_uri + "?")
        return browser.get(location, timeout=10)


def sign_in(session: AuthSession, server: DotServer) -> None:
    attempt = session.begin_sign_in(timeout=30)
    pages: list[requests.Response] = []
    browser = threading.Thread(target=lambda: pages.append(consent_over_http(attempt, server)))
    browser.start()
    try:
        attempt.wait()
    finally:
        browser.join(timeout=30)
    assert [page.status_code for page in pages] == [200]


def access_row(server: DotServer, token: str) -> dict[str, Any] | None:
    """The access token as the server's models hold it; None once it no longer exists."""
    row: dict[str, Any] | None = server.inspect(token)["access"]
    return row


def refresh_row(server: DotServer, token: str) -> dict[str, Any]:
    row: dict[str, Any] | None = server.inspect(token)["refresh"]
    assert row is not None, "the server never issued this refresh token"
    return row


def stored_refresh(store: TokenStore, profile: Profile) -> str:
    grant = store.load(profile.name)
    assert grant is not None, "the keyring holds no sign-in"
    return grant.refresh_token


def test_client_credentials(session: AuthSession, dot_server: DotServer) -> None:
    """Public routes: a token of the profile's separate client-credentials client."""
    token = session.bearer(user=False)
    row = access_row(dot_server, token)
    assert row is not None
    assert row["client_id"] == APP_CLIENT_ID  # not the sign-in client: DOT allows one grant each
    assert row["user"] is None
    assert row["valid"]
    assert session.bearer(user=False) == token  # kept until it expires


def test_full_sign_in(
    session: AuthSession, store: TokenStore, profile: Profile, dot_server: DotServer
) -> None:
    sign_in(session, dot_server)
    with PollsClient(profile, session) as client:
        account = client.get_account()
    assert account.username == dot_server.username
    access = session.bearer(user=True)
    row = access_row(dot_server, access)
    assert row is not None
    assert (row["client_id"], row["scope"], row["user"]) == (SIGNIN_CLIENT_ID, "read", "alice")
    assert row["valid"]
    refresh = stored_refresh(store, profile)
    assert refresh_row(dot_server, refresh)["revoked"] is False
    assert access not in (store._get(profile.name) or "")  # the keyring has no access token


def test_refresh_with_rotation(
    session: AuthSession, store: TokenStore, profile: Profile, dot_server: DotServer
) -> None:
    sign_in(session, dot_server)
    first_access = session.bearer(user=True)
    first_refresh = stored_refresh(store, profile)
    # The resource server said 401: the next request refreshes, once.
    session.invalidate(first_access, user=True)
    second_access = session.bearer(user=True)
    second_refresh = stored_refresh(store, profile)
    assert second_access != first_access
    assert second_refresh != first_refresh  # rotated, and the keyring holds the new one
    assert refresh_row(dot_server, first_refresh)["revoked"] is True
    assert refresh_row(dot_server, second_refresh)["revoked"] is False
    assert access_row(dot_server, second_access) is not None
    with PollsClient(profile, session) as client:
        assert client.get_account().username == dot_server.username


def test_revoked_refresh_token_asks_to_sign_in_again(
    session: AuthSession, store: TokenStore, profile: Profile, dot_server: DotServer
) -> None:
    sign_in(session, dot_server)
    ended: list[SignedOut] = []
    session.add_signed_out_listener(ended.append)
    refresh = stored_refresh(store, profile)
    # Revoked elsewhere (another device signing out, the partner's support): RFC 7009.
    answer = requests.post(
        dot_server.base_url + "/o/revoke_token/",
        data={"token": refresh, "token_type_hint": "refresh_token"},
        auth=(SIGNIN_CLIENT_ID, dot_server.signin_secret),
        timeout=10,
    )
    assert answer.status_code == 200
    session.invalidate(session.bearer(user=True), user=True)
    with pytest.raises(SignedOut) as caught:
        session.bearer(user=True)
    assert caught.value.error == SignedOut.INVALID_GRANT
    assert (
        describe(caught.value) == "Your sign-in has expired or was revoked. Please sign in again."
    )
    assert ended == [caught.value]
    assert store.load(profile.name) is None
    assert not session.signed_in


def test_sign_out_revokes_both_tokens(
    session: AuthSession, store: TokenStore, profile: Profile, dot_server: DotServer
) -> None:
    sign_in(session, dot_server)
    access = session.bearer(user=True)
    refresh = stored_refresh(store, profile)
    session.sign_out()
    # On the server: the refresh token is revoked, and its access token no longer exists.
    assert refresh_row(dot_server, refresh)["revoked"] is True
    assert access_row(dot_server, access) is None
    user = requests.get(
        f"{dot_server.base_url}/user/1.0.0/user",
        headers={"Authorization": f"Bearer {access}"},
        timeout=10,
    )
    assert user.status_code == 401
    assert store.load(profile.name) is None
    assert not session.signed_in


def test_restore_from_the_secret_service(
    session: AuthSession, store: TokenStore, profile: Profile, dot_server: DotServer
) -> None:
    sign_in(session, dot_server)
    with PollsClient(profile, session) as client:
        session.remember_account(client.get_account())
    before = stored_refresh(store, profile)
    # A second start: a new store on the same keyring service, a new session, no browser.
    again = AuthSession.for_profile(profile, TokenStore(store.service))
    assert again.restore()
    assert again.account_name == dot_server.username
    assert refresh_row(dot_server, before)["revoked"] is True  # the restore refreshed once
    with PollsClient(profile, again) as client:
        assert client.get_account().username == dot_server.username
    again.sign_out()


def test_client_secret_post_is_used_for_every_call(
    profile: Profile, store: TokenStore, dot_server: DotServer
) -> None:
    """A profile may choose body authentication: sign-in, refresh and revoke all use it."""
    chosen = replace(profile, client_auth_method="client_secret_post")
    session = AuthSession.for_profile(chosen, store)
    sign_in(session, dot_server)
    refresh = stored_refresh(store, chosen)
    session.invalidate(session.bearer(user=True), user=True)
    session.bearer(user=True)
    assert refresh_row(dot_server, refresh)["revoked"] is True
    rotated = stored_refresh(store, chosen)
    session.sign_out()
    assert refresh_row(dot_server, rotated)["revoked"] is True


def test_a_wrong_client_secret_is_named_at_every_endpoint(
    profile: Profile, dot_server: DotServer
) -> None:
    """RFC 6749 5.2 / RFC 7009 2.2.1: 401 invalid_client is read, not "unexpected (HTTP 401)"."""
    oauth = OAuthClient(profile, "not-the-secret", app_client_secret="not-this-one-either")
    calls = {
        "revoke": lambda: oauth.revoke("any-token", hint="refresh_token"),
        "refresh": lambda: oauth.refresh("any-token"),
        "client credentials": oauth.client_credentials,
    }
    for name, call in calls.items():
        with pytest.raises(AuthError) as caught:
            call()
        assert caught.value.error == "invalid_client", name
        assert "client id or secret" in describe(caught.value), name


def test_the_server_metadata_keeps_basic_authentication(profile: Profile) -> None:
    """DOT publishes RFC 8414 metadata listing both methods: the client keeps Basic."""
    oauth = OAuthClient(profile, "a-secret")
    assert oauth.auth_method("a-secret") == "client_secret_basic"
    assert oauth.auth_method(None) == "none"


def test_where_the_toolkit_and_the_sandbox_differ(
    session: AuthSession, store: TokenStore, profile: Profile, dot_server: DotServer
) -> None:
    """Differences the client meets, shown on the running server (stock settings):

    - a rotation ends the previous access token at once (the sandbox lets it run out);
    - a rotated refresh token presented again is refused, but the grant lives on
      (``REFRESH_TOKEN_REUSE_PROTECTION`` is off by default; RFC 9700 4.14.2 and the sandbox
      revoke the grant);
    - a 401 ``invalid_client`` to a client that used Basic carries ``WWW-Authenticate:
      Bearer`` (RFC 6749 5.2 asks for the scheme the client used); the client reads the body;
    - the metadata lists ``client_secret_post`` first: the client still chooses Basic.
    """
    sign_in(session, dot_server)
    first_access = session.bearer(user=True)
    first_refresh = stored_refresh(store, profile)
    session.invalidate(first_access, user=True)
    second_access = session.bearer(user=True)
    assert access_row(dot_server, first_access) is None  # ended by the rotation
    assert access_row(dot_server, second_access) is not None

    token_url = dot_server.base_url + "/o/token/"
    basic = (SIGNIN_CLIENT_ID, dot_server.signin_secret)
    reuse = requests.post(
        token_url,
        data={"grant_type": "refresh_token", "refresh_token": first_refresh},
        auth=basic,
        timeout=10,
    )
    assert (reuse.status_code, reuse.json()["error"]) == (400, "invalid_grant")
    assert access_row(dot_server, second_access) is not None  # the grant was not revoked
    assert refresh_row(dot_server, stored_refresh(store, profile))["revoked"] is False

    wrong = requests.post(
        dot_server.base_url + "/o/revoke_token/",
        data={"token": "x"},
        auth=(SIGNIN_CLIENT_ID, "wrong"),
        timeout=10,
    )
    assert (wrong.status_code, wrong.json()) == (401, {"error": "invalid_client"})
    assert wrong.headers["WWW-Authenticate"].startswith("Bearer")

    metadata = requests.get(
        dot_server.base_url + "/.well-known/oauth-authorization-server", timeout=10
    ).json()
    assert metadata["token_endpoint_auth_methods_supported"][0] == "client_secret_post"
    assert OAuthClient(profile, "s").auth_method("s") == "client_secret_basic"
    session.sign_out()
