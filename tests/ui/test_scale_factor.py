"""The whole question and the first screen at a 200 % scale factor (QT_SCALE_FACTOR=2).

Qt reads the scale factor once, when the QApplication is built: these tests run in a pytest
of their own with it set (their screenshots get a "-scale2" suffix)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(bool(os.environ.get("QT_SCALE_FACTOR")), reason="already scaled")
def test_the_long_question_and_the_first_screen_at_200_percent() -> None:
    env = {**os.environ, "QT_SCALE_FACTOR": "2"}
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "tests/ui/test_fan.py::"
            "test_a_long_question_is_whole_in_the_tooltip_and_detail_and_two_lines_in_the_row",
            "tests/ui/test_first_screen.py",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert "3 passed" in run.stdout
