"""The wallet from the header: a balance per fan token (real sandbox over HTTP)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt


def test_the_wallet_lists_a_balance_per_fan_token(
    make_app: Any, make_sandbox: Any, qtbot: Any
) -> None:
    server = make_sandbox()
    harness = make_app(server)
    harness.wait_loaded()
    window = harness.window
    assert not window.header.wallet_button.isVisible()  # signed out: nothing to show
    harness.sign_in()
    qtbot.waitUntil(window.header.wallet_button.isVisible)
    qtbot.mouseClick(window.header.wallet_button, Qt.MouseButton.LeftButton)
    dialog = window.dialogs.wallet
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=10_000)
    table = dialog.table
    balances = [int(table.item(r, 1).text().replace(",", "")) for r in range(table.rowCount())]
    assert all(b > 0 for b in balances)
    assert balances == sorted(balances, reverse=True)
    assert dialog.status.text() == f"You hold {table.rowCount()} kinds of fan token."
    names = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert all(names)
    qtbot.mouseClick(window.header.sign_out_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.header.wallet_button.isVisible(), timeout=10_000)
    assert not dialog.isVisible()


def test_an_empty_wallet_says_so(make_app: Any, sandbox: Any, qtbot: Any) -> None:
    harness = make_app(sandbox, username="carol")  # carol holds no fan tokens
    harness.wait_loaded()
    harness.sign_in()
    window = harness.window
    window.dialogs.open_wallet()
    dialog = window.dialogs.wallet
    qtbot.waitUntil(lambda: "empty" in dialog.status.text(), timeout=10_000)
    assert dialog.table.rowCount() == 0
