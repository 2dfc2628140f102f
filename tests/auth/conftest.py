"""Fixtures for the auth tests: a profile on the running sandbox, an in-memory token store."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from partner_desktop.auth.token_store import TokenStore
from partner_desktop.config import Profile
from partner_desktop.sandbox.server import SandboxServer
from tests.helpers.keyrings import MemoryKeyring
from tests.helpers.oauth import profile_for


@pytest.fixture
def keyring_backend() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def store(keyring_backend: MemoryKeyring) -> TokenStore:
    return TokenStore("partner-desktop-test", backend=keyring_backend)


@pytest.fixture
def profile(sandbox: SandboxServer) -> Profile:
    return profile_for(sandbox)


@pytest.fixture
def fresh_sandbox(make_sandbox: Callable[..., SandboxServer]) -> SandboxServer:
    """A sandbox of the test's own, so token counts in its database belong to the test."""
    return make_sandbox()
