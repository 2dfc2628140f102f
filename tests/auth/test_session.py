"""AuthSession against the real sandbox: sign-in, refresh, rotation, 401s, sign-out, restore."""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import replace

import pytest

from partner_desktop.api.models import Account
from partner_desktop.auth.oauth import OAuthClient, TokenSet
from partner_desktop.auth.session import (
    AuthSession,
    SignInAttempt,
    client_secret_for,
)
from partner_desktop.auth.token_store import TokenStore
from partner_desktop.config import SANDBOX_CLIENT_SECRET, SOCIOS, Profile
from partner_desktop.errors import (
    AuthError,
    SignedOut,
    SignInCancelled,
    SignInDenied,
    SignInTimeout,
    Storage,
    StorageReason,
)
from partner_desktop.logs import RedactingFilter
from partner_desktop.sandbox import admin
from partner_desktop.sandbox.server import SandboxServer
from tests.helpers.clock import Clock
from tests.helpers.keyrings import MemoryKeyring
from tests.helpers.oauth import complete_in_browser, count_tokens, profile_for, user_get


def new_session(profile: Profile, store: TokenStore, **kwargs: object) -> AuthSession:
    return AuthSession.for_profile(profile, store, **kwargs)  # type: ignore[arg-type]


def signed_in(profile: Profile, store: TokenStore, **kwargs: object) -> AuthSession:
    session = new_session(profile, store, **kwargs)
    complete_in_browser(session.begin_sign_in(timeout=30))
    return session


# -- sign-in -------------------------------------------------------------------------


def test_full_sign_in_persists_the_grant(profile: Profile, store: TokenStore) -> None:
    session = new_session(profile, store)
    assert not session.signed_in
    attempt = session.begin_sign_in(timeout=30)
    assert attempt.url.startswith(profile.authorize_url + "?")
    assert attempt.redirect_uri.startswith("http://127.0.0.1:")

    page = complete_in_browser(attempt)

    assert page.status_code == 200
    assert "You can close this tab" in page.text
    assert session.signed_in
    token = session.bearer(user=True)
    answer = user_get(profile, token)
    assert answer.status_code == 200
    grant = store.load(profile.name)
    assert grant is not None
    assert grant.scope == "default"
    assert token not in str(store._backend.entries)

    account = Account.from_json(answer.json()["data"])
    session.remember_account(account)
    assert session.account_name == "alice"
    stored = store.load(profile.name)
    assert stored is not None
    assert (stored.username, stored.account_id) == ("alice", account.user_id)


def test_each_attempt_has_its_own_state_and_verifier(profile: Profile, store: TokenStore) -> None:
    session = new_session(profile, store)
    first = session.begin_sign_in(timeout=5)
    second = session.begin_sign_in(timeout=5)
    try:
        assert first.url != second.url
        for key in ("state=", "code_challenge="):
            a = first.url.split(key)[1].split("&")[0]
            b = second.url.split(key)[1].split("&")[0]
            assert a != b
        assert first.redirect_uri != second.redirect_uri
    finally:
        first.cancel()
        second.cancel()
        for attempt in (first, second):
            with pytest.raises(SignInCancelled):
                attempt.wait()


def test_pinned_redirect_port_is_used(sandbox: SandboxServer, store: TokenStore) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    profile = profile_for(sandbox, redirect_port=port)
    session = new_session(profile, store)
    attempt = session.begin_sign_in(timeout=30)
    assert attempt.redirect_uri == f"http://127.0.0.1:{port}/callback"
    complete_in_browser(attempt)
    assert session.signed_in


def test_denied_consent(profile: Profile, store: TokenStore) -> None:
    session = new_session(profile, store)
    with pytest.raises(SignInDenied) as denied:
        complete_in_browser(session.begin_sign_in(timeout=30), decision="deny")
    assert denied.value.error == "access_denied"
    assert not session.signed_in
    assert store.load(profile.name) is None


def test_cancel_from_another_thread(profile: Profile, store: TokenStore) -> None:
    attempt = new_session(profile, store).begin_sign_in(timeout=60)
    canceller = threading.Thread(target=attempt.cancel)
    start = time.monotonic()
    canceller.start()
    with pytest.raises(SignInCancelled):
        attempt.wait()
    canceller.join()
    assert time.monotonic() - start < 3


def test_cancel_during_the_code_exchange_keeps_nothing(profile: Profile, store: TokenStore) -> None:
    attempts: list[SignInAttempt] = []
    exchanged: list[TokenSet] = []

    class CancelledMeanwhile(OAuthClient):
        # The person presses Cancel just as the browser came back (a seam, not a mock:
        # the real exchange still runs against the sandbox).
        def exchange_code(self, *, code: str, redirect_uri: str, code_verifier: str) -> TokenSet:
            attempts[0].cancel()
            tokens = super().exchange_code(
                code=code, redirect_uri=redirect_uri, code_verifier=code_verifier
            )
            exchanged.append(tokens)
            return tokens

    oauth = CancelledMeanwhile(profile, SANDBOX_CLIENT_SECRET)
    session = AuthSession(profile, oauth, store)
    attempts.append(session.begin_sign_in(timeout=30))
    with pytest.raises(SignInCancelled):
        complete_in_browser(attempts[0])
    assert not session.signed_in
    assert store.load(profile.name) is None
    # The grant issued meanwhile was revoked on the server.
    assert user_get(profile, exchanged[0].access_token).status_code == 401


def test_timeout(profile: Profile, store: TokenStore) -> None:
    attempt = new_session(profile, store).begin_sign_in(timeout=0.3)
    with pytest.raises(SignInTimeout):
        attempt.wait()


# -- client credentials --------------------------------------------------------------


def test_client_credentials_cached_until_60_seconds_before_expiry(
    fresh_sandbox: SandboxServer, store: TokenStore
) -> None:
    profile = profile_for(fresh_sandbox)
    clock = Clock(time.time())
    session = new_session(profile, store, clock=clock)
    first = session.bearer(user=False)
    assert session.bearer(user=False) == first
    clock.advance(3600 - 61)  # client_ttl 3600: still more than 60 s left
    assert session.bearer(user=False) == first
    assert count_tokens(fresh_sandbox.db_path, "client_credentials") == 1
    clock.advance(2)  # now inside the 60 s margin
    second = session.bearer(user=False)
    assert second != first
    assert count_tokens(fresh_sandbox.db_path, "client_credentials") == 2
    # invalidate() on the current public token fetches a new one, once.
    session.invalidate(second, user=False)
    third = session.bearer(user=False)
    assert third not in (first, second)
    session.invalidate(second, user=False)  # an old token: nothing to do
    assert session.bearer(user=False) == third


def test_user_route_without_sign_in_is_signed_out(profile: Profile, store: TokenStore) -> None:
    with pytest.raises(SignedOut) as info:
        new_session(profile, store).bearer(user=True)
    assert info.value.error == SignedOut.SIGNED_OUT


# -- refresh -------------------------------------------------------------------------


def test_refresh_on_expiry_rotates_and_persists(
    fresh_sandbox: SandboxServer, store: TokenStore
) -> None:
    profile = profile_for(fresh_sandbox)
    clock = Clock(time.time())
    session = signed_in(profile, store, clock=clock)
    first = session.bearer(user=True)
    first_grant = store.load(profile.name)
    assert first_grant is not None

    clock.advance(7200 - 59)  # access_ttl 7200: inside the 60 s margin
    second = session.bearer(user=True)

    assert second != first
    assert user_get(profile, second).status_code == 200
    second_grant = store.load(profile.name)
    assert second_grant is not None
    assert second_grant.refresh_token != first_grant.refresh_token
    # Rotation: the old refresh token is dead on the server.
    with pytest.raises(AuthError) as info:
        OAuthClient(profile, SANDBOX_CLIENT_SECRET).refresh(first_grant.refresh_token)
    assert info.value.error == "invalid_grant"
    assert count_tokens(fresh_sandbox.db_path, "refresh_token") == 1


def test_refresh_when_the_server_really_expired_the_token(
    make_sandbox: Callable[..., SandboxServer], store: TokenStore
) -> None:
    server = make_sandbox(access_ttl=1)
    profile = profile_for(server)
    session = signed_in(profile, store, early_expiry=0.0)
    first = session.bearer(user=True)
    deadline = time.monotonic() + 10
    while user_get(profile, first).status_code == 200:  # the server's clock, not ours
        assert time.monotonic() < deadline
        time.sleep(0.2)
    second = session.bearer(user=True)
    assert second != first
    assert user_get(profile, second).status_code in (200, 401)  # may expire again at once
    assert count_tokens(server.db_path, "refresh_token") >= 1


def test_a_401_mid_session_is_recovered_by_one_refresh(
    fresh_sandbox: SandboxServer, store: TokenStore
) -> None:
    profile = profile_for(fresh_sandbox)
    session = signed_in(profile, store)
    token = session.bearer(user=True)
    # The server ends the access token behind the session's back.
    OAuthClient(profile, SANDBOX_CLIENT_SECRET).revoke(token, hint="access_token")
    assert user_get(profile, token).status_code == 401

    session.invalidate(token, user=True)
    fresh = session.bearer(user=True)
    assert fresh != token
    assert user_get(profile, fresh).status_code == 200
    assert session.bearer(user=True) == fresh
    # A late 401 for the old token (another request in flight) does not refresh again.
    session.invalidate(token, user=True)
    assert session.bearer(user=True) == fresh
    assert count_tokens(fresh_sandbox.db_path, "refresh_token") == 1


def test_single_flight_refresh_under_8_threads(
    fresh_sandbox: SandboxServer, store: TokenStore
) -> None:
    profile = profile_for(fresh_sandbox)
    session = signed_in(profile, store)
    stale = session.bearer(user=True)
    session.invalidate(stale, user=True)

    barrier = threading.Barrier(8)
    results: list[str] = []
    errors: list[BaseException] = []

    def worker() -> None:
        barrier.wait()
        try:
            results.append(session.bearer(user=True))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert errors == []
    assert len(results) == 8
    assert len(set(results)) == 1
    assert results[0] != stale
    assert count_tokens(fresh_sandbox.db_path, "refresh_token") == 1


def test_refresh_token_persisted_before_the_access_token_is_used(
    profile: Profile, keyring_backend: MemoryKeyring
) -> None:
    store = TokenStore("partner-desktop-test", backend=keyring_backend)
    session = signed_in(profile, store)
    old = session.bearer(user=True)
    handed_out: list[str] = []
    saved_before_use: list[bool] = []
    original = keyring_backend.set_password

    def watching_set(service: str, username: str, password: str) -> None:
        # When the rotated grant is saved, the new access token is not yet in use: the
        # session still holds the old one and no caller has received the new one.
        current = session._user
        saved_before_use.append(
            handed_out == [] and (current is None or current.access_token == old)
        )
        original(service, username, password)

    keyring_backend.set_password = watching_set  # type: ignore[method-assign]
    session.invalidate(old, user=True)
    handed_out.append(session.bearer(user=True))
    assert saved_before_use == [True]


def test_invalid_grant_signs_out_and_clears_the_store(profile: Profile, store: TokenStore) -> None:
    session = signed_in(profile, store)
    heard: list[SignedOut] = []
    session.add_signed_out_listener(heard.append)
    token = session.bearer(user=True)
    grant = store.load(profile.name)
    assert grant is not None
    # The grant ends on the server (for example revoked from the partner's web site).
    OAuthClient(profile, SANDBOX_CLIENT_SECRET).revoke(grant.refresh_token, hint="refresh_token")
    session.invalidate(token, user=True)

    with pytest.raises(SignedOut) as info:
        session.bearer(user=True)

    assert info.value.error == "invalid_grant"
    assert heard == [info.value]  # the listener hears the very failure the caller gets
    assert store.load(profile.name) is None
    assert not session.signed_in
    with pytest.raises(SignedOut):
        session.bearer(user=True)
    assert len(heard) == 1  # told once
    assert session.bearer(user=False)  # public routes keep working


# -- sign-out and restore ---------------------------------------------------------------


def test_sign_out_revokes_both_tokens_on_the_server(profile: Profile, store: TokenStore) -> None:
    session = signed_in(profile, store)
    token = session.bearer(user=True)
    grant = store.load(profile.name)
    assert grant is not None

    session.sign_out()

    assert not session.signed_in
    assert store.load(profile.name) is None
    assert user_get(profile, token).status_code == 401
    with pytest.raises(AuthError) as info:
        OAuthClient(profile, SANDBOX_CLIENT_SECRET).refresh(grant.refresh_token)
    assert info.value.error == "invalid_grant"
    with pytest.raises(SignedOut):
        session.bearer(user=True)


def test_sign_out_is_best_effort_when_the_server_is_gone(
    profile: Profile, store: TokenStore, caplog: pytest.LogCaptureFixture
) -> None:
    session = signed_in(profile, store)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    session._oauth.profile = replace(profile, revoke_url=f"http://127.0.0.1:{port}/revoke")
    with caplog.at_level(logging.WARNING):
        session.sign_out()  # no exception
    assert "Could not revoke the refresh token" in caplog.text
    assert store.load(profile.name) is None
    assert not session.signed_in


def test_restore_from_the_store_without_a_browser(profile: Profile, store: TokenStore) -> None:
    first = signed_in(profile, store)
    first.remember_account(Account(user_id="u-a", username="alice"))
    stored = store.load(profile.name)
    assert stored is not None

    later = new_session(profile, store)  # the next start of the app, same keyring
    assert later.restore() is True
    assert later.signed_in
    assert later.account_name == "alice"
    assert user_get(profile, later.bearer(user=True)).status_code == 200
    rotated = store.load(profile.name)
    assert rotated is not None
    assert rotated.refresh_token != stored.refresh_token


def test_restore_with_nothing_stored(profile: Profile, store: TokenStore) -> None:
    assert new_session(profile, store).restore() is False


def test_restore_with_a_dead_grant_clears_it(profile: Profile, store: TokenStore) -> None:
    signed_in(profile, store)
    grant = store.load(profile.name)
    assert grant is not None
    # The grant ends on the server while the app is closed.
    OAuthClient(profile, SANDBOX_CLIENT_SECRET).revoke(grant.refresh_token, hint="refresh_token")

    later = new_session(profile, store)
    heard: list[SignedOut] = []
    later.add_signed_out_listener(heard.append)
    assert later.restore() is False
    assert store.load(profile.name) is None
    assert not later.signed_in
    assert [ended.error for ended in heard] == ["invalid_grant"]


# -- client secret -------------------------------------------------------------------


def test_client_secret_comes_from_the_store_with_a_sandbox_fallback(
    profile: Profile, store: TokenStore
) -> None:
    assert client_secret_for(profile, store) == SANDBOX_CLIENT_SECRET
    assert client_secret_for(SOCIOS, store) is None
    store.save_secret("socios", "consumer-secret")
    assert client_secret_for(SOCIOS, store) == "consumer-secret"
    store.save_secret(profile.name, "wrong-secret")
    with pytest.raises(AuthError) as info:
        new_session(profile, store).bearer(user=False)
    assert info.value.error == "invalid_client"


# -- redaction -----------------------------------------------------------------------


def test_no_secret_reaches_the_logs(
    fresh_sandbox: SandboxServer, store: TokenStore, caplog: pytest.LogCaptureFixture
) -> None:
    profile = profile_for(fresh_sandbox)
    caplog.set_level(logging.DEBUG)
    session = signed_in(profile, store)
    user_token = session.bearer(user=True)
    first_grant = store.load(profile.name)
    assert first_grant is not None
    session.invalidate(user_token, user=True)
    refreshed = session.bearer(user=True)
    public = session.bearer(user=False)
    final_grant = store.load(profile.name)
    assert final_grant is not None
    session.sign_out()

    secrets_seen = [
        user_token,
        refreshed,
        public,
        first_grant.refresh_token,
        final_grant.refresh_token,
        SANDBOX_CLIENT_SECRET,
    ]
    # The application's own log lines carry no secret, even before the filter.
    ours = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("partner_desktop"))
    assert "Signed in" in ours
    for secret in secrets_seen:
        assert secret not in ours
    # Every record (urllib3's request lines included) passes the filter without a secret.
    redactor = RedactingFilter()
    for record in caplog.records:
        redactor.filter(record)
        for secret in secrets_seen:
            assert secret not in record.getMessage()


def test_a_grant_without_refresh_token_ends_like_a_revoked_one(
    fresh_sandbox: SandboxServer, store: TokenStore
) -> None:
    """RFC 6749 5.1 lets a server omit the refresh token (a client registered without the
    refresh grant gets none from the sandbox): the sign-in lasts as long as its access token,
    is never called remembered, and ends with the signed-out sentence and listeners."""
    admin.create_client(
        fresh_sandbox.db_path, "no-refresh", "nr-secret", grant_types=("authorization_code",)
    )
    profile = replace(profile_for(fresh_sandbox), client_id="no-refresh")
    store.save_secret(profile.name, "nr-secret")
    clock = Clock(time.time())
    session = signed_in(profile, store, clock=clock)
    ended: list[SignedOut] = []
    session.add_signed_out_listener(ended.append)

    answer = user_get(profile, session.bearer(user=True))
    assert answer.status_code == 200
    assert store.load(profile.name) is None  # nothing to remember
    assert session.storage_status == Storage(reason=StorageReason.NO_REFRESH_TOKEN)
    session.remember_account(Account.from_json(answer.json()["data"]))
    assert session.account_name == "alice"  # shown while the access token lasts

    clock.advance(7200 - 59)  # the access token is due: nothing to renew it with
    with pytest.raises(SignedOut) as info:
        session.bearer(user=True)
    assert info.value.error == SignedOut.EXPIRED
    assert ended == [info.value]
    assert not session.signed_in
    assert session.account_name is None
    assert session.storage_status.reason != StorageReason.NO_REFRESH_TOKEN
