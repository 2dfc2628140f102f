"""The Partner API client: one requests.Session, bounded retries, errors mapped to one tree."""

from __future__ import annotations

import email.utils
import logging
import re
import secrets
import time
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import quote, urlsplit

import requests
import urllib3.exceptions

from partner_desktop.api.models import (
    Account,
    Poll,
    PollList,
    PollQuery,
    UserPoll,
    UserPollList,
    WalletEntry,
    parse_data,
    parse_wallet,
)
from partner_desktop.api.pictures import DEADLINE as PICTURE_DEADLINE
from partner_desktop.api.pictures import IpAddress, PictureFetcher, is_public
from partner_desktop.config import Profile, ProfileKind
from partner_desktop.errors import (
    ApiError,
    AuthError,
    CertificateError,
    EndpointUnavailable,
    NetworkError,
    SignedOut,
    VoteNotCounted,
    VoteOutcomeUnknown,
    VoteRejected,
)

if TYPE_CHECKING:
    from partner_desktop.api.page_cache import FirstPageCache

log = logging.getLogger(__name__)

#: Statuses worth another try: the gateway or the service is briefly unavailable.
RETRY_STATUSES = frozenset({502, 503, 504})
#: A vote is retried with the same Idempotency-Key after any 5xx: the key makes it safe.
VOTE_RETRY_STATUSES = frozenset({500, 502, 503, 504})
#: The one status that says the service did not take the request in hand (RFC 9110 15.6.4):
#: a vote answered only 503 (or refused) was certainly not counted.
UNAVAILABLE = 503
#: Gateway code for a client-credentials token on a user route (contract section 3.4).
GATEWAY_NEEDS_USER = "900910"
#: Tries against a server that refuses connections before reporting it unreachable.
MAX_REFUSALS = 3
#: A safety net under the time budget: never more tries than this for one request.
MAX_ATTEMPTS = 30
#: Shortest pause between tries, so that a "Retry-After: 0" cannot make a busy loop.
MIN_WAIT = 0.05
_MAX_MESSAGE = 200
#: ASCII digits only: str.isdigit() also accepts "²", which int() and float() refuse.
_SECONDS_RE = re.compile(r"[0-9]{1,12}")
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f]+")
_random = secrets.SystemRandom()


class TokenProvider(Protocol):
    """Gives bearer tokens for requests; implemented by ``auth.session.AuthSession``."""

    def bearer(self, *, user: bool) -> str:
        """A valid access token (blocking; may fetch or refresh one)."""
        ...

    def invalidate(self, token: str, *, user: bool) -> None:
        """The server refused ``token`` with 401: the next ``bearer()`` must get a new one."""
        ...


class _Attempts:
    """Time and count bounds shared by every try of one logical request."""

    def __init__(self, budget: float) -> None:
        self.deadline = time.monotonic() + budget
        self.count = 0

    def remaining(self) -> float:
        return self.deadline - time.monotonic()

    def backoff(self) -> bool:
        """Sleep before the next try (exponential, full jitter); False if the budget is spent."""
        delay = max(MIN_WAIT, _random.uniform(0, min(2.0, 0.2 * 2**self.count)))
        self.count += 1
        if self.count >= MAX_ATTEMPTS or delay >= self.remaining():
            return False
        time.sleep(delay)
        return True

    def wait(self, seconds: float) -> bool:
        """Sleep as the server asked (at least a little), or False if that overruns the budget."""
        seconds = max(seconds, MIN_WAIT)
        if self.count >= MAX_ATTEMPTS or seconds >= self.remaining():
            return False
        time.sleep(seconds)
        self.count += 1
        return True


def _segment(value: str) -> str:
    """An id as one path segment: a '/', '?' or '..' from the server cannot reach another route."""
    if value in ("", ".", ".."):
        # Percent-encoding cannot help here: HTTP libraries decode %2E and resolve dot segments.
        raise ApiError("invalid", field="poll_id")
    return quote(value, safe="")


def _retry_after(response: requests.Response) -> float:
    """Seconds to wait from a Retry-After header (RFC 9110 section 10.2.3): delay or date."""
    value = response.headers.get("Retry-After", "").strip()
    if _SECONDS_RE.fullmatch(value):
        return float(value)
    if value:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError, OverflowError):
            return 1.0
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        return max(0.0, (when - datetime.now(UTC)).total_seconds())
    return 1.0


def _body(response: requests.Response) -> Mapping[str, Any] | None:
    try:
        data = response.json()
    except ValueError:
        return None
    return data if isinstance(data, Mapping) else None


def _server_message(body: Mapping[str, Any] | None) -> str | None:
    """The server's own short message, cleaned of control characters and cut short (kept as
    data on the error); never the raw body."""
    if body is None:
        return None
    for key in ("message", "error_description", "description"):
        value = body.get(key)
        if isinstance(value, str) and value.strip():
            text = _CONTROL_RE.sub(" ", value).strip()
            if len(text) > _MAX_MESSAGE:
                text = text[: _MAX_MESSAGE - 1] + "…"
            return text
    return None


def _scrub(message: str | None, response: requests.Response) -> str | None:
    """Remove the bearer token the request carried, should a server echo it in a message."""
    header = response.request.headers.get("Authorization", "") if response.request else ""
    token = header.partition(" ")[2].strip()
    if message is None or len(token) < 8:
        return message
    return message.replace(token, "[token]")


def _code(body: Mapping[str, Any] | None) -> str | None:
    if body is None:
        return None
    value = body.get("code")
    if isinstance(value, str | int) and not isinstance(value, bool):
        return str(value)
    return None


def _is_gateway(body: Mapping[str, Any] | None) -> bool:
    """The gateway's errors carry a string code and a description (contract section 3.4)."""
    return body is not None and isinstance(body.get("code"), str) and "description" in body


def _never_connected(exc: requests.RequestException) -> bool:
    """True when the request certainly never reached the server (refused, DNS, connect timeout)."""
    if isinstance(exc, requests.ConnectTimeout):
        return True
    if isinstance(exc, requests.ConnectionError) and exc.args:
        reason = exc.args[0]
        if isinstance(reason, urllib3.exceptions.MaxRetryError):
            reason = reason.reason
        return isinstance(reason, urllib3.exceptions.NewConnectionError)
    return False


def _network_error(exc: requests.RequestException, host: str) -> NetworkError:
    if isinstance(exc, requests.Timeout):
        return NetworkError(NetworkError.TIMEOUT, host=host)
    if _never_connected(exc):
        return NetworkError(NetworkError.REFUSED, host=host)
    return NetworkError(NetworkError.BROKEN, host=host)


class PollsClient:
    """Blocking client of the Partner API resource endpoints; call it off the GUI thread."""

    def __init__(
        self,
        profile: Profile,
        tokens: TokenProvider,
        *,
        session: requests.Session | None = None,
        timeout: float = 10.0,
        retry_budget: float = 20.0,
        first_pages: FirstPageCache | None = None,
        public_address: Callable[[IpAddress], bool] = is_public,
        picture_deadline: float = PICTURE_DEADLINE,
    ) -> None:
        self._profile = profile
        # Pictures come from hosts the API names, over a session of their own (no token).
        self._pictures = PictureFetcher(
            sandbox=profile.kind == ProfileKind.SANDBOX,
            timeout=timeout,
            verify=session.verify if session is not None and session.verify is not None else True,
            public=public_address,
            deadline=picture_deadline,
        )
        self._first_pages = first_pages
        self._tokens = tokens
        self._owns_session = session is None
        self._session = session if session is not None else requests.Session()
        self._session.headers.setdefault("Accept", "application/json")
        self._timeout = timeout
        self._retry_budget = retry_budget

    @property
    def profile(self) -> Profile:
        return self._profile

    def close(self) -> None:
        self._pictures.close()
        if self._owns_session:
            self._session.close()

    def __enter__(self) -> PollsClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- resources -------------------------------------------------------------------------

    def list_polls(self, query: PollQuery) -> PollList:
        body = self._get("polls", user=False, params=query.params())
        polls = PollList.from_json(body)
        if self._first_pages is not None and query.page is None and query.cursor is None:
            self._first_pages.save(query, body)  # shown at the next start, before any request
        return polls

    def get_poll(self, poll_id: str) -> Poll:
        body = self._get("poll", user=False, poll_id=poll_id)
        return Poll.from_json(parse_data(body), "data")

    def list_user_polls(self, query: PollQuery) -> UserPollList:
        body = self._get("user_polls", user=True, params=query.params())
        return UserPollList.from_json(body)

    def get_user_poll(self, poll_id: str, *, budget: float | None = None) -> UserPoll:
        """The poll with the person's vote; ``budget`` bounds all tries (seconds)."""
        body = self._get("user_poll", user=True, poll_id=poll_id, budget=budget)
        return UserPoll.from_json(parse_data(body), "data")

    def get_account(self) -> Account:
        body = self._get("user", user=True)
        return Account.from_json(parse_data(body), "data")

    def get_wallet(self) -> list[WalletEntry]:
        return parse_wallet(self._get("wallet", user=True))

    def vote(
        self,
        poll_id: str,
        answer_id: str,
        token_count: int,
        *,
        idempotency_key: str,
        budget: float | None = None,
    ) -> UserPoll:
        """Cast a vote; the same ``idempotency_key`` must be reused when retrying the same vote.

        Raises VoteRejected (with ``reason``) when the server refuses it, VoteNotCounted when
        every try was refused or answered 503, and VoteOutcomeUnknown when the vote may have
        been sent but no answer came back. ``budget`` bounds all tries (seconds).
        """
        url = self._profile.endpoint("vote", poll_id=_segment(poll_id))
        payload = {"answerId": answer_id, "tokenCount": token_count}
        headers = {"Idempotency-Key": idempotency_key, "Content-Type": "application/json"}
        try:
            response = self._send(
                "POST",
                url,
                user=True,
                json=payload,
                headers=headers,
                retry_statuses=VOTE_RETRY_STATUSES,
                vote=(poll_id, idempotency_key),
                budget=budget,
            )
        except (VoteOutcomeUnknown, VoteNotCounted):
            raise
        except NetworkError as exc:
            # Every try failed before a connection existed: the vote certainly did not land.
            raise VoteNotCounted(exc.reason, host=exc.host) from None
        status = response.status_code
        if status in (200, 201):
            try:
                return UserPoll.from_json(parse_data(self._json(response)), "data")
            except ApiError:
                # The vote landed; only its echo is unreadable. Ask for the poll as it now is.
                log.warning("Unreadable answer to a successful vote; reading the poll again")
                return self.get_user_poll(poll_id)
        if status in RETRY_STATUSES or status >= 500:
            # A retried vote kept failing on the server side: it may have been recorded.
            raise VoteOutcomeUnknown(
                NetworkError.UNAVAILABLE,
                poll_id=poll_id,
                idempotency_key=idempotency_key,
                host=urlsplit(url).netloc,
                status=status,
            )
        body = _body(response)
        message = _scrub(_server_message(body), response)
        if status == 409:
            raise VoteRejected(reason=VoteRejected.ALREADY_VOTED, status=status, message=message)
        if status == 422:
            reason = _reject_reason(body, message)
            raise VoteRejected(reason=reason, status=status, message=message)
        if status == 404 and not _is_gateway(body):
            raise VoteRejected(reason=VoteRejected.NOT_FOUND, status=status, message=message)
        if status == 400:
            raise VoteRejected(reason=VoteRejected.INVALID, status=status, message=message)
        raise self._error(response, user=True, name="vote", has_id=True)

    def fetch_image(self, url: str, *, max_bytes: int = 2_000_000) -> bytes:
        """Download a partner picture: no credentials, bounded size and time, checked address
        (``api/pictures.py``)."""
        return self._pictures.fetch(url, max_bytes=max_bytes)

    # --- plumbing --------------------------------------------------------------------------

    def _get(
        self,
        name: str,
        *,
        user: bool,
        poll_id: str | None = None,
        params: list[tuple[str, str]] | None = None,
        budget: float | None = None,
    ) -> object:
        url = (
            self._profile.endpoint(name)
            if poll_id is None
            else self._profile.endpoint(name, poll_id=_segment(poll_id))
        )
        response = self._send(
            "GET", url, user=user, params=params, retry_statuses=RETRY_STATUSES, budget=budget
        )
        if response.status_code == 200:
            return self._json(response)
        raise self._error(response, user=user, name=name, has_id=poll_id is not None)

    def _send(
        self,
        method: str,
        url: str,
        *,
        user: bool,
        retry_statuses: frozenset[int],
        params: list[tuple[str, str]] | None = None,
        json: object = None,
        headers: Mapping[str, str] | None = None,
        vote: tuple[str, str] | None = None,
        budget: float | None = None,
    ) -> requests.Response:
        """One logical request: bounded retries, one refresh after a 401, 429 honoured.

        ``budget`` (seconds, default the client's) bounds every try and wait together.
        """
        host = urlsplit(url).netloc
        path = urlsplit(url).path
        attempts = _Attempts(self._retry_budget if budget is None else budget)
        refreshed = False
        maybe_sent = False
        refusals = 0
        while True:
            token = self._tokens.bearer(user=user)
            all_headers = {**(headers or {}), "Authorization": f"Bearer {token}"}
            try:
                response = self._session.request(
                    method,
                    url,
                    params=params,
                    json=json,
                    headers=all_headers,
                    # No try outlives the budget (a second at least, to be answered at all).
                    timeout=max(1.0, min(self._timeout, attempts.remaining())),
                    allow_redirects=False,
                )
            except requests.exceptions.SSLError:
                # The TLS handshake failed, so nothing was sent; another try would fail alike.
                raise CertificateError(host=host) from None
            except requests.RequestException as exc:
                refused = _never_connected(exc)
                maybe_sent = maybe_sent or not refused
                refusals += refused
                log.info("%s %s failed (%s)", method, path, type(exc).__name__)
                # A server that refuses connections is down, not busy: a few quick tries only.
                if refusals < MAX_REFUSALS and attempts.backoff():
                    continue
                if vote is not None and maybe_sent:
                    raise VoteOutcomeUnknown(
                        _network_error(exc, host).reason,
                        poll_id=vote[0],
                        idempotency_key=vote[1],
                        host=host,
                    ) from None
                raise _network_error(exc, host) from None
            status = response.status_code
            log.debug("%s %s -> %s", method, path, status)
            if status == 401 and not refreshed:
                # RFC 6750 section 3.1: invalid_token; get a fresh one and try exactly once more.
                refreshed = True
                response.close()
                self._tokens.invalidate(token, user=user)
                continue
            if status in retry_statuses:
                # A 503 says the service did not take the request; other 5xx may have run it.
                maybe_sent = maybe_sent or status != UNAVAILABLE
                if attempts.backoff():
                    response.close()
                    continue
                if vote is not None and not maybe_sent:
                    response.close()
                    raise VoteNotCounted(NetworkError.UNAVAILABLE, host=host, status=status)
                return response
            if status == 429 and attempts.wait(_retry_after(response)):
                # Throttled requests were not processed, so even a vote may be re-sent.
                response.close()
                continue
            return response

    @staticmethod
    def _json(response: requests.Response) -> object:
        try:
            return response.json()
        except ValueError:
            raise ApiError(ApiError.NOT_JSON, status=response.status_code) from None

    def _error(
        self, response: requests.Response, *, user: bool, name: str, has_id: bool
    ) -> Exception:
        status = response.status_code
        body = _body(response)
        code = _code(body)
        message = _scrub(_server_message(body), response)
        if status == 401:
            return AuthError(code, status=status, message=message)
        if status == 403 and code == GATEWAY_NEEDS_USER:
            if user:
                return SignedOut(code, status=status, message=message)
            return AuthError(code, status=status, message=message)
        # A 404 on a route without an id can only mean the route itself is gone; on a poll
        # route it is the service's "no such poll" unless the gateway (or no JSON) answered.
        if status == 410 or (status == 404 and (body is None or _is_gateway(body) or not has_id)):
            return EndpointUnavailable(endpoint=name, status=status, code=code)
        return ApiError(status=status, code=code, message=message)


#: ``reason`` words of a 422 vote answer (the sandbox's, and likely spellings of others).
_CLOSED_REASONS = frozenset({"closed", "not_open", "poll_closed", "poll_not_open"})
_OVER_LIMIT_REASONS = frozenset({"over_limit", "over_balance", "insufficient_balance"})


def _reject_reason(body: Mapping[str, Any] | None, message: str | None) -> str:
    """Tell "poll not open" from "too many tokens" in a 422 answer."""
    if body is not None:
        for key in ("reason", "error"):
            value = body.get(key)
            if isinstance(value, str):
                word = value.lower()
                if word in _CLOSED_REASONS:
                    return VoteRejected.CLOSED
                if word in _OVER_LIMIT_REASONS:
                    return VoteRejected.OVER_LIMIT
    text = (message or "").lower()
    closed_words = ("not open", "closed", "has ended", "not started", "cancelled", "canceled")
    if any(word in text for word in closed_words):
        return VoteRejected.CLOSED
    # The only other 422 of the contract (section 3.3): tokens over the limit or the balance.
    return VoteRejected.OVER_LIMIT
