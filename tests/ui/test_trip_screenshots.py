"""The window at 640x480 and 1600x1000, light and dark, and at a 175 % scale factor: nothing
clipped or scrolled sideways, and screenshots (artifacts) to look at.

Qt reads the scale factor once, when the QApplication is built: the 175 % run is a pytest of
its own (its screenshots get a "-scale175" suffix)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from partner_desktop.models.polls import PollRoles
from tests.helpers.child_pytest import run_pytest

SUFFIX = "-scale175" if os.environ.get("QT_SCALE_FACTOR") == "1.75" else ""


pytestmark = pytest.mark.usefixtures("light_again")


@pytest.mark.skipif(not os.environ.get("PARTNER_SCREEN"), reason="run on a real-size screen")
@pytest.mark.parametrize(
    "case", [(t, s) for t in ("light", "dark") for s in ((640, 480), (1600, 1000))]
)
def test_the_window_at_a_size_and_theme(
    make_app: Any, make_sandbox: Any, qtbot: Any, tmp_path: Path, case: Any
) -> None:
    theme, size = case
    harness = make_app(make_sandbox())
    window = harness.window
    window.set_appearance(theme, 1.0)
    harness.wait_loaded()
    harness.sign_in()
    window.resize(*size)
    window.fit_screen()
    model = window.lists.all_model
    row = next(
        r for r in range(model.rowCount()) if model.index(r, 0).data(PollRoles.StatusRole) == "open"
    )
    window.lists.poll_list.setCurrentIndex(model.index(row, 0))
    detail = window.detail
    qtbot.waitUntil(lambda: detail.user_poll is not None, timeout=10_000)
    detail.radio_buttons()[0].setChecked(True)
    detail.radio_buttons()[0].setFocus()
    qtbot.wait(300)  # logos
    screen = window.screen().availableGeometry()
    assert window.width() <= max(size[0], window.minimumWidth())
    assert window.width() <= screen.width()
    assert window.height() <= screen.height()
    # Nothing scrolls sideways, and the search box keeps room for its words.
    assert not window.lists.poll_list.horizontalScrollBar().isVisible()
    assert window.filters.search.width() >= 120
    for name in ("statusFilter", "partnerFilter", "sortOrder"):
        box = getattr(
            window.filters,
            {
                "statusFilter": "status_filter",
                "partnerFilter": "partner_filter",
                "sortOrder": "sort_order",
            }[name],
        )
        assert box.width() >= box.minimumSizeHint().width(), name
    image = window.grab()
    artifacts = os.environ.get("PARTNER_TEST_ARTIFACTS")
    target = Path(artifacts) / "screenshots" if artifacts else tmp_path
    target.mkdir(parents=True, exist_ok=True)
    assert image.save(str(target / f"window-{theme}-{size[0]}x{size[1]}{SUFFIX}.png"))


@pytest.mark.skipif(bool(os.environ.get("PARTNER_SCREEN")), reason="a child run already")
@pytest.mark.parametrize(
    "screen",
    [
        (1600, 1000, "1"),  # a desktop screen: the 1600x1000 window fits whole
        (1400, 900, "1.75"),  # the screen of the report: 800x514 for the app at 175 %
    ],
)
def test_the_window_on_a_real_size_screen(tmp_path: Path, screen: Any) -> None:
    """The offscreen platform's own screen is 800x800: a child pytest gets one of the size."""
    width, height, scale = screen
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps({"screens": [{"name": "screen", "width": width, "height": height}]}),
        encoding="utf-8",
    )
    env = {
        **os.environ,
        "PARTNER_SCREEN": f"{width}x{height}",
        "QT_SCALE_FACTOR": scale,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
    }
    tests = ["tests/ui/test_trip_screenshots.py"]
    if scale != "1":
        tests.append("tests/ui/test_trips_window.py::test_the_window_fits_the_screen")
    run_pytest(tests, env, passed=4 + len(tests) - 1)
