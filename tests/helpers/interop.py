"""The django-oauth-toolkit server of the interop tests: what it is seeded with, and a handle on it
(``tests/interop/dot_server.py`` is the server; ``tests/interop/conftest.py`` starts it)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import requests

SIGNIN_CLIENT_ID = "partner-desktop-interop"
APP_CLIENT_ID = "partner-desktop-interop-app"
USERNAME = "alice"


@dataclass(frozen=True)
class DotServer:
    """The running server: its base URL and the credentials it was seeded with."""

    base_url: str
    signin_secret: str
    app_secret: str
    username: str
    password: str

    def inspect(self, token: str) -> dict[str, Any]:
        """The server's record of ``token`` (django-oauth-toolkit's models, read in its process):
        ``{"access": {...} | None, "refresh": {...} | None}``."""
        answer = requests.post(
            f"{self.base_url}/interop/inspect", data={"token": token}, timeout=10
        )
        answer.raise_for_status()
        record: dict[str, Any] = answer.json()
        return record
