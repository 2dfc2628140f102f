"""The detail pane reuses its answer rows: in place for the same poll, pooled across polls."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QRadioButton, QWidget

from partner_desktop.ui.detail import PollDetail
from tests.helpers.polls import make_poll


def _answers(n: int, count: int) -> list[dict[str, Any]]:
    return [
        {"id": f"a-{n}-{i}", "answer": f"Answer {n}.{i}", "position": i}
        for i in range(1, count + 1)
    ]


def _radios(detail: PollDetail) -> list[QRadioButton]:
    options = detail.findChild(QWidget, "answerOptions")
    assert options is not None
    return options.findChildren(QRadioButton)


def test_same_poll_updates_rows_in_place_and_keeps_the_choice(qtbot: Any) -> None:
    detail = PollDetail()
    qtbot.addWidget(detail)
    detail.show_poll(make_poll(1, answers=_answers(1, 3)))
    before = _radios(detail)
    before[1].setChecked(True)
    fresh = make_poll(
        1,
        answers=[{**a, "percentage": "0.5", "tokenCount": 3} for a in _answers(1, 3)],
        resultsVisible=True,
    )
    detail.show_poll(fresh)
    after = _radios(detail)
    assert after == before  # the same widgets
    assert detail.selected_answer_id() == "a-1-2"
    assert [r.text() for r in after] == ["Answer 1.1", "Answer 1.2", "Answer 1.3"]


def test_another_poll_reuses_rows_and_drops_the_surplus(qtbot: Any) -> None:
    detail = PollDetail()
    qtbot.addWidget(detail)
    detail.show_poll(make_poll(1, answers=_answers(1, 4)))
    _radios(detail)[2].setChecked(True)
    first = _radios(detail)[0]

    detail.show_poll(make_poll(2, answers=_answers(2, 2)))
    radios = _radios(detail)
    assert len(radios) == 2 == len(detail.radio_buttons())
    assert radios[0] is first
    assert [r.text() for r in radios] == ["Answer 2.1", "Answer 2.2"]
    assert [r.objectName() for r in radios] == ["answer-a-2-1", "answer-a-2-2"]
    assert detail.selected_answer_id() is None  # nothing chosen on the new poll

    detail.show_poll(make_poll(3, answers=_answers(3, 5)))
    assert [r.text() for r in _radios(detail)] == [f"Answer 3.{i}" for i in range(1, 6)]
    _radios(detail)[4].setChecked(True)
    assert detail.selected_answer_id() == "a-3-5"
    _radios(detail)[0].setChecked(True)  # still one choice at a time
    assert [r.isChecked() for r in _radios(detail)] == [True, False, False, False, False]
