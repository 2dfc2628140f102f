"""The sandbox's resource server: polls, user polls, votes, account, wallet (contract section 3)."""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
import json
import random
import socket
import sqlite3
import struct
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

from flask import Blueprint, Response, request

from partner_desktop.sandbox import db
from partner_desktop.sandbox.context import conn, state

bp = Blueprint("resources", __name__)

STATUSES = ("upcoming", "open", "closed", "disclosed", "cancelled")
ORDER_COLUMNS = {
    "closeAt": "close_at",
    "openAt": "open_at",
    "publicationDate": "publication_date",
    "usedTokenCount": "used_token_count",
}
WINDOWS = {
    "openAt": "open_at",
    "closeAt": "close_at",
    "publicationDate": "publication_date",
    "disclosedAt": "disclosed_at",
}
MAX_LIMIT = 100
#: Largest list offset a cursor may carry (far past any list; SQLite's integers are 64-bit).
MAX_OFFSET = 2**31
DEFAULT_LIMIT = 20
LOGO_SIZE = 128


class Record(Protocol):
    """A database row or a mapping: read by column name."""

    def __getitem__(self, key: str, /) -> Any: ...


class ApiFailure(Exception):
    """An error answer: a status and a JSON body."""

    def __init__(
        self, status: int, body: Mapping[str, Any], headers: Mapping[str, str] | None = None
    ) -> None:
        super().__init__(status)
        self.status = status
        self.body = dict(body)
        self.headers = dict(headers or {})

    def response(self) -> Response:
        return json_response(self.body, self.status, self.headers)


def json_response(
    body: object, status: int = 200, headers: Mapping[str, str] | None = None
) -> Response:
    return Response(
        json.dumps(body, separators=(",", ":")),
        status=status,
        mimetype="application/json",
        headers=dict(headers or {}),
    )


def service_error(status: int, message: str, **extra: Any) -> ApiFailure:
    """Contract 3.4, our choice: ``{"code": <http status>, "message": "..."}``."""
    return ApiFailure(status, {"code": status, "message": message, **extra})


def gateway_error(
    status: int, code: str, message: str, description: str, **headers: str
) -> ApiFailure:
    """Contract 3.4: the real gateway's error shape."""
    return ApiFailure(
        status, {"code": code, "message": message, "description": description}, headers
    )


def iso(ts: float | None) -> str | None:
    if ts is None:
        return None
    return _iso(ts)


@functools.lru_cache(maxsize=4096)
def _iso(ts: float) -> str:
    # Poll dates repeat on every list page; formatting them is a large part of a page's cost.
    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="seconds")


def _decimal(value: float) -> str:
    return str(round(value, 4))


# --- authentication and fault injection -----------------------------------------------------


@dataclass(frozen=True)
class Caller:
    """Who is calling: the token, and the user when it came from the authorization-code grant."""

    token: str
    user_id: str | None


def _invalid_token() -> ApiFailure:
    return gateway_error(
        401,
        "900901",
        "Invalid Credentials",
        "Access failure for API: the access token is missing, invalid, expired or revoked.",
        **{"WWW-Authenticate": 'Bearer realm="sandbox", error="invalid_token"'},
    )


def _authenticate(user_route: bool) -> Caller:
    header = request.headers.get("Authorization")
    challenge = {"WWW-Authenticate": 'Bearer realm="sandbox"'}
    if not header:
        raise gateway_error(
            401,
            "900902",
            "Missing Credentials",
            "Make sure your API invocation call has a header: 'Authorization: Bearer ACCESS_TOKEN'",
            **challenge,
        )
    scheme, _, value = header.partition(" ")
    value = value.strip()
    if scheme.lower() != "bearer" or not value or len(value) > 512:
        raise _invalid_token()
    row = (
        conn()
        .execute(
            "SELECT user_id FROM tokens WHERE access_hash = ? AND access_revoked = 0 "
            "AND access_expires_at > ?",
            (db.digest(value), time.time()),
        )
        .fetchone()
    )
    if row is None:
        raise _invalid_token()
    if user_route and row["user_id"] is None:
        raise gateway_error(
            403,
            "900910",
            "The access token does not allow you to access the requested resource",
            "A user route needs a token from the authorization-code grant.",
        )
    return Caller(value, row["user_id"])


def _faults(caller: Caller) -> None:
    _latency_ms, error_rate, throttle = state().faults.snapshot()
    if throttle:
        wait = state().throttle_wait(hashlib.sha256(caller.token.encode()).hexdigest(), throttle)
        if wait:
            state().faults.record("throttled_429")
            raise ApiFailure(
                429,
                {
                    "code": "900800",
                    "message": "Message throttled out",
                    "description": "You have exceeded your quota. Try again later.",
                    "nextAccessTime": iso(time.time() + wait),
                },
                {"Retry-After": str(wait)},
            )
    if error_rate and random.random() < error_rate:  # noqa: S311 - fault injection, not security
        state().faults.record("error_503")
        raise service_error(503, "The service is temporarily unavailable. Try again shortly.")


View = Callable[..., Response]


def _connection() -> socket.socket | None:
    """The client's socket of this request (werkzeug's development server exposes it)."""
    sock = request.environ.get("werkzeug.socket")
    return sock if isinstance(sock, socket.socket) else None


def _hang_up(sock: socket.socket) -> None:
    """End the connection now: the answer the view returns next can no longer be written.

    ``SO_LINGER`` with a zero timeout makes the final close a reset (RST) rather than a
    graceful close; the shutdown wakes the client at once. werkzeug treats the failed write
    that follows as a dropped connection and moves on.
    """
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass  # the client is already gone: that is the fault we wanted anyway


def drop_connection() -> None:
    """Fault ``drop_after_vote``: the work is done, but the client never hears of it."""
    sock = _connection()
    if sock is not None:
        _hang_up(sock)


def break_mid_answer(response: Response) -> None:
    """Fault ``reset_mid_answer``: the status line, headers and half the body, then a hang-up."""
    sock = _connection()
    if sock is None:
        return
    body = response.get_data()
    head = [f"HTTP/1.1 {response.status}"]
    head += [f"{k}: {v}" for k, v in response.headers.items() if k.lower() != "content-length"]
    head.append(f"Content-Length: {len(body)}")
    partial = ("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body[: len(body) // 2]
    try:
        sock.sendall(partial)
    except OSError:
        return
    _hang_up(sock)


def _user(caller: Caller) -> str:
    """The user behind a user-route caller (``resource(user=True)`` guarantees there is one)."""
    if caller.user_id is None:
        raise RuntimeError("a user route was reached without a user token")
    return caller.user_id


def resource(*, user: bool) -> Callable[[Callable[..., Response]], View]:
    """Wrap a resource view: latency, Bearer check (gateway errors), throttle, injected 503."""

    def decorate(view: Callable[..., Response]) -> View:
        @functools.wraps(view)
        def wrapper(**kwargs: Any) -> Response:
            latency_ms = state().faults.snapshot()[0]
            if latency_ms:
                time.sleep(latency_ms / 1000)
            try:
                caller = _authenticate(user)
                _faults(caller)
                response = view(caller, **kwargs)
            except ApiFailure as failure:
                return failure.response()
            if state().faults.take("reset_mid_answer"):
                break_mid_answer(response)
            return response

        return wrapper

    return decorate


# --- reading polls --------------------------------------------------------------------------


def poll_status(row: Record, now: float) -> str:
    """The status is derived from the dates every time, so it always agrees with them."""
    if row["cancelled"]:
        return "cancelled"
    if now < row["open_at"]:
        return "upcoming"
    if now < row["close_at"]:
        return "open"
    if row["disclosed_at"] is not None and now >= row["disclosed_at"]:
        return "disclosed"
    return "closed"


def results_visible(row: Record, status: str, now: float, voted: bool) -> bool:
    """Contract 3.2: tallies hide before ``disclosedAt`` unless the poll closed or caller voted."""
    if voted or status in ("closed", "disclosed"):
        return True
    return status != "cancelled" and row["disclosed_at"] is not None and now >= row["disclosed_at"]


_POLL_SQL = (
    "SELECT p.*, pa.name AS partner_name, pa.slug AS partner_slug FROM polls p "
    "JOIN partners pa ON pa.id = p.partner_id"
)


def _answers_for(c: sqlite3.Connection, poll_ids: Sequence[str]) -> dict[str, list[sqlite3.Row]]:
    """The answers of each poll, in position order: one query for all of them."""
    result: dict[str, list[sqlite3.Row]] = {pid: [] for pid in poll_ids}
    if not poll_ids:
        return result
    rows = c.execute(
        "SELECT * FROM answers WHERE poll_id IN (SELECT value FROM json_each(?)) ORDER BY position",
        (json.dumps(list(poll_ids)),),
    ).fetchall()
    for row in rows:
        result[row["poll_id"]].append(row)
    return result


def _user_votes(
    c: sqlite3.Connection, user_id: str | None, poll_ids: Sequence[str]
) -> dict[str, sqlite3.Row]:
    """The user's votes in the given polls only (a page), by poll id."""
    if user_id is None or not poll_ids:
        return {}
    rows = c.execute(
        "SELECT * FROM votes WHERE user_id = ? AND poll_id IN (SELECT value FROM json_each(?))",
        (user_id, json.dumps(list(poll_ids))),
    ).fetchall()
    return {row["poll_id"]: row for row in rows}


def _balances(c: sqlite3.Connection, user_id: str) -> dict[str, int]:
    rows = c.execute(
        "SELECT partner_id, amount FROM balances WHERE user_id = ?", (user_id,)
    ).fetchall()
    return {row["partner_id"]: int(row["amount"]) for row in rows}


def poll_json(
    row: Record,
    answers: Sequence[Record],
    *,
    now: float,
    voted: bool,
    base: str,
) -> dict[str, Any]:
    """A Poll as in contract 3.2."""
    status = poll_status(row, now)
    visible = results_visible(row, status, now, voted)
    used = int(row["used_token_count"])
    quorum = row["quorum"]
    current = used / row["quorum_base"] if row["quorum_base"] else 0.0
    return {
        "id": row["id"],
        "partnerId": row["partner_id"],
        "partnerName": row["partner_name"],
        "partnerImages": [
            {
                "url": f"{base}/static/partners/{row['partner_slug']}.png",
                "type": "png",
                "format": "desktop",
                "width": str(LOGO_SIZE),
                "height": str(LOGO_SIZE),
            }
        ],
        "question": row["question"],
        "information": row["information"],
        "publicationDate": iso(row["publication_date"]),
        "openAt": iso(row["open_at"]),
        "closeAt": iso(row["close_at"]),
        "disclosedAt": iso(row["disclosed_at"]),
        "type": row["type"],
        "status": status,
        "isBound": bool(row["is_bound"]),
        "isQuorumReached": quorum is not None and current >= float(quorum),
        # Strings on the wire for every poll (contract 3.2); "0" where a poll has no quorum.
        "quorum": quorum if quorum is not None else "0",
        "currentQuorumPercentage": _decimal(current) if quorum is not None else "0",
        "usedTokenCount": used,
        "tokenLimit": row["token_limit"],
        "answers": [
            {
                "id": a["id"],
                "answer": a["answer"],
                "position": a["position"],
                "images": [],
                "tokenCount": int(a["token_count"]) if visible else None,
                "percentage": (_decimal(a["token_count"] / used) if used else "0")
                if visible
                else None,
            }
            for a in answers
        ],
    }


def user_poll_json(
    row: Record,
    answers: Sequence[Record],
    *,
    now: float,
    vote: Record | None,
    balance: int,
    base: str,
) -> dict[str, Any]:
    """A UserPoll: a Poll plus ``userVote`` and ``userTokenBalance`` (contract 3.2, our choice)."""
    data = poll_json(row, answers, now=now, voted=vote is not None, base=base)
    data["userVote"] = (
        {
            "answerId": vote["answer_id"],
            "tokenCount": int(vote["token_count"]),
            "votedAt": iso(vote["voted_at"]),
        }
        if vote is not None
        else None
    )
    data["userTokenBalance"] = balance
    return data


#: Serialised polls by everything their JSON is made of (see ``poll_text``); cleared when full.
_POLL_TEXTS: dict[tuple[Any, ...], str] = {}
_POLL_TEXTS_LIMIT = 2048


def poll_text(
    row: sqlite3.Row,
    answers: Sequence[sqlite3.Row],
    *,
    now: float,
    voted: bool,
    base: str,
    user: tuple[sqlite3.Row | None, int] | None = None,
) -> str:
    """``poll_json`` (or ``user_poll_json`` when ``user`` is ``(vote, balance)``) as JSON text.

    A list page mostly repeats polls it served before, so the text is memoised. The key holds
    every input of the JSON: the poll and answer rows, the derived status and tallies
    visibility (which depend on ``now`` and ``voted``), the base URL, and the caller's vote and
    balance; a change to any of them is a new key, so nothing is ever invalidated. (Extra
    columns of the row, such as the list's ``total``, are part of the key too: harmless.)
    """
    status = poll_status(row, now)
    visible = results_visible(row, status, now, voted)
    key = (
        base,
        status,
        visible,
        tuple(row),
        tuple(tuple(a) for a in answers),
        None if user is None else (None if user[0] is None else tuple(user[0]), user[1]),
    )
    text = _POLL_TEXTS.get(key)
    if text is None:
        if user is None:
            data = poll_json(row, answers, now=now, voted=voted, base=base)
        else:
            data = user_poll_json(row, answers, now=now, vote=user[0], balance=user[1], base=base)
        text = json.dumps(data, separators=(",", ":"))
        if len(_POLL_TEXTS) >= _POLL_TEXTS_LIMIT:
            _POLL_TEXTS.clear()
        _POLL_TEXTS[key] = text
    return text


def list_response(texts: Sequence[str], meta: Mapping[str, Any]) -> Response:
    """``json_response({"data": [...], "meta": meta})`` from polls already serialised."""
    body = '{"data":[' + ",".join(texts) + '],"meta":' + json.dumps(meta, separators=(",", ":"))
    return Response(body + "}", status=200, mimetype="application/json")


def _base() -> str:
    """The sandbox's configured base URL, for the picture URLs it issues: never built from the
    request's Host header, which any client (or a page in a browser, by DNS rebinding) sets."""
    return state().config.public_base()


# --- list queries ---------------------------------------------------------------------------


@dataclass
class ListQuery:
    """Parsed and validated query parameters of a poll list (contract 3.1)."""

    search: str | None
    partner_ids: set[str]
    ids: set[str]
    statuses: set[str]
    quorum_reached: bool | None
    bound: bool | None
    windows: dict[str, tuple[float | None, float | None]]
    order_by: str
    descending: bool
    offset: int
    limit: int
    fingerprint: str


def _bool_arg(args: Mapping[str, str], name: str) -> bool | None:
    value = args.get(name)
    if value is None or value == "":
        return None
    if value.lower() in ("true", "1"):
        return True
    if value.lower() in ("false", "0"):
        return False
    raise service_error(400, f"The parameter '{name}' must be 'true' or 'false'.")


def _time_arg(args: Mapping[str, str], name: str) -> float | None:
    value = args.get(name)
    if value is None or value == "":
        return None
    # A '+' left unencoded in a query string arrives as a space.
    text = value.strip().replace(" ", "+")
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise service_error(
            400, f"The parameter '{name}' must be an ISO 8601 date and time."
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp()


def _int_arg(args: Mapping[str, str], name: str, default: int, low: int, high: int) -> int:
    value = args.get(name)
    if value is None or value == "":
        return default
    # str.isdigit() also accepts digits such as "²" that int() refuses: ASCII only.
    if not (value.isascii() and value.isdigit()) or len(value) > 9 or not low <= int(value) <= high:
        raise service_error(
            400, f"The parameter '{name}' must be a whole number from {low} to {high}."
        )
    return int(value)


def _list_arg(name: str) -> set[str]:
    values = request.args.getlist(f"{name}[]") + request.args.getlist(name)
    result: set[str] = set()
    for value in values:
        result.update(part for part in value.split(",") if part)
    return result


def _fingerprint() -> str:
    items = sorted(
        (k, v) for k, v in request.args.items(multi=True) if k not in ("page", "cursor", "limit")
    )
    return hashlib.sha256(json.dumps(items).encode()).hexdigest()[:16]


def _encode_cursor(offset: int, fingerprint: str) -> str:
    raw = json.dumps({"o": offset, "f": fingerprint}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode_cursor(cursor: str, fingerprint: str) -> int:
    bad = service_error(400, "The 'cursor' is not valid for this list. Start from the first page.")
    if len(cursor) > 200:
        raise bad
    try:
        data = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (binascii.Error, ValueError, UnicodeDecodeError, RecursionError):
        raise bad from None
    if (
        not isinstance(data, dict)
        or not isinstance(data.get("o"), int)
        or isinstance(data.get("o"), bool)
        or not 0 <= data["o"] <= MAX_OFFSET  # SQLite's integers end at 2**63 - 1
        or data.get("f") != fingerprint
    ):
        raise bad
    return int(data["o"])


def parse_list_query() -> ListQuery:
    # The first value of each parameter, as request.args.get() gives it (a plain dict: a missing
    # key costs no KeyError, which MultiDict.get raises and catches for each absent parameter).
    args = request.args.to_dict()
    search = args.get("search") or None
    if search is not None and len(search) > 200:
        raise service_error(400, "The parameter 'search' is longer than 200 characters.")
    statuses = _list_arg("status")
    unknown = statuses - set(STATUSES)
    if unknown:
        raise service_error(
            400, f"Unknown status {sorted(unknown)[0]!r}; use one of {', '.join(STATUSES)}."
        )
    windows: dict[str, tuple[float | None, float | None]] = {}
    for name in WINDOWS:
        low, high = _time_arg(args, f"{name}[from]"), _time_arg(args, f"{name}[to]")
        if low is not None or high is not None:
            windows[name] = (low, high)
    order_by = args.get("orderBy") or "publicationDate"
    if order_by not in ORDER_COLUMNS:
        raise service_error(400, f"'orderBy' must be one of {', '.join(ORDER_COLUMNS)}.")
    direction = args.get("direction") or ("asc" if args.get("orderBy") else "desc")
    if direction.lower() not in ("asc", "desc"):
        raise service_error(400, "'direction' must be 'asc' or 'desc'.")
    limit = _int_arg(args, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT)
    fingerprint = _fingerprint()
    cursor = args.get("cursor")
    if cursor:
        offset = _decode_cursor(cursor, fingerprint)
    else:
        offset = (_int_arg(args, "page", 1, 1, 1_000_000) - 1) * limit
    return ListQuery(
        search=search,
        partner_ids=_list_arg("partnerIds"),
        ids=_list_arg("ids"),
        statuses=statuses,
        quorum_reached=_bool_arg(args, "quorumReached"),
        bound=_bool_arg(args, "bound"),
        windows=windows,
        order_by=order_by,
        descending=direction.lower() == "desc",
        offset=offset,
        limit=limit,
        fingerprint=fingerprint,
    )


_STATUS_SQL = (
    "CASE WHEN p.cancelled THEN 'cancelled' WHEN :now < p.open_at THEN 'upcoming' "
    "WHEN :now < p.close_at THEN 'open' "
    "WHEN p.disclosed_at IS NOT NULL AND :now >= p.disclosed_at THEN 'disclosed' "
    "ELSE 'closed' END"
)  # poll_status() in SQL, same comparisons in the same order


def _where(q: ListQuery, now: float) -> tuple[str, dict[str, Any]]:
    """The filters of contract 3.1 as one SQL condition and its named parameters.

    The SQL text is built only from fixed fragments (columns come from ``WINDOWS``); every
    value from the request is a bound parameter. Sets travel as one JSON array (``json_each``).
    """
    conditions: list[str] = []
    params: dict[str, Any] = {"now": now}
    if q.search is not None:
        conditions.append("casefold_contains(p.question, :search)")
        params["search"] = q.search.casefold()
    if q.partner_ids:
        conditions.append("p.partner_id IN (SELECT value FROM json_each(:partner_ids))")
        params["partner_ids"] = json.dumps(sorted(q.partner_ids))
    if q.ids:
        conditions.append("p.id IN (SELECT value FROM json_each(:ids))")
        params["ids"] = json.dumps(sorted(q.ids))
    if q.statuses:
        conditions.append(f"{_STATUS_SQL} IN (SELECT value FROM json_each(:statuses))")  # noqa: S608
        params["statuses"] = json.dumps(sorted(q.statuses))
    if q.bound is not None:
        conditions.append("(p.is_bound != 0) = :bound")
        params["bound"] = int(q.bound)
    if q.quorum_reached is not None:
        conditions.append("quorum_reached(p.used_token_count, p.quorum_base, p.quorum) = :reached")
        params["reached"] = int(q.quorum_reached)
    for name, (low, high) in q.windows.items():
        column = WINDOWS[name]
        conditions.append(f"p.{column} IS NOT NULL")
        if low is not None:
            conditions.append(f"p.{column} >= :{column}_from")
            params[f"{column}_from"] = low
        if high is not None:
            conditions.append(f"p.{column} <= :{column}_to")
            params[f"{column}_to"] = high
    return (" WHERE " + " AND ".join(conditions) if conditions else ""), params


def select_polls(c: sqlite3.Connection, q: ListQuery, now: float) -> tuple[list[sqlite3.Row], int]:
    """Filter, sort and cut one page in SQL; returns (rows of the page, total matching).

    Ties of the order column keep seed order (``seq``) in both directions. The total comes with
    the page, as an uncorrelated subquery (computed once): one statement instead of two, and
    cheaper than ``COUNT(*) OVER ()``, which would materialise every match.
    """
    # Only fixed fragments go into the text (see _where); every value is a bound parameter.
    where, params = _where(q, now)
    joined = f"FROM polls p JOIN partners pa ON pa.id = p.partner_id{where}"
    count_sql = f"SELECT COUNT(*) {joined}"
    order = f"p.{ORDER_COLUMNS[q.order_by]} {'DESC' if q.descending else 'ASC'}, p.seq"
    page_sql = (
        f"SELECT p.*, pa.name AS partner_name, pa.slug AS partner_slug, ({count_sql}) AS total "
        f"{joined} ORDER BY {order} LIMIT :limit OFFSET :offset"
    )
    rows = c.execute(page_sql, {**params, "limit": q.limit, "offset": q.offset}).fetchall()
    if rows:
        return rows, int(rows[0]["total"])
    return rows, int(c.execute(count_sql, params).fetchone()[0])  # a page past the end


def page_meta(q: ListQuery, total: int) -> dict[str, Any]:
    """Contract 3.1 Page (our choice): page, limit, total and an opaque ``nextCursor``."""
    following = q.offset + q.limit
    return {
        "page": q.offset // q.limit + 1,
        "limit": q.limit,
        "total": total,
        "nextCursor": _encode_cursor(following, q.fingerprint) if following < total else None,
    }


def _one_poll(c: sqlite3.Connection, poll_id: str) -> sqlite3.Row:
    if len(poll_id) > 100:
        raise service_error(404, "No poll has this id.")
    row: sqlite3.Row | None = c.execute(f"{_POLL_SQL} WHERE p.id = ?", (poll_id,)).fetchone()
    if row is None:
        raise service_error(404, "No poll has this id.")
    return row


# --- routes ---------------------------------------------------------------------------------


@bp.get("/polls/<version>/polls")
@resource(user=False)
def list_polls(caller: Caller, version: str) -> Response:
    q = parse_list_query()  # an ApiFailure becomes its answer in resource()
    c = conn()
    now = time.time()
    rows, total = select_polls(c, q, now)
    ids = [r["id"] for r in rows]
    answers = _answers_for(c, ids)
    votes = _user_votes(c, caller.user_id, ids)
    base = _base()
    texts = [
        poll_text(r, answers[r["id"]], now=now, voted=r["id"] in votes, base=base) for r in rows
    ]
    return list_response(texts, page_meta(q, total))


@bp.get("/polls/<version>/poll/<poll_id>")
@resource(user=False)
def get_poll(caller: Caller, version: str, poll_id: str) -> Response:
    c = conn()
    row = _one_poll(c, poll_id)
    votes = _user_votes(c, caller.user_id, [poll_id])
    answers = _answers_for(c, [poll_id])[poll_id]
    body = poll_json(row, answers, now=time.time(), voted=poll_id in votes, base=_base())
    return json_response({"data": body})


def _user_poll_body(
    c: sqlite3.Connection, user_id: str, poll_id: str, now: float
) -> dict[str, Any]:
    row = _one_poll(c, poll_id)
    vote = c.execute(
        "SELECT * FROM votes WHERE poll_id = ? AND user_id = ?", (poll_id, user_id)
    ).fetchone()
    balance = _balances(c, user_id).get(row["partner_id"], 0)
    answers = _answers_for(c, [poll_id])[poll_id]
    return user_poll_json(row, answers, now=now, vote=vote, balance=balance, base=_base())


@bp.get("/polls/<version>/user/polls")
@resource(user=True)
def list_user_polls(caller: Caller, version: str) -> Response:
    q = parse_list_query()
    c = conn()
    now = time.time()
    rows, total = select_polls(c, q, now)
    ids = [r["id"] for r in rows]
    answers = _answers_for(c, ids)
    votes = _user_votes(c, _user(caller), ids)
    balances = _balances(c, _user(caller))
    base = _base()
    texts = [
        poll_text(
            r,
            answers[r["id"]],
            now=now,
            voted=r["id"] in votes,
            base=base,
            user=(votes.get(r["id"]), balances.get(r["partner_id"], 0)),
        )
        for r in rows
    ]
    return list_response(texts, page_meta(q, total))


@bp.get("/polls/<version>/user/poll/<poll_id>")
@resource(user=True)
def get_user_poll(caller: Caller, version: str, poll_id: str) -> Response:
    return json_response({"data": _user_poll_body(conn(), _user(caller), poll_id, time.time())})


def _parse_vote_body() -> tuple[str, int]:
    raw = request.get_data(cache=True)  # over 64 KiB raises 413 (MAX_CONTENT_LENGTH)
    try:
        body = json.loads(raw)
    except (ValueError, UnicodeDecodeError, RecursionError):
        # RecursionError: arrays nested thousands deep, which fit in 64 KiB.
        raise service_error(400, "The request body is not valid JSON.") from None
    if not isinstance(body, dict):
        raise service_error(400, "The request body must be a JSON object.")
    answer_id = body.get("answerId")
    count = body.get("tokenCount")
    if not isinstance(answer_id, str) or not answer_id or len(answer_id) > 100:
        raise service_error(
            400, "'answerId' must be the id of one of the poll's answers.", field="answerId"
        )
    if not isinstance(count, int) or isinstance(count, bool):
        raise service_error(400, "'tokenCount' must be a whole number.", field="tokenCount")
    if count < 1:
        raise service_error(400, "'tokenCount' must be at least 1.", field="tokenCount")
    return answer_id, count


def cast_vote(
    c: sqlite3.Connection, user_id: str, poll_id: str, *, answer_id: str, count: int, now: float
) -> tuple[int, dict[str, Any]]:
    """Apply one vote inside the caller's transaction; returns (status, body). Contract 3.3."""
    row = _one_poll(c, poll_id)
    answer = c.execute(
        "SELECT id FROM answers WHERE id = ? AND poll_id = ?", (answer_id, poll_id)
    ).fetchone()
    if answer is None:
        raise service_error(404, "This poll has no answer with this id.", field="answerId")
    existing = c.execute(
        "SELECT * FROM votes WHERE poll_id = ? AND user_id = ?", (poll_id, user_id)
    ).fetchone()
    if existing is not None:
        body = _user_poll_body(c, user_id, poll_id, now)
        raise service_error(
            409,
            "You have already voted in this poll; a vote is final.",
            reason="already_voted",
            userVote=body["userVote"],
            data=body,
        )
    status = poll_status(row, now)
    if status != "open":
        raise service_error(
            422, f"This poll is {status}: it does not take votes.", reason="not_open"
        )
    balance = _balances(c, user_id).get(row["partner_id"], 0)
    limit = row["token_limit"]
    if limit is not None and count > limit:
        raise service_error(
            422, f"This poll takes at most {limit} tokens per vote.", reason="over_limit"
        )
    if count > balance:
        raise service_error(
            422,
            f"You hold {balance} fan tokens of {row['partner_name']}; "
            f"you cannot vote with {count}.",
            reason="over_balance",
        )
    c.execute(
        "INSERT INTO votes (poll_id, user_id, answer_id, token_count, voted_at) "
        "VALUES (?, ?, ?, ?, ?)",
        (poll_id, user_id, answer_id, count, now),
    )
    c.execute("UPDATE answers SET token_count = token_count + ? WHERE id = ?", (count, answer_id))
    c.execute(
        "UPDATE polls SET used_token_count = used_token_count + ? WHERE id = ?", (count, poll_id)
    )
    return 201, {"data": _user_poll_body(c, user_id, poll_id, now)}


@bp.post("/polls/<version>/user/poll/<poll_id>/vote")
@resource(user=True)
def vote(caller: Caller, version: str, poll_id: str) -> Response:
    user_id = _user(caller)
    key = request.headers.get("Idempotency-Key")
    if key is not None and not 1 <= len(key) <= 200:
        return service_error(400, "'Idempotency-Key' must be 1 to 200 characters.").response()
    try:
        parsed: tuple[str, int] | ApiFailure = _parse_vote_body()
    except ApiFailure as failure:
        parsed = failure
    response = _vote_answer(user_id, poll_id, key, parsed)
    if state().faults.take("drop_after_vote"):
        # Committed above; only the answer is lost (the retry with the same key must settle it).
        drop_connection()
    return response


def _vote_fingerprint(poll_id: str, parsed: tuple[str, int] | ApiFailure) -> str:
    """What an Idempotency-Key is bound to: the poll and the vote asked for (or, for a body
    that could not be read, the body itself)."""
    if isinstance(parsed, ApiFailure):
        body = hashlib.sha256(request.get_data(cache=True)).hexdigest()
        return json.dumps([poll_id, "unreadable", body])
    return json.dumps([poll_id, *parsed])


def _vote_answer(
    user_id: str, poll_id: str, key: str | None, parsed: tuple[str, int] | ApiFailure
) -> Response:
    c = conn()
    # What the key is bound to: worked out before the write lock is taken, and only with a key.
    request_id = None if key is None else _vote_fingerprint(poll_id, parsed)
    # One transaction per vote: the idempotency check, the vote and the tallies move together.
    with db.transaction(c):
        if key is not None:
            stored = c.execute(
                "SELECT status, body, request FROM idempotency WHERE key = ? AND user_id = ?",
                (key, user_id),
            ).fetchone()
            if stored is not None and stored["request"] not in (None, request_id):
                # The key names one intended vote: reused for another poll or another body it
                # is a client bug, not a retry (draft-ietf-httpapi-idempotency-key-header 2.7).
                return service_error(
                    422, "This Idempotency-Key was already used for a different vote."
                ).response()
            if stored is not None:
                return Response(
                    stored["body"],
                    status=stored["status"],
                    mimetype="application/json",
                    headers={"Idempotent-Replayed": "true"},
                )
        if isinstance(parsed, ApiFailure):
            status, body = parsed.status, parsed.body
        else:
            try:
                answer_id, count = parsed
                status, body = cast_vote(
                    c, user_id, poll_id, answer_id=answer_id, count=count, now=time.time()
                )
            except ApiFailure as failure:
                status, body = failure.status, failure.body
        text = json.dumps(body, separators=(",", ":"))
        if key is not None:
            c.execute(
                "INSERT INTO idempotency (key, user_id, status, body, created_at, request) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (key, user_id, status, text, time.time(), request_id),
            )
    return Response(text, status=status, mimetype="application/json")


@bp.get("/user/<version>/user")
@resource(user=True)
def account(caller: Caller, version: str) -> Response:
    row = conn().execute("SELECT * FROM users WHERE id = ?", (caller.user_id,)).fetchone()
    if row is None:
        return service_error(404, "This account no longer exists.").response()
    return json_response(
        {
            "data": {
                "userId": row["id"],
                "username": row["username"],
                "avatarUrl": f"{_base()}/static/avatars/{row['id']}.png",
                "email": row["email"],
            }
        }
    )


@bp.get("/wallet/<version>/user/wallet")
@resource(user=True)
def wallet(caller: Caller, version: str) -> Response:
    rows = (
        conn()
        .execute(
            "SELECT b.*, p.token_symbol, p.token_name, p.currency_id, p.slug FROM balances b "
            "JOIN partners p ON p.id = b.partner_id WHERE b.user_id = ? AND b.amount > 0 "
            "ORDER BY p.position",
            (caller.user_id,),
        )
        .fetchall()
    )
    base = _base()
    data = [
        {
            "id": row["wallet_id"],
            "totalBalance": f"{row['amount']}.0",
            "currencyNetwork": {
                "id": row["currency_id"],
                "shortCode": row["token_symbol"],
                "type": "fan_token",
                "symbol": row["token_symbol"],
                "precision": 0,
                "networkType": "chiliz",
                "name": row["token_name"],
                "images": [{"url": f"{base}/static/partners/{row['slug']}.png", "type": "png"}],
            },
            "blockchainAddress": row["address"],
        }
        for row in rows
    ]
    return json_response({"data": data})
