"""What the app and the sandbox keep on disk is the person's own: settings, caches, the sandbox
database (password hashes, tokens) and their folders are owner-only, also when an older
version left them readable by others."""

from __future__ import annotations

import sqlite3
import stat
import sys
from pathlib import Path
from typing import Any

import pytest

from partner_desktop.sandbox.server import SandboxConfig, SandboxServer
from tests.helpers.sandbox_http import user_tokens

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")
def test_settings_caches_and_their_folders_are_owner_only(
    make_app: Any, sandbox: SandboxServer, tmp_path: Path, qtbot: Any
) -> None:
    base = tmp_path / "app"
    # As an older version (or a umask of 022) left them: readable by everyone.
    for folder in ("config", "cache", "cache/images", "cache/pages", "data", "logs"):
        (base / folder).mkdir(parents=True, mode=0o755)
        (base / folder).chmod(0o755)
    (base / "config" / "ui.ini").write_text("[window]\n", encoding="utf-8")
    (base / "config" / "ui.ini").chmod(0o644)

    harness = make_app(sandbox, base=base)
    harness.wait_loaded()
    harness.app.ui_settings.setValue("window/test", "x")
    harness.app.ui_settings.sync()
    images = base / "cache" / "images"
    qtbot.waitUntil(lambda: any(images.glob("*.img")), timeout=15_000)  # logos painted, kept
    pages = base / "cache" / "pages"
    qtbot.waitUntil(lambda: any(p.is_file() for p in pages.rglob("*")), timeout=15_000)

    assert mode(base / "config" / "ui.ini") == 0o600
    for folder in ("config", "cache", "cache/images", "cache/pages", "data", "logs"):
        assert mode(base / folder) == 0o700, folder
    for path in [*images.glob("*.img"), *pages.rglob("*")]:
        assert mode(path) & 0o077 == 0, path


def test_the_sandbox_database_and_its_folder_are_owner_only(tmp_path: Path) -> None:
    folder = tmp_path / "sandbox-data"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    db_path = folder / "sandbox.sqlite3"
    sqlite3.connect(db_path).close()  # an empty database an older version made
    db_path.chmod(0o644)

    server = SandboxServer(SandboxConfig(db_path=db_path))
    server.start()
    try:
        user_tokens(server)  # writes: the WAL and shared-memory files exist now
        assert mode(folder) == 0o700
        files = [db_path, *folder.glob("sandbox.sqlite3-*")]
        assert len(files) == 3
        for path in files:
            assert mode(path) == 0o600, path
    finally:
        server.stop()
