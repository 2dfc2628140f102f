"""Followed polls: kept per profile in the settings, checked once a minute, news to notify."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer, Signal

from partner_desktop.api.models import Poll, PollList, PollQuery, UserPoll, UserPollList
from partner_desktop.api.notices import Notice, NoticeKind
from partner_desktop.controllers.tasks import TaskSet, in_worker
from partner_desktop.errors import PartnerError, SignedOut

if TYPE_CHECKING:
    from partner_desktop.api.client import PollsClient

log = logging.getLogger(__name__)

#: One list request per check, whatever the number of followed polls.
CHECK_INTERVAL_MS = 60_000
#: The most ids one request asks for (the largest page); more followed polls take turns.
IDS_PER_CHECK = 100
#: "Closes soon" comes this long before ``closeAt``, to a person who has not voted.
CLOSING_NOTICE_S = 3600


def news(
    poll: Poll,
    last_status: str | None,
    sent: set[str],
    *,
    voted: bool | None,
    now: datetime,
) -> list[NoticeKind]:
    """The events ``poll`` has for a follower since ``last_status`` (those not in ``sent``).

    ``voted`` is None when it is unknown (signed out): the closing reminder is sent then.
    """
    status = poll.status_at(now)
    events = []
    if status == "open" and last_status == "upcoming" and NoticeKind.OPENED not in sent:
        events.append(NoticeKind.OPENED)
    if (
        status == "open"
        and poll.close_at is not None
        and 0 < (poll.close_at - now).total_seconds() <= CLOSING_NOTICE_S
        and not voted
        and NoticeKind.CLOSING not in sent
    ):
        events.append(NoticeKind.CLOSING)
    if (
        status == "disclosed"
        and last_status not in (None, "disclosed")
        and NoticeKind.DISCLOSED not in sent
    ):
        events.append(NoticeKind.DISCLOSED)
    return events


class FollowController(QObject):
    """The followed polls of one profile, and a check of them on a timer.

    The settings hold, per followed poll, the status it had when last seen and the events
    already told (so a restart does not tell them again). A check is one list request
    (``ids[]``: the followed polls, at most IDS_PER_CHECK of them), made off the GUI thread.
    """

    followed_changed = Signal()
    notice = Signal(object)  # Notice

    def __init__(
        self,
        client: PollsClient,
        settings: QSettings,
        profile_name: str,
        *,
        is_signed_in: Callable[[], bool] = lambda: False,
        interval_ms: int = CHECK_INTERVAL_MS,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._client = client
        self._settings = settings
        self._key = f"follow/{profile_name}"
        self._is_signed_in = is_signed_in
        self._now = now
        self._tasks = TaskSet()
        self._turn = 0
        self._checking = False
        self.checks = 0  # list requests made (the check's cost, for the status bar and tests)
        self._state: dict[str, dict[str, object]] = self._read()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.start_check)

    # -- the followed polls ----------------------------------------------------------------
    def _read(self) -> dict[str, dict[str, object]]:
        raw = self._settings.value(self._key, "")
        try:
            data = json.loads(str(raw or "{}"))
        except ValueError:
            log.warning("The followed polls in the settings are unreadable; starting afresh")
            return {}
        if not isinstance(data, dict):
            return {}
        return {str(k): v for k, v in data.items() if isinstance(v, dict)}

    def _write(self) -> None:
        self._settings.setValue(self._key, json.dumps(self._state, sort_keys=True))

    def followed(self) -> tuple[str, ...]:
        return tuple(sorted(self._state))

    def is_followed(self, poll_id: str) -> bool:
        return poll_id in self._state

    def set_followed(self, poll: Poll, follow: bool) -> None:
        """Follow or stop following ``poll``; its status now is the one news is measured from."""
        if follow == self.is_followed(poll.id):
            return
        if follow:
            self._state[poll.id] = {"status": poll.status_at(self._now()), "sent": []}
        else:
            del self._state[poll.id]
        self._write()
        self.followed_changed.emit()

    # -- checks -------------------------------------------------------------------------------
    def set_running(self, running: bool) -> None:
        """Check on the timer (notifications on) or not at all (off: no requests)."""
        if running and not self._timer.isActive():
            self._timer.start()
        elif not running:
            self._timer.stop()

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def start_check(self) -> None:
        if not self._checking and self._state:
            self._tasks.spawn(self.check(), name="check followed polls")

    def _next_ids(self) -> tuple[str, ...]:
        ids = self.followed()
        if len(ids) <= IDS_PER_CHECK:
            return ids
        chunks = [ids[i : i + IDS_PER_CHECK] for i in range(0, len(ids), IDS_PER_CHECK)]
        self._turn = (self._turn + 1) % len(chunks)
        return chunks[self._turn]

    async def check(self) -> list[Notice]:
        """Ask for the followed polls once; return (and emit) what is new."""
        ids = self._next_ids()
        if not ids or self._checking:
            return []
        self._checking = True
        try:
            query = PollQuery(ids=ids, limit=IDS_PER_CHECK, page=1)
            result: PollList | UserPollList
            self.checks += 1
            try:
                if self._is_signed_in():
                    try:
                        result = await in_worker(self._client.list_user_polls, query)
                    except SignedOut:
                        result = await in_worker(self._client.list_polls, query)
                else:
                    result = await in_worker(self._client.list_polls, query)
            except PartnerError as exc:
                log.info("Checking the followed polls failed (next check in a minute): %s", exc)
                return []
        finally:
            self._checking = False
        now = self._now()
        notices: list[Notice] = []
        changed = False
        for item in result.items:
            poll = item.poll if isinstance(item, UserPoll) else item
            record = self._state.get(poll.id)
            if record is None:
                continue  # unfollowed while the request was out
            voted = item.user_vote is not None if isinstance(item, UserPoll) else None
            told = record.get("sent")
            sent = {e for e in told if isinstance(e, str)} if isinstance(told, list) else set()
            last = record.get("status")
            events = news(poll, last if isinstance(last, str) else None, sent, voted=voted, now=now)
            status, told_now = poll.status_at(now), sorted(sent | set(events))
            if record.get("status") != status or record.get("sent") != told_now:
                record["status"], record["sent"] = status, told_now
                changed = True
            notices.extend(Notice(poll.id, event, poll) for event in events)
        if changed:  # a check a minute with no news writes nothing
            self._write()
        for notice in notices:
            self.notice.emit(notice)
        return notices

    def shutdown(self) -> None:
        self._timer.stop()
        self._tasks.cancel_all()
