"""Poll use cases: list pages for All polls and My polls, search and filters, poll detail."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from partner_desktop.api.listing import (
    PAGE_SIZE,
    Section,
    Sort,
    View,
    narrowed,
    partners_of,
    sections_for,
)
from partner_desktop.api.models import Poll, PollList, PollQuery, UserPoll, UserPollList
from partner_desktop.controllers.tasks import TaskSet, in_worker
from partner_desktop.errors import NetworkError, PartnerError, SignedOut

if TYPE_CHECKING:
    from partner_desktop.api.client import PollsClient

log = logging.getLogger(__name__)

#: My polls loads its open polls whole (to put the ones still to vote on first): at most this
#: many pages of the largest size.
WHOLE_SECTION_PAGES = 10


def is_mine(item: Poll | UserPoll) -> bool:
    """My polls: the polls the person voted on, and those they can vote on (open or about to
    open, with fan tokens of the partner)."""
    if not isinstance(item, UserPoll):
        return False
    if item.user_vote is not None:
        return True
    return item.user_token_balance > 0 and item.poll.status in ("open", "upcoming")


def _reorder_mine(items: list[Poll | UserPoll]) -> list[Poll | UserPoll]:
    """Open polls of My polls: those the person can still vote on first (closing soonest first,
    as they came), then those voted on, most recent vote first."""
    to_vote = [i for i in items if isinstance(i, UserPoll) and i.user_vote is None]
    voted = [i for i in items if not (isinstance(i, UserPoll) and i.user_vote is None)]

    def voted_at(item: Poll | UserPoll) -> float:
        vote = item.user_vote if isinstance(item, UserPoll) else None
        return vote.voted_at.timestamp() if vote is not None and vote.voted_at else 0.0

    voted.sort(key=voted_at, reverse=True)
    return to_vote + voted


@dataclass
class _ViewState:
    query: PollQuery
    sort: Sort = Sort.CLOSING_SOON
    sections: tuple[Section, ...] = ()
    section: int = 0
    next_query: PollQuery | None = None
    generation: int = 0
    loading: bool = False
    items: list[Poll | UserPoll] = field(default_factory=list)

    def arrange(self, view: View) -> None:
        self.sections = sections_for(view, self.query, self.sort)
        self.section = 0
        self.next_query = self.sections[0].query if self.sections else None

    @property
    def has_more(self) -> bool:
        return self.next_query is not None or self.section + 1 < len(self.sections)


class PollsController(QObject):
    """Loads pages off the GUI thread; stale answers (an older query) are dropped."""

    #: view, items (tuple of Poll or UserPoll), replace (a first page), has_more
    page_loaded = Signal(str, object, bool, bool)
    loading_changed = Signal(str, bool)
    failed = Signal(str, object)  # view, exception
    #: a poll for the detail pane: Poll, and the UserPoll when signed in (else None)
    poll_loaded = Signal(object, object)
    detail_failed = Signal(str, object)  # poll id, exception
    partners_seen = Signal(object)  # list of (partner id, partner name)
    refreshed = Signal(object)  # datetime of the last successful answer
    connection_changed = Signal(bool)

    def __init__(
        self,
        client: PollsClient,
        *,
        page_size: int = PAGE_SIZE,
        is_signed_in: Callable[[], bool] = lambda: False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._client = client
        self._is_signed_in = is_signed_in
        self._views = {view: _ViewState(PollQuery(limit=page_size)) for view in View}
        for view, state in self._views.items():
            state.arrange(view)
        self._tasks = TaskSet()
        self._detail_generation = 0
        self._online: bool | None = None

    # -- queries -------------------------------------------------------------------------------
    def query(self, view: View) -> PollQuery:
        return self._views[view].query

    def sort(self, view: View) -> Sort:
        return self._views[view].sort

    def sections(self, view: View) -> tuple[Section, ...]:
        """The server queries that list ``view`` in its order."""
        return self._views[view].sections

    def is_loading(self, view: View) -> bool:
        return self._views[view].loading

    def set_filters(
        self,
        view: View,
        *,
        search: str | None = None,
        statuses: tuple[str, ...] = (),
        partner_id: str | None = None,
        sort: Sort | None = None,
        reload: bool = True,
    ) -> None:
        """Change the filters (and order) of ``view`` and load its first page again (the server
        filters and sorts)."""
        state = self._views[view]
        state.query = narrowed(state.query, search=search, statuses=statuses, partner_id=partner_id)
        if sort is not None:
            state.sort = Sort(sort)  # ValueError for an unknown one
        state.arrange(view)
        if reload:
            self.start_reload(view)

    def start_reload(self, view: View) -> None:
        self._tasks.spawn(self.reload(view), name=f"load {view} polls")

    def start_load_more(self, view: View) -> None:
        self._tasks.spawn(self.load_more(view), name=f"load more {view} polls")

    def start_open_poll(self, poll_id: str) -> None:
        self._tasks.spawn(self.open_poll(poll_id), name="open poll")

    # -- use cases -----------------------------------------------------------------------------
    async def reload(self, view: View) -> bool:
        """Load the first page of ``view`` with its current filters and order."""
        return await self._load(view, replace_rows=True)

    async def load_more(self, view: View) -> bool:
        state = self._views[view]
        if not state.has_more:
            self.page_loaded.emit(view, (), False, False)
            return False
        return await self._load(view, replace_rows=False)

    async def _load(self, view: View, *, replace_rows: bool) -> bool:
        """One page of ``view``: the next page of its current section, or the first of the next
        section that has polls (an empty section is passed over in the same load; a short page
        is fine: the view asks for more while it is not full)."""
        state = self._views[view]
        if replace_rows:
            state.generation += 1
            state.arrange(view)
        generation = state.generation
        self._set_loading(view, True)
        fetch: Callable[[PollQuery], PollList | UserPollList]
        fetch = self._client.list_polls if view == View.ALL else self._client.list_user_polls
        items: list[Poll | UserPoll] = []
        try:
            while not items and state.has_more:
                query = state.next_query
                if query is None:
                    state.section += 1
                    state.next_query = state.sections[state.section].query
                    continue
                section = state.sections[state.section]
                got: list[Poll | UserPoll] = []
                pages = 0
                while query is not None:
                    result: PollList | UserPollList = await in_worker(fetch, query)
                    if generation != state.generation:
                        return False  # a newer query replaced this one while it was in flight
                    got.extend(result.items)
                    pages += 1
                    query = query.next(result.page) if result.has_more else None
                    if not section.whole or pages >= WHOLE_SECTION_PAGES:
                        break
                state.next_query = query
                if view == View.MINE:
                    got = [i for i in got if is_mine(i)]
                items.extend(_reorder_mine(got) if section.whole else got)
        except PartnerError as exc:
            if generation == state.generation:
                log.warning("Loading %s polls failed: %s", view, exc)
                self._note_online(not isinstance(exc, NetworkError))
                self.failed.emit(view, exc)
            return False
        finally:
            if generation == state.generation:
                self._set_loading(view, False)
        if generation != state.generation:
            return False
        self._note_online(True)
        shown = tuple(items)
        if replace_rows:
            state.items = list(shown)
        else:
            state.items.extend(shown)  # in place: a copy per page grows with the list
        self.page_loaded.emit(view, shown, replace_rows, state.has_more)
        self._note_partners(shown)
        self.refreshed.emit(datetime.now(UTC))
        return True

    def _note_partners(self, items: tuple[Poll | UserPoll, ...]) -> None:
        partners = partners_of(items)
        if partners:
            self.partners_seen.emit(partners)

    async def open_poll(self, poll_id: str) -> Poll | UserPoll | None:
        """Fetch a poll for the detail pane (with the person's vote and balance when signed in)."""
        self._detail_generation += 1
        generation = self._detail_generation
        try:
            user_poll: UserPoll | None = None
            if self._is_signed_in():
                try:
                    user_poll = await in_worker(self._client.get_user_poll, poll_id)
                except SignedOut:
                    user_poll = None
            poll = (
                user_poll.poll
                if user_poll is not None
                else await in_worker(self._client.get_poll, poll_id)
            )
        except PartnerError as exc:
            if generation == self._detail_generation:
                log.warning("Loading poll %s failed: %s", poll_id, exc)
                self._note_online(not isinstance(exc, NetworkError))
                self.detail_failed.emit(poll_id, exc)
            return None
        if generation != self._detail_generation:
            return None
        self._note_online(True)
        self.poll_loaded.emit(poll, user_poll)
        return user_poll or poll

    def _set_loading(self, view: View, loading: bool) -> None:
        state = self._views[view]
        if state.loading != loading:
            state.loading = loading
            self.loading_changed.emit(view, loading)

    def _note_online(self, online: bool) -> None:
        if online != self._online:
            self._online = online
            self.connection_changed.emit(online)

    def shutdown(self) -> None:
        self._tasks.cancel_all()
