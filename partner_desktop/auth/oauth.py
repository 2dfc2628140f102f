"""The OAuth 2.0 protocol calls, done by Authlib's requests client, failures as our exceptions."""

from __future__ import annotations

import dataclasses
import logging
import re
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import requests
from authlib.integrations.base_client.errors import OAuthError
from authlib.integrations.requests_client import OAuth2Session

from partner_desktop.config import TRACKING_KEYS, Profile
from partner_desktop.errors import AuthError, CertificateError, NetworkError, SignInUnavailable

log = logging.getLogger(__name__)

#: Longest wait, in seconds, for the sign-in server's answer before the browser is opened.
PROBE_TIMEOUT = 5.0

#: Lifetime assumed when a token answer omits ``expires_in`` (RFC 6749 5.1 only RECOMMENDS it).
DEFAULT_EXPIRES_IN = 3600.0


@dataclass(frozen=True)
class TokenSet:
    """An access token with its expiry (epoch seconds) and, for user tokens, a refresh token."""

    access_token: str
    token_type: str
    expires_at: float
    refresh_token: str | None
    scope: str
    #: When the refresh token ends, if the server said so (``refresh_token_expires_in``).
    refresh_expires_at: float | None = None

    def __repr__(self) -> str:
        # Never let a token reach a log line or a traceback through repr().
        return (
            f"TokenSet(token_type={self.token_type!r}, expires_at={self.expires_at!r}, "
            f"refresh_token={'***' if self.refresh_token else None}, scope={self.scope!r})"
        )

    def expired(self, now: float, margin: float = 0.0) -> bool:
        return now >= self.expires_at - margin


def _refuse_redirect(response: requests.Response, *args: object, **kwargs: object) -> None:
    """No redirect on the token and revocation endpoints: following one would send the code,
    the verifier, the client secret or the refresh token to wherever it points (RFC 9700
    section 4.11). Raised before requests resolves it; ``_call`` reports the status."""
    if 300 <= response.status_code < 400:
        raise requests.HTTPError(response=response)


class OAuthClient:
    """Client credentials, authorization code with PKCE, refresh and revoke for one profile."""

    def __init__(
        self,
        profile: Profile,
        client_secret: str | None,
        *,
        app_client_secret: str | None = None,
        timeout: float = 10.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        """``app_client_secret`` is the secret of ``profile.app_client_id``, when it names one."""
        self.profile = profile
        self._secret = client_secret or None
        self._app_secret = app_client_secret or None
        self.timeout = timeout
        self._clock = clock
        self._methods_lock = threading.Lock()
        self._server_methods: tuple[str, ...] | None = None

    @property
    def has_secret(self) -> bool:
        return self._secret is not None

    def check_reachable(self) -> None:
        """Raise SignInUnavailable unless the authorization endpoint answers within
        ``PROBE_TIMEOUT`` seconds with anything but a 5xx (blocking: call off the GUI thread).

        Any other answer (a 400 for the missing parameters included) means the server is up.
        """
        url = self.profile.authorize_url
        host = urlsplit(url).netloc
        wait = min(self.timeout, PROBE_TIMEOUT)
        try:
            resp = requests.get(url, timeout=wait, allow_redirects=False)
        except requests.exceptions.SSLError:
            raise CertificateError(host=host, sign_in=True) from None
        except requests.Timeout:
            raise SignInUnavailable(NetworkError.TIMEOUT, host=host, seconds=wait) from None
        except requests.RequestException:
            raise SignInUnavailable(NetworkError.REFUSED, host=host) from None
        status = resp.status_code
        resp.close()
        if status >= 500:
            raise SignInUnavailable(NetworkError.UNAVAILABLE, host=host, status=status)

    # -- plumbing ---------------------------------------------------------------------

    def _app_client(self) -> tuple[str, str | None]:
        """The client id and secret of the client-credentials grant (contract 2.1)."""
        if self.profile.app_client_id:
            return self.profile.app_client_id, self._app_secret
        return self.profile.client_id, self._secret

    def auth_method(self, secret: str | None) -> str:
        """One client authentication method for every token and revoke call (RFC 6749 2.3).

        The profile's choice; else ``client_secret_basic`` (RFC 6749 2.3.1: servers MUST support
        it), unless the server's RFC 8414 metadata lists ``client_secret_post`` and not Basic.
        """
        if not secret:
            return "none"
        chosen = self.profile.client_auth_method
        if chosen:
            return chosen
        supported = self._metadata_auth_methods()
        if "client_secret_basic" not in supported and "client_secret_post" in supported:
            return "client_secret_post"
        return "client_secret_basic"

    def _metadata_auth_methods(self) -> tuple[str, ...]:
        """``token_endpoint_auth_methods_supported`` from RFC 8414 metadata.

        Read once the server has answered (a 404 included: many publish none, and the default
        method is used then); asked again on the next call while the server cannot be reached.
        """
        with self._methods_lock:
            if self._server_methods is not None:
                return self._server_methods
            methods = self._read_metadata()
            if methods is not None:
                self._server_methods = methods
            return methods or ()

    def _read_metadata(self) -> tuple[str, ...] | None:
        parts = urlsplit(self.profile.token_url)
        url = f"{parts.scheme}://{parts.netloc}/.well-known/oauth-authorization-server"
        try:
            resp = requests.get(url, timeout=min(self.timeout, 5.0), allow_redirects=False)
        except requests.RequestException:
            return None
        try:
            data = resp.json() if resp.status_code == 200 else None
        except ValueError:
            data = None
        methods = (
            data.get("token_endpoint_auth_methods_supported") if isinstance(data, dict) else None
        )
        if not isinstance(methods, list):
            log.debug("No RFC 8414 metadata at %s; using the default client authentication.", url)
            return ()
        return tuple(m for m in methods if isinstance(m, str))

    def _session(self, client_id: str, secret: str | None) -> OAuth2Session:
        method = self.auth_method(secret)
        session = OAuth2Session(
            client_id=client_id,
            client_secret=secret if method != "none" else None,
            token_endpoint_auth_method=method,
            revocation_endpoint_auth_method=method,
            scope=self.profile.scope or None,
            code_challenge_method="S256",
            default_timeout=self.timeout,
        )
        session.hooks["response"].append(_refuse_redirect)
        return session

    @contextmanager
    def _call(
        self, url: str, *, app: bool = False
    ) -> Iterator[tuple[OAuth2Session, Callable[[requests.Response], requests.Response]]]:
        """Open a session for one call and turn every failure into our exception tree.

        One session per call: Authlib keeps the last token on the session object, and the
        access and user flows run on different threads. Yields the session and the answer
        check, which every token answer passes through (Authlib's compliance hooks) and which
        ``revoke`` applies to its answer.
        """
        host = urlsplit(url).netloc or url
        check = _check_answer
        client_id, secret = self._app_client() if app else (self.profile.client_id, self._secret)
        with self._session(client_id, secret) as session:
            session.register_compliance_hook("access_token_response", check)
            session.register_compliance_hook("refresh_token_response", check)
            try:
                yield session, check
            except OAuthError as exc:
                # A 200 answer whose body names an error (Authlib reads it).
                raise _refusal(str(exc.error or "oauth_error"), host) from None
            except requests.Timeout:
                raise NetworkError(
                    NetworkError.TIMEOUT, host=host, seconds=self.timeout, sign_in=True
                ) from None
            except requests.HTTPError as exc:
                status = exc.response.status_code if exc.response is not None else 0
                if status >= 500 or status == 429:
                    raise NetworkError(
                        NetworkError.UNAVAILABLE, host=host, status=status, sign_in=True
                    ) from None
                raise AuthError(AuthError.INVALID_RESPONSE, status=status, host=host) from None
            except requests.exceptions.SSLError:
                raise CertificateError(host=host, sign_in=True) from None
            except requests.ConnectionError:
                raise NetworkError(NetworkError.REFUSED, host=host, sign_in=True) from None
            except requests.RequestException:
                raise NetworkError(NetworkError.BROKEN, host=host, sign_in=True) from None
            except ValueError:
                # Authlib raises ValueError for a body that is not a JSON object.
                raise AuthError(AuthError.INVALID_RESPONSE, host=host) from None

    def _token_set(self, data: Any, *, requested_scope: str) -> TokenSet:
        now = self._clock()
        if not isinstance(data, dict):
            raise AuthError(AuthError.INVALID_RESPONSE)
        access = data.get("access_token")
        token_type = data.get("token_type")
        if not isinstance(access, str) or not access:
            raise AuthError(AuthError.INVALID_RESPONSE)
        # RFC 6749 section 5.1: token_type is case-insensitive; we only speak Bearer (RFC 6750).
        if not isinstance(token_type, str) or token_type.lower() != "bearer":
            raise AuthError("unsupported_token_type")
        expires_in = data.get("expires_in")
        try:
            lifetime = float(expires_in) if expires_in is not None else DEFAULT_EXPIRES_IN
        except (TypeError, ValueError):
            lifetime = DEFAULT_EXPIRES_IN
        refresh = data.get("refresh_token")
        scope = data.get("scope")
        refresh_lifetime = data.get("refresh_token_expires_in")
        refresh_expires_at = (
            now + float(refresh_lifetime)
            if isinstance(refresh_lifetime, int | float) and not isinstance(refresh_lifetime, bool)
            else None
        )
        return TokenSet(
            access_token=access,
            token_type="Bearer",  # noqa: S106 - a token type, not a secret
            expires_at=now + max(lifetime, 0.0),
            refresh_token=refresh if isinstance(refresh, str) and refresh else None,
            scope=scope if isinstance(scope, str) else requested_scope,
            refresh_expires_at=refresh_expires_at,
        )

    # -- grants -----------------------------------------------------------------------

    def client_credentials(self) -> TokenSet:
        """RFC 6749 section 4.4, with the profile's client-credentials client (contract 2.1)."""
        _, secret = self._app_client()
        if not secret:
            raise AuthError("invalid_client", missing_secret=True)
        url = self.profile.token_url
        with self._call(url, app=True) as (session, _):
            data = session.fetch_token(url, grant_type="client_credentials", timeout=self.timeout)
        return self._token_set(dict(data), requested_scope=self.profile.scope)

    def authorization_url(self, *, redirect_uri: str, state: str, code_verifier: str) -> str:
        """The authorize URL with PKCE S256 (RFC 7636), partner tag, tracking and the profile's
        extra parameters (validated by the profile: none of them reserved or secret)."""
        extra: dict[str, str] = dict(self.profile.authorize_params)
        if self.profile.partner_tag:
            extra["partner_tag"] = self.profile.partner_tag
        for key in TRACKING_KEYS:
            value = self.profile.tracking.get(key, "")
            if value:
                extra[key] = value
        # No client authentication here: the authorize request carries the client id only.
        with OAuth2Session(
            client_id=self.profile.client_id,
            scope=self.profile.scope or None,
            code_challenge_method="S256",
        ) as session:
            url, _ = session.create_authorization_url(
                self.profile.authorize_url,
                state=state,
                code_verifier=code_verifier,
                redirect_uri=redirect_uri,
                **extra,
            )
        return str(url)

    def exchange_code(self, *, code: str, redirect_uri: str, code_verifier: str) -> TokenSet:
        """RFC 6749 4.1.3 + RFC 7636 4.5, authenticated like every other call."""
        url = self.profile.token_url
        with self._call(url) as (session, _):
            data = session.fetch_token(
                url,
                grant_type="authorization_code",
                code=code,
                redirect_uri=redirect_uri,
                code_verifier=code_verifier,
                timeout=self.timeout,
            )
        return self._token_set(dict(data), requested_scope=self.profile.scope)

    def refresh(self, refresh_token: str) -> TokenSet:
        """RFC 6749 section 6; the answer carries the rotated refresh token (contract 2.3).

        A server that does not rotate (RFC 6749 6: it MAY issue a new one) leaves the old
        refresh token valid: it is kept.
        """
        url = self.profile.token_url
        with self._call(url) as (session, _):
            data = session.refresh_token(url, refresh_token=refresh_token, timeout=self.timeout)
        tokens = self._token_set(dict(data), requested_scope=self.profile.scope)
        if tokens.refresh_token is None:
            # Authlib copies the old refresh token when none came back; keep it explicit.
            tokens = dataclasses.replace(tokens, refresh_token=refresh_token)
        return tokens

    def revoke(self, token: str, *, hint: str) -> None:
        """RFC 7009: revoke ``token``; ``hint`` is ``access_token`` or ``refresh_token``."""
        url = self.profile.revoke_url
        with self._call(url) as (session, check):
            # RFC 7009 section 2.2: 200 whether or not the token was valid; 2.2.1: an error body
            # as in RFC 6749 5.2 otherwise (503 means retry later).
            check(
                session.revoke_token(url, token=token, token_type_hint=hint, timeout=self.timeout)
            )


#: RFC 6749 5.2 / RFC 7009 2.2.1 error codes: printable ASCII without '"' and '\\'.
_ERROR_CODE = re.compile(r"^[\x20\x21\x23-\x5b\x5d-\x7e]{1,64}$")


def _error_code(resp: requests.Response) -> str | None:
    """The ``error`` member of an RFC 6749 5.2 JSON body, if the answer has one."""
    try:
        body = resp.json()
    except ValueError:
        return None
    code = body.get("error") if isinstance(body, dict) else None
    return code if isinstance(code, str) and _ERROR_CODE.match(code) else None


def _refusal(code: str, host: str | None = None, status: int | None = None) -> AuthError:
    """The server's refusal (RFC 6749 5.2), logged once by whoever catches it."""
    return AuthError(code, host=host, status=status)


def _check_answer(resp: requests.Response) -> requests.Response:
    """Read every OAuth endpoint's answer the same way: the one place for RFC 6749 5.2.

    A 4xx with an ``error`` body is the server's refusal, named (``invalid_grant``,
    ``invalid_client``...); a 401 without one is still a client authentication failure
    (RFC 6749 5.2 sends ``WWW-Authenticate`` for it). Anything else that is not 2xx goes to
    ``raise_for_status`` and becomes a network or unexpected-answer error in ``_call``.
    """
    if 200 <= resp.status_code < 300:
        return resp
    if 400 <= resp.status_code < 500 and resp.status_code != 429:
        code = _error_code(resp)
        if code is None and resp.status_code == 401:
            code = "invalid_client"
        if code is not None:
            raise _refusal(code, urlsplit(resp.url).netloc or None, resp.status_code)
    resp.raise_for_status()
    raise requests.HTTPError(f"HTTP {resp.status_code}", response=resp)
