"""The wallet: the signed-in person's balance of each fan token."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from partner_desktop.api.models import WalletEntry


def amount(value: Decimal, precision: int | None) -> str:
    """A balance as a fan reads it: whole tokens without decimals, else the token's precision."""
    if value == value.to_integral_value():
        return f"{int(value):,}"
    places = precision if precision is not None and 0 <= precision <= 8 else 2
    return f"{value:,.{places}f}"


class WalletDialog(QDialog):
    """Balances per fan token; Refresh asks for them again."""

    refresh_requested = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("walletDialog")
        self.setWindowTitle("Your wallet")
        layout = QVBoxLayout(self)
        self.status = QLabel("Loading your wallet…", self)
        self.status.setObjectName("walletStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("walletTable")
        self.table.setAccessibleName("Fan token balances")
        self.table.setHorizontalHeaderLabels(["Fan token", "Balance"])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.refresh_button = buttons.addButton("Refresh", QDialogButtonBox.ButtonRole.ActionRole)
        self.refresh_button.setObjectName("walletRefresh")
        self.refresh_button.clicked.connect(self.refresh_requested)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(420, 360)

    def show_entries(self, entries: tuple[WalletEntry, ...]) -> None:
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            currency = entry.currency
            symbol = currency.symbol
            name = currency.short_code + (
                f" ({symbol})" if symbol and symbol != currency.short_code else ""
            )
            self.table.setItem(row, 0, QTableWidgetItem(name))
            figure = QTableWidgetItem(amount(entry.total_balance, currency.precision))
            figure.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 1, figure)
        if not entries:
            self.status.setText("Your wallet is empty: you hold no fan tokens.")
        elif len(entries) == 1:
            self.status.setText("You hold 1 kind of fan token.")
        else:
            self.status.setText(f"You hold {len(entries)} kinds of fan token.")

    def show_failure(self, sentence: str) -> None:
        self.status.setText(sentence)
