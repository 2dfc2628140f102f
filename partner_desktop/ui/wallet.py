"""The wallet: the signed-in person's balance of each fan token."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partner_desktop.api.models import WalletEntry
from partner_desktop.ui.i18n import Retranslatable


def amount(value: Decimal, precision: int | None) -> str:
    """A balance as a fan reads it (with the language's digit grouping and decimal mark):
    whole tokens without decimals, else the token's precision."""
    locale = QLocale()
    if value == value.to_integral_value():
        return locale.toString(int(value))
    places = precision if precision is not None and 0 <= precision <= 8 else 2
    # Rounded as Decimal (exact), then written by the locale: "1.234,50" in Spanish.
    rounded = value.quantize(Decimal(1).scaleb(-places))
    whole, _, fraction = f"{abs(rounded):f}".partition(".")
    sign = "-" if rounded < 0 else ""
    return f"{sign}{locale.toString(int(whole))}{locale.decimalPoint()}{fraction}"


class WalletDialog(Retranslatable, QDialog):
    """Balances per fan token; Refresh asks for them again."""

    refresh_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("walletDialog")
        layout = QVBoxLayout(self)
        self.status = QLabel(self)
        self.status.setObjectName("walletStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("walletTable")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.refresh_button = buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.refresh_button.setObjectName("walletRefresh")
        self.refresh_button.clicked.connect(self.refresh_requested)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(420, 360)
        self._entries: tuple[WalletEntry, ...] | None = None
        self.retranslate()
        self.status.setText(self.tr("Loading your wallet…"))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Your wallet"))
        self.table.setAccessibleName(self.tr("Fan token balances"))
        self.table.setHorizontalHeaderLabels([self.tr("Fan token"), self.tr("Balance")])
        self.refresh_button.setText(self.tr("Refresh"))
        if self._entries is not None:
            self.show_entries(self._entries)

    def show_entries(self, entries: tuple[WalletEntry, ...]) -> None:
        self._entries = entries
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
            self.status.setText(self.tr("Your wallet is empty: you hold no fan tokens."))
        else:
            self.status.setText(self.tr("You hold %n kind(s) of fan token.", "", len(entries)))

    def show_failure(self, sentence: str) -> None:
        self._entries = None
        self.status.setText(sentence)
