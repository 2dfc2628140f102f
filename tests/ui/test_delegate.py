"""The list delegate paints from the palette (dark themes) and the formatting helpers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QStyleOptionViewItem

from partner_desktop.models.polls import PollListModel
from partner_desktop.models.text import status_label
from partner_desktop.ui.delegate import ROW_HEIGHT, PollDelegate
from partner_desktop.ui.format import duration, percent, timing
from tests.helpers.polls import make_poll


def _paint(palette: QPalette) -> QImage:
    model = PollListModel()
    model.reset([make_poll(1)], has_more=False)
    delegate = PollDelegate(lambda _url: None)
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, 600, ROW_HEIGHT)
    option.palette = palette
    image = QImage(QSize(600, ROW_HEIGHT), QImage.Format.Format_ARGB32)
    image.fill(palette.color(QPalette.ColorRole.Window))
    painter = QPainter(image)
    delegate.paint(painter, option, model.index(0, 0))
    painter.end()
    return image


def _palette(base: str, text: str) -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Base, QColor(base))
    palette.setColor(QPalette.ColorRole.Window, QColor(base))
    palette.setColor(QPalette.ColorRole.Text, QColor(text))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#5b5bf0"))
    return palette


@pytest.mark.parametrize(
    ("base", "text", "dark"), [("#202124", "#e8eaed", True), ("#ffffff", "#111111", False)]
)
def test_cards_follow_the_palette(qapp: Any, base: str, text: str, dark: bool) -> None:
    image = _paint(_palette(base, text))
    card = QColor(image.pixel(40, ROW_HEIGHT - 12)).lightness()  # inside the card, below the logo
    assert (card < 80) if dark else (card > 200)
    # Text is drawn in the palette's text colour: some pixels of the question are light on dark.
    row = [QColor(image.pixel(x, 22)).lightness() for x in range(80, 400)]
    assert (max(row) > 180) if dark else (min(row) < 80)


def test_timing_says_time_left_or_the_date() -> None:
    now = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
    assert timing("open", None, now + timedelta(days=2, hours=3), now=now) == "Closes in 2 d 3 h"
    assert timing("upcoming", now + timedelta(minutes=5), None, now=now) == "Opens in 5 min"
    assert timing("closed", None, now - timedelta(days=1), now=now).startswith("Closed ")
    assert timing("open", None, now + timedelta(days=30), now=now).startswith("Closes ")
    assert timing("cancelled", None, now + timedelta(days=1), now=now) == ""
    assert duration(20) == "20 s"  # the last minute counts down in seconds
    assert duration(2 * 3600 + 14 * 60 + 59) == "2 h 14 min"
    assert percent(0.4567) == "45.7 %"
    assert percent(None) == "—"
    assert status_label("open") == "Open"
    assert status_label("archived_soon") == "Archived soon"  # unknown values shown as they come
