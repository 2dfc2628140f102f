"""The loopback redirect receiver on real sockets: state, strays, errors, limits, cancel, IPv6."""

from __future__ import annotations

import logging
import re
import socket
import threading
import time
from collections.abc import Iterator
from urllib.parse import quote

import pytest
import requests

from partner_desktop.auth import loopback
from partner_desktop.auth.loopback import LoopbackReceiver
from partner_desktop.errors import (
    AuthError,
    LoopbackError,
    SignInCancelled,
    SignInDenied,
    SignInTimeout,
)
from tests.helpers.rawhttp import raw_exchange

STATE = "expected-state-0123456789"


@pytest.fixture
def receiver() -> Iterator[LoopbackReceiver]:
    with LoopbackReceiver(STATE) as r:
        yield r


def get(url: str, method: str = "GET") -> requests.Response:
    with requests.Session() as s:
        return s.request(method, url, timeout=5, allow_redirects=False)


def status_of(answer: bytes) -> int:
    match = re.match(rb"HTTP/1\.[01] (\d{3}) ", answer)
    assert match, answer[:80]
    return int(match.group(1))


def refused(url: str) -> bool:
    try:
        get(url)
    except requests.ConnectionError:
        return True
    return False


def ipv6_loopback_available() -> bool:
    if not socket.has_ipv6:
        return False
    try:
        with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as s:
            s.bind(("::1", 0))
    except OSError:
        return False
    return True


def test_redirect_uri_is_the_ipv4_literal_on_an_os_chosen_port(receiver: LoopbackReceiver) -> None:
    match = re.fullmatch(r"http://127\.0\.0\.1:(\d+)/callback", receiver.redirect_uri)
    assert match
    assert int(match.group(1)) == receiver.port > 0


def test_valid_callback_returns_the_code_and_a_close_tab_page(receiver: LoopbackReceiver) -> None:
    code = "auth-code-<b>secret</b>"
    resp = get(f"{receiver.redirect_uri}?code={quote(code)}&state={STATE}")

    assert resp.status_code == 200
    assert "You can close this tab and return to Partner Desktop" in resp.text
    assert "auth-code" not in resp.text
    assert "secret" not in resp.text
    assert resp.headers["Cache-Control"] == "no-store"
    assert resp.headers["Referrer-Policy"] == "no-referrer"
    assert resp.headers["Content-Type"].startswith("text/html")
    assert receiver.wait(5) == code


def test_stops_listening_after_the_first_valid_answer(receiver: LoopbackReceiver) -> None:
    url = f"{receiver.redirect_uri}?code=first&state={STATE}"
    assert get(url).status_code == 200
    # The listener is closed before the page is sent: a reload or a second answer is refused.
    assert refused(url)
    assert refused(f"{receiver.redirect_uri}?code=second&state={STATE}")
    assert receiver.wait(5) == "first"


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("GET", "/favicon.ico", 404),
        ("GET", "/", 404),
        ("GET", "/callback/extra?code=x&state=" + STATE, 404),
        ("HEAD", "/callback?code=x&state=" + STATE, 404),
        ("POST", "/callback?code=x&state=" + STATE, 404),
        ("GET", "/callback?code=x&state=wrong-state", 400),
        ("GET", "/callback?code=x", 400),
        ("GET", "/callback?code=x&state=" + STATE + "&state=" + STATE, 400),
        ("GET", "/callback?state=" + STATE, 400),
        ("GET", "/callback?error=access_denied&state=not-ours", 400),
    ],
)
def test_stray_requests_are_answered_without_consuming_the_attempt(
    receiver: LoopbackReceiver, method: str, path: str, status: int
) -> None:
    resp = get(f"http://127.0.0.1:{receiver.port}{path}", method)
    assert resp.status_code == status
    assert resp.headers["Cache-Control"] == "no-store"
    if method != "HEAD":
        assert "Partner Desktop" in resp.text
        assert "x&" not in resp.text

    assert not receiver.finished
    good = get(f"{receiver.redirect_uri}?code=the-code&state={STATE}")
    assert good.status_code == 200
    assert receiver.wait(5) == "the-code"


def test_access_denied_reads_as_you_declined_access(receiver: LoopbackReceiver) -> None:
    resp = get(f"{receiver.redirect_uri}?error=access_denied&state={STATE}")
    assert resp.status_code == 200
    assert "You declined access" in resp.text
    with pytest.raises(SignInDenied) as info:
        receiver.wait(5)
    assert info.value.error == "access_denied"


def test_other_error_is_an_auth_error_and_the_page_is_escaped(receiver: LoopbackReceiver) -> None:
    hostile = "<script>alert(1)</script>"
    resp = get(
        f"{receiver.redirect_uri}?error={quote(hostile)}"
        f"&error_description={quote(hostile)}&state={STATE}"
    )
    assert resp.status_code == 200
    assert "<script" not in resp.text
    assert "Sign-in failed" in resp.text
    with pytest.raises(AuthError) as info:
        receiver.wait(5)
    assert not isinstance(info.value, SignInDenied)
    assert "<" not in str(info.value)
    assert info.value.error == "scriptalert1script"


def test_server_error_code_is_reported(receiver: LoopbackReceiver) -> None:
    get(f"{receiver.redirect_uri}?error=temporarily_unavailable&state={STATE}")
    with pytest.raises(AuthError) as info:
        receiver.wait(5)
    assert info.value.error == "temporarily_unavailable"


def test_timeout_raises_and_stops_listening(receiver: LoopbackReceiver) -> None:
    start = time.monotonic()
    with pytest.raises(SignInTimeout) as info:
        receiver.wait(0.3)
    assert info.value.error == "timeout"
    assert time.monotonic() - start < 3
    assert refused(f"{receiver.redirect_uri}?code=late&state={STATE}")


def test_cancel_from_another_thread_ends_the_wait_promptly(receiver: LoopbackReceiver) -> None:
    waiting = threading.Event()
    outcome: list[BaseException] = []

    def waiter() -> None:
        waiting.set()
        try:
            receiver.wait(60)
        except BaseException as exc:
            outcome.append(exc)

    thread = threading.Thread(target=waiter)
    thread.start()
    assert waiting.wait(5)
    start = time.monotonic()
    receiver.cancel()
    thread.join(5)
    assert not thread.is_alive()
    assert time.monotonic() - start < 2
    assert len(outcome) == 1
    assert isinstance(outcome[0], SignInCancelled)
    assert refused(f"{receiver.redirect_uri}?code=late&state={STATE}")


def test_cancel_before_wait_stops_listening_and_is_remembered(
    receiver: LoopbackReceiver,
) -> None:
    receiver.cancel()
    assert refused(f"{receiver.redirect_uri}?code=late&state={STATE}")
    with pytest.raises(SignInCancelled):
        receiver.wait(60)


def test_pinned_busy_port_gives_a_sentence() -> None:
    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        port = other.getsockname()[1]
        r = LoopbackReceiver(STATE, port=port)
        with pytest.raises(LoopbackError) as info:
            r.start()
        assert (info.value.error, info.value.port) == ("port_in_use", port)
        r.close()


def test_pinned_free_port_is_used() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with LoopbackReceiver(STATE, port=port) as r:
        assert r.redirect_uri == f"http://127.0.0.1:{port}/callback"
        get(f"{r.redirect_uri}?code=c&state={STATE}")
        assert r.wait(5) == "c"
    # The same pinned port can serve the next sign-in straight away (TIME_WAIT is no obstacle).
    with LoopbackReceiver(STATE, port=port) as again:
        assert again.port == port


@pytest.mark.skipif(not ipv6_loopback_available(), reason="::1 cannot be bound on this machine")
def test_ipv6_loopback_listens_on_the_same_port(receiver: LoopbackReceiver) -> None:
    stray = get(f"http://[::1]:{receiver.port}/favicon.ico")
    assert stray.status_code == 404
    resp = get(f"http://[::1]:{receiver.port}/callback?code=v6&state={STATE}")
    assert resp.status_code == 200
    assert receiver.wait(5) == "v6"
    assert refused(f"http://[::1]:{receiver.port}/callback?code=again&state={STATE}")
    assert refused(f"http://127.0.0.1:{receiver.port}/callback?code=again&state={STATE}")


def test_ipv6_can_be_switched_off() -> None:
    with LoopbackReceiver(STATE, host_v6=False) as r:
        assert refused(f"http://[::1]:{r.port}/callback?code=x&state={STATE}")


def test_oversized_request_line_is_refused_and_the_attempt_goes_on(
    receiver: LoopbackReceiver,
) -> None:
    line = b"GET /callback?code=x&state=" + STATE.encode() + b"&pad=" + b"a" * 20_000
    answer = raw_exchange(receiver.port, line + b" HTTP/1.1\r\nHost: x\r\n\r\n")
    assert status_of(answer) == 414
    assert not receiver.finished
    get(f"{receiver.redirect_uri}?code=ok&state={STATE}")
    assert receiver.wait(5) == "ok"


def test_oversized_headers_are_refused_and_the_attempt_goes_on(receiver: LoopbackReceiver) -> None:
    headers = b"".join(b"X-Pad-%d: %s\r\n" % (i, b"b" * 200) for i in range(90))
    request = b"GET /callback?code=x&state=" + STATE.encode() + b" HTTP/1.1\r\nHost: x\r\n"
    answer = raw_exchange(receiver.port, request + headers + b"\r\n")
    assert status_of(answer) == 431
    assert not receiver.finished
    get(f"{receiver.redirect_uri}?code=ok&state={STATE}")
    assert receiver.wait(5) == "ok"


@pytest.mark.parametrize(
    "garbage",
    [
        b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + bytes(range(32)) + b"\r\n\r\n",
        b"BREW /pot HTCPCP/1.0\r\n\r\n",
        b"\r\n\r\n",
        b"GET\r\n\r\n",
        b"",
    ],
)
def test_non_http_bytes_do_not_end_the_attempt(receiver: LoopbackReceiver, garbage: bytes) -> None:
    answer = raw_exchange(receiver.port, garbage)
    assert b"state" not in answer
    assert not receiver.finished
    get(f"{receiver.redirect_uri}?code=ok&state={STATE}")
    assert receiver.wait(5) == "ok"


def test_a_silent_client_neither_blocks_the_answer_nor_stays_forever(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(loopback._Handler, "timeout", 0.5)
    with LoopbackReceiver(STATE) as r, socket.create_connection(("127.0.0.1", r.port)) as silent:
        silent.settimeout(5)
        silent.sendall(b"GET /callback?code=slow")  # never finishes its request line
        get(f"{r.redirect_uri}?code=ok&state={STATE}")
        assert r.wait(5) == "ok"
        # The server drops the silent connection after its per-connection timeout.
        start = time.monotonic()
        assert silent.recv(1024) == b""
        assert time.monotonic() - start < 4


def test_the_code_and_state_never_reach_the_log(
    receiver: LoopbackReceiver, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    get(f"{receiver.redirect_uri}?code=wrong-attempt-code&state=not-ours")
    get(f"{receiver.redirect_uri}?code=very-secret-code&state={STATE}")
    assert receiver.wait(5) == "very-secret-code"
    # (urllib3, the test's own client, logs its request line; the receiver must not.)
    ours = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("partner_desktop"))
    assert "Loopback" in ours
    assert "secret-code" not in ours
    assert "attempt-code" not in ours
    assert STATE not in ours


def test_an_empty_state_is_refused() -> None:
    with pytest.raises(ValueError, match="state"):
        LoopbackReceiver("")
