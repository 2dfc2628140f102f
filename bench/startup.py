"""Time to first polls: process start → main window painted with the first page, beside the floor.

Three programs are started in turn, round after round (so that a noisy neighbour hits all
three alike), each timed from just before the process is spawned to the moment its "painted"
line arrives:

- floor:    bench/floor_window.py, a bare QMainWindow + QListView of 20 strings
- app:      the app against a sandbox already running (``--sandbox-url``)
- embedded: the app with ``--sandbox`` (it starts the sandbox itself)

The app reports "first polls painted after X ms" on stderr (INFO log line); the floor prints
"floor-window painted after X ms". One warm-up round is not counted.

Run: .venv/bin/python bench/startup.py [--rounds 7] [--app-exe PATH] [--floor-exe PATH]
``--app-exe`` / ``--floor-exe`` time other executables the same way (e.g. the frozen
dist/partner-desktop/partner-desktop and dist/floor-window/floor-window).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, emit, machine, median, sandbox_process, table

APP_LINE = "first polls painted after"
WINDOW_LINE = "main window painted after"
FLOOR_LINE = "floor-window painted after"


def time_to_line(
    command: list[str],
    marker: str,
    *,
    timeout: float = 60.0,
    env: dict[str, str] | None = None,
    early: dict[str, float] | None = None,
) -> tuple[float, float | None]:
    """(ms from spawn to the line containing ``marker``, the ms the program itself reported).

    ``early`` receives the ms from spawn to the app's "main window painted" line, if any.
    """
    lines: queue.SimpleQueue[tuple[float, str]] = queue.SimpleQueue()
    began = time.perf_counter()
    proc = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        text=True,
        cwd=ROOT,
        env=env,
    )

    def pump() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.put((time.perf_counter(), line))
        lines.put((time.perf_counter(), ""))

    reader = threading.Thread(target=pump, daemon=True)
    reader.start()
    seen: list[str] = []
    try:
        while True:
            at, line = lines.get(timeout=max(0.1, began + timeout - time.perf_counter()))
            if not line:
                raise RuntimeError(f"{command[0]} ended before painting: {''.join(seen[-20:])}")
            seen.append(line)
            if early is not None and WINDOW_LINE in line:
                early["window"] = (at - began) * 1000
            if marker in line:
                reported: float | None = None
                with contextlib.suppress(IndexError, ValueError):
                    reported = float(line.split(marker, 1)[1].split()[0])
                return (at - began) * 1000, reported
    except queue.Empty:
        raise RuntimeError(
            f"{command[0]} did not paint in {timeout} s: {''.join(seen[-20:])}"
        ) from None
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        reader.join(5)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7, help="counted rounds (plus one warm-up)")
    parser.add_argument("--app-exe", help="the app executable (default: python -m partner_desktop)")
    parser.add_argument("--floor-exe", help="the floor executable (default: bench/floor_window.py)")
    parser.add_argument(
        "--baseline-exe",
        help="another build of the app to time in the same rounds (before/after comparisons)",
    )
    parser.add_argument("--quick", action="store_true", help="one counted round (CI smoke run)")
    parser.add_argument(
        "--no-embedded", action="store_true", help="skip the --sandbox (embedded) variant"
    )
    args = parser.parse_args(argv)
    rounds = 1 if args.quick else args.rounds

    app_cmd = [args.app_exe] if args.app_exe else [sys.executable, "-m", "partner_desktop"]
    floor_cmd = (
        [args.floor_exe]
        if args.floor_exe
        else [sys.executable, str(ROOT / "bench" / "floor_window.py")]
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    # An installed app has its .pyc files; without them every run would compile from source.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    names = ("floor", "app", "embedded", "baseline", "baseline_embedded")
    samples: dict[str, list[float]] = {name: [] for name in names}
    reported: dict[str, list[float]] = {name: [] for name in names}
    window: dict[str, list[float]] = {name: [] for name in names}
    base = Path(tempfile.mkdtemp(prefix="bench-startup-"))
    try:
        with sandbox_process() as sandbox:
            variants: dict[str, tuple[list[str], str]] = {
                "floor": (floor_cmd, FLOOR_LINE),
                "app": (
                    [
                        *app_cmd,
                        "--temp-basedir",
                        str(base / "app"),
                        "--sandbox-url",
                        sandbox.base_url,
                    ],
                    APP_LINE,
                ),
            }
            if not args.no_embedded:
                variants["embedded"] = (
                    [*app_cmd, "--temp-basedir", str(base / "embedded"), "--sandbox"],
                    APP_LINE,
                )
            if args.baseline_exe:
                variants["baseline"] = (
                    [
                        args.baseline_exe,
                        "--temp-basedir",
                        str(base / "baseline"),
                        "--sandbox-url",
                        sandbox.base_url,
                    ],
                    APP_LINE,
                )
                if not args.no_embedded:
                    variants["baseline_embedded"] = (
                        [
                            args.baseline_exe,
                            "--sandbox",
                            "--temp-basedir",
                            str(base / "baseline-embedded"),
                        ],
                        APP_LINE,
                    )
            for n in range(rounds + 1):
                for name, (command, marker) in variants.items():
                    early: dict[str, float] = {}
                    took, own = time_to_line(command, marker, env=env, early=early)
                    if n == 0:
                        continue  # warm-up: disk cache, the embedded sandbox's first seeding
                    samples[name].append(took)
                    if "window" in early:
                        window[name].append(early["window"])
                    if own is not None:
                        reported[name].append(own)
    finally:
        shutil.rmtree(base, ignore_errors=True)

    floor = median(samples["floor"])
    figures: list[dict[str, Any]] = []
    for name, target in (
        ("app", 1.5),
        ("embedded", 2.0),
        ("baseline", 1.5),
        ("baseline_embedded", 2.0),
    ):
        if not samples[name]:
            continue
        ratio = median(samples[name]) / floor
        figure = "time_to_first_polls" + ("_embedded" if name.endswith("embedded") else "")
        figures.append(
            emit(
                {
                    "figure": figure + (" (baseline)" if name.startswith("baseline") else ""),
                    "rounds": len(samples[name]),
                    "median_ms": round(median(samples[name]), 1),
                    "floor_median_ms": round(floor, 1),
                    "ratio": round(ratio, 2),
                    "target_ratio": target,
                    "met": ratio <= target,
                    "window_painted_median_ms": round(median(window[name]), 1)
                    if window[name]
                    else None,
                    "samples_ms": [round(s, 1) for s in samples[name]],
                    "floor_samples_ms": [round(s, 1) for s in samples["floor"]],
                    "in_process_median_ms": round(median(reported[name]), 1)
                    if reported[name]
                    else None,
                    "floor_in_process_median_ms": round(median(reported["floor"]), 1)
                    if reported["floor"]
                    else None,
                    "app": " ".join(app_cmd[-2:] if not args.app_exe else app_cmd),
                    "machine": machine() | {"qpa": env.get("QT_QPA_PLATFORM", "xcb")},
                }
            )
        )
    print()
    print(
        table(
            figures,
            [
                "figure",
                "rounds",
                "window_painted_median_ms",
                "median_ms",
                "floor_median_ms",
                "ratio",
                "target_ratio",
                "met",
            ],
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
