"""Qt list models over poll values: all polls, and the signed-in user's polls."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from partner_desktop.api.models import Poll, UserPoll
from partner_desktop.models.text import plain_rich_text, status_label

Row = Poll | UserPoll
AnyIndex = QModelIndex | QPersistentModelIndex

_USER_ROLE = int(Qt.ItemDataRole.UserRole)


class PollRoles(IntEnum):
    """Custom roles, numbered from ``Qt.UserRole`` as Qt requires."""

    PollRole = _USER_ROLE + 1  # the Poll value
    UserPollRole = _USER_ROLE + 2  # the UserPoll value, or None in the All polls list
    IdRole = _USER_ROLE + 3
    QuestionRole = _USER_ROLE + 4
    PartnerNameRole = _USER_ROLE + 5
    PartnerIdRole = _USER_ROLE + 6
    StatusRole = _USER_ROLE + 7
    OpenAtRole = _USER_ROLE + 8
    CloseAtRole = _USER_ROLE + 9
    QuorumRole = _USER_ROLE + 10  # current quorum percentage as a fraction, or None
    QuorumTargetRole = _USER_ROLE + 11
    QuorumReachedRole = _USER_ROLE + 12
    LogoUrlRole = _USER_ROLE + 13
    UserVoteRole = _USER_ROLE + 14  # the UserVote value, or None
    BalanceRole = _USER_ROLE + 15
    UsedTokensRole = _USER_ROLE + 16


def poll_of(row: Row) -> Poll:
    """The Poll inside a row, whichever list it comes from."""
    return row.poll if isinstance(row, UserPoll) else row


class PollListModel(QAbstractListModel):
    """Rows are polls; pages arrive from a controller, ``fetchMore`` asks for the next one."""

    #: Emitted by ``fetchMore``: the owner should load the next page and call ``append``.
    fetch_more_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        # poll id -> row: appending a page and finding a poll stay O(page), not O(rows), so the
        # cost of the 5,000th page is that of the first (bench/list_scaling.py).
        self._positions: dict[str, int] = {}
        self._has_more = False
        self._loading = False
        self._paused = False

    # -- Qt interface -------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        for role in PollRoles:
            names[int(role)] = QByteArray(role.name.removesuffix("Role").lower().encode())
        return names

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            not index.isValid()
            or index.parent().isValid()
            or not 0 <= index.row() < len(self._rows)
        ):
            return None
        row = self._rows[index.row()]
        poll = poll_of(row)
        user_poll = row if isinstance(row, UserPoll) else None
        if role == Qt.ItemDataRole.DisplayRole:
            return poll.question
        if role == Qt.ItemDataRole.ToolTipRole:
            # Tool tips guess rich text from the content; the question is the server's text.
            status = status_label(poll.status)
            return plain_rich_text(f"{poll.question}\n{poll.partner_name} · {status}")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            status = status_label(poll.status)
            return f"{poll.question}, {poll.partner_name}, {status}"
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return poll.question  # whole, however the row elides it
        match role:
            case PollRoles.PollRole:
                return poll
            case PollRoles.UserPollRole:
                return user_poll
            case PollRoles.IdRole:
                return poll.id
            case PollRoles.QuestionRole:
                return poll.question
            case PollRoles.PartnerNameRole:
                return poll.partner_name
            case PollRoles.PartnerIdRole:
                return poll.partner_id
            case PollRoles.StatusRole:
                return poll.status
            case PollRoles.OpenAtRole:
                return poll.open_at
            case PollRoles.CloseAtRole:
                return poll.close_at
            case PollRoles.QuorumRole:
                return poll.current_quorum_percentage
            case PollRoles.QuorumTargetRole:
                return poll.quorum
            case PollRoles.QuorumReachedRole:
                return poll.is_quorum_reached
            case PollRoles.LogoUrlRole:
                return poll.logo_url
            case PollRoles.UserVoteRole:
                return user_poll.user_vote if user_poll is not None else None
            case PollRoles.BalanceRole:
                return user_poll.user_token_balance if user_poll is not None else None
            case PollRoles.UsedTokensRole:
                return poll.used_token_count
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and self._has_more and not self._loading and not self._paused

    def fetchMore(self, parent: AnyIndex) -> None:
        if not self.canFetchMore(parent):
            return
        self._loading = True
        self.fetch_more_requested.emit()

    # -- feeding ------------------------------------------------------------------------------
    @property
    def has_more(self) -> bool:
        return self._has_more

    @property
    def loading(self) -> bool:
        """A page asked for by ``fetchMore`` has not arrived (or failed) yet."""
        return self._loading

    def reset(self, rows: Iterable[Row], *, has_more: bool) -> None:
        """Replace every row (a new query or a refresh)."""
        self.beginResetModel()
        self._rows = []
        self._positions = {}
        for row in rows:
            poll_id = poll_of(row).id
            position = self._positions.get(poll_id)
            if position is None:
                self._positions[poll_id] = len(self._rows)
                self._rows.append(row)
            else:
                self._rows[position] = row
        self._has_more = has_more
        self._paused = False
        self.endResetModel()
        self._loading = False

    def append(self, rows: Sequence[Row], *, has_more: bool) -> None:
        """Add the next page; rows already shown (same id) are updated rather than repeated."""
        fresh: dict[str, Row] = {}
        for row in rows:
            poll_id = poll_of(row).id
            position = self._positions.get(poll_id)
            if position is None:
                fresh[poll_id] = row  # a repeat within the page keeps the later value
            else:
                self._replace(position, row)
        if fresh:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            for offset, poll_id in enumerate(fresh):
                self._positions[poll_id] = first + offset
            self._rows.extend(fresh.values())
            self.endInsertRows()
        self._has_more = has_more
        self._paused = False
        self._loading = False

    def fetch_failed(self) -> None:
        """A page failed: stop asking on every scroll until ``resume`` (a Retry) or a reset."""
        self._paused = True
        self._loading = False

    def resume(self) -> None:
        self._paused = False

    def update_row(self, value: Row) -> bool:
        """Replace the row of the same poll id; one ``dataChanged`` for that row only."""
        position = self.row_of(poll_of(value).id)
        if position is None:
            return False
        current = self._rows[position]
        # The All polls list keeps plain polls, and the person's poll where they voted (so the
        # row says so): a UserPoll without a vote carries the fresh Poll, and a fresh Poll keeps
        # the vote the row shows.
        if isinstance(current, Poll) and isinstance(value, UserPoll) and value.user_vote is None:
            value = value.poll
        elif isinstance(current, UserPoll) and isinstance(value, Poll):
            value = dataclasses.replace(current, poll=value)
        self._replace(position, value)
        return True

    def _replace(self, position: int, value: Row) -> None:
        if self._rows[position] == value:
            return  # the same row: no dataChanged (each one lays the list out again)
        self._rows[position] = value
        index = self.index(position, 0)
        self.dataChanged.emit(index, index)

    def clear(self) -> None:
        self.reset([], has_more=False)

    def forget_votes(self) -> None:
        """Signed out: rows show the plain polls again (no vote of anyone)."""
        changed = False
        for position, row in enumerate(self._rows):
            if isinstance(row, UserPoll):
                self._rows[position] = row.poll
                changed = True
        if changed and self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    # -- reading ------------------------------------------------------------------------------
    def row_of(self, poll_id: str) -> int | None:
        return self._positions.get(poll_id)


class PollListProxy(QSortFilterProxyModel):
    """What a poll list view shows: the rows of a ``PollListModel``, unfiltered and unsorted.

    After every insert or row update ``QListView`` lays all rows out again and asks its model
    for an index of each row. Asked of the Python model, every one of those is a call into
    Python (``index`` → ``hasIndex`` → ``rowCount``); this proxy answers them from its own row
    mapping in C++, so a page appended to a long list costs C++ work per row instead of Python
    calls (bench/list_scaling.py). Row ``r`` here is row ``r`` of the source; every role,
    ``canFetchMore`` and ``fetchMore`` are passed through to it.

    Nothing here overrides a Qt method in Python: each override would bring the calls back.
    """

    def __init__(self, source: PollListModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setDynamicSortFilter(False)  # no filter, no sort: rows keep the source's order
        self.setSourceModel(source)


class UserPollListModel(PollListModel):
    """Rows are the signed-in user's polls (UserPoll values, with the vote and token balance)."""

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = super().data(index, role)
        if role == Qt.ItemDataRole.ToolTipRole and value is not None:
            row = self._rows[index.row()]
            if isinstance(row, UserPoll) and row.user_vote is not None:
                value += plain_rich_text(f"You voted with {row.user_vote.token_count} tokens")
        return value
