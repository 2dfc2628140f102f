"""Memory of hostile pictures: four ~250 KB PNGs of 8000 x 8000 pixels, each a poll's logo.

A picture host can send a small file that decodes to a huge image (8000 x 8000 x 4 bytes is
256 MB). The figure is the process's resident memory before and after the image controller
loaded the four, as the app does (download, decode, keep the pixmap).

Run: .venv/bin/python bench/image_memory.py [--side 8000]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import emit, ensure_display, rss_kb

from tests.helpers.hostile import HostileServer, NoTokens, huge_png, reply

COUNT = 4


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--side", type=int, default=8000, help="width and height of each PNG")
    side = parser.parse_args().side
    ensure_display()
    import qasync
    from PySide6.QtWidgets import QApplication

    from partner_desktop.api.client import PollsClient
    from partner_desktop.config import SANDBOX
    from partner_desktop.controllers.images import ImageController

    app = QApplication([])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    png = huge_png(side, side)
    with (
        HostileServer(lambda h: reply(h, 200, png, {"Content-Type": "image/png"})) as host,
        tempfile.TemporaryDirectory() as tmp,
    ):
        # The sandbox profile: pictures from this machine's loopback are allowed there.
        client = PollsClient(SANDBOX.with_sandbox_base(host.url("")), NoTokens())
        images = ImageController(client, Path(tmp) / "images")
        before = rss_kb()

        async def load_all() -> list[object]:
            urls = [host.url(f"/logo{i}.png") for i in range(COUNT)]
            return list(await asyncio.gather(*(images.fetch(url) for url in urls)))

        pixmaps = loop.run_until_complete(load_all())
        after = rss_kb()
        sizes = sorted({(p.width(), p.height()) for p in pixmaps if p is not None})  # type: ignore[attr-defined]
        images.shutdown()
        client.close()
    loop.close()
    emit(
        {
            "bench": "image_memory",
            "side": side,
            "png_bytes": len(png),
            "pictures": COUNT,
            "decoded_sizes": [f"{w}x{h}" for w, h in sizes],
            "rss_before_mb": round(before / 1024),
            "rss_after_mb": round(after / 1024),
            "grew_mb": round((after - before) / 1024),
        }
    )


if __name__ == "__main__":
    main()
