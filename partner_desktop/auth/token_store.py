"""Refresh tokens and client secrets in the OS keyring, or in memory when there is none.

The ``keyring`` package (and the discovery of its backends, ~150 ms with D-Bus) is loaded on
first use, on a worker thread, never while the window is being built.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import sys
import threading
from dataclasses import asdict, dataclass, field
from typing import Any

import keyring
import keyring.backend
import keyring.core
import keyring.errors
from keyring.backends import SecretService

from partner_desktop.errors import Storage, StorageReason

log = logging.getLogger(__name__)

_FORMAT_VERSION = 1


@dataclass(frozen=True)
class StoredGrant:
    """What survives a restart: the refresh token and what it is for. No access token."""

    refresh_token: str = field(repr=False)
    scope: str
    expires_at: float | None
    account_id: str | None = None
    username: str | None = None

    def to_json(self) -> str:
        return json.dumps({"v": _FORMAT_VERSION, **asdict(self)}, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> StoredGrant:
        """Parse an entry; ``ValueError`` (without the secret in it) if it is not one of ours."""
        try:
            data = json.loads(text)
        except (ValueError, TypeError):
            raise ValueError("not JSON") from None
        if not isinstance(data, dict):
            raise ValueError("not an object")
        token = data.get("refresh_token")
        scope = data.get("scope", "")
        expires_at = data.get("expires_at")
        account_id = data.get("account_id")
        username = data.get("username")
        if not isinstance(token, str) or not token:
            raise ValueError("no refresh token")
        if not isinstance(scope, str):
            raise ValueError("scope is not a string")
        if expires_at is not None and (
            isinstance(expires_at, bool) or not isinstance(expires_at, int | float)
        ):
            raise ValueError("expires_at is not a number")
        for name, value in (("account_id", account_id), ("username", username)):
            if value is not None and not isinstance(value, str):
                raise ValueError(f"{name} is not a string")
        return cls(
            refresh_token=token,
            scope=scope,
            expires_at=None if expires_at is None else float(expires_at),
            account_id=account_id,
            username=username,
        )


def _backend_name(backend: keyring.backend.KeyringBackend) -> str:
    """The backend's short name: its module's (``SecretService``, ``macOS``, ``Windows``,
    ``kwallet``, ``libsecret``), or for another backend its own name."""
    module = type(backend).__module__
    if module.startswith("keyring.backends."):
        return module.rsplit(".", 1)[-1]
    return str(getattr(backend, "name", type(backend).__name__))


def _refusal(backend: keyring.backend.KeyringBackend) -> StorageReason | None:
    """Why ``backend`` must not hold secrets, or ``None`` if it may."""
    cls = type(backend)
    module = cls.__module__
    if module == "keyring.backends.fail":
        return StorageReason.NO_KEYRING
    if module == "keyring.backends.null":
        return StorageReason.SWITCHED_OFF
    # keyrings.alt's PlaintextKeyring (and any other file keyring in clear) is a file in
    # plaintext: the issue forbids a plaintext fallback.
    if "plaintext" in cls.__name__.lower() or (
        module.startswith("keyrings.alt") and not getattr(backend, "encrypted", False)
    ):
        return StorageReason.PLAINTEXT
    return None


def _secret_service() -> keyring.backend.KeyringBackend | None:
    """The Secret Service backend, when it works here and it is what keyring would choose.

    keyring's own discovery imports every backend it knows (the macOS one runs ``ldconfig``)
    and asks each one: ~200 ms. On Linux outside KDE, the Secret Service has the highest
    priority whenever it works, so it is asked first. On KDE, KWallet outranks it (priority
    5.1 against 5), and the person's choice (``PYTHON_KEYRING_BACKEND`` or keyringrc.cfg)
    always comes first: then discovery decides, as before.
    """
    if not sys.platform.startswith("linux"):
        return None
    if "KDE" in os.environ.get("XDG_CURRENT_DESKTOP", "").split(":"):
        return None
    if keyring.core.load_env() is not None or keyring.core.load_config() is not None:
        return None
    return SecretService.Keyring() if SecretService.Keyring.viable else None  # type: ignore[no-untyped-call]


def _default_backend() -> tuple[keyring.backend.KeyringBackend | None, StorageReason | None]:
    backend = _secret_service() or keyring.get_keyring()
    # The chainer writes to the first backend that accepts; pick the first acceptable one ourselves.
    chained = getattr(backend, "backends", None)
    if type(backend).__module__ == "keyring.backends.chainer" and chained is not None:
        reasons = []
        for candidate in chained:
            why = _refusal(candidate)
            if why is None:
                return candidate, None
            reasons.append(why)
        return None, reasons[0] if reasons else StorageReason.NO_KEYRING
    why = _refusal(backend)
    return (None, why) if why else (backend, None)


def _reason_for(exc: BaseException) -> StorageReason:
    if isinstance(exc, keyring.errors.KeyringLocked):
        return StorageReason.LOCKED
    if isinstance(exc, keyring.errors.NoKeyringError):
        return StorageReason.NO_KEYRING
    if isinstance(exc, keyring.errors.InitError):
        return StorageReason.CANNOT_OPEN
    if isinstance(exc, keyring.errors.PasswordSetError):
        return StorageReason.REFUSED
    return StorageReason.BROKEN


class TokenStore:
    """One JSON entry per profile (the grant) plus one entry for the client secret.

    Any keyring failure switches the store to memory for the rest of the session and
    ``status`` says why; there is never a file fallback.
    """

    def __init__(
        self, service: str, *, backend: keyring.backend.KeyringBackend | None = None
    ) -> None:
        self.service = service
        self._lock = threading.RLock()
        self._memory: dict[str, str] = {}
        self._why: StorageReason | None = None
        self._chosen: keyring.backend.KeyringBackend | None = None
        # Finding the OS keyring (entry points, D-Bus) is slow: it happens on first use, which
        # is on a worker thread (the start-up restore), not while the window is being built.
        self._resolved = False
        if backend is not None:
            self._resolve(backend)

    def _resolve(self, given: keyring.backend.KeyringBackend | None = None) -> None:
        with self._lock:
            if self._resolved:
                return
            if given is None:
                self._chosen, self._why = _default_backend()
            else:
                why = _refusal(given)
                self._chosen, self._why = (None, why) if why else (given, None)
            self._resolved = True
            if self._why:
                log.warning("Secrets are kept in memory only (%s)", self._why)

    @property
    def _backend(self) -> keyring.backend.KeyringBackend | None:
        if not self._resolved:
            self._resolve()
        return self._chosen

    @_backend.setter
    def _backend(self, value: keyring.backend.KeyringBackend | None) -> None:
        self._resolved = True
        self._chosen = value

    # -- status -----------------------------------------------------------------------

    @property
    def persistent(self) -> bool:
        return self._backend is not None

    @property
    def backend_name(self) -> str:
        """The keyring backend's short name (``SecretService``, ``Windows``...), or ``memory``."""
        if self._backend is None:
            return "memory"
        return type(self._backend).__module__.rsplit(".", 1)[-1]

    def round_trip(self) -> bool:
        """Store, read back and delete a throw-away entry; False if the keyring failed.

        Used by ``--smoke-test`` to prove the frozen app reaches a working keyring.
        """
        key = f"smoke-test:{secrets.token_hex(4)}"
        value = secrets.token_urlsafe(16)
        self._set(key, value)
        if not self.persistent:
            self._memory.pop(key, None)
            return False
        read = self._get(key)
        self._delete(key)
        return read == value and self.persistent and self._get(key) is None

    @property
    def status(self) -> Storage:
        """Where secrets are kept: the keyring's name, or why in memory only."""
        backend = self._backend
        if backend is not None:
            return Storage(keyring=_backend_name(backend))
        return Storage(reason=self._why or StorageReason.BROKEN)

    # -- grants -----------------------------------------------------------------------

    @staticmethod
    def _grant_key(profile: str) -> str:
        return profile

    @staticmethod
    def _secret_key(profile: str, app: bool) -> str:
        # ``app``: the profile's separate client-credentials client (``Profile.app_client_id``).
        return f"{profile}:app-client-secret" if app else f"{profile}:client-secret"

    def load(self, profile: str) -> StoredGrant | None:
        key = self._grant_key(profile)
        text = self._get(key)
        if text is None:
            return None
        try:
            return StoredGrant.from_json(text)
        except ValueError as exc:
            log.warning(
                "The stored sign-in of profile %r is unreadable (%s); it has been removed.",
                profile,
                exc,
            )
            self._delete(key)
            return None

    def save(self, profile: str, grant: StoredGrant) -> None:
        self._set(self._grant_key(profile), grant.to_json())

    def delete(self, profile: str) -> None:
        self._delete(self._grant_key(profile))

    # -- client secret ----------------------------------------------------------------

    def load_secret(self, profile: str, *, app: bool = False) -> str | None:
        return self._get(self._secret_key(profile, app)) or None

    def save_secret(self, profile: str, secret: str, *, app: bool = False) -> None:
        self._set(self._secret_key(profile, app), secret)

    def delete_secret(self, profile: str, *, app: bool = False) -> None:
        self._delete(self._secret_key(profile, app))

    # -- keyring access with the in-memory fallback -------------------------------------

    def _degrade(self, exc: BaseException, action: str) -> None:
        self._why = _reason_for(exc)
        self._backend = None
        # The type and the backend's message only: keyring errors do not carry the secret.
        log.warning(
            "Could not %s the keyring (%s: %s); secrets are kept in memory for this session.",
            action,
            type(exc).__name__,
            exc,
        )

    def _get(self, key: str) -> str | None:
        with self._lock:
            backend = self._backend
            if backend is not None:
                try:
                    value: Any = backend.get_password(self.service, key)
                except Exception as exc:  # any backend failure degrades
                    self._degrade(exc, "read from")
                else:
                    return value if isinstance(value, str) else None
            return self._memory.get(key)

    def _set(self, key: str, value: str) -> None:
        with self._lock:
            backend = self._backend
            if backend is not None:
                try:
                    backend.set_password(self.service, key, value)
                except Exception as exc:  # any backend failure degrades
                    self._degrade(exc, "write to")
                else:
                    return
            self._memory[key] = value

    def _delete(self, key: str) -> None:
        with self._lock:
            self._memory.pop(key, None)
            backend = self._backend
            if backend is None:
                return
            try:
                backend.delete_password(self.service, key)
            except keyring.errors.PasswordDeleteError:
                pass  # Nothing stored under that name: already absent.
            except Exception as exc:  # any backend failure degrades
                self._degrade(exc, "delete from")
