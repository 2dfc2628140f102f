"""The detail pane's place in the window: built on first use, it shows the chosen poll (or the
overview) and passes votes, follows and retries on to the profile's services."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QPushButton, QSplitter, QWidget

from partner_desktop.api.models import Poll, UserPoll
from partner_desktop.api.overview import Overview
from partner_desktop.ui.errors import describe

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from partner_desktop.ui.detail import PollDetail
    from partner_desktop.wiring import ProfileServices

log = logging.getLogger(__name__)


def enter_presses(widget: QWidget) -> None:
    """Enter (as well as Space) presses the focused button under ``widget``, as in a dialog."""
    for button in widget.findChildren(QPushButton):
        button.setAutoDefault(True)


class DetailHost(QObject):
    """Holds the detail pane in ``splitter`` in ``placeholder``'s place, once it is needed."""

    overview_requested = Signal()  # Esc or the pane's Back: the lists lose their current row
    poll_requested = Signal(str)  # a poll the overview names

    def __init__(self, splitter: QSplitter, placeholder: QWidget) -> None:
        super().__init__(splitter)
        self._splitter = splitter
        self._placeholder = placeholder
        self._detail: PollDetail | None = None
        self.services: ProfileServices | None = None
        self.pending_poll: str | None = None  # asked for by id (a notification), on its way

    def attach(self, services: ProfileServices) -> None:
        self.services = services
        services.votes.voting_changed.connect(self.on_voting_changed)
        services.overview.loaded.connect(self.on_overview)
        services.overview.failed.connect(self.on_overview_failed)
        if self._detail is not None:
            self._connect(self._detail, services)

    @property
    def detail(self) -> PollDetail:
        """The detail pane, built (in the placeholder's place) the first time it is needed."""
        if self._detail is None:
            from partner_desktop.ui.detail import PollDetail  # noqa: PLC0415 - see prepare()

            detail = self._detail = PollDetail()  # replaceWidget makes it the splitter's child
            enter_presses(detail)
            detail.follow_toggled.connect(self._on_follow_toggled)
            detail.overview_requested.connect(self.overview_requested)
            detail.overview.poll_requested.connect(self.poll_requested)
            detail.status_passed.connect(
                lambda poll_id, status: log.info(
                    "Poll %s is %s now (its time passed while shown)", poll_id, status
                )
            )
            if self.services is not None:
                self._connect(detail, self.services)
            sizes = self._splitter.sizes()  # the placeholder's place, not a pixel more
            index = self._splitter.indexOf(self._placeholder)
            stretch = self._placeholder.sizePolicy().horizontalStretch()
            self._splitter.replaceWidget(index, detail)
            # Its share of a wider window too: without it, all of it would go to the lists.
            self._splitter.setStretchFactor(index, stretch)
            self._splitter.setSizes(sizes)
            self._placeholder.deleteLater()
        return self._detail

    def _connect(self, detail: PollDetail, s: ProfileServices) -> None:
        detail.set_signed_in(s.session.is_signed_in)
        detail.vote_requested.connect(s.votes.start_vote)
        detail.sign_in_requested.connect(s.session.start_sign_in)
        detail.retry_requested.connect(s.polls.start_open_poll)
        detail.overview.sign_in_requested.connect(s.session.start_sign_in)
        if s.overview.last is not None:
            detail.overview.show_overview(s.overview.last, signed_in=s.session.is_signed_in)

    def prepare(self) -> None:
        """Build the pane once the window is up, in two passes of the event loop (its module,
        then its widgets: ~10 ms each), so that the first poll opened does not pay for them."""
        if self._detail is None:
            # The first pass: the module (17 ms, python -X importtime), not in the first paint.
            import partner_desktop.ui.detail  # noqa: F401, PLC0415

            QTimer.singleShot(0, lambda: self.detail)

    @property
    def poll(self) -> Poll | None:
        """The poll the pane shows (None before the pane is first needed)."""
        return self._detail.poll if self._detail is not None else None

    def showing(self, poll_id: str) -> bool:
        poll = self.poll
        return poll is not None and poll.id == poll_id

    def confirmation_box(self) -> QMessageBox | None:
        """The open vote confirmation, if any."""
        box = self._detail.confirmation if self._detail is not None else None
        return box if box is not None and box.isVisible() else None

    # -- a poll --------------------------------------------------------------------------------
    def show_poll(self, poll: Poll, user_poll: UserPoll | None) -> None:
        self.pending_poll = None
        self.detail.show_poll(poll, user_poll)
        if self.services is not None:
            self.detail.set_followed(self.services.follows.is_followed(poll.id))
        self._show_logo(poll)

    def focus_answers(self) -> None:
        """Enter (or a double click) on a row: the focus goes to the chosen answer, or Vote."""
        buttons = self.detail.radio_buttons()
        target = next((b for b in buttons if b.isChecked()), buttons[0] if buttons else None)
        if target is not None and target.isEnabled():
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.detail.vote_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def request_vote(self) -> None:
        if self._detail is not None:
            self._detail.request_vote()

    def on_poll_loaded(self, poll: Poll, user_poll: UserPoll | None) -> None:
        if self.pending_poll == poll.id:
            self.show_poll(poll, user_poll)  # asked for by id: not in the lists shown
        elif self.showing(poll.id):
            self.detail.clear_failure()
            self.detail.show_poll(poll, user_poll)
            self._show_logo(poll)

    def on_poll_failed(self, poll_id: str, exc: BaseException) -> bool:
        """Say in the pane why the shown poll did not load; False for a poll asked for by id
        (not shown: the window says it)."""
        if self.pending_poll == poll_id:
            self.pending_poll = None
            return False
        if self.showing(poll_id):
            self.detail.show_message(describe(exc), retry=True)
        return True

    def on_vote_failed(self, poll_id: str, exc: BaseException) -> bool:
        """Say in the pane why the vote failed; False if the pane shows another poll."""
        if self.showing(poll_id):
            self.detail.show_message(describe(exc))
            return True
        return False

    def on_voting_changed(self, poll_id: str, busy: bool) -> None:
        if self.showing(poll_id) and self.services is not None:
            self.detail.set_voting(busy, self.services.votes.deadline)

    def _show_logo(self, poll: Poll) -> None:
        url, images = poll.logo_url, self.services.images if self.services is not None else None
        self.detail.set_logo(images.pixmap(url) if url and images is not None else None)

    def on_image_ready(self, url: str) -> None:
        poll = self.poll
        if poll is not None and poll.logo_url == url:
            self._show_logo(poll)

    def on_online(self) -> None:
        """The server is back: the poll that could not be loaded is loaded again."""
        poll = self.poll
        failed = self._detail is not None and self._detail.load_failed
        if poll is not None and failed and self.services is not None:
            self.services.polls.start_open_poll(poll.id)

    def set_signed_in(self, signed_in: bool) -> None:
        if self._detail is not None:
            self._detail.set_signed_in(signed_in)

    # -- the clock -----------------------------------------------------------------------------
    def refresh_open_poll(self) -> None:
        """The shown poll again from the server while it is open (not while voting on it)."""
        poll, s = self.poll, self.services
        if poll is not None and s is not None and poll.is_open and not s.votes.is_voting(poll.id):
            s.polls.start_open_poll(poll.id)

    def tick(self, now: datetime) -> None:
        if self._detail is None or self.services is None:
            return
        self._detail.tick(now)
        passed = self._detail.showing_overview() and self._detail.overview.tick(now)
        # The next poll to close has closed: one load at a time (a load every second on a slow
        # server would make each answer out of date before it arrives).
        if passed and not self.services.overview.loading:
            self.services.overview.start_load()

    def reload_overview(self) -> None:
        if self.services is not None:
            self.services.overview.start_load()

    def reload(self) -> None:
        """The shown poll and the overview afresh."""
        if self.services is not None and self.poll is not None:
            self.services.polls.start_open_poll(self.poll.id)
        self.reload_overview()

    def open_by_id(self, poll_id: str) -> None:
        """Load ``poll_id`` (not in the lists shown) and show it when it arrives."""
        if self.services is not None:
            self.pending_poll = poll_id
            self.services.polls.start_open_poll(poll_id)

    # -- the overview --------------------------------------------------------------------------
    def show_overview(self) -> bool:
        """The overview in the pane (False if it shows it already, or is not built)."""
        if self._detail is None or self._detail.showing_overview():
            return False
        self.pending_poll = None
        self._detail.show_overview()
        if self.services is not None:
            self.services.overview.start_load()
        return True

    def on_overview(self, overview: Overview) -> None:
        if self._detail is not None and self.services is not None:
            signed_in = self.services.session.is_signed_in
            self._detail.overview.show_overview(overview, signed_in=signed_in)

    def on_overview_failed(self, exc: BaseException) -> None:
        if self._detail is not None:
            self._detail.overview.show_failure(describe(exc))

    # -- following -----------------------------------------------------------------------------
    def toggle_follow(self) -> bool:
        """Ctrl+D on the shown poll (False: no poll shown)."""
        if self._detail is not None and self._detail.poll is not None:
            self._detail.toggle_follow()
            return True
        return False

    def _on_follow_toggled(self, poll_id: str, follow: bool) -> None:
        poll = self.poll
        if poll is not None and poll.id == poll_id and self.services is not None:
            self.services.follows.set_followed(poll, follow)

    def on_followed_changed(self) -> None:
        poll = self.poll
        if poll is not None and self._detail is not None and self.services is not None:
            self._detail.set_followed(self.services.follows.is_followed(poll.id))
