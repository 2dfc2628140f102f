"""What the detail pane shows while no poll is chosen: open polls, the next to close, your
polls still to vote on and your tokens; each line opens its poll."""

from __future__ import annotations

import html
from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from partner_desktop.api.models import Poll
from partner_desktop.api.overview import Overview
from partner_desktop.models.text import plain_rich_text
from partner_desktop.ui.format import duration, fill, tokens
from partner_desktop.ui.i18n import Retranslatable


class OverviewPanel(Retranslatable, QWidget):
    """Renders an ``Overview``; ``poll_requested(poll id)`` when a line is chosen."""

    poll_requested = Signal(str)
    sign_in_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overview")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._overview: Overview | None = None
        self._signed_in = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 20)
        layout.setSpacing(10)
        self.title = QLabel(self)
        self.title.setObjectName("overviewTitle")
        layout.addWidget(self.title)
        self.open_button = self._line("overviewOpen")
        layout.addWidget(self.open_button)
        self.next_button = self._line("overviewNextToClose")
        layout.addWidget(self.next_button)
        self.to_vote_button = self._line("overviewToVote")
        layout.addWidget(self.to_vote_button)
        self.sign_in_link = self._link("overviewSignIn")
        self.sign_in_link.linkActivated.connect(lambda _href: self.sign_in_requested.emit())
        self.sign_in_link.hide()
        layout.addWidget(self.sign_in_link)
        self.tokens_title = QLabel(self)
        self.tokens_title.setObjectName("sectionTitle")
        layout.addWidget(self.tokens_title)
        self._tokens_box = QWidget(self)
        self._tokens_layout = QVBoxLayout(self._tokens_box)
        self._tokens_layout.setContentsMargins(0, 0, 0, 0)
        self._tokens_layout.setSpacing(6)
        layout.addWidget(self._tokens_box)
        self._token_lines: list[QLabel] = []  # built so far; the first ones are shown
        self._token_buttons: list[QLabel] = []  # the ones shown
        self.hint = QLabel(self)
        self.hint.setObjectName("overviewHint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self._targets: dict[QLabel, str] = {}
        self._failure = ""
        self.retranslate()

    def retranslate(self) -> None:
        """Its words in the current language, and the overview shown again."""
        self.setAccessibleName(self.tr("Overview"))
        self.title.setText(self.tr("Right now"))
        self.open_button.setAccessibleName(self.tr("Open polls"))
        self.next_button.setAccessibleName(self.tr("Next poll to close"))
        self.to_vote_button.setAccessibleName(self.tr("Open polls you have not voted on"))
        self.sign_in_link.setAccessibleName(self.tr("Sign in to see your polls and tokens"))
        self.sign_in_link.setText(
            self.tr(
                '<a href="sign-in" style="text-decoration: none">Sign in</a> to see the open '
                "polls you can still vote on, and your fan tokens."
            )
        )
        self.tokens_title.setText(self.tr("Your fan tokens"))
        self.hint.setText(self.tr("Select a poll in the list to see its details and vote."))
        if self._overview is not None:
            self.show_overview(self._overview, signed_in=self._signed_in)
        elif self._failure:
            self.show_failure(self._failure)
        else:
            self.show_loading()

    def _line(self, name: str) -> QLabel:
        """A line that is a link to a poll (see ``_point``)."""
        label = self._link(name)
        label.linkActivated.connect(self.poll_requested)
        return label

    def _link(self, name: str) -> QLabel:
        """A line with a link: it wraps at any width, Tab reaches it, Enter or a click follows
        the link."""
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return label

    def _point(self, label: QLabel, text: str, poll: Poll | None) -> None:
        """Show ``text`` (escaped: it holds server text), a link to ``poll`` if there is one."""
        shown = html.escape(text)
        if poll is not None:
            self._targets[label] = poll.id
            href = html.escape(poll.id, quote=True)
            shown = f'<a href="{href}" style="text-decoration: none">{shown}</a>'
            # Tool tips guess rich text from the content; the question is the server's text.
            label.setToolTip(plain_rich_text(poll.question))
            label.setAccessibleDescription(
                self.tr("Opens the poll: %1").replace("%1", poll.question)
            )
        else:
            self._targets.pop(label, None)
            label.setToolTip("")
            label.setAccessibleDescription("")
        if label.text() != shown:
            label.setText(shown)

    def open_line(self, label: QLabel) -> None:
        """Open the poll ``label`` points to, as a click on its link does."""
        poll_id = self._targets.get(label)
        if poll_id is not None:
            self.poll_requested.emit(poll_id)

    def target(self, label: QLabel) -> str | None:
        """The poll ``label`` opens, if any."""
        return self._targets.get(label)

    def show_loading(self) -> None:
        self._overview = None
        self._failure = ""
        self._point(self.open_button, self.tr("Loading the open polls…"), None)
        self.next_button.hide()
        self.to_vote_button.hide()
        self.tokens_title.hide()
        self._tokens_box.hide()

    def show_overview(self, overview: Overview, *, signed_in: bool) -> None:
        self._overview = overview
        self._signed_in = signed_in
        self._failure = ""
        self._point(
            self.open_button,
            self.tr("%n poll(s) open now", "", overview.open_count),
            overview.next_to_close,
        )
        self.next_button.setVisible(overview.next_to_close is not None)
        self.tick()
        has_mine = signed_in and overview.to_vote is not None
        self.to_vote_button.setVisible(has_mine)
        self.sign_in_link.setVisible(not signed_in)
        if has_mine and overview.to_vote is not None:
            self._point(
                self.to_vote_button,
                self.tr("You have voted on every open poll")
                if overview.to_vote == 0
                else self.tr("%n open poll(s) you have not voted on yet", "", overview.to_vote),
                overview.first_to_vote,
            )
        shown = overview.tokens if signed_in else ()
        # The lines are kept and reused: a new rich-text line costs its own text document, and
        # the overview is shown again after every vote (5 lines: 7-9 ms of the GUI thread built
        # anew, under 3 ms reused).
        while len(self._token_lines) < len(shown):
            button = self._line(f"overviewTokens{len(self._token_lines)}")
            self._tokens_layout.addWidget(button)
            self._token_lines.append(button)
        for button in self._token_lines[len(shown) :]:
            self._targets.pop(button, None)
            button.hide()
        for button, entry in zip(self._token_lines, shown, strict=False):
            button.setAccessibleName(self.tr("%1 tokens").replace("%1", entry.partner_name))
            line = fill(
                self.tr("%1 of %2 — %3"),
                tokens(entry.balance),
                entry.partner_name,
                entry.poll.question,
            )
            self._point(button, line, entry.poll)
            button.show()
        self._token_buttons = self._token_lines[: len(shown)]
        self.tokens_title.setVisible(bool(shown))
        self._tokens_box.setVisible(bool(shown))

    def show_failure(self, sentence: str) -> None:
        self._overview = None
        self._failure = sentence
        self._point(self.open_button, sentence, None)
        self.next_button.hide()

    def token_buttons(self) -> list[QLabel]:
        return list(self._token_buttons)

    def tick(self, now: datetime | None = None) -> bool:
        """Count the next poll to close down; True when it has closed (time to reload)."""
        overview = self._overview
        poll = overview.next_to_close if overview is not None else None
        if poll is None or poll.close_at is None:
            return False
        now = (now or datetime.now(UTC)).replace(microsecond=0)  # as the lists count
        left = (poll.close_at - now).total_seconds()
        if left <= 0:
            closed = self.tr("Closed just now: %1").replace("%1", poll.question)
            self._point(self.next_button, closed, poll)
            return True
        closes = fill(self.tr("Closes in %1: %2"), duration(left), poll.question)
        self._point(self.next_button, closes, poll)
        return False
