"""Time to first polls: process start → main window painted with the first page, beside the floor.

The programs are started in turn, round after round (so that a noisy neighbour hits all of
them alike), each timed from just before the process is spawned to the moment its lines arrive:

- floor:         bench/floor_window.py, a bare QMainWindow + QListView of 20 strings
- time_to_first_polls: the app against a sandbox already running (``--sandbox-url``),
  started again with the same settings folder: it shows the first page saved by its last
  run, then the server's (a person's every start but the first)
- …_first_start: the same with a new settings folder every round: nothing saved
- …_embedded: the app with ``--sandbox`` (it starts the sandbox itself), same folder
- …_embedded_first_start: ``--sandbox`` with a new folder every round (the sandbox also
  seeds its database)

The app logs "main window painted after X ms", "first polls painted after X ms" and "current
polls painted after X ms" (the server's first page on screen) on stderr; the floor prints
"floor-window painted after X ms". One warm-up round is not counted.

Run: .venv/bin/python bench/startup.py [--rounds 7] [--app-exe PATH] [--floor-exe PATH]
[--baseline-exe PATH] [--no-cold] [--no-embedded]
``--app-exe`` / ``--floor-exe`` time other executables the same way (e.g. the frozen
dist/partner-desktop/partner-desktop and dist/floor-window/floor-window); ``--baseline-exe``
times another build of the app in the same rounds (it must run from its own folder: see
bench/README.md).
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
CURRENT_LINE = "current polls painted after"
FLOOR_LINE = "floor-window painted after"
APP_MARKERS = (WINDOW_LINE, APP_LINE)


def time_to_lines(
    command: list[str],
    markers: tuple[str, ...],
    *,
    timeout: float = 60.0,
    env: dict[str, str] | None = None,
    then: tuple[str, ...] = (),
    then_timeout: float = 10.0,
) -> dict[str, tuple[float, float | None]]:
    """For each marker: (ms from spawn to its line, the ms the program itself reported).

    Reads until the last of ``markers`` (the others are optional), then for up to
    ``then_timeout`` seconds more until the lines of ``then``: a build that does not log
    them (an older one, timed with ``--baseline-exe``) just has no figure for them.
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
    found: dict[str, tuple[float, float | None]] = {}
    deadline = began + timeout
    try:
        while markers[-1] not in found or not all(marker in found for marker in then):
            try:
                at, line = lines.get(timeout=max(0.1, deadline - time.perf_counter()))
            except queue.Empty:
                if markers[-1] in found:
                    return found  # the optional lines did not come
                raise RuntimeError(
                    f"{command[0]} did not paint in {timeout} s: {''.join(seen[-20:])}"
                ) from None
            if not line:
                if markers[-1] in found:
                    return found
                raise RuntimeError(f"{command[0]} ended before painting: {''.join(seen[-20:])}")
            seen.append(line)
            for marker in (*markers, *then):
                if marker in line and marker not in found:
                    reported: float | None = None
                    with contextlib.suppress(IndexError, ValueError):
                        reported = float(line.split(marker, 1)[1].split()[0])
                    found[marker] = ((at - began) * 1000, reported)
                    if marker == markers[-1]:
                        deadline = time.perf_counter() + then_timeout
        return found
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
        "--no-embedded", action="store_true", help="skip the --sandbox (embedded) variants"
    )
    parser.add_argument(
        "--no-cold", action="store_true", help="skip the first-start (new folder) variants"
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
    #: name -> marker -> [ms from spawn], and the ms the program reported itself
    samples: dict[str, dict[str, list[float]]] = {}
    reported: dict[str, dict[str, list[float]]] = {}
    base = Path(tempfile.mkdtemp(prefix="bench-startup-"))
    try:
        with sandbox_process() as sandbox:
            programs: dict[str, list[str]] = {"app": app_cmd}
            if args.baseline_exe:
                programs["baseline"] = [args.baseline_exe]
            #: name: (program, its arguments, embedded, cold: a new settings folder each round)
            variants: dict[str, tuple[str, list[str], bool, bool]] = {}
            for program in programs:
                running = ["--sandbox-url", sandbox.base_url]
                variants[program] = (program, running, False, False)
                if not args.no_cold:
                    variants[f"{program}_cold"] = (program, running, False, True)
                if not args.no_embedded:
                    variants[f"{program}_embedded"] = (program, ["--sandbox"], True, False)
                    if not args.no_cold:
                        variants[f"{program}_embedded_cold"] = (program, ["--sandbox"], True, True)
            order = ["floor", *variants]
            for n in range(rounds + 1):
                runs = {}
                # Each round starts one place further along: every program takes every place
                # in the order (right after the floor, right after a first start...) in turn.
                shift = n % len(order)
                for name in order[shift:] + order[:shift]:
                    if name == "floor":
                        runs[name] = time_to_lines(floor_cmd, (FLOOR_LINE,), env=env)
                        continue
                    program, extra, _embedded, cold = variants[name]
                    folder = base / (f"{name}-{n}" if cold else name)
                    command = [*programs[program], *extra, "--temp-basedir", str(folder)]
                    runs[name] = time_to_lines(command, APP_MARKERS, env=env, then=(CURRENT_LINE,))
                if n == 0:
                    continue  # warm-up: disk cache, the embedded sandbox's first seeding
                for name, found in runs.items():
                    for marker, (took, own) in found.items():
                        samples.setdefault(name, {}).setdefault(marker, []).append(took)
                        if own is not None:
                            reported.setdefault(name, {}).setdefault(marker, []).append(own)
    finally:
        shutil.rmtree(base, ignore_errors=True)

    floor_ms = median(samples["floor"][FLOOR_LINE])
    floor_own = reported.get("floor", {}).get(FLOOR_LINE)

    def med(name: str, marker: str) -> float | None:
        values = samples[name].get(marker)
        return round(median(values), 1) if values else None

    figures: list[dict[str, Any]] = []
    on = machine() | {"qpa": env.get("QT_QPA_PLATFORM", "xcb")}
    for name, (program, _, embedded, cold) in variants.items():
        target = 2.0 if embedded else 1.5
        first = med(name, APP_LINE)
        current = med(name, CURRENT_LINE)
        assert first is not None  # every counted run logged it
        figure = "time_to_first_polls" + ("_embedded" if embedded else "")
        figure += "_first_start" if cold else ""
        figure += " (baseline)" if program == "baseline" else ""
        own = reported.get(name, {}).get(APP_LINE)
        figures.append(
            emit(
                {
                    "figure": figure,
                    "rounds": len(samples[name][APP_LINE]),
                    "median_ms": first,
                    "floor_median_ms": round(floor_ms, 1),
                    "ratio": round(first / floor_ms, 2),
                    "target_ratio": target,
                    "met": first / floor_ms <= target,
                    "window_painted_median_ms": med(name, WINDOW_LINE),
                    "current_polls_median_ms": current,
                    "current_ratio": round(current / floor_ms, 2) if current else None,
                    "samples_ms": [round(x, 1) for x in samples[name][APP_LINE]],
                    "floor_samples_ms": [round(x, 1) for x in samples["floor"][FLOOR_LINE]],
                    "in_process_median_ms": round(median(own), 1) if own else None,
                    "floor_in_process_median_ms": round(median(floor_own), 1)
                    if floor_own
                    else None,
                    "app": " ".join(
                        programs[program][-2:]
                        if program == "app" and not args.app_exe
                        else programs[program]
                    ),
                    "machine": on,
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
                "current_polls_median_ms",
                "floor_median_ms",
                "ratio",
                "current_ratio",
                "target_ratio",
                "met",
            ],
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
