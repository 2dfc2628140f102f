"""One profile's services: its token store, API client and controllers, built and closed together.

Phase 2 of start-up imports this module on a worker thread, after the window's first paint: it
brings in requests, Authlib and keyring (through ``api.client`` and ``auth``) at top level.
"""

from __future__ import annotations

import asyncio
import socket
from dataclasses import dataclass
from pathlib import Path

import keyring.backend
import requests
from PySide6.QtCore import QSettings
from requests.certs import where as ca_bundle  # type: ignore[attr-defined]

from partner_desktop.api.client import PollsClient
from partner_desktop.api.listing import PAGE_SIZE
from partner_desktop.api.models import PollQuery
from partner_desktop.api.page_cache import FirstPageCache
from partner_desktop.auth.session import AuthSession
from partner_desktop.auth.token_store import TokenStore
from partner_desktop.config import Profile, ProfileStore
from partner_desktop.controllers.follow import CHECK_INTERVAL_MS, FollowController
from partner_desktop.controllers.images import ImageController
from partner_desktop.controllers.notify import Notifier
from partner_desktop.controllers.overview import OverviewController
from partner_desktop.controllers.polls import PollsController
from partner_desktop.controllers.session import SIGN_IN_TIMEOUT, BrowserOpener, SessionController
from partner_desktop.controllers.settings import SettingsController
from partner_desktop.controllers.tasks import in_worker
from partner_desktop.controllers.vote import VoteController
from partner_desktop.controllers.wallet import WalletController
from partner_desktop.paths import Paths


@dataclass(frozen=True)
class ServiceOptions:
    """What tests and benchmarks tune; the app runs with the defaults."""

    open_browser: BrowserOpener | None = None
    sign_in_timeout: float = SIGN_IN_TIMEOUT
    page_size: int = PAGE_SIZE
    follow_check_ms: int = CHECK_INTERVAL_MS
    #: Seconds every try of one logical request may take together.
    retry_budget: float = 20.0
    #: The HTTP session of the API client (a test's recording one); the client's own if None.
    http_session: requests.Session | None = None


def _connect(
    profile: Profile, store: TokenStore, paths: Paths, options: ServiceOptions
) -> tuple[AuthSession, PollsClient]:
    """The profile's OAuth session and API client (reads the client secret from the keyring:
    a worker thread's job)."""
    auth = AuthSession.for_profile(profile, store)
    client = PollsClient(
        profile,
        auth,
        session=options.http_session,
        retry_budget=options.retry_budget,
        first_pages=FirstPageCache(paths.page_cache_dir, profile),
    )
    return auth, client


@dataclass(frozen=True)
class ProfileServices:
    """Everything one profile's window works with; closed together when the profile changes."""

    profile: Profile
    store: TokenStore
    auth: AuthSession
    client: PollsClient
    session: SessionController
    polls: PollsController
    votes: VoteController
    images: ImageController
    settings: SettingsController
    overview: OverviewController
    follows: FollowController
    notifier: Notifier
    wallet: WalletController

    @staticmethod
    def open_store(
        paths: Paths, backend: keyring.backend.KeyringBackend | None = None
    ) -> TokenStore:
        """The keyring-backed token store every profile shares (one service name)."""
        return TokenStore(paths.keyring_service, backend=backend)

    @classmethod
    async def build(
        cls,
        profile: Profile,
        store: TokenStore,
        *,
        paths: Paths,
        profiles: ProfileStore,
        ui_settings: QSettings,
        options: ServiceOptions | None = None,
    ) -> ProfileServices:
        """The OAuth session and API client on a worker thread, then the controllers on this
        (the GUI) thread, where their signals and timers belong."""
        options = options or ServiceOptions()
        auth, client = await in_worker(_connect, profile, store, paths, options)
        session = SessionController(
            auth, client, open_browser=options.open_browser, sign_in_timeout=options.sign_in_timeout
        )

        def signed_in() -> bool:
            return session.is_signed_in

        return cls(
            profile=profile,
            store=store,
            auth=auth,
            client=client,
            session=session,
            polls=PollsController(client, page_size=options.page_size, is_signed_in=signed_in),
            votes=VoteController(client),
            images=ImageController(client, paths.image_cache_dir),
            settings=SettingsController(profiles, store),
            overview=OverviewController(client, is_signed_in=signed_in),
            follows=FollowController(
                client,
                ui_settings,
                profile.name,
                is_signed_in=signed_in,
                interval_ms=options.follow_check_ms,
            ),
            notifier=Notifier(),
            wallet=WalletController(client),
        )

    def close(self) -> None:
        """Stop every controller's work, then the client's connections."""
        for controller in (
            self.session,
            self.polls,
            self.votes,
            self.images,
            self.settings,
            self.overview,
            self.follows,
            self.notifier,
            self.wallet,
        ):
            controller.shutdown()
        self.client.close()

    async def smoke_checks(self, *, round_trip: bool) -> list[str]:
        """The parts of ``--smoke-test``'s report that need the network, keyring and TLS
        libraries; raises on the first failed check."""
        parts = []
        if await in_worker(self.store.round_trip):
            parts.append(f"keyring={self.store.backend_name} roundtrip=ok")
        else:
            parts.append(f"keyring={self.store.status}")
        ca = Path(ca_bundle())  # the CA bundle requests verifies TLS with
        if not ca.is_file():
            raise RuntimeError(f"CA bundle missing at {ca}")
        parts.append("ca=ok")
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            sock.bind(("127.0.0.1", 0))
            sock.listen(1)
            parts.append(f"loopback=ok:{sock.getsockname()[1]}")
        if round_trip:
            # A client of its own, without the saved first page: a check must not replace it.
            loop = asyncio.get_running_loop()
            started = loop.time()
            with PollsClient(self.profile, self.auth) as client:
                polls = await in_worker(client.list_polls, PollQuery(limit=5))
            parts.append(f"polls={len(polls.items)} in {(loop.time() - started) * 1000:.0f} ms")
        return parts
