"""Command line: ``python -m partner_desktop.sandbox --host 127.0.0.1 --port 8765 --db PATH``."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from types import FrameType

import platformdirs

from partner_desktop.sandbox import seed
from partner_desktop.sandbox.server import SandboxConfig, SandboxServer


def _default_db() -> Path:
    # The same file as the app's Paths.default().sandbox_db, found without importing the client
    # side (design.md: the sandbox imports nothing from partner_desktop outside sandbox/).
    data_dir = platformdirs.PlatformDirs("partner-desktop", appauthor=False).user_data_dir
    return Path(data_dir) / "sandbox.sqlite3"


def parse_args(argv: Sequence[str] | None = None) -> SandboxConfig:
    parser = argparse.ArgumentParser(
        prog="partner-sandbox", description="A local stand-in for the Socios.com Partner API."
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8765, help="port; 0 picks a free one")
    parser.add_argument("--db", type=Path, default=None, help="SQLite database file")
    parser.add_argument("--latency-ms", type=int, default=0, help="delay every API answer")
    parser.add_argument("--error-rate", type=float, default=0.0, help="fraction answered 503")
    parser.add_argument("--throttle", type=int, default=0, help="requests per minute per token")
    parser.add_argument("--access-ttl", type=int, default=7200, help="access token lifetime (s)")
    parser.add_argument("--refresh-ttl", type=int, default=7_776_000, help="refresh lifetime (s)")
    args = parser.parse_args(argv)
    if not 0 <= args.port < 65536:
        parser.error("--port must be 0 to 65535")
    if not 0.0 <= args.error_rate <= 1.0:
        parser.error("--error-rate must be between 0 and 1")
    if args.latency_ms < 0 or args.throttle < 0 or args.access_ttl < 1 or args.refresh_ttl < 1:
        parser.error("--latency-ms and --throttle must be 0 or more, lifetimes 1 or more")
    return SandboxConfig(
        db_path=args.db or _default_db(),
        host=args.host,
        port=args.port,
        latency_ms=args.latency_ms,
        error_rate=args.error_rate,
        throttle=args.throttle,
        access_ttl=args.access_ttl,
        refresh_ttl=args.refresh_ttl,
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run until SIGINT or SIGTERM, then stop cleanly (exit status 0)."""
    config = parse_args(argv)
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    server = SandboxServer(config)
    try:
        base_url = server.start()
    except OSError as error:
        print(
            f"The sandbox could not start on {config.host}:{config.port}: {error.strerror}",
            file=sys.stderr,
        )
        return 1
    print(f"Partner sandbox running at {base_url}", flush=True)
    print(
        f"  client: {seed.CLIENT_ID} / {seed.CLIENT_SECRET}\n"
        f"  users: alice, bob, carol (password: {seed.USER_PASSWORD})\n"
        f"  database: {config.db_path}\n"
        "  press Ctrl+C to stop",
        flush=True,
    )
    try:
        while not stop.wait(0.5):
            pass
    finally:
        server.stop()
    print("Partner sandbox stopped.", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
