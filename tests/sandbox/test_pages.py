"""Sign-in and consent pages: security headers, escaping, one-time CSRF tokens, wrong password."""

from __future__ import annotations

from urllib.parse import urljoin

import pytest
import requests

from partner_desktop.sandbox.server import SandboxServer
from tests.helpers.consent import consent_in_browser, parse_forms, submit
from tests.helpers.sandbox_http import authorize_url, loopback, pkce

EVIL = "<script>alert('x')</script>\"&"


def _url(srv: SandboxServer, **extra: str) -> str:
    _v, challenge = pkce()
    return authorize_url(
        srv.base_url, "http://127.0.0.1:5000/callback", challenge=challenge, **extra
    )


def assert_page_headers(response: requests.Response) -> None:
    headers = response.headers
    assert headers["Cache-Control"] == "no-store"
    assert headers["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
    assert headers["Referrer-Policy"] == "no-referrer"
    assert headers["Content-Type"].startswith("text/html")


def test_sign_in_page_headers_and_fields(sandbox: SandboxServer) -> None:
    response = requests.get(_url(sandbox), timeout=10)
    assert response.status_code == 200
    assert_page_headers(response)
    (form,) = parse_forms(response.text)
    assert form.method == "post"
    assert {"username", "password", "csrf_token"} <= set(form.inputs)
    assert form.inputs["csrf_token"]
    # Accessible labels for both fields.
    assert '<label for="username">' in response.text
    assert '<label for="password">' in response.text
    assert "Partner Desktop" in response.text  # the client is named


def test_consent_page_headers_and_buttons(sandbox: SandboxServer) -> None:
    with requests.Session() as browser:
        page = browser.get(_url(sandbox), timeout=10)
        (form,) = parse_forms(page.text)
        consent = submit(browser, page, form, username="carol", password="sandbox")
    assert consent.status_code == 200
    assert_page_headers(consent)
    (form,) = parse_forms(consent.text)
    assert ("decision", "allow") in form.buttons
    assert ("decision", "deny") in form.buttons
    assert "carol" in consent.text


def test_error_page_headers(sandbox: SandboxServer) -> None:
    response = requests.get(_url(sandbox, client_id="nobody"), timeout=10)
    assert response.status_code == 400
    assert_page_headers(response)


def test_reflected_values_are_escaped(sandbox: SandboxServer) -> None:
    with requests.Session() as browser:
        page = browser.get(_url(sandbox, state=EVIL, referrer=EVIL, campaign=EVIL), timeout=10)
        assert page.status_code == 200
        assert "<script>" not in page.text
        (form,) = parse_forms(page.text)
        again = submit(browser, page, form, username=EVIL, password="nope")
    assert "<script>" not in again.text
    assert "&lt;script&gt;" in again.text  # the username is shown back, escaped


def test_wrong_password_shows_the_form_again_with_a_sentence(sandbox: SandboxServer) -> None:
    with requests.Session() as browser:
        page = browser.get(_url(sandbox), timeout=10)
        (form,) = parse_forms(page.text)
        again = submit(browser, page, form, username="alice", password="wrong")
        assert again.status_code == 200
        assert "username or password is not right" in again.text
        (retry,) = parse_forms(again.text)
        assert retry.inputs["csrf_token"] != form.inputs["csrf_token"]
        # The new form works.
        consent = submit(browser, again, retry, username="alice", password="sandbox")
    assert ("decision", "allow") in parse_forms(consent.text)[0].buttons


def test_csrf_token_is_single_use(sandbox: SandboxServer) -> None:
    with requests.Session() as browser:
        page = browser.get(_url(sandbox), timeout=10)
        (form,) = parse_forms(page.text)
        data = dict(form.inputs, username="alice", password="sandbox")
        first = browser.post(urljoin(page.url, form.action), data=data, timeout=10)
        second = browser.post(urljoin(page.url, form.action), data=data, timeout=10)
    assert first.status_code == 200
    assert second.status_code == 400
    assert "expired or was already used" in second.text


@pytest.mark.parametrize("token", ["", "forged"])
def test_missing_or_forged_csrf_token_is_refused(sandbox: SandboxServer, token: str) -> None:
    page = requests.get(_url(sandbox), timeout=10)
    (form,) = parse_forms(page.text)
    response = requests.post(
        urljoin(page.url, form.action),
        data={"csrf_token": token, "username": "alice", "password": "sandbox"},
        timeout=10,
    )
    assert response.status_code == 400


def test_csrf_token_is_bound_to_its_authorization_request(sandbox: SandboxServer) -> None:
    first = requests.get(_url(sandbox, state="one"), timeout=10)
    second = requests.get(_url(sandbox, state="two"), timeout=10)
    (form_one,) = parse_forms(first.text)
    (form_two,) = parse_forms(second.text)
    # The token of request one, posted to request two's address, is refused.
    response = requests.post(
        urljoin(second.url, form_two.action),
        data=dict(form_one.inputs, username="alice", password="sandbox"),
        timeout=10,
    )
    assert response.status_code == 400


def test_consent_token_cannot_skip_sign_in(sandbox: SandboxServer) -> None:
    """A sign-in token posted with a decision does not grant anything: it asks for the password."""
    with loopback() as receiver:
        _v, challenge = pkce()
        url = authorize_url(sandbox.base_url, receiver.redirect_uri, challenge=challenge)
        page = requests.get(url, timeout=10)
        (form,) = parse_forms(page.text)
        response = requests.post(
            urljoin(page.url, form.action),
            data={"csrf_token": form.inputs["csrf_token"], "decision": "allow"},
            timeout=10,
            allow_redirects=False,
        )
        assert response.status_code == 200
        assert "username or password is not right" in response.text
        assert receiver.received == []


def test_consent_helper_reports_a_wrong_password(sandbox: SandboxServer) -> None:
    with pytest.raises(AssertionError, match="consent page"):
        consent_in_browser(_url(sandbox), password="wrong")


def test_landing_page_shows_the_seeded_credentials(sandbox: SandboxServer) -> None:
    page = requests.get(f"{sandbox.base_url}/", timeout=10)
    assert page.status_code == 200
    assert "sandbox-desktop" in page.text
    assert "sandbox-secret" in page.text
    css = requests.get(f"{sandbox.base_url}/assets/sandbox.css", timeout=10)
    assert css.status_code == 200
    assert "text/css" in css.headers["Content-Type"]


@pytest.mark.parametrize(
    ("header", "lang", "heading"),
    [
        ("es-ES,es;q=0.9,en;q=0.5", "es", "Iniciar sesión"),
        ("es-AR", "es", "Iniciar sesión"),
        ("pt-BR,pt;q=0.8", "pt-BR", "Entrar"),
        ("it", "it", "Accedi"),
        ("fr-CA,fr;q=0.9", "fr", "Se connecter"),
        ("tr-TR", "tr", "Oturum aç"),
        ("de-DE,de;q=0.9", "en", "Sign in"),
        ("en;q=0.9,es;q=0.1", "en", "Sign in"),
        ("", "en", "Sign in"),
    ],
)
def test_sign_in_page_honours_accept_language(
    sandbox: SandboxServer, header: str, lang: str, heading: str
) -> None:
    response = requests.get(_url(sandbox), headers={"Accept-Language": header}, timeout=10)
    assert response.status_code == 200
    assert f'<html lang="{lang}">' in response.text
    assert f"<h1>{heading}</h1>" in response.text
    assert response.headers["Content-Language"] == lang
    assert "Accept-Language" in response.headers["Vary"]
    assert "<strong>Partner Desktop</strong>" in response.text  # a name, not translated


def test_translated_pages_still_escape_what_they_quote(sandbox: SandboxServer) -> None:
    """The consent in French names the account; a translated sentence quotes it escaped."""
    with requests.Session() as browser:
        browser.headers["Accept-Language"] = "fr"
        page = browser.get(_url(sandbox), timeout=10)
        (form,) = parse_forms(page.text)
        again = submit(browser, page, form, username=EVIL, password="nope")
        wrong = "Le nom d\u2019utilisateur ou le mot de passe est incorrect."
        assert wrong in again.text
        assert "<script>" not in again.text
        (form,) = parse_forms(again.text)
        consent = submit(browser, again, form, username="carol", password="sandbox")
    assert "Autoriser l\u2019accès ?" in consent.text
    assert "Connecté en tant que <strong>carol</strong>." in consent.text
    (form,) = parse_forms(consent.text)
    assert ("decision", "allow") in form.buttons
