"""Run some tests in a pytest of their own, for settings Qt reads once per process."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_pytest(tests: Sequence[str], env: Mapping[str, str], *, passed: int) -> None:
    """Run ``tests`` with ``env`` from the checkout's root; all of them must pass, ``passed`` in
    all (a child that collected fewer would pass without checking what it should)."""
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *tests],
        cwd=ROOT,
        env=dict(env),
        capture_output=True,
        text=True,
        timeout=400,
        check=False,
    )
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert f"{passed} passed" in run.stdout, run.stdout[-2000:]
