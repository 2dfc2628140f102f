"""Layer rules: the non-Qt layers load no Qt, and the sandbox shares no code with the client."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

NO_QT_MODULES = [
    "partner_desktop.api",
    "partner_desktop.api.models",
    "partner_desktop.api.client",
    "partner_desktop.auth",
    "partner_desktop.config",
    "partner_desktop.errors",
    "partner_desktop.paths",
    "partner_desktop.sandbox",
    "partner_desktop.sandbox.__main__",
]


def loaded_modules(*imports: str) -> set[str]:
    """The module names in sys.modules after importing ``imports`` in a fresh interpreter."""
    code = (
        "import importlib, json, pkgutil, sys\n"
        "for name in sys.argv[1:]:\n"
        "    module = importlib.import_module(name)\n"
        "    # Import every submodule too, so a Qt import deep inside a package is seen.\n"
        "    for info in pkgutil.walk_packages(getattr(module, '__path__', []), name + '.'):\n"
        "        if not info.name.endswith('__main__'):\n"
        "            importlib.import_module(info.name)\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, *imports],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return set(json.loads(result.stdout))


def test_non_qt_layers_load_no_qt() -> None:
    modules = loaded_modules(*NO_QT_MODULES)
    assert "partner_desktop.api.client" in modules, "the probe really imported the layers"
    qt = sorted(m for m in modules if m.split(".")[0] in ("PySide6", "shiboken6", "qasync"))
    assert qt == []


@pytest.mark.parametrize("package", ["partner_desktop.api", "partner_desktop.config"])
def test_client_layers_do_not_reach_up(package: str) -> None:
    modules = loaded_modules(package)
    upper = {f"partner_desktop.{name}" for name in ("auth", "controllers", "models", "ui", "app")}
    upper.add("partner_desktop.sandbox")
    reached = sorted(m for m in modules if any(m == u or m.startswith(u + ".") for u in upper))
    assert reached == []


def test_sandbox_imports_nothing_from_the_client() -> None:
    # The walk of submodules skips __main__ (it runs the command line): named here, it only
    # imports (its main() runs under ``if __name__ == "__main__"``).
    modules = loaded_modules("partner_desktop.sandbox", "partner_desktop.sandbox.__main__")
    assert "partner_desktop.sandbox.oauth" in modules  # every submodule, not only the package
    assert "partner_desktop.sandbox.__main__" in modules
    client_side = sorted(
        m
        for m in modules
        if m.startswith("partner_desktop.") and not m.startswith("partner_desktop.sandbox")
    )
    assert client_side == []
