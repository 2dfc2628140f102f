"""Fixtures of the reliability tests: a signed-in app environment on a sandbox of its own."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from partner_desktop.sandbox.server import SandboxServer
from tests.helpers.app_env import AppEnv, build_env, close_env

MakeSandbox = Callable[..., SandboxServer]


@pytest.fixture
def env(make_sandbox: MakeSandbox, tmp_path: Path) -> Iterator[AppEnv]:
    """Alice signed in on a fresh sandbox; after the test, no secret may be on disk."""
    server = make_sandbox(db_path=tmp_path / "server" / "sandbox.sqlite3")
    app = build_env(server, tmp_path / "app")
    try:
        app.sign_in()
        yield app
    finally:
        close_env(app)
    # Secrets scan (issue 8): logs, settings, caches of this run hold no token, code,
    # verifier or client secret, whatever faults the test went through.
    assert app.leaked() == [], "secrets written to disk"
