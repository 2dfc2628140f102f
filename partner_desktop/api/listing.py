"""The poll lists' values: views, sorts, the filters a person chose, and each list's queries."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from partner_desktop.api.models import Poll, PollQuery, UserPoll


class View(StrEnum):
    """A poll list of the window: every poll, or the person's own."""

    ALL = "all"
    MINE = "mine"


class Sort(StrEnum):
    """The orders a list can be shown in (the sort control's choices, in its order)."""

    CLOSING_SOON = "closing"
    NEWEST = "newest"
    MOST_TOKENS = "tokens"


#: A list's page size, unless told otherwise.
PAGE_SIZE = 20

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
SINGLE_ORDERS = {
    Sort.NEWEST: ("publicationDate", "desc"),
    Sort.MOST_TOKENS: ("usedTokenCount", "desc"),
}


@dataclass(frozen=True)
class Filters:
    """What the filter bar shows: the search, the statuses, the partner and the order."""

    search: str | None = None
    statuses: tuple[str, ...] = ()
    partner_id: str | None = None
    sort: Sort = Sort.CLOSING_SOON


def narrowed(
    base: PollQuery,
    *,
    search: str | None = None,
    statuses: tuple[str, ...] = (),
    partner_id: str | None = None,
) -> PollQuery:
    """``base`` with a search, statuses and a partner, from its first page."""
    return replace(
        base,
        search=search.strip() if search and search.strip() else None,
        statuses=statuses,
        partner_ids=(partner_id,) if partner_id else (),
        page=None,
        cursor=None,
    )


@dataclass(frozen=True)
class Section:
    """One server query of a list's order; ``whole``: loaded at once and reordered here."""

    query: PollQuery
    whole: bool = False


def sections_for(view: View, base: PollQuery, sort: Sort) -> tuple[Section, ...]:
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
        # My polls: the open polls come whole, those still to vote on first (the controller
        # reorders them).
        whole = view == View.MINE and chosen == ("open",)
        if whole:
            query = replace(query, limit=100)
        out.append(Section(query, whole=whole))
    if base.statuses and not out:  # statuses this client does not know: as the server sends
        out.append(Section(replace(base, order_by="publicationDate", direction="desc")))
    # Only the first section's first page is the one saved for the next start (the client saves
    # first pages asked without a page number): the others ask for page 1 by number.
    return tuple(out[:1] + [Section(replace(s.query, page=1), whole=s.whole) for s in out[1:]])


def saved_page_query(filters: Filters, page_size: int = PAGE_SIZE) -> PollQuery:
    """The query of All polls' first page with ``filters``: the page saved for the next start
    (every order has a first section)."""
    base = narrowed(
        PollQuery(limit=page_size),
        search=filters.search,
        statuses=filters.statuses,
        partner_id=filters.partner_id,
    )
    return sections_for(View.ALL, base, filters.sort)[0].query


def partners_of(items: tuple[Poll | UserPoll, ...]) -> list[tuple[str, str]]:
    """The partners of ``items``, (id, name), by name."""
    partners = {}
    for item in items:
        poll = item.poll if isinstance(item, UserPoll) else item
        partners[poll.partner_id] = poll.partner_name
    return sorted(partners.items(), key=lambda p: p[1].casefold())
