"""The main window's place and layout, and its menu choices, kept in the settings between runs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings

from partner_desktop.ui.appearance import fit_screen

if TYPE_CHECKING:
    from partner_desktop.ui.main_window import MainWindow


def _flag(value: object) -> bool:
    """A yes/no from QSettings (an INI file gives back "true"/"false" strings)."""
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes")
    return bool(value)


def restore_window(window: MainWindow, settings: QSettings) -> None:
    """The size, place, pane sizes, tab and notification choices of the last run (on screen)."""
    geometry = settings.value("window/geometry")
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        window.restoreGeometry(geometry)
    else:
        window.resize(1240, 800)
    fit_screen(window)
    state = settings.value("window/splitter")
    if isinstance(state, QByteArray) and not state.isEmpty():
        window.splitter.restoreState(state)
    for action, key, default in (
        (window.header.notify_action, "notify/enabled", True),
        (window.header.tray_action, "window/close_to_tray", False),
    ):
        action.blockSignals(True)  # restored, not chosen: nothing to save or start
        action.setChecked(_flag(settings.value(key, default)))
        action.blockSignals(False)
    window.lists.setCurrentIndex(int(str(settings.value("view/tab", 0) or 0)))


def save_window(window: MainWindow, settings: QSettings) -> None:
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/splitter", window.splitter.saveState())
    settings.setValue("view/tab", window.lists.currentIndex())
    settings.sync()
