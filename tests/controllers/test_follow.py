"""Followed polls: what is news, at most one list request per check, against the real sandbox."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from partner_desktop.api.models import PollQuery
from partner_desktop.api.notices import NoticeKind
from partner_desktop.controllers.follow import IDS_PER_CHECK, FollowController
from partner_desktop.sandbox import admin


def _controller(w: Any, tmp_path: Path, **options: Any) -> FollowController:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    return FollowController(
        w.client, settings, "sandbox", is_signed_in=lambda: w.session.is_signed_in, **options
    )


def test_closing_soon_is_told_once_to_who_has_not_voted_and_results_when_out(
    wire: Any, make_sandbox: Any, run_async: Any, tmp_path: Path
) -> None:
    server = make_sandbox()
    db = server.config.db_path
    w = wire(server)
    assert run_async(w.session.sign_in())
    mine = w.client.list_user_polls(PollQuery(statuses=("open",), limit=100)).items
    to_vote = [u.poll for u in mine if u.user_vote is None and u.user_token_balance > 0]
    closing, voted_on = to_vote[0], to_vote[1]
    assert run_async(w.votes.vote(voted_on.id, voted_on.answers[0].id, 1)) is not None
    follows = _controller(w, tmp_path)
    follows.set_followed(closing, True)
    follows.set_followed(voted_on, True)
    now = time.time()
    for poll in (closing, voted_on):  # both close in 30 minutes, results a little later
        admin.update_poll(db, poll.id, close_at=now + 1800, disclosed_at=now + 1802)

    told = run_async(follows.check())
    assert [(n.poll_id, n.event) for n in told] == [
        (closing.id, NoticeKind.CLOSING)
    ]  # not to a voter
    settings_file = tmp_path / "ui.ini"
    follows._settings.sync()
    written = settings_file.stat().st_ino, settings_file.stat().st_mtime_ns
    assert run_async(follows.check()) == []  # once
    assert follows.checks == 2
    follows._settings.sync()
    stat = settings_file.stat()
    assert (stat.st_ino, stat.st_mtime_ns) == written  # no news: the settings are not written

    for poll in (closing, voted_on):  # closed, results out
        admin.update_poll(db, poll.id, close_at=now - 10, disclosed_at=now - 5)
    told = run_async(follows.check())
    assert sorted((n.poll_id, n.event) for n in told) == sorted(
        [(closing.id, NoticeKind.DISCLOSED), (voted_on.id, NoticeKind.DISCLOSED)]
    )
    assert run_async(follows.check()) == []

    # A restart does not tell again: what was told is in the settings.
    again = _controller(w, tmp_path)
    assert set(again.followed()) == {closing.id, voted_on.id}
    assert run_async(again.check()) == []


def test_a_check_is_one_request_whatever_the_number_followed(
    wire: Any, make_sandbox: Any, run_async: Any, tmp_path: Path
) -> None:
    server = make_sandbox()
    w = wire(server)
    follows = _controller(w, tmp_path)
    polls = w.client.list_polls(PollQuery(limit=100)).items
    for poll in polls:
        follows.set_followed(poll, True)
    assert len(follows.followed()) == len(polls) <= IDS_PER_CHECK
    upcoming = [p.id for p in polls if p.status == "upcoming"]
    for poll_id in upcoming:  # all of them open now, at once
        admin.update_poll(server.config.db_path, poll_id, open_at=time.time() - 1)
    told = run_async(follows.check())
    assert follows.checks == 1
    assert sorted(n.poll_id for n in told if n.event == NoticeKind.OPENED) == sorted(upcoming)
