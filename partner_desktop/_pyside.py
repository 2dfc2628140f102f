"""PySide6, loaded with a cheaper import hook: the app imports this before its own modules.

PySide6 installs an import hook that, after every module imported from then on, decides
whether that module "uses PySide6" by reading its whole source (``inspect.getsource``:
tokenize, linecache, several ``stat`` calls; ~0.25 ms a module on these disks, ~35 ms of the
app's start, and more in the workers that import requests, Authlib and keyring). The answer
only chooses a module's default for ``from __feature__ import snake_case, true_property``:
0, the plain Qt API, for a module that uses PySide6, and -1, "follow the last selection",
for one that does not. Neither the app nor its libraries select a feature, so every module
sees the plain API either way; answering 0 for all of them keeps it so even if one ever did,
and reads nothing.
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401 - installs the hook whose check is replaced below


def plain_api(_module: ModuleType) -> bool:
    """PySide6's per-module check, answered without reading the source: the plain API."""
    return True


def quicken_import_hook() -> bool:
    """Replace PySide6's per-module source check with :func:`plain_api`; False if absent."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False  # another PySide6 version: its own hook stays as it is
    feature._mod_uses_pyside = plain_api  # type: ignore[attr-defined]
    return True


quicken_import_hook()
