"""Sign-in use cases: restore at start-up, sign in through the browser, sign out."""

from __future__ import annotations

import logging
import webbrowser
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal

from partner_desktop.api.models import Account
from partner_desktop.controllers.tasks import TaskSet, in_worker
from partner_desktop.errors import NetworkError, PartnerError, SignedOut, SignInCancelled, Storage

if TYPE_CHECKING:
    from partner_desktop.api.client import PollsClient
    from partner_desktop.auth.session import AuthSession

log = logging.getLogger(__name__)

#: Opens a URL in the person's browser; its answer (``webbrowser.open``'s bool) is not used.
BrowserOpener = Callable[[str], object]

#: Seconds a browser sign-in is waited for before it is given up (the dialog says so).
SIGN_IN_TIMEOUT = 300.0


class _Attempt(Protocol):
    url: str

    def wait(self) -> None: ...
    def cancel(self) -> None: ...


def system_browser(url: str) -> bool:
    """Open ``url`` in the person's default browser."""
    return webbrowser.open(url)


class SessionController(QObject):
    """Drives ``auth.session.AuthSession`` off the GUI thread and reports through signals."""

    signed_in = Signal(str)  # username
    #: SignedOut when the grant ended by itself; None when the person signed out
    signed_out = Signal(object)
    sign_in_started = Signal(str)  # the authorization URL (shown with a Copy button)
    sign_in_failed = Signal(object)  # the exception (ui/errors.py makes the sentence)
    busy_changed = Signal(bool)
    #: where the sign-in is kept (errors.Storage), once the keyring has been opened
    storage_status = Signal(object)
    _grant_ended = Signal(object)  # SignedOut, from whichever thread noticed; on the GUI thread

    def __init__(
        self,
        auth: AuthSession,
        client: PollsClient,
        *,
        open_browser: BrowserOpener | None = None,
        sign_in_timeout: float = SIGN_IN_TIMEOUT,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._auth = auth
        self._client = client
        self.open_browser = open_browser or system_browser
        self._timeout = sign_in_timeout
        self._attempt: _Attempt | None = None
        self._busy = False
        self._username: str | None = None
        self._tasks = TaskSet()
        self._grant_ended.connect(self._on_grant_ended)
        # Called from a worker thread when a refresh ends in invalid_grant: a queued signal.
        auth.add_signed_out_listener(self._grant_ended.emit)

    # -- state -------------------------------------------------------------------------------
    @property
    def is_signed_in(self) -> bool:
        return self._username is not None

    @property
    def username(self) -> str | None:
        return self._username

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def sign_in_timeout(self) -> float:
        """Seconds a browser sign-in is waited for at most."""
        return self._timeout

    @property
    def sign_in_url(self) -> str | None:
        return None if self._attempt is None else self._attempt.url

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)

    # -- slots for the UI ----------------------------------------------------------------------
    def start_restore(self) -> None:
        self._tasks.spawn(self.restore(), name="restore sign-in")

    def start_storage_status(self) -> None:
        self._tasks.spawn(self.report_storage(), name="keyring status")

    def start_sign_in(self) -> None:
        if self._attempt is None and not self._busy:
            self._tasks.spawn(self.sign_in(), name="sign in")

    def start_sign_out(self) -> None:
        self._tasks.spawn(self.sign_out(), name="sign out")

    def cancel_sign_in(self) -> None:
        if self._attempt is not None:
            self._attempt.cancel()

    def open_again(self) -> None:
        if self._attempt is not None:
            self._tasks.spawn(self._open(self._attempt.url), name="open browser")

    # -- use cases ---------------------------------------------------------------------------
    async def restore(self) -> bool:
        """Refresh the remembered grant once (keyring + HTTP off the GUI thread)."""
        self._set_busy(True)
        try:
            try:
                restored, storage = await in_worker(self._restore_in_worker)
            except PartnerError:
                self.start_storage_status()
                raise
            self.storage_status.emit(storage)
            if not restored:
                return False
            await self._finish_sign_in(fallback_name=self._auth.account_name)
            return True
        except PartnerError as exc:
            log.warning("Restoring the sign-in failed: %s", exc)
            self.sign_in_failed.emit(exc)
            return False
        finally:
            self._set_busy(False)

    def _restore_in_worker(self) -> tuple[bool, Storage]:
        # The keyring status comes from the same worker call as the restore that opened the
        # keyring: no extra round trip while the Sign in button waits for ``busy`` to clear.
        restored = bool(self._auth.restore())
        return restored, self._auth.storage_status

    async def report_storage(self) -> None:
        """Emit ``storage_status`` (opening the keyring, if not yet done, off the GUI thread)."""
        status: Storage = await in_worker(lambda: self._auth.storage_status)
        self.storage_status.emit(status)

    async def sign_in(self) -> bool:
        """The browser flow of RFC 8252; True when signed in."""
        self._set_busy(True)
        try:
            # A server that is down is said at once; the browser would only show an error page.
            await in_worker(self._auth.check_sign_in_server)
            attempt: _Attempt = await in_worker(self._auth.begin_sign_in, timeout=self._timeout)
            self._attempt = attempt
            self.sign_in_started.emit(attempt.url)
            await self._open(attempt.url)
            await in_worker(attempt.wait)
            await self._finish_sign_in(fallback_name=None)
            return True
        except SignInCancelled as exc:
            log.info("Sign-in cancelled")
            self.sign_in_failed.emit(exc)
            return False
        except PartnerError as exc:
            log.warning("Sign-in failed: %s", exc)
            self.sign_in_failed.emit(exc)
            return False
        finally:
            self._attempt = None
            self._set_busy(False)

    async def _finish_sign_in(self, *, fallback_name: str | None) -> None:
        try:
            account: Account = await in_worker(self._client.get_account)
        except NetworkError:
            if fallback_name is None:
                raise
            name = fallback_name  # offline start-up: the remembered name will do
        else:
            await in_worker(self._auth.remember_account, account)
            name = account.username
        self._username = name
        self.signed_in.emit(name)
        # Whether this sign-in is remembered depends on the grant (a refresh token or none).
        await self.report_storage()

    async def _open(self, url: str) -> None:
        try:
            await in_worker(self.open_browser, url)
        except Exception:  # a broken $BROWSER must not end the sign-in: the URL is shown
            log.warning("Opening the browser failed", exc_info=True)

    async def sign_out(self) -> None:
        """Revoke and forget the grant; the UI turns signed-out from the signal."""
        self._set_busy(True)
        try:
            self.cancel_sign_in()
            await in_worker(self._auth.sign_out)
        except PartnerError as exc:
            # Revocation is best effort (RFC 7009 section 2.2); local state is gone anyway.
            log.warning("Sign-out was not complete: %s", exc)
        finally:
            self._username = None
            self._set_busy(False)
            self.signed_out.emit(None)

    def _on_grant_ended(self, ended: SignedOut) -> None:
        if self._username is not None:
            self._username = None
            self.signed_out.emit(ended)

    def shutdown(self) -> None:
        self.cancel_sign_in()
        self._tasks.cancel_all()
