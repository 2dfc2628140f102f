"""File locations: real folders by OS convention, a temporary base, bundled resources."""

from __future__ import annotations

import stat
import subprocess
import sys
from pathlib import Path

import pytest

from partner_desktop.paths import (
    KEYRING_SERVICE,
    Paths,
    resource_path,
    resources_dir,
    write_atomically,
)


def test_under_keeps_everything_below_base(tmp_path: Path) -> None:
    paths = Paths.under(tmp_path)
    for folder in (paths.config_dir, paths.cache_dir, paths.data_dir, paths.log_dir):
        assert folder.is_relative_to(tmp_path.resolve())
    for file in (paths.settings_file, paths.sandbox_db, paths.log_file, paths.image_cache_dir):
        assert file.is_relative_to(tmp_path.resolve())
    assert paths.profiles_dir == paths.config_dir / "profiles"


def test_under_uses_its_own_keyring_service(tmp_path: Path) -> None:
    one = Paths.under(tmp_path / "one")
    two = Paths.under(tmp_path / "two")
    assert one.keyring_service != KEYRING_SERVICE
    assert one.keyring_service.startswith(KEYRING_SERVICE)
    assert one.keyring_service != two.keyring_service
    assert Paths.under(tmp_path / "one" / ".." / "one").keyring_service == one.keyring_service


def test_keyring_service_is_stable_across_processes(tmp_path: Path) -> None:
    """A restarted app with the same --temp-basedir must find the same keyring entries."""
    code = (
        "import sys; from pathlib import Path; from partner_desktop.paths import Paths; "
        "print(Paths.under(Path(sys.argv[1])).keyring_service)"
    )
    results = {
        subprocess.run(
            [sys.executable, "-c", code, str(tmp_path)],
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONHASHSEED": seed, "PATH": ""},
            cwd=Path(__file__).resolve().parent.parent,
        ).stdout.strip()
        for seed in ("1", "2")
    }
    assert results == {Paths.under(tmp_path).keyring_service}


def test_default_is_the_real_keyring_service() -> None:
    paths = Paths.default()
    assert paths.keyring_service == KEYRING_SERVICE
    assert "partner-desktop" in str(paths.config_dir)


def test_ensure_creates_private_folders(tmp_path: Path) -> None:
    paths = Paths.under(tmp_path).ensure()
    for folder in (paths.config_dir, paths.cache_dir, paths.data_dir, paths.log_dir):
        assert folder.is_dir()
        assert stat.S_IMODE(folder.stat().st_mode) & 0o077 == 0
    assert paths.ensure() == paths, "ensure is repeatable"


def test_resources_from_a_checkout() -> None:
    assert resources_dir() == Path(__file__).resolve().parent.parent / "resources"
    assert resource_path("icons", "app.svg") == resources_dir() / "icons" / "app.svg"


def test_write_atomically_replaces_whole_files_owner_only_and_leaves_no_litter(
    tmp_path: Path,
) -> None:
    target = tmp_path / "folder" / "page.json"
    write_atomically(target, b"first")
    write_atomically(target, b"second")
    assert target.read_bytes() == b"second"
    assert target.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in target.parent.iterdir()] == ["page.json"]

    in_the_way = target.parent / "taken"
    in_the_way.mkdir()  # a folder where the file should go: the final replace fails
    with pytest.raises(IsADirectoryError):
        write_atomically(in_the_way, b"third")
    assert target.read_bytes() == b"second"
    assert sorted(p.name for p in target.parent.iterdir()) == ["page.json", "taken"]
