"""In-memory keyring backends for tests: one that works, one that fails on demand."""

from __future__ import annotations

import keyring.errors
from keyring.backend import KeyringBackend
from keyring.compat import properties


class MemoryKeyring(KeyringBackend):
    """Entries in a dict; deleting a missing entry raises, as real backends do."""

    @properties.classproperty
    def priority(cls) -> float:
        # keyring registers every subclass: a test backend must never become the default.
        raise RuntimeError("test backend")

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.entries[(service, username)]
        except KeyError:
            raise keyring.errors.PasswordDeleteError("No such password!") from None


class FailingKeyring(MemoryKeyring):
    """Fails the operations named in ``failing`` with ``error``."""

    def __init__(self, error: Exception, failing: tuple[str, ...]) -> None:
        super().__init__()
        self.error = error
        self.failing = failing
        self.calls: list[str] = []

    def _maybe_fail(self, op: str) -> None:
        self.calls.append(op)
        if op in self.failing:
            raise self.error

    def get_password(self, service: str, username: str) -> str | None:
        self._maybe_fail("get")
        return super().get_password(service, username)

    def set_password(self, service: str, username: str, password: str) -> None:
        self._maybe_fail("set")
        super().set_password(service, username, password)

    def delete_password(self, service: str, username: str) -> None:
        self._maybe_fail("delete")
        super().delete_password(service, username)
