"""The whole question and the first screen at a 200 % scale factor (QT_SCALE_FACTOR=2).

Qt reads the scale factor once, when the QApplication is built: these tests run in a pytest
of their own with it set (their screenshots get a "-scale2" suffix)."""

from __future__ import annotations

import os

import pytest

from tests.helpers.child_pytest import run_pytest


@pytest.mark.skipif(bool(os.environ.get("QT_SCALE_FACTOR")), reason="already scaled")
def test_the_long_question_and_the_first_screen_at_200_percent() -> None:
    env = {**os.environ, "QT_SCALE_FACTOR": "2"}
    run_pytest(
        [
            "tests/ui/test_fan.py::"
            "test_a_long_question_is_whole_in_the_tooltip_and_detail_and_two_lines_in_the_row",
            "tests/ui/test_first_screen.py",
        ],
        env,
        passed=3,
    )
