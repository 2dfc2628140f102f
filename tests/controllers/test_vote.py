"""Voting against the real sandbox: success, refusals, one key per intended vote."""

from __future__ import annotations

import time
from typing import Any

from partner_desktop.api.models import PollQuery, UserPoll
from partner_desktop.errors import VoteNotCounted, VoteRejected
from partner_desktop.ui.errors import describe


def _open_poll(w: Any, *, voted: bool = False, status: str = "open") -> UserPoll:
    polls = w.client.list_user_polls(PollQuery(statuses=(status,), limit=100)).items
    return next(p for p in polls if (p.user_vote is not None) == voted and p.user_token_balance)


def test_a_vote_is_recorded_and_reported(
    wire: Any, sandbox: Any, run_async: Any, qtbot: Any
) -> None:
    w = wire(sandbox)
    assert run_async(w.session.sign_in())
    target = _open_poll(w)
    answer = target.poll.answers[-1]
    busy: list[bool] = []
    w.votes.voting_changed.connect(lambda _pid, b: busy.append(b))
    with qtbot.waitSignal(w.votes.voted, timeout=10_000) as voted:
        result = run_async(w.votes.vote(target.id, answer.id, 2))
    assert isinstance(result, UserPoll)
    assert voted.args[0].user_vote.answer_id == answer.id
    assert voted.args[0].user_vote.token_count == 2
    assert busy == [True, False]


def test_a_second_vote_is_refused_with_the_reason(
    wire: Any, sandbox: Any, run_async: Any, qtbot: Any
) -> None:
    w = wire(sandbox)
    assert run_async(w.session.sign_in())
    target = _open_poll(w)
    assert run_async(w.votes.vote(target.id, target.poll.answers[0].id, 1))
    refusals: list[Any] = []
    w.votes.vote_failed.connect(lambda pid, exc: refusals.append(exc))
    with qtbot.waitSignal(w.votes.poll_updated, timeout=10_000) as updated:
        assert run_async(w.votes.vote(target.id, target.poll.answers[0].id, 1)) is None
    assert isinstance(refusals[0], VoteRejected)
    assert refusals[0].reason == VoteRejected.ALREADY_VOTED
    assert updated.args[0].user_vote is not None  # the existing vote, re-read for the UI


def test_a_vote_on_a_closed_poll_is_refused(wire: Any, sandbox: Any, run_async: Any) -> None:
    w = wire(sandbox)
    assert run_async(w.session.sign_in())
    closed = _open_poll(w, status="closed")
    refusals: list[Any] = []
    w.votes.vote_failed.connect(lambda pid, exc: refusals.append(exc))
    assert run_async(w.votes.vote(closed.id, closed.poll.answers[0].id, 1)) is None
    assert refusals[0].reason == VoteRejected.CLOSED


def test_over_the_limit_is_refused(wire: Any, sandbox: Any, run_async: Any) -> None:
    w = wire(sandbox)
    assert run_async(w.session.sign_in())
    target = _open_poll(w)
    refusals: list[Any] = []
    w.votes.vote_failed.connect(lambda pid, exc: refusals.append(exc))
    too_many = target.user_token_balance + (target.poll.token_limit or 0) + 1
    assert run_async(w.votes.vote(target.id, target.poll.answers[0].id, too_many)) is None
    assert refusals[0].reason == VoteRejected.OVER_LIMIT


def test_a_vote_answered_503_is_not_counted_within_the_deadline_and_retried_once(
    wire: Any, make_sandbox: Any, run_async: Any
) -> None:
    server = make_sandbox()
    w = wire(server, retry_budget=0.5)
    w.votes.deadline = 3.0
    assert run_async(w.session.sign_in())
    target = _open_poll(w)
    answer = target.poll.answers[0]
    key = w.votes.idempotency_key(target.id, answer.id, 3)
    failures: list[Any] = []
    w.votes.vote_failed.connect(lambda pid, exc: failures.append(exc))

    server.set_faults(error_rate=1.0)
    started = time.monotonic()
    assert run_async(w.votes.vote(target.id, answer.id, 3)) is None
    assert time.monotonic() - started < 3.0 + 1.0, "the vote keeps to its deadline"
    # Every try was answered 503: the server said so before counting anything.
    assert isinstance(failures[0], VoteNotCounted)
    sentence = describe(failures[0])
    assert "unavailable" in sentence
    assert "not counted" in sentence
    assert "connection" not in sentence
    assert w.votes.idempotency_key(target.id, answer.id, 3) == key  # kept for the retry

    server.set_faults(error_rate=0.0)
    result = run_async(w.votes.vote(target.id, answer.id, 3))
    assert result is not None
    assert result.user_vote is not None
    assert result.poll.used_token_count == target.poll.used_token_count + 3
    # The intent is done: a new vote would be a new intent with a new key.
    assert w.votes.idempotency_key(target.id, answer.id, 3) != key
