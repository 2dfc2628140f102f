"""The filter bar on its own: one Filters value per change, typing debounced, kept for next time."""

from __future__ import annotations

from dataclasses import FrozenInstanceError
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from partner_desktop.api.listing import Filters, Sort
from partner_desktop.ui.filter_bar import SEARCH_DEBOUNCE_MS, STATUS_FILTERS, FilterBar


def _settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


def _bar(qtbot: Any, settings: QSettings) -> tuple[FilterBar, list[Filters]]:
    bar = FilterBar(settings)
    qtbot.addWidget(bar)
    emitted: list[Filters] = []
    bar.changed.connect(emitted.append)
    return bar, emitted


def test_typing_a_search_emits_one_filters_value_once_the_typing_pauses(
    qtbot: Any, tmp_path: Path
) -> None:
    bar, emitted = _bar(qtbot, _settings(tmp_path))
    bar.show()
    qtbot.keyClicks(bar.search, "final")
    assert emitted == []  # not one query per key
    qtbot.waitUntil(lambda: emitted != [], timeout=SEARCH_DEBOUNCE_MS * 4)
    qtbot.wait(SEARCH_DEBOUNCE_MS + 50)
    assert emitted == [Filters(search="final")]
    assert isinstance(emitted[0].sort, Sort)


def test_a_choice_emits_at_once_with_the_whole_set_of_filters(qtbot: Any, tmp_path: Path) -> None:
    bar, emitted = _bar(qtbot, _settings(tmp_path))
    bar.merge_partners([("p-2", "Juventus"), ("p-1", "Arsenal")])
    assert [bar.partner_filter.itemText(i) for i in range(1, 3)] == ["Arsenal", "Juventus"]
    bar.partner_filter.setCurrentIndex(2)
    bar.status_filter.setCurrentIndex(STATUS_FILTERS.index(("open",)))
    bar.sort_order.setCurrentIndex(bar.sort_order.findData(Sort.MOST_TOKENS.value))
    assert emitted[-1] == Filters(
        search=None, statuses=("open",), partner_id="p-2", sort=Sort.MOST_TOKENS
    )
    assert len(emitted) == 3
    with pytest.raises(FrozenInstanceError):
        emitted[-1].search = "x"  # type: ignore[misc]


def test_the_filters_are_kept_and_restored_by_the_next_bar(qtbot: Any, tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    bar, _emitted = _bar(qtbot, settings)
    bar.merge_partners([("p-7", "Galatasaray")])
    bar.partner_filter.setCurrentIndex(1)
    bar.status_filter.setCurrentIndex(STATUS_FILTERS.index(("closed",)))
    bar.sort_order.setCurrentIndex(bar.sort_order.findData(Sort.NEWEST.value))
    bar.search.setText("derby")
    qtbot.waitUntil(lambda: settings.value("filters/search") == "derby", timeout=2_000)
    settings.sync()

    again, emitted = _bar(qtbot, _settings(tmp_path))  # the next start reads the same file
    assert again.filters() == Filters(
        search="derby", statuses=("closed",), partner_id="p-7", sort=Sort.NEWEST
    )
    assert again.partner_filter.currentText() == "Galatasaray"  # named before any poll loads
    assert emitted == []  # restoring asks for nothing


def test_clearing_keeps_the_order_and_emits_once(qtbot: Any, tmp_path: Path) -> None:
    bar, emitted = _bar(qtbot, _settings(tmp_path))
    bar.sort_order.setCurrentIndex(bar.sort_order.findData(Sort.NEWEST.value))
    bar.status_filter.setCurrentIndex(1)
    bar.search.setText("cup")
    emitted.clear()
    bar.clear()
    assert emitted == [Filters(sort=Sort.NEWEST)]
    qtbot.wait(SEARCH_DEBOUNCE_MS + 50)
    assert len(emitted) == 1  # the cleared search is not sent again


def test_sort_moves_to_its_own_line_when_the_choices_do_not_fit(qtbot: Any, tmp_path: Path) -> None:
    pane = QWidget()
    qtbot.addWidget(pane)
    bar = FilterBar(_settings(tmp_path))
    column = QVBoxLayout(pane)
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(bar)
    pane.resize(1200, 120)
    pane.show()
    qtbot.waitExposed(pane)

    def same_line() -> bool:
        return bar.sort_order.geometry().top() == bar.status_filter.geometry().top()

    qtbot.waitUntil(same_line, timeout=2_000)
    assert not bar.row.wrapped()

    # Narrower than the three choices side by side (a 640 px window in a longer language),
    # wider than the boxes at their least.
    narrow = bar.row.needed_width() - 10
    assert narrow >= bar.row.minimumSizeHint().width()
    pane.resize(narrow, 160)
    qtbot.waitUntil(lambda: not same_line(), timeout=2_000)
    assert bar.row.wrapped()
    assert bar.sort_order.geometry().top() > bar.status_filter.geometry().bottom()
    # Nothing is cut: Status and Sort show their widest choice whole.
    assert bar.status_filter.width() >= bar.row._whole_width(bar.status_filter)
    assert bar.sort_order.width() >= bar.row._whole_width(bar.sort_order)
    assert bar.width() <= narrow

    pane.resize(1200, 120)
    qtbot.waitUntil(same_line, timeout=2_000)


def test_ctrl_f_style_focus_selects_the_search(qtbot: Any, tmp_path: Path) -> None:
    bar, _emitted = _bar(qtbot, _settings(tmp_path))
    bar.show()
    qtbot.waitExposed(bar)
    bar.search.setText("old words")
    bar.activateWindow()
    bar.focus_search()
    qtbot.waitUntil(bar.search.hasFocus, timeout=2_000)
    assert bar.search.selectedText() == "old words"
    qtbot.keyClick(bar.search, Qt.Key.Key_A)
    assert bar.search.text() == "a"
