"""Bad input never crashes the sandbox (no 5xx) and never changes data; the layer stays apart."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from partner_desktop.sandbox.server import SandboxServer
from tests.helpers.sandbox_http import CLIENT, V, all_polls, client_token, user_tokens

ROOT = Path(__file__).resolve().parents[2]
PARAM_NAMES = [
    "search", "partnerIds[]", "ids[]", "status[]", "quorumReached", "bound", "openAt[from]",
    "openAt[to]", "closeAt[from]", "closeAt[to]", "publicationDate[from]", "disclosedAt[to]",
    "orderBy", "direction", "page", "limit", "cursor",
]  # fmt: skip
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def tokens(sandbox: SandboxServer) -> dict[str, str]:
    return {"cc": client_token(sandbox), "carol": user_tokens(sandbox, "carol")["access_token"]}


@FUZZ
@given(params=st.lists(st.tuples(st.sampled_from(PARAM_NAMES), st.text(max_size=40)), max_size=6))
def test_any_poll_list_query_is_answered_without_5xx(
    sandbox: SandboxServer, tokens: dict[str, str], params: list[tuple[str, str]]
) -> None:
    response = requests.get(
        f"{sandbox.base_url}/polls/{V}/polls",
        params=params,
        headers={"Authorization": f"Bearer {tokens['cc']}"},
        timeout=10,
    )
    assert response.status_code in (200, 400), response.text
    body = response.json()
    if response.status_code == 400:
        assert body["code"] == 400
        assert isinstance(body["message"], str)
    else:
        assert isinstance(body["data"], list)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=10,
)


@FUZZ
@given(
    body=st.one_of(
        st.binary(max_size=200),
        json_values.map(lambda v: json.dumps(v).encode()),
        st.fixed_dictionaries({"answerId": json_values, "tokenCount": json_values}).map(
            lambda v: json.dumps(v).encode()
        ),
    )
)
def test_any_vote_body_is_answered_without_5xx(
    sandbox: SandboxServer, tokens: dict[str, str], body: bytes
) -> None:
    # carol holds no tokens: whatever the body, no vote can be recorded.
    poll = all_polls(sandbox, tokens["cc"], **{"status[]": "open", "limit": 1})[0]
    response = requests.post(
        f"{sandbox.base_url}/polls/{V}/user/poll/{poll['id']}/vote",
        data=body,
        headers={"Authorization": f"Bearer {tokens['carol']}", "Content-Type": "application/json"},
        timeout=10,
    )
    assert response.status_code in (400, 404, 422), response.text
    assert response.json()["code"] == response.status_code


@FUZZ
@given(poll_id=st.text(min_size=1, max_size=60))
def test_any_poll_id_is_answered_without_5xx(
    sandbox: SandboxServer, tokens: dict[str, str], poll_id: str
) -> None:
    response = requests.get(
        f"{sandbox.base_url}/polls/{V}/poll/{quote(poll_id, safe='')}",
        headers={"Authorization": f"Bearer {tokens['cc']}"},
        timeout=10,
    )
    assert response.status_code == 404 or (
        response.status_code == 200 and response.json()["data"]["id"] == poll_id
    )


@FUZZ
@given(
    form=st.dictionaries(
        st.sampled_from(
            [
                "grant_type",
                "code",
                "redirect_uri",
                "code_verifier",
                "refresh_token",
                "scope",
                "client_id",
                "client_secret",
            ]
        ),
        st.text(max_size=30),
        max_size=6,
    )
)
def test_any_token_request_is_answered_without_5xx(
    sandbox: SandboxServer, form: dict[str, Any]
) -> None:
    response = requests.post(f"{sandbox.base_url}/oauth2/token", data=form, auth=CLIENT, timeout=10)
    assert response.status_code in (200, 400, 401), response.text
    if response.status_code != 200:
        assert response.json()["error"]


def test_huge_token_request_is_413(sandbox: SandboxServer) -> None:
    response = requests.post(
        f"{sandbox.base_url}/oauth2/token",
        data={"grant_type": "client_credentials", "pad": "x" * 70_000},
        auth=CLIENT,
        timeout=10,
    )
    assert response.status_code == 413
    assert response.json()["code"] == 413
