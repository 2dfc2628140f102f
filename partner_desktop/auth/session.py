"""The signed-in state: tokens for each route, single-flight refresh, sign-in and sign-out."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from partner_desktop.auth import pkce
from partner_desktop.auth.loopback import LoopbackReceiver
from partner_desktop.auth.oauth import OAuthClient
from partner_desktop.auth.token_store import StoredGrant, TokenStore
from partner_desktop.config import SANDBOX_CLIENT_SECRET, Profile, ProfileKind
from partner_desktop.errors import (
    AuthError,
    PartnerError,
    SignedOut,
    SignInCancelled,
    Storage,
    StorageReason,
)

if TYPE_CHECKING:
    from partner_desktop.api.models import Account
    from partner_desktop.auth.oauth import TokenSet

log = logging.getLogger(__name__)

#: Contract section 2.3: a client treats a token as expired 60 s early.
EARLY_EXPIRY = 60.0


def client_secret_for(profile: Profile, store: TokenStore) -> str | None:
    """The client secret from the keyring; the sandbox's documented one when none is stored."""
    secret = store.load_secret(profile.name)
    if secret is None and profile.kind == ProfileKind.SANDBOX:
        return SANDBOX_CLIENT_SECRET
    return secret


class SignInAttempt:
    """One browser sign-in: its own state, PKCE verifier and loopback receiver."""

    def __init__(
        self,
        session: AuthSession,
        receiver: LoopbackReceiver,
        url: str,
        verifier: str,
        timeout: float,
    ) -> None:
        self._session = session
        self._receiver = receiver
        self._verifier = verifier
        self._timeout = timeout
        self._cancelled = threading.Event()
        self.url = url

    @property
    def redirect_uri(self) -> str:
        return self._receiver.redirect_uri

    def wait(self) -> None:
        """Wait for the browser, exchange the code, persist the grant.

        Raises SignInDenied, SignInTimeout, SignInCancelled, AuthError or NetworkError.
        """
        try:
            code = self._receiver.wait(self._timeout)
        finally:
            self._receiver.close()
        oauth = self._session._oauth
        tokens = oauth.exchange_code(
            code=code, redirect_uri=self._receiver.redirect_uri, code_verifier=self._verifier
        )
        if self._cancelled.is_set():
            # Cancelled while the code was being exchanged: the person said no, so the
            # fresh grant is not kept, and is revoked on the server (best effort).
            if tokens.refresh_token:
                try:
                    oauth.revoke(tokens.refresh_token, hint="refresh_token")
                except PartnerError as exc:
                    log.warning("Could not revoke the grant of a cancelled sign-in: %s", exc)
            raise SignInCancelled("cancelled")
        self._session._signed_in_with(tokens)

    def cancel(self) -> None:
        """Thread-safe: the waiting ``wait()`` raises ``SignInCancelled`` promptly."""
        self._cancelled.set()
        self._receiver.cancel()


class AuthSession:
    """Implements the api ``TokenProvider`` protocol for one profile."""

    def __init__(
        self,
        profile: Profile,
        oauth: OAuthClient,
        store: TokenStore,
        *,
        clock: Callable[[], float] = time.time,
        early_expiry: float = EARLY_EXPIRY,
    ) -> None:
        self.profile = profile
        self._oauth = oauth
        self._store = store
        self._clock = clock
        self._early = early_expiry
        # Client-credentials token (public routes).
        self._app_lock = threading.Lock()
        self._app: TokenSet | None = None
        self._app_stale = False
        # User token (``user`` routes); one lock makes refresh single-flight.
        self._user_lock = threading.Lock()
        self._user: TokenSet | None = None
        self._user_stale = False
        self._grant: StoredGrant | None = None
        #: The account of a grant without refresh token (nothing stored to keep it in).
        self._session_username: str | None = None
        self._listeners: list[Callable[[SignedOut], None]] = []

    @classmethod
    def for_profile(
        cls,
        profile: Profile,
        store: TokenStore,
        *,
        timeout: float = 10.0,
        clock: Callable[[], float] = time.time,
        early_expiry: float = EARLY_EXPIRY,
    ) -> AuthSession:
        """Build the OAuth client with the secrets from ``store`` (reads the keyring: call it
        off the GUI thread)."""
        secret = client_secret_for(profile, store)
        app_secret = store.load_secret(profile.name, app=True) if profile.app_client_id else None
        oauth = OAuthClient(
            profile, secret, app_client_secret=app_secret, timeout=timeout, clock=clock
        )
        return cls(profile, oauth, store, clock=clock, early_expiry=early_expiry)

    @property
    def storage_status(self) -> Storage:
        """Where the sign-in is kept (may open the keyring: not on the GUI thread); never a
        keyring for a grant that came without a refresh token (RFC 6749 5.1)."""
        with self._user_lock:
            unremembered = self._grant is None and self._user is not None
        if unremembered:
            return Storage(reason=StorageReason.NO_REFRESH_TOKEN)
        return self._store.status

    # -- state ------------------------------------------------------------------------

    @property
    def signed_in(self) -> bool:
        with self._user_lock:
            return self._grant is not None or self._user is not None

    @property
    def account_name(self) -> str | None:
        with self._user_lock:
            return self._grant.username if self._grant else self._session_username

    def add_signed_out_listener(self, cb: Callable[[SignedOut], None]) -> None:
        """``cb`` is called (on the thread that noticed) when the grant ends by itself."""
        self._listeners.append(cb)

    def remember_account(self, account: Account) -> None:
        """Keep the account id and name with the stored grant (for "Signed in as ...")."""
        with self._user_lock:
            if self._grant is None:
                # A grant without refresh token: the name lives as long as the access token.
                if self._user is not None:
                    self._session_username = account.username
                return
            self._grant = StoredGrant(
                refresh_token=self._grant.refresh_token,
                scope=self._grant.scope,
                expires_at=self._grant.expires_at,
                account_id=account.user_id,
                username=account.username,
            )
            self._store.save(self.profile.name, self._grant)

    # -- TokenProvider ----------------------------------------------------------------

    def bearer(self, *, user: bool) -> str:
        """A valid access token for a user route or a public route; fetches or refreshes."""
        return self._user_bearer() if user else self._app_bearer()

    def invalidate(self, token: str, *, user: bool) -> None:
        """The server said 401 for ``token``: the next ``bearer()`` gets a new one, once.

        Only the token currently held is marked; a 401 for an older token (already
        replaced by a concurrent refresh) changes nothing, so 401s cannot chain refreshes.
        """
        if user:
            with self._user_lock:
                if self._user is not None and self._user.access_token == token:
                    self._user_stale = True
        else:
            with self._app_lock:
                if self._app is not None and self._app.access_token == token:
                    self._app_stale = True

    def _app_bearer(self) -> str:
        with self._app_lock:
            current = self._app
            if current is None or self._app_stale or current.expired(self._clock(), self._early):
                current = self._oauth.client_credentials()
                self._app = current
                self._app_stale = False
            return current.access_token

    def _user_bearer(self) -> str:
        ended: SignedOut | None = None
        try:
            with self._user_lock:
                # Re-checked under the lock: the thread that waited finds the fresh token.
                current = self._user
                if (
                    current is not None
                    and not self._user_stale
                    and not current.expired(self._clock(), self._early)
                ):
                    return current.access_token
                if self._grant is None:
                    if current is None:
                        raise SignedOut(SignedOut.SIGNED_OUT)
                    # A grant without refresh token (RFC 6749 5.1 allows it): nothing to renew
                    # it with, so it ends now, told to the person like a revoked one.
                    log.info(
                        "The sign-in of profile %r ended: no refresh token.", self.profile.name
                    )
                    self._forget_locked()
                    ended = SignedOut(SignedOut.EXPIRED)
                    raise ended
                try:
                    return self._refresh_locked().access_token
                except SignedOut as exc:
                    ended = exc
                    raise
        finally:
            if ended is not None:
                self._notify_signed_out(ended)

    def _refresh_locked(self) -> TokenSet:
        """Refresh with the stored grant. Caller holds ``_user_lock``."""
        if self._grant is None:
            raise SignedOut(SignedOut.SIGNED_OUT)
        try:
            tokens = self._oauth.refresh(self._grant.refresh_token)
        except AuthError as exc:
            if exc.error != "invalid_grant":
                raise
            log.info("The refresh token of profile %r was refused; signing out.", self.profile.name)
            self._forget_locked()
            self._store.delete(self.profile.name)
            raise SignedOut(SignedOut.INVALID_GRANT) from None
        # Contract 2.3: the old refresh token is dead now. Persist the new one BEFORE the
        # access token is handed out, so a crash cannot leave only a revoked token stored.
        self._persist_locked(tokens)
        self._user = tokens
        self._user_stale = False
        return tokens

    def _persist_locked(self, tokens: TokenSet) -> None:
        previous = self._grant
        if tokens.refresh_token is None:
            self._grant = None
            self._store.delete(self.profile.name)
            return
        self._grant = StoredGrant(
            refresh_token=tokens.refresh_token,
            scope=tokens.scope,
            expires_at=tokens.refresh_expires_at,
            account_id=previous.account_id if previous else None,
            username=previous.username if previous else None,
        )
        self._store.save(self.profile.name, self._grant)

    def _forget_locked(self) -> None:
        self._user = None
        self._user_stale = False
        self._grant = None
        self._session_username = None

    def _notify_signed_out(self, ended: SignedOut) -> None:
        for cb in list(self._listeners):
            try:
                cb(ended)
            except Exception:
                log.exception("A signed-out listener failed")

    # -- sign-in, restore, sign-out -----------------------------------------------------

    def check_sign_in_server(self) -> None:
        """Raise SignInUnavailable when the sign-in server does not answer (blocking, bounded)."""
        self._oauth.check_reachable()

    def begin_sign_in(self, *, timeout: float = 300) -> SignInAttempt:
        """Start a browser sign-in: new state and verifier, a listening loopback, the URL."""
        state = pkce.new_state()
        verifier = pkce.new_verifier()

        receiver = LoopbackReceiver(state, port=self.profile.redirect_port)
        receiver.start()
        try:
            url = self._oauth.authorization_url(
                redirect_uri=receiver.redirect_uri, state=state, code_verifier=verifier
            )
        except BaseException:
            receiver.close()
            raise
        return SignInAttempt(self, receiver, url, verifier, timeout)

    def _signed_in_with(self, tokens: TokenSet) -> None:
        with self._user_lock:
            # A new person may have signed in: forget the old account.
            self._grant = None
            self._session_username = None
            self._persist_locked(tokens)
            self._user = tokens
            self._user_stale = False
        log.info("Signed in on profile %r.", self.profile.name)

    def restore(self) -> bool:
        """Sign in again from the keyring without a browser (refresh once).

        False when nothing is stored, or the stored grant ended (then the store is
        cleared). A NetworkError propagates with the grant kept for a later retry.
        """
        grant = self._store.load(self.profile.name)
        if grant is None:
            return False
        with self._user_lock:
            self._grant = grant
            self._user = None
        try:
            self._user_bearer()
        except SignedOut:
            return False
        return True

    def sign_out(self) -> None:
        """Revoke the refresh and access tokens (best effort), then forget them locally."""
        with self._user_lock:
            grant, user = self._grant, self._user
            self._forget_locked()
        # RFC 7009 section 2.1: revoking the refresh token first also ends its access tokens
        # on servers that support it; the access token is revoked as well for those that do not.
        revocations: list[tuple[str, str]] = []
        if grant is not None:
            revocations.append((grant.refresh_token, "refresh_token"))
        if user is not None:
            revocations.append((user.access_token, "access_token"))
        for token, hint in revocations:
            try:
                self._oauth.revoke(token, hint=hint)
            except PartnerError as exc:
                log.warning("Could not revoke the %s at sign-out: %s", hint.replace("_", " "), exc)
        self._store.delete(self.profile.name)
        log.info("Signed out of profile %r.", self.profile.name)
