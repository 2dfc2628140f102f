"""The floor: a bare PySide6 window with a QListView of strings, and nothing else.

Prints "floor-window painted after X ms" once the list has been painted with its rows (the same
event-filter probe the app uses for "first polls painted after X ms"); ``--smoke-test`` quits then.
"""

from __future__ import annotations

import sys
import time

_STARTED = time.perf_counter()

from PySide6.QtCore import QEvent, QObject, QStringListModel, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QListView, QMainWindow  # noqa: E402


class _FirstPaint(QObject):
    """The window's first frame paints every visible widget, the list's rows included; the
    filter watches the view itself, as the app's probe watches its header: the first
    ``viewport()`` call alone costs ~25 ms (PySide6 resolves the widget's Python type)."""

    def __init__(self, view: QListView, done: object) -> None:
        super().__init__(view)
        self._view = view
        self._done = done
        self._seen = False
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._seen and event.type() == QEvent.Type.Paint:
            self._seen = True
            self._view.removeEventFilter(self)
            QTimer.singleShot(0, self._done)  # after this frame is painted
        return False


def main() -> int:
    count = int(sys.argv[sys.argv.index("--rows") + 1]) if "--rows" in sys.argv else 20
    smoke = "--smoke-test" in sys.argv
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    view = QListView()
    view.setModel(QStringListModel([f"Poll question number {i}?" for i in range(count)]))
    window.setCentralWidget(view)
    window.resize(1240, 800)  # the app's default size

    def painted() -> None:
        # One line the benchmarks read: time from start-up to the first painted frame.
        print(
            f"floor-window painted after {(time.perf_counter() - _STARTED) * 1000:.1f} ms",
            flush=True,
        )
        if smoke:
            app.quit()

    _FirstPaint(view, painted)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
