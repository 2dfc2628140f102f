"""The poll lists: All polls and My polls in tabs, each a card list or a sentence when empty."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import (
    QAbstractProxyModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from partner_desktop.api.listing import View
from partner_desktop.api.models import Poll, UserPoll
from partner_desktop.models.polls import PollListModel, PollListProxy, PollRoles, UserPollListModel
from partner_desktop.ui.delegate import ROW_HEIGHT, PollDelegate
from partner_desktop.ui.i18n import Retranslatable

#: A card's narrowest width (a list pane in a 640 px window).
MIN_CARD_WIDTH = 200
LAYOUT_BATCH = 5000


class Empty(Enum):
    """What an empty list says, and the action it offers."""

    LOADING = "loading"
    SIGNED_OUT = "signed-out"  # My polls: sign in
    FILTERED = "filtered"  # clear the search and filters
    NONE = "none"


class PollListView(QListView):
    """A poll list: a ``QListView`` showing a ``PollListProxy`` of a ``PollListModel``.

    ``setCurrentIndex`` also takes an index of the ``PollListModel`` itself: a row is the same
    row in both.
    """

    def setCurrentIndex(self, index: QModelIndex | QPersistentModelIndex) -> None:
        shown = self.model()
        if isinstance(shown, QAbstractProxyModel) and index.model() is shown.sourceModel():
            index = shown.mapFromSource(index)
        super().setCurrentIndex(index)


def build_poll_list(
    model: PollListModel, delegate: PollDelegate, parent: QWidget | None = None
) -> PollListView:
    """The view of a poll list, as the window shows it (bench/list_scaling.py times this one)."""
    view = PollListView(parent)
    # After every insert or row update QListView lays all rows out again and asks its model for
    # an index of each row (and, without a grid, for the row's size). Asked of the Python model,
    # that is two calls into Python per row: 1.4-1.7 s per page at 100,000 polls
    # (bench/list_scaling.py). The pass-through proxy answers from its own row mapping in C++,
    # and a grid of the delegate's row size (uniformItemSizes already gives every row that size)
    # spares the size query: ~0.1 us of C++ per row remains, 18 ms per page at 100,000 polls,
    # laid out in batches of LAYOUT_BATCH rows (well under a millisecond each) so no pass
    # blocks the window.
    view.setModel(PollListProxy(model, view))
    view.setItemDelegate(delegate)
    view.setUniformItemSizes(True)
    # The grid is as narrow as a card can be: a card takes the viewport's width (it reflows,
    # see PollDelegate.paint), and nothing scrolls sideways.
    view.setGridSize(QSize(MIN_CARD_WIDTH, ROW_HEIGHT))
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setLayoutMode(QListView.LayoutMode.Batched)
    view.setBatchSize(LAYOUT_BATCH)
    view.setMouseTracking(True)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setFrameShape(QFrame.Shape.NoFrame)
    return view


class _ListPage(QStackedWidget):
    """A list, or (page 1) the sentence of an empty list with its action button."""

    def __init__(self, name: str, model: PollListModel, delegate: PollDelegate, parent: QWidget):
        super().__init__(parent)
        # The view shows a pass-through proxy of ``model`` (see build_poll_list): its indexes
        # (current, selection, signals) are the proxy's, with the same rows and roles.
        self.view = build_poll_list(model, delegate, self)
        self.view.setObjectName(name)
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.addStretch(1)
        self.empty = QLabel(page)
        self.empty.setObjectName(f"{name}Empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        column.addWidget(self.empty)
        # What to do about it: clear the search and filters, or sign in.
        self.action = QPushButton(page)
        self.action.setObjectName(f"{name}EmptyAction")
        self.action.hide()
        column.addWidget(self.action, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(1)
        self.addWidget(self.view)
        self.addWidget(page)
        self.model = model
        self.state: Empty | None = None  # what it says when empty (None: not told yet)


class PollListPage(Retranslatable, QTabWidget):
    """All polls and My polls. Says why a list is empty and offers what to do about it; a
    row's context menu opens or follows its poll."""

    sign_in_requested = Signal()
    clear_filters_requested = Signal()
    #: The current row of a list changed: its Poll, and the UserPoll when the row has one.
    poll_chosen = Signal(object, object)
    #: Enter or a double click on a row: the person wants to vote on it.
    poll_activated = Signal()
    follow_requested = Signal(object, bool)  # Poll, follow (True) or stop following
    view_changed = Signal(str)  # View

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("viewTabs")
        self.setDocumentMode(True)
        self.all_model = PollListModel(self)
        self.mine_model = UserPollListModel(self)
        self.delegate = PollDelegate(None, self)
        self.row_menu: QMenu | None = None
        #: Whether a poll (by id) is followed, for the row menu's words.
        self.is_followed: Callable[[str], bool] = lambda _poll_id: False
        self.can_sign_in = True
        self._pages = {
            View.ALL: _ListPage("pollList", self.all_model, self.delegate, self),
            View.MINE: _ListPage("myPollsList", self.mine_model, self.delegate, self),
        }
        self.poll_list = self._pages[View.ALL].view
        self.my_polls_list = self._pages[View.MINE].view
        self.all_empty = self._pages[View.ALL].empty
        self.mine_empty = self._pages[View.MINE].empty
        for page in self._pages.values():
            self.addTab(page, "")
            view = page.view
            view.selectionModel().currentChanged.connect(self._on_current_changed)
            view.activated.connect(lambda _index: self.poll_activated.emit())
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(lambda pos, v=view: self.show_row_menu(v, pos))
            page.action.clicked.connect(lambda _c=False, p=page: self._on_action(p))
        self.currentChanged.connect(lambda index: self.view_changed.emit(self._view_at(index)))
        self.retranslate()

    def retranslate(self) -> None:
        self.poll_list.setAccessibleName(self.tr("All polls"))
        self.my_polls_list.setAccessibleName(self.tr("My polls"))
        self.setTabText(0, self.tr("All polls"))
        self.setTabText(1, self.tr("My polls"))
        for view, page in self._pages.items():
            if page.state is not None:
                self.show_state(view, page.state)
        self.delegate.retranslate()
        self.repaint_lists()  # the cards' words, dates and numbers

    # -- reading -------------------------------------------------------------------------------
    @staticmethod
    def _view_at(index: int) -> View:
        return View.MINE if index == 1 else View.ALL

    def current_view(self) -> View:
        return self._view_at(self.currentIndex())

    def set_current_view(self, view: View) -> None:
        self.setCurrentIndex(1 if view == View.MINE else 0)

    def model(self, view: View) -> PollListModel:
        return self._pages[view].model

    def list_view(self, view: View) -> PollListView:
        return self._pages[view].view

    def current_poll(self) -> Poll | None:
        """The poll of the shown list's current row."""
        index = self.list_view(self.current_view()).currentIndex()
        poll = index.data(PollRoles.PollRole) if index.isValid() else None
        return poll if isinstance(poll, Poll) else None

    # -- showing -------------------------------------------------------------------------------
    def show_state(self, view: View, state: Empty) -> None:
        """The list of ``view`` if it has rows, else the sentence ``state`` and its action."""
        page = self._pages[view]
        page.state = state
        if page.model.rowCount() > 0:
            page.setCurrentIndex(0)
            return
        action = ""
        if state is Empty.LOADING:
            page.empty.setText(self.tr("Loading polls…"))
        elif state is Empty.SIGNED_OUT:
            page.empty.setText(
                self.tr("Sign in to see the polls you can vote on, with your votes.")
            )
            action = self.tr("Sign in")
        elif state is Empty.FILTERED:
            page.empty.setText(
                self.tr("No poll matches these filters.\nTry another search or status.")
            )
            action = self.tr("Clear search and filters")
        else:
            page.empty.setText(self.tr("No polls yet."))
        if action:
            page.action.setText(action)
            page.action.setEnabled(state is not Empty.SIGNED_OUT or self.can_sign_in)
        page.action.setVisible(bool(action))
        page.setCurrentIndex(1)

    def repaint_lists(self) -> None:
        self.poll_list.viewport().update()
        self.my_polls_list.viewport().update()

    def select(self, poll_id: str) -> bool:
        """Make ``poll_id``'s row current where a list shows it (the shown list first)."""
        views = [View.ALL, View.MINE]
        if self.current_view() == View.MINE:
            views.reverse()
        for view in views:
            row = self.model(view).row_of(poll_id)
            if row is None:
                continue
            self.set_current_view(view)
            shown = self.list_view(view)
            shown.setCurrentIndex(self.model(view).index(row, 0))
            shown.scrollTo(shown.currentIndex())
            return True
        return False

    def clear_current(self) -> None:
        """No current row in either list (the rows stay)."""
        for view in (self.poll_list, self.my_polls_list):
            view.selectionModel().clearCurrentIndex()
            view.clearSelection()

    def show_row_menu(self, view: PollListView, pos: QPoint) -> None:
        index = view.indexAt(pos)
        if not index.isValid():
            return
        poll: Poll = index.data(PollRoles.PollRole)
        menu = QMenu(view)
        menu.setObjectName("pollRowMenu")
        open_action = menu.addAction(self.tr("Open"))
        open_action.triggered.connect(lambda: view.setCurrentIndex(index))
        followed = self.is_followed(poll.id)
        follow = menu.addAction(self.tr("★ Unfollow") if followed else self.tr("☆ Follow"))
        follow.setObjectName("followRowAction")
        follow.setShortcut(QKeySequence("Ctrl+D"))
        follow.triggered.connect(lambda: self.follow_requested.emit(poll, not followed))
        self.row_menu = menu
        menu.popup(view.viewport().mapToGlobal(pos))

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        poll = current.data(PollRoles.PollRole)
        user_poll = current.data(PollRoles.UserPollRole)
        self.poll_chosen.emit(poll, user_poll if isinstance(user_poll, UserPoll) else None)

    def _on_action(self, page: _ListPage) -> None:
        if page.state is Empty.SIGNED_OUT:
            self.sign_in_requested.emit()
        elif page.state is Empty.FILTERED:
            self.clear_filters_requested.emit()
