"""Shared benchmark plumbing: figures as JSON and a table, a sandbox process, a Qt heartbeat."""

from __future__ import annotations

import itertools
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
#: Where ``partner_desktop`` is imported from: this tree, or another one (before/after runs:
#: PARTNER_BENCH_SRC=/path/to/an/older/checkout). The sandbox process always runs this tree.
SRC = Path(os.environ.get("PARTNER_BENCH_SRC") or ROOT)
for _path in dict.fromkeys([str(SRC), str(ROOT)]):
    if _path not in sys.path:
        sys.path.insert(0, _path) if _path == str(SRC) else sys.path.append(_path)


# -- figures ------------------------------------------------------------------------------------


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values)) if values else float("nan")


def percentile(values: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile (no interpolation: a reported p99 is a gap that happened)."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(fraction * len(ordered) + 0.5)))
    return float(ordered[rank - 1])


def emit(figure: dict[str, Any]) -> dict[str, Any]:
    """Print one figure as one JSON line (what run_all.py and CI read)."""
    print(json.dumps(figure, sort_keys=False), flush=True)
    return figure


def table(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> str:
    """A readable fixed-width table of ``columns`` from ``rows``."""

    def cell(value: Any) -> str:
        if isinstance(value, bool):
            return "yes" if value else "NO"
        if isinstance(value, float):
            return f"{value:.3g}" if abs(value) < 10 else f"{value:.1f}"
        return "" if value is None else str(value)

    cells = [[cell(r.get(c)) for c in columns] for r in rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines.extend("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)) for row in cells)
    return "\n".join(lines)


def machine() -> dict[str, Any]:
    """What the figures were taken on."""
    import platform

    info: dict[str, Any] = {
        "python": platform.python_version(),
        "system": f"{platform.system()} {platform.release()}",
        "cpus": os.cpu_count(),
    }
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                info["memory_gb"] = round(int(line.split()[1]) / 1024 / 1024, 1)
                break
    except OSError:
        pass
    try:
        import PySide6

        info["pyside6"] = PySide6.__version__
    except ImportError:
        pass
    info["qpa"] = os.environ.get("QT_QPA_PLATFORM") or ("xcb" if os.environ.get("DISPLAY") else "?")
    return info


def rss_kb() -> int:
    """Resident memory of this process in KiB (Linux /proc; ru_maxrss elsewhere is a peak)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    import resource

    peak = int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    return peak // 1024 if sys.platform == "darwin" else peak  # bytes on macOS, KiB elsewhere


# -- a sandbox in its own process ---------------------------------------------------------------


@dataclass
class SandboxProcess:
    base_url: str
    db_path: Path
    process: subprocess.Popen[str]


@contextmanager
def sandbox_process(
    *, polls: int = 0, latency_ms: int = 0, folder: Path | None = None
) -> Iterator[SandboxProcess]:
    """The sandbox CLI on a free port with a fresh database grown to at least ``polls`` polls."""
    with tempfile.TemporaryDirectory(prefix="bench-sandbox-") as tmp:
        db_path = (folder or Path(tmp)) / "sandbox.sqlite3"
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        command = [sys.executable, "-m", "partner_desktop.sandbox", "--port", "0"]
        command += ["--db", str(db_path), "--latency-ms", str(latency_ms)]
        proc = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=env,
            cwd=ROOT,
        )
        try:
            assert proc.stdout is not None
            line = proc.stdout.readline()
            if "running at" not in line:
                raise RuntimeError(f"the sandbox did not start: {line!r}")
            base = line.rsplit(" ", 1)[1].strip()
            if polls:
                grow_polls(db_path, polls)
            yield SandboxProcess(base, db_path, proc)
        finally:
            proc.terminate()
            if proc.stdout is not None:
                proc.stdout.close()
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()


def grow_polls(db_path: Path, total: int) -> int:
    """Copy the seeded polls (with their answers) until the database holds ``total`` polls.

    The sandbox seeds 48; paging benchmarks need more. Copies keep status, partner and answers.
    """
    conn = sqlite3.connect(db_path, timeout=30, isolation_level=None)
    conn.row_factory = sqlite3.Row
    try:
        conn.execute("PRAGMA busy_timeout = 30000")
        seeded = conn.execute("SELECT * FROM polls ORDER BY seq").fetchall()
        count = len(seeded)
        if count >= total or not seeded:
            return count
        answers: dict[str, list[sqlite3.Row]] = {}
        for row in conn.execute("SELECT * FROM answers ORDER BY position"):
            answers.setdefault(row["poll_id"], []).append(row)
        next_seq = int(conn.execute("SELECT MAX(seq) FROM polls").fetchone()[0]) + 1
        poll_cols = seeded[0].keys()
        conn.execute("BEGIN IMMEDIATE")
        for n in range(total - count):
            source = seeded[n % len(seeded)]
            poll_id = str(uuid.uuid4())
            values = dict(source)
            values.update(id=poll_id, seq=next_seq + n, used_token_count=0)
            values["question"] = f"{source['question']} #{n + 1}"
            conn.execute(
                f"INSERT INTO polls ({', '.join(poll_cols)}) "  # noqa: S608 - column names from the db
                f"VALUES ({', '.join('?' for _ in poll_cols)})",
                [values[c] for c in poll_cols],
            )
            for answer in answers.get(source["id"], []):
                conn.execute(
                    "INSERT INTO answers (id, poll_id, answer, position, token_count) "
                    "VALUES (?, ?, ?, ?, 0)",
                    (str(uuid.uuid4()), poll_id, answer["answer"], answer["position"]),
                )
        conn.execute("COMMIT")
        return total
    finally:
        conn.close()


# -- Qt -----------------------------------------------------------------------------------------


def ensure_display() -> None:
    """Without a display, Qt's offscreen platform (it still paints, into memory)."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


#: One frame at 60 Hz: the GUI stall's p99 target, and the gap counted as a missed frame.
FRAME_MS = 16


class Heartbeat:
    """A 5 ms precise timer on the Qt loop; the gaps between its ticks show GUI stalls."""

    def __init__(self, interval_ms: int = 5) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.interval_ms = interval_ms
        self.ticks: list[float] = []
        self.cpu: list[float] = []  # the GUI thread's own CPU time at each tick
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        self.ticks.append(time.perf_counter())
        self.cpu.append(time.thread_time())

    def start(self) -> None:
        self.ticks.clear()
        self.cpu.clear()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def gaps_ms(self) -> list[float]:
        return [(b - a) * 1000 for a, b in itertools.pairwise(self.ticks)]

    def busy_ms(self) -> list[float]:
        """For each gap, how much of it the GUI thread spent running (the rest it waited:
        for the GIL, or for a CPU the OS gave to another process)."""
        return [(b - a) * 1000 for a, b in itertools.pairwise(self.cpu)]

    def summary(self) -> dict[str, float]:
        gaps = self.gaps_ms()
        busy = self.busy_ms()
        worst = max(range(len(gaps)), key=gaps.__getitem__) if gaps else None
        return {
            "longest_gap_gui_cpu_ms": round(busy[worst], 1) if worst is not None else 0.0,
            "longest_gui_busy_ms": round(max(busy), 1) if busy else 0.0,
            "p99_gui_busy_ms": round(percentile(busy, 0.99), 1),
            "ticks": len(self.ticks),
            "longest_gap_ms": round(max(gaps), 1) if gaps else float("nan"),
            "p99_gap_ms": round(percentile(gaps, 0.99), 1),
            "p50_gap_ms": round(percentile(gaps, 0.50), 1),
            "gaps_over_16ms": sum(1 for g in gaps if g > FRAME_MS),
        }
