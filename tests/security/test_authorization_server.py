"""The sandbox as an authorization server against RFC 9700 / RFC 6819 attacks, over real HTTP."""

from __future__ import annotations

import base64
import hashlib
import re
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest
import requests

from partner_desktop.sandbox import admin
from partner_desktop.sandbox.server import SandboxConfig, SandboxServer
from tests.helpers.consent import parse_forms
from tests.helpers.sandbox_http import (
    CLIENT,
    Grant,
    V,
    authorize_url,
    exchange,
    get_code,
    loopback,
    pkce,
)

OTHER = ("other-app", "other-app-secret-0123456789")


@pytest.fixture(scope="module")
def srv(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxServer]:
    """A sandbox of this module's own, with a second registered client (another app)."""
    db_path = tmp_path_factory.mktemp("as") / "sandbox.sqlite3"
    with SandboxServer(SandboxConfig(db_path=db_path)) as server:
        admin.create_client(db_path, OTHER[0], OTHER[1], name="Other App")
        yield server


def works(srv: SandboxServer, access_token: str) -> bool:
    response = requests.get(
        f"{srv.base_url}/user/1.0.0/user",
        headers={"Authorization": f"Bearer {access_token}"},
        timeout=10,
    )
    return response.status_code == 200


def other_code(srv: SandboxServer, username: str = "bob") -> Grant:
    return get_code(srv, username, client_id=OTHER[0])


# --- code replay and code injection ---------------------------------------------------------


def test_concurrent_replay_gives_one_answer_and_revokes_it(srv: SandboxServer) -> None:
    """RFC 6749 4.1.2: a code presented twice, even at the same instant, issues nothing usable."""
    grant = get_code(srv)
    results: list[requests.Response] = []
    lock = threading.Lock()
    go = threading.Barrier(8)

    def present() -> None:
        go.wait()
        response = exchange(srv, grant)
        with lock:
            results.append(response)

    threads = [threading.Thread(target=present) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    ok = [r for r in results if r.status_code == 200]
    refused = [r for r in results if r.status_code == 400]
    assert len(ok) == 1
    assert len(refused) == 7
    assert all(r.json()["error"] == "invalid_grant" for r in refused)
    # The replay was seen, so the one set of tokens that was issued is dead too.
    assert not works(srv, ok[0].json()["access_token"])


def test_another_clients_code_is_refused_and_not_burned(srv: SandboxServer) -> None:
    """Code injection: the other app's code presented with our credentials (RFC 9700 4.5)."""
    theirs = other_code(srv)
    stolen = exchange(srv, theirs)  # our client_id and secret
    assert stolen.status_code == 400
    assert stolen.json()["error"] == "invalid_grant"
    # Trying it did not consume it: its rightful client still redeems it, once.
    rightful = exchange(srv, theirs, client_id=OTHER[0], client_secret=OTHER[1])
    assert rightful.status_code == 200, rightful.text
    assert works(srv, rightful.json()["access_token"])


def test_our_code_cannot_be_redeemed_by_the_other_client(srv: SandboxServer) -> None:
    ours = get_code(srv)
    response = exchange(srv, ours, client_id=OTHER[0], client_secret=OTHER[1])
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_grant"
    assert exchange(srv, ours).status_code == 200


def test_injected_code_of_another_session_fails_pkce(srv: SandboxServer) -> None:
    """An attacker's own code slipped into the victim's redirect: the victim's verifier
    does not match the attacker's challenge (RFC 7636 section 1, RFC 9700 4.5.3)."""
    attackers = get_code(srv, "carol")
    victim_verifier, _ = pkce()
    response = exchange(srv, attackers, code_verifier=victim_verifier)
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_grant"


def test_other_clients_tokens_cannot_be_refreshed_or_revoked_by_us(srv: SandboxServer) -> None:
    theirs = exchange(srv, other_code(srv), client_id=OTHER[0], client_secret=OTHER[1]).json()
    refresh = requests.post(
        f"{srv.base_url}/oauth2/token",
        data={"grant_type": "refresh_token", "refresh_token": theirs["refresh_token"]},
        auth=CLIENT,
        timeout=10,
    )
    assert refresh.status_code == 400
    assert refresh.json()["error"] == "invalid_grant"
    revoke = requests.post(
        f"{srv.base_url}/oauth2/revoke",
        data={"token": theirs["access_token"]},
        auth=CLIENT,
        timeout=10,
    )
    assert revoke.status_code == 200  # RFC 7009 2.2: no oracle ...
    assert works(srv, theirs["access_token"])  # ... and no effect


# --- redirect URI manipulation --------------------------------------------------------------

EVIL_REDIRECTS = [
    "http://127.0.0.1@evil.example/callback",
    "http://127.0.0.1:5000@evil.example/callback",
    "http://evil.example#@127.0.0.1:5000/callback",
    "http://evil.example\\@127.0.0.1:5000/callback",
    "http://127.0.0.1.evil.example/callback",
    "http://127.0.0.1%2F@evil.example/callback",
    "http://[::ffff:127.0.0.1]:5000/callback",
    "http://0x7f000001:5000/callback",
    "http://2130706433:5000/callback",
    "http://127.0.0.1:5000/callback/../evil",
    "http://127.0.0.1:5000//evil.example/callback",
    "http://127.0.0.1:5000/callback#fragment",
    "http://127.0.0.1:5000/callback%00",
    "http://127.0.0.1:5000/CALLBACK",
    "http://127.0.0.1:5000/callback?next=http://evil.example",
    "http://127.0.0.1:5000/callback\r\nSet-Cookie: pwned=1",
    "//evil.example/callback",
    "/callback",
    "javascript:alert(1)//127.0.0.1/callback",
    "data:text/html,<script>alert(1)</script>",
    "file:///etc/passwd",
    "",
]


@pytest.mark.parametrize("redirect_uri", EVIL_REDIRECTS)
def test_manipulated_redirect_uri_is_refused_without_any_redirect(
    srv: SandboxServer, redirect_uri: str
) -> None:
    _v, challenge = pkce()
    url = authorize_url(srv.base_url, redirect_uri, challenge=challenge)
    with requests.Session() as browser:
        response = browser.get(url, timeout=10, allow_redirects=False)
    assert response.status_code == 400, response.text[:200]
    assert "Location" not in response.headers
    assert "text/html" in response.headers["Content-Type"]
    # An error page must not become an open redirect by other means either.
    assert not re.search(r"<(a|form|script|iframe)\b|http-equiv", response.text, re.IGNORECASE)
    assert "href=" not in response.text.replace('href="/assets/', "")  # named, never linked


@pytest.mark.parametrize(
    "extra", [{"response_type": "token"}, {"scope": "admin"}, {"code_challenge_method": "plain"}]
)
def test_errors_for_an_evil_redirect_are_shown_not_redirected(
    srv: SandboxServer, extra: dict[str, str]
) -> None:
    """RFC 6749 4.1.2.1: with an invalid redirect URI the error is never sent to that URI."""
    _v, challenge = pkce()
    url = authorize_url(srv.base_url, "http://evil.example/callback", challenge=challenge, **extra)
    response = requests.get(url, timeout=10, allow_redirects=False)
    assert response.status_code == 400
    assert "Location" not in response.headers


def test_token_endpoint_needs_the_exact_redirect_uri_of_the_authorization(
    srv: SandboxServer,
) -> None:
    grant = get_code(srv)
    port = urlsplit(grant.redirect_uri).port
    for other in (
        # Another port: "any port" holds at the authorization endpoint only.
        f"http://127.0.0.1:{(port or 0) + 1}/callback",
        f"http://localhost:{port}/callback",
        f"http://127.0.0.1:{port}/callback/",
    ):
        response = exchange(srv, grant, redirect_uri=other)
        assert response.status_code == 400
        assert response.json()["error"] == "invalid_grant"


# --- PKCE downgrade -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "with_challenge"),
    [("plain", True), (None, True), ("S256", False), ("s256", True), ("S512", True)],
)
def test_pkce_downgrade_at_authorize_is_refused(
    srv: SandboxServer, method: str | None, with_challenge: bool
) -> None:
    _v, challenge = pkce()
    with loopback() as receiver:
        url = authorize_url(
            srv.base_url,
            receiver.redirect_uri,
            challenge=challenge if with_challenge else None,
            method=method,
        )
        if method is None and with_challenge:
            url = url.replace("&code_challenge_method=S256", "")
        if method is not None and not with_challenge:
            url += f"&code_challenge_method={method}"
        response = requests.get(url, timeout=10, allow_redirects=False)
    assert response.status_code in (302, 400)
    if response.status_code == 302:
        query = parse_qs(urlsplit(response.headers["Location"]).query)
        assert query["error"] == ["invalid_request"]
        assert "code" not in query
    else:
        assert not parse_forms(response.text)  # no sign-in form for a downgraded request


@pytest.mark.parametrize("verifier", ["challenge", "missing", "empty", "short", "other"])
def test_pkce_downgrade_at_the_token_endpoint_is_invalid_grant(
    srv: SandboxServer, verifier: str
) -> None:
    """A code issued against an S256 challenge needs the verifier itself: not the challenge
    (a "plain" downgrade), not nothing, not another one (RFC 7636 section 4.6)."""
    grant = get_code(srv)
    digest = hashlib.sha256(grant.verifier.encode()).digest()
    challenge = base64.urlsafe_b64encode(digest).decode().rstrip("=")  # the one it was sent
    values = {
        "challenge": challenge,
        "empty": "",
        "short": grant.verifier[:42],
        "other": pkce()[0],
    }
    if verifier == "missing":
        data = {
            "grant_type": "authorization_code",
            "code": grant.code,
            "redirect_uri": grant.redirect_uri,
        }
        response = requests.post(f"{srv.base_url}/oauth2/token", data=data, auth=CLIENT, timeout=10)
    else:
        response = exchange(srv, grant, code_verifier=values[verifier])
    assert response.status_code == 400
    assert response.json()["error"] in ("invalid_grant", "invalid_request")
    # The failed attempt consumed the code: the real verifier cannot redeem it afterwards.
    assert exchange(srv, grant).status_code == 400


# --- consent-form CSRF ----------------------------------------------------------------------


def _signin_page(srv: SandboxServer, browser: requests.Session) -> tuple[str, dict[str, str]]:
    _v, challenge = pkce()
    page = browser.get(
        authorize_url(srv.base_url, "http://127.0.0.1:5000/callback", challenge=challenge),
        timeout=10,
    )
    (form,) = parse_forms(page.text)
    return urljoin(page.url, form.action), form.inputs


def _consent_page(srv: SandboxServer, browser: requests.Session) -> tuple[str, dict[str, str]]:
    action, inputs = _signin_page(srv, browser)
    page = browser.post(action, data=dict(inputs, username="alice", password="sandbox"), timeout=10)
    (form,) = parse_forms(page.text)
    return urljoin(page.url, form.action), form.inputs


def test_consent_tokens_are_one_time_unguessable_and_per_request(srv: SandboxServer) -> None:
    with requests.Session() as browser:
        seen = set()
        for _ in range(5):
            _action, inputs = _consent_page(srv, browser)
            token = inputs["csrf_token"]
            assert len(token) >= 43  # 32 random bytes, base64url (RFC 6819 5.1.4.2.2)
            assert re.fullmatch(r"[A-Za-z0-9_-]+", token)
            seen.add(token)
        assert len(seen) == 5


@pytest.mark.parametrize("attack", ["reuse", "other request", "missing", "sign-in token"])
def test_consent_csrf_allows_nothing(srv: SandboxServer, attack: str) -> None:
    with requests.Session() as browser:
        action, inputs = _consent_page(srv, browser)
        if attack == "reuse":
            first = browser.post(
                action, data=dict(inputs, decision="deny"), timeout=10, allow_redirects=False
            )
            assert first.status_code == 302
            data = dict(inputs, decision="allow")
        elif attack == "other request":
            _other_action, other_inputs = _consent_page(srv, browser)
            data = dict(other_inputs, decision="allow")  # a token of another authorization request
            # ... submitted to this request's action: bound to its own request, so refused
        elif attack == "missing":
            data = {"decision": "allow"}
        else:
            _a, signin_inputs = _signin_page(srv, browser)
            data = {"csrf_token": signin_inputs["csrf_token"], "decision": "allow"}
        response = browser.post(action, data=data, timeout=10, allow_redirects=False)
    assert response.status_code == 400
    assert "Location" not in response.headers
    assert "code=" not in response.text


# --- clickjacking, referrer, caching, leakage -------------------------------------------------


def _all_pages(srv: SandboxServer) -> list[requests.Response]:
    """Every kind of page the authorization server shows, and the answer that redirects."""
    pages: list[requests.Response] = []
    with requests.Session() as browser:
        _v, challenge = pkce()
        url = authorize_url(srv.base_url, "http://127.0.0.1:5000/callback", challenge=challenge)
        signin = browser.get(url, timeout=10)
        (form,) = parse_forms(signin.text)
        action = urljoin(signin.url, form.action)
        wrong = browser.post(action, data=dict(form.inputs, username="x", password="y"), timeout=10)
        (form,) = parse_forms(wrong.text)
        consent = browser.post(
            action, data=dict(form.inputs, username="alice", password="sandbox"), timeout=10
        )
        (form,) = parse_forms(consent.text)
        redirect = browser.post(
            action, data=dict(form.inputs, decision="allow"), timeout=10, allow_redirects=False
        )
        error = browser.get(f"{srv.base_url}/oauth2/authorize?client_id=nobody", timeout=10)
        index = browser.get(f"{srv.base_url}/", timeout=10)
        pages += [signin, wrong, consent, redirect, error, index]
    return pages


def test_pages_cannot_be_framed_leak_no_referrer_and_are_not_cached(srv: SandboxServer) -> None:
    for page in _all_pages(srv):
        headers = page.headers
        assert headers["X-Frame-Options"] == "DENY", page.url
        csp = headers["Content-Security-Policy"]
        assert "frame-ancestors 'none'" in csp
        assert "default-src 'none'" in csp
        assert headers["Referrer-Policy"] == "no-referrer"
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert "no-store" in headers["Cache-Control"]


def test_code_travels_only_in_the_location_header(srv: SandboxServer) -> None:
    pages = _all_pages(srv)
    redirect = pages[3]
    assert redirect.status_code == 302
    code = parse_qs(urlsplit(redirect.headers["Location"]).query)["code"][0]
    for page in pages:
        assert code not in page.text, page.url
        # No resource of another origin that a Referer (or the page) could hand the code to.
        for link in re.findall(r"""(?:src|href|action)=["']([^"']+)""", page.text):
            target = urlsplit(urljoin(page.url, link.replace("&amp;", "&")))
            assert target.netloc == urlsplit(srv.base_url).netloc, link


def test_token_answers_are_never_cached(srv: SandboxServer) -> None:
    """RFC 6749 section 5.1: Cache-Control: no-store and Pragma: no-cache on tokens."""
    grant = get_code(srv)
    for response in (
        exchange(srv, grant),
        requests.post(
            f"{srv.base_url}/oauth2/token",
            data={"grant_type": "client_credentials"},
            auth=CLIENT,
            timeout=10,
        ),
        exchange(srv, grant),  # the error answer too
    ):
        assert "no-store" in response.headers["Cache-Control"]
        assert response.headers["Pragma"] == "no-cache"


def test_api_answers_do_not_echo_the_bearer_token(srv: SandboxServer) -> None:
    token = exchange(srv, get_code(srv)).json()["access_token"]
    for path in ("/user/1.0.0/user", f"/polls/{V}/user/polls", f"/polls/{V}/poll/nope"):
        response = requests.get(
            f"{srv.base_url}{path}", headers={"Authorization": f"Bearer {token}"}, timeout=10
        )
        assert token not in response.text
    revoked = requests.get(
        f"{srv.base_url}/user/1.0.0/user",
        headers={"Authorization": f"Bearer {token}x"},
        timeout=10,
    )
    assert revoked.status_code == 401
    assert token not in revoked.text


def test_database_path_is_not_served(srv: SandboxServer) -> None:
    name = Path(srv.db_path).name
    for path in (f"/{name}", f"/assets/../{name}", f"/static/{name}", "/assets/%2e%2e/app.py"):
        response = requests.get(f"{srv.base_url}{path}", timeout=10)
        assert response.status_code == 404
        assert b"SQLite format" not in response.content
