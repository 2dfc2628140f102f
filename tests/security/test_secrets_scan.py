"""Secrets scan: after a whole session with faults, no token, code, verifier or secret on disk."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from pathlib import Path

from partner_desktop.config import SANDBOX_CLIENT_SECRET, ProfileStore
from partner_desktop.errors import VoteOutcomeUnknown
from partner_desktop.sandbox.server import SandboxServer
from partner_desktop.ui.errors import UnexpectedErrors
from tests.helpers.app_env import build_env, close_env, find_secrets, new_key
from tests.helpers.received import received as _received

MakeSandbox = Callable[..., SandboxServer]


def test_the_scan_finds_a_secret_wherever_it_is(tmp_path: Path) -> None:
    """The scanner itself can fail: a planted token is found in a nested binary file."""
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    (nested / "blob.bin").write_bytes(b"\x00\x01prefix-TOKEN-abcdefgh-suffix\xff")
    (tmp_path / "clean.txt").write_text("nothing here")
    found = find_secrets([tmp_path], ["TOKEN-abcdefgh", "not-present-123"])
    assert found == [(nested / "blob.bin", "TOKEN-")]


def test_a_whole_session_with_faults_leaves_no_secret_on_disk(
    make_sandbox: MakeSandbox, tmp_path: Path
) -> None:
    server = make_sandbox(db_path=tmp_path / "server" / "sandbox.sqlite3", access_ttl=61)
    env = build_env(server, tmp_path / "app")
    reported: list[str] = []
    try:
        ProfileStore(env.paths.profiles_dir).save(env.profile)  # a settings file on disk
        env.sign_in()
        poll = env.open_poll()
        # Faults while voting: lost answer, broken answer, 503s.
        server.set_faults(drop_after_vote=1, reset_mid_answer=1, error_rate=0.3)
        env.client.vote(poll.id, poll.answers[0].id, 1, idempotency_key=new_key())
        server.set_faults(error_rate=0.0)
        # Refresh (access_ttl 61 s is "expired" for a client that renews 60 s early).
        env.session.bearer(user=True)
        env.client.get_account()
        # A crash report: the app's last-resort handler logs the traceback.
        errors = UnexpectedErrors(reported.append)
        try:
            raise VoteOutcomeUnknown("lost", poll_id=poll.id, idempotency_key="k")
        except VoteOutcomeUnknown as exc:
            errors.report(exc, "a test")
        # Restore from the keyring in a "second start", then sign out.
        env.session.restore()
        env.session.sign_out()
        logging.getLogger("partner_desktop").debug("end of session")
    finally:
        close_env(env)
    assert reported  # the crash report did happen
    log_text = env.paths.log_file.read_text()
    assert "Traceback" in log_text  # and it reached the log file that is scanned
    assert len(env.all_secrets()) >= 6  # several tokens, a code, a verifier, the secret
    assert env.leaked() == []


def test_the_sandbox_database_holds_none_of_the_tokens_it_issued(
    make_sandbox: MakeSandbox, tmp_path: Path
) -> None:
    """RFC 6819 5.1.4.1.3: after sign-in, refresh and sign-out, a copy of the sandbox's
    database (with its WAL) gives no token or code the client received, only their digests."""
    server_dir = tmp_path / "server"
    server = make_sandbox(db_path=server_dir / "sandbox.sqlite3")
    env = build_env(server, tmp_path / "app")
    try:
        env.sign_in()
        first = env.store.load(env.profile.name)
        assert first is not None
        # Refresh, as after a 401 for the current access token.
        env.session.invalidate(env.session.bearer(user=True), user=True)
        env.client.get_account()
        rotated = env.store.load(env.profile.name)
        assert rotated is not None
        assert rotated.refresh_token != first.refresh_token
        env.session.sign_out()
    finally:
        close_env(env)
    received = {v: w for v, w in _received().items() if len(v) >= 8}
    kinds = set(received.values())
    assert {"access token", "refresh token", "authorization code"} <= kinds
    files = sorted(p for p in server_dir.iterdir() if p.is_file())
    assert any(p.name.endswith("-wal") for p in files) or len(files) >= 1
    assert find_secrets([server_dir], received) == []
    # The scan reads those files: the digest of each refresh token the client held is there.
    for token in (first.refresh_token, rotated.refresh_token):
        hashed = hashlib.sha256(token.encode()).hexdigest()
        assert find_secrets([server_dir], [hashed]), "the database was not scanned"
    # And the client secret is stored slow-hashed, not in clear.
    assert find_secrets([server_dir], [SANDBOX_CLIENT_SECRET]) == []
