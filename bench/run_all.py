"""Run every benchmark, one process each, and print the issue 7 table.

Run: .venv/bin/python bench/run_all.py [--quick] [--json results.json]
     [--app-exe dist/partner-desktop/partner-desktop]
     [--floor-exe dist/floor-window/floor-window]

``--quick`` is the CI smoke run (tiny sizes, one round: the figures mean nothing, the scripts
are proved to run). Without a display, Qt's offscreen platform is used; ``xvfb-run -a`` in
front measures through a real X server.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from common import ensure_display, machine, table  # noqa: E402


def run(script: str, args: list[str], timeout: float) -> list[dict[str, Any]]:
    env = dict(os.environ)  # main() has chosen the Qt platform
    env.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    began = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, str(HERE / script), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
        env=env,
        check=False,
    )
    took = time.perf_counter() - began
    figures = []
    for line in proc.stdout.splitlines():
        if line.startswith("{"):
            try:
                figures.append(json.loads(line))
            except ValueError:
                continue
    if proc.returncode != 0 or not figures:
        sys.stderr.write(proc.stdout[-3000:] + proc.stderr[-3000:])
        raise SystemExit(f"{script} failed (exit {proc.returncode}) after {took:.0f} s")
    print(f"  {script}: {len(figures)} figure(s) in {took:.0f} s", flush=True)
    return figures


def summary(figures: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per figure of the issue 7 table: the value, the target, met or not."""
    rows: list[dict[str, Any]] = []
    for figure in figures:
        f = dict(figure)
        name = f.get("figure", "?")
        if name.startswith("time_to_first_polls"):
            value = f"{f['median_ms']:.0f} ms vs floor {f['floor_median_ms']:.0f} ms"
            value += f" = {f['ratio']}x"
            if f.get("current_polls_median_ms") is not None:
                value += f" (server's page on screen at {f['current_polls_median_ms']:.0f} ms)"
            target = f"<= {f['target_ratio']}x"
        elif name == "gui_stall":
            value = f"longest {f['longest_gap_ms']} ms, p99 {f['p99_gap_ms']} ms"
            target = "<= 50 ms, <= 16 ms"
        elif name == "list_scaling":
            value = (
                f"page cost growth x{f['max_growth_last_vs_first_pages']}, scroll frame max "
                f"{f['scroll_frame_max_ms']} ms, {f['bytes_per_poll']} B/poll"
            )
            target = "flat, <= 16 ms, <= 4096 B"
        elif name in ("sign_in_overhead", "vote_overhead"):
            value = f"median {f['median_ms']} ms"
            target = f"<= {f['target_ms']} ms"
        elif name in ("ping", "poll_list", "vote"):
            value = f"{f['rps']} req/s"
            target = {"ping": "reference", "poll_list": ">= 50% of ping", "vote": ">= 30% of ping"}[
                name
            ]
            ping = next((g for g in figures if g.get("figure") == "ping"), None)
            if ping and name != "ping" and ping["rps"]:
                share = f["rps"] / ping["rps"]
                value += f" ({share:.0%} of ping)"
                f["met"] = share >= (0.5 if name == "poll_list" else 0.3)
                if name == "vote":
                    f["met"] = f["met"] and f.get("lost") == 0 and f.get("doubled") == 0
                    value += f", lost {f.get('lost')}, doubled {f.get('doubled')}"
        else:
            value, target = "", ""
        rows.append({"figure": name, "value": value, "target": target, "met": f.get("met")})
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes: a smoke run")
    parser.add_argument("--json", help="also write every figure to this file")
    parser.add_argument("--app-exe", help="time this app executable for start-up")
    parser.add_argument("--floor-exe", help="time this floor executable for start-up")
    parser.add_argument("--rounds", type=int, default=7, help="start-up rounds")
    parser.add_argument("--runs", type=int, default=3, help="GUI stall sessions")
    args = parser.parse_args(argv)
    ensure_display()
    quick = ["--quick"] if args.quick else []
    startup = [*quick, "--rounds", str(args.rounds)]
    if args.app_exe:
        startup += ["--app-exe", args.app_exe]
    if args.floor_exe:
        startup += ["--floor-exe", args.floor_exe]
    print("running the benchmarks (one process each):", flush=True)
    figures: list[dict[str, Any]] = []
    figures += run("startup.py", startup, 1800)
    figures += run("gui_stall.py", [*quick, "--runs", str(args.runs)], 1800)
    figures += run("list_scaling.py", quick, 3600)
    figures += run("interaction.py", quick, 1200)
    figures += run("sandbox_throughput.py", quick, 1200)
    rows = summary(figures)
    print()
    print(table(rows, ["figure", "value", "target", "met"]))
    where = machine()
    print(f"\nmachine: {json.dumps(where)}")
    if args.json:
        Path(args.json).write_text(
            json.dumps({"machine": where, "figures": figures}, indent=2) + "\n",
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
