"""Each benchmark runs at tiny sizes and prints its figures: the scripts must not rot.

No timed assertions: a figure's value is not checked, only that it is there and well formed.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT / "bench"

pytestmark = pytest.mark.slow


def run_bench(script: str, *args: str, timeout: float = 240) -> list[dict[str, Any]]:
    env = dict(os.environ)
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    proc = subprocess.run(
        [sys.executable, str(BENCH / script), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
        env=env,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-4000:]
    figures = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    assert figures, proc.stdout[-2000:]
    assert all("figure" in f for f in figures)
    return figures


def test_startup_times_the_app_and_the_floor() -> None:
    figures = run_bench("startup.py", "--quick")
    names = {f["figure"] for f in figures}
    assert names == {
        "time_to_first_polls",
        "time_to_first_polls_first_start",
        "time_to_first_polls_embedded",
        "time_to_first_polls_embedded_first_start",
    }
    for figure in figures:
        assert figure["floor_median_ms"] > 0
        assert 0 < figure["window_painted_median_ms"] <= figure["median_ms"]
        assert figure["median_ms"] <= figure["current_polls_median_ms"]


def test_gui_stall_runs_the_scripted_session() -> None:
    (figure,) = run_bench("gui_stall.py", "--quick")
    run = figure["per_run"][0]
    assert run["ticks"] > 10
    assert run["votes"] == 1
    assert run["images"] == 3


def test_list_scaling_appends_scrolls_and_weighs() -> None:
    (figure,) = run_bench("list_scaling.py", "--quick")
    assert [r["polls"] for r in figure["per_size"]] == [200, 1000]
    assert figure["bytes_per_poll"] > 0
    assert figure["scroll_frame_p50_ms"] > 0


def test_interaction_measures_sign_in_and_vote() -> None:
    figures = {f["figure"]: f for f in run_bench("interaction.py", "--quick")}
    assert figures["sign_in_overhead"]["runs"] == 2
    assert figures["vote_overhead"]["runs"] == 2


def test_sandbox_throughput_counts_every_vote() -> None:
    figures = {f["figure"]: f for f in run_bench("sandbox_throughput.py", "--quick")}
    assert set(figures) == {"ping", "poll_list", "vote"}
    assert figures["vote"]["lost"] == 0
    assert figures["vote"]["doubled"] == 0


def test_floor_window_paints_and_quits() -> None:
    env = dict(os.environ)
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    proc = subprocess.run(
        [sys.executable, str(BENCH / "floor_window.py"), "--smoke-test"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert "floor-window painted after" in proc.stdout


@pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("dbus-run-session", "xvfb-run", "gnome-keyring-daemon"))
    or not Path("/usr/bin/chromium").exists(),
    reason="the scenario needs D-Bus, Xvfb, gnome-keyring and /usr/bin/chromium",
)
def test_scenario_runs_a_person_through_the_app(tmp_path: Path) -> None:
    report = tmp_path / "runs.json"
    proc = subprocess.run(
        [sys.executable, str(BENCH / "scenario.py"), "--runs", "1", "--json", str(report)],
        capture_output=True,
        text=True,
        timeout=240,
        cwd=ROOT,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert "run 1: longest gap" in proc.stdout
    (run,) = json.loads(report.read_text())
    assert run["ticks"] > 500  # ~13 s of 5 ms ticks, through sign-in, vote and confirm
    assert "error" not in run
    assert all(gap["ms"] > 16 and gap["step"] for gap in run["over_16ms"])
