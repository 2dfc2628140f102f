"""The sign-in dialog sits still while the person is in the browser.

Each repaint of a window waits for the display server; while the browser starts on the same
cores, an animated busy bar made the GUI thread wait 50-200 ms at a time (bench/scenario.py).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from partner_desktop.ui.signin import SignInDialog


class PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def test_the_waiting_dialog_does_not_repaint_by_itself(qtbot: QtBot) -> None:
    dialog = SignInDialog()
    qtbot.addWidget(dialog)
    dialog.waiting("http://127.0.0.1:5000/oauth/authorize?client_id=x", 300)
    qtbot.waitExposed(dialog)
    qtbot.wait(200)  # the first frames
    counter = PaintCounter()
    for widget in [dialog, *dialog.findChildren(QWidget)]:
        widget.installEventFilter(counter)
    qtbot.wait(1000)
    assert dialog.isVisible()
    assert "browser" in dialog.findChild(QLabel, "signInTitle").text()
    assert counter.paints <= 2, f"{counter.paints} paints in a second of waiting"
