"""The poll-list page on its own: All polls and My polls, empty states, choosing and following."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from partner_desktop.api.listing import View
from partner_desktop.ui.poll_list_page import Empty, PollListPage
from tests.helpers.polls import make_poll, make_user_poll


def _page(qtbot: Any) -> PollListPage:
    page = PollListPage()
    qtbot.addWidget(page)
    page.resize(600, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_empty_lists_say_why_and_offer_what_to_do(qtbot: Any) -> None:
    page = _page(qtbot)
    page.show_state(View.ALL, Empty.LOADING)
    assert page.all_empty.isVisible()
    assert page.all_empty.text() == "Loading polls…"

    page.show_state(View.ALL, Empty.FILTERED)
    assert page.all_empty.text() == "No poll matches these filters.\nTry another search or status."
    clear = page.findChild(QPushButton, "pollListEmptyAction")
    assert clear.isVisible()
    assert clear.text() == "Clear search and filters"
    with qtbot.waitSignal(page.clear_filters_requested, timeout=1_000):
        qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)

    page.show_state(View.ALL, Empty.NONE)
    assert page.all_empty.text() == "No polls yet."
    assert not clear.isVisible()

    page.set_current_view(View.MINE)
    page.can_sign_in = False
    page.show_state(View.MINE, Empty.SIGNED_OUT)
    sign_in = page.findChild(QPushButton, "myPollsListEmptyAction")
    assert page.mine_empty.text().startswith("Sign in to see the polls you can vote on")
    assert sign_in.isVisible()
    assert not sign_in.isEnabled()
    page.can_sign_in = True
    page.show_state(View.MINE, Empty.SIGNED_OUT)
    with qtbot.waitSignal(page.sign_in_requested, timeout=1_000):
        qtbot.mouseClick(sign_in, Qt.MouseButton.LeftButton)


def test_a_list_with_rows_shows_them_and_a_chosen_row_is_a_poll(qtbot: Any) -> None:
    page = _page(qtbot)
    page.show_state(View.ALL, Empty.NONE)
    page.all_model.reset([make_poll(i) for i in range(5)], has_more=False)
    page.show_state(View.ALL, Empty.NONE)
    assert page.poll_list.isVisible()
    assert not page.all_empty.isVisible()
    with qtbot.waitSignal(page.poll_chosen, timeout=1_000) as chosen:
        page.poll_list.setCurrentIndex(page.all_model.index(2, 0))
    poll, user_poll = chosen.args
    assert poll.id == "poll-2"
    assert user_poll is None
    assert page.current_poll() == poll


def test_select_finds_a_poll_in_the_shown_list_first(qtbot: Any) -> None:
    page = _page(qtbot)
    views: list[str] = []
    page.view_changed.connect(views.append)
    page.all_model.reset([make_poll(i) for i in range(3)], has_more=False)
    page.mine_model.reset([make_user_poll(1), make_user_poll(7)], has_more=False)
    page.set_current_view(View.MINE)
    assert views == [View.MINE]
    chosen: list[Any] = []
    page.poll_chosen.connect(lambda poll, user_poll: chosen.append((poll.id, user_poll)))
    assert page.select("poll-1")
    assert page.current_view() == View.MINE  # My polls shows it too: it stays
    assert chosen[-1][0] == "poll-1"
    assert chosen[-1][1] is not None
    assert page.select("poll-2")  # only in All polls
    assert page.current_view() == View.ALL
    assert chosen[-1] == ("poll-2", None)
    assert not page.select("poll-99")


def test_the_row_menu_follows_or_unfollows_the_row(qtbot: Any) -> None:
    page = _page(qtbot)
    page.all_model.reset([make_poll(i) for i in range(3)], has_more=False)
    page.show_state(View.ALL, Empty.NONE)
    followed = {"poll-0"}
    page.is_followed = followed.__contains__
    view = page.poll_list
    rect = view.visualRect(view.model().index(0, 0))
    page.show_row_menu(view, rect.center())
    menu = page.row_menu
    assert menu is not None
    words = [a.text() for a in menu.actions()]
    assert words == ["Open", "★ Unfollow"]
    with qtbot.waitSignal(page.follow_requested, timeout=1_000) as asked:
        menu.actions()[1].trigger()
    assert asked.args[0].id == "poll-0"
    assert asked.args[1] is False
    menu.close()

    rect = view.visualRect(view.model().index(1, 0))
    page.show_row_menu(view, rect.center())
    menu = page.row_menu
    assert [a.text() for a in menu.actions()][1] == "☆ Follow"
    menu.actions()[0].trigger()  # Open: the row becomes the current one
    assert page.current_poll() is not None
    assert page.current_poll().id == "poll-1"
    menu.close()
