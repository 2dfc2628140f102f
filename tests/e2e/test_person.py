"""End to end as a person would: the app as its own process, a real X window, real keyring, browser.

Each app process is ``tests/e2e/harness.py``, which calls ``partner_desktop.app.main`` with the
README's arguments (``--sandbox --temp-basedir DIR``) on the Xvfb display (``xcb``), inside the
private D-Bus session with the unlocked gnome-keyring that ``scripts/test.sh`` provides, and with
``$BROWSER`` naming a script that starts ``consent_browser.py`` (Playwright + Debian's Chromium).
The harness clicks the window's widgets by object name and reports each step as a JSON line.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from partner_desktop.config import SANDBOX_CLIENT_SECRET
from partner_desktop.paths import Paths

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
CHROMIUM = Path("/usr/bin/chromium")
PROCESS_TIMEOUT = 150  # seconds for one app process; the harness gives up on its own at 100 s

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(
        not os.environ.get("DISPLAY")
        or not os.environ.get("DBUS_SESSION_BUS_ADDRESS")
        or not CHROMIUM.exists(),
        reason="needs an X display, a D-Bus session and /usr/bin/chromium (scripts/test.sh)",
    ),
]


def _artifacts() -> Path | None:
    folder = os.environ.get("PARTNER_TEST_ARTIFACTS")
    return Path(folder) / "screenshots" / "e2e" if folder else None


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """$PARTNER_TEST_ARTIFACTS/screenshots/e2e, emptied once per run (else a temporary folder)."""
    folder = _artifacts() or tmp_path_factory.mktemp("screenshots")
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return folder


@dataclass
class Run:
    """One app base folder, the browser stand-in, and the app processes started on them."""

    tmp: Path
    shots: Path
    base: Path = field(init=False)
    browser_log: Path = field(init=False)
    outputs: list[Path] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.base = self.tmp / "base"
        self.browser_log = self.tmp / "browser.log"
        self.browser_log.touch()
        # Python's webbrowser waits for $BROWSER to exit: start the browser in the background.
        self.open_browser = self.tmp / "open-browser"
        out = self.tmp / "browser.out"
        self.open_browser.write_text(
            "#!/bin/sh\n"
            f'"{sys.executable}" "{HERE / "consent_browser.py"}" "$1" >>"{out}" 2>&1 </dev/null &\n'
            "exit 0\n",
            encoding="utf-8",
        )
        self.open_browser.chmod(0o755)
        self.outputs.append(out)

    @property
    def paths(self) -> Paths:
        return Paths.under(self.base)

    def browser_opens(self) -> list[str]:
        lines = self.browser_log.read_text(encoding="utf-8").splitlines()
        return [line for line in lines if line.split(" ", 1)[1].startswith("open ")]

    def start(self, scenario: str, first_shot: int) -> list[dict[str, Any]]:
        """Run the app with ``scenario`` until it quits; return the harness's step records."""
        results = self.tmp / f"{scenario}.jsonl"
        output = self.tmp / f"{scenario}.out"
        self.outputs += [results, output]
        env = dict(os.environ)
        env.update(
            QT_QPA_PLATFORM="xcb",  # the test process itself runs Qt offscreen (conftest.py)
            BROWSER=str(self.open_browser),
            E2E_BROWSER_LOG=str(self.browser_log),
            E2E_SCREENSHOTS=str(self.shots / "browser"),
            E2E_APP_SCREENSHOTS=str(self.shots),
            E2E_FIRST_SHOT=str(first_shot),
            E2E_USERNAME="alice",
            E2E_PASSWORD="sandbox",
            E2E_RECEIVED=str(self.tmp / f"received-{scenario}.txt"),
        )
        argv = ["--sandbox", "--temp-basedir", str(self.base)]  # the README's way to start it
        command = [sys.executable, str(HERE / "harness.py"), scenario, str(results), "--", *argv]
        started = time.monotonic()
        with output.open("wb") as sink:
            process = subprocess.Popen(
                command, cwd=REPO, env=env, stdout=sink, stderr=subprocess.STDOUT
            )
            try:
                code = process.wait(timeout=PROCESS_TIMEOUT)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
                raise
        self.timings[scenario] = time.monotonic() - started
        records = [json.loads(line) for line in results.read_text(encoding="utf-8").splitlines()]
        failed = [r for r in records if r["step"] == "failed"]
        assert not failed, f"{failed[0]['error']}\n{failed[0]['traceback']}\n{_tail(output)}"
        assert records, _tail(output)
        assert records[-1]["step"] == "done", _tail(output)
        assert records[-1]["unexpected_error"] is None, records[-1]
        assert code == 0, f"the app exited with {code}\n{_tail(output)}"
        return records


def _tail(path: Path, lines: int = 40) -> str:
    return "\n".join(path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])


def _steps(records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {record["step"]: record for record in records}


def _db(run: Run) -> sqlite3.Connection:
    conn = sqlite3.connect(f"file:{run.paths.sandbox_db}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    return conn


def _query(run: Run, sql: str, *args: Any) -> list[sqlite3.Row]:
    conn = _db(run)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def _sandbox_files(paths: Paths) -> set[Path]:
    db = paths.sandbox_db
    return {db, *(db.with_name(db.name + suffix) for suffix in ("-wal", "-shm", "-journal"))}


def _issued_secrets(run: Run) -> dict[str, str]:
    """Every token and authorization code the app received (the harness's record of each
    start), plus the client secret."""
    found = {SANDBOX_CLIENT_SECRET: "client secret"}
    for record in sorted(run.tmp.glob("received-*.txt")):
        for line in record.read_text(encoding="utf-8").splitlines():
            what, value = line.split("\t", 1)
            found[value] = what
    return found


def _files(run: Run) -> Iterator[Path]:
    # Everything under the base folder, the sandbox's database included: it keeps digests only.
    for path in sorted(run.base.rglob("*")):
        if path.is_file():
            yield path
    yield from (path for path in run.outputs if path.is_file())
    yield run.browser_log


def _leaks(run: Run, files: Iterable[Path]) -> list[str]:
    secrets = _issued_secrets(run)
    leaks = []
    for path in files:
        data = path.read_bytes()
        for value, what in secrets.items():
            if value.encode() in data:
                leaks.append(f"{what} in {path}")
    return leaks


def _user_id(run: Run, username: str) -> str:
    return str(_query(run, "SELECT id FROM users WHERE username = ?", username)[0]["id"])


def _keyring_entry(run: Run) -> str | None:
    """The app's grant entry, read from gnome-keyring (Secret Service) by this process."""
    from keyring.backends.SecretService import Keyring as SecretService

    return SecretService().get_password(run.paths.keyring_service, "sandbox")


def test_sign_in_vote_restart_and_sign_out(tmp_path: Path, screenshots: Path) -> None:
    run = Run(tmp_path, screenshots)
    started = time.monotonic()

    # -- first start: signed out, sign in through the browser, search, vote, My polls, quit --
    steps = _steps(run.start("first-run", first_shot=1))
    signed_out = steps["signed-out"]
    assert signed_out["listed_are_seeded"]
    # The first page: the seed's open polls (the first section of the fans' order).
    assert 0 < signed_out["rows"] <= min(20, signed_out["seeded"])
    assert signed_out["can_fetch_more"] == (signed_out["seeded"] > signed_out["rows"])
    assert steps["continue-in-browser"]["url_shown"]
    assert steps["signed-in"]["account"] == "alice"
    assert steps["signed-in"]["sign_out_visible"]
    assert not steps["signed-in"]["sign_in_visible"]
    first_screen = steps["first-screen"]  # the vote is on the first row, without scrolling
    assert first_screen["status"] == "open"
    assert first_screen["visible"]
    assert steps["voted"]["poll_id"] == first_screen["poll_id"]
    search = steps["search"]
    assert 0 < search["rows"] == search["expected"] < signed_out["rows"]
    assert "Votes are final" in steps["confirm"]["informative"]
    assert "not spent" in steps["confirm"]["informative"]
    voted = steps["voted"]
    assert voted["status"].startswith(f"You voted “{steps['answer-chosen']['answer']}”")
    assert f"with {voted['tokens']} tokens" in voted["status"]
    assert not voted["vote_enabled"]
    assert steps["my-polls"]["status"] == voted["status"]
    assert [line.split(" ", 1)[1] for line in run.browser_opens()] == ["open allow"]

    # The vote is in the sandbox's database, once, as chosen.
    votes = _query(
        run,
        "SELECT answer_id, token_count FROM votes WHERE poll_id = ? AND user_id = ?",
        voted["poll_id"],
        _user_id(run, "alice"),
    )
    assert [(v["answer_id"], v["token_count"]) for v in votes] == [
        (voted["answer_id"], voted["tokens"])
    ]

    # The real keyring (read from this process) holds the refresh token, not the access token.
    entry = _keyring_entry(run)
    assert entry is not None
    first_refresh = json.loads(entry)["refresh_token"]
    first_hash = hashlib.sha256(first_refresh.encode()).hexdigest()
    row = _query(run, "SELECT * FROM tokens WHERE refresh_hash = ?", first_hash)
    assert len(row) == 1
    assert row[0]["refresh_revoked"] == 0
    issued = _issued_secrets(run)
    assert set(issued) - {first_refresh, SANDBOX_CLIENT_SECRET}
    assert not any(value in entry for value in issued if value != first_refresh), (
        "the keyring holds more than the refresh token"
    )

    # -- second start on the same base folder: signed in from the keyring, no browser ---------
    opens_before = len(run.browser_opens())
    steps = _steps(run.start("restart", first_shot=20))
    assert steps["restored"]["account"] == "alice"
    assert "remembered" in steps["restored"]["keyring_status"]
    assert len(run.browser_opens()) == opens_before, "the second start opened a browser"
    # The start-up refresh rotated the first refresh token (contract 2.3).
    assert _query(run, "SELECT refresh_revoked FROM tokens WHERE refresh_hash = ?", first_hash)[0][
        "refresh_revoked"
    ]

    # Sign out: the sandbox revoked both tokens held at that moment, the keyring entry is gone.
    signed_out = steps["signed-out"]
    assert signed_out["account"] == ""
    held = steps["keyring-before-sign-out"]["refresh_sha256"]
    rows = _query(run, "SELECT * FROM tokens WHERE refresh_hash = ?", held)
    assert len(rows) == 1
    assert rows[0]["access_revoked"] == 1
    assert rows[0]["refresh_revoked"] == 1
    assert (signed_out["refresh_status"], signed_out["refresh_error"]) == (400, "invalid_grant")
    assert signed_out["user_status"] == 401
    assert not signed_out["keyring_entry_after"]
    assert _keyring_entry(run) is None

    # -- no token, code or secret anywhere under the base folder, in the logs or the output -----
    files = list(_files(run))
    assert any(path.name.endswith(".log") for path in files), "no log file was written"
    assert _leaks(run, files) == []
    # The sandbox's database was scanned (it is under the base folder), and the scan does read
    # it: the digest of the refresh token held before sign-out is there, the token is not.
    stored = [path for path in _sandbox_files(run.paths) if path.is_file()]
    assert set(stored) <= set(files)
    assert any(held.encode() in path.read_bytes() for path in stored)
    log_text = run.paths.log_file.read_text(encoding="utf-8")
    assert "Traceback" not in log_text
    assert " ERROR " not in log_text

    elapsed = time.monotonic() - started
    parts = ", ".join(f"{name} {seconds:.1f} s" for name, seconds in run.timings.items())
    print(f"\ne2e scenario: {elapsed:.1f} s ({parts})")


def test_denied_in_the_browser_and_a_browser_closed_unanswered(
    tmp_path: Path, screenshots: Path
) -> None:
    run = Run(tmp_path, screenshots)
    steps = _steps(run.start("refusals", first_shot=40))

    denied = steps["denied"]
    assert denied["account"] == ""
    assert denied["sentence"] == "Access was not granted in the browser, so you are not signed in."
    assert steps["browser-closed"]["waiting"]
    cancelled = steps["cancelled"]
    assert cancelled["account"] == ""
    assert not cancelled["banner"]  # a cancel is not an error
    assert cancelled["status_message"] == "Sign-in was cancelled."
    assert [line.split(" ", 1)[1] for line in run.browser_opens()] == ["open deny", "open ignore"]
    assert _keyring_entry(run) is None
    assert _query(run, "SELECT COUNT(*) AS n FROM tokens WHERE user_id IS NOT NULL")[0]["n"] == 0
    assert _leaks(run, _files(run)) == []
    print(f"\ne2e refusals: {run.timings['refusals']:.1f} s")


def test_sign_in_and_vote_with_the_keyboard_only(tmp_path: Path, screenshots: Path) -> None:
    """Tab, the arrow keys and Enter: sign in, open a poll, choose, count up, vote, confirm."""
    run = Run(tmp_path, screenshots)
    steps = _steps(run.start("keyboard", first_shot=60))
    voted = steps["keyboard-voted"]
    assert steps["keyboard-confirm"]["yes"] == f"Vote {voted['tokens']} tokens"
    assert voted["tokens"] == 2  # one Up from 1
    assert voted["status"].startswith("You voted")
    rows = _query(
        run,
        "SELECT answer_id, token_count FROM votes WHERE poll_id = ? AND user_id = ?",
        voted["poll_id"],
        _user_id(run, "alice"),
    )
    assert [(r["answer_id"], r["token_count"]) for r in rows] == [
        (voted["answer_id"], voted["tokens"])
    ]
