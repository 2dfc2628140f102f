"""The main window: it puts the header, filter bar, lists, detail pane and status bar together
and connects them to one profile's services."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QIcon,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QStackedWidget,
)

from partner_desktop.api.listing import PAGE_SIZE, View, saved_page_query
from partner_desktop.api.models import Poll, PollQuery, UserPoll
from partner_desktop.config import Profile
from partner_desktop.errors import SignedOut, SignInCancelled
from partner_desktop.ui.account_bar import AccountBar
from partner_desktop.ui.appearance import apply_remembered, fit_screen
from partner_desktop.ui.detail_host import DetailHost, enter_presses
from partner_desktop.ui.dialogs import WindowDialogs
from partner_desktop.ui.error_banner import ErrorBanner
from partner_desktop.ui.errors import describe
from partner_desktop.ui.filter_bar import FilterBar
from partner_desktop.ui.help import show_about, show_shortcuts
from partner_desktop.ui.i18n import SETTING as LANGUAGE_SETTING
from partner_desktop.ui.i18n import Retranslatable, Translations
from partner_desktop.ui.lists_host import ListsHost
from partner_desktop.ui.poll_list_page import PollListPage
from partner_desktop.ui.setup_page import SetupPage
from partner_desktop.ui.shortcuts import install_shortcuts
from partner_desktop.ui.status_bar import StatusBar
from partner_desktop.ui.tray import Tray, tell
from partner_desktop.ui.window_layout import column, loading_bar, splitter, timer
from partner_desktop.ui.window_state import restore_window, save_window

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from partner_desktop.api.page_cache import CachedPage
    from partner_desktop.ui.detail import PollDetail
    from partner_desktop.wiring import ProfileServices

log = logging.getLogger(__name__)

#: Below this width the header drops its title, so that the window fits 640 px.
NARROW_WIDTH = 900
LOGO_REPAINT_MS = 50
DETAIL_REFRESH_MS = 30_000
#: Countdowns tick, and polls open or close on screen, once a second.
TICK_MS = 1000
#: The longest wait after the first page before the detail pane and tray are built.
IDLE_FALLBACK_MS = 1000


class WhenSettled(QObject):
    """Calls ``settled`` once the first page of All polls is in (or failed) and the logos it
    asked for too, at most ``IDLE_FALLBACK_MS`` after the page: GUI work done while start-up's
    other threads still work waits for the GIL (bench/scenario.py). A child of the window: it
    goes, and calls nothing, when the window does."""

    def __init__(
        self, window: QObject, services: ProfileServices, settled: Callable[[], None]
    ) -> None:
        super().__init__(window)
        self._services = services
        self._settled: Callable[[], None] | None = settled
        services.polls.loading_changed.connect(self._on_loading_changed)

    def _on_loading_changed(self, view: str, loading: bool) -> None:
        if loading or view != View.ALL:
            return
        self._services.polls.loading_changed.disconnect(self._on_loading_changed)
        self._services.images.idle.connect(self._call)
        QTimer.singleShot(IDLE_FALLBACK_MS, self, self._call)

    def _call(self) -> None:
        if self._settled is None:
            return
        settled, self._settled = self._settled, None
        self._services.images.idle.disconnect(self._call)
        settled()


class MainWindow(Retranslatable, QMainWindow):
    """Built in two steps: the shell (every widget, the saved first page) before any service
    exists, then ``attach(services)`` connects the parts to the profile's controllers."""

    use_sandbox_requested = Signal()
    switch_profile_requested = Signal(str)

    def __init__(
        self,
        *,
        profile: Profile,
        ui_settings: QSettings,
        icon: QIcon | None = None,
        translations: Translations | None = None,
        needs_setup: bool = False,
        detail_refresh_ms: int = DETAIL_REFRESH_MS,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(profile.label)  # Qt adds the application's name: not twice
        self.setAccessibleName("Partner Desktop")
        if icon is not None:
            self.setWindowIcon(icon)
        self.profile, self.ui_settings, self.needs_setup = profile, ui_settings, needs_setup
        self.translations = translations or Translations()
        self.services: ProfileServices | None = None
        self.tray: Tray | None = None
        self._base_style: str | None = None  # the style sheet before the text size scales it

        self.header = AccountBar(profile, self)
        self.filters = FilterBar(ui_settings)
        self.loading_bar = loading_bar()
        self.banner = ErrorBanner()
        self.lists = PollListPage()
        self.lists.can_sign_in = self.header.can_sign_in
        self.status = StatusBar(profile.label, self)
        self.setStatusBar(self.status)
        parts = (self.filters, self.loading_bar, self.banner, self.lists)
        self.splitter, placeholder = splitter(column("listPane", (12, 12, 6, 8), *parts))
        self.pane = DetailHost(self.splitter, placeholder)
        self.feed = ListsHost(self, ui_settings, active=not needs_setup)
        self.dialogs = WindowDialogs(self, profile, ui_settings, advanced=needs_setup)
        self.setup_page = SetupPage(profile.label)
        self.main_page = column("mainPage", (0, 0, 0, 0), self.splitter)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.setup_page)
        self.pages.addWidget(self.main_page)
        self.setCentralWidget(column("", (0, 0, 0, 0), self.header, self.pages))
        self.refresh_action, self.quit_action = install_shortcuts(self)
        self.retranslate()

        self._logo_repaint = timer(self, LOGO_REPAINT_MS, self.lists.repaint_lists, single=True)
        self._detail_timer = timer(self, detail_refresh_ms, self._refresh_open_poll)
        self._tick_timer = timer(self, TICK_MS, self._tick)
        self._connect_parts()
        restore_window(self, ui_settings)
        enter_presses(self)
        self.pages.setCurrentWidget(self.setup_page if needs_setup else self.main_page)

    def retranslate(self) -> None:
        """The window's own words; each part retranslates itself on ``LanguageChange``."""
        self.refresh_action.setText(self.tr("Refresh"))
        self.quit_action.setText(self.tr("Quit"))
        self.loading_bar.setAccessibleName(self.tr("Loading"))
        if self.tray is not None:
            self.tray.retranslate()

    def _connect_parts(self) -> None:
        """The parts to each other (what needs no service)."""
        h, lists, dialogs = self.header, self.lists, self.dialogs
        h.refresh_requested.connect(self.refresh)
        h.settings_requested.connect(dialogs.open_settings)
        h.wallet_requested.connect(dialogs.open_wallet)
        h.shortcuts_requested.connect(lambda: show_shortcuts(self))
        h.about_requested.connect(lambda: show_about(self, self.profile))
        h.notify_action.toggled.connect(self._on_notify_toggled)
        h.tray_action.toggled.connect(
            lambda on: self.ui_settings.setValue("window/close_to_tray", on)
        )
        dialogs.appearance_changed.connect(self.set_appearance)
        dialogs.language_chosen.connect(self.choose_language)
        dialogs.profile_chosen.connect(self.switch_profile_requested)
        self.setup_page.use_sandbox_requested.connect(self.use_sandbox_requested)
        self.setup_page.settings_requested.connect(dialogs.open_settings)
        lists.poll_chosen.connect(self._on_poll_chosen)
        lists.poll_activated.connect(self.pane.focus_answers)
        self.pane.overview_requested.connect(self.show_overview)
        self.pane.poll_requested.connect(self.open_poll_by_id)

    # -- phase 1: what the last run saw -------------------------------------------------------
    def saved_page_query(self, page_size: int = PAGE_SIZE) -> PollQuery:
        """The query whose saved page fits the restored filters (All polls' first page)."""
        return saved_page_query(self.filters.filters(), page_size)

    def show_saved_page(self, saved: CachedPage | None) -> None:
        """All polls as the last run saw them, dated, until the server's first page arrives."""
        self.feed.show_saved_page(saved)

    # -- phase 2: the services ----------------------------------------------------------------
    def attach(self, services: ProfileServices) -> None:
        """Connect the parts to the profile's ``services`` and start: the first loads, the
        remembered sign-in, then (once they have settled) the detail pane and the tray."""
        self.services = s = services
        self.pane.attach(s)
        self.dialogs.attach(s)
        self.feed.attach(s)
        h = self.header
        h.sign_in_requested.connect(s.session.start_sign_in)
        h.sign_out_requested.connect(s.session.start_sign_out)
        s.session.signed_in.connect(self._on_signed_in)
        s.session.signed_out.connect(self._on_signed_out)
        s.session.sign_in_failed.connect(self._on_sign_in_failed)
        s.session.busy_changed.connect(h.set_signing_in)
        s.session.storage_status.connect(self.status.set_storage_status)
        s.polls.poll_loaded.connect(self._on_poll_loaded)
        s.polls.detail_failed.connect(self._on_detail_failed)
        s.polls.connection_changed.connect(self._on_connection)
        s.votes.voted.connect(self._on_voted)
        s.votes.vote_failed.connect(self._on_vote_failed)
        s.votes.poll_updated.connect(lambda up: self._on_poll_loaded(up.poll, up))
        s.images.image_ready.connect(self._on_image_ready)
        s.follows.notice.connect(lambda notice: tell(s.notifier, notice))
        s.follows.followed_changed.connect(self._on_followed_changed)
        s.notifier.activated.connect(self.open_poll_by_id)
        if self.needs_setup:
            s.session.start_storage_status()
            return
        self._detail_timer.start()
        self._tick_timer.start()
        s.polls.start_reload(View.ALL)
        s.session.start_restore()
        s.overview.start_load()
        s.follows.set_running(h.notify_action.isChecked())
        WhenSettled(self, s, self._settled)

    def _settled(self) -> None:
        self.pane.prepare()
        self._build_tray()

    # -- actions -------------------------------------------------------------------------------
    @property
    def detail(self) -> PollDetail:
        """The detail pane (built the first time it is asked for)."""
        return self.pane.detail

    def confirmation_box(self) -> QMessageBox | None:
        """The open vote confirmation, if any (for tests and automation)."""
        return self.pane.confirmation_box()

    def refresh(self) -> None:
        if self.services is None or self.needs_setup:
            return
        self.banner.dismiss()
        self.feed.reload()
        self.pane.reload()

    def show_error(
        self, sentence: str, retry: Callable[[], object] | None = None, *, source: str = ""
    ) -> None:
        """Show ``sentence`` in the banner; ``source`` names the list whose failure it reports."""
        self.banner.show_error(sentence, retry, source=source)

    def choose_language(self, choice: str) -> None:
        """Switch the interface to ``choice`` ("" is the system's) now, and remember it."""
        self.ui_settings.setValue(LANGUAGE_SETTING, choice)
        log.info("Interface language: %s", self.translations.apply(choice))

    def set_appearance(self, theme: str, text_size: float) -> None:
        """Keep and apply a theme and text size (from Settings)."""
        self.ui_settings.setValue("appearance/theme", theme)
        self.ui_settings.setValue("appearance/text_size", text_size)
        self.apply_appearance()

    def apply_appearance(self) -> None:
        """The remembered theme and text size, on the whole app and this window's style."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            if self._base_style is None:
                self._base_style = self.styleSheet()
            apply_remembered(self, app, self.ui_settings, self._base_style)

    def showEvent(self, event: QShowEvent) -> None:
        if self._base_style is None:  # before the first paint: the style sheet is set by then
            self.apply_appearance()
        super().showEvent(event)

    # -- a poll --------------------------------------------------------------------------------
    def _on_poll_chosen(self, poll: Poll, user_poll: UserPoll | None) -> None:
        self.pane.show_poll(poll, user_poll)
        if self.services is not None:
            self.services.polls.start_open_poll(poll.id)

    def _on_poll_loaded(self, poll: Poll, user_poll: UserPoll | None) -> None:
        self.feed.update_poll(poll, user_poll)
        self.pane.on_poll_loaded(poll, user_poll)

    def _on_detail_failed(self, poll_id: str, exc: BaseException) -> None:
        if not self.pane.on_poll_failed(poll_id, exc):
            self.show_error(describe(exc))

    def _on_image_ready(self, url: str) -> None:
        if not self._logo_repaint.isActive():  # logos come in bursts: one repaint per burst
            self._logo_repaint.start()
        self.pane.on_image_ready(url)

    def _on_connection(self, online: bool) -> None:
        self.status.set_online(online)
        self._show_keyring_status()
        if online:
            self.pane.on_online()

    def _show_keyring_status(self) -> None:
        self.status.set_signed_in(self.services is not None and self.services.session.is_signed_in)

    def _on_voted(self, user_poll: UserPoll) -> None:
        self.feed.on_voted(user_poll)
        self.pane.on_poll_loaded(user_poll.poll, user_poll)
        self.status.showMessage(self.tr("Your vote was recorded."), 5000)
        self.pane.reload_overview()

    def _on_vote_failed(self, poll_id: str, exc: BaseException) -> None:
        if not self.pane.on_vote_failed(poll_id, exc):
            self.show_error(describe(exc))

    def open_poll_by_id(self, poll_id: str) -> None:
        """Bring the window up on ``poll_id``: its row selected where a list shows it (the
        current list first), else the poll loaded into the detail pane."""
        self._bring_up()
        if not self.lists.select(poll_id):
            self.pane.open_by_id(poll_id)

    def show_overview(self) -> None:
        """The overview in the detail pane; the lists keep their rows, without a current one."""
        if self.pane.show_overview():
            self.lists.clear_current()

    # -- the account ---------------------------------------------------------------------------
    def _on_signed_in(self, username: str) -> None:
        self.header.show_signed_in(username)
        self.status.showMessage(self.header.signed_in_as(username), 5000)
        self._show_keyring_status()
        self.dialogs.finish_sign_in()
        self.pane.set_signed_in(True)
        self.feed.on_signed_in()
        self.pane.reload()  # the shown poll with the person's vote and balance
        self._bring_up()  # RFC 8252: the flow ends in the browser; the app comes back in front

    def _on_signed_out(self, ended: SignedOut | None) -> None:
        s = self.services
        assert s is not None  # noqa: S101 - connected by attach
        self.header.show_signed_out()
        self.dialogs.close_wallet()
        self._show_keyring_status()
        self.feed.on_signed_out()
        self.pane.set_signed_in(False)
        self.dialogs.finish_sign_in()
        s.overview.start_load()
        if ended is not None:
            self.show_error(describe(ended), s.session.start_sign_in)
        else:
            self.status.showMessage(self.tr("Signed out."), 5000)

    def _on_sign_in_failed(self, exc: BaseException) -> None:
        self.dialogs.finish_sign_in()
        if isinstance(exc, SignInCancelled):
            self.status.showMessage(describe(exc), 5000)
        elif self.services is not None:
            self.show_error(describe(exc), self.services.session.start_sign_in)

    # -- the clock, following, notices ---------------------------------------------------------
    def _refresh_open_poll(self) -> None:
        if self.isVisible() and not self.isMinimized():
            self.pane.refresh_open_poll()

    def _tick(self) -> None:
        """Once a second: countdowns, and polls that open or close on screen (no request)."""
        if self.isVisible() and not self.isMinimized():
            self.lists.list_view(self.lists.current_view()).viewport().update()  # changed cards
            self.pane.tick(datetime.now(UTC))

    def toggle_follow(self) -> None:
        poll = None if self.pane.toggle_follow() else self.lists.current_poll()
        if poll is not None and self.services is not None:
            follows = self.services.follows
            follows.set_followed(poll, not follows.is_followed(poll.id))

    def _on_followed_changed(self) -> None:
        assert self.services is not None  # noqa: S101 - connected by attach
        self.pane.on_followed_changed()
        count = len(self.services.follows.followed())
        following = self.tr("Following %n poll(s).", "", count)
        self.status.showMessage(following if count else self.tr("You follow no poll."), 4000)

    def _on_notify_toggled(self, on: bool) -> None:
        self.ui_settings.setValue("notify/enabled", on)
        if self.services is not None and not self.needs_setup:
            self.services.follows.set_running(on)

    # -- the tray and the window ---------------------------------------------------------------
    def _build_tray(self) -> None:
        """Notifications show through the tray without a D-Bus service; "close to the tray"
        keeps the app running there."""
        self.tray = self.tray or Tray.where_available(self.windowIcon(), self)
        self.header.set_tray_available(self.tray is not None)
        if self.tray is not None and self.services is not None:
            self.tray.show_requested.connect(self._bring_up)
            self.tray.quit_requested.connect(self.close)
            self.services.notifier.set_tray(self.tray.icon)

    def _bring_up(self) -> None:
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.header.set_wide(event.size().width() >= NARROW_WIDTH)
        super().resizeEvent(event)

    def fit_screen(self) -> None:
        """Keep the whole window on its screen's available area."""
        fit_screen(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        tray = self.tray
        to_tray = self.header.tray_action.isChecked() and tray is not None and tray.icon.isVisible()
        if event.spontaneous() and to_tray and tray is not None:  # the close button, not the app
            event.ignore()
            self.hide()
            tray.still_running()
            return
        save_window(self, self.ui_settings)
        self._detail_timer.stop()
        self._tick_timer.stop()
        if self.services is not None:
            self.services.wallet.shutdown()
            self.services.follows.set_running(False)
        if tray is not None:
            tray.icon.hide()
        if self.dialogs.sign_in is not None:
            self.dialogs.sign_in.hide()
        super().closeEvent(event)
