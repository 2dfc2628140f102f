"""GUI stall: a 5 ms heartbeat on the Qt loop during a scripted session of the whole app.

The session (against a sandbox process holding enough polls): sign in, load 10 pages of the
All polls list by scrolling to the bottom, open 50 polls, load 100 partner images, cast 20
votes (select, pick an answer, Vote, confirm), type a search. Every gap between heartbeat ticks
is a time the GUI thread could not answer; the longest gap and the 99th percentile are the
figures (targets: ≤ 50 ms and ≤ 16 ms), with the worst gap of each phase to find the cause.

Run: .venv/bin/python bench/gui_stall.py [--runs 3] [--quick] [--profile out.prof]
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import itertools
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import FRAME_MS, Heartbeat, emit, machine, median, sandbox_process, table
from session_harness import (
    SLOW_EVENTS,
    Browser,
    build_app,
    make_loop,
    make_qapp,
    open_vote,
    sign_in,
    until,
)

#: The longest gap allowed between two heartbeat ticks.
LONGEST_TARGET_MS = 50


class Phases:
    """Which heartbeat ticks belong to which phase of the session."""

    def __init__(self, heartbeat: Heartbeat) -> None:
        self.heartbeat = heartbeat
        self.marks: list[tuple[str, int]] = []

    def start(self, name: str) -> None:
        self.marks.append((name, len(self.heartbeat.ticks)))

    def summary(self) -> dict[str, dict[str, Any]]:
        """Per phase: its worst gap, and how many of its gaps pass a frame (what fills the p99)."""
        gaps = self.heartbeat.gaps_ms()
        bounds = [*self.marks, ("end", len(self.heartbeat.ticks))]
        worst: dict[str, Any] = {}
        over: dict[str, Any] = {}
        for (name, first), (_next, last) in itertools.pairwise(bounds):
            chunk = gaps[max(0, first - 1) : max(0, last - 1)]
            worst[name] = round(max(chunk), 1) if chunk else 0.0
            over[name] = sum(gap > FRAME_MS for gap in chunk)
        return {"worst_by_phase": worst, "over_16ms_by_phase": over}


async def session(app: Any, qapp: Any, phases: Phases, sizes: dict[str, int]) -> dict[str, Any]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QMessageBox

    from partner_desktop.models.polls import PollRoles

    window = app.window
    model = window.lists.all_model
    view = window.lists.poll_list
    services = await until(lambda: window.services, "the services attached")
    polls = services.polls
    counts: dict[str, Any] = {}

    phases.start("first page")
    await until(lambda: model.rowCount() > 0 and not polls.is_loading("all"), "the first page")

    phases.start("sign in")
    await sign_in(window)
    await until(lambda: not polls.is_loading("mine"), "My polls")

    phases.start("load pages")
    for _ in range(sizes["pages"] - 1):
        before = model.rowCount()
        view.scrollToBottom()
        await until(
            lambda b=before: model.rowCount() > b and not polls.is_loading("all"), "the next page"
        )
        await asyncio.sleep(0.02)
    counts["rows"] = model.rowCount()

    phases.start("open polls")
    opened: list[str] = []
    polls.poll_loaded.connect(lambda poll, _up: opened.append(poll.id))
    for row in range(sizes["open"]):
        index = model.index(row % model.rowCount(), 0)
        view.setCurrentIndex(index)
        poll_id = index.data(PollRoles.IdRole)
        await until(lambda p=poll_id: p in opened, "the poll detail")
        await asyncio.sleep(0.01)
    counts["opened"] = len(set(opened))

    phases.start("images")
    images = window.services.images
    ready: list[str] = []
    images.image_ready.connect(ready.append)
    logo = next(
        (
            model.index(r, 0).data(PollRoles.LogoUrlRole)
            for r in range(model.rowCount())
            if model.index(r, 0).data(PollRoles.LogoUrlRole)
        ),
        None,
    )
    if logo:
        run = time.time_ns()
        for n in range(sizes["images"]):
            images.pixmap(f"{logo}?bench={run}-{n}")  # a new address each: fetched and decoded
        await until(lambda: len(ready) >= sizes["images"], "the images", timeout=60)
    counts["images"] = len(ready)

    phases.start("votes")
    detail = window.detail
    voted = 0
    candidates = [
        r for r in range(model.rowCount()) if model.index(r, 0).data(PollRoles.StatusRole) == "open"
    ]
    for row in candidates:
        if voted >= sizes["votes"]:
            break
        box = await open_vote(window, model.index(row, 0))
        if box is None:
            continue
        box.button(QMessageBox.StandardButton.Yes).click()
        await until(lambda: detail.vote_status.text().startswith("You voted"), "You voted")
        voted += 1
        await asyncio.sleep(0.01)
    counts["votes"] = voted

    phases.start("search typing")
    window.filters.search.setFocus()
    for char in sizes["search"]:
        QTest.keyClick(window.filters.search, char)
        await asyncio.sleep(0.12)  # about 8 characters a second
    window.filters.search.clear()
    QTest.keyClick(window.filters.search, Qt.Key.Key_Escape)
    await asyncio.sleep(0.5)  # the debounce, then the reload
    await until(lambda: not polls.is_loading("all"), "the search results")
    await asyncio.sleep(0.1)
    return counts


def one_run(
    sizes: dict[str, int], profile: cProfile.Profile | None, qapp: Any, loop: Any
) -> dict[str, Any]:
    base = Path(tempfile.mkdtemp(prefix="bench-stall-"))
    total_polls = max(60, sizes["pages"] * 20 + 20)
    try:
        with sandbox_process(polls=total_polls) as sandbox:
            browser = Browser()
            app = build_app(base, sandbox.base_url, browser)
            heartbeat = Heartbeat(5)
            phases = Phases(heartbeat)
            heartbeat.start()
            began = time.perf_counter()
            if profile is not None:
                profile.enable()
            try:
                counts = loop.run_until_complete(
                    asyncio.wait_for(session(app, qapp, phases, sizes), timeout=300)
                )
            finally:
                if profile is not None:
                    profile.disable()
                heartbeat.stop()
                app.close()
            took = time.perf_counter() - began
            if browser.errors:
                raise browser.errors[0]
    finally:
        shutil.rmtree(base, ignore_errors=True)
    return {
        "seconds": round(took, 1),
        **heartbeat.summary(),
        **phases.summary(),
        **counts,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="tiny sizes, one run (CI smoke)")
    parser.add_argument("--profile", help="write a cProfile of the sessions to this file")
    parser.add_argument(
        "--switch-interval",
        type=float,
        default=0.0,
        metavar="MS",
        help="set the interpreter's thread switch interval (experiments; the app keeps "
        "Python's default, 5 ms)",
    )
    parser.add_argument(
        "--trace-slow",
        type=float,
        default=0.0,
        metavar="MS",
        help="list the Qt events whose handling took MS or more (slows every event a little)",
    )
    args = parser.parse_args(argv)
    sizes: dict[str, Any] = {
        "pages": 10,
        "open": 50,
        "images": 100,
        "votes": 20,
        "search": "Harbourside",
    }
    runs = args.runs
    if args.quick:
        sizes = {"pages": 2, "open": 3, "images": 3, "votes": 1, "search": "Ha"}
        runs = 1
    profile = cProfile.Profile() if args.profile else None
    qapp = make_qapp(trace_slow_ms=args.trace_slow)
    loop = make_loop(qapp)
    if args.switch_interval:
        sys.setswitchinterval(args.switch_interval / 1000)
    try:
        results = [one_run(sizes, profile, qapp, loop) for _ in range(runs)]
    finally:
        loop.close()  # shuts its thread pool down too
    if args.trace_slow:
        print(f"Qt events handled in {args.trace_slow} ms or more (slowest first):")
        for took, what in sorted(SLOW_EVENTS, reverse=True)[:40]:
            print(f"  {took:7.1f} ms  {what}")
    if profile is not None:
        profile.dump_stats(args.profile)
    longest = median([r["longest_gap_ms"] for r in results])
    p99 = median([r["p99_gap_ms"] for r in results])
    figure = emit(
        {
            "figure": "gui_stall",
            "runs": runs,
            "sizes": sizes,
            "longest_gap_ms": longest,
            "p99_gap_ms": p99,
            "target_longest_ms": LONGEST_TARGET_MS,
            "target_p99_ms": FRAME_MS,
            "met": longest <= LONGEST_TARGET_MS and p99 <= FRAME_MS,
            "per_run": results,
            "machine": machine(),
        }
    )
    print()
    print(table([figure], ["figure", "runs", "longest_gap_ms", "p99_gap_ms", "met"]))
    print()
    rows = [{"run": i + 1, **r["worst_by_phase"]} for i, r in enumerate(results)]
    print("worst gap (ms) by phase")
    print(table(rows, list(rows[0].keys())))
    print()
    rows = [{"run": i + 1, **r["over_16ms_by_phase"]} for i, r in enumerate(results)]
    print("gaps over 16 ms by phase")
    print(table(rows, list(rows[0].keys())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
