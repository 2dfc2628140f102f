"""Secrets scan: after a whole session with faults, no token, code, verifier or secret on disk."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from partner_desktop.config import ProfileStore
from partner_desktop.errors import VoteOutcomeUnknown
from partner_desktop.sandbox.server import SandboxServer
from partner_desktop.ui.errors import UnexpectedErrors
from tests.reliability.support import build_env, close_env, find_secrets, new_key

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
