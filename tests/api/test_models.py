"""Parsing of Partner API answers: valid, odd-but-legal, and hostile bodies."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from partner_desktop.api.models import (
    Account,
    Page,
    Poll,
    PollList,
    UserPoll,
    UserPollList,
    parse_wallet,
)
from partner_desktop.errors import ApiError


def poll_json(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": "p-1",
        "partnerId": "partner-1",
        "partnerName": "FC Example",
        "partnerImages": [
            {
                "url": "https://img/small.png",
                "type": "png",
                "format": "mobile",
                "width": "64",
                "height": "64",
            },
            {
                "url": "https://img/desk.png",
                "type": "png",
                "format": "desktop",
                "width": "500",
                "height": "500",
            },
        ],
        "question": "Which kit?",
        "information": "Vote for next season's kit.",
        "publicationDate": "2026-11-01T10:00:00+00:00",
        "openAt": "2026-11-02T10:00:00Z",
        "closeAt": "2026-12-02T10:00:00+01:00",
        "disclosedAt": None,
        "type": "engagement",
        "status": "open",
        "isBound": True,
        "isQuorumReached": False,
        "quorum": "0.2",
        "currentQuorumPercentage": "0.13",
        "usedTokenCount": 4,
        "tokenLimit": 3000,
        "answers": [
            {
                "id": "a-2",
                "answer": "Away",
                "position": 2,
                "images": [],
                "tokenCount": None,
                "percentage": None,
            },
            {
                "id": "a-1",
                "answer": "Home",
                "position": 1,
                "images": [],
                "tokenCount": None,
                "percentage": None,
            },
        ],
    }
    data.update(overrides)
    return data


def test_valid_poll_becomes_typed_value() -> None:
    poll = Poll.from_json(poll_json())
    assert poll.id == "p-1"
    assert poll.quorum == 0.2
    assert poll.current_quorum_percentage == 0.13
    assert poll.partner_images[1].width == 500
    assert poll.open_at == datetime(2026, 11, 2, 10, tzinfo=UTC)
    assert poll.close_at == datetime(2026, 12, 2, 9, tzinfo=UTC)
    assert poll.close_at is not None
    assert poll.close_at.utcoffset() == timedelta(hours=1)
    assert poll.disclosed_at is None
    assert [a.id for a in poll.answers] == ["a-1", "a-2"], "answers are in position order"
    assert poll.is_open
    assert not poll.results_visible
    assert poll.logo_url == "https://img/desk.png"


def test_tallies_make_results_visible() -> None:
    answers = [{"id": "a", "answer": "A", "position": 1, "tokenCount": 120, "percentage": "0.45"}]
    poll = Poll.from_json(poll_json(answers=answers, status="closed"))
    assert poll.results_visible
    assert poll.answers[0].token_count == 120
    assert poll.answers[0].percentage == 0.45
    assert not poll.is_open


def test_unknown_extras_and_enum_values_are_kept() -> None:
    poll = Poll.from_json(poll_json(status="paused", type="onchain", brandNewField={"x": [1]}))
    assert poll.status == "paused"
    assert poll.type == "onchain"
    assert not poll.is_open


def test_value_is_frozen() -> None:
    poll = Poll.from_json(poll_json())
    with pytest.raises(AttributeError):
        poll.id = "other"  # type: ignore[misc]


@pytest.mark.parametrize("missing", ["id", "question"])
def test_poll_without_required_field_names_it(missing: str) -> None:
    data = poll_json()
    del data[missing]
    with pytest.raises(ApiError) as info:
        Poll.from_json(data)
    assert (info.value.field, info.value.problem) == (missing, "missing")
    assert missing in str(info.value)


def test_error_path_points_into_nested_lists() -> None:
    polls = [poll_json(id=f"p-{i}") for i in range(5)]
    polls[3]["answers"][1]["id"] = 17.5
    with pytest.raises(ApiError) as info:
        PollList.from_json({"data": polls, "meta": None})
    assert info.value.field == "data[3].answers[1].id"
    assert "data[3].answers[1].id" in str(info.value)
    assert "17.5" not in str(info.value), "the message names the field, it does not dump the body"


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"quorum": "lots"}, "quorum"),
        ({"quorum": "nan"}, "quorum"),
        ({"quorum": "1_000"}, "quorum"),
        ({"quorum": True}, "quorum"),
        ({"usedTokenCount": "4.5"}, "usedTokenCount"),
        ({"usedTokenCount": False}, "usedTokenCount"),
        ({"isBound": "yes"}, "isBound"),
        ({"openAt": "tomorrow"}, "openAt"),
        ({"openAt": "2026-11-02T10:00:00"}, "openAt"),
        ({"openAt": 1700000000}, "openAt"),
        ({"answers": {"id": "a"}}, "answers"),
        ({"answers": ["a"]}, "answers[0]"),
        ({"partnerImages": [{"width": "1"}]}, "partnerImages[0].url"),
        ({"partnerImages": [{"url": "u", "width": "wide"}]}, "partnerImages[0].width"),
        ({"question": ["Which?"]}, "question"),
    ],
)
def test_mistyped_fields_are_named(overrides: dict[str, Any], field: str) -> None:
    with pytest.raises(ApiError) as info:
        Poll.from_json(poll_json(**overrides))
    assert info.value.field == field


def test_huge_number_is_an_api_error_not_an_overflow() -> None:
    with pytest.raises(ApiError) as info:
        Poll.from_json(poll_json(quorum=10**400))
    assert info.value.field == "quorum"


def test_optional_fields_may_be_absent() -> None:
    poll = Poll.from_json({"id": "p", "question": "Q?"})
    assert poll.answers == ()
    assert poll.open_at is None
    assert poll.quorum is None
    assert poll.logo_url is None
    assert poll.used_token_count == 0


@pytest.mark.parametrize(
    ("quorum", "current"), [("0", "0"), (None, None), ("0", None), (0, 0), ("0.0", "0.4")]
)
def test_a_poll_without_quorum(quorum: object, current: object) -> None:
    """Contract 3.2 sends "0" for a poll without quorum; a real server may send null."""
    poll = Poll.from_json(poll_json(quorum=quorum, currentQuorumPercentage=current))
    assert poll.quorum is None
    assert poll.current_quorum_percentage is None


def test_user_poll_carries_vote_and_balance() -> None:
    data = poll_json(
        userVote={"answerId": "a-1", "tokenCount": 3, "votedAt": "2026-11-03T12:00:00+02:00"},
        userTokenBalance=12,
    )
    up = UserPoll.from_json(data)
    assert up.id == "p-1"
    assert up.user_vote is not None
    assert up.user_vote.answer_id == "a-1"
    assert up.user_vote.voted_at == datetime(2026, 11, 3, 12, tzinfo=timezone(timedelta(hours=2)))
    assert up.user_token_balance == 12
    assert UserPoll.from_json(poll_json(userVote=None)).user_vote is None


def test_user_poll_list_error_path() -> None:
    items = [poll_json(userVote=None, userTokenBalance=1) for _ in range(2)]
    items[1]["userVote"] = {"answerId": "a-1"}
    with pytest.raises(ApiError) as info:
        UserPollList.from_json({"data": items})
    assert info.value.field == "data[1].userVote.tokenCount"


def test_list_with_meta() -> None:
    body = {"data": [poll_json()], "meta": {"page": 1, "limit": 1, "total": 3, "nextCursor": None}}
    result = PollList.from_json(body)
    assert result.page == Page(page=1, limit=1, total=3, next_cursor=None)
    assert result.has_more


def test_list_without_meta_is_a_single_page() -> None:
    result = PollList.from_json({"data": [poll_json()]})
    assert result.page == Page(None, None, None, None)
    assert not result.has_more


def test_last_page_has_no_more() -> None:
    body = {"data": [], "meta": {"page": 3, "limit": 20, "total": 60, "nextCursor": None}}
    assert not PollList.from_json(body).has_more


def test_cursor_means_more() -> None:
    body = {"data": [], "meta": {"nextCursor": "abc"}}
    assert PollList.from_json(body).has_more


@pytest.mark.parametrize("body", [[], "data", None, {"meta": {}}, {"data": {"id": "p"}}])
def test_list_envelope_must_hold_a_data_list(body: object) -> None:
    with pytest.raises(ApiError):
        PollList.from_json(body)


def test_account() -> None:
    acc = Account.from_json(
        {"userId": 42, "username": "alice", "avatarUrl": None, "email": "a@example.org"}
    )
    assert acc == Account(user_id="42", username="alice", avatar_url=None, email="a@example.org")
    with pytest.raises(ApiError) as info:
        Account.from_json({"userId": "1"})
    assert info.value.field == "username"


def test_wallet() -> None:
    body = {
        "data": [
            {
                "id": "w1",
                "totalBalance": "12.50",
                "currencyNetwork": {
                    "id": "c1",
                    "shortCode": "BAR",
                    "type": "fan_token",
                    "symbol": "BAR",
                    "precision": 2,
                    "networkType": "chiliz",
                    "images": [],
                },
                "blockchainAddress": None,
            }
        ]
    }
    (entry,) = parse_wallet(body)
    assert entry.total_balance == Decimal("12.50")
    assert entry.currency.short_code == "BAR"
    assert entry.currency.precision == 2
    bad: dict[str, Any] = copy.deepcopy(body)
    bad["data"][0]["totalBalance"] = "Infinity"
    with pytest.raises(ApiError) as info:
        parse_wallet(bad)
    assert info.value.field == "data[0].totalBalance"
    del bad["data"][0]["currencyNetwork"]
    bad["data"][0]["totalBalance"] = 3
    with pytest.raises(ApiError) as info:
        parse_wallet(bad)
    assert info.value.field == "data[0].currencyNetwork"


# --- hostile input ---------------------------------------------------------------------------

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=5)
    ),
    max_leaves=30,
)

poll_keys = st.sampled_from([*poll_json(), "userVote", "userTokenBalance"])


@st.composite
def mutated_polls(draw: st.DrawFn) -> dict[str, Any]:
    """A real poll with some fields replaced by random JSON: gets past the first check."""
    data = poll_json(userVote={"answerId": "a", "tokenCount": 1}, userTokenBalance=3)
    for key in draw(st.lists(poll_keys, max_size=4)):
        if draw(st.booleans()):
            data[key] = draw(json_values)
        else:
            data.pop(key, None)
    return data


def _parse_everything(body: object) -> None:
    for parser in (
        PollList.from_json,
        UserPollList.from_json,
        Poll.from_json,
        UserPoll.from_json,
        Account.from_json,
        parse_wallet,
    ):
        try:
            parser(body)
        except ApiError as exc:
            message = str(exc)
        else:
            continue
        # A terse record for the log: what is wrong, never a sentence or a dump of the body.
        assert message.startswith("ApiError(problem=")


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], database=None)
@given(json_values)
def test_random_json_gives_a_value_or_api_error(body: object) -> None:
    _parse_everything(body)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], database=None)
@given(mutated_polls())
def test_mutated_polls_give_a_value_or_api_error(poll: dict[str, Any]) -> None:
    _parse_everything(poll)
    _parse_everything({"data": [poll], "meta": {"page": 1}})
    # What went through json.loads must parse the same as the in-memory form.
    try:
        text = json.dumps({"data": [poll]})
    except ValueError:
        return
    _parse_everything(json.loads(text))


@settings(max_examples=200, database=None)
@given(json_values)
def test_random_meta_gives_a_page_or_api_error(meta: object) -> None:
    _parse_everything({"data": [], "meta": meta})
    try:
        page = Page.from_json(meta, "meta")
    except ApiError as exc:
        field = exc.field
    else:
        assert isinstance(page.has_more, bool)
        return
    assert field is not None
    assert field.startswith("meta")
