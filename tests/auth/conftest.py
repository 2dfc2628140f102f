"""Fixtures for the auth tests: a profile on the running sandbox, an in-memory token store."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
import requests

from partner_desktop.auth.session import SignInAttempt
from partner_desktop.auth.token_store import TokenStore
from partner_desktop.config import SANDBOX, Profile
from partner_desktop.sandbox.server import SandboxServer
from tests.helpers.consent import consent_in_browser
from tests.helpers.keyrings import MemoryKeyring


@pytest.fixture
def keyring_backend() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def store(keyring_backend: MemoryKeyring) -> TokenStore:
    return TokenStore("partner-desktop-test", backend=keyring_backend)


def profile_for(server: SandboxServer, **changes: Any) -> Profile:
    from dataclasses import replace

    return replace(SANDBOX.with_sandbox_base(server.base_url), **changes)


@pytest.fixture
def profile(sandbox: SandboxServer) -> Profile:
    return profile_for(sandbox)


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


class Clock:
    """A clock the test moves forward: expiry without sleeping."""

    def __init__(self, start: float) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def fresh_sandbox(make_sandbox: Callable[..., SandboxServer]) -> SandboxServer:
    """A sandbox of the test's own, so token counts in its database belong to the test."""
    return make_sandbox()
