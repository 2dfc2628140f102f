"""List scaling: the poll model and its view with 1,000 / 10,000 / 100,000 polls, page by page.

For each size, pages of 20 polls (4 answers each, parsed from JSON like the client does) are
appended to a PollListModel shown in the app's list view (``build_poll_list``: the QListView,
its pass-through proxy and PollDelegate, as the window builds them); each append is timed
together with the events it causes (layout, repaint). The figure compares the median cost of
the last 10 pages with the first 10 (flat means independent of the total); the pages between
are parsed one by one but appended a thousand rows at a time, to finish in minutes. At the
largest size the view is scrolled a screen at a time, timing each synchronous repaint, and the
memory the rows hold is measured with tracemalloc (Python objects: the Poll values and their
strings; on the Qt side the proxy and the view keep a few ints per row, which only the RSS
figure sees).

Run: .venv/bin/python bench/list_scaling.py [--sizes 1000,10000,100000] [--quick]
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
import tracemalloc
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import emit, ensure_display, machine, median, percentile, rss_kb, table

PAGE = 20


def poll_json(n: int) -> dict[str, Any]:
    """One poll as the service sends it, with 4 answers and its own strings."""
    partner = ("Harbourside FC", "Northgate United", "Riverside Rovers")[n % 3]
    return {
        "id": str(uuid.uuid4()),
        "partnerId": f"partner-{n % 3}",
        "partnerName": partner,
        "partnerImages": [
            {"url": f"http://127.0.0.1:1/static/partners/p{n % 3}.png", "type": "png"}
        ],
        "question": f"Which kit should {partner} wear in the cup final, poll {n}?",
        "information": "The winning design is worn in the final.",
        "publicationDate": "2026-11-01T10:00:00+00:00",
        "openAt": "2026-11-02T10:00:00+00:00",
        "closeAt": "2026-12-30T10:00:00+00:00",
        "disclosedAt": None,
        "type": "engagement",
        "status": ("open", "closed", "upcoming", "disclosed")[n % 4],
        "isBound": n % 2 == 0,
        "isQuorumReached": False,
        "quorum": "0.25",
        "currentQuorumPercentage": "0.1",
        "usedTokenCount": n % 1000,
        "tokenLimit": 100,
        "answers": [
            {
                "id": str(uuid.uuid4()),
                "answer": f"Answer {a + 1} of poll {n}",
                "position": a + 1,
                "images": [],
                "tokenCount": None,
                "percentage": None,
            }
            for a in range(4)
        ],
    }


def page_text(first: int) -> str:
    return json.dumps({"data": [poll_json(first + i) for i in range(PAGE)]})


def parse_page(text: str) -> list[Any]:
    from partner_desktop.api.models import Poll

    return [Poll.from_json(item) for item in json.loads(text)["data"]]


def measure(
    total: int, qapp: Any, *, scroll_frames: int, memory: bool, batched: bool = True
) -> dict[str, Any]:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QListView

    from partner_desktop.models.polls import PollListModel
    from partner_desktop.ui.delegate import PollDelegate
    from partner_desktop.ui.poll_list_page import build_poll_list

    model = PollListModel()
    delegate = PollDelegate(lambda _url: None)
    view = build_poll_list(model, delegate)  # the app's list view (proxy, grid, batches)
    delegate.setParent(view)
    if not batched:
        view.setLayoutMode(QListView.LayoutMode.SinglePass)
    view.resize(600, 800)
    view.show()
    qapp.processEvents()

    pages = total // PAGE
    timed = min(10, max(1, pages // 2))  # pages timed one by one at the start and at the end
    texts = [page_text(p * PAGE) for p in range(pages)]  # made before timing starts
    gc.collect()
    if memory:
        tracemalloc.start()
    rss_before = rss_kb()
    mem_before = tracemalloc.get_traced_memory()[0] if memory else 0
    parse_ms: list[float] = []

    from partner_desktop.ui.delegate import ROW_HEIGHT

    bar = view.verticalScrollBar()
    passes: list[float] = []  # the longest event-loop pass of each timed page

    def laid_out() -> bool:
        return bar.maximum() >= model.rowCount() * ROW_HEIGHT - view.viewport().height() - 2

    def settle(limit: float = 300.0) -> float:
        """Process events until the view has laid every row out; the longest pass (ms)."""
        worst = 0.0
        began = time.perf_counter()
        while True:
            at = time.perf_counter()
            qapp.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
            worst = max(worst, (time.perf_counter() - at) * 1000)
            if laid_out() or time.perf_counter() - began > limit:
                return worst

    def one_page(p: int) -> float:
        began = time.perf_counter()
        rows = parse_page(texts[p])
        parsed = time.perf_counter()
        model.append(rows, has_more=True)
        passes.append(settle())
        texts[p] = ""  # the page text is gone once parsed, as in the app
        parse_ms.append((parsed - began) * 1000)
        return (time.perf_counter() - parsed) * 1000

    first = [one_page(p) for p in range(timed)]
    # The middle pages are parsed page by page too, but appended a thousand rows at a time to
    # keep the run short: every append has the view lay the whole list out again.
    chunk: list[Any] = []
    for p in range(timed, pages - timed):
        chunk.extend(parse_page(texts[p]))
        texts[p] = ""
        if len(chunk) >= 1000 or p == pages - timed - 1:
            model.append(chunk, has_more=True)
            settle()
            chunk = []
    last = [one_page(p) for p in range(pages - timed, pages)]
    gc.collect()
    held = (tracemalloc.get_traced_memory()[0] - mem_before) if memory else 0
    if memory:
        tracemalloc.stop()
    rss_delta = (rss_kb() - rss_before) * 1024
    first_ms = median(first)
    last_ms = median(last)

    frames: list[float] = []
    if scroll_frames:
        step = view.viewport().height()
        bar.setValue(bar.maximum() // 2)
        view.viewport().repaint()
        for _ in range(scroll_frames):
            bar.setValue(bar.value() + step)
            began = time.perf_counter()
            view.viewport().repaint()  # synchronous: the whole visible page is painted
            frames.append((time.perf_counter() - began) * 1000)
            qapp.processEvents()
    view.close()
    view.deleteLater()
    result: dict[str, Any] = {
        "polls": model.rowCount(),
        "pages": pages,
        "append_first_pages_ms": round(first_ms, 3),
        "append_last_pages_ms": round(last_ms, 3),
        "growth": round(last_ms / first_ms, 2) if first_ms else None,
        "parse_page_ms": round(median(parse_ms), 3),
        "longest_pass_last_pages_ms": round(max(passes[-timed:]), 2),
    }
    if frames:
        result["scroll_frame_p50_ms"] = round(median(frames), 2)
        result["scroll_frame_max_ms"] = round(max(frames), 2)
        result["scroll_frame_p95_ms"] = round(percentile(frames, 0.95), 2)
    if memory:
        result["bytes_per_poll"] = round(held / max(1, model.rowCount()))
        result["rss_bytes_per_poll"] = round(rss_delta / max(1, model.rowCount()))
    model.clear()
    gc.collect()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--quick", action="store_true", help="tiny sizes (CI smoke)")
    parser.add_argument(
        "--layout",
        choices=["batched", "single"],
        default="batched",
        help="the view's layout mode: batched as in the app, or Qt's default single pass",
    )
    args = parser.parse_args(argv)
    sizes = [200, 1000] if args.quick else [int(s) for s in args.sizes.split(",")]
    ensure_display()
    from PySide6.QtWidgets import QApplication

    qapp = QApplication.instance() or QApplication(["bench"])
    qapp.setStyle("Fusion")
    results = []
    for size in sizes:
        largest = size == max(sizes)
        results.append(
            measure(
                size,
                qapp,
                scroll_frames=60 if largest else 0,
                memory=largest,
                batched=args.layout == "batched",
            )
        )
    big = results[-1]
    growth = max(r["growth"] or 0 for r in results)
    longest_pass = max(r["longest_pass_last_pages_ms"] for r in results)
    figure = emit(
        {
            "figure": "list_scaling",
            "layout": args.layout,
            "sizes": sizes,
            "per_size": results,
            "max_growth_last_vs_first_pages": growth,
            "longest_pass_ms": longest_pass,
            "scroll_frame_p50_ms": big.get("scroll_frame_p50_ms"),
            "scroll_frame_max_ms": big.get("scroll_frame_max_ms"),
            "bytes_per_poll": big.get("bytes_per_poll"),
            "targets": "growth ~1 (flat); scroll frame <= 16 ms; <= 4096 bytes per poll",
            "met": growth <= 1.5
            and (big.get("scroll_frame_max_ms") or 0) <= 16
            and (big.get("bytes_per_poll") or 0) <= 4096,
            "machine": machine(),
        }
    )
    print()
    print(
        table(
            results,
            [
                "polls",
                "append_first_pages_ms",
                "append_last_pages_ms",
                "growth",
                "longest_pass_last_pages_ms",
                "parse_page_ms",
                "scroll_frame_p50_ms",
                "scroll_frame_max_ms",
                "bytes_per_poll",
                "rss_bytes_per_poll",
            ],
        )
    )
    print(f"\nmet: {figure['met']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
