"""PollsClient against the real sandbox over loopback: reads, paging, votes, faults, auth."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from urllib.parse import urlsplit

import pytest
import requests

from partner_desktop.api.client import PollsClient
from partner_desktop.api.models import Poll, PollQuery, UserPoll
from partner_desktop.errors import (
    ApiError,
    NetworkError,
    SignedOut,
    VoteOutcomeUnknown,
    VoteRejected,
)
from partner_desktop.sandbox.server import SandboxServer
from tests.helpers.network import DroppingProxy
from tests.helpers.oauth import SandboxTokens, profile_for

MakeSandbox = Callable[..., SandboxServer]
EVERYTHING = PollQuery(limit=100)


@pytest.fixture(scope="module")
def all_polls(sandbox: SandboxServer, alice: SandboxTokens) -> tuple[Poll, ...]:
    with PollsClient(profile_for(sandbox.base_url), alice) as client:
        result = client.list_polls(EVERYTHING)
    assert result.page.total == len(result.items) == 48, "the seeded sandbox has 48 polls"
    return result.items


def ids(polls: Iterable[Poll | UserPoll]) -> set[str]:
    return {p.id for p in polls}


def _median(values: list[datetime]) -> datetime:
    """Half-way between the two middle values: never equal to a poll's own time, whose
    wire form is cut to the second while the server compares the full value."""
    ordered = sorted(values)
    low, high = ordered[len(ordered) // 2 - 1], ordered[len(ordered) // 2]
    return low + (high - low) / 2


# --- reading --------------------------------------------------------------------------------


def _filters(polls: tuple[Poll, ...]) -> list[tuple[str, PollQuery, Callable[[Poll], bool]]]:
    partners = sorted({p.partner_id for p in polls})[:2]
    chosen = [p.id for p in polls[::7]]
    opens = _median([p.open_at for p in polls if p.open_at])
    closes = _median([p.close_at for p in polls if p.close_at])
    published = _median([p.publication_date for p in polls if p.publication_date])
    disclosed = _median([p.disclosed_at for p in polls if p.disclosed_at])

    def within(value: datetime | None, low: datetime | None, high: datetime | None) -> bool:
        if value is None:
            return False
        return (low is None or value >= low) and (high is None or value <= high)

    return [
        ("search", PollQuery(search="KIT"), lambda p: "kit" in p.question.casefold()),
        (
            "partnerIds[]",
            PollQuery(partner_ids=tuple(partners)),
            lambda p: p.partner_id in partners,
        ),
        ("ids[]", PollQuery(ids=tuple(chosen)), lambda p: p.id in chosen),
        (
            "status[]",
            PollQuery(statuses=("open", "cancelled")),
            lambda p: p.status in ("open", "cancelled"),
        ),
        ("quorumReached", PollQuery(quorum_reached=True), lambda p: p.is_quorum_reached),
        ("bound=false", PollQuery(bound=False), lambda p: not p.is_bound),
        ("openAt[from]", PollQuery(open_from=opens), lambda p: within(p.open_at, opens, None)),
        ("closeAt[to]", PollQuery(close_to=closes), lambda p: within(p.close_at, None, closes)),
        (
            "publicationDate[from,to]",
            PollQuery(published_from=published, published_to=closes),
            lambda p: within(p.publication_date, published, closes),
        ),
        (
            "disclosedAt[from]",
            PollQuery(disclosed_from=disclosed),
            lambda p: within(p.disclosed_at, disclosed, None),
        ),
        (
            "combined",
            PollQuery(statuses=("open",), bound=False, partner_ids=tuple(partners)),
            lambda p: p.status == "open" and not p.is_bound and p.partner_id in partners,
        ),
    ]


def test_every_filter_selects_what_it_says(
    client: PollsClient, all_polls: tuple[Poll, ...]
) -> None:
    for name, query, keep in _filters(all_polls):
        expected = {p.id for p in all_polls if keep(p)}
        assert 0 < len(expected) < len(all_polls), f"{name}: the seed makes this filter meaningful"
        result = client.list_polls(replace(query, limit=100))
        assert ids(result.items) == expected, name
        assert result.page.total == len(expected), name


@pytest.mark.parametrize("order_by", ["closeAt", "openAt", "publicationDate", "usedTokenCount"])
@pytest.mark.parametrize("direction", ["asc", "desc"])
def test_order(client: PollsClient, order_by: str, direction: str) -> None:
    result = client.list_polls(PollQuery(order_by=order_by, direction=direction, limit=100))
    attribute = {
        "closeAt": "close_at",
        "openAt": "open_at",
        "publicationDate": "publication_date",
        "usedTokenCount": "used_token_count",
    }[order_by]
    values = [getattr(p, attribute) for p in result.items]
    assert values == sorted(values, reverse=direction == "desc")


def test_paging_by_page_number(client: PollsClient, all_polls: tuple[Poll, ...]) -> None:
    order = PollQuery(order_by="closeAt", direction="asc", limit=100)
    full = [p.id for p in client.list_polls(order).items]
    seen: list[str] = []
    for number in range(1, 9):
        result = client.list_polls(
            PollQuery(order_by="closeAt", direction="asc", limit=7, page=number)
        )
        assert result.page.page == number
        seen.extend(p.id for p in result.items)
        assert result.has_more == (number < 7)
    assert seen == full


def test_paging_by_cursor(client: PollsClient) -> None:
    query: PollQuery | None = PollQuery(statuses=("open", "closed", "disclosed"), limit=10)
    seen: list[str] = []
    cursors: list[str | None] = []
    while query is not None:
        cursors.append(query.cursor)
        result = client.list_polls(query)
        seen.extend(p.id for p in result.items)
        query = query.next(result.page)
    assert len(seen) == len(set(seen)) == 16 + 9 + 10
    assert cursors[0] is None
    assert all(c for c in cursors[1:]), "later pages were asked for with the server's cursor"
    assert len(cursors) == 4


def test_detail_equals_list_item(client: PollsClient, all_polls: tuple[Poll, ...]) -> None:
    for poll in all_polls[::6]:
        assert client.get_poll(poll.id) == poll
    assert all(p.logo_url for p in all_polls)
    assert any(p.results_visible for p in all_polls)
    assert not all(p.results_visible for p in all_polls)


def test_unknown_poll_is_a_404_with_the_servers_message(client: PollsClient) -> None:
    with pytest.raises(ApiError) as info:
        client.get_poll(str(uuid.uuid4()))
    assert info.value.status == 404
    assert info.value.message == "No poll has this id."  # the server's words, kept as data


def test_bad_query_value_is_reported(client: PollsClient) -> None:
    with pytest.raises(ApiError) as info:
        client.list_polls(PollQuery(statuses=("someday",)))
    assert info.value.status == 400
    assert "someday" in (info.value.message or "")


def test_user_polls_account_and_wallet(client: PollsClient, all_polls: tuple[Poll, ...]) -> None:
    mine = client.list_user_polls(EVERYTHING)
    assert ids(mine.items) == ids(all_polls)
    assert all(up.user_token_balance > 0 for up in mine.items), "alice holds every partner's token"
    one = mine.items[3]
    assert client.get_user_poll(one.id).user_token_balance == one.user_token_balance
    account = client.get_account()
    assert account.username == "alice"
    assert account.email == "alice@sandbox.example"
    wallet = client.get_wallet()
    assert len(wallet) == 6
    assert {w.currency.short_code for w in wallet} == {"HBR", "NGU", "RVR", "CAS", "LKL", "VVB"}
    assert all(w.total_balance > 0 for w in wallet)


def test_user_route_with_an_app_token_means_signed_out(
    sandbox: SandboxServer, alice: SandboxTokens
) -> None:
    tokens = SandboxTokens(sandbox.base_url)
    tokens.queued[True] = [alice.client_token()]
    try:
        with PollsClient(profile_for(sandbox.base_url), tokens) as client, pytest.raises(SignedOut):
            client.get_account()
    finally:
        tokens.close()


def test_partner_logo_is_fetched(client: PollsClient, all_polls: tuple[Poll, ...]) -> None:
    url = all_polls[0].logo_url
    assert url is not None
    assert client.fetch_image(url).startswith(b"\x89PNG\r\n\x1a\n")
    with pytest.raises(ApiError) as large:
        client.fetch_image(url, max_bytes=10)
    assert large.value.problem == "too_large"
    with pytest.raises(ApiError) as missing:
        client.fetch_image(url.replace(".png", "-missing.png"))
    assert missing.value.status == 404


# --- 401, faults and transport --------------------------------------------------------------


@dataclass
class Fresh:
    """A sandbox of the test's own (votes change it), with alice signed in and a client."""

    server: SandboxServer
    tokens: SandboxTokens
    client: PollsClient


@pytest.fixture
def fresh(make_sandbox: MakeSandbox) -> Iterator[Callable[..., Fresh]]:
    made: list[Fresh] = []

    def make(username: str = "alice", **config: object) -> Fresh:
        server = make_sandbox(**config)
        tokens = SandboxTokens(server.base_url, username=username)
        client = PollsClient(profile_for(server.base_url), tokens, retry_budget=5)
        made.append(Fresh(server, tokens, client))
        return made[-1]

    yield make
    for item in made:
        item.client.close()
        item.tokens.close()


def test_revoked_token_is_refreshed_once(fresh: Callable[..., Fresh]) -> None:
    f = fresh()
    stale_user = f.tokens.user_token()
    stale_app = f.tokens.client_token()
    f.tokens.revoke(stale_user)
    f.tokens.revoke(stale_app)
    f.tokens.queued = {True: [stale_user], False: [stale_app]}
    assert f.client.get_account().username == "alice"
    assert f.client.list_polls(PollQuery(limit=1)).items
    assert f.tokens.invalidated == [(stale_user, True), (stale_app, False)]
    assert f.tokens.bearer_calls == [True, True, False, False]


def test_503_bursts_are_recovered(fresh: Callable[..., Fresh]) -> None:
    f = fresh(error_rate=0.5)
    statuses: list[int] = []
    session = requests.Session()
    session.hooks["response"].append(lambda r, *a, **k: statuses.append(r.status_code))
    with (
        session,
        PollsClient(
            profile_for(f.server.base_url), f.tokens, session=session, retry_budget=20
        ) as client,
    ):
        for _ in range(16):
            assert client.list_polls(PollQuery(limit=5)).items
    assert 503 in statuses, "the sandbox did inject failures"
    assert statuses.count(200) == 16


def test_503_that_lasts_gives_up_within_the_budget(fresh: Callable[..., Fresh]) -> None:
    f = fresh(error_rate=1.0)
    client = PollsClient(profile_for(f.server.base_url), f.tokens, retry_budget=1.5)
    with client:
        started = time.monotonic()
        with pytest.raises(ApiError) as info:
            client.list_polls(PollQuery())
        assert time.monotonic() - started < 3
    assert info.value.status == 503


def test_throttle_429_is_reported_when_retry_after_exceeds_the_budget(
    fresh: Callable[..., Fresh],
) -> None:
    f = fresh(throttle=3)
    for _ in range(3):
        f.client.list_polls(PollQuery(limit=1))
    started = time.monotonic()
    with pytest.raises(ApiError) as info:
        f.client.list_polls(PollQuery(limit=1))
    assert time.monotonic() - started < 2, "a Retry-After beyond the budget is not slept through"
    assert (info.value.status, info.value.code) == (429, "900800")
    f.server.set_faults(throttle=0)
    assert f.client.list_polls(PollQuery(limit=1)).items


def test_slow_server_times_out_as_network_error(fresh: Callable[..., Fresh]) -> None:
    f = fresh()
    f.client.get_account()  # sign in before the server turns slow
    f.server.set_faults(latency_ms=1500)
    client = PollsClient(profile_for(f.server.base_url), f.tokens, timeout=0.3, retry_budget=0.5)
    with client, pytest.raises(NetworkError) as info:
        client.get_account()
    assert info.value.reason == NetworkError.TIMEOUT
    assert info.value.host == urlsplit(f.server.base_url).netloc


def test_stopped_server_is_a_network_error(fresh: Callable[..., Fresh]) -> None:
    f = fresh()
    f.client.get_account()
    f.server.stop()
    client = PollsClient(profile_for(f.server.base_url), f.tokens, retry_budget=20)
    started = time.monotonic()
    with client, pytest.raises(NetworkError) as info:
        client.get_account()
    assert info.value.reason == NetworkError.REFUSED
    assert time.monotonic() - started < 3, "a refusing server is not retried for the whole budget"


# --- voting ---------------------------------------------------------------------------------


def _poll(client: PollsClient, status: str, *, limit: Callable[[int | None], bool] = bool) -> Poll:
    polls = client.list_polls(PollQuery(statuses=(status,), limit=100)).items
    return next(p for p in polls if limit(p.token_limit))


def test_vote_is_counted_and_final(fresh: Callable[..., Fresh]) -> None:
    f = fresh()
    poll = _poll(f.client, "open", limit=lambda n: n is None or n >= 3)
    assert not poll.results_visible or poll.disclosed_at is not None
    answer = poll.answers[1]
    result = f.client.vote(poll.id, answer.id, 3, idempotency_key=str(uuid.uuid4()))
    assert result.user_vote is not None
    assert (result.user_vote.answer_id, result.user_vote.token_count) == (answer.id, 3)
    assert result.poll.used_token_count == poll.used_token_count + 3
    assert result.poll.results_visible, "a voter sees the results"
    assert f.client.get_user_poll(poll.id) == result
    with pytest.raises(VoteRejected) as info:
        f.client.vote(poll.id, poll.answers[0].id, 1, idempotency_key=str(uuid.uuid4()))
    assert info.value.reason == VoteRejected.ALREADY_VOTED
    assert info.value.status == 409
    assert "already voted" in (info.value.message or "")


@pytest.mark.parametrize("status", ["upcoming", "closed", "disclosed", "cancelled"])
def test_vote_on_a_poll_that_is_not_open_is_closed(
    fresh: Callable[..., Fresh], status: str
) -> None:
    f = fresh()
    poll = _poll(f.client, status, limit=lambda _: True)
    with pytest.raises(VoteRejected) as info:
        f.client.vote(poll.id, poll.answers[0].id, 1, idempotency_key=str(uuid.uuid4()))
    assert info.value.reason == VoteRejected.CLOSED
    assert status in (info.value.message or "")


def test_vote_over_the_limit_or_the_balance(fresh: Callable[..., Fresh]) -> None:
    f = fresh()
    mine = f.client.list_user_polls(PollQuery(statuses=("open",), limit=100)).items
    limited = next(
        up for up in mine if up.poll.token_limit and up.poll.token_limit < up.user_token_balance
    )
    assert limited.poll.token_limit is not None
    with pytest.raises(VoteRejected) as info:
        f.client.vote(
            limited.id,
            limited.poll.answers[0].id,
            limited.poll.token_limit + 1,
            idempotency_key=str(uuid.uuid4()),
        )
    assert info.value.reason == VoteRejected.OVER_LIMIT
    roomy = next(
        up
        for up in mine
        if up.poll.token_limit is None or up.poll.token_limit > up.user_token_balance
    )
    with pytest.raises(VoteRejected) as info:
        f.client.vote(
            roomy.id,
            roomy.poll.answers[0].id,
            roomy.user_token_balance + 1,
            idempotency_key=str(uuid.uuid4()),
        )
    assert info.value.reason == VoteRejected.OVER_LIMIT
    assert f.client.get_user_poll(roomy.id).user_vote is None, "a refused vote left no trace"


def test_carol_without_tokens_is_over_the_balance(fresh: Callable[..., Fresh]) -> None:
    f = fresh("carol")
    poll = _poll(f.client, "open", limit=lambda _: True)
    with pytest.raises(VoteRejected) as info:
        f.client.vote(poll.id, poll.answers[0].id, 1, idempotency_key=str(uuid.uuid4()))
    assert info.value.reason == VoteRejected.OVER_LIMIT


def test_bob_sees_his_seeded_vote(fresh: Callable[..., Fresh]) -> None:
    f = fresh("bob")
    voted = [up for up in f.client.list_user_polls(EVERYTHING).items if up.user_vote is not None]
    assert len(voted) == 1
    poll = voted[0]
    with pytest.raises(VoteRejected) as info:
        f.client.vote(poll.id, poll.poll.answers[0].id, 1, idempotency_key=str(uuid.uuid4()))
    assert info.value.reason == VoteRejected.ALREADY_VOTED


def test_vote_for_unknown_poll_or_answer_is_not_found(fresh: Callable[..., Fresh]) -> None:
    f = fresh()
    poll = _poll(f.client, "open")
    for poll_id, answer_id in ((str(uuid.uuid4()), poll.answers[0].id), (poll.id, "no-such")):
        with pytest.raises(VoteRejected) as info:
            f.client.vote(poll_id, answer_id, 1, idempotency_key=str(uuid.uuid4()))
        assert info.value.reason == VoteRejected.NOT_FOUND


def test_vote_with_zero_tokens_is_invalid(fresh: Callable[..., Fresh]) -> None:
    f = fresh()
    poll = _poll(f.client, "open")
    with pytest.raises(VoteRejected) as info:
        f.client.vote(poll.id, poll.answers[0].id, 0, idempotency_key=str(uuid.uuid4()))
    assert info.value.reason == VoteRejected.INVALID
    assert "tokenCount" in (info.value.message or "")


def _proxied(f: Fresh, proxy: DroppingProxy, *, retry_budget: float) -> PollsClient:
    return PollsClient(profile_for(proxy.base_url), f.tokens, retry_budget=retry_budget)


def test_dropped_answer_is_retried_with_the_same_key_and_counted_once(
    fresh: Callable[..., Fresh],
) -> None:
    f = fresh()
    poll = _poll(f.client, "open", limit=lambda n: n is None or n >= 2)
    f.client.get_account()  # sign in first: only the vote goes through the proxy
    host, port = f.server.base_url.removeprefix("http://").split(":")
    with DroppingProxy((host, int(port))) as proxy, _proxied(f, proxy, retry_budget=10) as client:
        proxy.drop_next(1)
        result = client.vote(poll.id, poll.answers[0].id, 2, idempotency_key=str(uuid.uuid4()))
        assert proxy.dropped == 1, "the first answer really was lost"
    assert result.user_vote is not None
    assert result.user_vote.token_count == 2
    after = f.client.get_poll(poll.id)
    assert after.used_token_count == poll.used_token_count + 2, "counted once"


def test_vote_with_no_answer_is_unknown_then_settled_by_the_same_key(
    fresh: Callable[..., Fresh],
) -> None:
    f = fresh()
    poll = _poll(f.client, "open", limit=lambda n: n is None or n >= 2)
    f.client.get_account()
    key = str(uuid.uuid4())
    host, port = f.server.base_url.removeprefix("http://").split(":")
    with DroppingProxy((host, int(port))) as proxy, _proxied(f, proxy, retry_budget=1) as client:
        proxy.drop_next(1000)
        with pytest.raises(VoteOutcomeUnknown) as info:
            client.vote(poll.id, poll.answers[0].id, 2, idempotency_key=key)
    assert (info.value.poll_id, info.value.idempotency_key) == (poll.id, key)
    assert proxy.dropped >= 1
    # The app re-asks with the same key once the network is back: the first answer is replayed.
    settled = f.client.vote(poll.id, poll.answers[0].id, 2, idempotency_key=key)
    assert settled.user_vote is not None
    assert f.client.get_poll(poll.id).used_token_count == poll.used_token_count + 2
    with pytest.raises(VoteRejected) as again:
        f.client.vote(poll.id, poll.answers[0].id, 2, idempotency_key=str(uuid.uuid4()))
    assert again.value.reason == VoteRejected.ALREADY_VOTED


def test_vote_through_503_bursts_counts_once(fresh: Callable[..., Fresh]) -> None:
    f = fresh(error_rate=0.6)
    f.tokens.user_token()  # the token endpoint has no injected faults; resource calls do
    client = PollsClient(profile_for(f.server.base_url), f.tokens, retry_budget=20)
    with client:
        poll = _poll(client, "open", limit=lambda n: n is None or n >= 1)
        before = poll.used_token_count
        result = client.vote(poll.id, poll.answers[0].id, 1, idempotency_key=str(uuid.uuid4()))
        assert result.user_vote is not None
        assert client.get_poll(poll.id).used_token_count == before + 1
