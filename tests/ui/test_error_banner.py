"""The error banner on its own: a plain-text sentence, Retry when there is something to retry."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from partner_desktop.ui.error_banner import ErrorBanner

_KEEP: list[QWidget] = []  # the parents, alive while their banner is tested


def _banner(qtbot: Any) -> ErrorBanner:
    parent = QWidget()
    qtbot.addWidget(parent)
    _KEEP[:] = [parent]
    banner = ErrorBanner(parent)
    parent.show()
    return banner


def test_the_sentence_is_shown_as_plain_text_never_as_markup(qtbot: Any) -> None:
    banner = _banner(qtbot)
    assert not banner.isVisible()
    sentence = "The server said <b>Bad</b> <img src=x>."
    banner.show_error(sentence)
    assert banner.isVisible()
    assert banner.text.textFormat() == Qt.TextFormat.PlainText
    assert banner.text.text() == sentence
    assert not banner.retry_button.isVisible()  # nothing to retry


def test_retry_hides_the_banner_and_calls_back_once(qtbot: Any) -> None:
    banner = _banner(qtbot)
    calls: list[str] = []
    banner.show_error("Cannot reach the server.", lambda: calls.append("retry"), source="all")
    assert banner.retry_button.isVisible()
    qtbot.mouseClick(banner.retry_button, Qt.MouseButton.LeftButton)
    assert calls == ["retry"]
    assert not banner.isVisible()
    banner.show_error("Another problem.")
    assert not banner.retry_button.isVisible()  # the old retry is gone with its sentence


def test_dismiss_hides_and_news_about_another_list_keeps_the_sentence(qtbot: Any) -> None:
    banner = _banner(qtbot)
    banner.show_error("My polls could not load.", lambda: None, source="mine")
    banner.clear_about("all")
    assert banner.isVisible()
    banner.clear_about("mine")
    assert not banner.isVisible()
    banner.show_error("Sign in again.")
    banner.clear_about("all")  # a list's news does not clear a sentence about the sign-in
    assert banner.isVisible()
    qtbot.mouseClick(banner.dismiss_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()
    assert banner.dismiss_button.accessibleName() == "Dismiss"
