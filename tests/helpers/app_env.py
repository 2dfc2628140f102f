"""A signed-in client of a real sandbox, with its own app folders and a secrets scan of them."""

from __future__ import annotations

import logging
import sqlite3
import uuid
from collections.abc import Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from keyring.backend import KeyringBackend

from partner_desktop.api.client import PollsClient
from partner_desktop.api.models import Poll, PollQuery
from partner_desktop.auth.session import AuthSession
from partner_desktop.auth.token_store import TokenStore
from partner_desktop.config import SANDBOX_CLIENT_SECRET, Profile
from partner_desktop.errors import SignedOut
from partner_desktop.logs import setup_logging
from partner_desktop.paths import Paths
from partner_desktop.sandbox import admin
from partner_desktop.sandbox.server import SandboxServer
from tests.helpers.keyrings import MemoryKeyring
from tests.helpers.oauth import complete_in_browser, profile_for
from tests.helpers.received import install, received


def user_id(db_path: Path, username: str) -> str:
    with closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as db:
        row = db.execute("SELECT id FROM users WHERE username = ?", (username,)).fetchone()
    assert row is not None, username
    return str(row[0])


def files_under(folders: Iterable[Path]) -> Iterator[Path]:
    for folder in folders:
        if folder.exists():
            yield from (p for p in folder.rglob("*") if p.is_file())


def find_secrets(folders: Iterable[Path], secrets: Iterable[str]) -> list[tuple[Path, str]]:
    """(file, first 6 characters of the secret) for every secret found in any file."""
    wanted = [s for s in secrets if len(s) >= 8]
    found: list[tuple[Path, str]] = []
    for path in files_under(folders):
        data = path.read_bytes()
        found.extend((path, s[:6]) for s in wanted if s.encode() in data)
    return found


@dataclass
class AppEnv:
    """What the app builds at start-up, minus the window: folders, logging, store, session."""

    server: SandboxServer
    paths: Paths
    backend: KeyringBackend
    store: TokenStore
    session: AuthSession
    client: PollsClient
    verifiers: list[str] = field(default_factory=list)
    signed_out: list[SignedOut] = field(default_factory=list)

    @property
    def profile(self) -> Profile:
        return self.session.profile

    @property
    def folders(self) -> list[Path]:
        p = self.paths
        return [p.config_dir, p.cache_dir, p.data_dir, p.log_dir]

    def sign_in(self, username: str = "alice") -> None:
        attempt = self.session.begin_sign_in(timeout=20)
        # The verifier lives only in memory; kept here so the scan can look for it on disk.
        self.verifiers.append(attempt._verifier)
        complete_in_browser(attempt, username=username).close()

    def open_poll(self, *, skip: int = 0) -> Poll:
        """An open poll of a partner the user holds tokens of."""
        polls = self.client.list_user_polls(PollQuery(statuses=("open",), limit=100)).items
        usable = [
            up.poll
            for up in polls
            if up.user_vote is None and up.user_token_balance >= 1 and up.poll.answers
        ]
        assert len(usable) > skip, "the seed has open polls alice can vote in"
        return usable[skip]

    def votes_on(self, poll_id: str, username: str = "alice") -> int:
        """Votes stored for ``username`` in this poll (one at most when nothing doubled)."""
        return admin.vote_count(
            self.server.db_path, user_id=user_id(self.server.db_path, username), poll_id=poll_id
        )

    def all_secrets(self) -> set[str]:
        return set(received()) | set(self.verifiers) | {SANDBOX_CLIENT_SECRET}

    def leaked(self) -> list[tuple[Path, str]]:
        return find_secrets(self.folders, self.all_secrets())


def build_env(
    server: SandboxServer,
    base: Path,
    *,
    timeout: float = 2.0,
    retry_budget: float = 4.0,
    clock: object = None,
    backend: KeyringBackend | None = None,
) -> AppEnv:
    """Folders under ``base``, DEBUG logging into its log file, an in-memory keyring."""
    install()  # the scans look for what the client received
    paths = Paths.under(base).ensure()
    setup_logging(paths.log_file, "DEBUG")
    profile = profile_for(server)
    backend = backend if backend is not None else MemoryKeyring()
    store = TokenStore(paths.keyring_service, backend=backend)
    extra = {} if clock is None else {"clock": clock}
    session = AuthSession.for_profile(profile, store, timeout=timeout, **extra)  # type: ignore[arg-type]
    client = PollsClient(profile, session, timeout=timeout, retry_budget=retry_budget)
    env = AppEnv(server, paths, backend, store, session, client)
    session.add_signed_out_listener(env.signed_out.append)
    return env


def close_env(env: AppEnv) -> None:
    env.client.close()
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_partner_desktop", False):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(logging.WARNING)


def new_key() -> str:
    return str(uuid.uuid4())
