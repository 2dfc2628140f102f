"""The poll lists fed by the polls controller: pages, failures, loading, and why a list is empty;
the filter bar's choices go the other way, to the controller."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings

from partner_desktop.api.listing import Filters, View, partners_of
from partner_desktop.api.models import Poll, UserPoll
from partner_desktop.errors import SignedOut
from partner_desktop.models.polls import PollRoles
from partner_desktop.ui.errors import describe
from partner_desktop.ui.poll_list_page import Empty

if TYPE_CHECKING:
    from partner_desktop.api.page_cache import CachedPage
    from partner_desktop.ui.main_window import MainWindow
    from partner_desktop.wiring import ProfileServices


class ListsHost(QObject):
    """Connects the list page, the filter bar, the banner and the loading bar to the polls."""

    def __init__(self, window: MainWindow, ui_settings: QSettings, *, active: bool) -> None:
        super().__init__(window)
        page, filters = self.page, self.filters = window.lists, window.filters
        self.banner, self._loading_bar = window.banner, window.loading_bar
        self._status, self._ui_settings = window.status, ui_settings
        self.services: ProfileServices | None = None
        self._saved: CachedPage | None = None  # the saved page on screen, until the server's
        self.active = active  # False on the first-start setup page: filters load nothing
        filters.changed.connect(self._on_filters)
        page.clear_filters_requested.connect(filters.clear)
        page.view_changed.connect(self._on_view_changed)

    def show_saved_page(self, saved: CachedPage | None) -> None:
        """All polls as the last run saw them, dated, until the server's first page arrives."""
        if saved is not None:
            self._saved = saved
            self.page.all_model.reset(saved.polls.items, has_more=False)
            self.filters.merge_partners(partners_of(saved.polls.items))
            self._status.set_refreshed(saved.saved_at)

    def attach(self, services: ProfileServices) -> None:
        self.services = s = services
        page, polls = self.page, s.polls
        page.sign_in_requested.connect(s.session.start_sign_in)
        page.follow_requested.connect(s.follows.set_followed)
        page.is_followed = s.follows.is_followed
        page.delegate.set_logos(s.images.pixmap)
        page.all_model.fetch_more_requested.connect(lambda: polls.start_load_more(View.ALL))
        page.mine_model.fetch_more_requested.connect(lambda: polls.start_load_more(View.MINE))
        polls.page_loaded.connect(self._on_page_loaded)
        polls.failed.connect(self._on_list_failed)
        polls.loading_changed.connect(self._on_loading_changed)
        polls.partners_seen.connect(self.filters.merge_partners)
        polls.refreshed.connect(self._status.set_refreshed)
        for view in View:
            self.set_filters(view, reload=False)

    def set_filters(
        self, view: View, filters: Filters | None = None, *, reload: bool = True
    ) -> None:
        """``filters`` (the filter bar's by default) on ``view``, loaded again unless
        ``reload`` is False."""
        filters = filters or self.filters.filters()
        if self.services is not None:
            self.services.polls.set_filters(
                view,
                search=filters.search,
                statuses=filters.statuses,
                partner_id=filters.partner_id,
                sort=filters.sort,
                reload=reload,
            )

    def _on_filters(self, filters: Filters) -> None:
        if self.services is not None and self.active:
            self.set_filters(View.ALL, filters)
            if self.services.session.is_signed_in:
                self.set_filters(View.MINE, filters)

    def reload(self) -> None:
        """Both lists afresh (My polls only while signed in)."""
        if self.services is not None:
            self.services.polls.start_reload(View.ALL)
            if self.services.session.is_signed_in:
                self.services.polls.start_reload(View.MINE)

    def _on_page_loaded(
        self, view: str, items: tuple[Poll | UserPoll, ...], replace: bool, more: bool
    ) -> None:
        view, saved = View(view), None
        model = self.page.model(view)
        if view == View.ALL and replace:
            saved, self._saved = self._saved, None
        if saved is not None and saved.polls.items == items:
            model.append((), has_more=more)  # the saved page is still right: rows stay as they are
        elif replace:
            model.reset(items, has_more=more)
        else:
            model.append(items, has_more=more)
        # A fresh page clears only an error about that list: a sentence about the sign-in
        # (for example "sign in again") stays until the person acts on it.
        if replace:
            self.banner.clear_about(view)
        self.update_empty(view)
        self._mark_votes()

    def _mark_votes(self) -> None:
        """All polls marks the person's votes too (those My polls has loaded)."""
        mine = self.page.mine_model
        for row in range(mine.rowCount()):
            user_poll = mine.index(row, 0).data(PollRoles.UserPollRole)
            if isinstance(user_poll, UserPoll) and user_poll.user_vote is not None:
                self.page.all_model.update_row(user_poll)

    def _on_list_failed(self, view: str, exc: BaseException) -> None:
        s, view = self.services, View(view)
        assert s is not None  # noqa: S101 - connected by attach
        model = self.page.model(view)
        model.fetch_failed()
        self.update_empty(view)
        if isinstance(exc, SignedOut) and view == View.MINE and not s.session.is_signed_in:
            # The sign-in ended under another request (the banner says so, and My polls says
            # to sign in): this one failing is no news.
            return

        def retry() -> None:
            model.resume()
            if model.rowCount() == 0:
                s.polls.start_reload(view)
            else:
                s.polls.start_load_more(view)

        self.banner.show_error(describe(exc), retry, source=view)

    def _on_loading_changed(self, view: str, _loading: bool) -> None:
        if self.services is not None:
            polls = self.services.polls
            self._loading_bar.setVisible(polls.is_loading(View.ALL) or polls.is_loading(View.MINE))
        self.update_empty(View(view))

    def update_empty(self, view: View) -> None:
        """What ``view`` says when it has no rows: loading, sign in, no match, or none yet."""
        s = self.services
        if s is None:
            return
        query = s.polls.query(view)
        if s.polls.is_loading(view):
            state = Empty.LOADING
        elif view == View.MINE and not s.session.is_signed_in:
            state = Empty.SIGNED_OUT
        elif query.search or query.statuses or query.partner_ids:
            state = Empty.FILTERED
        else:
            state = Empty.NONE
        self.page.show_state(view, state)

    def _on_view_changed(self, view: str) -> None:
        self._ui_settings.setValue("view/tab", self.page.currentIndex())
        self.update_empty(View(view))

    def update_poll(self, poll: Poll, user_poll: UserPoll | None) -> None:
        """A fresh poll (and the person's part in it) in the rows that show it."""
        self.page.all_model.update_row(user_poll if user_poll is not None else poll)
        if user_poll is not None:
            self.page.mine_model.update_row(user_poll)

    def on_voted(self, user_poll: UserPoll) -> None:
        if self.page.mine_model.row_of(user_poll.poll.id) is None and self.services is not None:
            self.services.polls.start_reload(View.MINE)  # a poll new to My polls
        self.update_poll(user_poll.poll, user_poll)

    def on_signed_in(self) -> None:
        self.set_filters(View.MINE)

    def on_signed_out(self) -> None:
        """Signed out: My polls is empty, All polls shows no vote."""
        self.page.mine_model.clear()
        self.page.all_model.forget_votes()
        self.update_empty(View.MINE)
