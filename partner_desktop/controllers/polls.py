"""Poll use cases: list pages for All polls and My polls, search and filters, poll detail."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from partner_desktop.api.models import Poll, PollList, PollQuery, UserPoll, UserPollList
from partner_desktop.controllers.tasks import TaskSet, in_worker
from partner_desktop.errors import NetworkError, PartnerError, SignedOut

if TYPE_CHECKING:
    from partner_desktop.api.client import PollsClient  # type only: keeps requests out of start-up
    from partner_desktop.api.page_cache import FirstPageCache

log = logging.getLogger(__name__)

ALL = "all"
MINE = "mine"
VIEWS = (ALL, MINE)


@dataclass
class _ViewState:
    query: PollQuery
    next_query: PollQuery | None = None
    generation: int = 0
    loading: bool = False
    items: list[Any] = field(default_factory=list)


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
        page_size: int = 20,
        is_signed_in: Callable[[], bool] = lambda: False,
        first_pages: FirstPageCache | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._client = client
        self._first_pages = first_pages
        #: The saved page shown at start, until the fresh one replaces it.
        self._cached: PollList | None = None
        self._is_signed_in = is_signed_in
        self._views = {view: _ViewState(PollQuery(limit=page_size)) for view in VIEWS}
        self._tasks = TaskSet()
        self._detail_generation = 0
        self._online: bool | None = None

    # -- queries -------------------------------------------------------------------------------
    def query(self, view: str) -> PollQuery:
        return self._views[view].query

    def is_loading(self, view: str) -> bool:
        return self._views[view].loading

    def set_filters(
        self,
        view: str,
        *,
        search: str | None = None,
        statuses: tuple[str, ...] = (),
        partner_id: str | None = None,
        reload: bool = True,
    ) -> None:
        """Change the filters of ``view`` and load its first page again (server-side filtering)."""
        state = self._views[view]
        state.query = replace(
            state.query,
            search=search.strip() if search and search.strip() else None,
            statuses=statuses,
            partner_ids=(partner_id,) if partner_id else (),
            page=None,
            cursor=None,
        )
        if reload:
            self.start_reload(view)

    def start_reload(self, view: str) -> None:
        if view == ALL:
            self.show_saved_page()  # now, before the window paints
        self._tasks.spawn(self.reload(view), name=f"load {view} polls")

    def start_load_more(self, view: str) -> None:
        self._tasks.spawn(self.load_more(view), name=f"load more {view} polls")

    def start_open_poll(self, poll_id: str) -> None:
        self._tasks.spawn(self.open_poll(poll_id), name="open poll")

    # -- use cases -----------------------------------------------------------------------------
    async def reload(self, view: str) -> bool:
        """Load the first page of ``view`` with its current filters."""
        state = self._views[view]
        return await self._load(view, state.query, replace_rows=True)

    async def load_more(self, view: str) -> bool:
        state = self._views[view]
        if state.next_query is None:
            self.page_loaded.emit(view, (), False, False)
            return False
        return await self._load(view, state.next_query, replace_rows=False)

    async def _load(self, view: str, query: PollQuery, *, replace_rows: bool) -> bool:
        state = self._views[view]
        if replace_rows:
            state.generation += 1
            if view == ALL:
                self.show_saved_page()
        generation = state.generation
        self._set_loading(view, True)
        fetch: Callable[[PollQuery], PollList | UserPollList]
        fetch = self._client.list_polls if view == ALL else self._client.list_user_polls
        try:
            result: PollList | UserPollList = await in_worker(fetch, query)
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
            return False  # a newer query replaced this one while it was in flight
        self._note_online(True)
        state.next_query = query.next(result.page) if result.has_more else None
        items: tuple[Poll | UserPoll, ...] = tuple(result.items)
        if replace_rows and view == ALL:
            cached, self._cached = self._cached, None
            if cached == result and len(state.items) == len(items):
                # The page shown from the disk cache is still right: keep its rows (and the
                # selection) as they are.
                self.refreshed.emit(datetime.now(UTC))
                return True
        if replace_rows:
            state.items = list(items)
        else:
            state.items.extend(items)  # in place: a copy per page grows with the list
        self.page_loaded.emit(view, items, replace_rows, state.next_query is not None)
        self._note_partners(items)
        self.refreshed.emit(datetime.now(UTC))
        return True

    def _note_partners(self, items: tuple[Poll | UserPoll, ...]) -> None:
        partners = {}
        for item in items:
            poll = item.poll if isinstance(item, UserPoll) else item
            partners[poll.partner_id] = poll.partner_name
        if partners:
            self.partners_seen.emit(sorted(partners.items(), key=lambda p: p[1].casefold()))

    def show_saved_page(self) -> None:
        """At start (nothing shown yet), the page saved by the last run for the same query.

        Only the first call does anything: later loads always ask the server.
        """
        first_pages, self._first_pages = self._first_pages, None
        if first_pages is None:
            return
        query = self._views[ALL].query
        saved = first_pages.load(query)
        if saved is None:
            return
        state = self._views[ALL]
        self._cached = saved.polls
        state.items = list(saved.polls.items)
        state.next_query = query.next(saved.polls.page) if saved.polls.has_more else None
        log.info("Showing the %d polls saved at %s", len(state.items), saved.saved_at)
        self.page_loaded.emit(ALL, saved.polls.items, True, state.next_query is not None)
        self._note_partners(saved.polls.items)
        self.refreshed.emit(saved.saved_at)

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

    def _set_loading(self, view: str, loading: bool) -> None:
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
