"""Fixtures of the client tests: alice's real tokens from the shared sandbox, a client of it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from partner_desktop.api.client import PollsClient
from tests.helpers.oauth import SandboxTokens, profile_for

if TYPE_CHECKING:
    from partner_desktop.sandbox.server import SandboxServer


@pytest.fixture(scope="session")
def alice(sandbox: SandboxServer) -> Iterator[SandboxTokens]:
    """Alice's tokens on the shared sandbox (one browser sign-in for the whole run)."""
    tokens = SandboxTokens(sandbox.base_url, username="alice")
    yield tokens
    tokens.close()


@pytest.fixture
def client(sandbox: SandboxServer, alice: SandboxTokens) -> Iterator[PollsClient]:
    """A client of the shared sandbox, read-only use: tests that vote start their own sandbox."""
    with PollsClient(profile_for(sandbox.base_url), alice, retry_budget=5) as polls:
        yield polls
