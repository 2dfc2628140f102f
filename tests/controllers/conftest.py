"""Controllers wired as the app wires them (build_controllers), to the real sandbox, with an
in-memory keyring."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest

from partner_desktop.api.client import PollsClient
from partner_desktop.api.page_cache import FirstPageCache
from partner_desktop.app import build_controllers
from partner_desktop.auth.session import AuthSession
from partner_desktop.auth.token_store import TokenStore
from partner_desktop.config import SANDBOX
from partner_desktop.controllers.polls import PollsController
from partner_desktop.controllers.session import SessionController
from partner_desktop.controllers.vote import VoteController
from tests.fixtures.qt import FakeBrowser, MemoryKeyring


@dataclass
class Wiring:
    store: TokenStore
    auth: AuthSession
    client: PollsClient
    session: SessionController
    polls: PollsController
    votes: VoteController
    browser: FakeBrowser
    keyring: MemoryKeyring
    first_pages: FirstPageCache | None = None


@pytest.fixture
def wire(aloop: Any, tmp_path: Path) -> Iterator[Callable[..., Wiring]]:
    built: list[Wiring] = []

    def factory(
        sandbox: Any,
        *,
        keyring: MemoryKeyring | None = None,
        username: str = "alice",
        decision: str = "allow",
        sign_in_timeout: float = 30.0,
        retry_budget: float = 1.0,
        page_size: int = 20,
        pages_dir: Path | None = None,
        client: tuple[str, str] | None = None,
    ) -> Wiring:
        backend = keyring or MemoryKeyring()
        store = TokenStore("partner-desktop-test", backend=backend)
        profile = SANDBOX.with_sandbox_base(sandbox.base_url)
        if client is not None:  # another registered client (id, secret in the keyring)
            profile = replace(profile, client_id=client[0])
            store.save_secret(profile.name, client[1])
        browser = FakeBrowser(username=username, decision=decision)
        # The first page saved in ``pages_dir`` (as the app's cache folder) and shown at start.
        first_pages = FirstPageCache(pages_dir, profile) if pages_dir is not None else None
        # The app's own wiring (Application.open_profile uses it too).
        c = build_controllers(
            profile,
            store,
            open_browser=browser,
            sign_in_timeout=sign_in_timeout,
            page_size=page_size,
            first_pages=first_pages,
            client_options={"retry_budget": retry_budget},
        )
        wiring = Wiring(
            store, c.auth, c.client, c.session, c.polls, c.votes, browser, backend, first_pages
        )
        built.append(wiring)
        return wiring

    try:
        yield factory
    finally:
        for wiring in built:
            wiring.session.shutdown()
            wiring.polls.shutdown()
            wiring.votes.shutdown()
            wiring.client.close()
