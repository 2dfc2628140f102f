"""The one place that turns exceptions into sentences a person can act on."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

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
    TokenStoreError,
    VoteOutcomeUnknown,
    VoteRejected,
)

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


def _own_words(exc: BaseException) -> str:
    """The exception's message as a sentence (it is already written for people in our tree)."""
    text = str(exc).strip()
    if not text:
        return ""
    return text if text.endswith((".", "!", "?")) else text + "."


def describe(exc: BaseException) -> str:
    """A sentence for ``exc``: what happened and, where possible, what to do."""
    own = _own_words(exc)
    if isinstance(exc, VoteOutcomeUnknown):
        return translate(
            "errors",
            "The connection broke while your vote was being sent, and it is not known "
            "whether it counted. Check the poll, then try again: a repeated vote is never "
            "counted twice.",
        )
    if isinstance(exc, CertificateError):
        detail = f" ({own[:-1]})" if own else ""
        return (
            translate(
                "errors",
                "The server's certificate is not valid, so nothing was sent to it. Check the "
                "server address in Settings, or try another network.",
            )
            + detail
        )
    if isinstance(exc, NetworkError):
        return translate(
            "errors", "The server could not be reached. Check your connection and try again."
        ) + (f" ({own[:-1]})" if own else "")
    if isinstance(exc, VoteRejected):
        # Known reasons get our sentence (the server's wording goes to the log).
        return (
            _vote_reasons().get(exc.reason)
            or own
            or translate("errors", "The vote was not accepted.")
        )
    if isinstance(exc, EndpointUnavailable):
        return own or translate(
            "errors", "This service is no longer available from the Partner API."
        )
    if isinstance(exc, SignInCancelled):
        return translate("errors", "Sign-in was cancelled.")
    if isinstance(exc, SignInTimeout):
        return translate("errors", "Sign-in took too long: the browser never came back. Try again.")
    if isinstance(exc, SignInDenied):
        return translate(
            "errors", "Access was not granted in the browser, so you are not signed in."
        )
    if isinstance(exc, LoopbackError):
        return own or translate(
            "errors", "The app could not listen for the browser's answer on this computer."
        )
    if isinstance(exc, SignedOut):
        return own or translate("errors", "You are signed out. Sign in to see your polls and vote.")
    if isinstance(exc, AuthError):
        if exc.error == "invalid_client":
            return translate(
                "errors",
                "The server did not accept this app's client id or secret. Check them in Settings.",
            )
        if exc.error == "invalid_grant":
            return translate("errors", "Your sign-in has ended. Please sign in again.")
        return own or translate("errors", "Signing in failed. Please try again.")
    if isinstance(exc, ApiError):
        if exc.status == 429:
            return translate(
                "errors", "The server is busy right now. Wait a moment, then try again."
            )
        if exc.status is not None and exc.status >= 500:
            return translate("errors", "The server had a problem answering. Try again in a moment.")
        if exc.field:
            return translate(
                "errors", "The server sent an answer the app cannot read (field %1)."
            ).replace("%1", exc.field)
        return own or translate("errors", "The server refused the request.")
    if isinstance(exc, KeyringUnavailable):
        return own or translate(
            "errors", "The system keyring is not available; sign-in lasts for this session only."
        )
    if isinstance(exc, TokenStoreError):
        return own or translate("errors", "The system keyring could not be used.")
    if isinstance(exc, ConfigError):
        return own or translate("errors", "The settings of this profile are incomplete.")
    if isinstance(exc, PartnerError):
        return own or translate("errors", "Something went wrong.")
    return translate("errors", "Something unexpected went wrong. The details are in the log file.")


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
        self.report(exc, str(context.get("message", "a background task")))
