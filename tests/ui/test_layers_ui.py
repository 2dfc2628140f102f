"""Layer rules of the Qt side: widgets own no I/O, models see only API values."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "partner_desktop"

FORBIDDEN = {
    "ui": ("requests", "keyring", "partner_desktop.auth", "partner_desktop.api.client"),
    "models": (
        "requests",
        "keyring",
        "partner_desktop.auth",
        "partner_desktop.api.client",
        "partner_desktop.controllers",
        "partner_desktop.ui",
    ),
}


def imported_names(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_does_not_import_what_it_must_not(layer: str) -> None:
    files = sorted((PACKAGE / layer).glob("*.py"))
    assert files
    for path in files:
        for name in imported_names(path):
            hits = [b for b in FORBIDDEN[layer] if name == b or name.startswith(b + ".")]
            assert hits == [], f"{path.name} imports {name}"


_PHASE_ONE = """
import importlib, pkgutil, sys
import partner_desktop.ui as ui
for module in pkgutil.iter_modules(ui.__path__):
    importlib.import_module(f"partner_desktop.ui.{module.name}")
services = ("partner_desktop.controllers", "partner_desktop.wiring")
loaded = [n for n in sys.modules if n.startswith(services)]
loaded += [n for n in ("requests", "keyring", "authlib", "asyncio") if n in sys.modules]
print(" ".join(sorted(loaded)) or "none")
"""


def test_the_window_and_its_parts_load_without_any_controller() -> None:
    # The window is built, and painted, before the controllers exist (they come with the
    # services it is attached to): ui/ names them for types only.
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-c", _PHASE_ONE],
        cwd=PACKAGE.parent,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "none"
