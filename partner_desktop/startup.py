"""Start-up steps that are not wiring: the entry point, checks, and the work kept off the first
paint, each with its measured gain (figures and commands in ``bench/README.md``).

Phase 1 (``app.run``) paints the window shell with the saved first page; phase 2, the first task
on the event loop, imports ``partner_desktop.wiring`` on a worker thread and attaches the
profile's services to the window.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QListView, QWidget

from partner_desktop import STARTED
from partner_desktop.api.listing import View

if TYPE_CHECKING:
    import qasync

    from partner_desktop.api.models import Poll
    from partner_desktop.controllers.polls import PollsController
    from partner_desktop.models.polls import PollListModel

log = logging.getLogger(__name__)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``partner-desktop``, ``python -m partner_desktop`` and the frozen app."""
    quicken_import_hook()
    # After the hook's change, so that it covers every module of the app.
    from partner_desktop.app import run  # noqa: PLC0415

    return run(argv)


def _plain_api(_module: object) -> bool:
    """PySide6's per-module check, answered without reading the source: the plain API."""
    return True


def quicken_import_hook() -> bool:
    """Answer PySide6's per-module import check without reading each module's source.

    Gain: 16-25 ms to first polls. PySide6's import hook decides, after every module imported,
    whether that module "uses PySide6" by reading its whole source (``inspect.getsource``),
    only to choose its default for ``from __feature__ import snake_case, true_property``. No
    module here selects a feature, so every module sees the plain API either way; answering
    "the plain API" for all keeps it so. False (and nothing changed) on a PySide6 without it.
    """
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _plain_api  # type: ignore[attr-defined]
    return True


class _Probe(QObject):
    ping = Signal(int)


def check_qt_bindings() -> str:
    """Fail on Qt bindings that lose a reference to ``True`` on every signal emission.

    PySide6 6.12.0 does (``SignalInstance.emit`` returns ``True`` without a new reference):
    after a few thousand emissions, Python aborts with "bool_dealloc". qasync emits a signal
    for every result coming back from a worker thread, so the app would crash within hours.
    """
    probe = _Probe()
    emissions = 64  # few: with the bug, each one takes a reference from True for good
    before = sys.getrefcount(True)
    for _ in range(emissions):
        probe.ping.emit(1)
    lost = before - sys.getrefcount(True)
    # One reference lost per emission is the bug; other threads running meanwhile (the
    # embedded sandbox starting) move the count by a few either way.
    if lost >= emissions * 3 // 4:
        raise RuntimeError(
            f"PySide6 {PySide6.__version__} loses a reference on every signal emission; "
            "install another version (see pyproject.toml)"
        )
    return f"pyside6={PySide6.__version__}"


def paint_first(widget: QWidget, *, timeout_ms: int = 1000) -> None:
    """Run Qt's own loop until ``widget`` is first painted (or ``timeout_ms``), input held.

    Gain: about 13 ms to first polls: asyncio (with ssl, socket and subprocess) and qasync load
    after this paint (``event_loop``). Importing them on a thread meanwhile made the paint
    slower, not faster: every call from Qt into Python during the paint waited for the GIL the
    import held. Key presses and clicks wait for the event loop.
    """
    nested = QEventLoop()
    when_painted(widget, nested.quit)
    QTimer.singleShot(timeout_ms, nested.quit)
    nested.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    nested.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)  # due timers


def event_loop(qapp: QApplication) -> qasync.QEventLoop:
    """The asyncio event loop running on Qt's, set as the current one (see ``paint_first``)."""
    import asyncio  # noqa: PLC0415 - after the first paint: see paint_first

    import qasync  # noqa: PLC0415 - after the first paint: see paint_first

    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    return loop


class FirstPollsProbe(QObject):
    """Logs once each, at INFO, when the window is first painted, when polls first show in it
    (from the page saved by the last run, or from the server), and when the server's first
    page of All polls is on screen ("current polls"). ``bench/startup.py`` reads these lines.

    It watches the window's first paint (``when_painted``), the list's viewport (an event
    filter, installed after that paint: the first ``viewport()`` call costs 15-25 ms) and, once
    the services are attached (``follow``), the polls controller's signals. It changes nothing.
    A window's first paint draws every visible widget in one frame, so rows already in the list
    then are on screen in that frame.
    """

    def __init__(
        self, painted: QWidget, model: PollListModel, view: QListView, started: float = STARTED
    ) -> None:
        super().__init__(painted)
        self._model = model
        self._view = view
        self._started = started
        self._viewport: QWidget | None = None
        self.window_painted_after_ms: float | None = None
        self.painted_after_ms: float | None = None
        self.current_after_ms: float | None = None
        self._rows_changed = False
        self._current_pending = False
        when_painted(painted, self._report_window)
        model.modelReset.connect(self._on_rows_changed)
        model.rowsInserted.connect(self._on_rows_changed)

    def follow(self, polls: PollsController) -> None:
        """Watch the polls controller's loads (phase 2; the list's slots are connected first,
        so the rows have changed, or not, when ``page_loaded`` reaches the probe)."""
        self._rows_changed = False  # the saved page's rows, shown before
        polls.page_loaded.connect(self._on_page_loaded)

    def _on_rows_changed(self) -> None:
        self._rows_changed = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The list's viewport, once the window's first frame is reported.
        if event.type() == QEvent.Type.Paint and self._model.rowCount() > 0:
            if self.painted_after_ms is None:
                self.painted_after_ms = -1.0
                QTimer.singleShot(0, self._report_polls)
            if self._current_pending:
                self._current_pending = False
                QTimer.singleShot(0, self._report_current)
        return False

    def _on_page_loaded(
        self, view: str, _items: tuple[Poll, ...], replace: bool, _more: bool
    ) -> None:
        if view != View.ALL or not replace or self.current_after_ms is not None:
            return
        changed, self._rows_changed = self._rows_changed, False
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
        if self._model.rowCount() > 0 and self._view.isVisible():
            self._report_polls(self.window_painted_after_ms)  # that frame showed the rows
        if self.painted_after_ms is None or self.current_after_ms is None:
            self._viewport = self._view.viewport()
            self._viewport.installEventFilter(self)

    def _report_polls(self, at: float | None = None) -> None:
        self.painted_after_ms = self._since_start() if at is None else at
        log.info(
            "first polls painted after %.1f ms (%d rows)",
            self.painted_after_ms,
            self._model.rowCount(),
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
