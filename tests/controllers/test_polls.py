"""Poll list use cases against the real sandbox: pages, search, filters, stale answers, errors."""

from __future__ import annotations

from typing import Any

from partner_desktop.api.listing import View
from partner_desktop.api.models import Poll, UserPoll
from partner_desktop.errors import ApiError, SignedOut


def _pages(polls: Any) -> list[tuple[str, tuple[Any, ...], bool, bool]]:
    seen: list[tuple[str, tuple[Any, ...], bool, bool]] = []
    polls.page_loaded.connect(lambda *args: seen.append(args))
    return seen


def test_pages_follow_each_other_until_the_last(wire: Any, sandbox: Any, run_async: Any) -> None:
    w = wire(sandbox, page_size=20)
    pages = _pages(w.polls)
    assert run_async(w.polls.reload(View.ALL))
    view, first, replace, more = pages[-1]
    assert (view, replace, more) == (View.ALL, True, True)
    assert 0 < len(first) <= 20
    ids = [p.id for p in first]
    while pages[-1][3]:
        assert run_async(w.polls.load_more(View.ALL))
        assert pages[-1][2] is False
        ids += [p.id for p in pages[-1][1]]
    assert len(ids) == len(set(ids)) > 20
    assert not run_async(w.polls.load_more(View.ALL))  # nothing more: an empty, final page signal
    assert pages[-1][1:] == ((), False, False)


def test_search_and_filters_are_sent_to_the_server(
    wire: Any, sandbox: Any, run_async: Any, qtbot: Any
) -> None:
    w = wire(sandbox)
    pages = _pages(w.polls)
    assert run_async(w.polls.reload(View.ALL))
    sample: Poll = pages[-1][1][0]
    word = sample.question.split()[-1].strip("?")
    with qtbot.waitSignal(w.polls.page_loaded, timeout=10_000):
        w.polls.set_filters(View.ALL, search=word)
    found = pages[-1][1]
    assert found
    assert all(word.lower() in p.question.lower() for p in found)

    with qtbot.waitSignal(w.polls.page_loaded, timeout=10_000):
        w.polls.set_filters(View.ALL, statuses=("closed",), partner_id=sample.partner_id)
    found = pages[-1][1]
    assert found
    assert {p.status for p in found} == {"closed"}
    assert {p.partner_id for p in found} == {sample.partner_id}


def test_a_newer_query_wins_over_one_still_in_flight(
    wire: Any, make_sandbox: Any, run_async: Any, qtbot: Any
) -> None:
    server = make_sandbox(latency_ms=300)
    w = wire(server)
    pages = _pages(w.polls)
    w.polls.set_filters(View.ALL, search="zzz-nothing-matches")
    w.polls.set_filters(View.ALL, statuses=("open",))
    qtbot.waitUntil(lambda: len(pages) >= 1 and not w.polls.is_loading(View.ALL), timeout=10_000)
    qtbot.wait(500)  # the older answer arrives later and must be dropped
    assert len(pages) == 1
    assert {p.status for p in pages[0][1]} == {"open"}


def test_my_polls_need_a_sign_in_then_carry_the_vote_data(
    wire: Any, sandbox: Any, run_async: Any, qtbot: Any
) -> None:
    w = wire(sandbox)
    failures: list[Any] = []
    w.polls.failed.connect(lambda view, exc: failures.append((view, exc)))
    assert not run_async(w.polls.reload(View.MINE))
    assert failures
    assert isinstance(failures[0][1], SignedOut)
    assert run_async(w.session.sign_in())
    pages = _pages(w.polls)
    assert run_async(w.polls.reload(View.MINE))
    assert all(isinstance(p, UserPoll) for p in pages[-1][1])
    opened: list[Any] = []
    w.polls.poll_loaded.connect(lambda poll, up: opened.append((poll, up)))
    first = pages[-1][1][0]
    result = run_async(w.polls.open_poll(first.id))
    assert isinstance(result, UserPoll)
    assert opened[-1][0].id == first.id
    assert opened[-1][1] is not None


def test_errors_become_failed_signals_and_connection_state(
    wire: Any, make_sandbox: Any, run_async: Any, qtbot: Any
) -> None:
    server = make_sandbox(error_rate=1.0)
    w = wire(server, retry_budget=0.5)
    failures: list[Any] = []
    online: list[bool] = []
    w.polls.failed.connect(lambda view, exc: failures.append(exc))
    w.polls.connection_changed.connect(online.append)
    assert not run_async(w.polls.reload(View.ALL))
    assert isinstance(failures[0], ApiError)
    assert failures[0].status == 503
    assert not w.polls.is_loading(View.ALL)  # the busy flag is reset in finally
    server.set_faults(error_rate=0.0)
    assert run_async(w.polls.reload(View.ALL))
    assert online[-1] is True
