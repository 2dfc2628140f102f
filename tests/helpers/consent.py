"""Plays the person in the browser: sign in and answer the sandbox's consent page over HTTP."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urljoin

import requests


@dataclass
class Form:
    """One HTML form: where it posts, its hidden/text inputs and its buttons."""

    action: str
    method: str
    inputs: dict[str, str] = field(default_factory=dict)
    buttons: list[tuple[str, str]] = field(default_factory=list)


class _FormParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.forms: list[Form] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag == "form":
            self.forms.append(
                Form(action=values.get("action", ""), method=values.get("method", "get").lower())
            )
        elif self.forms and tag == "input" and "name" in values:
            self.forms[-1].inputs[values["name"]] = values.get("value", "")
        elif self.forms and tag == "button" and "name" in values:
            self.forms[-1].buttons.append((values["name"], values.get("value", "")))


def parse_forms(html: str) -> list[Form]:
    """The forms of an HTML page (attributes unescaped by the parser)."""
    parser = _FormParser()
    parser.feed(html)
    parser.close()
    return parser.forms


def only_form(response: requests.Response, step: str) -> Form:
    if response.status_code != 200:
        raise AssertionError(
            f"{step}: expected a 200 page, got {response.status_code}: {response.text[:300]!r}"
        )
    forms = parse_forms(response.text)
    if len(forms) != 1:
        raise AssertionError(
            f"{step}: expected one form, found {len(forms)}: {response.text[:300]!r}"
        )
    form = forms[0]
    if "csrf_token" not in form.inputs or form.method != "post":
        raise AssertionError(f"{step}: the form has no hidden csrf_token or does not POST")
    return form


def submit(
    browser: requests.Session,
    page: requests.Response,
    form: Form,
    *,
    timeout: float = 10,
    allow_redirects: bool = True,
    **fields: str,
) -> requests.Response:
    """Post ``form`` of ``page`` as a browser would: its own inputs, with ``fields`` filled in."""
    return browser.post(
        urljoin(page.url, form.action),
        data=dict(form.inputs, **fields),
        timeout=timeout,
        allow_redirects=allow_redirects,
    )


def consent_in_browser(
    authorize_url: str,
    *,
    username: str = "alice",
    password: str = "sandbox",  # noqa: S107 - the documented sandbox password
    decision: str = "allow",
    timeout: float = 10,
) -> requests.Response:
    """GET the authorize URL, sign in, answer the consent page, follow the 302 to the redirect URI.

    Returns the last response (the client's loopback page). Raises AssertionError, with what was
    seen, when a step does not look as expected.
    """
    with requests.Session() as browser:
        page = browser.get(authorize_url, timeout=timeout)
        signin = only_form(page, "sign-in page")
        if "username" not in signin.inputs or "password" not in signin.inputs:
            raise AssertionError("sign-in page: no username/password fields")
        page = submit(browser, page, signin, timeout=timeout, username=username, password=password)
        consent = only_form(page, "consent page (after sign-in)")
        if ("decision", decision) not in consent.buttons:
            raise AssertionError(
                f"consent page: no button decision={decision!r} (buttons: {consent.buttons})"
            )
        answer = submit(
            browser, page, consent, timeout=timeout, allow_redirects=False, decision=decision
        )
        if answer.status_code != 302 or "Location" not in answer.headers:
            raise AssertionError(
                f"consent answer: expected a 302 redirect, got {answer.status_code}: "
                f"{answer.text[:300]!r}"
            )
        return browser.get(urljoin(answer.url, answer.headers["Location"]), timeout=timeout)
