"""OAuth 2.0 rules of the sandbox's authorization server, each error case by its error code."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from urllib.parse import parse_qs, urlsplit

import pytest
import requests

from partner_desktop.sandbox import admin
from partner_desktop.sandbox.server import SandboxServer
from tests.helpers.consent import consent_in_browser, parse_forms
from tests.helpers.sandbox_http import (
    CLIENT,
    V,
    authorize_url,
    client_token,
    exchange,
    get,
    get_code,
    loopback,
    pkce,
    user_tokens,
)

TOKEN = "/oauth2/token"
REVOKE = "/oauth2/revoke"


def post(srv: SandboxServer, path: str, **kwargs: object) -> requests.Response:
    return requests.post(f"{srv.base_url}{path}", timeout=10, **kwargs)  # type: ignore[arg-type]


def redirect_query(response: requests.Response) -> dict[str, str]:
    assert response.status_code == 302, response.text
    location = response.headers["Location"]
    return {k: v[0] for k, v in parse_qs(urlsplit(location).query).items()}


# --- client credentials and client authentication ------------------------------------------


def test_client_credentials_with_basic_auth(sandbox: SandboxServer) -> None:
    response = post(sandbox, TOKEN, auth=CLIENT, data={"grant_type": "client_credentials"})
    assert response.status_code == 200
    body = response.json()
    assert body["token_type"].lower() == "bearer"
    assert body["expires_in"] == 3600
    assert body["scope"] == "default"
    assert "refresh_token" not in body
    assert response.headers["Cache-Control"] == "no-store"


def test_client_credentials_with_body_auth(sandbox: SandboxServer) -> None:
    data = {"grant_type": "client_credentials", "client_id": CLIENT[0], "client_secret": CLIENT[1]}
    response = post(sandbox, TOKEN, data=data)
    assert response.status_code == 200
    assert get(sandbox, f"/polls/{V}/polls", response.json()["access_token"]).status_code == 200


@pytest.mark.parametrize(
    ("auth", "data"),
    [
        pytest.param((CLIENT[0], "wrong"), {}, id="bad-secret-basic"),
        pytest.param(("nobody", "x"), {}, id="unknown-client-basic"),
        pytest.param(
            None, {"client_id": CLIENT[0], "client_secret": "wrong"}, id="bad-secret-body"
        ),
        pytest.param(None, {"client_id": "nobody", "client_secret": "x"}, id="unknown-client-body"),
        pytest.param(None, {}, id="no-credentials"),
    ],
)
def test_bad_client_authentication_is_401_invalid_client(
    sandbox: SandboxServer, auth: tuple[str, str] | None, data: dict[str, str]
) -> None:
    response = post(sandbox, TOKEN, auth=auth, data={"grant_type": "client_credentials", **data})
    assert response.status_code == 401
    assert response.json()["error"] == "invalid_client"


def test_malformed_basic_header_is_invalid_client(sandbox: SandboxServer) -> None:
    response = post(
        sandbox,
        TOKEN,
        headers={"Authorization": "Basic %%%not-base64"},
        data={"grant_type": "client_credentials"},
    )
    assert response.status_code == 401
    assert response.json()["error"] == "invalid_client"


def test_unsupported_grant_type(sandbox: SandboxServer) -> None:
    response = post(sandbox, TOKEN, auth=CLIENT, data={"grant_type": "password"})
    assert response.status_code == 400
    assert response.json()["error"] == "unsupported_grant_type"


def test_client_token_lifetime_comes_from_config(
    make_sandbox: Callable[..., SandboxServer],
) -> None:
    srv = make_sandbox(client_ttl=120, access_ttl=300)
    response = post(srv, TOKEN, auth=CLIENT, data={"grant_type": "client_credentials"})
    assert response.json()["expires_in"] == 120
    assert user_tokens(srv)["expires_in"] == 300


def test_expired_access_token_is_refused(make_sandbox: Callable[..., SandboxServer]) -> None:
    srv = make_sandbox(access_ttl=0)
    tokens = user_tokens(srv)
    response = get(srv, "/user/1.0.0/user", tokens["access_token"])
    assert response.status_code == 401
    assert response.json()["code"] == "900901"


# --- authorization code + PKCE ---------------------------------------------------------------


def test_code_flow_issues_tokens_for_the_user(sandbox: SandboxServer) -> None:
    grant = get_code(sandbox, "bob")
    response = exchange(sandbox, grant)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["token_type"].lower() == "bearer"
    assert body["expires_in"] == 7200
    assert body["refresh_token"]
    me = get(sandbox, "/user/1.0.0/user", body["access_token"]).json()["data"]
    assert me["username"] == "bob"


def test_exchange_with_basic_client_auth(sandbox: SandboxServer) -> None:
    grant = get_code(sandbox)
    response = post(
        sandbox,
        TOKEN,
        auth=CLIENT,
        data={
            "grant_type": "authorization_code",
            "code": grant.code,
            "redirect_uri": grant.redirect_uri,
            "code_verifier": grant.verifier,
        },
    )
    assert response.status_code == 200, response.text


def test_deny_redirects_with_access_denied_and_state(sandbox: SandboxServer) -> None:
    _verifier, challenge = pkce()
    with loopback() as receiver:
        url = authorize_url(
            sandbox.base_url, receiver.redirect_uri, state="s-123", challenge=challenge
        )
        consent_in_browser(url, decision="deny")
        query = receiver.wait()
    assert query["error"] == "access_denied"
    assert query["state"] == "s-123"
    assert "code" not in query


def test_wrong_verifier_is_invalid_grant(sandbox: SandboxServer) -> None:
    grant = get_code(sandbox)
    other_verifier, _ = pkce()
    response = exchange(sandbox, grant, code_verifier=other_verifier)
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_grant"


def test_missing_verifier_is_refused(sandbox: SandboxServer) -> None:
    grant = get_code(sandbox)
    data = {
        "grant_type": "authorization_code",
        "code": grant.code,
        "redirect_uri": grant.redirect_uri,
    }
    response = post(sandbox, TOKEN, auth=CLIENT, data=data)
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_request"


def test_redirect_uri_must_equal_the_authorize_one(sandbox: SandboxServer) -> None:
    grant = get_code(sandbox)
    port = int(urlsplit(grant.redirect_uri).port or 0)
    response = exchange(sandbox, grant, redirect_uri=f"http://127.0.0.1:{port + 1}/callback")
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_grant"


def test_missing_redirect_uri_at_token_endpoint_is_invalid_grant(sandbox: SandboxServer) -> None:
    grant = get_code(sandbox)
    response = exchange(sandbox, grant, redirect_uri="")
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_grant"


def test_replayed_code_is_invalid_grant_and_revokes_its_tokens(sandbox: SandboxServer) -> None:
    grant = get_code(sandbox)
    first = exchange(sandbox, grant)
    assert first.status_code == 200
    tokens = first.json()
    assert get(sandbox, "/user/1.0.0/user", tokens["access_token"]).status_code == 200
    replay = exchange(sandbox, grant)
    assert replay.status_code == 400
    assert replay.json()["error"] == "invalid_grant"
    # RFC 6749 4.1.2: what the code issued is revoked.
    assert get(sandbox, "/user/1.0.0/user", tokens["access_token"]).status_code == 401
    refreshed = post(
        sandbox,
        TOKEN,
        auth=CLIENT,
        data={"grant_type": "refresh_token", "refresh_token": tokens["refresh_token"]},
    )
    assert refreshed.json()["error"] == "invalid_grant"


def test_expired_code_is_invalid_grant(make_sandbox: Callable[..., SandboxServer]) -> None:
    srv = make_sandbox(code_ttl=0)
    response = exchange(srv, get_code(srv))
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_grant"


def test_unknown_code_is_invalid_grant(sandbox: SandboxServer) -> None:
    grant = get_code(sandbox)
    grant.code = secrets.token_urlsafe(32)
    response = exchange(sandbox, grant)
    assert response.json()["error"] == "invalid_grant"


def _authorize(srv: SandboxServer, url: str) -> requests.Response:
    return requests.get(url, allow_redirects=False, timeout=10)


def test_missing_pkce_challenge_is_refused(sandbox: SandboxServer) -> None:
    url = authorize_url(
        sandbox.base_url, "http://127.0.0.1:5000/callback", state="st", challenge=None
    )
    query = redirect_query(_authorize(sandbox, url))
    assert query["error"] == "invalid_request"
    assert query["state"] == "st"


@pytest.mark.parametrize("method", ["plain", None, "S512"])
def test_only_s256_is_accepted(sandbox: SandboxServer, method: str | None) -> None:
    _v, challenge = pkce()
    url = authorize_url(
        sandbox.base_url, "http://127.0.0.1:5000/callback", challenge=challenge, method=method
    )
    query = redirect_query(_authorize(sandbox, url))
    assert query["error"] == "invalid_request"


def test_unsupported_response_type(sandbox: SandboxServer) -> None:
    _v, challenge = pkce()
    url = authorize_url(
        sandbox.base_url,
        "http://127.0.0.1:5000/callback",
        challenge=challenge,
        response_type="token",
    )
    query = redirect_query(_authorize(sandbox, url))
    assert query["error"] == "unsupported_response_type"


@pytest.mark.parametrize(
    "redirect_uri",
    [
        "http://127.0.0.1:1/callback",
        "http://127.0.0.1:65535/callback",
        "http://127.0.0.1/callback",
        "http://[::1]:43210/callback",
    ],
)
def test_loopback_redirect_matches_any_port(sandbox: SandboxServer, redirect_uri: str) -> None:
    _v, challenge = pkce()
    response = _authorize(
        sandbox, authorize_url(sandbox.base_url, redirect_uri, challenge=challenge)
    )
    assert response.status_code == 200
    assert len(parse_forms(response.text)) == 1


@pytest.mark.parametrize(
    "redirect_uri",
    [
        "https://127.0.0.1:5000/callback",
        "http://localhost:5000/callback",
        "http://127.0.0.2:5000/callback",
        "http://127.1:5000/callback",
        "http://127.0.0.1:5000/callback/",
        "http://127.0.0.1:5000/other",
        "http://127.0.0.1:5000/callback?x=1",
        "http://evil.example/callback",
        "http://127.0.0.1:99999/callback",
        "http://user@127.0.0.1:5000/callback",
    ],
)
def test_other_redirects_are_refused_without_redirecting(
    sandbox: SandboxServer, redirect_uri: str
) -> None:
    _v, challenge = pkce()
    response = _authorize(
        sandbox, authorize_url(sandbox.base_url, redirect_uri, challenge=challenge)
    )
    assert response.status_code == 400
    assert "Location" not in response.headers
    assert "text/html" in response.headers["Content-Type"]


@pytest.mark.parametrize("client_id", ["nobody", ""])
def test_unknown_client_at_authorize_shows_an_error_page(
    sandbox: SandboxServer, client_id: str
) -> None:
    _v, challenge = pkce()
    url = authorize_url(
        sandbox.base_url, "http://127.0.0.1:5000/callback", challenge=challenge, client_id=client_id
    )
    response = _authorize(sandbox, url)
    assert response.status_code == 400
    assert "Location" not in response.headers


def test_missing_redirect_uri_at_authorize_is_an_error_page(sandbox: SandboxServer) -> None:
    _v, challenge = pkce()
    url = (
        f"{sandbox.base_url}/oauth2/authorize?response_type=code&client_id={CLIENT[0]}"
        f"&code_challenge={challenge}&code_challenge_method=S256&state=x"
    )
    response = _authorize(sandbox, url)
    assert response.status_code == 400
    assert "Location" not in response.headers


# --- refresh and revoke ----------------------------------------------------------------------


def _refresh(srv: SandboxServer, refresh_token: str, **kwargs: object) -> requests.Response:
    return post(
        srv, TOKEN, data={"grant_type": "refresh_token", "refresh_token": refresh_token}, **kwargs
    )


def test_refresh_rotates_the_refresh_token(sandbox: SandboxServer) -> None:
    tokens = user_tokens(sandbox)
    response = _refresh(sandbox, tokens["refresh_token"], auth=CLIENT)
    assert response.status_code == 200, response.text
    new = response.json()
    assert new["refresh_token"]
    assert new["refresh_token"] != tokens["refresh_token"]
    assert new["access_token"] != tokens["access_token"]
    assert new["expires_in"] == 7200
    me = get(sandbox, "/user/1.0.0/user", new["access_token"]).json()["data"]
    assert me["username"] == "alice"
    # The rotated one keeps working, authenticated by body this time.
    again = post(
        sandbox,
        TOKEN,
        data={
            "grant_type": "refresh_token",
            "refresh_token": new["refresh_token"],
            "client_id": CLIENT[0],
            "client_secret": CLIENT[1],
        },
    )
    assert again.status_code == 200


def test_a_reused_refresh_token_revokes_the_whole_grant(sandbox: SandboxServer) -> None:
    """RFC 9700 4.14.2: an already-rotated refresh token presented again ends the grant."""
    tokens = user_tokens(sandbox)
    new = _refresh(sandbox, tokens["refresh_token"], auth=CLIENT).json()
    assert get(sandbox, "/user/1.0.0/user", new["access_token"]).status_code == 200
    old = _refresh(sandbox, tokens["refresh_token"], auth=CLIENT)
    assert (old.status_code, old.json()["error"]) == (400, "invalid_grant")
    # Whoever holds the newest tokens (the client or a thief) lost them too.
    assert _refresh(sandbox, new["refresh_token"], auth=CLIENT).json()["error"] == "invalid_grant"
    assert get(sandbox, "/user/1.0.0/user", new["access_token"]).status_code == 401
    # Another sign-in of the same person is another grant: untouched.
    other = user_tokens(sandbox)
    assert get(sandbox, "/user/1.0.0/user", other["access_token"]).status_code == 200


def test_a_refused_refresh_does_not_burn_the_refresh_token(sandbox: SandboxServer) -> None:
    """Another client's attempt, or a scope wider than granted, leaves the token usable."""
    admin.create_client(sandbox.db_path, "other-app", "other-secret")
    tokens = user_tokens(sandbox)
    stolen = _refresh(sandbox, tokens["refresh_token"], auth=("other-app", "other-secret"))
    assert (stolen.status_code, stolen.json()["error"]) == (400, "invalid_grant")
    wider = post(
        sandbox,
        TOKEN,
        auth=CLIENT,
        data={
            "grant_type": "refresh_token",
            "refresh_token": tokens["refresh_token"],
            "scope": "default admin",
        },
    )
    assert (wider.status_code, wider.json()["error"]) == (400, "invalid_scope")
    assert get(sandbox, "/user/1.0.0/user", tokens["access_token"]).status_code == 200
    refreshed = _refresh(sandbox, tokens["refresh_token"], auth=CLIENT)
    assert refreshed.status_code == 200, refreshed.text


def test_refresh_needs_client_authentication(sandbox: SandboxServer) -> None:
    tokens = user_tokens(sandbox)
    response = _refresh(sandbox, tokens["refresh_token"], auth=(CLIENT[0], "wrong"))
    assert response.status_code == 401
    assert response.json()["error"] == "invalid_client"


def test_refresh_with_unknown_token_is_invalid_grant(sandbox: SandboxServer) -> None:
    response = _refresh(sandbox, "not-a-token", auth=CLIENT)
    assert response.json()["error"] == "invalid_grant"


def test_expired_refresh_token_is_invalid_grant(make_sandbox: Callable[..., SandboxServer]) -> None:
    srv = make_sandbox(refresh_ttl=0)
    tokens = user_tokens(srv)
    assert _refresh(srv, tokens["refresh_token"], auth=CLIENT).json()["error"] == "invalid_grant"


def test_revoking_the_access_token_ends_it(sandbox: SandboxServer) -> None:
    tokens = user_tokens(sandbox)
    response = post(
        sandbox,
        REVOKE,
        auth=CLIENT,
        data={"token": tokens["access_token"], "token_type_hint": "access_token"},
    )
    assert response.status_code == 200
    assert get(sandbox, "/user/1.0.0/user", tokens["access_token"]).status_code == 401
    # The refresh token was not revoked: it still works.
    assert _refresh(sandbox, tokens["refresh_token"], auth=CLIENT).status_code == 200


def test_revoking_the_refresh_token_ends_its_access_token(sandbox: SandboxServer) -> None:
    tokens = user_tokens(sandbox)
    response = post(
        sandbox,
        REVOKE,
        auth=CLIENT,
        data={"token": tokens["refresh_token"], "token_type_hint": "refresh_token"},
    )
    assert response.status_code == 200
    assert (
        _refresh(sandbox, tokens["refresh_token"], auth=CLIENT).json()["error"] == "invalid_grant"
    )
    assert get(sandbox, "/user/1.0.0/user", tokens["access_token"]).status_code == 401


def test_revoking_a_refresh_token_ends_every_token_of_its_grant(sandbox: SandboxServer) -> None:
    """RFC 7009 2.1: the access tokens issued before the last rotation stop working too."""
    first = user_tokens(sandbox)
    second = _refresh(sandbox, first["refresh_token"], auth=CLIENT).json()
    third = _refresh(sandbox, second["refresh_token"], auth=CLIENT).json()
    for token in (first, second, third):
        assert get(sandbox, "/user/1.0.0/user", token["access_token"]).status_code == 200
    response = post(
        sandbox,
        REVOKE,
        auth=CLIENT,
        data={"token": third["refresh_token"], "token_type_hint": "refresh_token"},
    )
    assert response.status_code == 200
    for token in (first, second, third):
        assert get(sandbox, "/user/1.0.0/user", token["access_token"]).status_code == 401


def test_revoke_accepts_the_accesstoken_field(sandbox: SandboxServer) -> None:
    token = client_token(sandbox)
    data = {"accessToken": token, "client_id": CLIENT[0], "client_secret": CLIENT[1]}
    assert post(sandbox, REVOKE, data=data).status_code == 200
    assert get(sandbox, f"/polls/{V}/polls", token).status_code == 401


@pytest.mark.parametrize("hint", [None, "access_token", "refresh_token", "bogus"])
def test_revoke_of_an_unknown_token_is_200(sandbox: SandboxServer, hint: str | None) -> None:
    data = {"token": "never-issued"}
    if hint:
        data["token_type_hint"] = hint
    assert post(sandbox, REVOKE, auth=CLIENT, data=data).status_code == 200


def test_revoke_needs_client_authentication(sandbox: SandboxServer) -> None:
    token = client_token(sandbox)
    response = post(sandbox, REVOKE, auth=(CLIENT[0], "wrong"), data={"token": token})
    assert response.status_code == 401
    assert response.json()["error"] == "invalid_client"
    assert get(sandbox, f"/polls/{V}/polls", token).status_code == 200


def test_revoke_without_a_token_is_invalid_request(sandbox: SandboxServer) -> None:
    response = post(sandbox, REVOKE, auth=CLIENT, data={})
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_request"


# --- metadata and tracking -------------------------------------------------------------------


def test_rfc8414_metadata(sandbox: SandboxServer) -> None:
    meta = requests.get(
        f"{sandbox.base_url}/.well-known/oauth-authorization-server", timeout=10
    ).json()
    assert meta["issuer"] == sandbox.base_url
    assert meta["authorization_endpoint"] == f"{sandbox.base_url}/oauth2/authorize"
    assert meta["token_endpoint"] == f"{sandbox.base_url}/oauth2/token"
    assert meta["revocation_endpoint"] == f"{sandbox.base_url}/oauth2/revoke"
    assert meta["code_challenge_methods_supported"] == ["S256"]
    assert set(meta["grant_types_supported"]) == {
        "authorization_code",
        "refresh_token",
        "client_credentials",
    }


def test_tracking_parameters_are_recorded_per_grant(sandbox: SandboxServer) -> None:
    campaign = f"spring-{secrets.token_hex(4)}"
    get_code(
        sandbox,
        "bob",
        referrer="newsletter",
        campaign=campaign,
        param1="a",
        param2="b",
        param3="c",
        partner_tag="tag-7",
    )
    rows = requests.get(f"{sandbox.base_url}/sandbox/conversions", timeout=10).json()["data"]
    mine = [row for row in rows if row["campaign"] == campaign]
    assert len(mine) == 1
    row = mine[0]
    assert row["username"] == "bob"
    assert row["clientId"] == CLIENT[0]
    assert (row["referrer"], row["param1"], row["param2"], row["param3"]) == (
        "newsletter",
        "a",
        "b",
        "c",
    )
    assert row["partnerTag"] == "tag-7"


def test_denied_authorization_records_no_conversion(sandbox: SandboxServer) -> None:
    campaign = f"denied-{secrets.token_hex(4)}"
    _v, challenge = pkce()
    with loopback() as receiver:
        url = authorize_url(
            sandbox.base_url, receiver.redirect_uri, challenge=challenge, campaign=campaign
        )
        consent_in_browser(url, decision="deny")
        receiver.wait()
    rows = requests.get(f"{sandbox.base_url}/sandbox/conversions", timeout=10).json()["data"]
    assert not [row for row in rows if row["campaign"] == campaign]


def test_replay_also_revokes_tokens_refreshed_from_the_code(sandbox: SandboxServer) -> None:
    grant = get_code(sandbox)
    tokens = exchange(sandbox, grant).json()
    rotated = _refresh(sandbox, tokens["refresh_token"], auth=CLIENT).json()
    assert get(sandbox, "/user/1.0.0/user", rotated["access_token"]).status_code == 200
    assert exchange(sandbox, grant).json()["error"] == "invalid_grant"
    assert get(sandbox, "/user/1.0.0/user", rotated["access_token"]).status_code == 401
    assert (
        _refresh(sandbox, rotated["refresh_token"], auth=CLIENT).json()["error"] == "invalid_grant"
    )


def test_unknown_scope_is_invalid_scope(sandbox: SandboxServer) -> None:
    _v, challenge = pkce()
    url = authorize_url(
        sandbox.base_url, "http://127.0.0.1:5000/callback", challenge=challenge, scope="admin"
    )
    query = redirect_query(_authorize(sandbox, url))
    assert query["error"] == "invalid_scope"


def test_requested_default_scope_is_granted(sandbox: SandboxServer) -> None:
    response = exchange(sandbox, get_code(sandbox, scope="default"))
    assert response.json()["scope"] == "default"


def test_code_is_bound_to_the_user_who_consented(sandbox: SandboxServer) -> None:
    tokens = exchange(sandbox, get_code(sandbox, "carol")).json()
    assert get(sandbox, "/user/1.0.0/user", tokens["access_token"]).json()["data"]["username"] == (
        "carol"
    )
