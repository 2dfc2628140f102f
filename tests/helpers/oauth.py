"""Signing in to a sandbox in tests: its profile, the browser step, real tokens, what it stored."""

from __future__ import annotations

import sqlite3
import threading
from contextlib import closing
from dataclasses import replace
from pathlib import Path
from typing import Any

import requests

from partner_desktop.auth.session import SignInAttempt
from partner_desktop.config import SANDBOX, SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET, Profile
from tests.helpers.consent import consent_in_browser
from tests.helpers.sandbox_http import Served, get_code


def profile_for(server: Served | str, **changes: Any) -> Profile:
    """The sandbox profile moved to ``server`` (a running server or a base URL), with ``changes``
    to its fields (``redirect_port=...``)."""
    base_url = server if isinstance(server, str) else server.base_url
    return replace(SANDBOX.with_sandbox_base(base_url), **changes)


def complete_in_browser(attempt: SignInAttempt, **consent: Any) -> requests.Response:
    """Do the browser step in a thread while ``attempt.wait()`` blocks; return the loopback page."""
    pages: list[requests.Response] = []
    errors: list[BaseException] = []

    def browser() -> None:
        try:
            pages.append(consent_in_browser(attempt.url, **consent))
        except BaseException as exc:
            errors.append(exc)
            attempt.cancel()

    thread = threading.Thread(target=browser, name="browser")
    thread.start()
    try:
        attempt.wait()
    finally:
        thread.join(30)
    if errors:
        raise errors[0]
    return pages[0]


def user_get(profile: Profile, token: str) -> requests.Response:
    """GET the user endpoint with ``token`` (a resource call, like the api client makes)."""
    with requests.Session() as s:
        return s.get(
            profile.endpoint("user"), headers={"Authorization": f"Bearer {token}"}, timeout=10
        )


def count_tokens(db_path: Path, grant_type: str) -> int:
    """How many tokens the sandbox issued with ``grant_type`` (read from its database)."""
    with closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as db:
        (n,) = db.execute(
            "SELECT COUNT(*) FROM tokens WHERE grant_type = ?", (grant_type,)
        ).fetchone()
    return int(n)


class SandboxTokens:
    """A TokenProvider that gets real tokens from the sandbox and records what the client asks."""

    def __init__(self, base_url: str, *, username: str = "alice") -> None:
        self.base_url = base_url
        self.username = username
        self._http = requests.Session()
        self._tokens: dict[bool, str] = {}
        self.invalidated: list[tuple[str, bool]] = []
        self.bearer_calls: list[bool] = []
        #: Tokens to hand out before asking the server (for 401 tests), per kind.
        self.queued: dict[bool, list[str]] = {True: [], False: []}

    def bearer(self, *, user: bool) -> str:
        self.bearer_calls.append(user)
        if self.queued[user]:
            return self.queued[user].pop(0)
        if user not in self._tokens:
            self._tokens[user] = self.user_token() if user else self.client_token()
        return self._tokens[user]

    def invalidate(self, token: str, *, user: bool) -> None:
        self.invalidated.append((token, user))
        if self._tokens.get(user) == token:
            del self._tokens[user]

    def _token_request(self, form: dict[str, str]) -> dict[str, object]:
        response = self._http.post(
            f"{self.base_url}/oauth2/token",
            data=form,
            auth=(SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET),
            timeout=10,
        )
        assert response.status_code == 200, response.text
        body = response.json()
        assert isinstance(body, dict)
        return body

    def client_token(self) -> str:
        return str(self._token_request({"grant_type": "client_credentials"})["access_token"])

    def user_token(self) -> str:
        """Authorization code + PKCE (RFC 7636), the browser step done by consent_in_browser."""
        grant = get_code(self, self.username)
        body = self._token_request(
            {
                "grant_type": "authorization_code",
                "code": grant.code,
                "redirect_uri": grant.redirect_uri,
                "code_verifier": grant.verifier,
            }
        )
        return str(body["access_token"])

    def revoke(self, token: str) -> None:
        response = self._http.post(
            f"{self.base_url}/oauth2/revoke",
            data={"token": token},
            auth=(SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET),
            timeout=10,
        )
        assert response.status_code == 200

    def close(self) -> None:
        self._http.close()
