"""cProfile of the sandbox's poll list beside its trivial endpoint, in process (no HTTP).

Run: .venv/bin/python bench/profile_sandbox_list.py [--requests 500] [--top 25]
Prints the time per request of each (the ratio is the throughput target's, without the
network stack) and the list route's hottest functions.
"""

from __future__ import annotations

import argparse
import base64
import cProfile
import pstats
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: F401 - puts the project on sys.path

from partner_desktop.sandbox import seed
from partner_desktop.sandbox.app import create_app
from partner_desktop.sandbox.settings import Faults, SandboxConfig


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=500)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        app = create_app(SandboxConfig(db_path=Path(tmp) / "s.sqlite3"), Faults())
        client = app.test_client()
        basic = base64.b64encode(f"{seed.CLIENT_ID}:{seed.CLIENT_SECRET}".encode()).decode()
        token = client.post(
            "/oauth2/token",
            data={"grant_type": "client_credentials"},
            headers={"Authorization": f"Basic {basic}"},
        ).get_json()["access_token"]
        headers = {"Authorization": f"Bearer {token}"}

        def ping() -> None:
            assert client.get("/sandbox/ping").status_code == 200

        def poll_list() -> None:
            response = client.get("/polls/1.0.8/polls?limit=20", headers=headers)
            assert response.status_code == 200

        timings = {}
        for name, call in (("ping", ping), ("poll_list", poll_list)):
            for _ in range(20):
                call()  # warm caches
            began = time.perf_counter()
            for _ in range(args.requests):
                call()
            timings[name] = (time.perf_counter() - began) / args.requests * 1000
        print(
            f"ping {timings['ping']:.3f} ms/request, poll_list {timings['poll_list']:.3f} "
            f"ms/request: list at {timings['ping'] / timings['poll_list']:.0%} of ping "
            "(in process, no HTTP)"
        )
        profile = cProfile.Profile()
        profile.enable()
        for _ in range(args.requests):
            poll_list()
        profile.disable()
        stats = pstats.Stats(profile)
        stats.sort_stats("tottime").print_stats(args.top)
        stats.sort_stats("cumulative").print_stats("sandbox", args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
