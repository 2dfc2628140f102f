"""A stand-in for a person at the system browser: Debian's Chromium driven by Playwright.

Started (in the background) by the ``open-browser`` script that ``$BROWSER`` names, with the
authorization URL as its argument. What the "person" does comes from the environment:

- ``E2E_DECISION``: ``allow`` (default), ``deny``, or ``ignore`` (look at the page, then close
  the browser without answering);
- ``E2E_USERNAME`` / ``E2E_PASSWORD``: the sandbox account (alice / sandbox);
- ``E2E_SCREENSHOTS``: a folder for screenshots of each page;
- ``E2E_BROWSER_LOG``: a file that receives one line per step (the test reads it).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def log(line: str) -> None:
    target = os.environ.get("E2E_BROWSER_LOG")
    if target:
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(f"{time.time():.3f} {line}\n")


def main(url: str) -> int:
    decision = os.environ.get("E2E_DECISION", "allow")
    shots = Path(os.environ.get("E2E_SCREENSHOTS", "."))
    shots.mkdir(parents=True, exist_ok=True)
    tag = f"{decision}-{int(time.time() * 1000)}"
    log(f"open {decision}")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_FLAGS)
        try:
            page = browser.new_page(viewport={"width": 900, "height": 700})
            page.goto(url, wait_until="load", timeout=20_000)
            page.screenshot(path=str(shots / f"browser-{tag}-1-sign-in.png"))
            log("sign-in page")
            if decision == "ignore":
                log("closed without answering")
                return 0
            page.fill("input[name=username]", os.environ.get("E2E_USERNAME", "alice"))
            page.fill("input[name=password]", os.environ.get("E2E_PASSWORD", "sandbox"))
            page.locator("form button[type=submit], form input[type=submit]").first.click()
            page.wait_for_selector("button[name=decision]", timeout=20_000)
            page.screenshot(path=str(shots / f"browser-{tag}-2-consent.png"))
            log("consent page")
            with page.expect_navigation(timeout=20_000):
                page.click(f"button[name=decision][value={decision}]")
            page.wait_for_load_state("load")
            page.screenshot(path=str(shots / f"browser-{tag}-3-returned.png"))
            log(f"returned {page.url.split('?')[0]} {page.inner_text('body')[:200]!r}")
        except Exception as exc:  # the test reads the log; a traceback here helps no one
            log(f"failed {type(exc).__name__}: {exc}")
            return 1
        finally:
            browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
