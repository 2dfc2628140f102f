"""The one place that turns exceptions into sentences a person can act on."""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

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


#: Sentences the layers without Qt write (they cannot translate); shown, they are translated
#: here. ``%1`` stands for the part that varies (a port number).
THEIR_SENTENCES = (
    QT_TRANSLATE_NOOP("errors", "Your sign-in has expired or was revoked. Please sign in again."),
    QT_TRANSLATE_NOOP("errors", "Please sign in to see your polls, votes and wallet."),
    QT_TRANSLATE_NOOP(
        "errors", "Signed in for this session only: the server gave no refresh token to remember."
    ),
    QT_TRANSLATE_NOOP("errors", "The client id (consumer key) is empty."),
    QT_TRANSLATE_NOOP("errors", "The redirect port must be between 1024 and 65535."),
    QT_TRANSLATE_NOOP("errors", "The client-credentials client id has spaces around it."),
    QT_TRANSLATE_NOOP(
        "errors", "A profile name uses lower-case letters, digits, '-' and '_' (at most 40)."
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Port %1 is in use by another program, so the sign-in cannot receive its answer. "
        "Close that program, or choose another redirect port in the profile settings.",
    ),
    QT_TRANSLATE_NOOP("errors", "The sign-in server at %1 did not answer within %2 seconds."),
    QT_TRANSLATE_NOOP("errors", "The sign-in server at %1 cannot be reached."),
    QT_TRANSLATE_NOOP("errors", "The sign-in server at %1 is unavailable (HTTP %2)."),
    QT_TRANSLATE_NOOP("errors", "The certificate of the sign-in server at %1 is not valid."),
    QT_TRANSLATE_NOOP("errors", "The server at %1 is unavailable (HTTP %2)."),
)


#: Each of ``THEIR_SENTENCES`` (QT_TRANSLATE_NOOP gives the source text back) with a pattern
#: that matches it written out, ``%1``… read back as groups; built once.
_THEIR_PATTERNS = tuple(
    (
        str(source),
        re.compile("(.+?)".join(re.escape(piece) for piece in re.split(r"%[1-9]", str(source)))),
    )
    for source in THEIR_SENTENCES
)


def their_sentence(text: str) -> str:
    """``text`` in the interface language when it is one of ``THEIR_SENTENCES``, else as is."""
    for source, pattern in _THEIR_PATTERNS:
        found = pattern.fullmatch(text)
        if found:
            return fill(translate("errors", source), *found.groups())
    return text


def _own_words(exc: BaseException) -> str:
    """The exception's message as a sentence (it is already written for people in our tree)."""
    text = str(exc).strip()
    if not text:
        return ""
    return their_sentence(text if text.endswith((".", "!", "?")) else text + ".")


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
        ) + (f" ({own[:-1]})" if own else "")
    if isinstance(exc, SignInUnavailable):
        return translate(
            "errors",
            "The sign-in server is not answering, so the browser was not opened. "
            "Try again in a moment.",
        ) + (f" ({own[:-1]})" if own else "")
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
