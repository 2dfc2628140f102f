"""The poll lists in the window: search, filters, paging, empty state, remembered filters."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractProxyModel, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListView

from partner_desktop.models.polls import PollRoles


def _questions(view: QListView) -> list[str]:
    model = view.model()
    return [model.index(r, 0).data(Qt.ItemDataRole.DisplayRole) for r in range(model.rowCount())]


def test_typing_a_search_filters_on_the_server_after_a_pause(
    make_app: Any, sandbox: Any, qtbot: Any
) -> None:
    harness = make_app(sandbox)
    window = harness.window
    harness.wait_loaded()
    poll_list = window.findChild(QListView, "pollList")
    search = window.findChild(QLineEdit, "pollSearch")
    before = len(_questions(poll_list))
    qtbot.keyClicks(search, "armband")
    # Debounced: one request after typing stops, not one per key.
    qtbot.waitUntil(
        lambda: _questions(poll_list) and all("armband" in q for q in _questions(poll_list)),
        timeout=10_000,
    )
    assert 0 < len(_questions(poll_list)) < before
    search.clear()
    qtbot.waitUntil(lambda: len(_questions(poll_list)) == before, timeout=10_000)


def test_status_and_partner_filters(make_app: Any, sandbox: Any, qtbot: Any) -> None:
    harness = make_app(sandbox)
    window = harness.window
    harness.wait_loaded()
    model = window.lists.all_model
    status = window.findChild(QComboBox, "statusFilter")
    status.setCurrentIndex(status.findText("Upcoming"))
    qtbot.waitUntil(
        lambda: (
            model.rowCount() > 0
            and all(
                model.index(r, 0).data(PollRoles.StatusRole) == "upcoming"
                for r in range(model.rowCount())
            )
        ),
        timeout=10_000,
    )
    partner = window.findChild(QComboBox, "partnerFilter")
    assert partner.count() > 2  # "All partners" plus the partners seen in the list
    partner.setCurrentIndex(2)
    chosen = partner.currentText()
    qtbot.waitUntil(
        lambda: (
            model.rowCount() > 0
            and all(
                model.index(r, 0).data(PollRoles.PartnerNameRole) == chosen
                and model.index(r, 0).data(PollRoles.StatusRole) == "upcoming"
                for r in range(model.rowCount())
            )
        ),
        timeout=10_000,
    )


def test_scrolling_to_the_end_loads_the_next_page(make_app: Any, sandbox: Any, qtbot: Any) -> None:
    harness = make_app(sandbox, page_size=10)
    window = harness.window
    harness.wait_loaded()
    model = window.lists.all_model
    assert model.rowCount() == 10
    assert model.has_more
    view = window.lists.poll_list
    shown = view.model()  # what the view lays out: a pass-through proxy of the model
    assert isinstance(shown, QAbstractProxyModel)
    assert shown.sourceModel() is model
    asked: list[int] = []
    model.fetch_more_requested.connect(lambda: asked.append(model.rowCount()))
    view.scrollToBottom()
    qtbot.waitUntil(lambda: shown.rowCount() > 10, timeout=10_000)
    assert asked[:1] == [10]  # the view asked for the page, through the proxy's fetchMore
    assert shown.rowCount() == model.rowCount()
    ids = [shown.index(r, 0).data(PollRoles.IdRole) for r in range(shown.rowCount())]
    assert ids == [model.index(r, 0).data(PollRoles.IdRole) for r in range(model.rowCount())]
    assert len(ids) == len(set(ids))


def test_a_row_chosen_by_the_model_or_the_view_opens_the_same_poll(
    make_app: Any, sandbox: Any, qtbot: Any
) -> None:
    harness = make_app(sandbox)
    window = harness.window
    harness.wait_loaded()
    view = window.lists.poll_list
    model = window.lists.all_model
    view.setCurrentIndex(model.index(3, 0))  # an index of the model itself
    assert view.currentIndex().row() == 3
    assert view.currentIndex().model() is view.model()
    qtbot.waitUntil(lambda: window.detail.poll is not None, timeout=5_000)
    assert window.detail.poll.id == model.index(3, 0).data(PollRoles.IdRole)
    view.setCurrentIndex(view.model().index(5, 0))  # an index of what the view shows
    qtbot.waitUntil(
        lambda: window.detail.poll.id == model.index(5, 0).data(PollRoles.IdRole), timeout=5_000
    )
    assert view.selectionModel().selectedRows()[0].row() == 5


def test_no_match_shows_an_empty_state(make_app: Any, sandbox: Any, qtbot: Any) -> None:
    harness = make_app(sandbox)
    window = harness.window
    harness.wait_loaded()
    qtbot.keyClicks(window.filters.search, "no poll has this text 8f3a")
    empty = window.findChild(QLabel, "pollListEmpty")
    qtbot.waitUntil(lambda: empty.isVisible() and "No poll matches" in empty.text(), timeout=10_000)
    assert window.lists.all_model.rowCount() == 0


def test_filters_view_and_geometry_are_remembered(
    make_app: Any, sandbox: Any, qtbot: Any, tmp_path: Any
) -> None:
    base = tmp_path / "remember"
    first = make_app(sandbox, base=base)
    first.wait_loaded()
    partner = first.window.filters.partner_filter
    lakeshore = next(r for r in range(partner.count()) if "Lakeshore" in partner.itemText(r))
    partner.setCurrentIndex(lakeshore)  # the partner of the armband polls
    partner_name = partner.currentText()
    first.window.filters.status_filter.setCurrentIndex(
        first.window.filters.status_filter.findText("Closed")
    )
    qtbot.keyClicks(first.window.filters.search, "armband")
    first.window.lists.setCurrentIndex(1)
    first.window.resize(700, 500)
    size = first.window.size()
    qtbot.waitUntil(
        lambda: first.window.services.polls.query("all").search == "armband", timeout=5_000
    )
    first.window.close()
    first.close()

    second = make_app(sandbox, base=base)
    window = second.window
    assert window.filters.search.text() == "armband"
    assert window.filters.status_filter.currentText() == "Closed"
    assert window.lists.currentIndex() == 1
    assert window.size() == size
    window.lists.setCurrentIndex(0)
    qtbot.waitUntil(lambda: not window.services.polls.is_loading("all"), timeout=10_000)
    model = window.lists.all_model
    assert window.filters.partner_filter.currentText() == partner_name
    query = window.services.polls.query(
        "all"
    )  # the first page is asked with the remembered filters
    assert (query.search, query.statuses) == ("armband", ("closed",))
    assert query.partner_ids == (
        window.filters.partner_model.partner_id(window.filters.partner_filter.currentIndex()),
    )
    assert all(
        model.index(r, 0).data(PollRoles.StatusRole) == "closed"
        and "armband" in model.index(r, 0).data()
        and model.index(r, 0).data(PollRoles.PartnerNameRole) == partner_name
        for r in range(model.rowCount())
    )
