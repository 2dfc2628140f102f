"""Sign-in use cases against the real sandbox: browser flow, restore, sign-out, refusals."""

from __future__ import annotations

import time
from typing import Any

from partner_desktop.auth.oauth import PROBE_TIMEOUT
from partner_desktop.errors import (
    SignedOut,
    SignInCancelled,
    SignInDenied,
    SignInTimeout,
    SignInUnavailable,
    Storage,
    StorageReason,
)
from partner_desktop.sandbox import admin
from partner_desktop.ui.errors import describe
from tests.helpers.keyrings import MemoryKeyring


def test_sign_in_through_the_browser_remembers_the_grant(
    wire: Any, sandbox: Any, run_async: Any, qtbot: Any
) -> None:
    w = wire(sandbox)
    started: list[str] = []
    w.session.sign_in_started.connect(started.append)
    with qtbot.waitSignal(w.session.signed_in, timeout=20_000) as signed:
        assert run_async(w.session.sign_in()) is True
    w.browser.join()
    assert signed.args == ["alice"]
    assert w.session.is_signed_in
    assert w.session.username == "alice"
    assert started == w.browser.urls
    assert "code_challenge_method=S256" in started[0]
    # The loopback answered the browser with a page a person can read.
    assert w.browser.pages[0].status_code == 200
    # Only a refresh token (inside the grant) reached the keyring, never an access token.
    assert w.keyring.entries
    assert not w.session.busy


def test_restore_at_start_up_signs_in_without_a_browser(
    wire: Any, sandbox: Any, run_async: Any, qtbot: Any
) -> None:
    keyring = MemoryKeyring()
    first = wire(sandbox, keyring=keyring)
    assert run_async(first.session.sign_in())
    # A second start of the app: same keyring, new objects.
    second = wire(sandbox, keyring=keyring)
    with qtbot.waitSignal(second.session.signed_in, timeout=20_000) as signed:
        assert run_async(second.session.restore()) is True
    assert signed.args == ["alice"]
    assert second.browser.urls == []


def test_restore_with_nothing_stored_stays_signed_out(
    wire: Any, sandbox: Any, run_async: Any
) -> None:
    w = wire(sandbox)
    assert run_async(w.session.restore()) is False
    assert not w.session.is_signed_in


def test_sign_out_forgets_the_grant(wire: Any, sandbox: Any, run_async: Any, qtbot: Any) -> None:
    keyring = MemoryKeyring()
    w = wire(sandbox, keyring=keyring)
    assert run_async(w.session.sign_in())
    with qtbot.waitSignal(w.session.signed_out, timeout=10_000) as out:
        run_async(w.session.sign_out())
    assert out.args == [None]  # the person's own sign-out: nothing to tell them
    assert not w.session.is_signed_in
    later = wire(sandbox, keyring=keyring)
    assert run_async(later.session.restore()) is False


def test_denied_consent_is_reported(wire: Any, sandbox: Any, run_async: Any, qtbot: Any) -> None:
    w = wire(sandbox, decision="deny")
    with qtbot.waitSignal(w.session.sign_in_failed, timeout=20_000) as failed:
        assert run_async(w.session.sign_in()) is False
    assert isinstance(failed.args[0], SignInDenied)
    assert not w.session.is_signed_in
    assert not w.session.busy


def test_cancel_ends_a_waiting_sign_in(wire: Any, sandbox: Any, run_async: Any, qtbot: Any) -> None:
    w = wire(sandbox)
    w.browser.enabled = False  # the person never finishes in the browser
    w.session.sign_in_started.connect(lambda _url: w.session.cancel_sign_in())
    with qtbot.waitSignal(w.session.sign_in_failed, timeout=10_000) as failed:
        assert run_async(w.session.sign_in()) is False
    assert isinstance(failed.args[0], SignInCancelled)
    assert w.session.sign_in_url is None


def test_open_again_reopens_the_same_url(
    wire: Any, sandbox: Any, run_async: Any, qtbot: Any
) -> None:
    w = wire(sandbox)
    w.browser.ignore = 1  # the first opening shows nothing

    def again(_url: str) -> None:
        w.session.open_again()

    w.session.sign_in_started.connect(again)
    assert run_async(w.session.sign_in())
    assert len(w.browser.urls) == 2
    assert w.browser.urls[0] == w.browser.urls[1]


def test_sign_in_times_out(wire: Any, sandbox: Any, run_async: Any, qtbot: Any) -> None:
    w = wire(sandbox, sign_in_timeout=0.5)
    w.browser.enabled = False
    with qtbot.waitSignal(w.session.sign_in_failed, timeout=10_000) as failed:
        assert run_async(w.session.sign_in()) is False
    assert isinstance(failed.args[0], SignInTimeout)


def test_a_sign_in_without_refresh_token_is_not_remembered_and_ends_with_the_sentence(
    wire: Any, make_sandbox: Any, run_async: Any, qtbot: Any
) -> None:
    """RFC 6749 5.1: a grant without refresh token. The status bar never says "remembered";
    when its access token is refused, the window is told to sign in again."""
    sandbox = make_sandbox()
    admin.create_client(sandbox.db_path, "no-refresh", "nr", grant_types=("authorization_code",))
    w = wire(sandbox, client=("no-refresh", "nr"))
    storage: list[Storage] = []
    w.session.storage_status.connect(storage.append)
    with qtbot.waitSignal(w.session.signed_in, timeout=20_000):
        assert run_async(w.session.sign_in()) is True
    assert storage[-1] == Storage(reason=StorageReason.NO_REFRESH_TOKEN)
    assert not w.keyring.entries.get(("partner-desktop-test", "sandbox"))
    assert w.session.username == "alice"
    # The resource server says 401: with nothing to renew it, the sign-in ends.
    w.auth.invalidate(w.auth.bearer(user=True), user=True)
    with qtbot.waitSignal(w.session.signed_out, timeout=10_000) as out:
        try:
            w.client.get_account()
        except SignedOut:
            pass
        else:
            raise AssertionError("a refused access token without refresh token went on working")
    (ended,) = out.args
    assert isinstance(ended, SignedOut)
    assert ended.error == SignedOut.EXPIRED
    assert not w.session.is_signed_in


def test_a_sign_in_server_that_refuses_is_said_without_opening_the_browser(
    wire: Any, run_async: Any
) -> None:
    from types import SimpleNamespace

    from tests.helpers.network import closed_port

    with closed_port() as port:
        w = wire(SimpleNamespace(base_url=f"http://127.0.0.1:{port}"))
        failures: list[Any] = []
        w.session.sign_in_failed.connect(failures.append)
        started = time.monotonic()
        assert run_async(w.session.sign_in()) is False
        assert time.monotonic() - started < PROBE_TIMEOUT + 1
    assert w.browser.urls == [], "no browser page for a server that is down"
    assert isinstance(failures[0], SignInUnavailable)
    assert "browser was not opened" in describe(failures[0])
    assert not w.session.busy


def test_a_sign_in_server_answering_503_is_said_without_opening_the_browser(
    wire: Any, run_async: Any
) -> None:
    from tests.helpers.network import Reply, ScriptedServer

    with ScriptedServer(lambda path, count: Reply(503, b"<html>maintenance</html>")) as server:
        w = wire(server)
        failures: list[Any] = []
        w.session.sign_in_failed.connect(failures.append)
        assert run_async(w.session.sign_in()) is False
    assert w.browser.urls == []
    assert isinstance(failures[0], SignInUnavailable)
    assert failures[0].status == 503
    assert describe(failures[0]).endswith("is unavailable (HTTP 503))")
