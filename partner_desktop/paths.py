"""File locations: per-OS folders, a temporary base for tests, and bundled resources."""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "partner-desktop"
KEYRING_SERVICE = "partner-desktop"


@dataclass(frozen=True)
class Paths:
    """Where the application keeps its files, and the keyring service name it uses."""

    config_dir: Path
    cache_dir: Path
    data_dir: Path
    log_dir: Path
    keyring_service: str = KEYRING_SERVICE

    @classmethod
    def default(cls) -> Paths:
        """The person's real folders, by the conventions of their OS."""
        dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
        return cls(
            config_dir=Path(dirs.user_config_dir),
            cache_dir=Path(dirs.user_cache_dir),
            data_dir=Path(dirs.user_data_dir),
            log_dir=Path(dirs.user_log_dir),
        )

    @classmethod
    def under(cls, base: Path) -> Paths:
        """Everything below ``base``, with a keyring service name of its own.

        Used by ``--temp-basedir``, tests and smoke runs so that nothing touches a
        person's real settings or their real keyring entries.
        """
        base = base.resolve()
        return cls(
            config_dir=base / "config",
            cache_dir=base / "cache",
            data_dir=base / "data",
            log_dir=base / "logs",
            keyring_service=f"{KEYRING_SERVICE}-temp-{_digest(str(base))}",
        )

    def ensure(self) -> Paths:
        """Create the folders (owner-only permissions, also for older, wider ones) and
        return self."""
        for folder in (self.config_dir, self.cache_dir, self.data_dir, self.log_dir):
            private_folder(folder)
        return self

    @property
    def profiles_dir(self) -> Path:
        return self.config_dir / "profiles"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.toml"

    @property
    def image_cache_dir(self) -> Path:
        return self.cache_dir / "images"

    @property
    def page_cache_dir(self) -> Path:
        """The last first page of public polls, per profile (shown at the next start)."""
        return self.cache_dir / "pages"

    @property
    def sandbox_db(self) -> Path:
        return self.data_dir / "sandbox.sqlite3"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "partner-desktop.log"


def _digest(text: str) -> str:
    # Only --temp-basedir needs it: 2.5-5.3 ms of the first paint (python -X importtime).
    import hashlib  # noqa: PLC0415

    return hashlib.sha256(text.encode()).hexdigest()[:12]


def resources_dir() -> Path:
    """The ``resources/`` folder, from a source checkout or from a frozen bundle."""
    frozen_base = getattr(sys, "_MEIPASS", None)
    if frozen_base is not None:
        return Path(frozen_base) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """A file inside ``resources/`` (icons, style sheets, sandbox templates and seed data)."""
    return resources_dir().joinpath(*parts)


def private_folder(folder: Path) -> Path:
    """Create ``folder`` readable by its owner only, and narrow it if an older version (or
    another program) made it wider: what the app keeps there is the person's own."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix" and folder.stat().st_mode & 0o077:
        folder.chmod(0o700)
    return folder


def private_file(path: Path) -> Path:
    """Create ``path`` (empty) if missing, readable and writable by its owner only; narrow an
    existing one. For files another library writes in place (Qt's settings file)."""
    private_folder(path.parent)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, 0o600)
    finally:
        os.close(fd)
    return path


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` in one step: a reader sees the old file or the new one,
    never half of one. The file is the owner's only (0600), and so is its folder; a failed
    write leaves no litter."""
    private_folder(path.parent)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as file:
            file.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
