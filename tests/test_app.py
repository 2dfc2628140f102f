"""The composition root: command line, the smoke test, the Qt bindings check."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from partner_desktop import __version__
from partner_desktop.app import parse_args, resolve_paths
from partner_desktop.startup import check_qt_bindings

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
    # The check's page of 5 polls does not replace the first page the next start shows.
    paths = resolve_paths(str(tmp_path))
    assert paths.page_cache_dir.is_relative_to(tmp_path)
    assert not list(paths.page_cache_dir.glob("*.json"))
    # The sandbox database lives in the data folder, so votes survive a restart.
    assert paths.sandbox_db.is_file()
    assert paths.log_file.is_file()


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


def test_the_bindings_check_is_not_fooled_by_other_threads() -> None:
    # The embedded sandbox starts on a thread while the smoke test runs this check: objects
    # it creates and drops hold a few references to True at a time.
    stop = threading.Event()

    def churn() -> None:
        while not stop.is_set():
            held = [True] * 8
            del held

    other = threading.Thread(target=churn)
    other.start()
    try:
        for _ in range(200):
            assert check_qt_bindings().startswith("pyside6=")
    finally:
        stop.set()
        other.join()


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


_FEATURE_PROBE = """
import linecache, sys
sys.path.insert(0, sys.argv[1])
from partner_desktop import startup
startup.quicken_import_hook()
import partner_desktop.app
import later_widget
feature = sys.modules["shibokensupport.feature"]
print(feature.pyside_feature_dict.get("later_widget"), later_widget.NAME,
      any(name.endswith("later_widget.py") for name in linecache.cache))
"""


def test_modules_imported_after_pyside_are_not_read_again_and_keep_the_plain_api(
    tmp_path: Path,
) -> None:
    # PySide6's import hook read every later module's source through inspect; the
    # app answers its question without reading, and every module keeps the plain Qt API.
    (tmp_path / "later_widget.py").write_text(
        "from PySide6.QtCore import QObject\n"
        "probe = QObject()\n"
        "probe.setObjectName('camelCase')\n"
        "NAME = probe.objectName()\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", _FEATURE_PROBE, str(tmp_path)],
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["0", "camelCase", "False"]


_STARTUP_PROBE = """
import sys
from PySide6.QtWidgets import QApplication
from partner_desktop import startup
startup.quicken_import_hook()
from partner_desktop.app import Application, resolve_paths

qapp = QApplication([])
url = sys.argv[2] if sys.argv[2] != "embedded" else None
app = Application(resolve_paths(sys.argv[1]), sandbox_url=url)
window = app.open_window("sandbox")
window.show()
startup.paint_first(window)
heavy = (
    "asyncio", "ssl", "requests", "keyring", "authlib", "werkzeug", "flask", "http.server",
    "partner_desktop.wiring", "partner_desktop.controllers.polls", "partner_desktop.auth.session",
)
print(" ".join(sorted(name for name in heavy if name in sys.modules)) or "none")
app.start_sandbox()
import urllib.request
ping = urllib.request.urlopen(window.profile.api_base + "/sandbox/ping", timeout=30)
print(ping.read().decode())
app.close()
"""


@pytest.mark.parametrize("where", ["running", "embedded"])
def test_the_window_is_painted_before_the_wiring_network_keyring_and_oauth_libraries_load(
    tmp_path: Path, sandbox: Any, where: str
) -> None:
    # Phase 1 paints the window shell; the wiring module (controllers, requests, Authlib,
    # keyring) loads in phase 2 on a worker thread, and the embedded sandbox on its own.
    url = sandbox.base_url if where == "running" else "embedded"
    proc = subprocess.run(
        [sys.executable, "-c", _STARTUP_PROBE, str(tmp_path), url],
        cwd=ROOT,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    modules, ping = proc.stdout.strip().splitlines()[-2:]
    assert modules == "none"
    assert ping.replace(" ", "") == '{"ok":true}'


def _start_until(args: list[str], marker: str, timeout: float = 60) -> list[str]:
    """Run the app until a log line containing ``marker``; its stderr lines so far."""
    lines: list[str] = []
    with subprocess.Popen(
        [sys.executable, "-m", "partner_desktop", *args],
        cwd=ROOT,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    ) as proc:
        timer = threading.Timer(timeout, proc.kill)
        timer.start()
        try:
            assert proc.stderr is not None
            for line in proc.stderr:
                lines.append(line)
                if marker in line:
                    return lines
        finally:
            timer.cancel()
            proc.kill()
    raise AssertionError(f"the app ended before {marker!r}: {''.join(lines[-20:])}")


def _ms(lines: list[str], marker: str) -> float:
    line = next(line for line in lines if marker in line)
    return float(line.split(marker, 1)[1].split()[0])


def test_a_second_start_paints_the_saved_polls_before_the_server_answers(
    tmp_path: Path, make_sandbox: Any
) -> None:
    server = make_sandbox(latency_ms=600)  # every answer takes at least 0.6 s
    args = ["--sandbox-url", server.base_url, "--temp-basedir", str(tmp_path)]
    first = _start_until(args, "current polls painted after")
    assert not any("polls saved at" in line for line in first)  # nothing saved yet
    assert _ms(first, "first polls painted after") >= 600

    second = _start_until(args, "current polls painted after")
    assert any("Showing the 16 polls saved at" in line for line in second)  # the open polls
    shown = _ms(second, "first polls painted after")
    current = _ms(second, "current polls painted after")
    assert shown + 600 <= current
    assert _ms(second, "main window painted after") <= shown


def test_without_a_display_the_app_says_so_and_exits_1() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run(
        [sys.executable, "-m", "partner_desktop", "--temp-basedir"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert "no graphical display found" in result.stderr
    assert "xcb" not in result.stderr  # not Qt's advice about reinstalling libxcb


def test_which_settings_mean_no_display() -> None:
    from partner_desktop.display import display_missing

    assert display_missing({}, "linux")
    assert display_missing({"QT_QPA_PLATFORM": "xcb"}, "linux")
    assert not display_missing({"DISPLAY": ":0"}, "linux")
    assert not display_missing({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not display_missing({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not display_missing({"QT_QPA_PLATFORM": "vnc:size=800x600"}, "linux")
    assert not display_missing({}, "win32")
