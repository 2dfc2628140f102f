"""A stand-in for a person at the system browser: Debian's Chromium driven by Playwright.

Started (in the background) by the ``open-browser`` script that ``$BROWSER`` names, with the
authorization URL as its argument. What the "person" does comes from the environment:

- ``E2E_DECISION``: ``allow`` (default), ``deny``, or ``ignore`` (look at the page, then close
  the browser without answering);
- ``E2E_USERNAME`` / ``E2E_PASSWORD``: the sandbox account (alice / sandbox);
- ``E2E_SCREENSHOTS``: a folder for screenshots of each page (none taken without it);
- ``E2E_BROWSER_LOG``: a file that receives one line per step (the test reads it).

``consent_browser.py --serve QUEUE`` is the browser a person already has open: it starts Chromium
once, creates ``QUEUE.ready``, then answers each line ``DECISION URL`` written to the FIFO ``QUEUE``
in a new tab (cookies cleared first: no session of an earlier sandbox) until a line ``quit``.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from playwright.sync_api import BrowserContext, Page, ViewportSize, sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository: tests.helpers

from tests.helpers.chromium import CHROMIUM_FLAGS

VIEWPORT: ViewportSize = {"width": 900, "height": 700}


def log(line: str) -> None:
    target = os.environ.get("E2E_BROWSER_LOG")
    if target:
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(f"{time.time():.3f} {line}\n")


def answer(context: BrowserContext, url: str, decision: str) -> int:
    """Open ``url`` in a new tab of ``context`` and play ``decision`` on the sandbox's pages."""
    folder = os.environ.get("E2E_SCREENSHOTS")
    tag = f"{decision}-{int(time.time() * 1000)}"

    def screenshot(page: Page, name: str) -> None:
        if folder:
            Path(folder).mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(Path(folder) / f"browser-{tag}-{name}.png"))

    log(f"open {decision}")
    page = context.new_page()
    try:
        page.goto(url, wait_until="load", timeout=20_000)
        screenshot(page, "1-sign-in")
        log("sign-in page")
        if decision == "ignore":
            log("closed without answering")
            return 0
        page.fill("input[name=username]", os.environ.get("E2E_USERNAME", "alice"))
        page.fill("input[name=password]", os.environ.get("E2E_PASSWORD", "sandbox"))
        page.locator("form button[type=submit], form input[type=submit]").first.click()
        page.wait_for_selector("button[name=decision]", timeout=20_000)
        screenshot(page, "2-consent")
        log("consent page")
        with page.expect_navigation(timeout=20_000):
            page.click(f"button[name=decision][value={decision}]")
        page.wait_for_load_state("load")
        screenshot(page, "3-returned")
        log(f"returned {page.url.split('?')[0]} {page.inner_text('body')[:200]!r}")
    except Exception as exc:  # the test reads the log; a traceback here helps no one
        log(f"failed {type(exc).__name__}: {exc}")
        return 1
    finally:
        page.close()
    return 0


def main(url: str) -> int:
    """A browser started for this one URL, closed after it."""
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_FLAGS)
        try:
            context = browser.new_context(viewport=VIEWPORT)
            return answer(context, url, os.environ.get("E2E_DECISION", "allow"))
        finally:
            browser.close()


def serve(queue: Path) -> int:
    """One browser, kept running, answering every ``DECISION URL`` line written to ``queue``."""
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_FLAGS)
        try:
            context = browser.new_context(viewport=VIEWPORT)
            context.new_page().goto("about:blank")  # the tab the person already has open
            Path(f"{queue}.ready").touch()
            while True:
                with queue.open(encoding="utf-8") as fifo:  # blocks until a writer opens it
                    lines = fifo.read().splitlines()
                for line in lines:
                    if line == "quit":
                        return 0
                    decision, _, url = line.partition(" ")
                    context.clear_cookies()  # no session of an earlier run's sandbox
                    answer(context, url, decision)
        finally:
            browser.close()


if __name__ == "__main__":
    if sys.argv[1] == "--serve":
        sys.exit(serve(Path(sys.argv[2])))
    sys.exit(main(sys.argv[1]))
