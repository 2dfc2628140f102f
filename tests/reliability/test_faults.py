"""Fault matrix against a real sandbox: what the person sees; no vote is lost or doubled."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from partner_desktop.api.client import PollsClient
from partner_desktop.api.models import PollQuery, UserPoll
from partner_desktop.auth.oauth import OAuthClient
from partner_desktop.config import SANDBOX_CLIENT_SECRET
from partner_desktop.errors import (
    ApiError,
    NetworkError,
    PartnerError,
    SignedOut,
    VoteNotCounted,
    VoteOutcomeUnknown,
)
from partner_desktop.sandbox import admin
from partner_desktop.sandbox.server import SandboxServer
from partner_desktop.ui.errors import describe
from tests.helpers.app_env import AppEnv, build_env, close_env, new_key
from tests.helpers.clock import Clock

MakeSandbox = Callable[..., SandboxServer]

UNKNOWN = (
    "The connection broke while your vote was being sent, and it is not known whether it "
    "counted. Check the poll, then try again: a repeated vote is never counted twice."
)
UNAVAILABLE = (
    "The server is unavailable right now, so your vote was not counted. "
    "Try again in a moment: a repeated vote is never counted twice."
)
BUSY = "The server is busy right now. Wait a moment, then try again."
SERVER_PROBLEM = "The server had a problem answering. Try again in a moment."


def unreachable(host: str, detail: str) -> str:
    return (
        "The server could not be reached. Check your connection and try again. "
        f"({detail.format(host=host)})"
    )


def host_of(env: AppEnv) -> str:
    return env.server.base_url.removeprefix("http://")


def vote_once(env: AppEnv) -> tuple[str, str, str]:
    """Pick an open poll and vote 1 token; returns (poll id, answer id, key) without checking."""
    poll = env.open_poll()
    return poll.id, poll.answers[0].id, new_key()


def assert_counted_once(env: AppEnv, poll_id: str, result: UserPoll, answer_id: str) -> None:
    assert result.user_vote is not None
    assert result.user_vote.answer_id == answer_id
    assert env.votes_on(poll_id) == 1
    assert admin.audit(env.server.db_path).consistent


def assert_sentence(exc: PartnerError, expected: str) -> None:
    sentence = describe(exc)
    assert sentence == expected
    # Whatever went wrong, the sentence never carries a credential.
    assert not any(secret in sentence for secret in ("Bearer", "sandbox-secret", "token="))


# --- slow server ----------------------------------------------------------------------------


def test_slow_server_within_the_timeout_just_takes_longer(env: AppEnv) -> None:
    poll_id, answer_id, key = vote_once(env)
    env.server.set_faults(latency_ms=300)
    started = time.monotonic()
    result = env.client.vote(poll_id, answer_id, 1, idempotency_key=key)
    assert time.monotonic() - started >= 0.3
    assert_counted_once(env, poll_id, result, answer_id)


def test_slower_than_the_timeout_reads_fail_with_a_sentence_and_votes_settle_once(
    env: AppEnv,
) -> None:
    poll_id, answer_id, key = vote_once(env)
    env.server.set_faults(latency_ms=1200)
    with PollsClient(env.profile, env.session, timeout=0.3, retry_budget=1.0) as impatient:
        with pytest.raises(NetworkError) as read:
            impatient.get_poll(poll_id)
        assert_sentence(
            read.value, unreachable(host_of(env), "The server at {host} did not answer in time")
        )
        # The vote reached the server (which is merely slow): its outcome is unknown.
        with pytest.raises(VoteOutcomeUnknown) as sent:
            impatient.vote(poll_id, answer_id, 1, idempotency_key=key)
    assert_sentence(sent.value, UNKNOWN)
    assert sent.value.idempotency_key == key
    # The server recovers; the app re-sends the same intended vote with the same key.
    env.server.set_faults(latency_ms=0)
    result = env.client.vote(poll_id, answer_id, 1, idempotency_key=key)
    assert_counted_once(env, poll_id, result, answer_id)


# --- 503 bursts and 429 ---------------------------------------------------------------------


def test_503_bursts_are_ridden_out_and_the_vote_counts_once(env: AppEnv) -> None:
    poll_id, answer_id, key = vote_once(env)
    env.server.set_faults(error_rate=0.5)
    with PollsClient(env.profile, env.session, timeout=2, retry_budget=30) as patient:
        for _ in range(10):
            assert patient.get_poll(poll_id).id == poll_id
        result = patient.vote(poll_id, answer_id, 1, idempotency_key=key)
    assert_counted_once(env, poll_id, result, answer_id)


def test_503_that_lasts_is_a_sentence_and_no_vote(env: AppEnv) -> None:
    poll_id, answer_id, key = vote_once(env)
    env.server.set_faults(error_rate=1.0)
    with pytest.raises(ApiError) as read:
        env.client.get_poll(poll_id)
    assert read.value.status == 503
    assert_sentence(read.value, SERVER_PROBLEM)
    # Only ever answered 503: the service did not take the vote, and the sentence says so.
    with pytest.raises(VoteNotCounted) as sent:
        env.client.vote(poll_id, answer_id, 1, idempotency_key=key)
    assert_sentence(sent.value, UNAVAILABLE)
    assert env.votes_on(poll_id) == 0  # the injected 503 comes before the vote is handled
    env.server.set_faults(error_rate=0.0)
    result = env.client.vote(poll_id, answer_id, 1, idempotency_key=key)
    assert_counted_once(env, poll_id, result, answer_id)


def test_429_with_retry_after_beyond_the_budget_is_a_sentence_and_no_vote(env: AppEnv) -> None:
    poll_id, answer_id, key = vote_once(env)
    env.server.set_faults(throttle=2)
    env.client.get_poll(poll_id)
    env.client.get_poll(poll_id)
    with pytest.raises(ApiError) as read:
        env.client.get_poll(poll_id)
    assert read.value.status == 429
    assert_sentence(read.value, BUSY)
    # The quota is per token: the user token spends its two requests on reading the poll.
    env.client.get_user_poll(poll_id)
    env.client.get_user_poll(poll_id)
    with pytest.raises(ApiError) as sent:
        env.client.vote(poll_id, answer_id, 1, idempotency_key=key)
    assert sent.value.status == 429
    assert_sentence(sent.value, BUSY)
    assert env.votes_on(poll_id) == 0
    env.server.set_faults(throttle=0)
    result = env.client.vote(poll_id, answer_id, 1, idempotency_key=key)
    assert_counted_once(env, poll_id, result, answer_id)


# --- connection faults ----------------------------------------------------------------------


def test_connection_refused_is_a_sentence_and_the_vote_is_not_sent(env: AppEnv) -> None:
    poll_id, answer_id, key = vote_once(env)
    host = host_of(env)
    env.client.get_poll(poll_id)  # the app token is in hand before the server goes away
    env.server.stop()
    with pytest.raises(NetworkError) as read:
        env.client.get_poll(poll_id)
    assert_sentence(read.value, unreachable(host, "The server at {host} cannot be reached"))
    with pytest.raises(VoteNotCounted) as sent:
        env.client.vote(poll_id, answer_id, 1, idempotency_key=key)
    assert not isinstance(sent.value, VoteOutcomeUnknown)  # certainly not sent
    assert_sentence(
        sent.value,
        "The server could not be reached, so your vote was not sent and not counted. "
        f"Try again when it is back. (The server at {host} cannot be reached)",
    )
    assert env.votes_on(poll_id) == 0
    assert env.server.restart() == f"http://{host}"
    result = env.client.vote(poll_id, answer_id, 1, idempotency_key=key)
    assert_counted_once(env, poll_id, result, answer_id)


def test_reset_mid_answer_on_a_read_is_retried(env: AppEnv) -> None:
    poll = env.open_poll()
    env.server.set_faults(reset_mid_answer=1)
    assert env.client.get_poll(poll.id).id == poll.id
    assert env.server._faults.armed("reset_mid_answer") == 0  # the fault did happen


def test_reset_mid_answer_of_a_vote_is_retried_with_the_same_key(env: AppEnv) -> None:
    poll_id, answer_id, key = vote_once(env)
    env.server.set_faults(reset_mid_answer=1)
    result = env.client.vote(poll_id, answer_id, 1, idempotency_key=key)
    assert env.server._faults.armed("reset_mid_answer") == 0
    assert_counted_once(env, poll_id, result, answer_id)


def test_lost_vote_answer_is_retried_with_the_same_key_counted_once_success(env: AppEnv) -> None:
    poll_id, answer_id, key = vote_once(env)
    env.server.set_faults(drop_after_vote=1)
    result = env.client.vote(poll_id, answer_id, 1, idempotency_key=key)
    assert env.server._faults.armed("drop_after_vote") == 0
    assert_counted_once(env, poll_id, result, answer_id)


def test_every_vote_answer_lost_is_unknown_then_settled_by_the_same_key(env: AppEnv) -> None:
    poll_id, answer_id, key = vote_once(env)
    env.server.set_faults(drop_after_vote=1000)
    with pytest.raises(VoteOutcomeUnknown) as sent:
        env.client.vote(poll_id, answer_id, 1, idempotency_key=key)
    assert_sentence(sent.value, UNKNOWN)
    assert env.votes_on(poll_id) == 1  # it did count, once, however many tries were lost
    env.server.set_faults(drop_after_vote=0)
    # "Check the poll": the app re-reads it and finds the vote.
    seen = env.client.get_user_poll(poll_id)
    assert seen.user_vote is not None
    assert seen.user_vote.answer_id == answer_id
    result = env.client.vote(poll_id, answer_id, 1, idempotency_key=key)
    assert_counted_once(env, poll_id, result, answer_id)


def test_server_restarted_between_two_requests(env: AppEnv) -> None:
    poll_id, answer_id, key = vote_once(env)
    before = env.client.get_user_poll(poll_id)  # leaves a kept-alive connection in the pool
    url = env.server.base_url
    assert env.server.restart() == url
    after = env.client.get_user_poll(poll_id)  # same session, same tokens: db survived
    assert after.poll.question == before.poll.question
    result = env.client.vote(poll_id, answer_id, 1, idempotency_key=key)
    assert_counted_once(env, poll_id, result, answer_id)
    assert env.server.restart() == url
    # After another restart the same key replays the first answer: still one vote.
    again = env.client.vote(poll_id, answer_id, 1, idempotency_key=key)
    assert_counted_once(env, poll_id, again, answer_id)


# --- tokens ---------------------------------------------------------------------------------


def test_access_token_expired_mid_vote_is_refreshed_and_counted_once(
    make_sandbox: MakeSandbox, tmp_path: Path
) -> None:
    server = make_sandbox(db_path=tmp_path / "server" / "sandbox.sqlite3", access_ttl=1)
    # The app's clock stands still: it believes its token is fresh, the server knows better.
    env = build_env(server, tmp_path / "app", clock=Clock(time.time()))
    try:
        env.sign_in()
        poll_id, answer_id, key = vote_once(env)
        first = env.session.bearer(user=True)
        time.sleep(1.2)  # the server's 1 s lifetime passes (no event to wait for: it is time)
        result = env.client.vote(poll_id, answer_id, 1, idempotency_key=key)
        assert env.session.bearer(user=True) != first  # refreshed after the 401
        assert_counted_once(env, poll_id, result, answer_id)
        assert env.signed_out == []
    finally:
        close_env(env)
    assert env.leaked() == []


def test_refresh_token_revoked_elsewhere_signs_out_with_a_sentence_and_no_vote(
    env: AppEnv,
) -> None:
    poll_id, answer_id, key = vote_once(env)
    grant = env.store.load(env.profile.name)
    assert grant is not None
    # Revoked from another device or the partner's site (RFC 7009): it also ends the access token.
    OAuthClient(env.profile, SANDBOX_CLIENT_SECRET).revoke(
        grant.refresh_token, hint="refresh_token"
    )
    with pytest.raises(SignedOut) as sent:
        env.client.vote(poll_id, answer_id, 1, idempotency_key=key)
    assert sent.value.error == SignedOut.INVALID_GRANT
    assert_sentence(sent.value, "Your sign-in has expired or was revoked. Please sign in again.")
    assert env.signed_out == [sent.value]  # the app returns to signed-out, told once
    assert not env.session.signed_in
    assert env.store.load(env.profile.name) is None
    assert env.votes_on(poll_id) == 0
    # Public data still reads; signing in again lets the same intended vote through.
    assert env.client.list_polls(PollQuery(limit=1)).items
    env.sign_in()
    result = env.client.vote(poll_id, answer_id, 1, idempotency_key=key)
    assert_counted_once(env, poll_id, result, answer_id)
