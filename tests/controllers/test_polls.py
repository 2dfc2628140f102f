"""Poll list use cases against the real sandbox: pages, search, filters, stale answers, errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from partner_desktop.api.models import Poll, UserPoll
from partner_desktop.controllers.polls import ALL, MINE
from partner_desktop.errors import ApiError, NetworkError, SignedOut


def _pages(polls: Any) -> list[tuple[str, tuple[Any, ...], bool, bool]]:
    seen: list[tuple[str, tuple[Any, ...], bool, bool]] = []
    polls.page_loaded.connect(lambda *args: seen.append(args))
    return seen


def test_pages_follow_each_other_until_the_last(wire: Any, sandbox: Any, run_async: Any) -> None:
    w = wire(sandbox, page_size=20)
    pages = _pages(w.polls)
    assert run_async(w.polls.reload(ALL))
    view, first, replace, more = pages[-1]
    assert (view, replace, more) == (ALL, True, True)
    assert 0 < len(first) <= 20
    ids = [p.id for p in first]
    while pages[-1][3]:
        assert run_async(w.polls.load_more(ALL))
        assert pages[-1][2] is False
        ids += [p.id for p in pages[-1][1]]
    assert len(ids) == len(set(ids)) > 20
    assert not run_async(w.polls.load_more(ALL))  # nothing more: an empty, final page signal
    assert pages[-1][1:] == ((), False, False)


def test_search_and_filters_are_sent_to_the_server(
    wire: Any, sandbox: Any, run_async: Any, qtbot: Any
) -> None:
    w = wire(sandbox)
    pages = _pages(w.polls)
    assert run_async(w.polls.reload(ALL))
    sample: Poll = pages[-1][1][0]
    word = sample.question.split()[-1].strip("?")
    with qtbot.waitSignal(w.polls.page_loaded, timeout=10_000):
        w.polls.set_filters(ALL, search=word)
    found = pages[-1][1]
    assert found
    assert all(word.lower() in p.question.lower() for p in found)

    with qtbot.waitSignal(w.polls.page_loaded, timeout=10_000):
        w.polls.set_filters(ALL, statuses=("closed",), partner_id=sample.partner_id)
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
    w.polls.set_filters(ALL, search="zzz-nothing-matches")
    w.polls.set_filters(ALL, statuses=("open",))
    qtbot.waitUntil(lambda: len(pages) >= 1 and not w.polls.is_loading(ALL), timeout=10_000)
    qtbot.wait(500)  # the older answer arrives later and must be dropped
    assert len(pages) == 1
    assert {p.status for p in pages[0][1]} == {"open"}


def test_my_polls_need_a_sign_in_then_carry_the_vote_data(
    wire: Any, sandbox: Any, run_async: Any, qtbot: Any
) -> None:
    w = wire(sandbox)
    failures: list[Any] = []
    w.polls.failed.connect(lambda view, exc: failures.append((view, exc)))
    assert not run_async(w.polls.reload(MINE))
    assert failures
    assert isinstance(failures[0][1], SignedOut)
    assert run_async(w.session.sign_in())
    pages = _pages(w.polls)
    assert run_async(w.polls.reload(MINE))
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
    assert not run_async(w.polls.reload(ALL))
    assert isinstance(failures[0], ApiError)
    assert failures[0].status == 503
    assert not w.polls.is_loading(ALL)  # the busy flag is reset in finally
    server.set_faults(error_rate=0.0)
    assert run_async(w.polls.reload(ALL))
    assert online[-1] is True


def _run_once(wire: Any, server: Any, folder: Path, run_async: Any) -> Any:
    """A first run of the app: loads the first page, which it saves in ``folder``."""
    first_run = wire(server, pages_dir=folder)
    assert run_async(first_run.polls.reload(ALL))
    return first_run


def test_a_start_shows_the_saved_page_at_once_then_keeps_it_when_still_right(
    wire: Any, sandbox: Any, run_async: Any, tmp_path: Path, qtbot: Any
) -> None:
    _run_once(wire, sandbox, tmp_path, run_async)

    second_run = wire(sandbox, pages_dir=tmp_path)
    # The first page of the list's first section (open polls, closing soonest first) is saved.
    saved = second_run.first_pages.load(second_run.polls.sections(ALL)[0].query)
    assert saved is not None
    pages = _pages(second_run.polls)
    refreshed: list[Any] = []
    second_run.polls.refreshed.connect(refreshed.append)
    with qtbot.waitSignal(second_run.polls.loading_changed, timeout=10_000) as done:
        second_run.polls.start_reload(ALL)
        # Shown before the request is even sent: nothing has run on the loop yet.
        assert [(v, items, replace) for v, items, replace, _ in pages] == [
            (ALL, tuple(saved.polls.items), True)
        ]
        assert refreshed == [saved.saved_at]  # the time the page was saved, not now
    assert done.args == [ALL, True]
    qtbot.waitUntil(lambda: len(refreshed) == 2, timeout=10_000)
    assert len(pages) == 1  # the server's page is the same: the rows stay as they are
    assert len(refreshed) == 2
    assert refreshed[1] > refreshed[0]

    # Only the first load of a run shows the saved page; later loads go to the server: no
    # rows before the request (a saved page shown again would come first).
    events: list[Any] = []
    second_run.polls.loading_changed.connect(lambda view, busy: events.append(("loading", busy)))
    second_run.polls.page_loaded.connect(lambda *_args: events.append("page"))
    assert run_async(second_run.polls.reload(ALL))
    assert events == [("loading", True), ("loading", False), "page"]


def test_a_saved_page_that_changed_on_the_server_is_replaced(
    wire: Any, make_sandbox: Any, run_async: Any, tmp_path: Path
) -> None:
    server = make_sandbox()
    shown = _run_once(wire, server, tmp_path, run_async).polls.sections(ALL)[0].query
    voter = wire(server)
    run_async(voter.session.sign_in())
    poll = next(p for p in voter.client.list_polls(shown).items if p.is_open)
    run_async(voter.votes.vote(poll.id, poll.answers[0].id, 1))

    second_run = wire(server, pages_dir=tmp_path)
    pages = _pages(second_run.polls)
    assert run_async(second_run.polls.reload(ALL))
    assert len(pages) == 2
    before = next(p for p in pages[0][1] if p.id == poll.id)
    after = next(p for p in pages[1][1] if p.id == poll.id)
    assert pages[1][2] is True  # replaces the saved rows
    assert after.used_token_count == before.used_token_count + 1


def test_with_the_server_down_the_saved_page_stays_with_an_error(
    wire: Any, make_sandbox: Any, run_async: Any, tmp_path: Path
) -> None:
    server = make_sandbox()
    _run_once(wire, server, tmp_path, run_async)
    server.stop()

    second_run = wire(server, pages_dir=tmp_path)
    pages = _pages(second_run.polls)
    failures: list[Any] = []
    second_run.polls.failed.connect(lambda view, exc: failures.append((view, exc)))
    assert not run_async(second_run.polls.reload(ALL))
    assert [(view, len(items)) for view, items, _, _ in pages] == [(ALL, 16)]  # open polls
    assert failures
    assert isinstance(failures[0][1], NetworkError)
