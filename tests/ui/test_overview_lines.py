"""The overview's fan-token lines: shown again after every vote, the lines are reused."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel

from partner_desktop.api.overview import Overview, PartnerTokens
from partner_desktop.ui.overview import OverviewPanel
from tests.helpers.polls import make_poll


def _overview(*balances: int) -> Overview:
    polls = [make_poll(n) for n in range(1, len(balances) + 2)]
    entries = tuple(
        PartnerTokens(f"Partner {n}", balance, polls[n]) for n, balance in enumerate(balances)
    )
    return Overview(len(polls), polls[0], 1, polls[0], entries)


def test_token_lines_are_reused_and_the_surplus_hidden(qtbot: Any) -> None:
    panel = OverviewPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.show_overview(_overview(9, 5, 2), signed_in=True)
    first = panel.token_buttons()
    assert [line.isVisible() for line in first] == [True, True, True]
    assert ">9 token" in first[0].text()

    panel.show_overview(_overview(7, 5), signed_in=True)  # after a vote, one partner fewer
    shown = panel.token_buttons()
    assert shown == first[:2]  # the same lines, new words
    assert ">7 token" in shown[0].text()
    assert not first[2].isVisible()
    assert panel.target(first[2]) is None  # a hidden line opens nothing
    visible = [w for w in panel.findChildren(QLabel) if w.objectName().startswith("overviewTokens")]
    assert sum(w.isVisible() for w in visible) == 2

    panel.show_overview(_overview(7, 5), signed_in=False)
    assert panel.token_buttons() == []
    assert not any(line.isVisible() for line in first)
