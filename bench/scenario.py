"""A person's whole scenario, the app as its own process: every hitch of the GUI thread.

Each run starts ``partner_desktop.app.main`` with ``--sandbox --temp-basedir DIR`` in a process
of its own (on a virtual X screen, inside a private D-Bus session with an unlocked
gnome-keyring, as ``scripts/test.sh`` runs the end-to-end tests), and drives it as
``tests/e2e`` does: sign in through ``$BROWSER`` (headless Chromium, ``consent_browser.py``),
browse (scroll the list, load pages, My polls and back), open polls, vote, confirm.

A 5 ms heartbeat runs on the GUI thread from the event loop's start to the end; a watchdog
thread samples the GUI thread's Python stack (``sys._current_frames``) every 2 ms while a tick
is overdue. The run prints the longest gap, the p99 and, for every gap over 16 ms, the scenario's
step and what the GUI thread was doing (the innermost frames of the app, qasync or PySide6, with
how many samples saw each).

Run: .venv/bin/python bench/scenario.py [--runs 5] [--src /other/checkout] [--cold-browser]
(``--src`` imports ``partner_desktop`` from another tree: before/after.) The consent page opens in
a new tab of a Chromium started once before the first run, as a person's browser is already
running; ``--cold-browser`` starts a new headless Chromium for each sign-in instead (the browser's
start-up then competes with the app for the CPU).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from types import FrameType
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
E2E = REPO / "tests" / "e2e"
TICK_MS = 5
FRAME_MS = 16.0
#: Innermost frames of threads that wait (for work, a socket, a lock): not holding the GIL.
WAITING = {"wait", "select", "poll", "accept", "readinto", "recv", "recv_into", "sleep"}
RUN_TIMEOUT = 180  # seconds for one app process
_IN_SESSION = "PARTNER_SCENARIO_SESSION"


# -- in the app's process ----------------------------------------------------------------------


class Watch:
    """The heartbeat's ticks, and the GUI thread's stack sampled whenever a tick is late."""

    def __init__(self) -> None:
        self.ticks: list[float] = []
        self.cpu: list[float] = []  # the GUI thread's own CPU time at each tick
        self.event = ""  # the last Qt event delivered on the GUI thread (``EventSpy``)
        self.samples: list[tuple[float, str]] = []
        self.steps: list[tuple[float, str]] = []
        self._gui = threading.get_ident()
        self._gui_stat = Path(f"/proc/self/task/{threading.get_native_id()}/stat")
        self._stop = threading.Event()
        self._me = 0

    def tick(self) -> None:
        self.ticks.append(time.perf_counter())
        self.cpu.append(time.thread_time())

    def step(self, name: str) -> None:
        self.steps.append((time.perf_counter(), name))

    def watchdog(self) -> None:
        self._me = threading.get_ident()
        while not self._stop.wait(0.002):
            if not self.ticks:
                continue
            now = time.perf_counter()
            if (now - self.ticks[-1]) * 1000 < TICK_MS + 6:
                continue
            frames = sys._current_frames()
            doing = f"{describe_stack(frames.get(self._gui))} | {self.event} | {self.state()}"
            busy = [
                describe_stack(f, 2)
                for t, f in frames.items()
                if t not in (self._gui, self._me) and f.f_code.co_name not in WAITING
            ]
            self.samples.append((now, f"{doing} | others: {', '.join(sorted(busy)) or '-'}"))

    def state(self) -> str:
        """R: running or waiting for a CPU; S: asleep (the GIL, or a lock, or I/O)."""
        try:
            return "GUI " + self._gui_stat.read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            return "GUI ?"

    def start(self) -> None:
        threading.Thread(target=self.watchdog, name="scenario-watchdog", daemon=True).start()

    def stop(self) -> None:
        self._stop.set()

    def report(self) -> dict[str, Any]:
        gaps = []
        for i, (before, after) in enumerate(zip(self.ticks, self.ticks[1:], strict=False)):
            gap = (after - before) * 1000
            if gap > FRAME_MS:
                seen = Counter(s for t, s in self.samples if before < t <= after)
                step = next((n for t, n in reversed(self.steps) if t <= after), "start")
                gaps.append(
                    {
                        "ms": round(gap, 1),
                        "at_s": round(before - self.ticks[0], 2),
                        "step": step,
                        "gui_cpu_ms": round((self.cpu[i + 1] - self.cpu[i]) * 1000, 1),
                        "doing": [f"{n}x {s}" for s, n in seen.most_common(3)],
                    }
                )
        all_gaps = sorted((b - a) * 1000 for a, b in zip(self.ticks, self.ticks[1:], strict=False))
        return {
            "ticks": len(self.ticks),
            "longest_ms": round(all_gaps[-1], 1) if all_gaps else None,
            "p99_ms": round(all_gaps[int(0.99 * (len(all_gaps) - 1))], 1) if all_gaps else None,
            "over_16ms": gaps,
        }


def event_spy(watch: Watch) -> Any:
    """An application event filter: notes each event delivered on the GUI thread.

    (Qt calls application filters for the main thread's objects only.) The watchdog's samples
    name the last one: in a stall inside Qt's C++, the event being delivered.
    """
    from PySide6.QtCore import QEvent, QObject

    class EventSpy(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            name = watched.objectName() or type(watched).__name__
            watch.event = f"{event.type().name} -> {name}"
            return False

    return EventSpy()


def describe_stack(frame: FrameType | None, depth: int = 4) -> str:
    """The innermost frames outside the standard library and this benchmark, innermost last."""
    if frame is None:
        return "(no Python frame)"
    names: list[str] = []
    while frame is not None and len(names) < depth:
        path = frame.f_code.co_filename
        ours = "python3." not in path or "site-packages" in path
        if ours and "bench/scenario.py" not in path:
            short = path.split("site-packages/")[-1].split("partner_desktop/")[-1]
            names.append(f"{short}:{frame.f_lineno} {frame.f_code.co_name}")
        frame = frame.f_back
    return " < ".join(names) or "(the event loop, in Qt)"


async def person(d: Any, watch: Watch) -> None:
    """Sign in, browse, open polls, vote and confirm, at a person's pace."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import (
        QLabel,
        QListView,
        QPushButton,
        QRadioButton,
        QSpinBox,
        QTabWidget,
        QWidget,
    )

    from tests.e2e.harness import rows, sign_in_with_browser, wait_loaded

    pause = 0.3
    window: Any = await d.until(d.window, "the main window shows")
    poll_list = d.find(QListView, "pollList")
    watch.step("first page")
    await wait_loaded(d, poll_list)
    await asyncio.sleep(1.0)

    watch.step("sign in")
    account = d.find(QLabel, "accountLabel")
    await sign_in_with_browser(d, "allow")
    await d.until(lambda: account.text() == "alice", "the window shows the account", timeout=60)
    await d.until(lambda: not d.sign_in_dialog_shown(), "the sign-in dialog closes")
    await asyncio.sleep(1.0)

    watch.step("browse")
    for _ in range(3):
        poll_list.verticalScrollBar().setValue(poll_list.verticalScrollBar().maximum())
        await asyncio.sleep(pause)
        await d.until(lambda: not window.services.polls.is_loading("all"), "a page has loaded")
    poll_list.scrollToTop()
    await asyncio.sleep(pause)
    tabs = d.find(QTabWidget, "viewTabs")
    bar = tabs.tabBar()
    await d.click(bar, bar.tabRect(1).center())
    await asyncio.sleep(1.0)
    await d.click(bar, bar.tabRect(0).center())
    await asyncio.sleep(pause)

    watch.step("open polls")
    question = d.find(QLabel, "pollQuestion")
    for row in range(6):
        wanted = rows(poll_list)[row].question
        await d.click_row(poll_list, row)
        await d.until(lambda q=wanted: question.text() == q, "the detail shows the poll")
        await asyncio.sleep(pause)
    poll_list.scrollToTop()
    await asyncio.sleep(pause)
    await d.click_row(poll_list, 0)
    target = rows(poll_list)[0]
    await d.until(lambda: question.text() == target.question, "the detail shows the poll")
    await d.until(lambda: window.detail.user_poll is not None, "the balance has loaded")
    await asyncio.sleep(pause)

    watch.step("vote")
    radios = d.find(QWidget, "answerOptions").findChildren(QRadioButton)
    choice = radios[0]
    await d.click(choice, QPoint(8, choice.height() // 2))
    spin = d.find(QSpinBox, "tokenCount")
    await d.type_text(spin, str(min(2, spin.maximum())))
    vote = d.find(QPushButton, "voteButton")
    await d.until(vote.isEnabled, "the Vote button is enabled")
    await asyncio.sleep(pause)
    await d.click(vote)
    box = await d.until(window.confirmation_box, "the vote confirmation asks")
    await asyncio.sleep(0.6)  # reading it

    watch.step("confirm")
    await d.click(box.button(box.StandardButton.Yes))
    status = d.find(QLabel, "voteStatus")
    await d.until(lambda: status.text().startswith("You voted"), "You voted", timeout=30)
    await asyncio.sleep(1.0)
    watch.step("end")


def child(results: Path, app_argv: list[str]) -> int:
    """In the app's process: the e2e harness's driver, the heartbeat, the watchdog."""
    # tests.e2e and tests.helpers, after $PYTHONPATH: ``--src`` names the partner_desktop to run
    sys.path.insert(1 + bool(os.environ.get("PYTHONPATH")), str(REPO))
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from partner_desktop.startup import main as app_main
    from tests.e2e.harness import Driver, when_loop_runs

    base = Path(app_argv[app_argv.index("--temp-basedir") + 1])
    driver = Driver(results.with_suffix(".steps.jsonl"), base, None, 1)
    qapp = QApplication(sys.argv[:1])  # the app's main() uses this one
    watch = Watch()
    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.setInterval(TICK_MS)
    heartbeat.timeout.connect(watch.tick)
    outcome: dict[str, Any] = {}
    spy = event_spy(watch)

    def begin() -> None:
        heartbeat.start()
        watch.start()
        qapp.installEventFilter(spy)

        async def run() -> None:
            try:
                await asyncio.wait_for(person(driver, watch), RUN_TIMEOUT - 30)
            except BaseException as exc:  # reported by the parent process
                outcome["error"] = f"{type(exc).__name__}: {exc}"
            finally:
                heartbeat.stop()
                watch.stop()
                qapp.removeEventFilter(spy)
                QApplication.closeAllWindows()

        driver.task = asyncio.ensure_future(run())

    QTimer.singleShot(0, lambda: when_loop_runs(begin))
    code = app_main(app_argv)
    report = {**watch.report(), **outcome, "exit": code}
    results.write_text(json.dumps(report), encoding="utf-8")
    return 0


# -- the benchmark's own process ---------------------------------------------------------------


def in_session(argv: list[str]) -> list[str]:
    """This command again, inside a private D-Bus session with a keyring, on a virtual screen."""
    home = tempfile.mkdtemp(prefix="scenario-home-")
    script = (
        "echo -n bench-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null;"
        ' exec xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$@"'
    )
    os.environ.update(
        HOME=home,
        XDG_RUNTIME_DIR=f"{home}/run",
        XDG_DATA_HOME=f"{home}/.local/share",  # gnome-keyring's files: a new keyring
        XDG_CONFIG_HOME=f"{home}/.config",
        XDG_CACHE_HOME=f"{home}/.cache",
        **{_IN_SESSION: home},
    )
    Path(home, "run").mkdir(mode=0o700)
    return ["dbus-run-session", "--", "sh", "-c", script, sys.executable, *argv]


def browser_env(tmp: Path) -> dict[str, str]:
    """What ``consent_browser.py`` reads: the person's account, where to log."""
    return {
        "E2E_BROWSER_LOG": str(tmp / "browser.log"),
        "E2E_USERNAME": "alice",
        "E2E_PASSWORD": "sandbox",  # the sandbox's seeded account
    }


class RunningBrowser:
    """The person's browser, already open: one Chromium for every run, a new tab per sign-in."""

    def __init__(self, tmp: Path) -> None:
        self.queue = tmp / "browser-queue"
        os.mkfifo(self.queue)
        ready = Path(f"{self.queue}.ready")
        with (tmp / "browser.out").open("ab") as sink:
            self.process = subprocess.Popen(
                [sys.executable, str(E2E / "consent_browser.py"), "--serve", str(self.queue)],
                stdin=subprocess.DEVNULL,
                stdout=sink,
                stderr=subprocess.STDOUT,
                env={**os.environ, **browser_env(tmp)},
            )
        deadline = time.monotonic() + 60
        while not ready.exists():
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the browser did not start; see {tmp}/browser.out")
            time.sleep(0.1)
        time.sleep(2.0)  # settled, as a browser a person opened earlier is

    def opener(self) -> str:
        """``$BROWSER``'s command: hand the URL to the running browser, as a new tab."""
        return f'printf \'%s %s\\n\' "${{E2E_DECISION:-allow}}" "$1" >"{self.queue}" &'

    def close(self) -> None:
        try:  # non-blocking: a browser that has already gone has no reader on the FIFO
            fifo = os.open(self.queue, os.O_WRONLY | os.O_NONBLOCK)
            os.write(fifo, b"quit\n")
            os.close(fifo)
            self.process.wait(timeout=30)
        except (OSError, subprocess.TimeoutExpired):
            self.process.kill()
            self.process.wait()


def cold_opener(tmp: Path) -> str:
    """``$BROWSER``'s command: a new headless Chromium for this one sign-in, with screenshots."""
    return (
        f'E2E_SCREENSHOTS="{tmp}/shots" "{sys.executable}" "{E2E / "consent_browser.py"}" "$1"'
        f' >>"{tmp}/browser.out" 2>&1 </dev/null &'
    )


def one_run(tmp: Path, number: int, src: Path | None, open_url: str) -> dict[str, Any]:
    base = tmp / f"base-{number}"
    (tmp / "browser.log").touch()
    opener = tmp / "open-browser"
    opener.write_text(f"#!/bin/sh\n{open_url}\nexit 0\n", encoding="utf-8")
    opener.chmod(0o755)
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its .pyc files
    env.update(
        QT_QPA_PLATFORM="xcb",
        BROWSER=str(opener),
        **browser_env(tmp),
    )
    if src is not None:
        env["PYTHONPATH"] = str(src)
    results = tmp / f"run-{number}.json"
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--child",
        str(results),
        "--",
        "--sandbox",
        "--temp-basedir",
        str(base),
    ]
    started = time.monotonic()
    # From the checkout to measure: ``python`` puts the script's folder first, not the cwd.
    with (tmp / f"app-{number}.out").open("wb") as sink:
        subprocess.run(
            command,
            cwd=src or REPO,
            env=env,
            stdout=sink,
            stderr=subprocess.STDOUT,
            timeout=RUN_TIMEOUT,
            check=False,
        )
    if not results.is_file():
        output = (tmp / f"app-{number}.out").read_text(errors="replace")[-2000:]
        return {"error": f"no results; the app's output ends with:\n{output}"}
    report: dict[str, Any] = json.loads(results.read_text(encoding="utf-8"))
    report["wall_s"] = round(time.monotonic() - started, 1)
    return report


def load() -> str:
    return Path("/proc/loadavg").read_text().split(" ")[0]


def print_run(number: int, report: dict[str, Any]) -> None:
    if "longest_ms" not in report or report.get("error"):
        print(f"run {number}: FAILED {report.get('error')}", flush=True)
        return
    slow = report["over_16ms"]
    print(
        f"run {number}: longest gap {report['longest_ms']} ms, p99 {report['p99_ms']} ms,"
        f" {len(slow)} gaps over 16 ms in {report['ticks']} ticks"
        f" ({report['wall_s']} s, load {report['load']})",
        flush=True,
    )
    for gap in slow:
        print(
            f"  {gap['ms']:6.1f} ms at {gap['at_s']:5.1f} s [{gap['step']}],"
            f" GUI thread CPU {gap['gui_cpu_ms']} ms"
        )
        for doing in gap["doing"]:
            print(f"           {doing}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--src", type=Path, help="import partner_desktop from this checkout")
    parser.add_argument("--json", type=Path, help="also write every run's report here")
    parser.add_argument(
        "--cold-browser",
        action="store_true",
        help="start a new headless Chromium for each sign-in (default: one already running)",
    )
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args, rest = parser.parse_known_args()
    if args.child is not None:
        return child(args.child, rest[1:] if rest[:1] == ["--"] else rest)
    if _IN_SESSION not in os.environ:
        command = in_session(sys.argv)
        try:
            return subprocess.run(command, check=False).returncode
        finally:
            shutil.rmtree(os.environ[_IN_SESSION], ignore_errors=True)

    src = args.src.resolve() if args.src else None
    browser_kind = "a new Chromium per sign-in" if args.cold_browser else "Chromium already running"
    print(
        f"partner_desktop from {src or REPO}; browser: {browser_kind};"
        f" load average at start {load()}",
        flush=True,
    )
    reports = []
    with tempfile.TemporaryDirectory(prefix="scenario-") as folder:
        tmp = Path(folder)
        browser = None if args.cold_browser else RunningBrowser(tmp)
        open_url = cold_opener(tmp) if browser is None else browser.opener()
        try:
            for number in range(1, args.runs + 1):
                report = one_run(tmp, number, src, open_url)
                report["load"] = load()
                reports.append(report)
                print_run(number, report)
        finally:
            if browser is not None:
                browser.close()
    done = [r for r in reports if r.get("longest_ms") is not None and not r.get("error")]
    if done:
        longest = sorted(r["longest_ms"] for r in done)
        p99 = sorted(r["p99_ms"] for r in done)
        print(
            f"{len(done)} runs: longest gap {longest[0]}-{longest[-1]} ms"
            f" (median {longest[len(longest) // 2]}), p99 {p99[0]}-{p99[-1]} ms"
            f" (median {p99[len(p99) // 2]}); load average at end {load()}"
        )
    if args.json:
        args.json.write_text(json.dumps(reports, indent=1), encoding="utf-8")
    return 0 if len(done) == args.runs else 1


if __name__ == "__main__":
    sys.exit(main())
