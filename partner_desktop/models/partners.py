"""Qt list model of the partners a person can filter polls by."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

AnyIndex = QModelIndex | QPersistentModelIndex

#: Role holding the partner id (None for the "All partners" row).
PartnerIdRole = int(Qt.ItemDataRole.UserRole) + 1


class PartnerFilterModel(QAbstractListModel):
    """First row "All partners", then partners by name, learnt from the polls seen so far."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._names: list[str] = []  # sorted case-insensitively, parallel to _ids
        self._ids: list[str] = []

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids) + 1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        row = index.row()
        if not 0 <= row <= len(self._ids):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if row == 0:
                return QCoreApplication.translate("PartnerFilterModel", "All partners")
            return self._names[row - 1]
        if role == PartnerIdRole:
            return None if row == 0 else self._ids[row - 1]
        return None

    def merge(self, partners: Iterable[tuple[str, str]]) -> None:
        """Add (id, name) pairs not known yet, each at its sorted place."""
        for partner_id, name in partners:
            if partner_id in self._ids:
                continue
            keys = [n.casefold() for n in self._names]
            position = bisect.bisect(keys, name.casefold())
            self.beginInsertRows(QModelIndex(), position + 1, position + 1)
            self._names.insert(position, name)
            self._ids.insert(position, partner_id)
            self.endInsertRows()

    def retranslate(self) -> None:
        """The "All partners" row in the current language (views repaint it)."""
        self.dataChanged.emit(self.index(0, 0), self.index(0, 0))

    def row_of(self, partner_id: str | None) -> int:
        if partner_id is None or partner_id not in self._ids:
            return 0
        return self._ids.index(partner_id) + 1

    def partner_id(self, row: int) -> str | None:
        return None if row <= 0 or row > len(self._ids) else self._ids[row - 1]
