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
    from partner_desktop.api.client import PollsClient
    from partner_desktop.api.page_cache import FirstPageCache

log = logging.getLogger(__name__)

ALL = "all"
MINE = "mine"
VIEWS = (ALL, MINE)

#: The orders a list can be shown in (the sort control's choices, in its order).
CLOSING_SOON = "closing"
NEWEST = "newest"
MOST_TOKENS = "tokens"
SORTS = (CLOSING_SOON, NEWEST, MOST_TOKENS)

#: The fan's order ("Closing soon"), one server query per section: open polls closing soonest
#: first, then upcoming ones opening soonest first, then finished ones most recently closed
#: first, cancelled ones last. Each section is paged on its own, so the order holds across
#: pages however many polls there are.
FAN_SECTIONS: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (("open",), "closeAt", "asc"),
    (("upcoming",), "openAt", "asc"),
    (("closed", "disclosed"), "closeAt", "desc"),
    (("cancelled",), "publicationDate", "desc"),
)
#: The other sorts: one query each, over the statuses the filter chose.
SINGLE_ORDERS = {NEWEST: ("publicationDate", "desc"), MOST_TOKENS: ("usedTokenCount", "desc")}
#: My polls loads its open polls whole (to put the ones still to vote on first): at most this
#: many pages of the largest size.
WHOLE_SECTION_PAGES = 10


@dataclass(frozen=True)
class Section:
    """One server query of a list's order; ``whole``: loaded at once and reordered here."""

    query: PollQuery
    whole: bool = False


def sections_for(view: str, base: PollQuery, sort: str) -> tuple[Section, ...]:
    """The queries that list ``view`` in ``sort`` order with ``base``'s filters, in order.

    ``base.statuses`` (the status filter) narrows the sections to the statuses it names.
    """
    if sort in SINGLE_ORDERS:
        order_by, direction = SINGLE_ORDERS[sort]
        return (Section(replace(base, order_by=order_by, direction=direction)),)
    out = []
    for statuses, order_by, direction in FAN_SECTIONS:
        chosen = tuple(s for s in statuses if not base.statuses or s in base.statuses)
        if not chosen:
            continue
        query = replace(base, statuses=chosen, order_by=order_by, direction=direction)
        # My polls: the open polls come whole, those still to vote on first (see _reorder_mine).
        whole = view == MINE and chosen == ("open",)
        if whole:
            query = replace(query, limit=100)
        out.append(Section(query, whole=whole))
    if base.statuses and not out:  # statuses this client does not know: as the server sends
        out.append(Section(replace(base, order_by="publicationDate", direction="desc")))
    # Only the first section's first page is the one saved for the next start (the client saves
    # first pages asked without a page number): the others ask for page 1 by number.
    return tuple(out[:1] + [Section(replace(s.query, page=1), whole=s.whole) for s in out[1:]])


def is_mine(item: Poll | UserPoll) -> bool:
    """My polls: the polls the person voted on, and those they can vote on (open or about to
    open, with fan tokens of the partner)."""
    if not isinstance(item, UserPoll):
        return False
    if item.user_vote is not None:
        return True
    return item.user_token_balance > 0 and item.poll.status in ("open", "upcoming")


def _reorder_mine(items: list[Any]) -> list[Any]:
    """Open polls of My polls: those the person can still vote on first (closing soonest first,
    as they came), then those voted on, most recent vote first."""
    to_vote = [i for i in items if isinstance(i, UserPoll) and i.user_vote is None]
    voted = [i for i in items if not (isinstance(i, UserPoll) and i.user_vote is None)]

    def voted_at(item: Any) -> float:
        vote = item.user_vote if isinstance(item, UserPoll) else None
        return vote.voted_at.timestamp() if vote is not None and vote.voted_at else 0.0

    voted.sort(key=voted_at, reverse=True)
    return to_vote + voted


@dataclass
class _ViewState:
    query: PollQuery
    sort: str = CLOSING_SOON
    sections: tuple[Section, ...] = ()
    section: int = 0
    next_query: PollQuery | None = None
    generation: int = 0
    loading: bool = False
    items: list[Any] = field(default_factory=list)

    def arrange(self, view: str) -> None:
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
        for view, state in self._views.items():
            state.arrange(view)
        self._tasks = TaskSet()
        self._detail_generation = 0
        self._online: bool | None = None

    # -- queries -------------------------------------------------------------------------------
    def query(self, view: str) -> PollQuery:
        return self._views[view].query

    def sort(self, view: str) -> str:
        return self._views[view].sort

    def sections(self, view: str) -> tuple[Section, ...]:
        """The server queries that list ``view`` in its order."""
        return self._views[view].sections

    def is_loading(self, view: str) -> bool:
        return self._views[view].loading

    def set_filters(
        self,
        view: str,
        *,
        search: str | None = None,
        statuses: tuple[str, ...] = (),
        partner_id: str | None = None,
        sort: str | None = None,
        reload: bool = True,
    ) -> None:
        """Change the filters (and order) of ``view`` and load its first page again (the server
        filters and sorts)."""
        state = self._views[view]
        state.query = replace(
            state.query,
            search=search.strip() if search and search.strip() else None,
            statuses=statuses,
            partner_ids=(partner_id,) if partner_id else (),
            page=None,
            cursor=None,
        )
        if sort is not None:
            if sort not in SORTS:
                raise ValueError(f"unknown sort {sort!r}")
            state.sort = sort
        state.arrange(view)
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
        """Load the first page of ``view`` with its current filters and order."""
        return await self._load(view, replace_rows=True)

    async def load_more(self, view: str) -> bool:
        state = self._views[view]
        if not state.has_more:
            self.page_loaded.emit(view, (), False, False)
            return False
        return await self._load(view, replace_rows=False)

    async def _load(self, view: str, *, replace_rows: bool) -> bool:
        """One page of ``view``: the next page of its current section, or the first of the next
        section that has polls (an empty section is passed over in the same load; a short page
        is fine: the view asks for more while it is not full)."""
        state = self._views[view]
        if replace_rows:
            state.generation += 1
            if view == ALL:
                self.show_saved_page()
            state.arrange(view)
        generation = state.generation
        self._set_loading(view, True)
        fetch: Callable[[PollQuery], PollList | UserPollList]
        fetch = self._client.list_polls if view == ALL else self._client.list_user_polls
        items: list[Poll | UserPoll] = []
        answers: list[PollList | UserPollList] = []
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
                    answers.append(result)
                    got.extend(result.items)
                    pages += 1
                    query = query.next(result.page) if result.has_more else None
                    if not section.whole or pages >= WHOLE_SECTION_PAGES:
                        break
                state.next_query = query
                if view == MINE:
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
        if replace_rows and view == ALL:
            cached, self._cached = self._cached, None
            if len(answers) == 1 and cached == answers[0] and len(state.items) == len(shown):
                # The page shown from the disk cache is still right: keep its rows (and the
                # selection) as they are.
                self.refreshed.emit(datetime.now(UTC))
                return True
        if replace_rows:
            state.items = list(shown)
        else:
            state.items.extend(shown)  # in place: a copy per page grows with the list
        self.page_loaded.emit(view, shown, replace_rows, state.has_more)
        self._note_partners(shown)
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
        state = self._views[ALL]
        if not state.sections:
            return
        query = state.sections[0].query
        saved = first_pages.load(query)
        if saved is None:
            return
        self._cached = saved.polls
        state.items = list(saved.polls.items)
        state.section = 0
        state.next_query = query.next(saved.polls.page) if saved.polls.has_more else None
        log.info("Showing the %d polls saved at %s", len(state.items), saved.saved_at)
        self.page_loaded.emit(ALL, saved.polls.items, True, state.has_more)
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
