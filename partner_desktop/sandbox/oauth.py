"""The sandbox's OAuth 2.0 authorization server: Authlib grants over SQLite, sign-in and consent."""

from __future__ import annotations

import base64
import binascii
import hmac
import json
import logging
import math
import re
import secrets
import sqlite3
import time
import uuid
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from authlib.integrations.flask_oauth2 import AuthorizationServer
from authlib.oauth2.rfc6749 import (
    ClientMixin,
    InvalidClientError,
    InvalidGrantError,
    InvalidRequestError,
    OAuth2Error,
    grants,
)
from authlib.oauth2.rfc7009 import RevocationEndpoint
from authlib.oauth2.rfc7636 import CodeChallenge
from flask import Blueprint, Flask, Response, render_template, request

from partner_desktop.sandbox import accounts, db, i18n
from partner_desktop.sandbox.context import conn, state
from partner_desktop.sandbox.settings import SandboxConfig
from partner_desktop.sandbox.throttle import SignInThrottle

TRACKING_KEYS = ("partner_tag", "referrer", "campaign", "param1", "param2", "param3")
PENDING_TTL = 600.0  # a sign-in form stays usable for ten minutes
#: Sign-in forms open at once (each GET of the authorize page makes one), and grants whose
#: tracking parameters are kept (contract 2.7): the oldest go past these bounds.
MAX_PENDING = 1000
MAX_CONVERSIONS = 1000
LOOPBACK_HOSTS = ("127.0.0.1", "::1", "localhost")

bp = Blueprint("oauth", __name__)
log = logging.getLogger(__name__)


# --- models ---------------------------------------------------------------------------------


class User:
    """A resource owner."""

    def __init__(self, user_id: str, username: str) -> None:
        self.id = user_id
        self.username = username

    def get_user_id(self) -> str:
        return self.id


def load_user(user_id: str) -> User | None:
    row = conn().execute("SELECT id, username FROM users WHERE id = ?", (user_id,)).fetchone()
    return User(row["id"], row["username"]) if row else None


def redirect_uri_matches(registered: str, requested: str) -> bool:
    """RFC 8252 section 7.3: a loopback redirect matches on any port; scheme, host, path exactly."""
    try:
        reg = urlsplit(registered)
        req = urlsplit(requested)
        req_port = req.port
    except ValueError:
        return False
    if req.username is not None or req.password is not None or req.fragment:
        return False
    if reg.hostname in LOOPBACK_HOSTS and reg.port is None:
        netloc = reg.netloc if req_port is None else f"{reg.netloc}:{req_port}"
        # Same scheme, host spelled exactly as registered (no "127.1", no "localhost"), same path.
        return (
            req.scheme == reg.scheme
            and req.netloc == netloc
            and req.path == reg.path
            and req.query == reg.query
        )
    return registered == requested


class Client(ClientMixin):  # type: ignore[misc]
    """A registered confidential client."""

    def __init__(self, row: sqlite3.Row) -> None:
        self.client_id: str = row["client_id"]
        self.secret_hash: str = row["secret_hash"]
        self.name: str = row["name"]
        self.redirect_uris: list[str] = json.loads(row["redirect_uris"])
        self.grant_types: list[str] = json.loads(row["grant_types"])
        self.scope: str = row["scope"]

    def get_client_id(self) -> str:
        return self.client_id

    def get_default_redirect_uri(self) -> str | None:
        return None  # contract 2.2: redirect_uri is mandatory

    def get_allowed_scope(self, scope: str | None) -> str | None:
        if not scope:
            return self.scope
        allowed = set(self.scope.split())
        asked = scope.split()
        return " ".join(asked) if all(s in allowed for s in asked) else None

    def check_redirect_uri(self, redirect_uri: str) -> bool:
        return any(redirect_uri_matches(r, redirect_uri) for r in self.redirect_uris)

    def check_client_secret(self, client_secret: str) -> bool:
        return accounts.check_password(client_secret, self.secret_hash)

    def check_endpoint_auth_method(self, method: str, endpoint: str) -> bool:
        return method in ("client_secret_basic", "client_secret_post")

    def check_response_type(self, response_type: str) -> bool:
        return response_type == "code"

    def check_grant_type(self, grant_type: str) -> bool:
        return grant_type in self.grant_types


def query_client(client_id: str) -> Client | None:
    row = conn().execute("SELECT * FROM clients WHERE client_id = ?", (client_id,)).fetchone()
    return Client(row) if row else None


class AuthCode:
    """A stored authorization code (its digest: the code itself is never stored)."""

    def __init__(self, row: sqlite3.Row) -> None:
        self.code_hash: str = row["code_hash"]
        self.client_id: str = row["client_id"]
        self.user_id: str = row["user_id"]
        self.redirect_uri: str = row["redirect_uri"]
        self.scope: str = row["scope"]
        self.code_challenge: str | None = row["code_challenge"]
        self.code_challenge_method: str | None = row["code_challenge_method"]
        self.grant_id: str = row["grant_id"]

    def get_redirect_uri(self) -> str:
        return self.redirect_uri

    def get_scope(self) -> str:
        return self.scope


class Token:
    """A stored token row (digests of the access and the optional refresh token)."""

    def __init__(self, row: sqlite3.Row, matched: str = "access_token") -> None:
        self.access_hash: str = row["access_hash"]
        self.refresh_hash: str | None = row["refresh_hash"]
        self.client_id: str = row["client_id"]
        self.user_id: str | None = row["user_id"]
        self.scope: str = row["scope"]
        self.grant_id: str | None = row["grant_id"]
        self.matched = matched

    def check_client(self, client: Client) -> bool:
        return self.client_id == client.client_id

    def get_scope(self) -> str:
        return self.scope


# --- grants ---------------------------------------------------------------------------------

AUTH_METHODS = ["client_secret_basic", "client_secret_post"]


class S256Challenge(CodeChallenge):  # type: ignore[misc]
    """PKCE (RFC 7636) required on every authorization request, S256 only (no ``plain``)."""

    DEFAULT_CODE_CHALLENGE_METHOD = "S256"
    SUPPORTED_CODE_CHALLENGE_METHOD = ["S256"]

    def validate_code_challenge(self, grant: Any, redirect_uri: str) -> None:
        data = grant.request.payload.data
        if not data.get("code_challenge"):
            raise InvalidRequestError("PKCE is required: send 'code_challenge' (RFC 7636).")
        if data.get("code_challenge_method") != "S256":
            raise InvalidRequestError("Only 'code_challenge_method=S256' is accepted.")
        super().validate_code_challenge(grant, redirect_uri)


class CodeGrant(grants.AuthorizationCodeGrant):  # type: ignore[misc]
    """Authorization code grant: single-use, short-lived codes; replay revokes what was issued."""

    TOKEN_ENDPOINT_AUTH_METHODS = AUTH_METHODS

    def save_authorization_code(self, code: str, req: Any) -> None:
        data = req.payload.data
        grant_id = str(uuid.uuid4())
        now = time.time()
        c = conn()
        with db.transaction(c):
            c.execute(
                "INSERT INTO auth_codes (code_hash, client_id, user_id, redirect_uri, scope, "
                "code_challenge, code_challenge_method, grant_id, expires_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    db.digest(code),
                    req.client.client_id,
                    req.user.id,
                    req.payload.redirect_uri,
                    req.scope or "",
                    data.get("code_challenge"),
                    data.get("code_challenge_method"),
                    grant_id,
                    now + state().config.code_ttl,
                ),
            )
            # Contract 2.6/2.7: tracking parameters are recorded with each grant.
            tracking = [_short(data.get(key)) for key in TRACKING_KEYS]
            c.execute(
                "INSERT INTO conversions (grant_id, client_id, user_id, created_at, partner_tag, "
                "referrer, campaign, param1, param2, param3) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (grant_id, req.client.client_id, req.user.id, now, *tracking),
            )
            c.execute(
                "DELETE FROM conversions WHERE id <= (SELECT max(id) FROM conversions) - ?",
                (MAX_CONVERSIONS,),
            )

    def query_authorization_code(self, code: str, client: Client) -> AuthCode | None:
        c = conn()
        code_hash = db.digest(code)
        with db.transaction(c):
            row = c.execute(
                "SELECT * FROM auth_codes WHERE code_hash = ? AND client_id = ?",
                (code_hash, client.client_id),
            ).fetchone()
            if row is None:
                return None
            if row["used"]:
                # RFC 6749 4.1.2: a code used twice is denied, and what it issued is revoked.
                c.execute("UPDATE auth_codes SET used = 2 WHERE code_hash = ?", (code_hash,))
                c.execute(
                    "UPDATE tokens SET access_revoked = 1, refresh_revoked = 1 WHERE grant_id = ?",
                    (row["grant_id"],),
                )
                return None
            # Consumed on first presentation, even if a later check fails: never usable twice.
            c.execute("UPDATE auth_codes SET used = 1 WHERE code_hash = ?", (code_hash,))
        if row["expires_at"] <= time.time():
            return None
        return AuthCode(row)

    def delete_authorization_code(self, authorization_code: AuthCode) -> None:
        """Already marked used in ``query_authorization_code``; kept to detect replays."""

    def authenticate_user(self, authorization_code: AuthCode) -> User | None:
        return load_user(authorization_code.user_id)


class RefreshGrant(grants.RefreshTokenGrant):  # type: ignore[misc]
    """Refresh with rotation: each use returns a new refresh token and retires the old one.

    A retired refresh token presented again means two parties hold it: the whole grant is
    revoked (RFC 9700 4.14.2). A refused refresh (another client's token, a wider scope)
    leaves the token usable: it is retired only once every check has passed.
    """

    TOKEN_ENDPOINT_AUTH_METHODS = AUTH_METHODS
    INCLUDE_NEW_REFRESH_TOKEN = True

    def authenticate_refresh_token(self, refresh_token: str) -> Token | None:
        c = conn()
        row = c.execute(
            "SELECT * FROM tokens WHERE refresh_hash = ?", (db.digest(refresh_token),)
        ).fetchone()
        if row is None:
            return None
        client = self.request.client
        if row["rotated"] and client is not None and row["client_id"] == client.client_id:
            revoke_grant(c, row["grant_id"], row["access_hash"])
            log.warning(
                "A rotated refresh token was presented again: grant %s revoked.", row["grant_id"]
            )
            return None
        if row["refresh_revoked"] or (row["refresh_expires_at"] or 0) <= time.time():
            return None
        return Token(row, "refresh_token")

    def validate_token_request(self) -> None:
        super().validate_token_request()
        token: Token = self.request.refresh_token
        c = conn()
        with db.transaction(c):
            # Claimed inside one transaction: of two racing refreshes, only one wins.
            claimed = c.execute(
                "UPDATE tokens SET refresh_revoked = 1, rotated = 1 "
                "WHERE access_hash = ? AND refresh_revoked = 0",
                (token.access_hash,),
            ).rowcount
        if claimed != 1:
            raise InvalidGrantError()

    def authenticate_user(self, refresh_token: Token) -> User | None:
        return load_user(refresh_token.user_id) if refresh_token.user_id else None

    def revoke_old_credential(self, refresh_token: Token) -> None:
        """Already retired in ``validate_token_request``."""


def revoke_grant(c: sqlite3.Connection, grant_id: str | None, access_hash: str) -> None:
    """End every token of the grant ``grant_id`` (or the row ``access_hash`` alone, if none)."""
    with db.transaction(c):
        c.execute(
            "UPDATE tokens SET access_revoked = 1, refresh_revoked = 1 "
            "WHERE grant_id = ? OR access_hash = ?",
            (grant_id, access_hash),
        )


class ClientCredentials(grants.ClientCredentialsGrant):  # type: ignore[misc]
    """Client credentials grant with Basic or body authentication."""

    TOKEN_ENDPOINT_AUTH_METHODS = AUTH_METHODS


class Revocation(RevocationEndpoint):  # type: ignore[misc]
    """RFC 7009 revocation; also accepts the field ``accessToken``; 200 whatever the token."""

    CLIENT_AUTH_METHODS = AUTH_METHODS

    def _value(self, req: Any) -> str | None:
        value = req.form.get("token") or req.form.get("accessToken")
        return str(value) if value else None

    def check_params(self, req: Any, client: Client) -> None:
        if not self._value(req):
            raise InvalidRequestError("Missing 'token' in request.")

    def authenticate_token(self, req: Any, client: Client) -> Token | None:
        self.check_params(req, client)
        token = self.query_token(self._value(req) or "", req.form.get("token_type_hint"))
        # RFC 7009 2.2: an unknown token, or one of another client, is answered 200 all the same.
        if token is None or not token.check_client(client):
            return None
        return token

    def query_token(self, token_string: str, token_type_hint: str | None) -> Token | None:
        c = conn()
        hashed = db.digest(token_string)
        row = c.execute("SELECT * FROM tokens WHERE access_hash = ?", (hashed,)).fetchone()
        if row is not None:
            return Token(row, "access_token")
        row = c.execute("SELECT * FROM tokens WHERE refresh_hash = ?", (hashed,)).fetchone()
        return Token(row, "refresh_token") if row else None

    def revoke_token(self, token: Token, req: Any) -> None:
        c = conn()
        if token.matched == "refresh_token":
            # RFC 7009 2.1: revoking a refresh token ends every token of its grant, the access
            # tokens issued before the last rotation included.
            revoke_grant(c, token.grant_id, token.access_hash)
            return
        with db.transaction(c):
            c.execute(
                "UPDATE tokens SET access_revoked = 1 WHERE access_hash = ?", (token.access_hash,)
            )


class SandboxAuthorizationServer(AuthorizationServer):  # type: ignore[misc]
    """Authlib's Flask server with RFC 6749 5.2 ``401`` for every client authentication failure."""

    def handle_error_response(self, req: Any, error: OAuth2Error) -> Response:
        if isinstance(error, InvalidClientError) and not error.redirect_uri:
            error.status_code = 401
        response: Response = super().handle_error_response(req, error)
        return response


def _short(value: object, limit: int = 200) -> str | None:
    return str(value)[:limit] if value else None


def save_token(token: dict[str, Any], req: Any) -> None:
    """Store an issued token, linked to its grant so that a code replay or revoke can end it."""
    now = time.time()
    cfg = state().config
    grant_id: str | None = None
    code: AuthCode | None = getattr(req, "authorization_code", None)
    old: Token | None = getattr(req, "refresh_token", None)
    if code is not None:
        grant_id = code.grant_id
    elif old is not None:
        grant_id = old.grant_id
    user = getattr(req, "user", None)
    refresh = token.get("refresh_token")
    c = conn()
    with db.transaction(c):
        c.execute(
            "INSERT INTO tokens (access_hash, refresh_hash, client_id, user_id, scope, "
            "grant_type, "
            "grant_id, issued_at, access_expires_at, refresh_expires_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                db.digest(token["access_token"]),
                db.digest(refresh) if refresh else None,
                req.client.client_id,
                user.id if user is not None else None,
                token.get("scope", ""),
                req.payload.grant_type,
                grant_id,
                now,
                now + int(token["expires_in"]),
                now + cfg.refresh_ttl if refresh else None,
            ),
        )
        if code is not None:
            # A replay that raced this exchange marked the code (used = 2): honour it now.
            row = c.execute(
                "SELECT used FROM auth_codes WHERE code_hash = ?", (code.code_hash,)
            ).fetchone()
            if row is not None and row["used"] == 2:
                c.execute(
                    "UPDATE tokens SET access_revoked = 1, refresh_revoked = 1 WHERE grant_id = ?",
                    (grant_id,),
                )


def generate_token(
    *,
    grant_type: str,
    client: Client,
    user: User | None = None,
    scope: str | None = None,
    expires_in: int | None = None,
    include_refresh_token: bool = True,
) -> dict[str, Any]:
    """Bearer tokens from ``secrets``, lifetimes from the sandbox configuration."""
    cfg = state().config
    ttl = cfg.client_ttl if grant_type == "client_credentials" else cfg.access_ttl
    token: dict[str, Any] = {
        "token_type": "Bearer",
        "access_token": secrets.token_urlsafe(32),
        "expires_in": expires_in or ttl,
        "scope": scope or client.scope,
    }
    if include_refresh_token:
        token["refresh_token"] = secrets.token_urlsafe(48)
    return token


def create_server(app: Flask) -> SandboxAuthorizationServer:
    """Build the authorization server with its grants and endpoints."""
    server = SandboxAuthorizationServer(app, query_client=query_client, save_token=save_token)
    server.register_token_generator("default", generate_token)
    server.register_grant(CodeGrant, [S256Challenge(required=True)])
    server.register_grant(RefreshGrant)
    server.register_grant(ClientCredentials)
    server.register_endpoint(Revocation)
    return server


def _server() -> SandboxAuthorizationServer:
    value = state().extras["oauth_server"]
    if not isinstance(value, SandboxAuthorizationServer):
        raise RuntimeError("the authorization server is not set up")
    return value


# --- pending authorization requests (one-time CSRF tokens) ----------------------------------


def create_sign_in_throttle(config: SandboxConfig) -> SignInThrottle:
    """The wrong-password counter, made once with the app (not per request: two threads must
    never each make their own and count half the failures)."""
    return SignInThrottle(
        per_account=config.signin_failures_per_account,
        per_client=config.signin_failures_per_client,
        window=config.signin_window,
    )


def _sign_in_throttle() -> SignInThrottle:
    guard = state().extras["sign_in_throttle"]
    if not isinstance(guard, SignInThrottle):
        raise RuntimeError("the sign-in throttle is not set up")
    return guard


def _new_pending(query: str, user_id: str | None) -> str:
    csrf = secrets.token_urlsafe(32)
    c = conn()
    with db.transaction(c):
        c.execute("DELETE FROM pending WHERE expires_at < ?", (time.time(),))
        # A flood of sign-in pages must not grow the table without end: the oldest go first.
        c.execute(
            "DELETE FROM pending WHERE csrf IN (SELECT csrf FROM pending "
            "ORDER BY expires_at DESC LIMIT -1 OFFSET ?)",
            (MAX_PENDING - 1,),
        )
        c.execute(
            "INSERT INTO pending (csrf, query, user_id, expires_at) VALUES (?, ?, ?, ?)",
            (csrf, query, user_id, time.time() + PENDING_TTL),
        )
    return csrf


def _take_pending(csrf: str, query: str) -> sqlite3.Row | None:
    """Consume a one-time token; it must belong to this very authorization request."""
    c = conn()
    with db.transaction(c):
        row: sqlite3.Row | None = c.execute(
            "SELECT * FROM pending WHERE csrf = ?", (csrf,)
        ).fetchone()
        if row is None:
            return None
        c.execute("DELETE FROM pending WHERE csrf = ?", (csrf,))
    if row["expires_at"] < time.time() or not hmac.compare_digest(row["query"], query):
        return None
    return row


# --- routes ---------------------------------------------------------------------------------


def _page(template: str, status: int = 200, **values: Any) -> Response:
    response = Response(render_template(template, **values), status=status, mimetype="text/html")
    # The page is in the browser's language (Accept-Language); caches must key on it.
    response.headers["Content-Language"] = i18n.language()
    response.vary.add("Accept-Language")
    return response


def _error_page(message: str, status: int = 400) -> Response:
    return _page("error.html", status, message=message)


def _query() -> str:
    """The authorization request's parameters in a canonical form (order and encoding ignored).

    A browser may re-encode the form's action URL; the binding is to the parameters, not bytes.
    """
    pairs = sorted(
        parse_qsl(request.query_string.decode("utf-8", "replace"), keep_blank_values=True)
    )
    return urlencode(pairs)


def _client_name(grant: Any) -> str:
    client = grant.request.client
    return str(client.name) if client is not None else i18n.text("An application")


#: Characters Authlib may echo in an ``error_description`` (RFC 6749 section 4.1.2.1:
#: %x20-21 / %x23-5B / %x5D-7E); anything else in these parameters makes it raise ValueError.
_ECHOABLE = re.compile(r"[\x20\x21\x23-\x5b\x5d-\x7e]*")
_ECHOED_PARAMS = ("redirect_uri", "client_id", "response_type", "scope", "code_challenge_method")


def _unechoable_parameter() -> str | None:
    """The name of an authorization parameter the error machinery could not quote, if any."""
    for name in _ECHOED_PARAMS:
        for value in request.args.getlist(name):
            if not _ECHOABLE.fullmatch(value):
                return name
    return None


@bp.get("/oauth2/authorize")
def authorize_get() -> Response:
    server = _server()
    bad = _unechoable_parameter()
    if bad is not None:
        # Never redirect with it either: an unprintable redirect URI is not a registered one.
        return _error_page(
            i18n.text("The parameter '{name}' of this sign-in request is not valid.", name=bad)
        )
    try:
        grant = server.get_consent_grant(end_user=None)
    except OAuth2Error as error:
        return _oauth_error(server, error)
    csrf = _new_pending(_query(), None)
    return _page(
        "signin.html", csrf_token=csrf, action=request.full_path, client=_client_name(grant)
    )


def _oauth_error(server: SandboxAuthorizationServer, error: OAuth2Error) -> Response:
    if error.redirect_uri:
        # The client and its redirect URI were verified: report the error there (RFC 6749 4.1.2.1).
        response: Response = server.handle_error_response(None, error)
        return response
    # Never redirect to an unverified URI: tell the person instead.
    return _error_page(error.get_error_description() or error.error or "Invalid request.")


def _sign_in_again(grant: Any, username: str, error: str) -> Response:
    """The sign-in form once more, with a new one-time token and ``error`` above it."""
    return _page(
        "signin.html",
        csrf_token=_new_pending(_query(), None),
        action=request.full_path,
        client=_client_name(grant),
        username=username,
        error=error,
    )


@bp.post("/oauth2/authorize")
def authorize_post() -> Response:
    server = _server()
    bad = _unechoable_parameter()
    if bad is not None:
        return _error_page(
            i18n.text("The parameter '{name}' of this sign-in request is not valid.", name=bad)
        )
    pending = _take_pending(str(request.form.get("csrf_token", "")), _query())
    if pending is None:
        return _error_page(
            i18n.text(
                "This page has expired or was already used. Start the sign-in again from the app."
            )
        )
    try:
        grant = server.get_consent_grant(end_user=None)
    except OAuth2Error as error:
        return _oauth_error(server, error)
    if pending["user_id"] is None:
        username = str(request.form.get("username", ""))[:100]
        password = str(request.form.get("password", ""))[:200]
        guard, address = _sign_in_throttle(), str(request.remote_addr or "")
        wait = math.ceil(guard.wait(username, address))
        if wait:
            page = _sign_in_again(
                grant,
                username,
                i18n.text(
                    "Too many wrong passwords. Wait {seconds} seconds, then try again.",
                    seconds=wait,
                ),
            )
            page.status_code = 429
            page.headers["Retry-After"] = str(wait)
            return page
        row = (
            conn()
            .execute("SELECT id, password_hash FROM users WHERE username = ?", (username,))
            .fetchone()
        )
        # An unknown username costs the same hashing as a wrong password (no timing tell).
        right = accounts.check_user_password(password, row["password_hash"] if row else None)
        if row is None or not right:
            guard.failed(username, address)
            return _sign_in_again(
                grant,
                username,
                i18n.text("The username or password is not right. Please try again."),
            )
        guard.succeeded(username)
        csrf = _new_pending(_query(), row["id"])
        return _page(
            "consent.html",
            csrf_token=csrf,
            action=request.full_path,
            client=_client_name(grant),
            username=username,
        )
    user = load_user(pending["user_id"])
    decision = request.form.get("decision")
    if user is None or decision not in ("allow", "deny"):
        return _error_page(i18n.text("Please choose Allow or Deny."))
    response: Response = server.create_authorization_response(
        grant=grant, grant_user=user if decision == "allow" else None
    )
    return response


@bp.post("/oauth2/token")
def token() -> Response:
    server = _server()
    header = request.headers.get("Authorization", "")
    if header[:6].lower() == "basic ":
        try:
            base64.b64decode(header[6:].strip(), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return server.handle_error_response(
                None, InvalidClientError(description="Malformed Basic credentials.")
            )
    response: Response = server.create_token_response()
    return response


@bp.post("/oauth2/revoke")
def revoke() -> Response:
    response: Response = _server().create_endpoint_response(Revocation.ENDPOINT_NAME)
    return response


@bp.get("/.well-known/oauth-authorization-server")
def metadata() -> Response:
    """RFC 8414 authorization server metadata."""
    base = state().config.public_base()  # never the Host header a client chose
    body = {
        "issuer": base,
        "authorization_endpoint": f"{base}/oauth2/authorize",
        "token_endpoint": f"{base}/oauth2/token",
        "revocation_endpoint": f"{base}/oauth2/revoke",
        "response_types_supported": ["code"],
        "grant_types_supported": list(accounts.GRANT_TYPES),
        "token_endpoint_auth_methods_supported": AUTH_METHODS,
        "revocation_endpoint_auth_methods_supported": AUTH_METHODS,
        "code_challenge_methods_supported": ["S256"],
        "scopes_supported": ["default"],
    }
    return Response(json.dumps(body), mimetype="application/json")


@bp.get("/sandbox/conversions")
def conversions() -> Response:
    """Contract 2.7: the tracking parameters recorded per grant, oldest first."""
    # The newest ``limit`` (at most MAX_CONVERSIONS), oldest first.
    try:
        limit = int(request.args.get("limit", MAX_CONVERSIONS))
    except ValueError:
        limit = 0
    if not 1 <= limit <= MAX_CONVERSIONS:
        body = {"code": 400, "message": f"'limit' must be 1 to {MAX_CONVERSIONS}."}
        return Response(json.dumps(body), status=400, mimetype="application/json")
    rows = (
        conn()
        .execute(
            "SELECT * FROM (SELECT c.*, u.username FROM conversions c "
            "JOIN users u ON u.id = c.user_id ORDER BY c.id DESC LIMIT ?) ORDER BY id",
            (limit,),
        )
        .fetchall()
    )
    data = [
        {
            "grantId": row["grant_id"],
            "clientId": row["client_id"],
            "username": row["username"],
            "grantedAt": time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime(row["created_at"])),
            "partnerTag": row["partner_tag"],
            "referrer": row["referrer"],
            "campaign": row["campaign"],
            "param1": row["param1"],
            "param2": row["param2"],
            "param3": row["param3"],
        }
        for row in rows
    ]
    return Response(json.dumps({"data": data}), mimetype="application/json")
