"""The main window: header with environment and account, poll lists, detail pane, status bar."""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractProxyModel,
    QByteArray,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSettings,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QPalette,
    QResizeEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyleOptionComboBox,
    QSystemTrayIcon,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from partner_desktop.api.models import Poll, UserPoll, WalletEntry
from partner_desktop.config import Profile
from partner_desktop.controllers.follow import CLOSING, DISCLOSED, OPENED, FollowController, Notice
from partner_desktop.controllers.images import ImageController
from partner_desktop.controllers.notify import Notifier
from partner_desktop.controllers.overview import Overview, OverviewController
from partner_desktop.controllers.polls import (
    ALL,
    CLOSING_SOON,
    MINE,
    MOST_TOKENS,
    NEWEST,
    PollsController,
)
from partner_desktop.controllers.session import SessionController
from partner_desktop.controllers.settings import SettingsController
from partner_desktop.controllers.vote import VoteController
from partner_desktop.errors import SignedOut, SignInCancelled, Storage
from partner_desktop.models.partners import PartnerFilterModel
from partner_desktop.models.polls import (
    PollListModel,
    PollListProxy,
    PollRoles,
    UserPollListModel,
)
from partner_desktop.models.text import plain_rich_text
from partner_desktop.ui.appearance import (
    apply_appearance,
    scaled_style_sheet,
    text_scale,
    theme_name,
)
from partner_desktop.ui.delegate import ROW_HEIGHT, PollDelegate
from partner_desktop.ui.errors import describe, storage_sentence
from partner_desktop.ui.format import STATUSES, clock_time, fill, local_time, status_labels
from partner_desktop.ui.i18n import SETTING as LANGUAGE_SETTING
from partner_desktop.ui.i18n import (
    Retranslatable,
    Translations,
    available_languages,
    language_name,
)
from partner_desktop.ui.placeholder import detail_placeholder

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from partner_desktop.controllers.wallet import WalletController
    from partner_desktop.ui.detail import PollDetail
    from partner_desktop.ui.settings_dialog import SettingsDialog
    from partner_desktop.ui.signin import SignInDialog
    from partner_desktop.ui.wallet import WalletDialog

log = logging.getLogger(__name__)

#: The status filter's choices: every status, then each one alone.
STATUS_FILTERS: tuple[tuple[str, ...], ...] = ((), *((status,) for status in STATUSES))

#: A card's narrowest width (a list pane in a 640 px window).
MIN_CARD_WIDTH = 200

#: Below this width the header drops its title, so that the window fits 640 px.
NARROW_WIDTH = 900

SORT_CHOICES: tuple[str, ...] = (CLOSING_SOON, NEWEST, MOST_TOKENS)

ENV_COLOURS = {"sandbox": "#d97706", "production": "#15803d", "custom": "#2563eb"}

SEARCH_DEBOUNCE_MS = 350
LOGO_REPAINT_MS = 50
LAYOUT_BATCH = 5000
DETAIL_REFRESH_MS = 30_000
#: Countdowns tick, and polls open or close on screen, once a second.
TICK_MS = 1000


class PollListView(QListView):
    """A poll list: a ``QListView`` showing a ``PollListProxy`` of a ``PollListModel``.

    ``setCurrentIndex`` also takes an index of the ``PollListModel`` itself (the window's
    ``all_model`` or ``mine_model``): a row is the same row in both.
    """

    def setCurrentIndex(self, index: QModelIndex | QPersistentModelIndex) -> None:
        shown = self.model()
        if isinstance(shown, QAbstractProxyModel) and index.model() is shown.sourceModel():
            index = shown.mapFromSource(index)
        super().setCurrentIndex(index)


def enter_presses(widget: QWidget) -> None:
    """Enter (as well as Space) presses the focused button under ``widget``, as in a dialog."""
    for button in widget.findChildren(QPushButton):
        button.setAutoDefault(True)


def _flag(value: object) -> bool:
    """A yes/no from QSettings (an INI file gives back "true"/"false" strings)."""
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes")
    return bool(value)


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


class _FilterRow(QWidget):
    """The filter boxes under their captions: side by side when the pane is wide enough for
    every choice, else the last one on a line of its own (nothing cut at 640 px)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("filterRow")
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setVerticalSpacing(2)
        self._cells: list[tuple[QLabel, QComboBox, bool]] = []
        self._wrapped: bool | None = None

    def add(self, caption: QLabel, box: QComboBox, *, whole: bool) -> None:
        self._cells.append((caption, box, whole))
        self._place(wrapped=False)

    def wrapped(self) -> bool:
        return bool(self._wrapped)

    @staticmethod
    def _whole_width(box: QComboBox) -> int:
        """The box's width with its widest choice in full."""
        option = QStyleOptionComboBox()
        box.initStyleOption(option)
        metrics = box.fontMetrics()
        text = max(
            (metrics.horizontalAdvance(box.itemText(i)) for i in range(box.count())), default=0
        )
        size = QSize(text, metrics.height())
        contents = QStyle.ContentsType.CT_ComboBox
        return box.style().sizeFromContents(contents, option, size, box).width()

    def needed_width(self) -> int:
        widths = [
            self._whole_width(box) if whole else box.minimumSizeHint().width()
            for _caption, box, whole in self._cells
        ]
        return sum(widths) + self._grid.horizontalSpacing() * max(0, len(widths) - 1)

    def minimumSizeHint(self) -> QSize:
        """As narrow as every box side by side at its least (the list pane's cards need that
        width anyway), whether or not the last box is on a line of its own."""
        least = sum(box.minimumSizeHint().width() for _c, box, _w in self._cells)
        spacing = self._grid.horizontalSpacing() * max(0, len(self._cells) - 1)
        return QSize(least + spacing, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place(wrapped=event.size().width() < self.needed_width())

    def relayout(self) -> None:
        """Place the boxes again for choices whose words changed (another language)."""
        self._place(wrapped=self.width() < self.needed_width())

    def _place(self, *, wrapped: bool) -> None:
        if wrapped == self._wrapped and not any(
            self._grid.indexOf(box) < 0 for _c, box, _w in self._cells
        ):
            return
        self._wrapped = wrapped
        for caption, box, _whole in self._cells:
            self._grid.removeWidget(caption)
            self._grid.removeWidget(box)
        last = len(self._cells) - 1
        for index, (caption, box, _whole) in enumerate(self._cells):
            if wrapped and index == last and last > 0:
                self._grid.addWidget(caption, 2, 0, 1, last)
                self._grid.addWidget(box, 3, 0, 1, last)
            else:
                self._grid.addWidget(caption, 0, index)
                self._grid.addWidget(box, 1, index)
        columns = last if wrapped and last > 0 else last + 1
        for column in range(len(self._cells)):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)


class MainWindow(Retranslatable, QMainWindow):
    """Widgets render values and express intent; the controllers do the work."""

    use_sandbox_requested = Signal()
    switch_profile_requested = Signal(str)

    def __init__(
        self,
        *,
        profile: Profile,
        session: SessionController,
        polls: PollsController,
        votes: VoteController,
        images: ImageController,
        settings: SettingsController,
        overview: OverviewController,
        follows: FollowController,
        notifier: Notifier,
        ui_settings: QSettings,
        keyring_status: Storage | None,
        needs_setup: bool = False,
        icon: QIcon | None = None,
        detail_refresh_ms: int = DETAIL_REFRESH_MS,
        translations: Translations | None = None,
        wallet: WalletController | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        # Qt adds the application's name ("Sandbox — Partner Desktop"): not twice.
        self.setWindowTitle(profile.label)
        self.setAccessibleName("Partner Desktop")
        if icon is not None:
            self.setWindowIcon(icon)
        self.profile = profile
        self.session = session
        self.polls = polls
        self.votes = votes
        self.images = images
        self.settings_controller = settings
        self.overview = overview
        self.follows = follows
        self.notifier = notifier
        self.wallet = wallet
        self._wallet_dialog: WalletDialog | None = None
        self.ui_settings = ui_settings
        self.translations = translations or Translations()
        self.tray: QSystemTrayIcon | None = None
        self._pending_poll: str | None = None  # asked for by id (a notification), on its way
        self._started = False
        self.needs_setup = needs_setup
        self._settings_dialog: SettingsDialog | None = None
        self._sign_in_dialog: SignInDialog | None = None
        self._detail: PollDetail | None = None
        self._restoring_filters = False
        self._online: bool | None = None  # None: not known yet
        self._refreshed_at: datetime | None = None
        self._signing_in = False
        self._storage_status = keyring_status
        self._base_style: str | None = None  # the style sheet before the text size scales it
        self._wide = True  # the header shows words (a narrow window: symbols)

        self.all_model = PollListModel(self)
        self.mine_model = UserPollListModel(self)
        self.partner_model = PartnerFilterModel(self)

        self._build_header(profile)
        self._build_body()
        self._build_status_bar(keyring_status)
        self._build_shortcuts()
        self._wire()

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self._apply_filters)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())

        self._logo_repaint = QTimer(self)
        self._logo_repaint.setSingleShot(True)
        self._logo_repaint.setInterval(LOGO_REPAINT_MS)
        self._logo_repaint.timeout.connect(self._repaint_lists)

        self._detail_timer = QTimer(self)
        self._detail_timer.setInterval(detail_refresh_ms)
        self._detail_timer.timeout.connect(self._refresh_visible_poll)
        self._detail_timer.start()

        self._tick_timer = QTimer(self)
        self._tick_timer.setInterval(TICK_MS)
        self._tick_timer.timeout.connect(self._tick)
        self._tick_timer.start()

        self.retranslate()
        self._show_signed_out()
        self._restore_ui_state()
        enter_presses(self)
        self.pages.setCurrentWidget(self.setup_page if needs_setup else self.main_page)

    # -- language ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Every text of the window in the current language (Qt sends ``LanguageChange`` to
        each widget when the language changes; the detail pane and dialogs do their own)."""
        label = self.profile.label
        self.env_marker.setToolTip(self.tr("Connected to %1").replace("%1", self.profile.api_base))
        self.env_marker.setAccessibleName(self.tr("Environment: %1").replace("%1", label))
        self._show_header_words()
        self.refresh_button.setToolTip(self.tr("Refresh (F5)"))
        self.refresh_button.setAccessibleName(self.tr("Refresh"))
        self.refresh_action.setText(self.tr("Refresh"))
        self.notify_button.setText(self.tr("Notifications"))
        self.notify_button.setAccessibleName(self.tr("Notification settings"))
        self.notify_button.setToolTip(self.tr("Desktop notifications about the polls you follow"))
        self.notify_action.setText(self.tr("Notify me about the polls I follow"))
        self.tray_action.setText(self.tr("Close to the system tray"))
        if not self.tray_action.isEnabled():
            self.tray_action.setToolTip(self.tr("This desktop has no system tray"))
        self.settings_button.setText(self.tr("Settings"))
        self.settings_button.setAccessibleName(self.tr("Settings"))
        self.help_button.setAccessibleName(self.tr("Help"))
        self.help_button.setToolTip(self.tr("Help"))
        self.shortcuts_action.setText(self.tr("Keyboard shortcuts"))
        self.about_action.setText(self.tr("About Partner Desktop"))
        self.quit_action.setText(self.tr("Quit"))
        self.wallet_button.setText(self.tr("Wallet"))
        self.wallet_button.setAccessibleName(self.tr("Your wallet"))
        self.wallet_button.setToolTip(self.tr("Your balance of each fan token"))
        self.account_label.setAccessibleName(self.tr("Signed-in account"))
        username = self.account_label.text()
        self.account_label.setToolTip(
            plain_rich_text(self.tr("Signed in as %1").replace("%1", username))
            if username
            else self.tr("Not signed in")
        )
        if not self._can_sign_in():
            self.sign_in_button.setToolTip(
                self.tr("Enter the client id in Settings before signing in.")
            )
        self.sign_in_button.setText(
            self.tr("Signing in…") if self._signing_in else self.tr("Sign in")
        )
        self.sign_in_button.setAccessibleName(self.tr("Sign in"))
        self.sign_out_button.setText(self.tr("Sign out"))
        self.sign_out_button.setAccessibleName(self.tr("Sign out"))
        self.welcome.setText(self.tr("Welcome to Partner Desktop"))
        self.setup_text.setText(
            self.tr(
                "The profile “%1” has no client id yet. Enter the consumer key from your partner "
                "developer portal in the settings — or try everything right now on the built-in "
                "sandbox, with test accounts and no network."
            ).replace("%1", label)
        )
        self.use_sandbox_button.setText(self.tr("Use the sandbox"))
        self.open_settings_button.setText(self.tr("Open settings"))
        self.search.setPlaceholderText(self.tr("Search polls  (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search polls"))
        # The clear button inside the box is read as what it does.
        for button in self.search.findChildren(QToolButton):
            button.setAccessibleName(self.tr("Clear search"))
            button.setToolTip(self.tr("Clear search"))
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        words = status_labels()
        for row, statuses in enumerate(STATUS_FILTERS):
            text = words[statuses[0]] if statuses else self.tr("All statuses")
            self.status_filter.setItemText(row, text)
        self.partner_filter.setAccessibleName(self.tr("Filter by partner"))
        self.partner_model.retranslate()
        self.sort_order.setAccessibleName(self.tr("Sort polls"))
        captions = (
            (self.tr("&Status"), self.tr("Filter by status")),
            (self.tr("&Partner"), self.tr("Filter by partner")),
            (self.tr("S&ort"), self.tr("Sort polls")),
        )
        for title, (caption, name) in zip(self._filter_captions, captions, strict=True):
            title.setText(caption)
            title.setAccessibleName(name)
        self.sort_order.setToolTip(self.tr("Order of the lists (Ctrl+Shift+S)"))
        sorts = {
            CLOSING_SOON: self.tr("Closing soon"),
            NEWEST: self.tr("Newest"),
            MOST_TOKENS: self.tr("Most tokens cast"),
        }
        for row, sort in enumerate(SORT_CHOICES):
            self.sort_order.setItemText(row, sorts[sort])
        self._filter_row.relayout()  # the choices' new words may no longer fit side by side
        self.loading_bar.setAccessibleName(self.tr("Loading"))
        self.retry_button.setText(self.tr("Retry"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss"))
        self.poll_list.setAccessibleName(self.tr("All polls"))
        self.my_polls_list.setAccessibleName(self.tr("My polls"))
        self.tabs.setTabText(0, self.tr("All polls"))
        self.tabs.setTabText(1, self.tr("My polls"))
        self._show_connection()
        self._show_refreshed()
        self.keyring_label.setText(storage_sentence(self._storage_status))
        if self.tray is not None:
            self._retranslate_tray()
        if hasattr(self, "_search_timer"):  # built after the first call
            self._update_empty(ALL)
            self._update_empty(MINE)
            self.delegate.retranslate()
            self._repaint_lists()  # the cards' words, dates and numbers

    def _retranslate_tray(self) -> None:
        self.tray_show_action.setText(self.tr("Show Partner Desktop"))
        self.tray_quit_action.setText(self.tr("Quit"))

    # -- construction --------------------------------------------------------------------------
    def _build_header(self, profile: Profile) -> None:
        header = QFrame(self)
        header.setObjectName("header")
        row = QHBoxLayout(header)
        row.setContentsMargins(12, 8, 12, 8)
        row.setSpacing(6)
        title = QLabel("Partner Desktop", header)
        title.setObjectName("appTitle")
        row.addWidget(title)
        # The title never sets the window's minimum width: a narrow window drops its text (the
        # title bar names the app).
        title.setMinimumWidth(1)  # not its text's width
        self.app_title = title
        self.env_marker = QLabel(profile.label.upper(), header)
        self.env_marker.setObjectName("envMarker")
        colour = ENV_COLOURS.get(profile.kind, ENV_COLOURS["custom"])
        self.env_marker.setStyleSheet(
            f"background:{colour}; color:white; border-radius:9px; padding:2px 10px;"
            " font-weight:700; letter-spacing:1px;"
        )
        row.addWidget(self.env_marker)
        row.addStretch(1)

        self.refresh_button = QPushButton(header)
        self.refresh_button.setObjectName("refreshButton")
        row.addWidget(self.refresh_button)
        self.notify_button = QPushButton(header)
        self.notify_button.setObjectName("notificationsButton")
        menu = QMenu(self.notify_button)
        self.notify_action = menu.addAction("")
        self.notify_action.setObjectName("notifyAction")
        self.notify_action.setCheckable(True)
        self.tray_action = menu.addAction("")
        self.tray_action.setObjectName("closeToTrayAction")
        self.tray_action.setCheckable(True)
        self.notify_button.setMenu(menu)
        row.addWidget(self.notify_button)
        self.settings_button = QPushButton(header)
        self.settings_button.setObjectName("settingsButton")
        row.addWidget(self.settings_button)
        self.help_button = QPushButton(header)
        self.help_button.setObjectName("helpButton")
        help_menu = QMenu(self.help_button)
        shortcuts = self.shortcuts_action = help_menu.addAction("")
        shortcuts.setObjectName("shortcutsAction")
        shortcuts.triggered.connect(self.show_shortcuts)
        about = self.about_action = help_menu.addAction("")
        about.setObjectName("aboutAction")
        about.triggered.connect(self.show_about)
        self.help_button.setMenu(help_menu)
        row.addWidget(self.help_button)
        # Their words never hold the window wider: a narrow window shows them as symbols
        # (resizeEvent).
        for button in (self.refresh_button, self.help_button):
            button.setMinimumWidth(1)

        separator = QFrame(header)
        separator.setFrameShape(QFrame.Shape.VLine)
        separator.setObjectName("headerSeparator")
        row.addWidget(separator)

        self.account_label = QLabel("", header)
        self.account_label.setTextFormat(Qt.TextFormat.PlainText)  # the server's username
        self.account_label.setObjectName("accountLabel")
        row.addWidget(self.account_label)
        self.sign_in_button = QPushButton(header)
        self.sign_in_button.setObjectName("signInButton")
        row.addWidget(self.sign_in_button)
        self.wallet_button = QPushButton(header)
        self.wallet_button.setObjectName("walletButton")
        self.wallet_button.hide()  # shown while signed in
        row.addWidget(self.wallet_button)
        self.sign_out_button = QPushButton(header)
        self.sign_out_button.setObjectName("signOutButton")
        row.addWidget(self.sign_out_button)
        self.header = header

    def _build_body(self) -> None:
        container = QWidget(self)
        outer = QVBoxLayout(container)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.header)
        self.pages = QStackedWidget(container)
        outer.addWidget(self.pages, 1)
        self.setCentralWidget(container)

        # First start without a client id: say so, offer the sandbox and the settings.
        self.setup_page = QWidget(self.pages)
        self.setup_page.setObjectName("setupPage")
        setup = QVBoxLayout(self.setup_page)
        setup.setContentsMargins(60, 60, 60, 60)
        setup.addStretch(1)
        welcome = self.welcome = QLabel(self.setup_page)
        welcome.setObjectName("welcomeTitle")
        welcome.setAlignment(Qt.AlignmentFlag.AlignCenter)
        setup.addWidget(welcome)
        self.setup_text = QLabel(self.setup_page)
        self.setup_text.setObjectName("setupText")
        self.setup_text.setWordWrap(True)
        self.setup_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        setup.addWidget(self.setup_text)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.use_sandbox_button = QPushButton(self.setup_page)
        self.use_sandbox_button.setObjectName("useSandboxButton")
        self.use_sandbox_button.setDefault(True)
        self.open_settings_button = QPushButton(self.setup_page)
        self.open_settings_button.setObjectName("openSettingsButton")
        buttons.addWidget(self.use_sandbox_button)
        buttons.addWidget(self.open_settings_button)
        buttons.addStretch(1)
        setup.addLayout(buttons)
        setup.addStretch(2)
        self.pages.addWidget(self.setup_page)

        self.main_page = QWidget(self.pages)
        self.main_page.setObjectName("mainPage")
        main = QVBoxLayout(self.main_page)
        main.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self.main_page)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        main.addWidget(self.splitter)
        self.pages.addWidget(self.main_page)

        left = QWidget(self.splitter)
        left.setObjectName("listPane")
        column = QVBoxLayout(left)
        column.setContentsMargins(12, 12, 6, 8)
        column.setSpacing(8)

        self.search = QLineEdit(left)
        self.search.setObjectName("pollSearch")
        self.search.setClearButtonEnabled(True)
        column.addWidget(self.search)
        filters = _FilterRow(left)
        self.status_filter = QComboBox(left)
        self.status_filter.setObjectName("statusFilter")
        for statuses in STATUS_FILTERS:
            self.status_filter.addItem("", statuses)
        self.partner_filter = QComboBox(left)
        self.partner_filter.setObjectName("partnerFilter")
        self.partner_filter.setModel(self.partner_model)
        self.sort_order = QComboBox(left)
        self.sort_order.setObjectName("sortOrder")
        for sort in SORT_CHOICES:
            self.sort_order.addItem("", sort)
        # A combo box is read by its value; its caption (its buddy) tells what it chooses.
        self._filter_captions: list[QLabel] = []
        for box in (self.status_filter, self.partner_filter, self.sort_order):
            box.setMinimumContentsLength(6)
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            title = QLabel(left)
            title.setObjectName("filterCaption")
            title.setBuddy(box)
            self._filter_captions.append(title)
            # Status and Sort show their whole choice; a long partner name may be elided.
            filters.add(title, box, whole=box is not self.partner_filter)
        self._filter_row = filters
        column.addWidget(filters)

        self.loading_bar = QProgressBar(left)
        self.loading_bar.setObjectName("loadingIndicator")
        self.loading_bar.setRange(0, 0)
        self.loading_bar.setTextVisible(False)
        self.loading_bar.setMaximumHeight(3)
        self.loading_bar.hide()
        column.addWidget(self.loading_bar)

        self.error_banner = QFrame(left)
        self.error_banner.setObjectName("errorBanner")
        banner = QHBoxLayout(self.error_banner)
        banner.setContentsMargins(10, 6, 6, 6)
        self.error_text = QLabel(self.error_banner)
        self.error_text.setTextFormat(Qt.TextFormat.PlainText)  # may quote the server
        self.error_text.setObjectName("errorText")
        self.error_text.setWordWrap(True)
        banner.addWidget(self.error_text, 1)
        self.retry_button = QPushButton(self.error_banner)
        self.retry_button.setObjectName("retryButton")
        banner.addWidget(self.retry_button)
        dismiss = self.dismiss_button = QToolButton(self.error_banner)
        dismiss.setText("✕")
        dismiss.clicked.connect(self.error_banner.hide)
        banner.addWidget(dismiss)
        self.error_banner.hide()
        self._retry: Any = None
        self._error_source = ""
        self.retry_button.clicked.connect(self._on_retry)
        column.addWidget(self.error_banner)

        self.tabs = QTabWidget(left)
        self.tabs.setObjectName("viewTabs")
        self.tabs.setDocumentMode(True)
        delegate = self.delegate = PollDelegate(self.images.pixmap, self)
        self.poll_list, self.all_empty, all_page = self._list_page(
            "pollList", self.all_model, delegate
        )
        self.my_polls_list, self.mine_empty, mine_page = self._list_page(
            "myPollsList", self.mine_model, delegate
        )
        self.tabs.addTab(all_page, "")
        self.tabs.addTab(mine_page, "")
        column.addWidget(self.tabs, 1)

        # The detail pane is built once the window is up (see ``detail``): until then it
        # would only show its placeholder, and its widgets are ~15 ms of the first paint.
        self._detail_placeholder = detail_placeholder(self.splitter)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self._detail_placeholder)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setSizes([600, 640])

    def _list_page(
        self, name: str, model: PollListModel, delegate: PollDelegate
    ) -> tuple[PollListView, QLabel, QStackedWidget]:
        stack = QStackedWidget(self)
        # The view shows a pass-through proxy of ``model`` (see build_poll_list): its indexes
        # (current, selection, signals) are the proxy's, with the same rows and roles.
        view = build_poll_list(model, delegate, stack)
        view.setObjectName(name)
        page = QWidget(stack)
        column = QVBoxLayout(page)
        column.addStretch(1)
        empty = QLabel(page)
        empty.setObjectName(f"{name}Empty")
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty.setWordWrap(True)
        column.addWidget(empty)
        # What to do about it: clear the search and filters, or sign in.
        action = QPushButton(page)
        action.setObjectName(f"{name}EmptyAction")
        action.hide()
        action.clicked.connect(lambda: self._on_empty_action(action))
        column.addWidget(action, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(1)
        stack.addWidget(view)
        stack.addWidget(page)
        return view, empty, stack

    def _build_status_bar(self, keyring_status: Storage | None) -> None:
        bar = self.statusBar()
        bar.setObjectName("statusBar")
        self.connection_label = QLabel(self)
        self.connection_label.setObjectName("connectionStatus")
        self.refresh_label = QLabel("", self)
        self.refresh_label.setObjectName("lastRefresh")
        self.keyring_label = QLabel(self)
        self.keyring_label.setObjectName("keyringStatus")
        # Where the sign-in is kept matters only while signed in and connected.
        self.keyring_label.hide()
        bar.addWidget(self.connection_label)
        bar.addPermanentWidget(self.refresh_label)
        bar.addPermanentWidget(self.keyring_label)

    def _build_shortcuts(self) -> None:
        refresh = self.refresh_action = QAction(self)
        refresh.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        refresh.triggered.connect(self.refresh)
        self.addAction(refresh)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self.focus_search)
        vote = QShortcut(QKeySequence("Ctrl+Return"), self)
        vote.activated.connect(self._request_vote)
        self.vote_shortcut = vote
        for number in (1, 2):
            tab = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            tab.activated.connect(lambda n=number: self.tabs.setCurrentIndex(n - 1))
        sort = QShortcut(QKeySequence("Ctrl+Shift+S"), self)
        sort.activated.connect(self.focus_sort)
        follow = QShortcut(QKeySequence("Ctrl+D"), self)
        follow.activated.connect(self._toggle_follow)
        self.follow_shortcut = follow
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        back.activated.connect(self.show_overview)
        quit_action = QAction(self)
        quit_action.setObjectName("quitAction")
        quit_action.setShortcut(
            QKeySequence("Ctrl+Q")
        )  # StandardKey.Quit is empty on some desktops
        quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        quit_action.triggered.connect(self.quit)
        self.addAction(quit_action)
        self.quit_action = quit_action

    # -- wiring --------------------------------------------------------------------------------
    def _wire(self) -> None:
        self.sign_in_button.clicked.connect(self.session.start_sign_in)
        self.sign_out_button.clicked.connect(self.session.start_sign_out)
        self.refresh_button.clicked.connect(self.refresh)
        self.settings_button.clicked.connect(self.open_settings)
        self.wallet_button.clicked.connect(self.open_wallet)
        if self.wallet is not None:
            self.wallet.loaded.connect(self._on_wallet)
            self.wallet.failed.connect(self._on_wallet_failed)
        self.use_sandbox_button.clicked.connect(self.use_sandbox_requested)
        self.open_settings_button.clicked.connect(self.open_settings)
        self.status_filter.currentIndexChanged.connect(lambda _i: self._apply_filters())
        self.partner_filter.currentIndexChanged.connect(lambda _i: self._apply_filters())
        self.sort_order.currentIndexChanged.connect(lambda _i: self._apply_filters())
        self.notify_action.toggled.connect(self._on_notify_toggled)
        self.tray_action.toggled.connect(self._on_tray_toggled)
        self.tabs.currentChanged.connect(self._on_tab_changed)

        self.session.signed_in.connect(self._on_signed_in)
        self.session.signed_out.connect(self._on_signed_out)
        self.session.sign_in_started.connect(self._on_sign_in_started)
        self.session.sign_in_failed.connect(self._on_sign_in_failed)
        self.session.busy_changed.connect(self._on_session_busy)
        self.session.storage_status.connect(self._on_storage_status)

        self.polls.page_loaded.connect(self._on_page_loaded)
        self.polls.failed.connect(self._on_list_failed)
        self.polls.loading_changed.connect(self._on_loading_changed)
        self.polls.poll_loaded.connect(self._on_poll_loaded)
        self.polls.detail_failed.connect(self._on_detail_failed)
        self.polls.partners_seen.connect(self._on_partners_seen)
        self.polls.refreshed.connect(self._on_refreshed)
        self.polls.connection_changed.connect(self._on_connection)
        self.all_model.fetch_more_requested.connect(lambda: self.polls.start_load_more(ALL))
        self.mine_model.fetch_more_requested.connect(lambda: self.polls.start_load_more(MINE))

        self.votes.voting_changed.connect(self._on_voting_changed)
        self.votes.voted.connect(self._on_voted)
        self.votes.vote_failed.connect(self._on_vote_failed)
        self.votes.poll_updated.connect(lambda up: self._on_poll_loaded(up.poll, up))
        self.images.image_ready.connect(self._on_image_ready)
        self.overview.loaded.connect(self._on_overview)
        self.overview.failed.connect(self._on_overview_failed)
        self.follows.notice.connect(self._on_notice)
        self.follows.followed_changed.connect(self._on_followed_changed)
        self.notifier.activated.connect(self.open_poll_by_id)

        for view in (self.poll_list, self.my_polls_list):
            view.selectionModel().currentChanged.connect(self._on_current_changed)
            view.activated.connect(self._on_activated)
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(lambda pos, v=view: self._show_row_menu(v, pos))

    # -- parts built on first use -------------------------------------------------------------
    @property
    def detail(self) -> PollDetail:
        """The detail pane, built (in the placeholder's place) the first time it is needed."""
        if self._detail is None:
            from partner_desktop.ui.detail import PollDetail

            detail = PollDetail()  # replaceWidget makes it the splitter's child
            enter_presses(detail)
            detail.set_signed_in(self.session.is_signed_in)
            detail.vote_requested.connect(self.votes.start_vote)
            detail.sign_in_requested.connect(self.session.start_sign_in)
            detail.retry_requested.connect(self.polls.start_open_poll)
            detail.follow_toggled.connect(self._on_follow_toggled)
            detail.overview_requested.connect(self.show_overview)
            detail.overview.poll_requested.connect(self.open_poll_by_id)
            detail.overview.sign_in_requested.connect(self.session.start_sign_in)
            detail.status_passed.connect(self._on_status_passed)
            if self.overview.last is not None:
                detail.overview.show_overview(
                    self.overview.last, signed_in=self.session.is_signed_in
                )
            sizes = self.splitter.sizes()  # the placeholder's place, not a pixel more
            self.splitter.replaceWidget(self.splitter.indexOf(self._detail_placeholder), detail)
            self.splitter.setSizes(sizes)
            self._detail_placeholder.deleteLater()
            self._detail = detail
        return self._detail

    def _shown_poll(self) -> Poll | None:
        """The poll the detail pane shows (None before the pane is first needed)."""
        return self._detail.poll if self._detail is not None else None

    def _request_vote(self) -> None:
        if self._detail is not None:
            self._detail.request_vote()

    @property
    def sign_in_dialog(self) -> SignInDialog:
        """The sign-in dialog, built when a sign-in first starts."""
        if self._sign_in_dialog is None:
            from partner_desktop.ui.signin import SignInDialog

            dialog = SignInDialog(self)
            dialog.cancel_requested.connect(self.session.cancel_sign_in)
            dialog.open_again_requested.connect(self.session.open_again)
            self._sign_in_dialog = dialog
        return self._sign_in_dialog

    def _on_sign_in_started(self, url: str) -> None:
        self.sign_in_dialog.waiting(url, self.session.sign_in_timeout)

    def _finish_sign_in_dialog(self) -> None:
        if self._sign_in_dialog is not None:
            self._sign_in_dialog.finish()

    # -- public actions ------------------------------------------------------------------------
    def start(self) -> None:
        """First loads: the list, and the remembered sign-in (off the GUI thread)."""
        if self.needs_setup:
            self.session.start_storage_status()
            return
        self._started = True
        self.polls.start_reload(ALL)
        self.session.start_restore()
        self.overview.start_load()
        self.follows.set_running(self.notify_action.isChecked())
        QTimer.singleShot(0, self._prepare_detail)
        QTimer.singleShot(0, self._build_tray)

    def _prepare_detail(self) -> None:
        """Build the detail pane once the window is up, in two passes of the event loop (its
        module, then its widgets: ~10 ms each), so that the first poll opened does not pay
        for them (~50 ms then, with the pane's first polish and layout)."""
        if self._detail is not None:
            return
        import partner_desktop.ui.detail  # noqa: F401 - the first pass: the module

        QTimer.singleShot(0, lambda: self.detail)

    def refresh(self) -> None:
        if self.needs_setup:
            return
        self.error_banner.hide()
        self.polls.start_reload(ALL)
        if self.session.is_signed_in:
            self.polls.start_reload(MINE)
        poll = self._shown_poll()
        if poll is not None:
            self.polls.start_open_poll(poll.id)
        self.overview.start_load()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def focus_sort(self) -> None:
        self.sort_order.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.sort_order.showPopup()

    def current_view(self) -> str:
        return MINE if self.tabs.currentIndex() == 1 else ALL

    def show_error(self, sentence: str, retry: Any = None, *, source: str = "") -> None:
        """Show ``sentence`` in the banner; ``source`` names the list whose failure it reports."""
        self.error_text.setText(sentence)
        self._retry = retry
        self._error_source = source
        self.retry_button.setVisible(retry is not None)
        self.error_banner.show()

    def open_settings(self) -> None:
        from partner_desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(
            self.settings_controller.names(),
            self.settings_controller.load,
            self.profile.name,
            self,
            theme=theme_name(self.ui_settings.value("appearance/theme", "system")),
            text_size=text_scale(self.ui_settings.value("appearance/text_size", 1.0)),
            notify_action=self.notify_action,
            tray_action=self.tray_action,
            advanced=self.needs_setup,
            live=self.profile,
            languages=[(code, language_name(code)) for code in available_languages()],
            language=str(self.ui_settings.value(LANGUAGE_SETTING, "") or ""),
        )
        dialog.appearance_changed.connect(self.set_appearance)
        dialog.language_chosen.connect(self.choose_language)
        dialog.save_requested.connect(self.settings_controller.start_save)
        self.settings_controller.saved.connect(dialog.saved)
        self.settings_controller.failed.connect(dialog.failed)
        dialog.use_requested.connect(self.switch_profile_requested)
        dialog.finished.connect(lambda _r: self._settings_closed(dialog))
        self._settings_dialog = dialog
        dialog.open()

    def choose_language(self, choice: str) -> None:
        """Switch the interface to ``choice`` ("" is the system's) now, and remember it."""
        self.ui_settings.setValue(LANGUAGE_SETTING, choice)
        language = self.translations.apply(choice)
        log.info("Interface language: %s", language)

    def open_wallet(self) -> None:
        """The wallet dialog, loading the balances afresh."""
        if self.wallet is None or not self.session.is_signed_in:
            return
        if self._wallet_dialog is None:
            from partner_desktop.ui.wallet import WalletDialog

            dialog = WalletDialog(self)
            dialog.refresh_requested.connect(self.wallet.start_load)
            self._wallet_dialog = dialog
        self._wallet_dialog.show_failure(self.tr("Loading your wallet…"))
        self._wallet_dialog.open()
        self.wallet.start_load()

    @property
    def wallet_dialog(self) -> WalletDialog | None:
        return self._wallet_dialog

    def _on_wallet(self, entries: tuple[WalletEntry, ...]) -> None:
        if self._wallet_dialog is not None:
            self._wallet_dialog.show_entries(entries)

    def _on_wallet_failed(self, exc: BaseException) -> None:
        if self._wallet_dialog is not None:
            self._wallet_dialog.show_failure(describe(exc))

    def set_appearance(self, theme: str, text_size: float) -> None:
        """Keep and apply a theme and text size (from Settings)."""
        self.ui_settings.setValue("appearance/theme", theme)
        self.ui_settings.setValue("appearance/text_size", text_size)
        self.apply_appearance()

    def apply_appearance(self) -> None:
        """The remembered theme and text size, on the whole app and this window's style."""
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        if self._base_style is None:
            self._base_style = self.styleSheet()
        scale = text_scale(self.ui_settings.value("appearance/text_size", 1.0))
        before = app.palette().color(QPalette.ColorRole.Window)
        apply_appearance(
            app, theme_name(self.ui_settings.value("appearance/theme", "system")), scale
        )
        style = scaled_style_sheet(self._base_style, scale)
        # A style sheet keeps the palette it was polished with: set again on a new palette.
        if style != self.styleSheet() or app.palette().color(QPalette.ColorRole.Window) != before:
            self.setStyleSheet(style)

    def showEvent(self, event: QShowEvent) -> None:
        # Before the first paint: the style sheet is set by then (see Application).
        if self._base_style is None:
            self.apply_appearance()
        super().showEvent(event)

    def _settings_closed(self, dialog: SettingsDialog) -> None:
        self.settings_controller.saved.disconnect(dialog.saved)
        self.settings_controller.failed.disconnect(dialog.failed)
        self._settings_dialog = None
        dialog.deleteLater()

    # -- filters -------------------------------------------------------------------------------
    def _filters(self) -> dict[str, Any]:
        """The search, statuses and partner the filter widgets show (set_filters' keywords)."""
        return {
            "search": self.search.text().strip() or None,
            "statuses": tuple(self.status_filter.currentData() or ()),
            "partner_id": self.partner_model.partner_id(self.partner_filter.currentIndex()),
            "sort": str(self.sort_order.currentData() or CLOSING_SOON),
        }

    def _apply_filters(self) -> None:
        if self._restoring_filters or self.needs_setup:
            return
        self._search_timer.stop()
        filters = self._filters()
        self.polls.set_filters(ALL, **filters)
        if self.session.is_signed_in:
            self.polls.set_filters(MINE, **filters)
        partner_id = filters["partner_id"]
        self.ui_settings.setValue("filters/search", filters["search"] or "")
        self.ui_settings.setValue("filters/status", self.status_filter.currentIndex())
        self.ui_settings.setValue("filters/sort", filters["sort"])
        self.ui_settings.setValue("filters/partner", partner_id or "")
        self.ui_settings.setValue(
            "filters/partner_name", self.partner_filter.currentText() if partner_id else ""
        )

    # -- signals from controllers -------------------------------------------------------------
    def _model(self, view: str) -> PollListModel:
        return self.mine_model if view == MINE else self.all_model

    def _on_page_loaded(self, view: str, items: tuple[Any, ...], replace: bool, more: bool) -> None:
        model = self._model(view)
        if replace:
            model.reset(items, has_more=more)
        else:
            model.append(items, has_more=more)
        # A fresh page clears only an error about that list: a sentence about the sign-in
        # (for example "sign in again") stays until the person acts on it.
        if replace and self._error_source == view:
            self.error_banner.hide()
        self._update_empty(view)
        self._mark_votes()

    def _mark_votes(self) -> None:
        """All polls marks the person's votes too (those My polls has loaded)."""
        for row in range(self.mine_model.rowCount()):
            user_poll = self.mine_model.index(row, 0).data(PollRoles.UserPollRole)
            if isinstance(user_poll, UserPoll) and user_poll.user_vote is not None:
                self.all_model.update_row(user_poll)

    def _on_list_failed(self, view: str, exc: BaseException) -> None:
        model = self._model(view)
        model.fetch_failed()
        self._update_empty(view)
        if isinstance(exc, SignedOut) and view == MINE and not self.session.is_signed_in:
            # The sign-in ended under another request (the banner says so, and My polls says
            # to sign in): this one failing is no news.
            return

        def retry() -> None:
            model.resume()
            if model.rowCount() == 0:
                self.polls.start_reload(view)
            else:
                self.polls.start_load_more(view)

        self.show_error(describe(exc), retry, source=view)

    def _on_loading_changed(self, view: str, loading: bool) -> None:
        busy = self.polls.is_loading(ALL) or self.polls.is_loading(MINE)
        self.loading_bar.setVisible(busy)
        self._update_empty(view)

    def _on_empty_action(self, button: QPushButton) -> None:
        if button.property("action") == "sign-in":
            self.session.start_sign_in()
            return
        self._restoring_filters = True
        try:
            self.search.clear()
            self.status_filter.setCurrentIndex(0)
            self.partner_filter.setCurrentIndex(0)
        finally:
            self._restoring_filters = False
        self._search_timer.stop()
        self._apply_filters()

    def _update_empty(self, view: str) -> None:
        model = self._model(view)
        empty = self.mine_empty if view == MINE else self.all_empty
        page = empty.parentWidget()
        stack = page.parentWidget() if page is not None else None
        assert isinstance(stack, QStackedWidget)  # noqa: S101 - built in _list_page
        if model.rowCount() > 0:
            stack.setCurrentIndex(0)
            return
        action = stack.findChild(QPushButton, f"{empty.objectName()}Action")
        assert isinstance(action, QPushButton)  # noqa: S101 - built in _list_page
        kind = ""
        if self.polls.is_loading(view):
            empty.setText(self.tr("Loading polls…"))
        elif view == MINE and not self.session.is_signed_in:
            empty.setText(self.tr("Sign in to see the polls you can vote on, with your votes."))
            kind, label = "sign-in", self.tr("Sign in")
        elif (
            self.polls.query(view).search
            or self.polls.query(view).statuses
            or self.polls.query(view).partner_ids
        ):
            empty.setText(self.tr("No poll matches these filters.\nTry another search or status."))
            kind, label = "clear", self.tr("Clear search and filters")
        else:
            empty.setText(self.tr("No polls yet."))
        if kind:
            action.setText(label)
            action.setProperty("action", kind)
            action.setEnabled(kind != "sign-in" or self._can_sign_in())
        action.setVisible(bool(kind))
        stack.setCurrentIndex(1)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        poll: Poll = current.data(PollRoles.PollRole)
        user_poll: UserPoll | None = current.data(PollRoles.UserPollRole)
        self._show_poll(poll, user_poll)
        self.polls.start_open_poll(poll.id)

    def _show_poll(self, poll: Poll, user_poll: UserPoll | None) -> None:
        self._pending_poll = None
        self.detail.show_poll(poll, user_poll)
        self.detail.set_followed(self.follows.is_followed(poll.id))
        self._show_logo(poll)

    def _on_activated(self, _index: QModelIndex) -> None:
        # Enter (or a double click) opens the poll: move the focus into the detail pane.
        buttons = self.detail.radio_buttons()
        target = next((b for b in buttons if b.isChecked()), buttons[0] if buttons else None)
        if target is not None and target.isEnabled():
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.detail.vote_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_poll_loaded(self, poll: Poll, user_poll: UserPoll | None) -> None:
        self.all_model.update_row(user_poll if user_poll is not None else poll)
        if user_poll is not None:
            self.mine_model.update_row(user_poll)
        current = self._shown_poll()
        if self._pending_poll == poll.id:
            self._show_poll(poll, user_poll)  # asked for by id: not in the lists shown
        elif current is not None and current.id == poll.id:
            self.detail.clear_failure()
            self.detail.show_poll(poll, user_poll)
            self._show_logo(poll)

    def _on_detail_failed(self, poll_id: str, exc: BaseException) -> None:
        if self._pending_poll == poll_id:
            self._pending_poll = None
            self.show_error(describe(exc))
            return
        current = self._shown_poll()
        if current is not None and current.id == poll_id:
            self.detail.show_message(describe(exc), retry=True)

    def _show_logo(self, poll: Poll) -> None:
        url = poll.logo_url
        self.detail.set_logo(self.images.pixmap(url) if url else None)

    def _on_image_ready(self, url: str) -> None:
        # Logos arrive in bursts: repaint the lists once per burst, not once per logo.
        if not self._logo_repaint.isActive():
            self._logo_repaint.start()
        poll = self._shown_poll()
        if poll is not None and poll.logo_url == url:
            self._show_logo(poll)

    def _repaint_lists(self) -> None:
        self.poll_list.viewport().update()
        self.my_polls_list.viewport().update()

    def _on_partners_seen(self, partners: list[tuple[str, str]]) -> None:
        self.partner_model.merge(partners)

    def _on_refreshed(self, moment: datetime) -> None:
        self._refreshed_at = moment
        self._show_refreshed()

    def _show_refreshed(self) -> None:
        moment = self._refreshed_at
        if moment is None:
            self.refresh_label.setText("")
            return
        # At start the saved polls show the time they were saved, maybe days ago.
        today = moment.astimezone().date() == date.today()
        when = clock_time(moment) if today else local_time(moment)
        self.refresh_label.setText(self.tr("Updated %1").replace("%1", when))

    def _on_connection(self, online: bool) -> None:
        self._online = online
        self._show_keyring_status()
        self._show_connection()
        if online:
            # The server is back: the poll that could not be loaded is loaded again.
            poll = self._shown_poll()
            if poll is not None and self._detail is not None and self._detail.load_failed:
                self.polls.start_open_poll(poll.id)

    def _show_connection(self) -> None:
        label = self.profile.label
        if self._online is None:
            text = self.tr("Connecting to %1…")
        elif self._online:
            text = self.tr("● Connected to %1")
        else:
            text = self.tr("○ Cannot reach %1")
        self.connection_label.setText(text.replace("%1", label))

    def _on_storage_status(self, status: Storage) -> None:
        self._storage_status = status
        self.keyring_label.setText(storage_sentence(status))

    def _show_keyring_status(self) -> None:
        self.keyring_label.setVisible(bool(self._online) and self.session.is_signed_in)

    def _on_voting_changed(self, poll_id: str, busy: bool) -> None:
        poll = self._shown_poll()
        if poll is not None and poll.id == poll_id:
            self.detail.set_voting(busy, self.votes.deadline)

    def _on_voted(self, user_poll: UserPoll) -> None:
        if self.mine_model.row_of(user_poll.poll.id) is None:
            self.polls.start_reload(MINE)  # a poll new to My polls
        self._on_poll_loaded(user_poll.poll, user_poll)
        self.statusBar().showMessage(self.tr("Your vote was recorded."), 5000)
        self.overview.start_load()

    def _on_vote_failed(self, poll_id: str, exc: BaseException) -> None:
        poll = self._shown_poll()
        if poll is not None and poll.id == poll_id:
            self.detail.show_message(describe(exc))
        else:
            self.show_error(describe(exc))

    def _on_signed_in(self, username: str) -> None:
        self.account_label.setText(username)
        # Tool tips guess rich text from the content: give them the username escaped.
        signed_in_as = self.tr("Signed in as %1").replace("%1", username)
        self.account_label.setToolTip(plain_rich_text(signed_in_as))
        self.sign_in_button.hide()
        self.sign_out_button.show()
        self.wallet_button.setVisible(self.wallet is not None)
        self._show_keyring_status()
        self._finish_sign_in_dialog()
        if self._detail is not None:
            self._detail.set_signed_in(True)
        self.polls.set_filters(MINE, **self._filters())
        poll = self._shown_poll()
        if poll is not None:
            self.polls.start_open_poll(poll.id)
        self.statusBar().showMessage(signed_in_as, 5000)
        self.overview.start_load()
        # RFC 8252 flow ends in the browser: bring the app back to the front.
        self.show()
        self.raise_()
        self.activateWindow()

    def _on_signed_out(self, ended: SignedOut | None) -> None:
        self._show_signed_out()
        self.overview.start_load()
        if ended is not None:
            self.show_error(describe(ended), self.session.start_sign_in)
        else:
            self.statusBar().showMessage(self.tr("Signed out."), 5000)

    def _show_signed_out(self) -> None:
        self.account_label.setText("")
        self.account_label.setToolTip(self.tr("Not signed in"))
        self.sign_in_button.show()
        self.sign_in_button.setEnabled(self._can_sign_in())
        self.sign_in_button.setToolTip(
            ""
            if self._can_sign_in()
            else self.tr("Enter the client id in Settings before signing in.")
        )
        self.sign_out_button.hide()
        self.wallet_button.hide()
        if self._wallet_dialog is not None:
            self._wallet_dialog.reject()
        self._show_keyring_status()
        self.mine_model.clear()
        self.all_model.forget_votes()
        self._update_empty(MINE)
        if self._detail is not None:
            self._detail.set_signed_in(False)
        self._finish_sign_in_dialog()

    def _on_sign_in_failed(self, exc: BaseException) -> None:
        self._finish_sign_in_dialog()
        if isinstance(exc, SignInCancelled):
            self.statusBar().showMessage(describe(exc), 5000)
            return
        self.show_error(describe(exc), self.session.start_sign_in)

    def _can_sign_in(self) -> bool:
        """Signing in needs the client id (a first run of a partner profile has none)."""
        return bool(self.profile.client_id.strip())

    def _on_session_busy(self, busy: bool) -> None:
        self._signing_in = busy
        self.sign_in_button.setEnabled(not busy and self._can_sign_in())
        self.sign_in_button.setText(self.tr("Signing in…") if busy else self.tr("Sign in"))

    def _on_tab_changed(self, index: int) -> None:
        self.ui_settings.setValue("view/tab", index)
        view = MINE if index == 1 else ALL
        self._update_empty(view)

    def _on_retry(self) -> None:
        retry = self._retry
        self.error_banner.hide()
        if retry is not None:
            retry()

    def _refresh_visible_poll(self) -> None:
        poll = self._shown_poll()
        if (
            poll is not None
            and poll.is_open
            and self.isVisible()
            and not self.isMinimized()
            and not self.votes.is_voting(poll.id)
        ):
            self.polls.start_open_poll(poll.id)

    def _tick(self) -> None:
        """Once a second: countdowns, and polls that open or close on screen (no request)."""
        if not self.isVisible() or self.isMinimized():
            return
        now = datetime.now(UTC)
        view = self.my_polls_list if self.current_view() == MINE else self.poll_list
        view.viewport().update()  # cards are cached per text: only changed ones are drawn
        if self._detail is not None:
            self._detail.tick(now)
            passed = self._detail.showing_overview() and self._detail.overview.tick(now)
            # The next poll to close has closed: one load at a time (a load every second on a
            # slow server would make each answer out of date before it arrives).
            if passed and not self.overview.loading:
                self.overview.start_load()

    def _on_status_passed(self, poll_id: str, status: str) -> None:
        # Known from the clock: no request (the periodic refresh brings the server's tallies).
        log.info("Poll %s is %s now (its time passed while shown)", poll_id, status)

    # -- overview ------------------------------------------------------------------------------
    def show_overview(self) -> None:
        """The overview in the detail pane; the lists keep their rows, without a current one."""
        if self._detail is None or self._detail.showing_overview():
            return
        for view in (self.poll_list, self.my_polls_list):
            view.selectionModel().clearCurrentIndex()
            view.clearSelection()
        self._pending_poll = None
        self._detail.show_overview()
        self.overview.start_load()

    def _on_overview(self, overview: Overview) -> None:
        if self._detail is not None:
            self._detail.overview.show_overview(overview, signed_in=self.session.is_signed_in)

    def _on_overview_failed(self, exc: BaseException) -> None:
        if self._detail is not None:
            self._detail.overview.show_failure(describe(exc))

    # -- a poll by id (overview, notifications) -------------------------------------------------
    def open_poll_by_id(self, poll_id: str) -> None:
        """Bring the window up on ``poll_id``: its row selected where a list shows it (the
        current list first), else the poll loaded into the detail pane."""
        self._bring_up()
        lists = [(ALL, self.poll_list, self.all_model), (MINE, self.my_polls_list, self.mine_model)]
        if self.current_view() == MINE:
            lists.reverse()
        for tab, view, model in lists:
            row = model.row_of(poll_id)
            if row is None:
                continue
            self.tabs.setCurrentIndex(1 if tab == MINE else 0)
            view.setCurrentIndex(model.index(row, 0))
            view.scrollTo(view.currentIndex())
            return
        self._pending_poll = poll_id
        self.polls.start_open_poll(poll_id)

    # -- following -----------------------------------------------------------------------------
    def _show_row_menu(self, view: PollListView, pos: QPoint) -> None:
        index = view.indexAt(pos)
        if not index.isValid():
            return
        poll: Poll = index.data(PollRoles.PollRole)
        menu = QMenu(view)
        menu.setObjectName("pollRowMenu")
        open_action = menu.addAction(self.tr("Open"))
        open_action.triggered.connect(lambda: view.setCurrentIndex(index))
        followed = self.follows.is_followed(poll.id)
        follow = menu.addAction(self.tr("★ Unfollow") if followed else self.tr("☆ Follow"))
        follow.setObjectName("followRowAction")
        follow.setShortcut(QKeySequence("Ctrl+D"))
        follow.triggered.connect(lambda: self.follows.set_followed(poll, not followed))
        self.row_menu = menu
        menu.popup(view.viewport().mapToGlobal(pos))

    def _toggle_follow(self) -> None:
        if self._detail is not None and self._detail.poll is not None:
            self._detail.toggle_follow()
            return
        view = self.my_polls_list if self.current_view() == MINE else self.poll_list
        index = view.currentIndex()
        if index.isValid():
            poll: Poll = index.data(PollRoles.PollRole)
            self.follows.set_followed(poll, not self.follows.is_followed(poll.id))

    def _on_follow_toggled(self, poll_id: str, follow: bool) -> None:
        poll = self._shown_poll()
        if poll is not None and poll.id == poll_id:
            self.follows.set_followed(poll, follow)

    def _on_followed_changed(self) -> None:
        poll = self._shown_poll()
        if poll is not None and self._detail is not None:
            self._detail.set_followed(self.follows.is_followed(poll.id))
        count = len(self.follows.followed())
        self.statusBar().showMessage(
            self.tr("Following %n poll(s).", "", count)
            if count
            else self.tr("You follow no poll."),
            4000,
        )

    def _on_notice(self, notice: Notice) -> None:
        question = notice.poll.question
        close_at = notice.poll.close_at
        if notice.event == OPENED:
            title = self.tr("A poll you follow is open")
            body = f"{question}\n" + self.tr("Vote before it closes.")
        elif notice.event == CLOSING and close_at is not None:
            left = max(0, int((close_at - datetime.now(UTC)).total_seconds()))
            title = self.tr("A poll you follow closes soon")
            body = f"{question}\n" + self.tr(
                "It closes in %n minute(s) and you have not voted.", "", left // 60
            )
        elif notice.event == DISCLOSED:
            title = self.tr("Results are out")
            body = f"{question}\n" + self.tr("See how the fans voted.")
        else:
            return
        self.notifier.show(notice.poll_id, title, body)

    def _on_notify_toggled(self, on: bool) -> None:
        if not self._restoring_filters:
            self.ui_settings.setValue("notify/enabled", on)
        if self._started:
            self.follows.set_running(on)

    def _on_tray_toggled(self, on: bool) -> None:
        if not self._restoring_filters:
            self.ui_settings.setValue("window/close_to_tray", on)

    def _build_tray(self) -> None:
        """A tray icon where the desktop has a tray: notifications without a D-Bus service
        show through it, and "close to the tray" keeps the app running in it."""
        if self.tray is not None or not QSystemTrayIcon.isSystemTrayAvailable():
            self.tray_action.setEnabled(False)
            self.tray_action.setToolTip(self.tr("This desktop has no system tray"))
            return
        tray = QSystemTrayIcon(self.windowIcon(), self)
        tray.setToolTip("Partner Desktop")
        menu = QMenu(self)
        self.tray_show_action = menu.addAction("")
        self.tray_show_action.triggered.connect(self._bring_up)
        self.tray_quit_action = menu.addAction("")
        self.tray_quit_action.triggered.connect(self.close)
        self._retranslate_tray()
        tray.setContextMenu(menu)
        tray.activated.connect(
            lambda reason: (
                self._bring_up() if reason == QSystemTrayIcon.ActivationReason.Trigger else None
            )
        )
        tray.show()
        self.tray = tray
        self.notifier.set_tray(tray)

    def _bring_up(self) -> None:
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    # -- remembered state ----------------------------------------------------------------------
    def _restore_ui_state(self) -> None:
        s = self.ui_settings
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1240, 800)
        self.fit_screen()
        splitter = s.value("window/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        partner_id = str(s.value("filters/partner", "") or "") or None
        partner_name = str(s.value("filters/partner_name", "") or "")
        self._restoring_filters = True
        try:
            if partner_id and partner_name:
                self.partner_model.merge([(partner_id, partner_name)])
                self.partner_filter.setCurrentIndex(self.partner_model.row_of(partner_id))
            self.search.setText(str(s.value("filters/search", "") or ""))
            status = int(str(s.value("filters/status", 0) or 0))
            if 0 <= status < self.status_filter.count():
                self.status_filter.setCurrentIndex(status)
            sort = str(s.value("filters/sort", CLOSING_SOON) or CLOSING_SOON)
            self.sort_order.setCurrentIndex(max(0, self.sort_order.findData(sort)))
            self.notify_action.setChecked(_flag(s.value("notify/enabled", True)))
            self.tray_action.setChecked(_flag(s.value("window/close_to_tray", False)))
            self.tabs.setCurrentIndex(int(str(s.value("view/tab", 0) or 0)))
        finally:
            self._restoring_filters = False
        self._search_timer.stop()
        filters = self._filters()
        for view in (ALL, MINE):
            self.polls.set_filters(view, **filters, reload=False)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._wide = event.size().width() >= NARROW_WIDTH
        self._show_header_words()
        super().resizeEvent(event)

    def _show_header_words(self) -> None:
        # The header's title gives way in a narrow window (the window's title names the app).
        wide = self._wide
        self.app_title.setText("Partner Desktop" if wide else "")
        # A narrow window keeps the header's buttons on screen: Refresh and Help as symbols
        # (their accessible names and tooltips stay).
        self.refresh_button.setText(self.tr("Refresh") if wide else "↻")
        self.help_button.setText(self.tr("Help") if wide else "?")

    def fit_screen(self) -> None:
        """Keep the whole window on its screen's available area (a large scale factor or a
        smaller screen than last time must not leave buttons off-screen)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        frame = self.frameGeometry()
        # The frame (title bar, borders) around the window's own size, once it is known.
        extra = QSize(max(0, frame.width() - self.width()), max(0, frame.height() - self.height()))
        width = min(self.width(), max(area.width() - extra.width(), self.minimumWidth()))
        height = min(self.height(), max(area.height() - extra.height(), self.minimumHeight()))
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        x = min(max(frame.x(), area.left()), area.right() + 1 - width - extra.width())
        y = min(max(frame.y(), area.top()), area.bottom() + 1 - height - extra.height())
        if (x, y) != (frame.x(), frame.y()):
            self.move(max(x, area.left()), max(y, area.top()))

    def quit(self) -> None:
        """Quit (Ctrl+Q), even when closing the window would only hide it to the tray."""
        self.close()

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from partner_desktop import __version__

        QMessageBox.about(
            self,
            self.tr("About Partner Desktop"),
            f"Partner Desktop {__version__}\n\n"
            + self.tr("Vote on the polls of the clubs whose fan tokens you hold.")
            + "\n"
            + fill(self.tr("Connected to %1: %2"), self.profile.label, self.profile.api_base),
        )

    def show_shortcuts(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(
            self,
            self.tr("Keyboard shortcuts"),
            self.tr(
                "Ctrl+F  Search polls\n"
                "Ctrl+1 / Ctrl+2  All polls / My polls\n"
                "Ctrl+Shift+S  Sort the lists\n"
                "Enter  Open the chosen poll\n"
                "Tab, arrow keys  Move between and choose answers\n"
                "Ctrl+Enter  Vote\n"
                "Ctrl+D  Follow the poll\n"
                "Esc  Back to the overview\n"
                "F5  Refresh\n"
                "Ctrl+Q  Quit"
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if (
            event.spontaneous()  # the window's close button, not the app closing the window
            and self.tray_action.isChecked()
            and self.tray is not None
            and self.tray.isVisible()
        ):
            event.ignore()
            self.hide()
            self.tray.showMessage(
                "Partner Desktop",
                self.tr("Still running in the tray: your followed polls are being checked."),
                QSystemTrayIcon.MessageIcon.Information,
                4000,
            )
            return
        self.ui_settings.setValue("window/geometry", self.saveGeometry())
        self.ui_settings.setValue("window/splitter", self.splitter.saveState())
        self.ui_settings.setValue("view/tab", self.tabs.currentIndex())
        self.ui_settings.sync()
        self._detail_timer.stop()
        self._tick_timer.stop()
        if self.wallet is not None:
            self.wallet.shutdown()
        self.follows.set_running(False)
        if self.tray is not None:
            self.tray.hide()
        if self._sign_in_dialog is not None:
            self._sign_in_dialog.hide()
        super().closeEvent(event)

    def confirmation_box(self) -> QMessageBox | None:
        """The open vote confirmation, if any (for tests and automation)."""
        box = self._detail.confirmation if self._detail is not None else None
        return box if box is not None and box.isVisible() else None
