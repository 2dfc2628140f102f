"""The poll list models: Qt's contract (qtmodeltester), roles, paging, single-row updates."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from partner_desktop.api.models import Poll
from partner_desktop.models.partners import PartnerFilterModel, PartnerIdRole
from partner_desktop.models.polls import (
    PollListModel,
    PollListProxy,
    PollRoles,
    UserPollListModel,
)
from tests.helpers.polls import make_poll, make_user_poll


def test_poll_model_passes_qtmodeltester_through_reset_append_update(qtmodeltester: Any) -> None:
    model = PollListModel()
    qtmodeltester.check(model)
    model.reset([make_poll(i) for i in range(3)], has_more=True)
    qtmodeltester.check(model)
    model.append([make_poll(i) for i in range(3, 6)], has_more=False)
    model.update_row(make_poll(4, status="closed"))
    qtmodeltester.check(model)
    assert model.rowCount() == 6
    assert model.index(4, 0).data(PollRoles.StatusRole) == "closed"


def test_display_role_holds_the_question_and_roles_expose_values() -> None:
    model = PollListModel()
    model.reset([make_poll(1)], has_more=False)
    index = model.index(0, 0)
    assert "Question number 1?" in index.data(Qt.ItemDataRole.DisplayRole)
    assert index.data(PollRoles.IdRole) == "poll-1"
    assert index.data(PollRoles.PartnerNameRole) == "Partner 1"
    assert index.data(PollRoles.QuorumRole) == 0.05
    assert index.data(PollRoles.QuorumTargetRole) == 0.2
    assert index.data(PollRoles.LogoUrlRole) == "http://127.0.0.1:1/logo.png"
    assert isinstance(index.data(PollRoles.PollRole), Poll)
    assert index.data(PollRoles.UserPollRole) is None
    assert min(PollRoles) > int(Qt.ItemDataRole.UserRole)
    assert b"question" in model.roleNames().values()


def test_fetch_more_asks_once_until_the_page_arrives(qtbot: Any) -> None:
    model = PollListModel()
    model.reset([make_poll(1)], has_more=True)
    root = QModelIndex()
    assert model.canFetchMore(root)
    with qtbot.waitSignal(model.fetch_more_requested, timeout=1000):
        model.fetchMore(root)
    assert model.loading
    assert not model.canFetchMore(root)  # no second request while one is in flight
    model.append([make_poll(2)], has_more=False)
    assert not model.loading
    assert not model.canFetchMore(root)


def test_a_failed_page_pauses_fetching_until_resumed() -> None:
    model = PollListModel()
    model.reset([make_poll(1)], has_more=True)
    model.fetchMore(QModelIndex())
    model.fetch_failed()
    assert not model.canFetchMore(QModelIndex())  # no retry storm on every scroll
    model.resume()
    assert model.canFetchMore(QModelIndex())


def test_update_row_emits_data_changed_for_that_row_only(qtbot: Any) -> None:
    model = PollListModel()
    model.reset([make_poll(i) for i in range(5)], has_more=False)
    with qtbot.waitSignal(model.dataChanged, timeout=1000) as blocker:
        assert model.update_row(make_poll(3, question="Changed?"))
    top, bottom = blocker.args[0], blocker.args[1]
    assert (top.row(), bottom.row()) == (3, 3)
    assert model.index(3, 0).data() == "Changed?"
    assert not model.update_row(make_poll(99))


def test_append_does_not_repeat_a_poll_that_moved_between_pages() -> None:
    model = PollListModel()
    model.reset([make_poll(1), make_poll(2)], has_more=True)
    model.append([make_poll(2), make_poll(3)], has_more=False)
    assert [model.index(r, 0).data(PollRoles.IdRole) for r in range(3)] == [
        "poll-1",
        "poll-2",
        "poll-3",
    ]


def test_the_proxy_shows_the_same_rows_and_passes_fetching_through(
    qtmodeltester: Any, qtbot: Any
) -> None:
    model = PollListModel()
    proxy = PollListProxy(model)
    qtmodeltester.check(proxy)
    root = QModelIndex()

    def rows() -> list[tuple[str, str]]:
        return [
            (proxy.index(r, 0).data(PollRoles.IdRole), proxy.index(r, 0).data())
            for r in range(proxy.rowCount())
        ]

    model.reset([make_poll(i) for i in (3, 1, 2)], has_more=True)  # source order, not sorted
    assert rows() == [(f"poll-{i}", f"Question number {i}?") for i in (3, 1, 2)]
    assert proxy.canFetchMore(root)
    with qtbot.waitSignal(model.fetch_more_requested, timeout=1000):
        proxy.fetchMore(root)  # what the view calls when scrolled to the end
    assert model.loading
    assert not proxy.canFetchMore(root)
    model.append([make_poll(1, question="Moved?"), make_poll(0)], has_more=False)
    assert rows() == [
        ("poll-3", "Question number 3?"),
        ("poll-1", "Moved?"),
        ("poll-2", "Question number 2?"),
        ("poll-0", "Question number 0?"),
    ]
    assert not proxy.canFetchMore(root)
    with qtbot.waitSignal(proxy.dataChanged, timeout=1000) as blocker:
        model.update_row(make_poll(2, status="closed"))
    assert blocker.args[0].row() == 2
    assert proxy.index(2, 0).data(PollRoles.StatusRole) == "closed"
    assert isinstance(proxy.index(2, 0).data(PollRoles.PollRole), Poll)
    assert proxy.mapToSource(proxy.index(3, 0)).row() == 3
    qtmodeltester.check(proxy)
    model.clear()
    assert proxy.rowCount() == 0


def test_user_poll_model_exposes_vote_and_balance(qtmodeltester: Any) -> None:
    model = UserPollListModel()
    model.reset([make_user_poll(1, voted=True), make_user_poll(2)], has_more=False)
    qtmodeltester.check(model)
    voted = model.index(0, 0)
    assert voted.data(PollRoles.UserVoteRole).token_count == 3
    assert voted.data(PollRoles.BalanceRole) == 7
    assert "You voted with 3 tokens" in voted.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(1, 0).data(PollRoles.UserVoteRole) is None
    # The All polls list keeps plain polls, but marks the person's vote; signed out, it forgets.
    all_model = PollListModel()
    all_model.reset([make_poll(1), make_poll(2)], has_more=False)
    all_model.update_row(make_user_poll(1, voted=True))
    all_model.update_row(make_user_poll(2, voted=False))
    assert isinstance(all_model.index(0, 0).data(PollRoles.PollRole), Poll)
    assert all_model.index(0, 0).data(PollRoles.UserVoteRole) is not None
    assert all_model.index(1, 0).data(PollRoles.UserPollRole) is None
    all_model.update_row(make_poll(1))  # a fresh poll keeps the vote shown
    assert all_model.index(0, 0).data(PollRoles.UserVoteRole) is not None
    all_model.forget_votes()
    assert all_model.index(0, 0).data(PollRoles.UserPollRole) is None


def test_partner_filter_model_keeps_all_first_and_names_sorted(qtmodeltester: Any) -> None:
    model = PartnerFilterModel()
    qtmodeltester.check(model)
    model.merge([("z", "Zeta FC"), ("a", "alpha club")])
    model.merge([("m", "Mid Town"), ("z", "Zeta FC")])
    qtmodeltester.check(model)
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert names == ["All partners", "alpha club", "Mid Town", "Zeta FC"]
    assert model.index(0, 0).data(PartnerIdRole) is None
    assert model.partner_id(3) == "z"
    assert model.row_of("m") == 2
    assert model.row_of(None) == 0


def test_tooltips_and_accessible_text_say_statuses_in_plain_words() -> None:
    model = PollListModel()
    model.reset(
        [make_poll(1, status="disclosed"), make_poll(2, status="cancelled")], has_more=False
    )
    for row, word, raw in ((0, "Results out", "disclosed"), (1, "Cancelled", "cancelled")):
        index = model.index(row, 0)
        tip = index.data(Qt.ItemDataRole.ToolTipRole)
        spoken = index.data(Qt.ItemDataRole.AccessibleTextRole)
        assert word in tip
        assert word in spoken
        assert raw not in tip
        assert raw not in spoken
