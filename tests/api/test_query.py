"""PollQuery: wire parameters and paging."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from partner_desktop.api.models import Page, PollQuery


def test_default_query_asks_for_twenty() -> None:
    assert PollQuery().params() == [("limit", "20")]


def test_every_filter_in_wire_form() -> None:
    cet = timezone(timedelta(hours=1))
    query = PollQuery(
        search="kit",
        partner_ids=("a", "b"),
        ids=("p1",),
        statuses=("open", "closed"),
        quorum_reached=False,
        bound=True,
        open_from=datetime(2026, 1, 1, tzinfo=UTC),
        open_to=datetime(2026, 1, 2, 1, tzinfo=cet),
        close_from=datetime(2026, 2, 1, tzinfo=UTC),
        close_to=datetime(2026, 2, 2, tzinfo=UTC),
        published_from=datetime(2026, 3, 1, tzinfo=UTC),
        published_to=datetime(2026, 3, 2, tzinfo=UTC),
        disclosed_from=datetime(2026, 4, 1, tzinfo=UTC),
        disclosed_to=datetime(2026, 4, 2, tzinfo=UTC),
        order_by="closeAt",
        direction="desc",
        page=2,
        limit=50,
    )
    assert query.params() == [
        ("search", "kit"),
        ("partnerIds[]", "a"),
        ("partnerIds[]", "b"),
        ("ids[]", "p1"),
        ("status[]", "open"),
        ("status[]", "closed"),
        ("quorumReached", "false"),
        ("bound", "true"),
        ("openAt[from]", "2026-01-01T00:00:00+00:00"),
        ("openAt[to]", "2026-01-02T00:00:00+00:00"),
        ("closeAt[from]", "2026-02-01T00:00:00+00:00"),
        ("closeAt[to]", "2026-02-02T00:00:00+00:00"),
        ("publicationDate[from]", "2026-03-01T00:00:00+00:00"),
        ("publicationDate[to]", "2026-03-02T00:00:00+00:00"),
        ("disclosedAt[from]", "2026-04-01T00:00:00+00:00"),
        ("disclosedAt[to]", "2026-04-02T00:00:00+00:00"),
        ("orderBy", "closeAt"),
        ("direction", "desc"),
        ("page", "2"),
        ("limit", "50"),
    ]


def test_cursor_replaces_page() -> None:
    params = PollQuery(page=3, cursor="abc").params()
    assert ("cursor", "abc") in params
    assert all(key != "page" for key, _ in params)


def test_lists_are_stored_as_tuples() -> None:
    query = PollQuery(partner_ids=["a"])  # type: ignore[arg-type]
    assert query.partner_ids == ("a",)
    hash(query)


@pytest.mark.parametrize(
    "kwargs",
    [{"limit": 0}, {"limit": 101}, {"page": 0}, {"direction": "up"}, {"ids": "p1"}],
)
def test_bad_query_is_refused(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError, match="PollQuery"):
        PollQuery(**kwargs)  # type: ignore[arg-type]


def test_next_by_page_number() -> None:
    query = PollQuery(search="x", limit=10)
    following = query.next(Page(page=1, limit=10, total=25, next_cursor=None))
    assert following == PollQuery(search="x", limit=10, page=2)
    assert following is not None
    assert following.next(Page(page=2, limit=10, total=25, next_cursor=None)) == PollQuery(
        search="x", limit=10, page=3
    )
    assert query.next(Page(page=3, limit=10, total=25, next_cursor=None)) is None


def test_next_by_cursor_wins() -> None:
    query = PollQuery(page=1)
    following = query.next(Page(page=1, limit=20, total=999, next_cursor="c2"))
    assert following == PollQuery(cursor="c2")
    assert following is not None
    assert following.next(Page(None, None, None, None)) is None


def test_no_meta_means_no_next() -> None:
    assert PollQuery().next(Page()) is None
