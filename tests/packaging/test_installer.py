"""The installers: build the bundle, the tar.gz and the .deb, install the .deb, run it."""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from partner_desktop import __version__

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="builds Linux installers"),
]


@pytest.fixture(scope="module")
def built() -> dict[str, Path]:
    """Build once per run (about a minute): bundle, tar.gz and .deb in dist/."""
    result = subprocess.run(
        [sys.executable, "scripts/build_installer.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    debs = sorted(DIST.glob(f"partner-desktop_{__version__}_*.deb"))
    tars = sorted(DIST.glob(f"partner-desktop-{__version__}-linux-*.tar.gz"))
    assert debs, "no .deb was built"
    assert tars, "no tar.gz was built"
    return {"bundle": DIST / "partner-desktop", "deb": debs[-1], "tar": tars[-1]}


@pytest.fixture(scope="module")
def installed(built: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .deb unpacked into a scratch root, as dpkg would lay it out."""
    root = tmp_path_factory.mktemp("deb-root")
    subprocess.run(["dpkg-deb", "-x", str(built["deb"]), str(root)], check=True)
    return root


def _smoke(
    executable: Path, tmp_path: Path, env: dict[str, str]
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(executable), "--sandbox", "--smoke-test", "--temp-basedir", str(tmp_path / "base")],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
        check=False,
    )


def _env_without_keyring() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def test_deb_declares_what_a_person_needs(built: dict[str, Path]) -> None:
    info = subprocess.run(
        ["dpkg-deb", "-f", str(built["deb"])], capture_output=True, text=True, check=True
    ).stdout
    assert "Package: partner-desktop" in info
    assert f"Version: {__version__}" in info
    assert "libxcb-icccm4" in info
    assert "libxcb-keysyms1" in info
    assert "Recommends: gnome-keyring" in info


def test_deb_lays_out_app_menu_entry_and_icons(installed: Path) -> None:
    executable = installed / "opt/partner-desktop/partner-desktop"
    assert executable.is_file()
    assert os.access(executable, os.X_OK)
    link = installed / "usr/bin/partner-desktop"
    assert link.is_symlink()
    assert os.readlink(link) == "/opt/partner-desktop/partner-desktop"
    desktop = installed / "usr/share/applications/partner-desktop.desktop"
    check = subprocess.run(
        ["desktop-file-validate", str(desktop)], capture_output=True, text=True, check=False
    )
    assert check.returncode == 0, check.stdout + check.stderr
    assert "Exec=partner-desktop" in desktop.read_text()
    icons = list((installed / "usr/share/icons/hicolor").rglob("partner-desktop.png"))
    assert len(icons) >= 4, icons
    assert (installed / "usr/share/icons/hicolor/scalable/apps/partner-desktop.svg").is_file()


def test_tarball_holds_the_bundle(built: dict[str, Path]) -> None:
    with tarfile.open(built["tar"]) as tar:
        names = set(tar.getnames())
    assert "partner-desktop/partner-desktop" in names
    assert any(n.startswith("partner-desktop/_internal/resources/") for n in names)


def test_installed_app_speaks_the_system_language(installed: Path, tmp_path: Path) -> None:
    """The .deb carries the translations: a Spanish or Turkish desktop gets the app in its
    language (the smoke test reports the one it loaded), English where none matches."""
    resources = installed / "opt/partner-desktop/_internal/resources/translations"
    for language in ("es", "pt_BR", "it", "fr", "tr"):
        assert (resources / f"partner_desktop_{language}.qm").is_file()
        assert (resources / f"qtbase_{language}.qm").is_file()
    for lang, expected in (("es_ES.UTF-8", "es"), ("tr_TR.UTF-8", "tr"), ("de_DE.UTF-8", "en")):
        env = _env_without_keyring()
        env.pop("LANGUAGE", None)
        env.pop("LC_MESSAGES", None)
        env["LC_ALL"] = lang
        env["LANG"] = lang
        result = _smoke(installed / "opt/partner-desktop/partner-desktop", tmp_path / lang, env)
        assert result.returncode == 0, result.stdout + result.stderr
        line = result.stdout.strip().splitlines()[-1]
        qm_files = 1 if expected == "en" else 2
        assert f"language={expected} ({qm_files} .qm)" in line, line


def test_bundle_drops_what_the_app_does_not_use(built: dict[str, Path]) -> None:
    internal = built["bundle"] / "_internal"
    names = {p.name for p in internal.rglob("*")}
    assert "libqgtk3.so" not in names
    assert "libqwayland.so" not in names
    assert not any(n.startswith("libQt6WebEngine") for n in names)
    assert "libqxcb.so" in names
    assert (internal / "certifi" / "cacert.pem").is_file()


def test_installed_app_smoke_test_without_keyring(installed: Path, tmp_path: Path) -> None:
    result = _smoke(
        installed / "opt/partner-desktop/partner-desktop", tmp_path, _env_without_keyring()
    )
    assert result.returncode == 0, result.stdout + result.stderr
    line = result.stdout.strip().splitlines()[-1]
    assert line.startswith("smoke-test ok"), line
    assert "session-only" in line
    assert "polls=" in line


@pytest.mark.keyring
def test_installed_app_smoke_test_with_secret_service(installed: Path, tmp_path: Path) -> None:
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        pytest.skip("needs a D-Bus session with gnome-keyring (scripts/test.sh provides one)")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = _smoke(installed / "opt/partner-desktop/partner-desktop", tmp_path, env)
    assert result.returncode == 0, result.stdout + result.stderr
    line = result.stdout.strip().splitlines()[-1]
    assert "SecretService" in line, line
    assert "roundtrip=ok" in line, line


def test_bundle_runs_from_dist_under_xvfb(built: dict[str, Path], tmp_path: Path) -> None:
    if not os.environ.get("DISPLAY"):
        pytest.skip("needs an X display (scripts/test.sh runs the suite under xvfb-run)")
    env = _env_without_keyring()
    env.pop("QT_QPA_PLATFORM")
    result = _smoke(built["bundle"] / "partner-desktop", tmp_path, env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "qt=xcb" in result.stdout
