"""The composition root: command line, the smoke test, the Qt bindings check."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from partner_desktop import __version__
from partner_desktop.app import check_qt_bindings, parse_args, resolve_paths

ROOT = Path(__file__).resolve().parents[1]


def _run(*args: str, timeout: float = 90) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "partner_desktop", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def test_options_parse() -> None:
    args = parse_args(["--sandbox", "--profile", "socios", "--log-level", "debug", "--smoke-test"])
    assert args.sandbox
    assert args.smoke_test
    assert args.profile == "socios"
    assert args.log_level == "DEBUG"
    assert parse_args([]).temp_basedir is None
    assert parse_args(["--temp-basedir"]).temp_basedir == ""


def test_temp_basedir_keeps_everything_below_it(tmp_path: Path) -> None:
    paths = resolve_paths(str(tmp_path))
    assert paths.config_dir.is_relative_to(tmp_path.resolve())
    assert paths.sandbox_db.is_relative_to(tmp_path.resolve())
    assert paths.keyring_service != "partner-desktop"


def test_version() -> None:
    result = _run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"partner-desktop {__version__}"


def test_smoke_test_with_the_sandbox_exits_0_with_one_line(tmp_path: Path) -> None:
    result = _run("--sandbox", "--smoke-test", "--temp-basedir", str(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("smoke-test ok:")
    assert "profile=sandbox" in lines[0]
    assert "polls=5" in lines[0]
    # The sandbox database lives in the data folder, so votes survive a restart.
    assert (tmp_path / "data" / "sandbox.sqlite3").is_file()
    assert (tmp_path / "logs" / "partner-desktop.log").is_file()


def test_smoke_test_without_a_sandbox_needs_no_network(tmp_path: Path) -> None:
    result = _run("--smoke-test", "--temp-basedir", str(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "profile=socios" in result.stdout
    assert "polls=" not in result.stdout


def test_an_unknown_profile_is_a_sentence_not_a_traceback(tmp_path: Path) -> None:
    result = _run("--profile", "nope", "--smoke-test", "--temp-basedir", str(tmp_path))
    assert result.returncode == 2
    assert "There is no profile named 'nope'." in result.stderr
    assert "Traceback" not in result.stderr


def test_the_installed_qt_bindings_keep_reference_counts() -> None:
    pytest.importorskip("PySide6")
    assert check_qt_bindings().startswith("pyside6=")


def test_error_hooks_log_and_show_unexpected_errors_once(qtbot: Any) -> None:
    import asyncio

    from PySide6.QtWidgets import QMessageBox, QWidget

    from partner_desktop.app import install_error_hooks

    parent = QWidget()
    qtbot.addWidget(parent)
    loop = asyncio.new_event_loop()
    previous = sys.excepthook
    try:
        reporter = install_error_hooks(loop, lambda: parent)
        assert sys.excepthook == reporter.excepthook
        for _ in range(2):
            loop.call_exception_handler({"message": "boom", "exception": RuntimeError("x")})
        boxes = parent.findChildren(QMessageBox, "unexpectedError")
        assert len(boxes) == 1
        assert "unexpected" in boxes[0].text()
        assert reporter.count == 2
    finally:
        sys.excepthook = previous
        loop.close()
