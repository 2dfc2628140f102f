"""The fan's order of the lists, made of server queries (sections), against the real sandbox."""

from __future__ import annotations

import time
from typing import Any

from partner_desktop.api.listing import Sort, View
from partner_desktop.api.models import Poll, PollQuery, UserPoll


def _ts(moment: Any) -> float:
    return float(moment.timestamp()) if moment is not None else 0.0


GROUPS = {"open": 0, "upcoming": 1, "closed": 2, "disclosed": 2, "cancelled": 3}


def _everything(w: Any, view: str, run_async: Any) -> list[Any]:
    seen: list[Any] = []
    w.polls.page_loaded.connect(lambda _v, items, _r, _m: seen.extend(items))
    more: list[bool] = []
    w.polls.page_loaded.connect(lambda _v, _i, _r, m: more.append(m))
    assert run_async(w.polls.reload(view))
    while more[-1]:
        assert run_async(w.polls.load_more(view))
    return seen


def test_all_polls_open_first_then_upcoming_then_finished_then_cancelled_across_pages(
    wire: Any, sandbox: Any, run_async: Any
) -> None:
    w = wire(sandbox, page_size=5)  # many pages per section: paging keeps the order
    polls: list[Poll] = _everything(w, View.ALL, run_async)
    everything = w.client.list_polls(PollQuery(limit=100)).items
    assert sorted(p.id for p in polls) == sorted(p.id for p in everything)  # all, once each
    groups = [GROUPS[p.status] for p in polls]
    assert groups == sorted(groups)
    opened = [p for p in polls if p.status == "open"]
    upcoming = [p for p in polls if p.status == "upcoming"]
    finished = [p for p in polls if p.status in ("closed", "disclosed")]
    assert len(opened) == 16
    assert polls[: len(opened)] == opened
    closing = [_ts(p.close_at) for p in opened]
    assert closing == sorted(closing)
    opening = [_ts(p.open_at) for p in upcoming]
    assert opening == sorted(opening)
    closed = [_ts(p.close_at) for p in finished]
    assert closed == sorted(closed, reverse=True)


def test_each_sort_asks_the_server_for_its_order(wire: Any, sandbox: Any, run_async: Any) -> None:
    w = wire(sandbox)
    everything = w.client.list_polls(PollQuery(limit=100)).items
    expected_first = {
        Sort.CLOSING_SOON: min(
            (p for p in everything if p.status == "open"), key=lambda p: _ts(p.close_at)
        ),
        Sort.NEWEST: max(everything, key=lambda p: _ts(p.publication_date)),
        Sort.MOST_TOKENS: max(everything, key=lambda p: p.used_token_count),
    }
    wire_params = {
        Sort.CLOSING_SOON: ("closeAt", "asc"),
        Sort.NEWEST: ("publicationDate", "desc"),
        Sort.MOST_TOKENS: ("usedTokenCount", "desc"),
    }
    for sort, first in expected_first.items():
        pages: list[Any] = []
        w.polls.page_loaded.connect(lambda _v, items, _r, _m, pages=pages: pages.append(items))
        w.polls.set_filters(View.ALL, sort=sort, reload=False)
        assert run_async(w.polls.reload(View.ALL))
        params = dict(w.polls.sections(View.ALL)[0].query.params())
        assert (params["orderBy"], params["direction"]) == wire_params[sort]
        assert pages[-1][0].id == first.id, sort
        if sort != Sort.CLOSING_SOON:
            assert len(w.polls.sections(View.ALL)) == 1


def test_a_status_filter_narrows_the_sections(wire: Any, sandbox: Any, run_async: Any) -> None:
    w = wire(sandbox)
    w.polls.set_filters(View.ALL, statuses=("closed", "upcoming"), reload=False)
    assert [s.query.statuses for s in w.polls.sections(View.ALL)] == [("upcoming",), ("closed",)]


def test_my_polls_put_the_polls_still_to_vote_on_first(
    wire: Any, make_sandbox: Any, run_async: Any
) -> None:
    w = wire(make_sandbox())
    assert run_async(w.session.sign_in())
    mine = w.client.list_user_polls(PollQuery(statuses=("open",), limit=100)).items
    votable = [u for u in mine if u.user_vote is None and u.user_token_balance > 0]
    for user_poll in votable[-2:]:  # two votes, the second the newest
        poll = user_poll.poll
        assert run_async(w.votes.vote(poll.id, poll.answers[0].id, 1)) is not None
        time.sleep(0.01)
    rows: list[UserPoll] = _everything(w, View.MINE, run_async)
    open_rows = [r for r in rows if r.poll.status == "open"]
    assert rows[: len(open_rows)] == open_rows
    to_vote = [r for r in open_rows if r.user_vote is None]
    voted = [r for r in open_rows if r.user_vote is not None]
    assert to_vote  # alice has voted on some open polls, not all
    assert voted
    assert open_rows == to_vote + voted
    closing = [_ts(r.poll.close_at) for r in to_vote]
    assert closing == sorted(closing)
    stamps = [_ts(r.user_vote.voted_at) for r in voted if r.user_vote is not None]
    assert stamps == sorted(stamps, reverse=True)
