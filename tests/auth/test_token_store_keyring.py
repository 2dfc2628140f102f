"""TokenStore against a real Secret Service (gnome-keyring), a locked one, and none at all."""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import keyring.errors
import pytest

from partner_desktop.auth.token_store import StoredGrant, TokenStore
from partner_desktop.errors import Storage, StorageReason

ROOT = Path(__file__).resolve().parents[2]
GRANT = StoredGrant("refresh-SECRET-kr", "default", None, "u-1", "alice")

needs_dbus = pytest.mark.skipif(
    not os.environ.get("DBUS_SESSION_BUS_ADDRESS"),
    reason="no D-Bus session (scripts/test.sh provides one with an unlocked gnome-keyring)",
)


@pytest.fixture
def service() -> Iterator[str]:
    name = f"partner-desktop-test-{secrets.token_hex(4)}"
    yield name
    from keyring.backends import SecretService

    backend = SecretService.Keyring()
    for user in ("sandbox", "sandbox:client-secret"):
        with contextlib.suppress(keyring.errors.PasswordDeleteError):  # already gone: fine
            backend.delete_password(name, user)


@pytest.mark.keyring
@needs_dbus
def test_secret_service_round_trip(service: str) -> None:
    import secretstorage
    from keyring.backends import SecretService

    store = TokenStore(service, backend=SecretService.Keyring())
    assert store.persistent
    assert store.status == Storage(keyring="SecretService")

    store.save("sandbox", GRANT)
    store.save_secret("sandbox", "consumer-SECRET")
    # Really in the Secret Service: a separate connection finds the item by its attributes.
    with secretstorage.dbus_init() as conn:
        collection = secretstorage.get_default_collection(conn)
        items = list(collection.search_items({"service": service, "username": "sandbox"}))
        assert len(items) == 1
        assert json.loads(items[0].get_secret())["refresh_token"] == GRANT.refresh_token

    again = TokenStore(service, backend=SecretService.Keyring())
    assert again.load("sandbox") == GRANT
    assert again.load_secret("sandbox") == "consumer-SECRET"
    again.delete("sandbox")
    again.delete_secret("sandbox")
    assert TokenStore(service, backend=SecretService.Keyring()).load("sandbox") is None


@pytest.mark.keyring
@needs_dbus
def test_default_backend_is_the_secret_service(service: str) -> None:
    store = TokenStore(service)
    assert store.persistent, store.status
    store.save("sandbox", GRANT)
    assert TokenStore(service).load("sandbox") == GRANT


@pytest.mark.keyring
@needs_dbus
@pytest.mark.parametrize("how", ["environment", "config file"])
def test_a_keyring_the_person_chose_wins_over_the_secret_service(
    how: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, service: str
) -> None:
    # The Secret Service works here, but the person switched the keyring off.
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    if how == "environment":
        monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    else:
        config = tmp_path / "python_keyring" / "keyringrc.cfg"
        config.parent.mkdir()
        config.write_text("[backend]\ndefault-keyring=keyring.backends.null.Keyring\n")
    store = TokenStore(service)
    assert not store.persistent
    assert store.status == Storage(reason=StorageReason.SWITCHED_OFF)


@pytest.mark.keyring
@needs_dbus
def test_on_kde_keyring_itself_chooses_between_kwallet_and_the_secret_service(
    monkeypatch: pytest.MonkeyPatch, service: str
) -> None:
    # KWallet outranks the Secret Service on KDE: the shortcut must not skip keyring's choice.
    from keyring.backend import by_priority, get_all_keyring

    from partner_desktop.auth import token_store

    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.setenv("XDG_CURRENT_DESKTOP", "ubuntu:KDE")
    assert token_store._secret_service() is None
    monkeypatch.setenv("XDG_CURRENT_DESKTOP", "GNOME")
    chosen = token_store._secret_service()
    assert chosen is not None
    discovered = max(get_all_keyring(), key=by_priority)  # what keyring's discovery picks
    assert type(chosen) is type(discovered)


def _clean_env(home: Path) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k
        not in {
            "DBUS_SESSION_BUS_ADDRESS",
            "DISPLAY",
            "WAYLAND_DISPLAY",
            "PYTHON_KEYRING_BACKEND",
            "XDG_RUNTIME_DIR",
        }
    }
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local/share"),
        PYTHONPATH=str(ROOT),
    )
    return env


LOCKED_SCRIPT = textwrap.dedent(
    """
    import json, secretstorage
    from keyring.backends import SecretService
    from partner_desktop.auth.token_store import StoredGrant, TokenStore

    grant = StoredGrant("refresh-SECRET-locked", "default", None)
    first = TokenStore("svc-locked", backend=SecretService.Keyring())
    first.save("sandbox", grant)
    saved = first.persistent and first.load("sandbox") == grant

    with secretstorage.dbus_init() as conn:
        secretstorage.get_default_collection(conn).lock()

    store = TokenStore("svc-locked", backend=SecretService.Keyring())
    loaded = store.load("sandbox")
    store.save("sandbox", grant)
    print(json.dumps({
        "saved_while_unlocked": saved,
        "loaded_while_locked": loaded is not None,
        "persistent": store.persistent,
        "status": str(store.status),
        "kept_in_memory": store.load("sandbox") == grant,
    }))
    """
)


@pytest.mark.keyring
@pytest.mark.skipif(
    not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")),
    reason="needs dbus-run-session and gnome-keyring-daemon",
)
def test_locked_keyring_goes_session_only(tmp_path: Path) -> None:
    # A private D-Bus session and keyring daemon: locking the shared one would break the
    # other keyring tests (unlocking it again needs its password). No DISPLAY, so the
    # unlock prompt cannot appear and the daemon refuses at once.
    result = subprocess.run(
        [
            "dbus-run-session",
            "--",
            "sh",
            "-c",
            "echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null;"
            ' exec "$0" -c "$1"',
            sys.executable,
            LOCKED_SCRIPT,
        ],
        env=_clean_env(tmp_path),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report == {
        "saved_while_unlocked": True,
        "loaded_while_locked": False,
        "persistent": False,
        "status": "session-only (locked)",
        "kept_in_memory": True,
    }
    assert "refresh-SECRET-locked" not in result.stderr


MISSING_SCRIPT = textwrap.dedent(
    """
    import json, keyring
    from partner_desktop.auth.token_store import StoredGrant, TokenStore

    store = TokenStore("svc-missing")
    grant = StoredGrant("refresh-SECRET-missing", "default", None)
    store.save("sandbox", grant)
    print(json.dumps({
        "backend": type(keyring.get_keyring()).__module__,
        "persistent": store.persistent,
        "status": str(store.status),
        "kept_in_memory": store.load("sandbox") == grant,
    }))
    """
)


def test_missing_keyring_goes_session_only_without_any_file(tmp_path: Path) -> None:
    # No D-Bus session at all: keyring falls back to fail.Keyring (NoKeyringError).
    result = subprocess.run(
        [sys.executable, "-c", MISSING_SCRIPT],
        env=_clean_env(tmp_path),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report == {
        "backend": "keyring.backends.fail",
        "persistent": False,
        "status": "session-only (no_keyring)",
        "kept_in_memory": True,
    }
    # Never a plaintext fallback: nothing was written under the (temporary) home.
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert written == []
    assert "refresh-SECRET-missing" not in result.stderr
