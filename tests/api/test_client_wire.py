"""Client behaviour at the HTTP level, against scripted servers on real sockets.

Shapes the sandbox does not produce on demand (a 429 with a short Retry-After, a gateway
404, a body that is not JSON, a picture host) are scripted here; everything else is tested
against the sandbox in test_client.py.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

from partner_desktop.api.client import PollsClient
from partner_desktop.api.models import PollQuery
from partner_desktop.config import SANDBOX
from partner_desktop.errors import (
    ApiError,
    AuthError,
    EndpointUnavailable,
    NetworkError,
    SignedOut,
    VoteNotCounted,
    VoteOutcomeUnknown,
    VoteRejected,
)
from partner_desktop.ui.errors import describe
from tests.helpers.network import Reply, ScriptedServer, closed_port

SECRET_TOKEN = "tok-" + "s3cr3t" * 4
POLL = {"id": "p1", "question": "Q?", "answers": [{"id": "a1", "answer": "A", "position": 1}]}
LIST = json.dumps({"data": [POLL], "meta": {"page": 1, "limit": 20, "total": 1}}).encode()
JSON = {"Content-Type": "application/json"}


class StaticTokens:
    """Hands out fixed tokens and records invalidations."""

    def __init__(self) -> None:
        self.invalidated: list[tuple[str, bool]] = []
        self.generation = 0

    def bearer(self, *, user: bool) -> str:
        return f"{SECRET_TOKEN}-{'user' if user else 'app'}-{self.generation}"

    def invalidate(self, token: str, *, user: bool) -> None:
        self.invalidated.append((token, user))
        self.generation += 1


def make_client(
    base_url: str,
    tokens: StaticTokens | None = None,
    *,
    timeout: float = 10.0,
    retry_budget: float = 20.0,
) -> PollsClient:
    return PollsClient(
        SANDBOX.with_sandbox_base(base_url),
        tokens or StaticTokens(),
        timeout=timeout,
        retry_budget=retry_budget,
    )


Wire = Callable[..., tuple[ScriptedServer, PollsClient]]


@pytest.fixture
def wire() -> Iterator[Wire]:
    """``wire(replies, tokens=None, **client_options)``: a scripted server and a client of it."""
    with ExitStack() as stack:

        def start(
            replies: list[Reply] | Callable[[str, int], Reply],
            tokens: StaticTokens | None = None,
            retry_budget: float = 20.0,
        ) -> tuple[ScriptedServer, PollsClient]:
            script = replies if callable(replies) else scripted(replies)
            server = stack.enter_context(ScriptedServer(script))
            client = stack.enter_context(
                make_client(server.base_url, tokens, retry_budget=retry_budget)
            )
            return server, client

        yield start


def gateway(status: int, code: str, message: str) -> Reply:
    body = {"code": code, "message": message, "description": f"{message} ({SECRET_TOKEN})"}
    return Reply(status, json.dumps(body).encode(), JSON)


def scripted(replies: list[Reply]) -> Callable[[str, int], Reply]:
    def script(path: str, count: int) -> Reply:
        return replies[min(count, len(replies) - 1)]

    return script


def test_bearer_header_and_repeated_query_keys(wire: Wire) -> None:
    server, client = wire([Reply(200, LIST, JSON)])
    result = client.list_polls(PollQuery(partner_ids=("a", "b"), bound=True))
    assert [p.id for p in result.items] == ["p1"]
    (seen,) = server.seen
    assert seen.headers["Authorization"] == f"Bearer {SECRET_TOKEN}-app-0"
    assert seen.path == (
        "/polls/1.0.8/polls?partnerIds%5B%5D=a&partnerIds%5B%5D=b&bound=true&limit=20"
    )


@pytest.mark.parametrize(
    ("poll_id", "path"),
    [
        ("../../../user/1.0.0/user", "/polls/1.0.8/poll/..%2F..%2F..%2Fuser%2F1.0.0%2Fuser"),
        ("a?b#c", "/polls/1.0.8/poll/a%3Fb%23c"),
    ],
)
def test_poll_id_stays_one_path_segment(wire: Wire, poll_id: str, path: str) -> None:
    server, client = wire([Reply(200, json.dumps({"data": POLL}).encode(), JSON)])
    client.get_poll(poll_id)
    assert server.seen[0].path == path


@pytest.mark.parametrize("poll_id", ["", ".", ".."])
def test_poll_id_that_is_no_segment_is_refused(wire: Wire, poll_id: str) -> None:
    server, client = wire([Reply(200, json.dumps({"data": POLL}).encode(), JSON)])
    with pytest.raises(ApiError) as read:
        client.get_poll(poll_id)
    with pytest.raises(ApiError) as voted:
        client.vote(poll_id, "a1", 1, idempotency_key="k")
    assert read.value.field == voted.value.field == "poll_id"
    assert server.seen == []


def test_429_waits_for_retry_after_then_succeeds(wire: Wire) -> None:
    throttled = gateway(429, "900800", "Message throttled out")
    throttled.headers["Retry-After"] = "1"
    server, client = wire([throttled, Reply(200, LIST, JSON)])
    started = time.monotonic()
    client.list_polls(PollQuery())
    assert time.monotonic() - started >= 1.0, "the client honoured Retry-After"
    assert len(server.seen) == 2


def test_429_retry_after_as_an_http_date(wire: Wire) -> None:
    throttled = gateway(429, "900800", "Message throttled out")
    soon = datetime.now(UTC) + timedelta(seconds=2)
    throttled.headers["Retry-After"] = format_datetime(soon, usegmt=True)
    server, client = wire([throttled, Reply(200, LIST, JSON)])
    client.list_polls(PollQuery())
    assert datetime.now(UTC) >= soon.replace(microsecond=0), "waited until the given date"
    assert len(server.seen) == 2


@pytest.mark.parametrize("value", ["soon", "\u00b2", "-5", "Tue, 99 Foo 2026 25:61:00 GMT"])
def test_429_with_an_odd_retry_after_still_retries(wire: Wire, value: str) -> None:
    throttled = gateway(429, "900800", "Message throttled out")
    throttled.headers["Retry-After"] = value  # all latin-1, as HTTP/1.1 header bytes
    server, client = wire([throttled, Reply(200, LIST, JSON)])
    client.list_polls(PollQuery())
    assert len(server.seen) == 2


def test_429_longer_than_the_budget_fails_at_once(wire: Wire) -> None:
    throttled = gateway(429, "900800", "Message throttled out")
    throttled.headers["Retry-After"] = "120"
    _, client = wire([throttled], retry_budget=3)
    started = time.monotonic()
    with pytest.raises(ApiError) as info:
        client.list_polls(PollQuery())
    assert time.monotonic() - started < 2
    assert info.value.status == 429
    assert info.value.code == "900800"
    assert "busy" in describe(info.value)


def test_502_504_are_retried_within_the_budget(wire: Wire) -> None:
    server, client = wire(
        [Reply(502, b"<html>bad gateway</html>"), Reply(504), Reply(200, LIST, JSON)]
    )
    client.list_polls(PollQuery())
    assert len(server.seen) == 3


def test_persistent_503_gives_a_sentence_after_the_budget(wire: Wire) -> None:
    server, client = wire([Reply(503, b"<html>down</html>")], retry_budget=1.5)
    started = time.monotonic()
    with pytest.raises(ApiError) as info:
        client.get_poll("p1")
    assert time.monotonic() - started < 3
    assert info.value.status == 503
    assert str(info.value) == "ApiError(status=503)"  # the log's terse form
    assert describe(info.value) == "The server had a problem answering. Try again in a moment."
    assert 1 < len(server.seen) < 20


def test_401_twice_gives_auth_error_after_one_invalidate(wire: Wire) -> None:
    tokens = StaticTokens()
    server, client = wire([gateway(401, "900901", "Invalid Credentials")], tokens)
    with pytest.raises(AuthError) as info:
        client.get_account()
    assert len(server.seen) == 2
    assert tokens.invalidated == [(f"{SECRET_TOKEN}-user-0", True)]
    assert server.seen[1].headers["Authorization"] == f"Bearer {SECRET_TOKEN}-user-1"
    assert info.value.error == "900901"
    assert SECRET_TOKEN not in str(info.value)


def test_token_never_reaches_messages_or_logs(wire: Wire, caplog: pytest.LogCaptureFixture) -> None:
    echo = json.dumps({"code": 400, "message": f"Bad token {SECRET_TOKEN}-user-0 given"}).encode()
    _, client = wire([Reply(400, echo, JSON)])
    with caplog.at_level(logging.DEBUG), pytest.raises(ApiError) as info:
        client.get_user_poll("p1")
    assert info.value.message == "Bad token [token] given"
    assert caplog.records, "the request was logged"
    assert SECRET_TOKEN not in caplog.text
    with caplog.at_level(logging.DEBUG), pytest.raises(VoteRejected) as rejected:
        client.vote("p1", "a1", 1, idempotency_key="k")
    assert SECRET_TOKEN not in str(rejected.value)
    assert SECRET_TOKEN not in caplog.text


def test_retry_after_zero_is_not_a_busy_loop(wire: Wire) -> None:
    throttled = gateway(429, "900800", "Message throttled out")
    throttled.headers["Retry-After"] = "0"
    server, client = wire([throttled], retry_budget=1)
    with pytest.raises(ApiError) as info:
        client.list_polls(PollQuery())
    assert info.value.status == 429
    assert len(server.seen) <= 31


def test_403_900910_on_a_user_route_means_signed_out(wire: Wire) -> None:
    _, client = wire([gateway(403, "900910", "The access token does not allow this resource")])
    with pytest.raises(SignedOut):
        client.list_user_polls(PollQuery())


@pytest.mark.parametrize(
    "reply",
    [
        Reply(404, b"<html>Not Found</html>", {"Content-Type": "text/html"}),
        gateway(404, "404", "No matching resource found for given API Request"),
        Reply(410, b""),
    ],
)
def test_retired_endpoint_is_unavailable(wire: Wire, reply: Reply) -> None:
    _, client = wire([reply])
    with pytest.raises(EndpointUnavailable) as info:
        client.get_wallet()
    assert info.value.endpoint == "wallet"


def test_profile_marks_endpoint_unavailable_without_a_request(wire: Wire) -> None:
    server, _ = wire([Reply(200, LIST, JSON)])
    profile = replace(SANDBOX.with_sandbox_base(server.base_url), unavailable=frozenset({"vote"}))
    with PollsClient(profile, StaticTokens()) as client, pytest.raises(EndpointUnavailable):
        client.vote("p1", "a1", 1, idempotency_key="k")
    assert server.seen == []


def test_service_error_keeps_the_servers_message(wire: Wire) -> None:
    body = json.dumps({"code": 404, "message": "Poll not found."}).encode()
    _, client = wire([Reply(404, body, JSON)])
    with pytest.raises(ApiError) as info:
        client.get_poll("nope")
    assert type(info.value) is ApiError
    assert (info.value.status, info.value.code, info.value.message) == (
        404,
        "404",
        "Poll not found.",
    )
    assert describe(info.value) == "The server refused the request. (Poll not found)"


@pytest.mark.parametrize(
    "body",
    [b"<html>oops</html>", b'{"data": ', b"[1, 2]", b"\xff\xfe garbage", b'{"data": {"id": 3}}'],
)
def test_unreadable_success_body_is_a_sentence(wire: Wire, body: bytes) -> None:
    _, client = wire([Reply(200, body, JSON)])
    with pytest.raises(ApiError) as info:
        client.get_poll("p1")
    for message in (str(info.value), describe(info.value)):
        assert "oops" not in message
        assert "garbage" not in message
    assert describe(info.value).startswith("The server sent an answer the app cannot read")


def test_hostile_error_body_is_not_dumped(wire: Wire) -> None:
    body = json.dumps({"message": "line1\nline2\x00" + "x" * 5000}).encode()
    _, client = wire([Reply(418, body, JSON)])
    with pytest.raises(ApiError) as info:
        client.get_poll("p1")
    message = info.value.message or ""
    assert "\n" not in message
    assert "\x00" not in message
    assert len(message) <= 200
    assert "\n" not in str(info.value)


def test_connection_refused_is_a_network_error() -> None:
    with closed_port() as port, make_client(f"http://127.0.0.1:{port}", retry_budget=1) as client:
        started = time.monotonic()
        with pytest.raises(NetworkError) as info:
            client.list_polls(PollQuery())
        assert time.monotonic() - started < 2, "retries stay within the budget"
    assert type(info.value) is NetworkError
    assert (info.value.reason, info.value.host) == (NetworkError.REFUSED, f"127.0.0.1:{port}")


def test_vote_never_sent_is_not_unknown() -> None:
    """Refused connections mean the vote certainly did not land: say so, not 'unknown'."""
    with (
        closed_port() as port,
        make_client(f"http://127.0.0.1:{port}", retry_budget=1) as client,
        pytest.raises(VoteNotCounted) as info,
    ):
        client.vote("p1", "a1", 1, idempotency_key="k1")
    assert not isinstance(info.value, VoteOutcomeUnknown)
    assert info.value.status is None
    assert info.value.reason == NetworkError.REFUSED


def test_vote_sends_body_and_key_and_retries_5xx_with_the_same_key(wire: Wire) -> None:
    user_poll = {**POLL, "userVote": {"answerId": "a1", "tokenCount": 2}, "userTokenBalance": 5}
    server, client = wire([Reply(502), Reply(201, json.dumps({"data": user_poll}).encode(), JSON)])
    result = client.vote("p1", "a1", 2, idempotency_key="key-123")
    assert result.user_vote is not None
    assert result.user_vote.token_count == 2
    assert [s.headers["Idempotency-Key"] for s in server.seen] == ["key-123", "key-123"]
    assert all(s.method == "POST" for s in server.seen)
    assert server.seen[0].path == "/polls/1.0.8/user/poll/p1/vote"
    assert server.seen[0].headers["Content-Type"] == "application/json"


def test_vote_with_an_unreadable_201_reads_the_poll_again(wire: Wire) -> None:
    user_poll = {**POLL, "userVote": {"answerId": "a1", "tokenCount": 2}, "userTokenBalance": 5}
    echo = Reply(201, b"<html>Created</html>", {"Content-Type": "text/html"})
    fresh = Reply(200, json.dumps({"data": user_poll}).encode(), JSON)
    server, client = wire(lambda path, _: echo if path.endswith("/vote") else fresh)
    result = client.vote("p1", "a1", 2, idempotency_key="key-5")
    assert result.user_vote is not None
    assert [s.method for s in server.seen] == ["POST", "GET"]


def test_vote_5xx_until_the_budget_is_unknown(wire: Wire) -> None:
    _, client = wire([Reply(500)], retry_budget=1)
    with pytest.raises(VoteOutcomeUnknown) as info:
        client.vote("p1", "a1", 2, idempotency_key="key-9")
    assert (info.value.poll_id, info.value.idempotency_key) == ("p1", "key-9")


def test_vote_answered_only_503_was_not_counted_and_keeps_its_budget(wire: Wire) -> None:
    server, client = wire([Reply(503, b"<html>down</html>")], retry_budget=20)
    started = time.monotonic()
    with pytest.raises(VoteNotCounted) as info:
        client.vote("p1", "a1", 2, idempotency_key="key-7", budget=1.5)
    assert time.monotonic() - started < 2.5, "the vote's own budget bounds every try"
    assert info.value.status == 503
    assert len(server.seen) >= 2, "a 503 is retried with the same key first"
    assert {s.headers["Idempotency-Key"] for s in server.seen} == {"key-7"}


def test_vote_answered_500_then_503_stays_unknown(wire: Wire) -> None:
    """A 500 may have run the vote: a later 503 cannot prove it was not counted."""
    _, client = wire(lambda path, count: Reply(500 if count == 0 else 503), retry_budget=1)
    with pytest.raises(VoteOutcomeUnknown):
        client.vote("p1", "a1", 2, idempotency_key="key-8")


@pytest.mark.parametrize(
    ("status", "message", "reason"),
    [
        (409, "You have already voted in this poll.", VoteRejected.ALREADY_VOTED),
        (422, "This poll is not open for voting.", VoteRejected.CLOSED),
        (422, "You can vote with at most 5 tokens in this poll.", VoteRejected.OVER_LIMIT),
        (422, "Your balance is 3 tokens.", VoteRejected.OVER_LIMIT),
        (404, "Unknown answer.", VoteRejected.NOT_FOUND),
        (400, "tokenCount must be a whole number.", VoteRejected.INVALID),
    ],
)
def test_vote_rejections_by_status(wire: Wire, status: int, message: str, reason: str) -> None:
    body = json.dumps({"code": status, "message": message}).encode()
    server, client = wire([Reply(status, body, JSON)])
    with pytest.raises(VoteRejected) as info:
        client.vote("p1", "a1", 2, idempotency_key="k")
    assert info.value.reason == reason
    assert info.value.message == message
    assert len(server.seen) == 1, "a refusal is final: no retry"


PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 100


@pytest.mark.parametrize(
    ("reply", "error"),
    [
        (Reply(200, b"<html>hi</html>", {"Content-Type": "text/html"}), "not_a_picture"),
        (Reply(200, PNG * 100, {"Content-Type": "image/png"}), "too_large"),
        (Reply(404, b"", {"Content-Type": "image/png"}), None),
    ],
)
def test_fetch_image_refuses_bad_answers(wire: Wire, reply: Reply, error: str | None) -> None:
    server, client = wire([reply])
    with pytest.raises(ApiError) as info:
        client.fetch_image(f"{server.base_url}/logo.png", max_bytes=5000)
    assert info.value.problem == error
    assert info.value.status == (reply.status if error is None else None)


def test_fetch_image_sends_no_credentials(wire: Wire) -> None:
    picture = Reply(200, PNG, {"Content-Type": "image/png; charset=binary"})
    poll = Reply(200, json.dumps({"data": POLL}).encode(), JSON)
    server, client = wire(lambda path, _: picture if path == "/logo.png" else poll)
    client.get_poll("p1")  # the client has used its token before
    assert client.fetch_image(f"{server.base_url}/logo.png") == PNG
    assert "Authorization" in server.seen[0].headers
    assert "Authorization" not in server.seen[1].headers


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://x/y.png", "logo.png"])
def test_fetch_image_only_fetches_web_addresses(url: str) -> None:
    with make_client("http://127.0.0.1:1") as client, pytest.raises(ApiError) as info:
        client.fetch_image(url)
    assert info.value.problem == "not_web_address"
