"""Frozen values of the Partner API, parsed and checked at the boundary."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Self, TypeVar

from partner_desktop.errors import ApiError

_T = TypeVar("_T")

# Strict number syntax: Python's int()/float()/Decimal() also accept "1_000", " 7 ", "nan" and
# "infinity", none of which is a number the service sends.
_INT_RE = re.compile(r"-?[0-9]{1,18}")
_DECIMAL_RE = re.compile(r"-?[0-9]{1,30}(\.[0-9]{1,30})?([eE][-+]?[0-9]{1,3})?")


# --- field readers -------------------------------------------------------------------------


def _key(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _index(path: str, i: int) -> str:
    return f"{path}[{i}]"


def _malformed(path: str, problem: str) -> ApiError:
    """A malformed answer: ``problem`` names the kind of fault, ``path`` (if any) the field."""
    return ApiError(problem, field=path or None)


def _object(data: object, path: str) -> Mapping[str, object]:
    if not isinstance(data, Mapping):
        raise _malformed(path, "not_object")
    return data


def _list(data: object, path: str) -> list[object]:
    if not isinstance(data, list):
        raise _malformed(path, "not_list")
    return data


def _opt_list(obj: Mapping[str, object], key: str, path: str) -> list[object]:
    value = obj.get(key)
    if value is None:
        return []
    return _list(value, _key(path, key))


def _req_str(obj: Mapping[str, object], key: str, path: str) -> str:
    where = _key(path, key)
    if key not in obj or obj[key] is None:
        raise _malformed(where, "missing")
    value = obj[key]
    if not isinstance(value, str):
        raise _malformed(where, "not_string")
    return value


def _opt_str(obj: Mapping[str, object], key: str, path: str) -> str | None:
    if obj.get(key) is None:
        return None
    return _req_str(obj, key, path)


def _id(obj: Mapping[str, object], key: str, path: str) -> str:
    """An identifier: a string, or a whole number some services send for user ids."""
    value = obj.get(key)
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return _req_str(obj, key, path)


def _int_value(value: object, where: str) -> int:
    if isinstance(value, bool):
        raise _malformed(where, "not_integer")
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    if isinstance(value, str) and _INT_RE.fullmatch(value):
        # The real service sends image sizes as strings (contract section 3.2).
        return int(value)
    raise _malformed(where, "not_integer")


def _opt_int(obj: Mapping[str, object], key: str, path: str) -> int | None:
    value = obj.get(key)
    if value is None:
        return None
    return _int_value(value, _key(path, key))


def _int_or(obj: Mapping[str, object], key: str, path: str, default: int) -> int:
    value = _opt_int(obj, key, path)
    return default if value is None else value


def _opt_float(obj: Mapping[str, object], key: str, path: str) -> float | None:
    value = obj.get(key)
    if value is None:
        return None
    where = _key(path, key)
    if isinstance(value, bool):
        raise _malformed(where, "not_number")
    result: float
    if isinstance(value, int | float):
        try:
            result = float(value)
        except OverflowError:
            raise _malformed(where, "out_of_range") from None
    elif isinstance(value, str) and _DECIMAL_RE.fullmatch(value):
        # ``quorum`` and percentages arrive as strings such as "0.13" (contract section 3.2).
        result = float(value)
    else:
        raise _malformed(where, "not_number")
    if not math.isfinite(result):
        raise _malformed(where, "out_of_range")
    return result


def _decimal(obj: Mapping[str, object], key: str, path: str) -> Decimal:
    where = _key(path, key)
    value = obj.get(key)
    if value is None:
        raise _malformed(where, "missing")
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise _malformed(where, "not_number")
    text = repr(value) if isinstance(value, float) else str(value)
    if not _DECIMAL_RE.fullmatch(text):
        raise _malformed(where, "not_number")
    try:
        result = Decimal(text)
    except InvalidOperation:  # pragma: no cover - the pattern admits only valid literals
        raise _malformed(where, "not_number") from None
    return result


def _bool_or(obj: Mapping[str, object], key: str, path: str, default: bool) -> bool:
    value = obj.get(key)
    if value is None:
        return default
    if not isinstance(value, bool):
        raise _malformed(_key(path, key), "not_boolean")
    return value


def _opt_datetime(obj: Mapping[str, object], key: str, path: str) -> datetime | None:
    value = obj.get(key)
    if value is None:
        return None
    where = _key(path, key)
    if not isinstance(value, str):
        raise _malformed(where, "not_datetime")
    try:
        # Python 3.11 reads ISO 8601 / RFC 3339 including the "Z" suffix.
        result = datetime.fromisoformat(value)
    except ValueError:
        raise _malformed(where, "not_iso8601") from None
    if result.tzinfo is None or result.utcoffset() is None:
        # The contract requires an offset; guessing the zone would shift open/close times.
        raise _malformed(where, "no_timezone")
    return result


# --- values ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Image:
    """A picture of a partner or an answer, in one size and format."""

    url: str
    type: str | None = None
    format: str | None = None
    width: int | None = None
    height: int | None = None

    @classmethod
    def from_json(cls, data: object, path: str = "") -> Self:
        obj = _object(data, path)
        return cls(
            url=_req_str(obj, "url", path),
            type=_opt_str(obj, "type", path),
            format=_opt_str(obj, "format", path),
            width=_opt_int(obj, "width", path),
            height=_opt_int(obj, "height", path),
        )


def _images(obj: Mapping[str, object], key: str, path: str) -> tuple[Image, ...]:
    where = _key(path, key)
    return tuple(
        Image.from_json(item, _index(where, i)) for i, item in enumerate(_opt_list(obj, key, path))
    )


@dataclass(frozen=True)
class Answer:
    """One choice of a poll, with its tally when results are visible."""

    id: str
    answer: str
    position: int = 0
    images: tuple[Image, ...] = ()
    token_count: int | None = None
    percentage: float | None = None

    @classmethod
    def from_json(cls, data: object, path: str = "") -> Self:
        obj = _object(data, path)
        return cls(
            id=_id(obj, "id", path),
            answer=_req_str(obj, "answer", path),
            position=_int_or(obj, "position", path, 0),
            images=_images(obj, "images", path),
            token_count=_opt_int(obj, "tokenCount", path),
            percentage=_opt_float(obj, "percentage", path),
        )


@dataclass(frozen=True)
class Poll:
    """A partner's poll as the service describes it."""

    id: str
    partner_id: str
    partner_name: str
    partner_images: tuple[Image, ...]
    question: str
    information: str
    publication_date: datetime | None
    open_at: datetime | None
    close_at: datetime | None
    disclosed_at: datetime | None
    type: str
    status: str
    is_bound: bool
    is_quorum_reached: bool
    quorum: float | None
    current_quorum_percentage: float | None
    used_token_count: int
    token_limit: int | None
    answers: tuple[Answer, ...]

    @classmethod
    def from_json(cls, data: object, path: str = "") -> Self:
        obj = _object(data, path)
        answers_path = _key(path, "answers")
        answers = tuple(
            Answer.from_json(item, _index(answers_path, i))
            for i, item in enumerate(_opt_list(obj, "answers", path))
        )
        # Contract 3.2: a poll without quorum sends "0" for both; a real server may send null.
        quorum = _opt_float(obj, "quorum", path) or None
        current = _opt_float(obj, "currentQuorumPercentage", path)
        return cls(
            id=_id(obj, "id", path),
            partner_id=_opt_str(obj, "partnerId", path) or "",
            partner_name=_opt_str(obj, "partnerName", path) or "",
            partner_images=_images(obj, "partnerImages", path),
            question=_req_str(obj, "question", path),
            information=_opt_str(obj, "information", path) or "",
            publication_date=_opt_datetime(obj, "publicationDate", path),
            open_at=_opt_datetime(obj, "openAt", path),
            close_at=_opt_datetime(obj, "closeAt", path),
            disclosed_at=_opt_datetime(obj, "disclosedAt", path),
            # Unknown enum values are kept as they come and shown as such (contract 3.2).
            type=_opt_str(obj, "type", path) or "",
            status=_opt_str(obj, "status", path) or "",
            is_bound=_bool_or(obj, "isBound", path, False),
            is_quorum_reached=_bool_or(obj, "isQuorumReached", path, False),
            quorum=quorum,
            current_quorum_percentage=current if quorum is not None else None,
            used_token_count=_int_or(obj, "usedTokenCount", path, 0),
            token_limit=_opt_int(obj, "tokenLimit", path),
            answers=tuple(sorted(answers, key=lambda a: a.position)),
        )

    @property
    def results_visible(self) -> bool:
        """True when the service sent a tally for at least one answer."""
        return any(a.token_count is not None or a.percentage is not None for a in self.answers)

    @property
    def is_open(self) -> bool:
        return self.status == "open"

    def status_at(self, now: datetime) -> str:
        """The status as of ``now``, from the times this answer carries.

        An open poll whose ``closeAt`` has passed is closed (disclosed once ``disclosedAt`` has
        passed too), an upcoming one whose ``openAt`` has passed is open: what the service will
        answer next, known without asking it. Other statuses stay as they came.
        """
        status = self.status
        if status == "upcoming" and self.open_at is not None and now >= self.open_at:
            status = "open"
        if status == "open" and self.close_at is not None and now >= self.close_at:
            status = "closed"
        if (
            status == "closed"
            and self.status != "closed"
            and self.disclosed_at is not None
            and now >= self.disclosed_at
        ):
            status = "disclosed"
        return status

    @property
    def logo_url(self) -> str | None:
        """The partner picture best suited to a desktop list: desktop format, then largest."""
        if not self.partner_images:
            return None
        best = max(
            self.partner_images,
            key=lambda im: (im.format == "desktop", (im.width or 0) * (im.height or 0)),
        )
        return best.url


@dataclass(frozen=True)
class UserVote:
    """The vote the signed-in user cast in a poll."""

    answer_id: str
    token_count: int
    voted_at: datetime | None = None

    @classmethod
    def from_json(cls, data: object, path: str = "") -> Self:
        obj = _object(data, path)
        token_count = _opt_int(obj, "tokenCount", path)
        if token_count is None:
            raise _malformed(_key(path, "tokenCount"), "missing")
        return cls(
            answer_id=_id(obj, "answerId", path),
            token_count=token_count,
            voted_at=_opt_datetime(obj, "votedAt", path),
        )


@dataclass(frozen=True)
class UserPoll:
    """A poll seen by the signed-in user: their vote and their fan-token balance."""

    poll: Poll
    user_vote: UserVote | None
    user_token_balance: int

    @classmethod
    def from_json(cls, data: object, path: str = "") -> Self:
        obj = _object(data, path)
        vote = obj.get("userVote")
        return cls(
            poll=Poll.from_json(obj, path),
            user_vote=None if vote is None else UserVote.from_json(vote, _key(path, "userVote")),
            user_token_balance=_int_or(obj, "userTokenBalance", path, 0),
        )

    @property
    def id(self) -> str:
        return self.poll.id


@dataclass(frozen=True)
class Page:
    """Where a list answer sits in the whole; every field is None when the server sent no meta."""

    page: int | None = None
    limit: int | None = None
    total: int | None = None
    next_cursor: str | None = None

    @classmethod
    def from_json(cls, data: object, path: str = "") -> Self:
        if data is None:
            return cls()
        obj = _object(data, path)
        return cls(
            page=_opt_int(obj, "page", path),
            limit=_opt_int(obj, "limit", path),
            total=_opt_int(obj, "total", path),
            next_cursor=_opt_str(obj, "nextCursor", path) or None,
        )

    @property
    def has_more(self) -> bool:
        if self.next_cursor is not None:
            return True
        if self.page is None or self.limit is None or self.total is None:
            return False
        return self.page * self.limit < self.total


def _envelope(data: object) -> Mapping[str, object]:
    obj = _object(data, "")
    if "data" not in obj:
        raise _malformed("data", "missing")
    return obj


def _list_page(data: object, parse: Callable[[object, str], _T]) -> tuple[tuple[_T, ...], Page]:
    """The items of a list answer (``{"data": [...], "meta": Page}``) and its page."""
    obj = _envelope(data)
    items = _list(obj["data"], "data")
    parsed = tuple(parse(item, _index("data", i)) for i, item in enumerate(items))
    return parsed, Page.from_json(obj.get("meta"), "meta")


@dataclass(frozen=True)
class PollList:
    """One page of polls."""

    items: tuple[Poll, ...]
    page: Page

    @classmethod
    def from_json(cls, data: object, path: str = "") -> Self:
        items, page = _list_page(data, Poll.from_json)
        return cls(items=items, page=page)

    @property
    def has_more(self) -> bool:
        return self.page.has_more


@dataclass(frozen=True)
class UserPollList:
    """One page of polls seen by the signed-in user."""

    items: tuple[UserPoll, ...]
    page: Page

    @classmethod
    def from_json(cls, data: object, path: str = "") -> Self:
        items, page = _list_page(data, UserPoll.from_json)
        return cls(items=items, page=page)

    @property
    def has_more(self) -> bool:
        return self.page.has_more


@dataclass(frozen=True)
class Account:
    """The signed-in person's public profile."""

    user_id: str
    username: str
    avatar_url: str | None = None
    email: str | None = None

    @classmethod
    def from_json(cls, data: object, path: str = "") -> Self:
        obj = _object(data, path)
        return cls(
            user_id=_id(obj, "userId", path),
            username=_req_str(obj, "username", path),
            avatar_url=_opt_str(obj, "avatarUrl", path),
            email=_opt_str(obj, "email", path),
        )


@dataclass(frozen=True)
class Currency:
    """A fan token or coin, as the wallet names it."""

    id: str
    short_code: str
    type: str | None = None
    symbol: str | None = None
    precision: int | None = None
    network_type: str | None = None

    @classmethod
    def from_json(cls, data: object, path: str = "") -> Self:
        obj = _object(data, path)
        return cls(
            id=_id(obj, "id", path),
            short_code=_req_str(obj, "shortCode", path),
            type=_opt_str(obj, "type", path),
            symbol=_opt_str(obj, "symbol", path),
            precision=_opt_int(obj, "precision", path),
            network_type=_opt_str(obj, "networkType", path),
        )


@dataclass(frozen=True)
class WalletEntry:
    """One balance in the signed-in user's wallet."""

    id: str
    total_balance: Decimal
    currency: Currency
    blockchain_address: str | None = None

    @classmethod
    def from_json(cls, data: object, path: str = "") -> Self:
        obj = _object(data, path)
        return cls(
            id=_id(obj, "id", path),
            total_balance=_decimal(obj, "totalBalance", path),
            currency=Currency.from_json(obj.get("currencyNetwork"), _key(path, "currencyNetwork")),
            blockchain_address=_opt_str(obj, "blockchainAddress", path),
        )


def parse_data(data: object) -> object:
    """The ``data`` member of a ``{"data": ...}`` answer."""
    return _envelope(data)["data"]


def parse_wallet(data: object) -> list[WalletEntry]:
    """The wallet answer ``{"data": [WalletEntry]}``."""
    items = _list(parse_data(data), "data")
    return [WalletEntry.from_json(item, _index("data", i)) for i, item in enumerate(items)]


# --- queries -------------------------------------------------------------------------------

ORDER_BY = ("closeAt", "openAt", "publicationDate", "usedTokenCount")
DIRECTIONS = ("asc", "desc")


def _when(value: datetime) -> str:
    # A naive datetime is read as local time; the wire always carries an explicit offset.
    return value.astimezone(UTC).isoformat()


def _flag(value: bool) -> str:
    return "true" if value else "false"


@dataclass(frozen=True)
class PollQuery:
    """The filters, order and page of a poll list request (contract section 3.1)."""

    search: str | None = None
    partner_ids: tuple[str, ...] = ()
    ids: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    quorum_reached: bool | None = None
    bound: bool | None = None
    open_from: datetime | None = None
    open_to: datetime | None = None
    close_from: datetime | None = None
    close_to: datetime | None = None
    published_from: datetime | None = None
    published_to: datetime | None = None
    disclosed_from: datetime | None = None
    disclosed_to: datetime | None = None
    order_by: str | None = None
    direction: str | None = None
    page: int | None = None
    limit: int = 20
    cursor: str | None = None

    def __post_init__(self) -> None:
        for name in ("partner_ids", "ids", "statuses"):
            value = getattr(self, name)
            if isinstance(value, str):
                raise ValueError(f"PollQuery.{name} takes a sequence of strings, not one string")
            object.__setattr__(self, name, tuple(value))
        if not 1 <= self.limit <= 100:
            raise ValueError("PollQuery.limit must be between 1 and 100")
        if self.page is not None and self.page < 1:
            raise ValueError("PollQuery.page starts at 1")
        if self.direction is not None and self.direction not in DIRECTIONS:
            raise ValueError(f"PollQuery.direction must be one of {DIRECTIONS}")

    def params(self) -> list[tuple[str, str]]:
        """Query parameters in wire form: repeated ``key[]`` entries, ISO times, true/false."""
        out: list[tuple[str, str]] = []
        if self.search:
            out.append(("search", self.search))
        out.extend(("partnerIds[]", v) for v in self.partner_ids)
        out.extend(("ids[]", v) for v in self.ids)
        out.extend(("status[]", v) for v in self.statuses)
        if self.quorum_reached is not None:
            out.append(("quorumReached", _flag(self.quorum_reached)))
        if self.bound is not None:
            out.append(("bound", _flag(self.bound)))
        windows = (
            ("openAt", self.open_from, self.open_to),
            ("closeAt", self.close_from, self.close_to),
            ("publicationDate", self.published_from, self.published_to),
            ("disclosedAt", self.disclosed_from, self.disclosed_to),
        )
        for name, start, end in windows:
            if start is not None:
                out.append((f"{name}[from]", _when(start)))
            if end is not None:
                out.append((f"{name}[to]", _when(end)))
        if self.order_by:
            out.append(("orderBy", self.order_by))
        if self.direction:
            out.append(("direction", self.direction))
        if self.cursor is not None:
            out.append(("cursor", self.cursor))
        elif self.page is not None:
            out.append(("page", str(self.page)))
        out.append(("limit", str(self.limit)))
        return out

    def next(self, page: Page) -> PollQuery | None:
        """The query for the page after ``page``, or None when that was the last one."""
        if page.next_cursor is not None:
            return replace(self, cursor=page.next_cursor, page=None)
        if not page.has_more:
            return None
        current = page.page if page.page is not None else (self.page or 1)
        return replace(self, page=current + 1, cursor=None)
