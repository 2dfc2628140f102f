"""Resource endpoints (contract 3): authentication, every filter, both paging styles, shapes."""

from __future__ import annotations

import collections
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import requests

from partner_desktop.sandbox import seed
from partner_desktop.sandbox.server import SandboxServer
from tests.helpers.sandbox_http import V, all_polls, client_token, get, user_tokens

POLLS = f"/polls/{V}/polls"
USER_ROUTES = [
    f"/polls/{V}/user/polls",
    f"/polls/{V}/user/poll/{{poll_id}}",
    "/user/1.0.0/user",
    "/wallet/1.0.0/user/wallet",
]


@pytest.fixture(scope="module")
def cc(sandbox: SandboxServer) -> str:
    return client_token(sandbox)


@pytest.fixture(scope="module")
def alice(sandbox: SandboxServer) -> str:
    return str(user_tokens(sandbox, "alice")["access_token"])


@pytest.fixture(scope="module")
def polls(sandbox: SandboxServer, cc: str) -> list[dict[str, Any]]:
    return all_polls(sandbox, cc)


def when(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def ids(items: list[dict[str, Any]]) -> list[str]:
    return [item["id"] for item in items]


# --- authentication --------------------------------------------------------------------------


def test_missing_header_is_900902(sandbox: SandboxServer) -> None:
    response = get(sandbox, POLLS, None)
    assert response.status_code == 401
    body = response.json()
    assert body["code"] == "900902"
    assert body["message"] == "Missing Credentials"
    assert body["description"]


@pytest.mark.parametrize(
    "header", ["Bearer nope", "Bearer ", "Basic abc", "nonsense", "Bearer " + "x" * 600]
)
def test_bad_credentials_are_900901(sandbox: SandboxServer, header: str) -> None:
    response = requests.get(
        f"{sandbox.base_url}{POLLS}", headers={"Authorization": header}, timeout=10
    )
    assert response.status_code == 401
    assert response.json()["code"] == "900901"


@pytest.mark.parametrize("route", USER_ROUTES)
def test_client_token_on_a_user_route_is_403_900910(
    sandbox: SandboxServer, cc: str, polls: list[dict[str, Any]], route: str
) -> None:
    response = get(sandbox, route.format(poll_id=polls[0]["id"]), cc)
    assert response.status_code == 403
    assert response.json()["code"] == "900910"


def test_client_token_cannot_vote(
    sandbox: SandboxServer, cc: str, polls: list[dict[str, Any]]
) -> None:
    poll = polls[0]
    response = requests.post(
        f"{sandbox.base_url}/polls/{V}/user/poll/{poll['id']}/vote",
        json={"answerId": poll["answers"][0]["id"], "tokenCount": 1},
        headers={"Authorization": f"Bearer {cc}"},
        timeout=10,
    )
    assert response.status_code == 403
    assert response.json()["code"] == "900910"


def test_user_token_reads_public_routes(sandbox: SandboxServer, alice: str) -> None:
    assert get(sandbox, POLLS, alice).status_code == 200


# --- seed, statuses and shapes ---------------------------------------------------------------


def test_seed_covers_every_status(polls: list[dict[str, Any]]) -> None:
    assert len(polls) == seed.POLL_COUNT >= 40
    counts = collections.Counter(p["status"] for p in polls)
    assert counts == collections.Counter(seed.STATUS_PLAN)
    assert len({p["partnerId"] for p in polls}) == len(seed.PARTNERS) >= 5
    assert all(2 <= len(p["answers"]) <= 6 for p in polls)
    assert any(p["isBound"] for p in polls)
    assert not all(p["isBound"] for p in polls)
    assert any(p["isQuorumReached"] for p in polls)
    assert any(p["usedTokenCount"] > 0 for p in polls if p["status"] == "open")


def test_status_agrees_with_the_dates(polls: list[dict[str, Any]]) -> None:
    now = datetime.now(UTC)
    for p in polls:
        open_at, close_at, disclosed = when(p["openAt"]), when(p["closeAt"]), when(p["disclosedAt"])
        assert open_at is not None
        assert close_at is not None
        assert open_at < close_at
        assert open_at.tzinfo is not None
        status = p["status"]
        if status == "upcoming":
            assert now < open_at
        elif status == "open":
            assert open_at <= now < close_at
        elif status == "closed":
            assert close_at <= now
            assert disclosed is None or disclosed > now
        elif status == "disclosed":
            assert close_at <= now
            assert disclosed is not None
            assert disclosed <= now
        else:
            assert status == "cancelled"


def test_tallies_hidden_until_disclosed_or_closed(polls: list[dict[str, Any]]) -> None:
    now = datetime.now(UTC)
    for p in polls:
        disclosed = when(p["disclosedAt"])
        visible = p["status"] in ("closed", "disclosed") or (
            p["status"] != "cancelled" and disclosed is not None and disclosed <= now
        )
        counts = [a["tokenCount"] for a in p["answers"]]
        if visible:
            assert all(isinstance(c, int) for c in counts), p["id"]
            assert sum(counts) == p["usedTokenCount"]
            assert all(a["percentage"] is not None for a in p["answers"])
        else:
            assert all(c is None for c in counts), p["id"]
            assert all(a["percentage"] is None for a in p["answers"])
    assert any(p["status"] == "open" and p["answers"][0]["tokenCount"] is not None for p in polls)


def test_poll_shape(sandbox: SandboxServer, polls: list[dict[str, Any]]) -> None:
    p = next(p for p in polls if p["quorum"] is not None)
    assert set(p) >= {
        "id", "partnerId", "partnerName", "partnerImages", "question", "information",
        "publicationDate", "openAt", "closeAt", "disclosedAt", "type", "status", "isBound",
        "isQuorumReached", "quorum", "currentQuorumPercentage", "usedTokenCount", "tokenLimit",
        "answers",
    }  # fmt: skip
    assert isinstance(p["quorum"], str)
    assert isinstance(p["currentQuorumPercentage"], str)
    image = p["partnerImages"][0]
    assert isinstance(image["width"], str)
    logo = requests.get(image["url"], timeout=10)
    assert logo.status_code == 200
    assert logo.content.startswith(b"\x89PNG\r\n\x1a\n")
    assert logo.headers["Content-Type"] == "image/png"
    assert [a["position"] for a in p["answers"]] == sorted(a["position"] for a in p["answers"])


def test_unknown_logo_is_404(sandbox: SandboxServer) -> None:
    assert (
        requests.get(f"{sandbox.base_url}/static/partners/nope.png", timeout=10).status_code == 404
    )


def test_poll_detail_matches_the_list(
    sandbox: SandboxServer, cc: str, polls: list[dict[str, Any]]
) -> None:
    target = polls[5]
    response = get(sandbox, f"/polls/{V}/poll/{target['id']}", cc)
    assert response.status_code == 200
    assert response.json()["data"]["id"] == target["id"]
    assert response.json()["data"]["question"] == target["question"]


@pytest.mark.parametrize("poll_id", ["nope", "' OR '1'='1", "x" * 300, "%25"])
def test_unknown_poll_is_404_service_error(sandbox: SandboxServer, cc: str, poll_id: str) -> None:
    response = get(sandbox, f"/polls/{V}/poll/{poll_id}", cc)
    assert response.status_code == 404
    body = response.json()
    assert body["code"] == 404
    assert body["message"]


# --- filters ---------------------------------------------------------------------------------


def test_search_is_a_case_insensitive_substring(
    sandbox: SandboxServer, cc: str, polls: list[dict[str, Any]]
) -> None:
    found = all_polls(sandbox, cc, search="MASCOT")
    expected = [p for p in polls if "mascot" in p["question"].lower()]
    assert expected
    assert sorted(ids(found)) == sorted(ids(expected))


@pytest.mark.parametrize("text", ["'; DROP TABLE polls; --", "%", "_", '" OR 1=1 --', "\\", "ü"])
def test_search_with_sql_metacharacters_is_literal(
    sandbox: SandboxServer, cc: str, text: str
) -> None:
    response = get(sandbox, POLLS, cc, params={"search": text})
    assert response.status_code == 200
    assert response.json()["data"] == []
    assert len(all_polls(sandbox, cc)) == seed.POLL_COUNT


def test_partner_ids_filter(sandbox: SandboxServer, cc: str, polls: list[dict[str, Any]]) -> None:
    partners = sorted({p["partnerId"] for p in polls})[:2]
    found = all_polls(sandbox, cc, **{"partnerIds[]": partners})
    assert found
    assert {p["partnerId"] for p in found} == set(partners)
    assert len(found) == sum(p["partnerId"] in partners for p in polls)


def test_ids_filter(sandbox: SandboxServer, cc: str, polls: list[dict[str, Any]]) -> None:
    wanted = [polls[1]["id"], polls[7]["id"], polls[30]["id"]]
    found = all_polls(sandbox, cc, **{"ids[]": [*wanted, "unknown"]})
    assert sorted(ids(found)) == sorted(wanted)


@pytest.mark.parametrize("statuses", [["open"], ["closed", "disclosed"], ["upcoming", "cancelled"]])
def test_status_filter(sandbox: SandboxServer, cc: str, statuses: list[str]) -> None:
    found = all_polls(sandbox, cc, **{"status[]": statuses})
    assert {p["status"] for p in found} == set(statuses)
    assert len(found) == sum(s in statuses for s in seed.STATUS_PLAN)


@pytest.mark.parametrize("field", ["quorumReached", "bound"])
def test_boolean_filters_partition_the_list(sandbox: SandboxServer, cc: str, field: str) -> None:
    key = {"quorumReached": "isQuorumReached", "bound": "isBound"}[field]
    yes = all_polls(sandbox, cc, **{field: "true"})
    no = all_polls(sandbox, cc, **{field: "false"})
    assert yes
    assert no
    assert all(p[key] for p in yes)
    assert not any(p[key] for p in no)
    assert len(yes) + len(no) == seed.POLL_COUNT


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("openAt", "openAt"),
        ("closeAt", "closeAt"),
        ("publicationDate", "publicationDate"),
        ("disclosedAt", "disclosedAt"),
    ],
)
def test_date_windows(
    sandbox: SandboxServer, cc: str, polls: list[dict[str, Any]], name: str, key: str
) -> None:
    low = datetime.now(UTC) - timedelta(days=12)
    high = datetime.now(UTC) + timedelta(days=6)
    found = all_polls(
        sandbox, cc, **{f"{name}[from]": low.isoformat(), f"{name}[to]": high.isoformat()}
    )
    expected = [p for p in polls if p[key] and low <= when(p[key]) <= high]  # type: ignore[operator]
    assert expected
    assert sorted(ids(found)) == sorted(ids(expected))
    only_from = all_polls(sandbox, cc, **{f"{name}[from]": low.isoformat().replace("+00:00", "Z")})
    assert sorted(ids(only_from)) == sorted(
        ids([p for p in polls if p[key] and low <= when(p[key])])  # type: ignore[operator]
    )


def test_filters_combine(sandbox: SandboxServer, cc: str, polls: list[dict[str, Any]]) -> None:
    partner = polls[0]["partnerId"]
    found = all_polls(
        sandbox, cc, **{"partnerIds[]": partner, "status[]": "open", "bound": "false"}
    )
    expected = [
        p for p in polls if p["partnerId"] == partner and p["status"] == "open" and not p["isBound"]
    ]
    assert sorted(ids(found)) == sorted(ids(expected))


@pytest.mark.parametrize("order_by", ["closeAt", "openAt", "publicationDate", "usedTokenCount"])
@pytest.mark.parametrize("direction", ["asc", "desc"])
def test_ordering(sandbox: SandboxServer, cc: str, order_by: str, direction: str) -> None:
    found = all_polls(sandbox, cc, orderBy=order_by, direction=direction)
    values = [when(p[order_by]) if order_by != "usedTokenCount" else p[order_by] for p in found]
    assert values == sorted(values, reverse=direction == "desc")  # type: ignore[type-var]


# --- paging ----------------------------------------------------------------------------------


def test_default_page(sandbox: SandboxServer, cc: str) -> None:
    body = get(sandbox, POLLS, cc).json()
    assert len(body["data"]) == 20
    meta = body["meta"]
    assert meta["page"] == 1
    assert meta["limit"] == 20
    assert meta["total"] == seed.POLL_COUNT
    assert isinstance(meta["nextCursor"], str)


def test_page_and_limit_walk_the_whole_list(sandbox: SandboxServer, cc: str) -> None:
    seen: list[str] = []
    page = 1
    while True:
        body = get(
            sandbox, POLLS, cc, params={"page": page, "limit": 7, "orderBy": "closeAt"}
        ).json()
        assert body["meta"]["page"] == page
        seen += ids(body["data"])
        if body["meta"]["nextCursor"] is None:
            break
        page += 1
    assert page == -(-seed.POLL_COUNT // 7)
    assert len(seen) == len(set(seen)) == seed.POLL_COUNT
    past_end = get(sandbox, POLLS, cc, params={"page": page + 1, "limit": 7}).json()
    assert past_end["data"] == []
    assert past_end["meta"]["nextCursor"] is None


def test_cursor_walks_the_whole_list_with_filters(sandbox: SandboxServer, cc: str) -> None:
    params: dict[str, Any] = {"limit": 5, "status[]": ["open", "closed"], "orderBy": "openAt"}
    expected = ids(all_polls(sandbox, cc, **{k: v for k, v in params.items() if k != "limit"}))
    seen: list[str] = []
    body = get(sandbox, POLLS, cc, params=params).json()
    while True:
        seen += ids(body["data"])
        cursor = body["meta"]["nextCursor"]
        if cursor is None:
            break
        body = get(sandbox, POLLS, cc, params={**params, "cursor": cursor}).json()
    assert seen == expected
    assert body["meta"]["total"] == len(expected)


def test_cursor_from_other_filters_is_refused(sandbox: SandboxServer, cc: str) -> None:
    cursor = get(sandbox, POLLS, cc, params={"limit": 5}).json()["meta"]["nextCursor"]
    response = get(sandbox, POLLS, cc, params={"limit": 5, "cursor": cursor, "status[]": "open"})
    assert response.status_code == 400
    assert response.json()["code"] == 400


@pytest.mark.parametrize(
    "params",
    [
        {"limit": "0"},
        {"limit": "101"},
        {"limit": "abc"},
        {"limit": "-1"},
        {"page": "0"},
        {"page": "1.5"},
        {"page": "\u00b2"},  # a digit to str.isdigit(), not to int()
        {"limit": "\u0663"},  # ARABIC-INDIC DIGIT THREE
        {"orderBy": "question"},
        {"direction": "sideways"},
        {"openAt[from]": "yesterday"},
        {"closeAt[to]": "2026-13-01T00:00:00+00:00"},
        {"status[]": "archived"},
        {"quorumReached": "maybe"},
        {"bound": "yes please"},
        {"cursor": "not-a-cursor"},
        {"cursor": "eyJvIjotMX0"},
        {"search": "x" * 201},
    ],
)
def test_bad_query_parameters_are_400(
    sandbox: SandboxServer, cc: str, params: dict[str, str]
) -> None:
    response = get(sandbox, POLLS, cc, params=params)
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == 400
    assert body["message"]


def test_limit_bounds_are_inclusive(sandbox: SandboxServer, cc: str) -> None:
    assert len(get(sandbox, POLLS, cc, params={"limit": 1}).json()["data"]) == 1
    assert len(get(sandbox, POLLS, cc, params={"limit": 100}).json()["data"]) == seed.POLL_COUNT


# --- user routes -----------------------------------------------------------------------------


def test_user_polls_carry_vote_and_balance(sandbox: SandboxServer) -> None:
    bob = user_tokens(sandbox, "bob")["access_token"]
    body = get(sandbox, f"/polls/{V}/user/polls", bob, params={"limit": 100}).json()
    assert body["meta"]["total"] == seed.POLL_COUNT
    wallet = get(sandbox, "/wallet/1.0.0/user/wallet", bob).json()["data"]
    by_symbol = {w["currencyNetwork"]["shortCode"]: int(float(w["totalBalance"])) for w in wallet}
    symbols = {s: sym for s, _n, sym, _c in seed.PARTNERS}
    names = {n: symbols[s] for s, n, _sym, _c in seed.PARTNERS}
    for item in body["data"]:
        assert item["userTokenBalance"] == by_symbol.get(names[item["partnerName"]], 0)
    voted = [item for item in body["data"] if item["userVote"] is not None]
    assert len(voted) >= 1  # bob's seeded vote
    vote = voted[0]["userVote"]
    assert {a["id"] for a in voted[0]["answers"]} >= {vote["answerId"]}
    assert vote["tokenCount"] >= 1
    assert when(vote["votedAt"]) is not None
    # Having voted, bob sees the tallies even of an open poll.
    assert all(a["tokenCount"] is not None for a in voted[0]["answers"])
    single = get(sandbox, f"/polls/{V}/user/poll/{voted[0]['id']}", bob).json()["data"]
    assert single["userVote"] == vote


def test_user_poll_unknown_is_404(sandbox: SandboxServer, alice: str) -> None:
    response = get(sandbox, f"/polls/{V}/user/poll/unknown", alice)
    assert response.status_code == 404
    assert response.json()["code"] == 404


def test_user_poll_list_takes_the_same_filters(sandbox: SandboxServer, alice: str) -> None:
    body = get(
        sandbox, f"/polls/{V}/user/polls", alice, params={"status[]": "open", "limit": 3}
    ).json()
    assert len(body["data"]) == 3
    assert {p["status"] for p in body["data"]} == {"open"}
    assert body["meta"]["total"] == seed.STATUS_PLAN.count("open")
    assert get(sandbox, f"/polls/{V}/user/polls", alice, params={"limit": 0}).status_code == 400


def test_account(sandbox: SandboxServer, alice: str) -> None:
    data = get(sandbox, "/user/1.0.0/user", alice).json()["data"]
    assert data["username"] == "alice"
    assert data["email"] == "alice@sandbox.example"
    assert data["userId"]
    avatar = requests.get(data["avatarUrl"], timeout=10)
    assert avatar.content.startswith(b"\x89PNG")


@pytest.mark.parametrize(
    ("username", "entries"),
    [("alice", len(seed.PARTNERS)), ("bob", len(seed.BOB_PARTNERS)), ("carol", 0)],
)
def test_wallet_matches_holdings(sandbox: SandboxServer, username: str, entries: int) -> None:
    token = user_tokens(sandbox, username)["access_token"]
    data = get(sandbox, "/wallet/1.0.0/user/wallet", token).json()["data"]
    assert len(data) == entries
    for entry in data:
        assert float(entry["totalBalance"]) > 0
        currency = entry["currencyNetwork"]
        assert {"id", "shortCode", "type", "symbol", "precision", "networkType", "images"} <= set(
            currency
        )
        assert entry["blockchainAddress"].startswith("0x")


def test_unknown_route_is_a_json_404(sandbox: SandboxServer, cc: str) -> None:
    response = get(sandbox, "/polls/1.0.8/nothing", cc)
    assert response.status_code == 404
    assert response.json() == {"code": 404, "message": "There is nothing at this address."}


def test_wrong_method_is_a_json_405(sandbox: SandboxServer, cc: str) -> None:
    response = requests.delete(f"{sandbox.base_url}{POLLS}", timeout=10)
    assert response.status_code == 405
    assert response.json()["code"] == 405


def test_times_carry_an_offset(polls: list[dict[str, Any]]) -> None:
    for p in polls:
        for key in ("publicationDate", "openAt", "closeAt", "disclosedAt"):
            assert p[key] is None or p[key].endswith("+00:00"), (key, p[key])
