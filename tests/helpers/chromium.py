"""How the tests start Debian's Chromium (Playwright, never a downloaded browser)."""

from __future__ import annotations

#: Headless, and nothing that talks to the network on its own or needs a GPU.
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
