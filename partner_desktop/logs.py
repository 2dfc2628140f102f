"""Logging set-up: an owner-only rotating log file and stderr, secrets redacted on each handler."""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sys
from pathlib import Path
from typing import Any

#: Names whose values are secrets wherever they appear (query, form, JSON, repr of a dict).
SECRET_KEYS = (
    "code",
    "code_verifier",
    "codeVerifier",
    "client_secret",
    "clientSecret",
    "access_token",
    "refresh_token",
    "id_token",
    "token",
    "accessToken",
    "refreshToken",
    "password",
    "api_key",
    "apiKey",
)
MASK = "***"

_KEYS = "|".join(sorted((re.escape(k) for k in SECRET_KEYS), key=len, reverse=True))

# Percent-encoded "=", "&" and "?", once or more: a redirect URI inside a parameter of another
# URL, itself inside a parameter (``%253D`` is ``=`` encoded twice).
_EQ = r"(?:=|%(?:25){0,3}3D)"
_AMP = r"%(?:25){0,3}26"
_AFTER_ENCODED = "".join(rf"|(?<=%{'25' * n}{c})" for n in range(4) for c in ("3F", "26", "3f"))
# key=value in a query string or a form body, also percent-encoded inside another URL
# (``redirect_uri=...%3Fcode%3D...``). A key must not be the tail of a longer name
# (``code_challenge`` and ``error_code`` stay readable).
_FORM_RE = re.compile(
    rf"(?:(?<![A-Za-z0-9_]){_AFTER_ENCODED})({_KEYS})({_EQ})((?:(?!{_AMP})[^&\s\"',;)\]}}])+)",
    re.IGNORECASE,
)
# "key": "value" (JSON), 'key': 'value' (repr of a dict), key='value' (repr of objects),
# ('key', 'value') (a list of pairs), and \"key\": \"value\" (JSON inside a JSON string).
_QUOTED_RE = re.compile(
    rf"""(\\?["']?)(?<![A-Za-z0-9_])({_KEYS})\1(\s*[:=,]\s*)(\\?["'])((?:(?!\4)(?:\\.|.))*)\4""",
    re.IGNORECASE,
)
# key: value and key = value, the value unquoted (config dumps, messages).
_LOOSE_RE = re.compile(
    rf"""(?<![A-Za-z0-9_\-])({_KEYS})(\s*[:=]\s*)(?![0-9]{{1,6}}\b)(?!\*\*\*)([^\s"',;&)\]}}]+)""",
    re.IGNORECASE,
)
# Authorization header values, whatever the scheme, in header dumps, dicts or JSON.
_AUTHZ_RE = re.compile(
    r"""((?:proxy-)?authorization["']?\s*[:=]\s*["']?)(?:(Bearer|Basic|Digest)\s+)?[^"'\r\n,}]+""",
    re.IGNORECASE,
)
# Cookies and API keys carried in headers: the whole value, to the end of the line or quote.
_HEADER_RE = re.compile(
    r"""((?<![A-Za-z0-9_\-])(?:set-cookie|cookie|x-api-key)["']?\s*[:=]\s*["']?)[^"'\r\n]+""",
    re.IGNORECASE,
)
# A bare bearer token (RFC 6750 section 2.1 b64token) or Basic credentials anywhere else.
_BEARER_RE = re.compile(r"\b(Bearer)\s+[A-Za-z0-9\-._~+/]+=*")
_BASIC_RE = re.compile(r"\b(Basic)\s+[A-Za-z0-9+/]{8,}=*")


def redact(text: str) -> str:
    """``text`` with every credential value replaced by ``***``."""
    if not text:
        return text
    text = _AUTHZ_RE.sub(
        lambda m: f"{m.group(1)}{m.group(2) + ' ' if m.group(2) else ''}{MASK}", text
    )
    text = _HEADER_RE.sub(lambda m: f"{m.group(1)}{MASK}", text)
    text = _BEARER_RE.sub(lambda m: f"{m.group(1)} {MASK}", text)
    text = _BASIC_RE.sub(lambda m: f"{m.group(1)} {MASK}", text)
    text = _QUOTED_RE.sub(
        lambda m: f"{m.group(1)}{m.group(2)}{m.group(1)}{m.group(3)}{m.group(4)}{MASK}{m.group(4)}",
        text,
    )
    text = _FORM_RE.sub(lambda m: f"{m.group(1)}{m.group(2)}{MASK}", text)
    return _LOOSE_RE.sub(lambda m: f"{m.group(1)}{m.group(2)}{MASK}", text)


class RedactingFilter(logging.Filter):
    """Redacts the formatted message, the exception text and the stack of every record.

    Put on handlers (not loggers) so records from every library are covered; redaction
    is idempotent, so a record passing several handlers is fine.
    """

    _formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "_partner_redacted", False):
            return True  # redacted as it was made (_redact_at_the_source): ~45 us a record saved
        try:
            message = record.getMessage()
        except Exception:  # A bad format string: redact the raw parts instead.
            message = f"{record.msg} {record.args!r}"
        record.msg = redact(message)
        record.args = None
        # Formatters print exc_text once it is set, so the traceback leaves only redacted.
        if record.exc_info and record.exc_info[0] is not None and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def _private_rotating_file(path: Path) -> logging.Handler:
    """A rotating log file handler that creates every file (including after rotation)
    readable by its owner only."""
    # With socket, pickle and queue: ~13 ms off the first paint (the file opens after it).
    import logging.handlers  # noqa: PLC0415

    class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
        def _open(self) -> Any:
            fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            if hasattr(os, "fchmod"):
                os.fchmod(fd, 0o600)  # An older file may have been created with wider rights.
            return open(fd, self.mode, encoding=self.encoding, errors=self.errors)

    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    return PrivateRotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")


class LogFile(logging.Handler):
    """The log file's handler: records wait in memory until :meth:`open`, then they and all
    later ones go to the rotating file. The app opens it once its window is painted: the
    rotating handler's module costs ~13 ms of start-up. Closing it (at exit, too) opens the
    file first, so no record is lost. A file that cannot be written is said once, on the
    other handlers, and the app goes on without it."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._pending: list[logging.LogRecord] = []
        self._file: logging.Handler | None = None
        self._failed = False

    @property
    def file_handler(self) -> logging.Handler | None:
        """The rotating file's own handler, once the file is open."""
        return self._file

    def open(self) -> None:
        problem: OSError | None = None
        with self.lock or contextlib.nullcontext():
            if self._file is not None or self._failed:
                return
            pending, self._pending = self._pending, []
            try:
                self._file = _private_rotating_file(self.path)
            except OSError as exc:
                self._failed, problem = True, exc
            else:
                self._file.setFormatter(self.formatter)
                for record in pending:  # already filtered (redacted) by this handler
                    self._file.emit(record)
        if problem is not None:
            logging.getLogger(__name__).warning(
                "The log file %s cannot be written (%s): logging to the terminal only.",
                self.path,
                problem.strerror or problem,
            )

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is not None:
            self._file.emit(record)
        elif not self._failed:
            self._pending.append(record)

    def flush(self) -> None:
        if self._file is not None:
            self._file.flush()

    def close(self) -> None:
        try:
            self.open()
            if self._file is not None:
                self._file.close()
        finally:
            super().close()


_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"


def setup_logging(log_file: Path | None, level: str = "INFO", *, defer_file: bool = False) -> None:
    """Log to ``log_file`` (rotating, 0600) and stderr, every handler behind the redactor.

    With ``defer_file``, the file is written from :func:`open_log_file` on (records before it
    wait in memory). Calling it again replaces the handlers it installed before.
    """
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_partner_desktop", False):
            root.removeHandler(handler)
            handler.close()
    handlers: list[logging.Handler] = [logging.StreamHandler(sys.stderr)]
    if log_file is not None:
        handlers.append(LogFile(log_file))
    formatter = logging.Formatter(_FORMAT)
    for handler in handlers:
        handler.setFormatter(formatter)
        handler.addFilter(RedactingFilter())
        handler._partner_desktop = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    root.setLevel(level.upper())
    _redact_at_the_source()
    # qasync logs the arguments and the result of every worker call at DEBUG (whole pages,
    # images, account details); a secret passed as a bare argument has no name to be
    # recognised by, so those lines stay off.
    logging.getLogger("qasync").setLevel(max(logging.INFO, root.level))
    if not defer_file:
        open_log_file()
    # urllib3 logs every request line at DEBUG; keep it to warnings unless asked for DEBUG.
    if level.upper() != "DEBUG":
        logging.getLogger("urllib3").setLevel(logging.WARNING)


def _redact_at_the_source() -> None:
    """Redact every record as it is made, whichever logger makes it and whichever handler
    prints it: a library's own handler, or a logger that does not propagate to the root, never
    sees a secret either. (The handlers' filters stay, for records made by another factory.)"""
    base = logging.getLogRecordFactory()
    if getattr(base, "_partner_desktop", False):
        return
    redactor = RedactingFilter()

    def make(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = base(*args, **kwargs)
        redactor.filter(record)
        record._partner_redacted = True  # the handlers' filters need not redact it again
        return record

    make._partner_desktop = True  # type: ignore[attr-defined]
    logging.setLogRecordFactory(make)


def open_log_file() -> None:
    """Start writing the log file that :func:`setup_logging` set up (at once if it did not
    defer it), with the records logged before."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, LogFile):
            handler.open()
