"""Voting: one Idempotency-Key per intended vote, re-checking when the outcome is unknown."""

from __future__ import annotations

import logging
import time
import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from partner_desktop.api.models import UserPoll
from partner_desktop.api.voting import VOTE_DEADLINE
from partner_desktop.controllers.tasks import TaskSet, in_worker
from partner_desktop.errors import PartnerError, VoteOutcomeUnknown, VoteRejected

if TYPE_CHECKING:
    from partner_desktop.api.client import PollsClient

log = logging.getLogger(__name__)

#: The part of it kept for re-reading the poll after an unclear answer.
RECHECK_SHARE = 0.3


class VoteController(QObject):
    """Sends votes off the GUI thread and reports the new UserPoll or a refusal."""

    voting_changed = Signal(str, bool)  # poll id, busy
    voted = Signal(object)  # UserPoll with the person's vote
    vote_failed = Signal(str, object)  # poll id, exception
    poll_updated = Signal(object)  # UserPoll re-read after a refusal (e.g. the existing vote)

    def __init__(
        self,
        client: PollsClient,
        parent: QObject | None = None,
        *,
        deadline: float = VOTE_DEADLINE,
    ) -> None:
        super().__init__(parent)
        self._client = client
        #: Seconds one vote may take in all (sending and re-checking): the UI says this bound.
        self.deadline = deadline
        # (poll, answer, tokens) -> key: a retry of the same intended vote reuses its key, so
        # the server counts it at most once (contract section 3.3).
        self._keys: dict[tuple[str, str, int], str] = {}
        self._busy: set[str] = set()
        self._tasks = TaskSet()

    def idempotency_key(self, poll_id: str, answer_id: str, token_count: int) -> str:
        return self._keys.setdefault((poll_id, answer_id, token_count), str(uuid.uuid4()))

    def is_voting(self, poll_id: str) -> bool:
        return poll_id in self._busy

    def start_vote(self, poll_id: str, answer_id: str, token_count: int) -> None:
        if poll_id not in self._busy:
            # Busy from now, not from the task's first step: a second click must not vote twice.
            self._busy.add(poll_id)
            self._tasks.spawn(self.vote(poll_id, answer_id, token_count), name="vote")

    async def vote(self, poll_id: str, answer_id: str, token_count: int) -> UserPoll | None:
        intent = (poll_id, answer_id, token_count)
        key = self.idempotency_key(*intent)
        deadline = time.monotonic() + self.deadline
        self._busy.add(poll_id)
        self.voting_changed.emit(poll_id, True)
        try:
            try:
                result: UserPoll = await in_worker(
                    self._client.vote,
                    poll_id,
                    answer_id,
                    token_count,
                    idempotency_key=key,
                    budget=self.deadline * (1 - RECHECK_SHARE),
                )
            except VoteOutcomeUnknown as exc:
                log.warning("Vote outcome unknown for poll %s; checking", poll_id)
                checked = await self._recheck(poll_id, deadline)
                if checked is not None and checked.user_vote is not None:
                    self._keys.pop(intent, None)
                    self.voted.emit(checked)
                    return checked
                self.vote_failed.emit(poll_id, exc)  # the key is kept for the retry
                return None
            except VoteRejected as exc:
                self._keys.pop(intent, None)  # final answer: a new attempt is a new intent
                log.info("Vote on poll %s refused: %s", poll_id, exc.reason)
                self.vote_failed.emit(poll_id, exc)
                checked = await self._recheck(poll_id, deadline)
                if checked is not None:
                    self.poll_updated.emit(checked)
                return None
            except PartnerError as exc:
                log.warning("Vote on poll %s failed: %s", poll_id, exc)
                self.vote_failed.emit(poll_id, exc)
                return None
            self._keys.pop(intent, None)
            self.voted.emit(result)
            return result
        finally:
            self._busy.discard(poll_id)
            self.voting_changed.emit(poll_id, False)

    async def _recheck(self, poll_id: str, deadline: float) -> UserPoll | None:
        budget = max(1.0, deadline - time.monotonic())
        try:
            return await in_worker(self._client.get_user_poll, poll_id, budget=budget)
        except PartnerError as exc:
            log.warning("Re-reading poll %s failed: %s", poll_id, exc)
            return None

    def shutdown(self) -> None:
        self._tasks.cancel_all()
