"""Controllers wired as the app wires them (``ProfileServices.build``), to the real sandbox, with
an in-memory keyring."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from partner_desktop.api.client import PollsClient
from partner_desktop.auth.session import AuthSession
from partner_desktop.auth.token_store import TokenStore
from partner_desktop.config import SANDBOX, ProfileStore
from partner_desktop.controllers.polls import PollsController
from partner_desktop.controllers.session import SessionController
from partner_desktop.controllers.vote import VoteController
from partner_desktop.paths import Paths
from partner_desktop.wiring import ProfileServices, ServiceOptions
from tests.fixtures.qt import FakeBrowser, MemoryKeyring


@dataclass
class Wiring:
    services: ProfileServices
    browser: FakeBrowser
    keyring: MemoryKeyring

    @property
    def auth(self) -> AuthSession:
        return self.services.auth

    @property
    def client(self) -> PollsClient:
        return self.services.client

    @property
    def session(self) -> SessionController:
        return self.services.session

    @property
    def polls(self) -> PollsController:
        return self.services.polls

    @property
    def votes(self) -> VoteController:
        return self.services.votes


@pytest.fixture
def wire(aloop: Any, run_async: Any, tmp_path: Path) -> Iterator[Callable[..., Wiring]]:
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
        client: tuple[str, str] | None = None,
    ) -> Wiring:
        backend = keyring or MemoryKeyring()
        store = TokenStore("partner-desktop-test", backend=backend)
        profile = SANDBOX.with_sandbox_base(sandbox.base_url)
        if client is not None:  # another registered client (id, secret in the keyring)
            profile = replace(profile, client_id=client[0])
            store.save_secret(profile.name, client[1])
        browser = FakeBrowser(username=username, decision=decision)
        paths = Paths.under(tmp_path / f"run-{len(built)}").ensure()
        options = ServiceOptions(
            open_browser=browser,
            sign_in_timeout=sign_in_timeout,
            retry_budget=retry_budget,
            page_size=page_size,
        )
        services = run_async(
            ProfileServices.build(
                profile,
                store,
                paths=paths,
                profiles=ProfileStore(paths.profiles_dir),
                ui_settings=QSettings(str(paths.config_dir / "ui.ini"), QSettings.Format.IniFormat),
                options=options,
            )
        )
        wiring = Wiring(services, browser, backend)
        built.append(wiring)
        return wiring

    try:
        yield factory
    finally:
        for wiring in built:
            wiring.services.close()
