"""One exception tree for everything the client can report to a person.

The exceptions carry facts (a code, a reason, a host, a status, a field), never sentences:
``ui/errors.py`` alone words them for people. ``str()`` of one is a terse technical form for
the log, ``NetworkError(reason=timeout, host=api.example)``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

#: A field value shown bare in ``str()``; anything else (spaces, quotes) is shown quoted.
_BARE = re.compile(r"[\w.:/@+[\]-]+")


class PartnerError(Exception):
    """Base of every error the application knows how to explain."""

    def __str__(self) -> str:
        shown = []
        for name, value in vars(self).items():
            if name.startswith("_") or value is None or value is False:
                continue
            text = str(value)
            shown.append(f"{name}={text if _BARE.fullmatch(text) else repr(text)}")
        return f"{type(self).__name__}({', '.join(shown)})"


class ConfigError(PartnerError):
    """A profile or setting is missing or invalid; ``problem`` says which check failed."""

    NAME = "name"
    NOT_CHOSEN = "not_chosen"
    NO_PROFILE = "no_profile"
    FILE_UNREADABLE = "file_unreadable"
    MISSING = "missing"
    WRONG_TYPE = "wrong_type"
    UNKNOWN_SETTING = "unknown_setting"
    URL_SCHEME = "url_scheme"
    URL_NOT_HTTPS = "url_not_https"
    CLIENT_ID_EMPTY = "client_id_empty"
    REDIRECT_PORT = "redirect_port"
    UNKNOWN_TRACKING = "unknown_tracking"
    AUTH_METHOD = "auth_method"
    SPACES = "spaces"
    PATH_SLASH = "path_slash"
    PATH_PLACEHOLDER = "path_placeholder"
    PARAM_NAME = "param_name"
    PARAM_RESERVED = "param_reserved"
    PARAM_SECRET = "param_secret"  # noqa: S105 - a problem's name, not a secret
    PARAM_VALUE = "param_value"

    def __init__(
        self,
        problem: str,
        *,
        setting: str | None = None,
        value: str | None = None,
        detail: str | None = None,
    ) -> None:
        super().__init__(problem)
        self.problem = problem
        #: The profile setting at fault (``client_id``, ``redirect_port``, ``paths``...).
        self.setting = setting
        #: What was wrong, shown back to the person (a URL, a parameter name, a file name).
        self.value = value
        #: Technical detail for the log (a parser's message).
        self.detail = detail


class NetworkError(PartnerError):
    """The server could not be reached, or the connection broke."""

    #: No answer in time.
    TIMEOUT = "timeout"
    #: No connection was made (refused, no route, name not found).
    REFUSED = "refused"
    #: The connection broke off after it was made.
    BROKEN = "broken"
    #: The server answered that it is unavailable (5xx, 429).
    UNAVAILABLE = "unavailable"
    #: The TLS certificate is not valid.
    CERTIFICATE = "certificate"

    def __init__(
        self,
        reason: str | None = None,
        *,
        host: str | None = None,
        status: int | None = None,
        seconds: float | None = None,
        sign_in: bool = False,
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.host = host
        self.status = status
        #: The time waited, for a timeout.
        self.seconds = seconds
        #: True for the sign-in (OAuth) server, False for the API's.
        self.sign_in = sign_in


class CertificateError(NetworkError):
    """The server's TLS certificate is not valid (untrusted, expired, for another name)."""

    def __init__(self, *, host: str | None = None, sign_in: bool = False) -> None:
        super().__init__(NetworkError.CERTIFICATE, host=host, sign_in=sign_in)


class VoteOutcomeUnknown(NetworkError):
    """A vote was sent but no answer came back; it may or may not have landed."""

    def __init__(
        self,
        reason: str | None = None,
        *,
        poll_id: str,
        idempotency_key: str,
        host: str | None = None,
        status: int | None = None,
    ) -> None:
        super().__init__(reason, host=host, status=status)
        self.poll_id = poll_id
        self.idempotency_key = idempotency_key


class VoteNotCounted(NetworkError):
    """The vote certainly did not land: every try was refused, or answered 503 (unavailable).

    ``status`` is 503 when the service said it was unavailable; None when no connection was
    made (``reason`` says how it failed then).
    """


class SignInUnavailable(NetworkError):
    """The sign-in server did not answer (or answered 5xx) before the browser was opened."""

    def __init__(
        self,
        reason: str | None = None,
        *,
        host: str | None = None,
        status: int | None = None,
        seconds: float | None = None,
    ) -> None:
        super().__init__(reason, host=host, status=status, seconds=seconds, sign_in=True)


class AuthError(PartnerError):
    """Signing in, refreshing or authorising a request failed."""

    #: The sign-in server's answer is not a token this client can use.
    INVALID_RESPONSE = "invalid_response"

    def __init__(
        self,
        error: str | None = None,
        *,
        status: int | None = None,
        host: str | None = None,
        message: str | None = None,
        missing_secret: bool = False,
    ) -> None:
        super().__init__(error)
        #: The OAuth error code (RFC 6749 section 5.2), gateway code or our own, when known.
        self.error = error
        self.status = status
        self.host = host
        #: The server's own words, as data (never shown in place of ours).
        self.message = message
        #: The profile has no client secret for a grant that needs one.
        self.missing_secret = missing_secret


class SignedOut(AuthError):
    """A route needs a signed-in user and there is none (or the grant ended).

    ``error``: ``signed_out`` (nobody signed in), ``expired`` (a grant without refresh token
    ran out), ``invalid_grant`` (the server ended it) or the gateway's code.
    """

    SIGNED_OUT = "signed_out"
    EXPIRED = "expired"
    INVALID_GRANT = "invalid_grant"


class SignInCancelled(AuthError):
    """The person cancelled the sign-in."""


class SignInTimeout(AuthError):
    """The browser never came back within the allowed time."""


class SignInDenied(AuthError):
    """The person (or the server) declined the authorization request."""


class LoopbackError(AuthError):
    """The loopback redirect receiver could not listen (for example a busy port)."""

    def __init__(self, error: str | None = None, *, port: int | None = None) -> None:
        super().__init__(error)
        self.port = port


class ApiError(PartnerError):
    """The server answered, but with an error or a malformed body."""

    #: The answer is not JSON.
    NOT_JSON = "not_json"

    def __init__(
        self,
        problem: str | None = None,
        *,
        status: int | None = None,
        code: str | None = None,
        field: str | None = None,
        message: str | None = None,
        host: str | None = None,
    ) -> None:
        super().__init__(problem)
        #: What is wrong, in a stable word (``not_json``, ``missing``, ``too_large``...).
        self.problem = problem
        self.status = status
        self.code = code
        #: For a malformed answer: the dotted path of the offending field.
        self.field = field
        #: The server's own words, as data.
        self.message = message
        self.host = host


class EndpointUnavailable(ApiError):
    """The endpoint is retired or disabled in the profile (404/410 from the gateway)."""

    def __init__(
        self, *, endpoint: str, status: int | None = None, code: str | None = None
    ) -> None:
        super().__init__(status=status, code=code)
        self.endpoint = endpoint


class VoteRejected(ApiError):
    """The server refused a vote; ``reason`` says why in a stable word."""

    CLOSED = "closed"
    ALREADY_VOTED = "already_voted"
    OVER_LIMIT = "over_limit"
    INVALID = "invalid"
    NOT_FOUND = "not_found"

    def __init__(
        self, *, reason: str, status: int | None = None, message: str | None = None
    ) -> None:
        super().__init__(status=status, message=message)
        self.reason = reason


class StorageReason(StrEnum):
    """Why secrets are kept in memory only, for this session."""

    NO_KEYRING = "no_keyring"
    SWITCHED_OFF = "switched_off"
    PLAINTEXT = "plaintext"
    LOCKED = "locked"
    CANNOT_OPEN = "cannot_open"
    REFUSED = "refused"
    BROKEN = "broken"
    #: The server gave no refresh token: there is nothing to remember (RFC 6749 5.1).
    NO_REFRESH_TOKEN = "no_refresh_token"  # noqa: S105 - a reason's name, not a secret


@dataclass(frozen=True)
class Storage:
    """Where the sign-in is kept: in a keyring (``keyring``: its backend's short name,
    ``SecretService``, ``macOS``, ``Windows``...) or for this session only (``reason``)."""

    keyring: str | None = None
    reason: StorageReason | None = None

    def __str__(self) -> str:
        return f"keyring={self.keyring}" if self.keyring else f"session-only ({self.reason})"


class TokenStoreError(PartnerError):
    """The OS keyring failed to read, write or delete a secret."""

    def __init__(self, reason: StorageReason | None = None) -> None:
        super().__init__(reason)
        self.reason = reason


class KeyringUnavailable(TokenStoreError):
    """No usable keyring (none installed, or locked): secrets live for this session only."""
