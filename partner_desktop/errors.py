"""One exception tree for everything the client can report to a person."""

from __future__ import annotations


class PartnerError(Exception):
    """Base of every error the application knows how to explain."""


class ConfigError(PartnerError):
    """A profile or setting is missing or invalid."""


class NetworkError(PartnerError):
    """The server could not be reached, or the connection broke."""


class CertificateError(NetworkError):
    """The server's TLS certificate is not valid (untrusted, expired, for another name)."""


class VoteOutcomeUnknown(NetworkError):
    """A vote was sent but no answer came back; it may or may not have landed."""

    def __init__(self, message: str, *, poll_id: str, idempotency_key: str) -> None:
        super().__init__(message)
        self.poll_id = poll_id
        self.idempotency_key = idempotency_key


class VoteNotCounted(NetworkError):
    """The vote certainly did not land: every try was refused, or answered 503 (unavailable)."""

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        #: 503 when the service said it was unavailable; None when no connection was made.
        self.status = status


class SignInUnavailable(NetworkError):
    """The sign-in server did not answer (or answered 5xx) before the browser was opened."""


class AuthError(PartnerError):
    """Signing in, refreshing or authorising a request failed."""

    def __init__(self, message: str, *, error: str | None = None) -> None:
        super().__init__(message)
        #: The OAuth error code (RFC 6749 section 5.2) or gateway code, when known.
        self.error = error


class SignedOut(AuthError):
    """A route needs a signed-in user and there is none (or the grant ended)."""


class SignInCancelled(AuthError):
    """The person cancelled the sign-in."""


class SignInTimeout(AuthError):
    """The browser never came back within the allowed time."""


class SignInDenied(AuthError):
    """The person (or the server) declined the authorization request."""


class LoopbackError(AuthError):
    """The loopback redirect receiver could not listen (for example a busy port)."""


class ApiError(PartnerError):
    """The server answered, but with an error or a malformed body."""

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        code: str | None = None,
        field: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        #: For a malformed answer: the dotted path of the offending field.
        self.field = field


class EndpointUnavailable(ApiError):
    """The endpoint is retired or disabled in the profile (404/410 from the gateway)."""


class VoteRejected(ApiError):
    """The server refused a vote; ``reason`` says why in a stable word."""

    CLOSED = "closed"
    ALREADY_VOTED = "already_voted"
    OVER_LIMIT = "over_limit"
    INVALID = "invalid"
    NOT_FOUND = "not_found"

    def __init__(self, message: str, *, reason: str, status: int | None = None) -> None:
        super().__init__(message, status=status)
        self.reason = reason


class TokenStoreError(PartnerError):
    """The OS keyring failed to read, write or delete a secret."""


class KeyringUnavailable(TokenStoreError):
    """No usable keyring (none installed, or locked): secrets live for this session only."""
