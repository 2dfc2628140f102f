"""Builds the one-folder bundle, a tar.gz and a .deb of Partner Desktop into dist/.

Usage: .venv/bin/python scripts/build_installer.py [--floor] [--skip-bundle]

--floor also freezes bench/floor_window.py the same way (for size and start-up comparisons).
Prints one JSON object per figure (build seconds, sizes) on stdout.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
BUILD = ROOT / "build"
sys.path.insert(0, str(ROOT))

from partner_desktop import __version__  # noqa: E402

APP = "partner-desktop"
ARCH_DEB = {"x86_64": "amd64", "aarch64": "arm64"}
# What Qt's xcb platform plugin and the bundle need from the system (design notes).
DEB_DEPENDS = (
    "libc6, libglib2.0-0, libfontconfig1, libfreetype6, libdbus-1-3, libegl1, libgl1, "
    "libx11-6, libx11-xcb1, libxcb1, libxcb-cursor0, libxcb-icccm4, libxcb-image0, "
    "libxcb-keysyms1, libxcb-randr0, libxcb-render-util0, libxcb-shape0, libxcb-xfixes0, "
    "libxcb-xinerama0, libxcb-xkb1, libxkbcommon0, libxkbcommon-x11-0"
)


def figure(name: str, value: float, unit: str, **extra: object) -> None:
    print(json.dumps({"figure": name, "value": round(value, 3), "unit": unit, **extra}), flush=True)


def du(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def pyinstaller(floor: bool) -> float:
    env = dict(os.environ)
    if floor:
        env["PARTNER_DESKTOP_FLOOR"] = "1"
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(BUILD / ("floor" if floor else APP)),
            str(ROOT / "pyinstaller.spec"),
        ],
        check=True,
        cwd=ROOT,
        env=env,
    )
    return time.perf_counter() - started


def machine() -> str:
    return os.uname().machine


def make_tarball(bundle: Path) -> Path:
    out = DIST / f"{APP}-{__version__}-linux-{machine()}.tar.gz"
    with tarfile.open(out, "w:gz") as tar:
        tar.add(bundle, arcname=APP)
    return out


def make_deb(bundle: Path) -> Path:
    arch = ARCH_DEB.get(machine(), machine())
    root = BUILD / "deb" / "root"
    shutil.rmtree(root.parent, ignore_errors=True)
    (root / "DEBIAN").mkdir(parents=True)
    shutil.copytree(bundle, root / "opt" / APP, symlinks=True)
    (root / "usr/bin").mkdir(parents=True)
    (root / "usr/bin" / APP).symlink_to(f"/opt/{APP}/{APP}")
    apps = root / "usr/share/applications"
    apps.mkdir(parents=True)
    shutil.copy2(ROOT / "packaging/linux/partner-desktop.desktop", apps / f"{APP}.desktop")
    icons = ROOT / "resources" / "icons"
    for png in sorted(icons.glob(f"{APP}-*.png")):  # as scripts/make_icons.py renders them
        size = png.stem.rsplit("-", 1)[1]
        dest = root / f"usr/share/icons/hicolor/{size}x{size}/apps"
        dest.mkdir(parents=True)
        shutil.copy2(png, dest / f"{APP}.png")
    svg = icons / f"{APP}.svg"
    if svg.is_file():
        dest = root / "usr/share/icons/hicolor/scalable/apps"
        dest.mkdir(parents=True)
        shutil.copy2(svg, dest / f"{APP}.svg")
    installed_kb = du(root) // 1024
    (root / "DEBIAN/control").write_text(
        f"Package: {APP}\n"
        f"Version: {__version__}\n"
        f"Architecture: {arch}\n"
        "Maintainer: Partner Desktop maintainers <maintainers@partner-desktop.invalid>\n"
        f"Installed-Size: {installed_kb}\n"
        f"Depends: {DEB_DEPENDS}\n"
        "Recommends: gnome-keyring | kwalletmanager\n"
        "Section: net\n"
        "Priority: optional\n"
        "Homepage: https://github.com/partner-desktop/partner-desktop\n"
        "Description: desktop client for the Socios.com Partner API\n"
        " Sign in through the system browser, browse partner polls and vote with\n"
        " fan tokens. Includes a local sandbox of the Partner API for trying the\n"
        " application offline.\n",
        encoding="utf-8",
    )
    out = DIST / f"{APP}_{__version__}_{arch}.deb"
    subprocess.run(
        ["dpkg-deb", "-Zzstd", "--root-owner-group", "--build", str(root), str(out)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--floor", action="store_true", help="also freeze the floor window")
    parser.add_argument("--skip-bundle", action="store_true", help="reuse dist/partner-desktop")
    args = parser.parse_args()
    DIST.mkdir(exist_ok=True)
    bundle = DIST / APP
    if not args.skip_bundle:
        # The .qm translations (and Qt's qtbase_*.qm) go into resources/ before freezing.
        subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "translations.py"), "build"],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        figure("build_seconds", pyinstaller(floor=False), "s", target=APP)
    figure("bundle_size", du(bundle) / 1e6, "MB", target=APP)
    tarball = make_tarball(bundle)
    figure("tarball_size", du(tarball) / 1e6, "MB", path=str(tarball.relative_to(ROOT)))
    deb = make_deb(bundle)
    figure("deb_size", du(deb) / 1e6, "MB", path=str(deb.relative_to(ROOT)))
    if args.floor:
        figure("build_seconds", pyinstaller(floor=True), "s", target="floor-window")
        figure("bundle_size", du(DIST / "floor-window") / 1e6, "MB", target="floor-window")
    return 0


if __name__ == "__main__":
    sys.exit(main())
