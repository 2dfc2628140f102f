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
