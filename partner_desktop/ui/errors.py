"""The one place that turns exceptions into sentences a person can act on."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from partner_desktop.errors import (
    ApiError,
    AuthError,
    CertificateError,
    ConfigError,
    EndpointUnavailable,
    KeyringUnavailable,
    LoopbackError,
    NetworkError,
    PartnerError,
    SignedOut,
    SignInCancelled,
    SignInDenied,
    SignInTimeout,
    SignInUnavailable,
    Storage,
    StorageReason,
    TokenStoreError,
    VoteNotCounted,
    VoteOutcomeUnknown,
    VoteRejected,
)
from partner_desktop.ui.format import fill

if TYPE_CHECKING:
    import asyncio

log = logging.getLogger(__name__)

translate = QCoreApplication.translate


def _vote_reasons() -> dict[str, str]:
    return {
        VoteRejected.CLOSED: translate("errors", "This poll is not open for votes any more."),
        VoteRejected.ALREADY_VOTED: translate(
            "errors", "You have already voted on this poll; a vote is final."
        ),
        VoteRejected.OVER_LIMIT: translate(
            "errors", "That is more tokens than this poll allows or than you hold."
        ),
        VoteRejected.INVALID: translate(
            "errors", "The vote was not accepted: the answer or the token count is invalid."
        ),
        VoteRejected.NOT_FOUND: translate("errors", "This poll or answer no longer exists."),
    }


def _in_brackets(sentence: str) -> str:
    """`` (sentence)``: a detail after the main sentence, without its full stop."""
    return f" ({sentence.rstrip('.')})" if sentence else ""


def _network_detail(exc: NetworkError) -> str:
    """Which server, and what went wrong with it; empty when the host is not known."""
    host = exc.host
    if not host:
        return ""
    reason = exc.reason
    if exc.sign_in:
        if reason == NetworkError.TIMEOUT and exc.seconds is not None:
            text = translate("errors", "The sign-in server at %1 did not answer within %2 seconds.")
            return _in_brackets(fill(text, host, f"{exc.seconds:g}"))
        if reason == NetworkError.UNAVAILABLE and exc.status is not None:
            text = translate("errors", "The sign-in server at %1 is unavailable (HTTP %2).")
            return _in_brackets(fill(text, host, str(exc.status)))
        if reason == NetworkError.CERTIFICATE:
            text = translate("errors", "The certificate of the sign-in server at %1 is not valid.")
            return _in_brackets(fill(text, host))
        return _in_brackets(
            fill(translate("errors", "The sign-in server at %1 cannot be reached."), host)
        )
    if reason == NetworkError.TIMEOUT:
        text = translate("errors", "The server at %1 did not answer in time.")
    elif reason == NetworkError.UNAVAILABLE and exc.status is not None:
        text = translate("errors", "The server at %1 is unavailable (HTTP %2).")
        return _in_brackets(fill(text, host, str(exc.status)))
    elif reason == NetworkError.CERTIFICATE:
        text = translate("errors", "The certificate of the server at %1 is not valid.")
    elif reason == NetworkError.BROKEN:
        text = translate("errors", "The connection to the server at %1 broke off.")
    else:
        text = translate("errors", "The server at %1 cannot be reached.")
    return _in_brackets(fill(text, host))


def _expired() -> str:
    """The one sentence for a grant the server ended (``invalid_grant``) or that ran out."""
    return translate("errors", "Your sign-in has expired or was revoked. Please sign in again.")


def _auth_sentence(exc: AuthError) -> str:
    if exc.missing_secret:
        return translate(
            "errors",
            "This profile has no client secret, so public data cannot be requested. "
            "Add the consumer secret in Settings.",
        )
    code = exc.error
    if code == "invalid_client":
        return translate(
            "errors",
            "The server did not accept this app's client id or secret. Check them in Settings.",
        )
    if code == SignedOut.INVALID_GRANT:
        return _expired()
    if code == "access_denied":
        return translate(
            "errors", "Access was not granted in the browser, so you are not signed in."
        )
    if code == "unauthorized_client":
        return translate("errors", "The server does not allow this app to sign in this way.")
    if code == "invalid_scope":
        return translate("errors", "The server refused the requested permissions (scope).")
    if code == "unsupported_grant_type":
        return translate("errors", "The server does not support this kind of sign-in.")
    if code == "invalid_request":
        return translate("errors", "The server rejected the sign-in request as malformed.")
    if code in (AuthError.INVALID_RESPONSE, "unsupported_token_type"):
        return translate("errors", "The sign-in server gave an answer this app cannot use.")
    if exc.status in (401, 403):
        return translate("errors", "The server refused the request.")
    return translate("errors", "Signing in failed. Please try again.")


def _config_sentence(exc: ConfigError) -> str:
    value = exc.value or ""
    problem = exc.problem
    if problem == ConfigError.NAME:
        return translate(
            "errors", "A profile name uses lower-case letters, digits, '-' and '_' (at most 40)."
        )
    if problem == ConfigError.NOT_CHOSEN:
        return translate("errors", "Choose a profile first.")
    if problem == ConfigError.NO_PROFILE:
        return fill(translate("errors", "There is no profile named '%1'."), value)
    if problem == ConfigError.FILE_UNREADABLE:
        return fill(translate("errors", "The profile file %1 cannot be read."), value)
    if problem == ConfigError.MISSING and exc.setting:
        setting = f"{exc.setting}.{value}" if value else exc.setting
        return fill(translate("errors", "The profile has no %1 setting."), setting)
    if problem == ConfigError.WRONG_TYPE and exc.setting:
        return fill(
            translate("errors", "The %1 setting of the profile has the wrong kind of value."),
            exc.setting,
        )
    if problem == ConfigError.UNKNOWN_SETTING:
        return fill(translate("errors", "Unknown profile setting: %1."), exc.setting or "")
    if problem == ConfigError.URL_SCHEME:
        return translate(
            "errors", "Enter a web address starting with https:// (http:// on this computer)."
        )
    if problem == ConfigError.URL_NOT_HTTPS:
        return fill(
            translate("errors", "The address %1 must use https unless it is on this computer."),
            value,
        )
    if problem == ConfigError.CLIENT_ID_EMPTY:
        return translate("errors", "The client id (consumer key) is empty.")
    if problem == ConfigError.REDIRECT_PORT:
        return translate("errors", "The redirect port must be between 1024 and 65535.")
    if problem == ConfigError.UNKNOWN_TRACKING:
        return fill(translate("errors", "Unknown tracking parameter: %1."), value)
    if problem == ConfigError.AUTH_METHOD:
        return translate(
            "errors",
            "The client authentication method must be client_secret_basic, "
            "client_secret_post or none.",
        )
    if problem == ConfigError.SPACES:
        return translate("errors", "The client-credentials client id has spaces around it.")
    if problem == ConfigError.PATH_SLASH:
        return fill(translate("errors", "The path for '%1' must start with '/'."), value)
    if problem == ConfigError.PATH_PLACEHOLDER:
        return fill(
            translate(
                "errors",
                "The path for '%1' uses a placeholder other than {polls_version}, "
                "{user_version}, {wallet_version} or {poll_id}.",
            ),
            value,
        )
    if problem == ConfigError.PARAM_NAME:
        return fill(
            translate(
                "errors",
                "The authorize parameter name '%1' must be a letter followed by letters, "
                "digits, '_', '-' or '.' (at most 40).",
            ),
            value,
        )
    if problem == ConfigError.PARAM_RESERVED:
        return fill(
            translate(
                "errors",
                "The authorize parameter '%1' is set by the app itself and cannot be added.",
            ),
            value,
        )
    if problem == ConfigError.PARAM_SECRET:
        return fill(
            translate(
                "errors",
                "The authorize parameter '%1' looks like a secret; secrets never go in the "
                "sign-in address.",
            ),
            value,
        )
    if problem == ConfigError.PARAM_VALUE:
        return fill(
            translate(
                "errors",
                "The value of the authorize parameter '%1' must be printable text of at most "
                "200 characters.",
            ),
            value,
        )
    return translate("errors", "The settings of this profile are incomplete.")


def describe(exc: BaseException) -> str:
    """A sentence for ``exc``: what happened and, where possible, what to do."""
    if isinstance(exc, VoteOutcomeUnknown):
        return translate(
            "errors",
            "The connection broke while your vote was being sent, and it is not known "
            "whether it counted. Check the poll, then try again: a repeated vote is never "
            "counted twice.",
        )
    if isinstance(exc, VoteNotCounted):
        if exc.status is not None:
            return translate(
                "errors",
                "The server is unavailable right now, so your vote was not counted. "
                "Try again in a moment: a repeated vote is never counted twice.",
            )
        return translate(
            "errors",
            "The server could not be reached, so your vote was not sent and not counted. "
            "Try again when it is back.",
        ) + _network_detail(exc)
    if isinstance(exc, SignInUnavailable):
        return translate(
            "errors",
            "The sign-in server is not answering, so the browser was not opened. "
            "Try again in a moment.",
        ) + _network_detail(exc)
    if isinstance(exc, CertificateError):
        return translate(
            "errors",
            "The server's certificate is not valid, so nothing was sent to it. Check the "
            "server address in Settings, or try another network.",
        ) + _network_detail(exc)
    if isinstance(exc, NetworkError):
        return translate(
            "errors", "The server could not be reached. Check your connection and try again."
        ) + _network_detail(exc)
    if isinstance(exc, VoteRejected):
        # Known reasons get our sentence (the server's wording goes to the log).
        return _vote_reasons().get(exc.reason) or translate("errors", "The vote was not accepted.")
    if isinstance(exc, EndpointUnavailable):
        return translate("errors", "This service is no longer available from the Partner API.")
    if isinstance(exc, SignInCancelled):
        return translate("errors", "Sign-in was cancelled.")
    if isinstance(exc, SignInTimeout):
        return translate("errors", "Sign-in took too long: the browser never came back. Try again.")
    if isinstance(exc, SignInDenied):
        return translate(
            "errors", "Access was not granted in the browser, so you are not signed in."
        )
    if isinstance(exc, LoopbackError):
        if exc.port is not None:
            text = translate(
                "errors",
                "Port %1 is in use by another program, so the sign-in cannot receive its answer. "
                "Close that program, or choose another redirect port in the profile settings.",
            )
            return fill(text, str(exc.port))
        return translate(
            "errors", "The app could not listen for the browser's answer on this computer."
        )
    if isinstance(exc, SignedOut):
        if exc.error in (SignedOut.EXPIRED, SignedOut.INVALID_GRANT):
            return _expired()
        return translate("errors", "Please sign in to see your polls, votes and wallet.")
    if isinstance(exc, AuthError):
        return _auth_sentence(exc)
    if isinstance(exc, ApiError):
        if exc.status == 429:
            return translate(
                "errors", "The server is busy right now. Wait a moment, then try again."
            )
        if exc.status is not None and exc.status >= 500:
            return translate("errors", "The server had a problem answering. Try again in a moment.")
        if exc.field:
            return fill(
                translate("errors", "The server sent an answer the app cannot read (field %1)."),
                exc.field,
            )
        if exc.problem is not None:  # not JSON, or malformed at the top
            return translate("errors", "The server sent an answer the app cannot read.")
        # The server's own words, when it gave some, say what it refused.
        return translate("errors", "The server refused the request.") + _in_brackets(
            exc.message or ""
        )
    if isinstance(exc, KeyringUnavailable):
        return translate(
            "errors", "The system keyring is not available; sign-in lasts for this session only."
        )
    if isinstance(exc, TokenStoreError):
        return translate("errors", "The system keyring could not be used.")
    if isinstance(exc, ConfigError):
        return _config_sentence(exc)
    if isinstance(exc, PartnerError):
        return translate("errors", "Something went wrong.")
    return translate("errors", "Something unexpected went wrong. The details are in the log file.")


def _keyring_name(name: str) -> str:
    """A keyring backend's short name (``errors.Storage.keyring``) for people."""
    known = {
        "SecretService": translate("errors", "the system keyring (Secret Service)"),
        "libsecret": translate("errors", "the system keyring (libsecret)"),
        "kwallet": "KDE Wallet",
        "macOS": translate("errors", "the macOS Keychain"),
        "Windows": translate("errors", "Windows Credential Manager"),
    }
    return known.get(name) or fill(translate("errors", "the %1 keyring"), name)


def storage_sentence(status: Storage | None) -> str:
    """The status bar's sentence for where the sign-in is kept; empty while not known."""
    if status is None:
        return ""
    if status.keyring:
        return fill(translate("errors", "Sign-in remembered in %1."), _keyring_name(status.keyring))
    if status.reason == StorageReason.NO_REFRESH_TOKEN:
        return translate(
            "errors",
            "Signed in for this session only: the server gave no refresh token to remember.",
        )
    return translate("errors", "Sign-in kept for this session only.")


class UnexpectedErrors:
    """Logs exceptions nobody expected and shows each kind once; the app keeps running.

    Installed as ``sys.excepthook`` (exceptions in Qt slots) and as the asyncio loop's
    exception handler (exceptions in tasks).
    """

    def __init__(self, show: Callable[[str], None]) -> None:
        self._show = show
        self._seen: set[tuple[str, str]] = set()
        self.count = 0

    def report(self, exc: BaseException | None, where: str) -> None:
        self.count += 1
        if exc is None:
            log.error("Unexpected error in %s", where)
        else:
            log.error("Unexpected error in %s", where, exc_info=(type(exc), exc, exc.__traceback__))
        key = (type(exc).__name__, str(exc))
        if key in self._seen:
            return
        self._seen.add(key)
        sentence = describe(exc) if exc is not None else describe(RuntimeError())
        try:
            self._show(sentence)
        except Exception:  # the reporter itself must never raise
            log.exception("Showing an error failed")

    def excepthook(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        self.report(value.with_traceback(tb), "the user interface")

    def loop_handler(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        exc = context.get("exception")
        if exc is None:
            log.error("Event loop: %s", context.get("message"))
            return
        # A task is named by its name: the context's message may already say "Unexpected error".
        name = getattr(context.get("task"), "get_name", None)
        where = f"the task {name()!r}" if callable(name) else context.get("message")
        self.report(exc, str(where or "a background task"))


def show_unexpected_error(parent: QWidget | None, sentence: str) -> None:
    """The box that tells a person about an error nobody expected (``UnexpectedErrors``)."""
    box = QMessageBox(parent)
    box.setObjectName("unexpectedError")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("UnexpectedErrors", "Something went wrong"))
    box.setTextFormat(Qt.TextFormat.PlainText)  # a sentence may quote the server
    box.setText(sentence)
    box.setInformativeText(
        QCoreApplication.translate(
            "UnexpectedErrors", "The app keeps running. The details are in the log file."
        )
    )
    box.open()
