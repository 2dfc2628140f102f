"""Keyring faults: each gives a clear status sentence and a working session-only sign-in."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from partner_desktop.api.models import PollQuery
from partner_desktop.auth.session import AuthSession
from partner_desktop.auth.token_store import TokenStore
from partner_desktop.errors import Storage, StorageReason
from partner_desktop.sandbox.server import SandboxServer
from tests.helpers.app_env import AppEnv, build_env, close_env, find_secrets, new_key
from tests.helpers.keyrings import FailingKeyring, MemoryKeyring

MakeSandbox = Callable[..., SandboxServer]


@pytest.fixture
def server(make_sandbox: MakeSandbox, tmp_path: Path) -> SandboxServer:
    return make_sandbox(db_path=tmp_path / "server" / "sandbox.sqlite3")


@pytest.fixture
def open_env(server: SandboxServer, tmp_path: Path) -> Iterator[Callable[[KeyringBackend], AppEnv]]:
    made: list[AppEnv] = []

    def factory(backend: KeyringBackend) -> AppEnv:
        env = build_env(server, tmp_path / "app", backend=backend)
        made.append(env)
        return env

    yield factory
    for env in made:
        close_env(env)
    for env in made:
        # Nothing in plaintext: no token, code or verifier in any file of the app's folders.
        assert env.leaked() == []


def works_this_session(env: AppEnv) -> None:
    """Signed in, the user routes answer, a vote counts once: the session-only mode works."""
    env.sign_in()
    assert env.session.signed_in
    poll = env.open_poll()
    result = env.client.vote(poll.id, poll.answers[0].id, 1, idempotency_key=new_key())
    assert result.user_vote is not None
    assert env.votes_on(poll.id) == 1


def next_start(env: AppEnv, backend: KeyringBackend) -> bool:
    """The app starts again with ``backend``: does it sign in from the keyring?"""
    store = TokenStore(env.paths.keyring_service, backend=backend)
    session = AuthSession.for_profile(env.profile, store, timeout=2)
    return session.restore()


FAULTS: dict[str, tuple[Callable[[], KeyringBackend], StorageReason]] = {
    "none": (fail.Keyring, StorageReason.NO_KEYRING),
    "locked": (
        lambda: FailingKeyring(keyring.errors.KeyringLocked("locked"), ("get", "set", "delete")),
        StorageReason.LOCKED,
    ),
    "failing write": (
        lambda: FailingKeyring(keyring.errors.PasswordSetError("refused"), ("set",)),
        StorageReason.REFUSED,
    ),
    "failing everything": (
        lambda: FailingKeyring(OSError("D-Bus went away"), ("get", "set", "delete")),
        StorageReason.BROKEN,
    ),
}


@pytest.mark.parametrize("fault", list(FAULTS))
def test_keyring_fault_gives_a_sentence_and_a_session_only_sign_in(
    open_env: Callable[[KeyringBackend], AppEnv], fault: str
) -> None:
    make_backend, why = FAULTS[fault]
    backend = make_backend()
    env = open_env(backend)
    env.session.restore()  # start-up reads the keyring first
    works_this_session(env)
    assert not env.store.persistent
    assert env.store.status == Storage(reason=why)
    # Session-only means exactly that: the next start finds nothing and asks to sign in.
    assert next_start(env, backend) is False
    if isinstance(backend, MemoryKeyring):
        # Even where the keyring half-worked, no grant was half-written into it.
        assert backend.entries == {}


def test_garbage_entry_is_removed_and_sign_in_works_again(
    open_env: Callable[[KeyringBackend], AppEnv], caplog: pytest.LogCaptureFixture
) -> None:
    backend = MemoryKeyring()
    env = open_env(backend)
    backend.set_password(env.paths.keyring_service, env.profile.name, "\x00{not json at all")
    with caplog.at_level(logging.WARNING):
        assert env.session.restore() is False
    assert "unreadable" in caplog.text
    assert "removed" in caplog.text
    assert backend.entries == {}
    assert not env.session.signed_in
    works_this_session(env)
    assert env.store.persistent
    assert env.store.status.keyring
    assert next_start(env, backend) is True


@pytest.mark.parametrize(
    "garbage",
    ['{"v":1}', '{"refresh_token": 12}', "[]", '{"refresh_token": "x", "expires_at": "soon"}'],
)
def test_well_formed_garbage_is_not_a_grant(
    open_env: Callable[[KeyringBackend], AppEnv], garbage: str
) -> None:
    backend = MemoryKeyring()
    env = open_env(backend)
    backend.set_password(env.paths.keyring_service, env.profile.name, garbage)
    assert env.session.restore() is False
    assert backend.entries == {}
    assert env.client.list_polls(PollQuery(limit=1)).items  # public data still reads


needs_dbus = pytest.mark.skipif(
    not os.environ.get("DBUS_SESSION_BUS_ADDRESS"),
    reason="no D-Bus session (scripts/test.sh provides one with an unlocked gnome-keyring)",
)


@pytest.mark.keyring
@needs_dbus
def test_real_secret_service_keeps_the_grant_encrypted_and_restores_it(
    open_env: Callable[[KeyringBackend], AppEnv],
) -> None:
    from keyring.backends import SecretService

    make: Callable[[], KeyringBackend] = SecretService.Keyring
    backend = make()
    env = open_env(backend)
    try:
        works_this_session(env)
        assert env.store.persistent
        assert next_start(env, backend) is True
        # gnome-keyring writes its collection under $HOME: the grant is not there in clear.
        home = Path(os.environ["HOME"])
        keyrings = home / ".local" / "share" / "keyrings"
        assert find_secrets([keyrings, env.paths.config_dir], env.all_secrets()) == []
    finally:
        env.session.sign_out()
    assert next_start(env, backend) is False
