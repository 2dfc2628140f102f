"""The start overview: how many polls are open, the next to close, what is left to vote on."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from partner_desktop.api.models import Poll, PollList, PollQuery, UserPoll, UserPollList
from partner_desktop.api.overview import Overview, PartnerTokens
from partner_desktop.controllers.tasks import TaskSet, in_worker
from partner_desktop.errors import PartnerError, SignedOut

if TYPE_CHECKING:
    from partner_desktop.api.client import PollsClient

log = logging.getLogger(__name__)

#: Open polls are counted a page of 100 at a time when the service sends no total; at most this
#: many pages (the signed-in count always pages: "not voted yet" has no server filter).
MAX_PAGES = 10


def _open_query(limit: int) -> PollQuery:
    # page=1 by number: the client saves only first pages asked without one (the list's).
    return PollQuery(statuses=("open",), order_by="closeAt", direction="asc", limit=limit, page=1)


def summarise_mine(items: list[UserPoll]) -> tuple[int, Poll | None, tuple[PartnerTokens, ...]]:
    """From the person's open polls (closing soonest first): how many they can still vote on,
    the first of those, and their balance per partner with the poll to open for it."""
    to_vote = [u for u in items if u.user_vote is None]
    tokens: dict[str, PartnerTokens] = {}
    for user_poll in to_vote + [u for u in items if u.user_vote is not None]:
        poll = user_poll.poll
        if poll.partner_id not in tokens:
            tokens[poll.partner_id] = PartnerTokens(
                poll.partner_name, user_poll.user_token_balance, poll
            )
    shown = sorted(tokens.values(), key=lambda t: (-t.balance, t.partner_name.casefold()))
    return len(to_vote), (to_vote[0].poll if to_vote else None), tuple(shown)


class OverviewController(QObject):
    """Loads the overview off the GUI thread; a newer load makes an older answer stale."""

    loaded = Signal(object)  # Overview
    failed = Signal(object)  # exception

    def __init__(
        self,
        client: PollsClient,
        *,
        is_signed_in: Callable[[], bool] = lambda: False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._client = client
        self._is_signed_in = is_signed_in
        self._tasks = TaskSet()
        self._generation = 0
        self._in_flight = 0
        self.last: Overview | None = None

    @property
    def loading(self) -> bool:
        """A load is on its way: a new one would only make its answer out of date."""
        return self._in_flight > 0

    def start_load(self) -> None:
        self._tasks.spawn(self.load(), name="load overview")

    async def load(self) -> Overview | None:
        self._generation += 1
        generation = self._generation
        self._in_flight += 1
        try:
            return await self._load(generation)
        finally:
            self._in_flight -= 1

    async def _load(self, generation: int) -> Overview | None:
        try:
            first: PollList = await in_worker(self._client.list_polls, _open_query(1))
            count = first.page.total
            if count is None:
                count = len(await self._all_open(self._client.list_polls))
            overview = Overview(count, first.items[0] if first.items else None)
            if self._is_signed_in():
                try:
                    mine = await self._all_open(self._client.list_user_polls)
                except SignedOut:
                    mine = None
                if mine is not None:
                    user_polls = [m for m in mine if isinstance(m, UserPoll)]
                    to_vote, first_to_vote, tokens = summarise_mine(user_polls)
                    overview = Overview(
                        count, overview.next_to_close, to_vote, first_to_vote, tokens
                    )
        except PartnerError as exc:
            if generation == self._generation:
                log.warning("Loading the overview failed: %s", exc)
                self.failed.emit(exc)
            return None
        if generation != self._generation:
            return None
        self.last = overview
        self.loaded.emit(overview)
        return overview

    async def _all_open(
        self, fetch: Callable[[PollQuery], PollList | UserPollList]
    ) -> list[Poll | UserPoll]:
        items: list[Poll | UserPoll] = []
        query: PollQuery | None = _open_query(100)
        for _ in range(MAX_PAGES):
            if query is None:
                break
            result = await in_worker(fetch, query)
            items.extend(result.items)
            query = query.next(result.page) if result.has_more else None
        return items

    def shutdown(self) -> None:
        self._tasks.cancel_all()
