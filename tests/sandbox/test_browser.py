"""The sign-in and consent pages in a real browser (Debian's Chromium driven by Playwright)."""

from __future__ import annotations

import shutil
from concurrent.futures import ThreadPoolExecutor

import pytest

from partner_desktop.sandbox.server import SandboxServer
from tests.helpers.chromium import CHROMIUM_FLAGS
from tests.helpers.sandbox_http import Grant, authorize_url, exchange, loopback, pkce

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("decision", "button"), [("allow", "Allow"), ("deny", "Deny")])
def test_sign_in_and_consent_in_chromium(
    sandbox: SandboxServer, decision: str, button: str
) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    if not shutil.which(CHROMIUM):
        pytest.skip("Chromium is not installed")
    verifier, challenge = pkce()
    state = "st'\"<x>&"
    with loopback() as receiver:

        def drive_browser() -> None:
            with sync_api.sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
                try:
                    page = browser.new_page()
                    errors: list[str] = []
                    page.on("console", lambda message: errors.append(message.text))
                    page.goto(
                        authorize_url(
                            sandbox.base_url,
                            receiver.redirect_uri,
                            state=state,
                            challenge=challenge,
                        )
                    )
                    # Labels are wired to their fields: a screen reader finds them the same way.
                    page.get_by_label("Username").fill("alice")
                    page.get_by_label("Password").fill("wrong")
                    page.get_by_role("button", name="Sign in").click()
                    alert = page.get_by_role("alert").inner_text()
                    assert alert.startswith("The username or password")
                    page.get_by_label("Password").fill("sandbox")
                    page.get_by_role("button", name="Sign in").click()
                    page.get_by_role("button", name=button).click()
                    page.wait_for_url(f"{receiver.redirect_uri}*")
                    assert errors == []
                finally:
                    browser.close()

        # Playwright's sync API refuses a thread whose asyncio loop runs (the Qt tests keep a
        # session-wide qasync loop running), so the browser gets a thread of its own.
        with ThreadPoolExecutor(max_workers=1) as pool:
            pool.submit(drive_browser).result(timeout=120)
        query = receiver.wait()
    assert query["state"] == state
    if decision == "deny":
        assert query["error"] == "access_denied"
        return
    response = exchange(sandbox, Grant(query["code"], state, verifier, receiver.redirect_uri))
    assert response.status_code == 200


@pytest.mark.parametrize(
    ("locale", "labels"),
    [
        ("es-ES", ("Usuario", "Contraseña", "Iniciar sesión", "El usuario o la", "Permitir")),
        ("tr-TR", ("Kullanıcı adı", "Parola", "Oturum aç", "Kullanıcı adı ya da", "İzin ver")),  # noqa: RUF001
        ("pt-BR", ("Usuário", "Senha", "Entrar", "O usuário ou a senha", "Permitir")),
    ],
)
def test_pages_speak_the_browser_language(
    sandbox: SandboxServer, locale: str, labels: tuple[str, ...]
) -> None:
    """Chromium started in the fan's language (it sends Accept-Language): the sign-in, the
    wrong-password sentence and the consent are in that language, and still work."""
    sync_api = pytest.importorskip("playwright.sync_api")
    if not shutil.which(CHROMIUM):
        pytest.skip("Chromium is not installed")
    username, password, sign_in, wrong, allow = labels
    _verifier, challenge = pkce()
    with loopback() as receiver:

        def drive_browser() -> str:
            with sync_api.sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
                try:
                    page = browser.new_page(locale=locale)
                    page.goto(
                        authorize_url(
                            sandbox.base_url, receiver.redirect_uri, state="s", challenge=challenge
                        )
                    )
                    lang = "pt-BR" if locale == "pt-BR" else locale.split("-", maxsplit=1)[0]
                    assert page.locator("html").get_attribute("lang") == lang
                    page.get_by_label(username).fill("alice")
                    page.get_by_label(password).fill("wrong")
                    page.get_by_role("button", name=sign_in).click()
                    assert page.get_by_role("alert").inner_text().startswith(wrong)
                    page.get_by_label(password).fill("sandbox")
                    page.get_by_role("button", name=sign_in).click()
                    consent = page.locator("main").inner_text()
                    page.get_by_role("button", name=allow).click()
                    page.wait_for_url(f"{receiver.redirect_uri}*")
                    return consent
                finally:
                    browser.close()

        with ThreadPoolExecutor(max_workers=1) as pool:
            consent = pool.submit(drive_browser).result(timeout=120)
        query = receiver.wait()
    assert "code" in query
    assert "Partner Desktop" in consent  # the client's name stays as registered
    assert "Allow access?" not in consent
