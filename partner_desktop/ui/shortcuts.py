"""The main window's keyboard shortcuts (Help ▸ Keyboard shortcuts lists them)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from partner_desktop.api.listing import View

if TYPE_CHECKING:
    from partner_desktop.ui.main_window import MainWindow


def window_actions(
    window: QWidget, refresh: Callable[[], object], quit_app: Callable[[], object]
) -> tuple[QAction, QAction]:
    """Refresh (F5) and Quit (Ctrl+Q, in every window of the app)."""
    refresh_action = QAction(window)
    refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
    refresh_action.triggered.connect(refresh)
    quit_action = QAction(window)
    quit_action.setObjectName("quitAction")
    quit_action.setShortcut(QKeySequence("Ctrl+Q"))  # StandardKey.Quit is empty on some desktops
    quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    quit_action.triggered.connect(quit_app)
    window.addActions([refresh_action, quit_action])
    return refresh_action, quit_action


def add_shortcuts(
    window: QWidget, keys: list[tuple[QKeySequence | str, Callable[[], object]]]
) -> None:
    """Each key sequence runs its slot while ``window`` is active."""
    for key, slot in keys:
        QShortcut(QKeySequence(key), window).activated.connect(slot)


def install_shortcuts(window: MainWindow) -> tuple[QAction, QAction]:
    """Every shortcut of the window; its Refresh and Quit actions (their words are the
    window's)."""
    lists, filters = window.lists, window.filters
    add_shortcuts(
        window,
        [
            (QKeySequence(QKeySequence.StandardKey.Find), filters.focus_search),
            ("Ctrl+Return", window.pane.request_vote),
            ("Ctrl+1", lambda: lists.set_current_view(View.ALL)),
            ("Ctrl+2", lambda: lists.set_current_view(View.MINE)),
            ("Ctrl+Shift+S", filters.focus_sort),
            ("Ctrl+D", window.toggle_follow),
            (QKeySequence(Qt.Key.Key_Escape), window.show_overview),
        ],
    )
    # Quit closes the window even when its close button would only hide it to the tray.
    return window_actions(window, window.refresh, window.close)
