"""The start-up probe: the log lines that say when the window and the first polls were painted.

``bench/startup.py`` reads them; the app logs them at INFO on every start (one line each), and
``when_painted`` is how the app waits for its window's first frame before it starts the event
loop. Nothing here changes what the window shows.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from partner_desktop import STARTED

if TYPE_CHECKING:
    from partner_desktop.controllers.polls import PollsController
    from partner_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class FirstPollsProbe(QObject):
    """Logs once each, at INFO, when the window is first painted, when polls first show in it
    (from the page saved by the last run, or from the server), and when the server's first
    page is on screen ("current polls").

    The header's first paint (``when_painted``), an event filter on the list's viewport and
    the polls controller's signals: it changes nothing. The start-up benchmark reads these
    lines. A window's first paint draws every visible widget in one frame, so rows already in
    the list when the header is first painted are on screen in that frame; the viewport's
    filter is installed after it (the first ``viewport()`` call costs 15-25 ms: PySide6
    resolves the widget's Python type through every QWidget subclass).
    """

    def __init__(self, window: MainWindow, started: float = STARTED) -> None:
        super().__init__(window)
        self._window = window
        self._started = started
        self._started_wall = datetime.now(UTC)
        self._viewport: QWidget | None = None
        self.window_painted_after_ms: float | None = None
        self.painted_after_ms: float | None = None
        self.current_after_ms: float | None = None
        self._rows_changed = False
        self._current_pending = False
        when_painted(window.header, self._report_window)
        window.lists.all_model.modelReset.connect(self._on_rows_replaced)

    def watch(self, polls: PollsController) -> None:
        """The server's answers, once the window is attached to its services."""
        polls.refreshed.connect(self._on_refreshed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The list's viewport, once the window's first frame is reported.
        if event.type() == QEvent.Type.Paint and self._window.lists.all_model.rowCount() > 0:
            if self.painted_after_ms is None:
                self.painted_after_ms = -1.0
                QTimer.singleShot(0, self._report_polls)
            if self._current_pending:
                self._current_pending = False
                QTimer.singleShot(0, self._report_current)
        return False

    def _on_rows_replaced(self) -> None:
        self._rows_changed = True

    def _on_refreshed(self, moment: datetime) -> None:
        changed, self._rows_changed = self._rows_changed, False
        if self.current_after_ms is not None or moment < self._started_wall:
            return  # the saved page, shown before any answer
        self.current_after_ms = -1.0
        if changed:
            self._current_pending = True  # reported at the repaint that shows the new rows
        else:
            self._report_current()  # the saved page was still right: it is on screen already

    def _since_start(self) -> float:
        return (time.perf_counter() - self._started) * 1000

    def _report_window(self) -> None:
        self.window_painted_after_ms = self._since_start()
        log.info("main window painted after %.1f ms", self.window_painted_after_ms)
        if self._window.lists.all_model.rowCount() > 0 and self._window.lists.poll_list.isVisible():
            self._report_polls(self.window_painted_after_ms)  # that frame showed the rows
        if self.painted_after_ms is None or self.current_after_ms is None:
            self._viewport = self._window.lists.poll_list.viewport()
            self._viewport.installEventFilter(self)

    def _report_polls(self, at: float | None = None) -> None:
        self.painted_after_ms = self._since_start() if at is None else at
        log.info(
            "first polls painted after %.1f ms (%d rows)",
            self.painted_after_ms,
            self._window.lists.all_model.rowCount(),
        )

    def _report_current(self) -> None:
        self.current_after_ms = self._since_start()
        log.info("current polls painted after %.1f ms", self.current_after_ms)
        if self.painted_after_ms is not None and self._viewport is not None:
            self._viewport.removeEventFilter(self)


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)  # after this paint event is done
        return False


def when_painted(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` once, just after ``widget`` is first painted."""
    _FirstPaint(widget, callback)
