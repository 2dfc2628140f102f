"""The main window's layout pieces: timers, columns, the loading bar, the list/detail splitter."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QProgressBar, QSplitter, QVBoxLayout, QWidget

from partner_desktop.ui.placeholder import detail_placeholder


def timer(parent: QWidget, ms: int, slot: Callable[[], None], *, single: bool = False) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(single)
    timer.setInterval(ms)
    timer.timeout.connect(slot)
    return timer


def column(name: str, margins: tuple[int, int, int, int], *parts: QWidget) -> QWidget:
    """``parts`` one under the other, the last one taking the height left (8 px apart within
    margins, none apart from edge to edge)."""
    widget = QWidget()
    widget.setObjectName(name)
    column = QVBoxLayout(widget)
    column.setContentsMargins(*margins)
    column.setSpacing(8 if any(margins) else 0)
    for part in parts:
        column.addWidget(part, 1 if part is parts[-1] else 0)
    return widget


def loading_bar() -> QProgressBar:
    bar = QProgressBar()
    bar.setObjectName("loadingIndicator")
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(3)
    bar.hide()
    return bar


def splitter(lists: QWidget) -> tuple[QSplitter, QWidget]:
    """The list pane beside the detail pane's placeholder (the pane is built once the window
    is up, see DetailHost: until then it would only show the placeholder, and its widgets are
    ~15 ms of the first paint)."""
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.setObjectName("mainSplitter")
    splitter.setChildrenCollapsible(False)
    placeholder = detail_placeholder(splitter)
    splitter.addWidget(lists)
    splitter.addWidget(placeholder)
    splitter.setStretchFactor(0, 5)
    splitter.setStretchFactor(1, 4)
    splitter.setSizes([600, 640])
    return splitter, placeholder
