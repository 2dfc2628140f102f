"""Property-based hostile input: the sandbox answers 4xx (never 5xx) and changes nothing it refuses;
the client turns any answer into a value or an error of its own tree."""

from __future__ import annotations

import http.client
import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from partner_desktop.api.client import PollsClient
from partner_desktop.api.models import PollQuery
from partner_desktop.config import SANDBOX
from partner_desktop.errors import PartnerError
from partner_desktop.sandbox import admin
from partner_desktop.sandbox.server import SandboxConfig, SandboxServer
from tests.helpers.network import Reply, ScriptedServer
from tests.helpers.sandbox_http import CLIENT, V, client_token, open_poll, user_tokens

FUZZ = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
URL_CHARS = st.characters(min_codepoint=0x21, max_codepoint=0x7E)


@pytest.fixture(scope="module")
def srv(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxServer]:
    db_path = tmp_path_factory.mktemp("props") / "sandbox.sqlite3"
    with SandboxServer(SandboxConfig(db_path=db_path)) as server:
        yield server
        # After every property test of this module, whatever order they ran in.
        assert admin.audit(server.db_path).consistent


@pytest.fixture(scope="module")
def tokens(srv: SandboxServer) -> dict[str, str]:
    return {"cc": client_token(srv), "alice": user_tokens(srv, "alice")["access_token"]}


@pytest.fixture(scope="module")
def target(srv: SandboxServer, tokens: dict[str, str]) -> dict[str, Any]:
    """An open poll alice holds tokens for (she can really vote in it)."""
    return open_poll(srv, tokens["alice"], min_balance=2)


def snapshot(db_path: Path) -> tuple[Any, ...]:
    """Everything a request could wrongly change: votes, tallies, balances, tokens, codes."""
    with closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as db:
        return tuple(
            db.execute(sql).fetchone()
            for sql in (
                "SELECT COUNT(*), COALESCE(SUM(token_count), 0) FROM votes",
                "SELECT COALESCE(SUM(token_count), 0) FROM answers",
                "SELECT COALESCE(SUM(used_token_count), 0) FROM polls",
                "SELECT COALESCE(SUM(amount), 0) FROM balances",
                "SELECT COUNT(*), SUM(access_revoked), SUM(refresh_revoked) FROM tokens",
                "SELECT COUNT(*) FROM auth_codes",
                "SELECT COUNT(*) FROM clients",
                "SELECT COUNT(*) FROM users",
            )
        )


def raw_request(
    srv: SandboxServer,
    method: str,
    target: str,
    token: str | None = None,
    *,
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
) -> tuple[int, bytes, dict[str, str]]:
    """One request with the target sent byte for byte (no client-side re-quoting)."""
    parts = urlsplit(srv.base_url)
    conn = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=10)
    try:
        all_headers = dict(headers or {})
        if token:
            all_headers["Authorization"] = f"Bearer {token}"
        if body is not None:
            all_headers.setdefault("Content-Type", "application/json")
        conn.request(method, target, body=body, headers=all_headers)
        response = conn.getresponse()
        return response.status, response.read(), dict(response.getheaders())
    finally:
        conn.close()


# --- the sandbox ------------------------------------------------------------------------------


@FUZZ
@given(query=st.text(URL_CHARS, max_size=120))
def test_random_query_strings_on_the_lists_are_4xx_never_5xx(
    srv: SandboxServer, tokens: dict[str, str], query: str
) -> None:
    before = snapshot(srv.db_path)
    for path, token in ((f"/polls/{V}/polls", "cc"), (f"/polls/{V}/user/polls", "alice")):
        status, body, _ = raw_request(srv, "GET", f"{path}?{query}", tokens[token])
        assert status in (200, 400), body[:200]
        data = json.loads(body)
        assert isinstance(data["data"], list) if status == 200 else data["code"] == 400
    assert snapshot(srv.db_path) == before


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=8,
)


@FUZZ
@given(data=st.data())
def test_random_vote_bodies_are_4xx_never_5xx_and_change_nothing(
    srv: SandboxServer, tokens: dict[str, str], target: dict[str, Any], data: st.DataObject
) -> None:
    """Alice really can vote here, so only the body decides; every refusal leaves no trace."""
    answer_ids = [a["id"] for a in target["answers"]]
    balance = target["userTokenBalance"]
    body = data.draw(
        st.one_of(
            st.binary(max_size=200),
            json_values.map(lambda v: json.dumps(v).encode()),
            st.fixed_dictionaries(
                {
                    "answerId": st.one_of(json_values, st.sampled_from(answer_ids)),
                    # Never a valid count with a valid answer: 0, negatives, over the balance.
                    "tokenCount": st.one_of(
                        st.integers(max_value=0),
                        st.integers(min_value=balance + 1),
                        st.floats(allow_nan=False),
                        st.text(max_size=5),
                        st.booleans(),
                    ),
                }
            ).map(lambda v: json.dumps(v).encode()),
        )
    )
    key = data.draw(st.one_of(st.none(), st.text(URL_CHARS, min_size=1, max_size=250)))
    before = snapshot(srv.db_path)
    status, raw, _ = raw_request(
        srv,
        "POST",
        f"/polls/{V}/user/poll/{target['id']}/vote",
        tokens["alice"],
        body=body,
        headers={"Idempotency-Key": key} if key else None,
    )
    assert 400 <= status < 500, raw[:200]
    assert json.loads(raw)["code"] == status
    assert snapshot(srv.db_path) == before


AUTHORIZE_KEYS = [
    "response_type", "client_id", "redirect_uri", "state", "scope", "code_challenge",
    "code_challenge_method", "partner_tag", "referrer", "param1", "prompt", "request_uri",
]  # fmt: skip
VALUES = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        [
            "code",
            "token",
            "S256",
            "plain",
            "sandbox-desktop",
            "http://127.0.0.1:5000/callback",
            "http://evil.example/callback",
            "http://127.0.0.1:5000/callback\\@evil.example",
        ]
    ),
)


@FUZZ
@given(params=st.lists(st.tuples(st.sampled_from(AUTHORIZE_KEYS), VALUES), max_size=8))
def test_random_authorization_requests_never_5xx_nor_redirect_elsewhere(
    srv: SandboxServer, params: list[tuple[str, str]]
) -> None:
    from urllib.parse import urlencode

    before = snapshot(srv.db_path)
    for method in ("GET", "POST"):
        status, body, headers = raw_request(
            srv,
            method,
            "/oauth2/authorize?" + urlencode(params),
            body=b"" if method == "POST" else None,
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
        assert status in (200, 302, 400), body[:200]
        if status == 302:
            # Errors go only to a registered loopback redirect (RFC 6749 4.1.2.1).
            location = urlsplit(headers["Location"])
            assert location.scheme == "http"
            assert location.hostname in ("127.0.0.1", "::1"), headers["Location"]
            assert location.path == "/callback"
            assert "code=" not in location.query
    assert snapshot(srv.db_path) == before


@FUZZ
@given(
    form=st.lists(
        st.tuples(
            st.sampled_from(
                ["grant_type", "code", "redirect_uri", "code_verifier", "refresh_token", "scope"]
            ),
            st.one_of(
                st.text(max_size=30),
                st.sampled_from(["authorization_code", "refresh_token", "client_credentials"]),
            ),
        ),
        max_size=6,
    ),
    token_hint=st.one_of(st.none(), st.text(max_size=20)),
)
def test_random_token_and_revoke_requests_never_5xx(
    srv: SandboxServer, form: list[tuple[str, str]], token_hint: str | None
) -> None:
    import requests

    before = snapshot(srv.db_path)
    grant = [(k, v) for k, v in form if k == "grant_type"]
    response = requests.post(f"{srv.base_url}/oauth2/token", data=form, auth=CLIENT, timeout=10)
    # With a repeated key the server reads one of them: any client_credentials may have won.
    if response.status_code == 200 and ("grant_type", "client_credentials") in grant:
        before = snapshot(srv.db_path)  # a client-credentials grant is a legitimate new token
    else:
        assert response.status_code in (400, 401), response.text
        assert response.json()["error"]
    revoke_form = [("token", v) for k, v in form if k in ("code", "refresh_token")]
    if token_hint is not None:
        revoke_form.append(("token_type_hint", token_hint))
    revoke = requests.post(
        f"{srv.base_url}/oauth2/revoke", data=revoke_form, auth=CLIENT, timeout=10
    )
    assert revoke.status_code in (200, 400), revoke.text
    assert snapshot(srv.db_path) == before


# --- the client -------------------------------------------------------------------------------


class StaticTokens:
    def bearer(self, *, user: bool) -> str:
        return "fuzz-token-0123456789"

    def invalidate(self, token: str, *, user: bool) -> None:
        return


STATUSES = [200, 201, 204, 301, 400, 401, 403, 404, 409, 410, 418, 422, 429, 500, 502, 503]
BODIES = st.one_of(
    st.binary(max_size=300),
    json_values.map(lambda v: json.dumps(v).encode()),
    st.fixed_dictionaries({"data": json_values, "meta": json_values}).map(
        lambda v: json.dumps(v).encode()
    ),
    st.fixed_dictionaries(
        {"code": st.one_of(st.integers(), st.text(max_size=8)), "message": json_values}
    ).map(lambda v: json.dumps(v).encode()),
)
CALLS = ["list_polls", "get_poll", "list_user_polls", "get_user_poll", "vote", "account", "wallet"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    status=st.sampled_from(STATUSES),
    body=BODIES,
    retry_after=st.one_of(st.none(), st.text(URL_CHARS, max_size=12)),
    call=st.sampled_from(CALLS),
)
def test_any_answer_becomes_a_value_or_a_partner_error(
    status: int, body: bytes, retry_after: str | None, call: str
) -> None:
    headers = {"Content-Type": "application/json"}
    if retry_after is not None:
        headers["Retry-After"] = retry_after
    with ScriptedServer(lambda _path, _n: Reply(status, body, headers)) as server:
        profile = SANDBOX.with_sandbox_base(server.base_url)
        with PollsClient(profile, StaticTokens(), timeout=2, retry_budget=0.3) as client:
            actions = {
                "list_polls": lambda: client.list_polls(PollQuery()),
                "get_poll": lambda: client.get_poll("p1"),
                "list_user_polls": lambda: client.list_user_polls(PollQuery()),
                "get_user_poll": lambda: client.get_user_poll("p1"),
                "vote": lambda: client.vote("p1", "a1", 1, idempotency_key="k"),
                "account": client.get_account,
                "wallet": client.get_wallet,
            }
            error: PartnerError | None = None
            try:
                actions[call]()
            except PartnerError as exc:  # anything else escapes and fails the test
                error = exc
    if error is not None:
        # A sentence for people: short, no raw body dumped into it.
        assert str(error).strip()
        assert len(str(error)) < 400
