"""Answer indicators a person can see in both themes, and a 640 px window that clips nothing
(real sandbox, real widgets, pixels of a grab)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QRect
from PySide6.QtGui import QAccessible, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
)

from partner_desktop.models.polls import PollRoles
from partner_desktop.ui.delegate import PAD, _logo_rect, quorum_widths
from partner_desktop.ui.format import fill, percent
from tests.helpers.contrast import contrast
from tests.helpers.window import select_poll, signed_in

pytestmark = pytest.mark.usefixtures("light_again")


def _indicator(radio: QRadioButton) -> QRect:
    """Where the radio's indicator is drawn, in its row's coordinates."""
    option = QStyleOptionButton()
    radio.initStyleOption(option)
    rect = radio.style().subElementRect(QStyle.SubElement.SE_RadioButtonIndicator, option, radio)
    return rect.translated(radio.mapTo(radio.parentWidget(), QPoint(0, 0)))


def _indicator_contrast(radio: QRadioButton) -> float:
    """The best contrast of the indicator's pixels against its row's background."""
    row = radio.parentWidget()
    rect = _indicator(radio)
    image = row.grab().toImage()
    ratio = image.devicePixelRatio()
    back = QColor(image.pixel(round(4 * ratio), round(row.height() / 2 * ratio)))
    best = 0.0
    for x in range(rect.left(), rect.right() + 1):
        for y in range(rect.top(), rect.bottom() + 1):
            pixel = QColor(image.pixel(round(x * ratio), round(y * ratio)))
            best = max(best, contrast(pixel, back))
    return best


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_unchecked_answer_indicators_stand_out(
    make_app: Any, make_sandbox: Any, qtbot: Any, theme: str
) -> None:
    window, detail = signed_in(make_app, make_sandbox)
    window.set_appearance(theme, 1.0)
    window.show()
    qtbot.waitExposed(window)
    select_poll(window, lambda i: i.data(PollRoles.StatusRole) == "open")
    qtbot.waitUntil(lambda: detail.user_poll is not None, timeout=10_000)
    radios = detail.radio_buttons()
    radios[0].setChecked(True)
    qtbot.wait(50)
    unchecked = radios[1]
    assert not unchecked.isChecked()
    # WCAG 1.4.11: a control's outline at 3:1 at least against what is next to it.
    assert _indicator_contrast(unchecked) >= 3.0
    # And a chosen answer's indicator looks different from an unchosen one's.
    chosen = radios[0].parentWidget().grab().toImage().copy(_indicator(radios[0]))
    other = unchecked.parentWidget().grab().toImage().copy(_indicator(unchecked))
    assert chosen != other


def _edit_field_width(box: QComboBox) -> int:
    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    field = box.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, box
    )
    return field.width()


def test_nothing_is_cut_at_640_px(make_app: Any, sandbox: Any, qtbot: Any) -> None:
    harness = make_app(sandbox)
    harness.wait_loaded()
    window = harness.window
    window.resize(640, 480)
    window.show()
    qtbot.waitExposed(window)
    assert window.width() == 640

    def cut() -> list[str]:
        """Choices of the Status and Sort boxes wider than the box's text field."""
        return [
            box.itemText(i)
            for box in (window.filters.status_filter, window.filters.sort_order)
            for i in range(box.count())
            if box.fontMetrics().horizontalAdvance(box.itemText(i)) > _edit_field_width(box)
        ]

    qtbot.wait(100)  # the layout settles
    assert cut() == []
    model = window.lists.all_model
    names = {model.index(r, 0).data(PollRoles.PartnerNameRole) for r in range(model.rowCount())}
    longest = max(names, key=len)
    select_poll(window, lambda i: i.data(PollRoles.PartnerNameRole) == longest)
    detail = window.detail
    qtbot.waitUntil(lambda: detail.poll is not None and not detail.showing_overview())
    qtbot.wait(50)
    label = detail.partner
    shown = label.text()
    assert label.sizeHint().width() <= label.contentsRect().width() + 1
    assert label.fontMetrics().horizontalAdvance(shown) <= label.contentsRect().width()
    assert shown == longest or (shown.endswith("…") and longest.startswith(shown[:-1]))
    spoken = QAccessible.queryAccessibleInterface(label).text(QAccessible.Text.Name)
    assert spoken == longest, "a screen reader hears the whole name"
    # Wide again: the whole name comes back.
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: detail.partner.text() == longest)


def test_quorum_words_are_whole_on_a_card_at_640_px(
    make_app: Any, sandbox: Any, qtbot: Any
) -> None:
    """The quorum line ("Quorum 5.7 % of 10.0 %") keeps its words whole on a narrow card: the
    bar shrinks, or gives way, before the words are cut."""
    harness = make_app(sandbox)
    harness.wait_loaded()
    window = harness.window
    window.resize(640, 480)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(100)  # the layout settles
    view = window.lists.poll_list
    model = view.model()
    metrics = view.fontMetrics()
    checked = 0
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        target = index.data(PollRoles.QuorumTargetRole)
        if not target or index.data(PollRoles.QuorumReachedRole):
            continue
        card = view.visualRect(index)
        line_w = card.right() - PAD - (_logo_rect(card).right() + PAD)
        words = fill(
            QCoreApplication.translate("PollDelegate", "Quorum %1 of %2"),
            percent(index.data(PollRoles.QuorumRole) or 0.0),
            percent(target),
        )
        needed = metrics.horizontalAdvance(words) + 2
        bar_w, label_w = quorum_widths(line_w, needed)
        assert label_w >= needed, f"{words!r} cut at {label_w} px of {needed}"
        assert bar_w == 0 or bar_w >= 40
        checked += 1
    assert checked, "the seeded first page has polls with a quorum to reach"
