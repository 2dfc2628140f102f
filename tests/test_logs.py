"""Logging set-up and the redaction of secrets in messages, arguments and tracebacks."""

from __future__ import annotations

import io
import json
import logging
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from partner_desktop.controllers.tasks import in_worker
from partner_desktop.logs import LogFile, RedactingFilter, open_log_file, redact, setup_logging

SECRET = "s3cr3t-VALUE_42"


@pytest.mark.parametrize(
    "text",
    [
        f"GET /callback?code={SECRET}&state=abc HTTP/1.1",
        f"grant_type=authorization_code&code={SECRET}&client_id=sandbox-desktop",
        f"client_secret={SECRET}&redirect_uri=http%3A%2F%2F127.0.0.1",
        f"grant_type=refresh_token&refresh_token={SECRET}",
        f"code_verifier={SECRET}",
        f"token={SECRET}&token_type_hint=refresh_token",
        f"accessToken={SECRET}",
        f'{{"access_token": "{SECRET}", "token_type": "bearer"}}',
        f'{{"refresh_token":"{SECRET}"}}',
        f'{{"client_secret": "{SECRET}"}}',
        repr({"access_token": SECRET, "expires_in": 3600}),
        repr({"headers": {"Authorization": f"Bearer {SECRET}"}}),
        f"Authorization: Bearer {SECRET}",
        f"authorization: bearer {SECRET}",
        "Authorization: Basic c2FuZGJveC1kZXNrdG9wOnNhbmRib3gtc2VjcmV0",
        f"Authorization: Token {SECRET}",
        f"the header was Bearer {SECRET}.",
        f"TokenSet(access_token='{SECRET}', refresh_token='{SECRET}')",
        f"redirect=http%3A%2F%2Fh%2Fcb%3Fcode%3D{SECRET}%26state%3Dx",
        f"password={SECRET}",
        # JSON inside a string (a body logged as JSON text, then dumped again)
        json.dumps({"body": json.dumps({"refresh_token": SECRET, "token_type": "bearer"})}),
        repr(json.dumps({"access_token": SECRET})),
        # percent-encoded twice: a redirect URI inside a parameter inside a parameter
        f"next=http%253A%252F%252Fh%252Fcb%253Fcode%253D{SECRET}%2526state%253Dx",
        # lists of pairs (form data as requests and Authlib keep it)
        repr([("grant_type", "refresh_token"), ("refresh_token", SECRET)]),
        repr([("code", SECRET), ("state", "x")]),
        # key: value and key = value, unquoted
        f"refresh_token: {SECRET}",
        f"client_secret = {SECRET}",
        f"clientSecret={SECRET}",
        json.dumps({"clientSecret": SECRET}),
        # cookies and API keys in headers
        f"Cookie: session={SECRET}; theme=dark",
        f"Set-Cookie: sid={SECRET}; Path=/; HttpOnly",
        repr({"X-Api-Key": SECRET, "Accept": "application/json"}),
        f"x-api-key: {SECRET}",
    ],
)
def test_redact_removes_the_secret(text: str) -> None:
    out = redact(text)
    assert SECRET not in out
    assert "c2FuZGJveC1kZXNrdG9wOnNhbmRib3gtc2VjcmV0" not in out
    assert "***" in out
    assert redact(out) == out  # idempotent: several handlers may see the same record


@pytest.mark.parametrize(
    "text",
    [
        "code_challenge=abc&code_challenge_method=S256&state=xyz&client_id=sandbox-desktop",
        "error_code=900901 token_type_hint=refresh_token",
        '{"token_type": "bearer", "expires_in": 7200, "scope": "default"}',
        "a basic idea with a bearer of news",
        "Signed in on profile 'sandbox'.",
        "HTTP status code: 404",
        "Cookies are kept for a day",
    ],
)
def test_redact_keeps_what_is_not_secret(text: str) -> None:
    assert redact(text) == text


@pytest.fixture
def capture() -> Iterator[tuple[logging.Logger, io.StringIO]]:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RedactingFilter())
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    logger = logging.getLogger("tests.redaction")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    yield logger, stream
    logger.removeHandler(handler)
    handler.close()
    logger.propagate = True


def test_filter_redacts_message_and_arguments(capture: tuple[logging.Logger, io.StringIO]) -> None:
    logger, stream = capture
    logger.info("token answer %s", {"access_token": SECRET, "refresh_token": SECRET})
    logger.info("POST body %r", f"grant_type=refresh_token&refresh_token={SECRET}")
    logger.debug("headers: %(h)s", {"h": {"Authorization": f"Bearer {SECRET}"}})
    logger.warning(f"callback /callback?code={SECRET}&state=x")
    out = stream.getvalue()
    assert SECRET not in out
    assert out.count("***") >= 5
    assert "grant_type=refresh_token" in out


def test_filter_redacts_exception_text_and_stack(
    capture: tuple[logging.Logger, io.StringIO],
) -> None:
    logger, stream = capture
    try:
        raise ValueError(f"server said access_token={SECRET}")
    except ValueError:
        logger.exception("refresh failed for Bearer %s", SECRET)
    logger.info("where %s", f"code={SECRET}", stack_info=True)
    out = stream.getvalue()
    assert "Traceback" in out
    assert "ValueError" in out
    assert SECRET not in out


@pytest.fixture
def restore_root() -> Iterator[None]:
    root = logging.getLogger()
    before = list(root.handlers)
    level = root.level
    urllib3_level = logging.getLogger("urllib3").level
    qasync_level = logging.getLogger("qasync").level
    factory = logging.getLogRecordFactory()
    yield
    logging.setLogRecordFactory(factory)
    logging.getLogger("qasync").setLevel(qasync_level)
    for handler in list(root.handlers):
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
    logging.getLogger("urllib3").setLevel(urllib3_level)


def _log_file() -> LogFile:
    """The one log file handler setup_logging installed."""
    (log,) = [h for h in logging.getLogger().handlers if isinstance(h, LogFile)]
    return log


@pytest.mark.usefixtures("restore_root")
def test_setup_logging_writes_a_private_redacted_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    log_file = tmp_path / "logs" / "partner-desktop.log"
    setup_logging(log_file, "DEBUG")
    setup_logging(log_file, "DEBUG")  # a second call replaces, never duplicates

    ours = [h for h in logging.getLogger().handlers if getattr(h, "_partner_desktop", False)]
    assert len(ours) == 2
    assert all(any(isinstance(f, RedactingFilter) for f in h.filters) for h in ours)

    logging.getLogger("some.library").info("sending Authorization: Bearer %s", SECRET)
    logging.getLogger("partner_desktop.auth").info("body %s", {"client_secret": SECRET})
    for handler in ours:
        handler.flush()

    text = log_file.read_text(encoding="utf-8")
    assert "some.library" in text
    assert "Bearer ***" in text
    assert SECRET not in text
    assert SECRET not in capsys.readouterr().err
    if sys.platform != "win32":
        assert stat.S_IMODE(log_file.stat().st_mode) == 0o600
        assert stat.S_IMODE(log_file.parent.stat().st_mode) == 0o700


@pytest.mark.usefixtures("restore_root")
@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_rotated_files_stay_private(tmp_path: Path) -> None:
    log_file = tmp_path / "app.log"
    log_file.write_text("old\n", encoding="utf-8")
    log_file.chmod(0o644)  # left by an older version with wider rights
    setup_logging(log_file, "INFO")
    assert stat.S_IMODE(log_file.stat().st_mode) == 0o600
    log = _log_file()
    handler = log.file_handler
    assert isinstance(handler, logging.handlers.RotatingFileHandler)
    logging.getLogger("partner_desktop").warning("before rotation")
    handler.doRollover()
    logging.getLogger("partner_desktop").warning("after rotation")
    handler.flush()
    for path in (log_file, tmp_path / "app.log.1"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert "after rotation" in log_file.read_text(encoding="utf-8")


@pytest.mark.usefixtures("restore_root")
def test_a_deferred_log_file_gets_every_record_from_before_it_opened(tmp_path: Path) -> None:
    # The app opens its log file once the window is painted (issue 7).
    log_file = tmp_path / "logs" / "app.log"
    setup_logging(log_file, "INFO", defer_file=True)
    logging.getLogger("partner_desktop").info("starting, refresh_token=%s", SECRET)
    assert not log_file.exists()
    open_log_file()
    logging.getLogger("partner_desktop").info("window painted")
    log = _log_file()
    log.flush()
    text = log_file.read_text(encoding="utf-8")
    assert text.index("starting") < text.index("window painted")
    assert SECRET not in text
    assert stat.S_IMODE(log_file.stat().st_mode) == 0o600


@pytest.mark.usefixtures("restore_root")
def test_a_deferred_log_file_closed_before_it_opened_still_writes_its_records(
    tmp_path: Path,
) -> None:
    # An app that ends before its first paint (at exit logging closes every handler).
    log_file = tmp_path / "app.log"
    setup_logging(log_file, "INFO", defer_file=True)
    logging.getLogger("partner_desktop").error("the profile cannot be read")
    log = _log_file()
    log.close()
    assert "the profile cannot be read" in log_file.read_text(encoding="utf-8")


@pytest.mark.usefixtures("restore_root")
def test_a_log_file_that_cannot_be_written_is_said_once_and_logging_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the log folder should be", encoding="utf-8")
    setup_logging(blocked / "app.log", "INFO", defer_file=True)
    logging.getLogger("partner_desktop").info("starting")
    open_log_file()
    open_log_file()
    logging.getLogger("partner_desktop").info("still logging")
    err = capsys.readouterr().err
    assert err.count("cannot be written") == 1
    assert "still logging" in err
    assert blocked.read_text(encoding="utf-8").startswith("a file where")


@pytest.mark.usefixtures("restore_root")
def test_setup_logging_without_file_logs_to_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    setup_logging(None, "INFO")
    logging.getLogger("partner_desktop").info("refresh_token=%s", SECRET)
    err = capsys.readouterr().err
    assert "refresh_token=***" in err
    assert SECRET not in err


@pytest.mark.usefixtures("restore_root")
def test_no_library_logger_at_debug_bypasses_the_redaction(
    tmp_path: Path, run_async: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    log_file = tmp_path / "app.log"
    setup_logging(log_file, "DEBUG")
    # A library with a handler of its own, that does not propagate to the root.
    own = io.StringIO()
    library = logging.getLogger("tests.some_library")
    handler = logging.StreamHandler(own)
    library.addHandler(handler)
    library.propagate = False
    try:
        library.debug("token request: %s", f"client_secret={SECRET}&grant_type=refresh_token")
    finally:
        library.removeHandler(handler)
        library.propagate = True

    # qasync logs the bare arguments and the result of every worker call at DEBUG.
    def sign_in(authorize_url: str, secret: str) -> dict[str, str]:
        return {"refresh_token": SECRET}

    url = f"http://127.0.0.1/oauth2/authorize?client_id=c&state={SECRET}"
    assert run_async(in_worker(sign_in, url, SECRET)) == {"refresh_token": SECRET}
    _log_file().flush()

    assert "grant_type=refresh_token" in own.getvalue()
    for text in (own.getvalue(), log_file.read_text(encoding="utf-8"), capsys.readouterr().err):
        assert SECRET not in text
