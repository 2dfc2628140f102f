"""The poll detail pane: question, facts, answers with results, and the vote form."""

from __future__ import annotations

import math
from datetime import UTC, datetime

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from partner_desktop.api.models import Poll, UserPoll
from partner_desktop.api.voting import VOTE_DEADLINE
from partner_desktop.models.text import status_label
from partner_desktop.ui.format import (
    NEUTRAL_COLOURS,
    STATUS_COLOURS,
    fill,
    local_time,
    number,
    percent,
    timing,
    tokens,
)
from partner_desktop.ui.i18n import Retranslatable
from partner_desktop.ui.overview import OverviewPanel

translate = QCoreApplication.translate


def _why_not(status: str) -> str:
    """Why a poll of ``status`` cannot be voted on."""
    known = {
        "upcoming": translate("PollDetail", "This poll is not open yet, so it cannot be voted on."),
        "closed": translate(
            "PollDetail", "This poll is closed, so it cannot be voted on any more."
        ),
        "disclosed": translate(
            "PollDetail", "This poll is over and its results are out, so it cannot be voted on."
        ),
        "cancelled": translate("PollDetail", "This poll was cancelled, so it cannot be voted on."),
    }.get(status)
    return known or fill(
        translate("PollDetail", "This poll is “%1”, so it cannot be voted on."),
        status_label(status),
    )


def vote_sentence(poll: Poll, user_poll: UserPoll) -> str:
    """ "You voted “Answer” with N tokens." for a poll the person has voted on."""
    vote = user_poll.user_vote
    assert vote is not None  # noqa: S101 - callers check
    answer = next(
        (a.answer for a in poll.answers if a.id == vote.answer_id),
        translate("PollDetail", "an answer"),
    )
    count = tokens(vote.token_count)
    if vote.voted_at:
        sentence = translate("PollDetail", "You voted “%1” with %2 on %3.")
        return fill(sentence, answer, count, local_time(vote.voted_at))
    return fill(translate("PollDetail", "You voted “%1” with %2."), answer, count)


def results_sentence(poll: Poll, status: str) -> str:
    """When the results can be seen, by the rule the service applies (contract 3.2)."""
    if status == "cancelled":
        return translate("PollDetail", "None: the poll was cancelled")
    if poll.disclosed_at is not None and poll.disclosed_at <= datetime.now(UTC):
        return fill(translate("PollDetail", "Published %1"), local_time(poll.disclosed_at))
    if poll.results_visible:
        return translate("PollDetail", "Shown below")
    if poll.disclosed_at:
        return fill(
            translate("PollDetail", "Shown once you vote or when the poll closes (published %1)"),
            local_time(poll.disclosed_at),
        )
    return translate("PollDetail", "Shown once you vote or when the poll closes")


def limit_sentence(poll: Poll, balance: int) -> str:
    """The most tokens a person can vote with, and why."""
    if poll.token_limit and poll.token_limit < balance:
        return fill(
            translate("PollDetail", "You can vote with 1 to %1 tokens (this poll's limit)."),
            number(poll.token_limit),
        )
    return fill(
        translate("PollDetail", "You can vote with 1 to %1 tokens (all you hold)."),
        number(balance),
    )


class _ElidedLabel(QLabel):
    """One line that ends in "…" when it is narrower than its text; the whole text stays in
    the tool tip and the accessible name."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._full = ""
        # The text gives way (not the pane) when the pane is narrow.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setAccessibleName(text)
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._elide()

    def _elide(self) -> None:
        width = self.contentsRect().width()
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width)
        if shown != self.text():
            self.setText(shown)
        self.setToolTip(self._full if shown != self._full else "")


class _AnswerRow(QWidget):
    """One answer of the detail pane: its radio button and, when results are visible, a bar."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("answerRow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._line = QVBoxLayout(self)
        self._line.setContentsMargins(10, 6, 10, 8)
        self._line.setSpacing(4)
        self.radio = QRadioButton(self)
        self._line.addWidget(self.radio)
        self._bar: QProgressBar | None = None
        self._figure: QLabel | None = None

    def show_answer(
        self,
        answer_id: str,
        answer: str,
        text: str,
        *,
        checked: bool,
        results: tuple[float | None, int | None] | None,
        mine: bool = False,
        winner: bool = False,
    ) -> None:
        # The person's vote and the winning answer are marked in colour (style.qss).
        if self.property("mine") != mine or self.property("winner") != winner:
            self.setProperty("mine", mine)
            self.setProperty("winner", winner)
            self.style().unpolish(self)
            self.style().polish(self)
        radio = self.radio
        name = f"answer-{answer_id}"
        if radio.objectName() != name:
            radio.setObjectName(name)
            radio.setProperty("answer_id", answer_id)
        if radio.accessibleName() != answer:
            radio.setAccessibleName(answer)
        radio.setText(text)  # Qt ignores the same text
        if radio.isChecked() != checked:
            radio.setChecked(checked)
        if results is None:
            if self._bar is not None and self._figure is not None:
                self._bar.hide()
                self._figure.hide()
            return
        share, count = results
        bar, figure = self._result_widgets()
        bar.setValue(round((share or 0.0) * 1000))
        label = f"{answer}: {percent(share)}"
        if bar.accessibleName() != label:
            bar.setAccessibleName(label)
        figure.setText(f"{percent(share)} · {tokens(count or 0)}")
        bar.show()
        figure.show()

    def _result_widgets(self) -> tuple[QProgressBar, QLabel]:
        if self._bar is None or self._figure is None:
            result = QHBoxLayout()
            bar = QProgressBar(self)
            bar.setObjectName("answerResult")
            bar.setRange(0, 1000)
            bar.setTextVisible(False)
            bar.setFixedHeight(6)
            bar.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            result.addWidget(bar, 1)
            figure = QLabel(self)
            figure.setTextFormat(Qt.TextFormat.PlainText)
            figure.setObjectName("answerResultLabel")
            figure.setMinimumWidth(130)
            figure.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            result.addWidget(figure)
            self._line.addLayout(result)
            self._bar, self._figure = bar, figure
        return self._bar, self._figure


class PollDetail(Retranslatable, QWidget):
    """Renders one Poll (and the person's UserPoll when signed in); emits intent signals only."""

    vote_requested = Signal(str, str, int)  # poll id, answer id, token count
    sign_in_requested = Signal()
    retry_requested = Signal(str)  # poll id: load it again after a failure
    follow_toggled = Signal(str, bool)  # poll id, follow
    overview_requested = Signal()
    #: The shown poll's status changed with the clock (it opened or closed while shown).
    status_passed = Signal(str, str)  # poll id, new status

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pollDetail")
        self._poll: Poll | None = None
        self._user_poll: UserPoll | None = None
        self._signed_in = False
        self._voting = False
        self._vote_deadline: float = VOTE_DEADLINE
        self._confirm_box: QMessageBox | None = None  # built once, shown for every vote
        self._confirm_vote: tuple[str, str, int] | None = None  # what Yes would vote
        self._message: str | None = None  # a sentence that stays until the next poll or vote
        self._failed = False  # the message says the poll could not be loaded (Retry offered)
        self._status = ""  # the shown poll's status as of the last render or tick

        self._stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._stack)

        self.overview = OverviewPanel(self)
        self._stack.addWidget(self.overview)

        scroll = self._scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        page = QWidget()
        page.setObjectName("detailPage")
        scroll.setWidget(page)
        self._stack.addWidget(scroll)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)

        header = QHBoxLayout()
        self.logo = QLabel(page)
        self.logo.setObjectName("partnerLogo")
        self.logo.setFixedSize(40, 40)
        self.logo.setScaledContents(True)
        header.addWidget(self.logo)
        self.partner = _ElidedLabel(page)
        self.partner.setObjectName("pollPartner")
        header.addWidget(self.partner, 1)
        self.status = QLabel(page)
        self.status.setObjectName("pollStatusBadge")
        header.addWidget(self.status)
        # The timing line carries the Follow and Overview buttons (the header stays narrow).
        actions = QHBoxLayout()
        self.follow_button = QToolButton(page)
        self.follow_button.setObjectName("followButton")
        self.follow_button.setCheckable(True)
        self.follow_button.setAutoRaise(True)
        self.follow_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.follow_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.follow_button.toggled.connect(self._on_follow_toggled)
        actions.addWidget(self.follow_button)
        self.overview_button = QToolButton(page)
        self.overview_button.setObjectName("overviewButton")
        self.overview_button.setAutoRaise(True)
        self.overview_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.overview_button.clicked.connect(self.overview_requested)
        actions.addWidget(self.overview_button)
        layout.addLayout(header)
        self._show_follow(False)

        self.question = QLabel(page)
        self.question.setObjectName("pollQuestion")
        self.question.setWordWrap(True)
        self.question.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # No fixed accessible name: a screen reader reads the question itself.
        layout.addWidget(self.question)

        self.timing = QLabel(page)
        self.timing.setObjectName("pollTiming")
        self.timing.setWordWrap(True)
        actions.insertWidget(0, self.timing, 1)
        layout.addLayout(actions)

        self.information = QLabel(page)
        self.information.setObjectName("pollInformation")
        self.information.setWordWrap(True)
        self.information.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.information)

        facts = QFormLayout()
        facts.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.opens = QLabel(page)
        self.closes = QLabel(page)
        self.disclosed = QLabel(page)
        self.bound = QLabel(page)
        self.quorum = QLabel(page)
        self.tokens_used = QLabel(page)
        self._fact_labels: list[QLabel] = []
        for name, widget in (
            ("Opens", self.opens),
            ("Closes", self.closes),
            ("Results", self.disclosed),
            ("Binding", self.bound),
            ("Quorum", self.quorum),
            ("TokensCast", self.tokens_used),
        ):
            widget.setObjectName(f"poll{name}")
            widget.setWordWrap(True)
            label = QLabel(page)
            self._fact_labels.append(label)
            facts.addRow(label, widget)
        layout.addLayout(facts)

        self.answers_title = QLabel(page)
        self.answers_title.setObjectName("sectionTitle")
        layout.addWidget(self.answers_title)
        self.answers = QWidget(page)
        self.answers.setObjectName("answerOptions")
        self._answers_layout = QVBoxLayout(self.answers)
        self._answers_layout.setContentsMargins(0, 0, 0, 0)
        self._answers_layout.setSpacing(6)
        layout.addWidget(self.answers)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._rows: list[_AnswerRow] = []
        self._status_style = ""
        self._group.buttonToggled.connect(lambda *_: self._update_form())
        # Choosing an answer: build the confirmation now, not on the Vote click.
        self._group.buttonToggled.connect(lambda *_: self._confirmation_box())

        self.balance = QLabel(page)
        self.balance.setObjectName("tokenBalance")
        self.balance.setWordWrap(True)
        layout.addWidget(self.balance)
        form = QHBoxLayout()
        form.addStretch(1)
        spin_label = self.spin_label = QLabel(page)
        form.addWidget(spin_label)
        self.token_count = QSpinBox(page)
        self.token_count.setObjectName("tokenCount")
        self.token_count.setRange(1, 1)
        spin_label.setBuddy(self.token_count)
        form.addWidget(self.token_count)
        self.max_button = QToolButton(page)
        self.max_button.setObjectName("maxTokensButton")
        self.max_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.max_button.clicked.connect(self._use_max)
        form.addWidget(self.max_button)
        self.token_limit = QLabel(page)
        self.token_limit.setObjectName("tokenLimit")
        self.token_limit.setWordWrap(True)
        self.token_limit.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.token_limit)
        layout.addLayout(form)
        # The Vote button has a line of its own: the pane stays narrow (a 640 px window).
        send = QHBoxLayout()
        send.addStretch(1)
        # The button's own text is its accessible name ("Vote", "Sign in to vote", "Voting…").
        self.vote_button = QPushButton(page)
        self.vote_button.setObjectName("voteButton")
        self.vote_button.setDefault(False)
        self.vote_button.setMinimumWidth(110)
        self.vote_button.clicked.connect(self._on_vote_clicked)
        send.addWidget(self.vote_button)
        layout.addLayout(send)

        self.progress = QProgressBar(page)
        self.progress.setObjectName("voteProgress")
        self.progress.setRange(0, 0)
        self.progress.setMaximumHeight(4)
        self.progress.setTextVisible(False)
        self.progress.hide()
        layout.addWidget(self.progress)

        self.vote_status = QLabel(page)
        self.vote_status.setObjectName("voteStatus")
        self.vote_status.setWordWrap(True)
        # Read by its text (no fixed name), and announced when it changes.
        status_line = QHBoxLayout()
        status_line.addWidget(self.vote_status, 1)
        self.retry_button = QPushButton(page)
        self.retry_button.setObjectName("detailRetryButton")
        self.retry_button.clicked.connect(self._on_retry)
        self.retry_button.hide()
        status_line.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(status_line)
        layout.addStretch(1)
        # Server text is never rich text: a question with <img src="/local/file"> shows as typed.
        # (The poll page's labels; the overview escapes what it quotes inside its own links.)
        for text_label in page.findChildren(QLabel):
            text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.retranslate()

    # -- language ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        """The pane's own words, then the shown poll again (its dates, numbers and sentences)."""
        self.follow_button.setAccessibleName(self.tr("Follow this poll"))
        self.follow_button.setToolTip(
            self.tr(
                "Follow (Ctrl+D): be told when this poll opens, an hour before it closes if you "
                "have not voted, and when its results are out"
            )
        )
        self._show_follow(self.follow_button.isChecked())
        self.overview_button.setText(self.tr("Overview"))
        self.overview_button.setAccessibleName(self.tr("Back to the overview"))
        self.overview_button.setToolTip(self.tr("Back to the overview (Esc)"))
        facts = (
            self.tr("Opens:"),
            self.tr("Closes:"),
            self.tr("Results:"),
            self.tr("Binding:"),
            self.tr("Quorum:"),
            self.tr("Tokens cast:"),
        )
        for label, text in zip(self._fact_labels, facts, strict=True):
            label.setText(text)
        self.answers_title.setText(self.tr("Answers"))
        self.answers.setAccessibleName(self.tr("Answers"))
        self.spin_label.setText(self.tr("Tokens:"))
        self.token_count.setAccessibleName(self.tr("Number of tokens to vote with"))
        self.max_button.setText(self.tr("Max"))
        self.max_button.setAccessibleName(self.tr("Vote with as many tokens as allowed"))
        self.retry_button.setText(self.tr("Retry"))
        self.retry_button.setAccessibleName(self.tr("Load this poll again"))
        if self._poll is not None and not self.showing_overview():
            self.show_poll(self._poll, self._user_poll)
        else:
            self.vote_button.setText(self.tr("Vote"))

    # -- rendering ---------------------------------------------------------------------------
    @property
    def poll(self) -> Poll | None:
        return self._poll

    @property
    def user_poll(self) -> UserPoll | None:
        return self._user_poll

    @property
    def confirmation(self) -> QMessageBox | None:
        """The vote confirmation while it is open."""
        return self._confirm_box if self._confirm_vote is not None else None

    def show_overview(self) -> None:
        """Show the overview instead of a poll (nothing chosen)."""
        self._poll = None
        self._user_poll = None
        self._message = None
        self._stack.setCurrentIndex(0)

    def showing_overview(self) -> bool:
        return self._stack.currentIndex() == 0

    def set_followed(self, followed: bool) -> None:
        """Show whether the shown poll is followed (no ``follow_toggled``)."""
        with QSignalBlocker(self.follow_button):
            self.follow_button.setChecked(followed)
        self._show_follow(followed)

    def _show_follow(self, followed: bool) -> None:
        self.follow_button.setText(self.tr("★ Following") if followed else self.tr("☆ Follow"))
        self.follow_button.setAccessibleDescription(
            self.tr("You follow this poll") if followed else self.tr("You do not follow this poll")
        )

    def _on_follow_toggled(self, followed: bool) -> None:
        self._show_follow(followed)
        if self._poll is not None:
            self.follow_toggled.emit(self._poll.id, followed)

    def toggle_follow(self) -> None:
        if self._poll is not None:
            self.follow_button.toggle()

    def tick(self, now: datetime | None = None) -> None:
        """Once a second: the countdown, and the status the clock gives the shown poll (a poll
        that opens or closes while shown changes its badge and vote form there and then)."""
        poll = self._poll
        if poll is None or self._stack.currentIndex() != 1:
            return
        now = (now or datetime.now(UTC)).replace(microsecond=0)  # as the lists count
        status = poll.status_at(now)
        if status != self._status:
            self.show_poll(poll, self._user_poll)
            self.status_passed.emit(poll.id, status)
            return
        text = timing(status, poll.open_at, poll.close_at, now=now)
        if self.timing.text() != text:
            self.timing.setText(text)

    def set_logo(self, pixmap: QPixmap | None) -> None:
        if pixmap is None or pixmap.isNull():
            self.logo.clear()
            self.logo.hide()
        else:
            self.logo.setPixmap(pixmap)
            self.logo.show()

    def set_signed_in(self, signed_in: bool) -> None:
        self._signed_in = signed_in
        if not signed_in:
            self._user_poll = None
        self._update_form()

    def set_voting(self, voting: bool, deadline: float = VOTE_DEADLINE) -> None:
        """Busy sending a vote that takes ``deadline`` seconds at most (the status says so)."""
        ended = self._voting and not voting
        self._voting = voting
        self._vote_deadline = deadline
        self.progress.setVisible(voting)
        if voting:
            self._message = None
            self._failed = False
            self.retry_button.hide()
        self._update_form()
        if ended:
            self._reveal_status()

    def _reveal_status(self) -> None:
        """Scroll the status line into view once the layout has settled: a vote's outcome is
        said there, and a tall poll in a short window would leave it out of sight."""
        QTimer.singleShot(0, lambda: self._scroll.ensureWidgetVisible(self.vote_status))

    def show_message(self, sentence: str, *, retry: bool = False) -> None:
        """Show a sentence (an error, a refusal) until another poll or a new vote; with
        ``retry``, the poll could not be loaded and a Retry button is offered."""
        self._message = sentence
        self._failed = retry
        self.retry_button.setVisible(retry)
        self._set_status(sentence)

    @property
    def load_failed(self) -> bool:
        """The shown poll could not be loaded last time (its message offers Retry)."""
        return self._failed

    def clear_failure(self) -> None:
        """The poll loaded after all: drop the sentence that said it could not be."""
        if self._failed:
            self._failed = False
            self._message = None
            self.retry_button.hide()
            self._update_form()

    def _on_retry(self) -> None:
        if self._poll is not None:
            self.retry_requested.emit(self._poll.id)

    def _set_status(self, text: str, *, voted: bool = False) -> None:
        self.vote_status.setText(text)
        if self.vote_status.property("voted") != voted:
            self.vote_status.setProperty("voted", voted)
            self.vote_status.style().unpolish(self.vote_status)
            self.vote_status.style().polish(self.vote_status)

    def show_poll(self, poll: Poll, user_poll: UserPoll | None = None) -> None:
        """Show ``poll``; keep the answer selected before when it is the same poll."""
        same = self._poll is not None and self._poll.id == poll.id
        selected = self.selected_answer_id() if same else None
        spin = self.token_count.value() if same else None
        if user_poll is not None and user_poll.poll.id == poll.id:
            poll = user_poll.poll
        else:
            user_poll = self._user_poll if same and user_poll is None else user_poll
        if not same:
            self._message = None
            self._failed = False
            self.retry_button.hide()
        self._poll = poll
        self._user_poll = user_poll
        self._stack.setCurrentIndex(1)

        now = datetime.now(UTC).replace(microsecond=0)
        status = self._status = poll.status_at(now)
        self.question.setText(poll.question)
        self.question.setAccessibleDescription(poll.question)
        self.question.setToolTip(poll.question)
        self.partner.set_full_text(poll.partner_name)
        self.logo.setAccessibleName(fill(self.tr("%1 logo"), poll.partner_name))
        bg, fg = STATUS_COLOURS.get(status, NEUTRAL_COLOURS)
        self.status.setText(status_label(status))
        style = (
            f"background:{bg}; color:{fg}; border-radius:10px; padding:3px 10px; font-weight:600;"
        )
        # A widget's own style sheet re-polishes it (and its children): only when it changes.
        if style != self._status_style:
            self._status_style = style
            self.status.setStyleSheet(style)
        self.timing.setText(timing(status, poll.open_at, poll.close_at, now=now))
        self.information.setText(poll.information)
        self.information.setVisible(bool(poll.information.strip()))
        self.opens.setText(local_time(poll.open_at))
        self.closes.setText(local_time(poll.close_at))
        self.disclosed.setText(results_sentence(poll, status))
        self.bound.setText(
            self.tr("Yes — the partner commits to the winning answer")
            if poll.is_bound
            else self.tr("No — an opinion poll")
        )
        if status == "cancelled":
            self.quorum.setText(self.tr("Does not apply: the poll was cancelled"))
        elif poll.quorum is not None:
            quorum = (
                self.tr("%1 of %2 needed, reached")
                if poll.is_quorum_reached
                else self.tr("%1 of %2 needed, not reached yet")
            )
            self.quorum.setText(
                fill(quorum, percent(poll.current_quorum_percentage), percent(poll.quorum))
            )
        else:
            self.quorum.setText(
                self.tr("No quorum") if not poll.is_quorum_reached else self.tr("Reached")
            )
        used = number(poll.used_token_count)
        if poll.token_limit:
            used = fill(self.tr("%1 (at most %2 per person)"), used, number(poll.token_limit))
        self.tokens_used.setText(used)

        self._build_answers(poll, selected)
        self._update_form()
        if spin is not None:
            self.token_count.setValue(spin)

    def _build_answers(self, poll: Poll, selected: str | None) -> None:
        """Show ``poll``'s answers, reusing the rows already there.

        Building a row (a frame, a radio button, a bar, a label) polishes each widget under the
        window's style sheet (about 1 ms per poll here), and a poll is shown twice when it opens
        (from its list row, then fresh from the server). Rows are updated in place, only the
        missing ones are built, and rows beyond the poll's answers are deleted (so
        ``answerOptions`` only ever holds this poll's radio buttons).
        """
        voted_id = (
            self._user_poll.user_vote.answer_id
            if self._user_poll is not None and self._user_poll.user_vote is not None
            else None
        )
        answers = poll.answers  # in position order (Poll.from_json)
        while len(self._rows) > len(answers):
            row = self._rows.pop()
            self._group.removeButton(row.radio)
            self._answers_layout.removeWidget(row)
            # Deleted now (not at the next loop pass, and not re-parented: that would re-polish
            # it), so ``answerOptions`` only holds this poll's answers.
            shiboken6.delete(row)
        while len(self._rows) < len(answers):
            row = _AnswerRow(self.answers)
            self._group.addButton(row.radio)
            self._answers_layout.addWidget(row)
            self._rows.append(row)
        checked = selected or voted_id
        # The winning answer of a poll that is over: the one with the most tokens (a tie has
        # no winner to mark).
        winner_id: str | None = None
        if self._status in ("closed", "disclosed") and poll.results_visible:
            counts = sorted(((a.token_count or 0, a.id) for a in answers), reverse=True)
            if counts and counts[0][0] > 0 and (len(counts) == 1 or counts[1][0] < counts[0][0]):
                winner_id = counts[0][1]
        # Not exclusive while the rows change answer: no answer checked is a valid state.
        with QSignalBlocker(self._group):
            self._group.setExclusive(False)
            for row, answer in zip(self._rows, answers, strict=True):
                mark = "  " + self.tr("✓ your vote") if answer.id == voted_id else ""
                text = answer.answer + mark
                if answer.id == winner_id:
                    text += "  " + self.tr("★ winning answer")
                row.show_answer(
                    answer.id,
                    answer.answer,
                    text,
                    checked=answer.id == checked,
                    results=(answer.percentage, answer.token_count)
                    if poll.results_visible
                    else None,
                    mine=answer.id == voted_id,
                    winner=answer.id == winner_id,
                )
            self._group.setExclusive(True)
        self._chain_focus()

    def _chain_focus(self) -> None:
        """Tab goes answers → tokens → Max → Vote; arrows choose among the answers."""
        previous: QWidget = self.overview_button
        for row in self._rows:
            if row.radio.property("arrowsChoose") is not True:
                row.radio.setProperty("arrowsChoose", True)
                row.radio.installEventFilter(self)
            QWidget.setTabOrder(previous, row.radio)
            previous = row.radio
        for widget in (self.token_count, self.max_button, self.vote_button):
            QWidget.setTabOrder(previous, widget)
            previous = widget

    def _use_max(self) -> None:
        self.token_count.setValue(self.token_count.maximum())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up/Left and Down/Right choose the previous or next answer, as in any radio group."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and isinstance(watched, QRadioButton)
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            step = {
                Qt.Key.Key_Up: -1,
                Qt.Key.Key_Left: -1,
                Qt.Key.Key_Down: 1,
                Qt.Key.Key_Right: 1,
            }.get(Qt.Key(event.key()))
            radios = [r.radio for r in self._rows]
            if step is not None and watched in radios:
                index = radios.index(watched) + step
                if 0 <= index < len(radios) and radios[index].isEnabled():
                    radios[index].setChecked(True)
                    radios[index].setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().eventFilter(watched, event)

    def radio_buttons(self) -> list[QRadioButton]:
        return [b for b in self._group.buttons() if isinstance(b, QRadioButton)]

    def selected_answer_id(self) -> str | None:
        button = self._group.checkedButton()
        return None if button is None else str(button.property("answer_id"))

    def reason_not_votable(self) -> str | None:
        """Why the shown poll cannot be voted on now, or None if it can."""
        poll = self._poll
        if poll is None:
            return self.tr("Select a poll first.")
        if not self._signed_in:
            return None  # the button offers signing in instead
        if self._user_poll is not None and self._user_poll.user_vote is not None:
            return vote_sentence(poll, self._user_poll)
        if self._status != "open":
            return _why_not(self._status)
        if self._user_poll is None:
            return self.tr("Checking your tokens…")
        if self._user_poll.user_token_balance <= 0:
            return fill(
                self.tr("You hold no %1 fan tokens, so you cannot vote on this poll."),
                poll.partner_name,
            )
        return None

    def _update_form(self) -> None:
        poll = self._poll
        if poll is None:
            return
        user_poll = self._user_poll
        answered = user_poll is not None and user_poll.user_vote is not None
        for radio in self.radio_buttons():
            radio.setEnabled(self._status == "open" and not answered and not self._voting)
        if user_poll is not None:
            balance = user_poll.user_token_balance
            self.balance.setText(
                fill(self.tr("You hold %1 of %2."), tokens(balance), poll.partner_name)
            )
            cap = min(poll.token_limit, balance) if poll.token_limit else balance
            self.token_count.setRange(1, max(1, cap))
            can = cap >= 1 and not answered and self._status == "open"
            self.token_count.setEnabled(can)
            self.max_button.setEnabled(can)
            self.token_limit.setText(limit_sentence(poll, balance) if can else "")
        else:
            self.balance.setText("" if self._signed_in else self.tr("Sign in to see your tokens."))
            self.token_count.setRange(1, 1)
            self.token_count.setEnabled(False)
            self.max_button.setEnabled(False)
            self.token_limit.setText("")
        if not self._signed_in:
            votable = self._status == "open"
            # Only a poll that can still be voted on offers signing in to vote on it.
            self.vote_button.setText(self.tr("Sign in to vote") if votable else self.tr("Vote"))
            self.vote_button.setEnabled(votable)
            why = "" if votable else _why_not(self._status)
            self._set_status(self._message or why)
            return
        reason = self.reason_not_votable()
        self.vote_button.setText(self.tr("Voting…") if self._voting else self.tr("Vote"))
        voted = user_poll is not None and user_poll.user_vote is not None
        if self._voting:
            self.vote_button.setEnabled(False)
            seconds = math.ceil(self._vote_deadline)
            self._set_status(self.tr("Sending your vote… (at most %n second(s))", "", seconds))
        elif reason is not None:
            self.vote_button.setEnabled(False)
            # A refusal keeps its explanation, followed by the state that explains it.
            text = f"{self._message} {reason}" if self._message else reason
            self._set_status(text, voted=voted)
        else:
            self.vote_button.setEnabled(self.selected_answer_id() is not None)
            self._set_status(
                self._message or self.tr("Choose an answer and how many tokens to vote with.")
            )

    # -- intent ------------------------------------------------------------------------------
    def _on_vote_clicked(self) -> None:
        if not self._signed_in:
            self.sign_in_requested.emit()
            return
        self.request_vote()

    def request_vote(self) -> None:
        """Ask for confirmation (votes are final), then emit ``vote_requested``."""
        poll = self._poll
        answer_id = self.selected_answer_id()
        if poll is None or answer_id is None or not self.vote_button.isEnabled():
            return
        if not self._signed_in:
            self.sign_in_requested.emit()
            return
        answer = next(a.answer for a in poll.answers if a.id == answer_id)
        count = self.token_count.value()
        box = self._confirmation_box()
        box.setWindowTitle(fill(self.tr("Vote on this %1 poll"), poll.partner_name))
        box.setText(fill(self.tr("Vote “%1” with %2?"), answer, tokens(count)))
        box.setInformativeText(
            self.tr(
                "Your tokens are not spent: they stay in your wallet. "
                "Votes are final: you cannot change or withdraw this vote."
            )
        )
        box.button(QMessageBox.StandardButton.Yes).setText(fill(self.tr("Vote %1"), tokens(count)))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        self._confirm_vote = (poll.id, answer_id, count)
        # open(), not exec(): no nested event loop inside the asyncio loop.
        box.open()

    def _confirmation_box(self) -> QMessageBox:
        """The vote confirmation, built (and its window made) once and reused for every vote.

        Built and shown on the Vote click, it cost about 30 ms of the GUI thread under X
        (QMessageBox's first use, its style polish); built and polished ahead, opening it costs
        about 11 ms (its window). (``winId()`` ahead saved nothing and made native windows of
        the panes around it.)
        """
        if self._confirm_box is not None:
            return self._confirm_box
        box = QMessageBox(self)
        box.setObjectName("voteConfirm")
        box.setIcon(QMessageBox.Icon.Question)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the answer is the server's text
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(self._on_confirm_finished)
        box.ensurePolished()
        for child in box.findChildren(QWidget):
            child.ensurePolished()
        self._confirm_box = box
        return box

    def _on_confirm_finished(self, _result: int) -> None:
        box, vote = self._confirm_box, self._confirm_vote
        self._confirm_vote = None
        yes = box is not None and box.clickedButton() is box.button(QMessageBox.StandardButton.Yes)
        if yes and vote is not None:
            self.vote_requested.emit(*vote)
