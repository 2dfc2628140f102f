"""Records every token and authorization code the client receives, for the secrets scans.

The sandbox keeps only digests of what it issues, so a scan can no longer read the issued
values back from its database: this test instrument keeps them, in this process's memory,
as the client's own code receives them (the code is wrapped, not changed).
"""

from __future__ import annotations

import functools
import threading
from typing import Any

from partner_desktop.auth.loopback import LoopbackReceiver
from partner_desktop.auth.oauth import OAuthClient, TokenSet

#: value -> what it is ("access token", "refresh token", "authorization code").
RECEIVED: dict[str, str] = {}
#: refresh token -> the access token that came with it.
_ISSUED_WITH: dict[str, str] = {}
_lock = threading.Lock()
_installed = False


def _keep(value: str | None, what: str) -> None:
    if value:
        with _lock:
            RECEIVED[value] = what


def install() -> None:
    """Wrap ``OAuthClient._token_set`` and ``LoopbackReceiver.wait`` (once per process)."""
    global _installed
    with _lock:
        if _installed:
            return
        _installed = True
    token_set = OAuthClient._token_set
    wait = LoopbackReceiver.wait

    @functools.wraps(token_set)
    def recording_token_set(self: OAuthClient, data: Any, *, requested_scope: str) -> TokenSet:
        tokens = token_set(self, data, requested_scope=requested_scope)
        _keep(tokens.access_token, "access token")
        _keep(tokens.refresh_token, "refresh token")
        if tokens.refresh_token:
            with _lock:
                _ISSUED_WITH[tokens.refresh_token] = tokens.access_token
        return tokens

    @functools.wraps(wait)
    def recording_wait(self: LoopbackReceiver, timeout: float) -> str:
        code = wait(self, timeout)
        _keep(code, "authorization code")
        return code

    OAuthClient._token_set = recording_token_set  # type: ignore[method-assign]
    LoopbackReceiver.wait = recording_wait  # type: ignore[method-assign]


def received() -> dict[str, str]:
    """A copy of everything recorded so far in this process."""
    with _lock:
        return dict(RECEIVED)


def access_token_for(refresh_token: str) -> str | None:
    """The access token the client received together with ``refresh_token``."""
    with _lock:
        return _ISSUED_WITH.get(refresh_token)
