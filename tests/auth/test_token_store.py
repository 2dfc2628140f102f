"""TokenStore over an in-memory keyring backend, failing backends, and refused backends."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable

import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null

from partner_desktop.auth.token_store import StoredGrant, TokenStore
from partner_desktop.errors import Storage, StorageReason
from tests.helpers.keyrings import FailingKeyring, MemoryKeyring

SERVICE = "partner-desktop-test"
GRANT = StoredGrant(
    refresh_token="refresh-SECRET-1",
    scope="default",
    expires_at=1_900_000_000.0,
    account_id="u-1",
    username="alice",
)


class PlaintextKeyring(MemoryKeyring):
    """Stands in for keyrings.alt.file.PlaintextKeyring: secrets in a file in clear."""


def test_grant_round_trip_and_delete() -> None:
    backend = MemoryKeyring()
    store = TokenStore(SERVICE, backend=backend)
    assert store.load("sandbox") is None

    store.save("sandbox", GRANT)
    assert store.load("sandbox") == GRANT
    # One JSON entry per profile under the service name; no access token in it.
    stored = json.loads(backend.entries[(SERVICE, "sandbox")])
    assert stored["refresh_token"] == GRANT.refresh_token
    assert "access_token" not in stored
    # A fresh store on the same keyring (the next start of the app) sees it.
    assert TokenStore(SERVICE, backend=backend).load("sandbox") == GRANT
    assert TokenStore(SERVICE, backend=backend).load("socios") is None

    store.delete("sandbox")
    assert store.load("sandbox") is None
    assert backend.entries == {}
    store.delete("sandbox")  # deleting what is absent is fine


def test_secret_is_a_separate_entry() -> None:
    backend = MemoryKeyring()
    store = TokenStore(SERVICE, backend=backend)
    store.save("socios", GRANT)
    store.save_secret("socios", "consumer-SECRET")
    assert store.load_secret("socios") == "consumer-SECRET"
    assert store.load_secret("sandbox") is None
    assert len(backend.entries) == 2
    store.delete_secret("socios")
    assert store.load_secret("socios") is None
    assert store.load("socios") == GRANT


def test_status_names_the_keyring_when_persistent() -> None:
    store = TokenStore(SERVICE, backend=MemoryKeyring())
    assert store.persistent
    assert store.status.keyring
    assert store.status.reason is None


@pytest.mark.parametrize(
    "garbage",
    [
        "SECRET-GARBAGE not json",
        "[1, 2]",
        '{"scope": "default"}',
        '{"refresh_token": 5, "scope": "default"}',
        '{"refresh_token": "SECRET-GARBAGE", "expires_at": "tomorrow"}',
        '{"refresh_token": "SECRET-GARBAGE", "username": ["x"]}',
    ],
)
def test_garbage_entry_is_treated_as_absent_and_removed(
    garbage: str, caplog: pytest.LogCaptureFixture
) -> None:
    backend = MemoryKeyring()
    backend.entries[(SERVICE, "sandbox")] = garbage
    store = TokenStore(SERVICE, backend=backend)
    with caplog.at_level(logging.WARNING):
        assert store.load("sandbox") is None
    assert (SERVICE, "sandbox") not in backend.entries
    assert "unreadable" in caplog.text
    assert "SECRET-GARBAGE" not in caplog.text
    assert store.persistent


ERRORS: list[tuple[Callable[[], Exception], StorageReason]] = [
    (lambda: keyring.errors.PasswordSetError("Failed to store"), StorageReason.REFUSED),
    (lambda: keyring.errors.KeyringLocked("Failed to unlock"), StorageReason.LOCKED),
    (lambda: keyring.errors.NoKeyringError("none"), StorageReason.NO_KEYRING),
    (lambda: keyring.errors.InitError("no collection"), StorageReason.CANNOT_OPEN),
    (lambda: RuntimeError("D-Bus went away"), StorageReason.BROKEN),
]


@pytest.mark.parametrize(("make_error", "why"), ERRORS)
def test_failing_write_keeps_the_grant_for_this_session_only(
    make_error: Callable[[], Exception], why: StorageReason, caplog: pytest.LogCaptureFixture
) -> None:
    backend = FailingKeyring(make_error(), failing=("set",))
    store = TokenStore(SERVICE, backend=backend)
    with caplog.at_level(logging.WARNING):
        store.save("sandbox", GRANT)

    assert not store.persistent
    assert store.status == Storage(reason=why)
    assert store.load("sandbox") == GRANT  # from memory
    assert backend.entries == {}  # nothing reached the keyring
    assert GRANT.refresh_token not in caplog.text
    # No further keyring calls once degraded.
    calls = list(backend.calls)
    store.save_secret("sandbox", "s")
    store.delete("sandbox")
    assert backend.calls == calls
    assert store.load("sandbox") is None
    assert store.load_secret("sandbox") == "s"


def test_locked_read_goes_session_only() -> None:
    backend = FailingKeyring(keyring.errors.KeyringLocked("Failed to unlock"), failing=("get",))
    backend.entries[(SERVICE, "sandbox")] = GRANT.to_json()
    store = TokenStore(SERVICE, backend=backend)
    assert store.load("sandbox") is None
    assert store.status == Storage(reason=StorageReason.LOCKED)
    store.save("sandbox", GRANT)
    assert store.load("sandbox") == GRANT


def test_failing_delete_goes_session_only_and_forgets_in_memory() -> None:
    backend = FailingKeyring(RuntimeError("bus"), failing=("delete",))
    store = TokenStore(SERVICE, backend=backend)
    store.save("sandbox", GRANT)
    store.delete("sandbox")
    assert not store.persistent
    assert store.load("sandbox") is None


@pytest.mark.parametrize(
    ("backend", "why"),
    [
        (fail.Keyring(), StorageReason.NO_KEYRING),
        (null.Keyring(), StorageReason.SWITCHED_OFF),
        (PlaintextKeyring(), StorageReason.PLAINTEXT),
    ],
)
def test_refused_backends_are_never_written(backend: KeyringBackend, why: StorageReason) -> None:
    store = TokenStore(SERVICE, backend=backend)
    assert not store.persistent
    assert store.status == Storage(reason=why)
    store.save("sandbox", GRANT)
    assert store.load("sandbox") == GRANT
    if isinstance(backend, MemoryKeyring):
        assert backend.entries == {}


def test_stored_grant_without_optional_fields() -> None:
    grant = StoredGrant.from_json('{"refresh_token": "r", "scope": "", "expires_at": null}')
    assert grant == StoredGrant("r", "", None, None, None)


def test_round_trip_proves_a_working_keyring_and_leaves_nothing_behind() -> None:
    backend = MemoryKeyring()
    store = TokenStore("svc", backend=backend)
    assert store.round_trip() is True
    assert store.backend_name == "keyrings"
    assert store.persistent
    assert not backend.entries


def test_round_trip_reports_a_keyring_that_refuses_writes() -> None:
    backend = FailingKeyring(failing=("set",), error=keyring.errors.PasswordSetError("refused"))
    store = TokenStore("svc", backend=backend)
    assert store.round_trip() is False
    assert store.backend_name == "memory"
    assert store.status == Storage(reason=StorageReason.REFUSED)
