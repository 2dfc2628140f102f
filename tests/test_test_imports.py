"""Shared test code lives in tests/helpers (plain functions and classes) and tests/fixtures and
conftest.py files (fixtures): no test module imports a conftest or another test module, and no
file imports a private (``_name``) helper from another."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ("tests.helpers", "tests.fixtures")


def imported_modules(path: Path, root: Path) -> Iterator[tuple[int, str]]:
    """(line, module) for every import in ``path``, at any depth, relative ones resolved."""
    package = path.relative_to(root).with_suffix("").parts[:-1]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            yield from ((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = list(package[: len(package) - node.level + 1]) if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            if node.module is not None:
                yield node.lineno, module
            if node.module is None or module in ("tests", *SHARED):
                # ``from tests import ui``, ``from . import conftest``: the names may be modules.
                yield from ((node.lineno, f"{module}.{alias.name}") for alias in node.names)


def is_test_or_conftest(module: str) -> bool:
    last = module.rsplit(".", 1)[-1]
    return last == "conftest" or last.startswith("test_")


def is_shared(module: str) -> bool:
    return any(module == s or module.startswith(f"{s}.") for s in SHARED)


def private_names(path: Path) -> Iterator[tuple[int, str]]:
    """(line, module.name) for every ``_name`` imported from the tests package."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "tests":
            for alias in node.names:
                if alias.name.startswith("_"):
                    yield node.lineno, f"{node.module}.{alias.name}"


def misplaced_imports(root: Path) -> list[str]:
    """Imports under ``root``'s tests/ of anything but tests.helpers and tests.fixtures, imports
    under its bench/ of a test module or a conftest, and private names imported from tests."""
    found: list[str] = []
    for path in sorted([*(root / "tests").rglob("*.py"), *(root / "bench").rglob("*.py")]):
        found.extend(
            f"{path.relative_to(root)}:{line}: {name}" for line, name in private_names(path)
        )
    for path in sorted((root / "tests").rglob("*.py")):
        for line, module in imported_modules(path, root):
            if module.split(".")[0] != "tests" or module == "tests":
                continue
            if not is_shared(module) or is_test_or_conftest(module):
                found.append(f"{path.relative_to(root)}:{line}: {module}")
    for path in sorted((root / "bench").rglob("*.py")):
        for line, module in imported_modules(path, root):
            if module.split(".")[0] == "tests" and is_test_or_conftest(module):
                found.append(f"{path.relative_to(root)}:{line}: {module}")
    return found


def test_tests_import_shared_code_only_from_helpers_and_fixtures() -> None:
    assert misplaced_imports(ROOT) == []


def test_the_scan_sees_imports_of_every_kind(tmp_path: Path) -> None:
    tests = tmp_path / "tests"
    (tests / "ui").mkdir(parents=True)
    (tmp_path / "bench").mkdir()
    (tests / "ui" / "test_a.py").write_text(
        "from tests.helpers.polls import make_poll\n"
        "from tests.fixtures.qt import save_screenshot\n"
        "from tests.ui.test_b import _select\n"
        "from .conftest import Clock\n"
        "def f():\n"
        "    import tests.sandbox.support\n"
        "    from tests import ui\n"
    )
    (tmp_path / "bench" / "b.py").write_text(
        "from tests.helpers.keyrings import MemoryKeyring\n"
        "from tests.helpers.consent import _only_form\n"
        "from tests.e2e.harness import Driver\n"
        "from tests.auth.conftest import profile_for\n"
    )
    assert misplaced_imports(tmp_path) == [
        "bench/b.py:2: tests.helpers.consent._only_form",
        "tests/ui/test_a.py:3: tests.ui.test_b._select",
        "tests/ui/test_a.py:3: tests.ui.test_b",
        "tests/ui/test_a.py:4: tests.ui.conftest",
        "tests/ui/test_a.py:6: tests.sandbox.support",
        "tests/ui/test_a.py:7: tests.ui",
        "bench/b.py:4: tests.auth.conftest",
    ]
