"""Paints one poll per row: logo, question, partner and timing, status badge, quorum progress.

Each card is painted once into a pixmap kept under a key made of everything it shows (the
texts as displayed, the selection and hover state, the size, the device pixel ratio, the
colours and the font); a repaint of an unchanged row (scrolling back, a burst of logos, the
selection moving elsewhere) draws that pixmap instead of laying its text out again. The logo
(or the partner's initials) is drawn over the card, so a logo arriving needs no new card. The
parts that many cards share (the card's frame, a status badge, a partner's initials) are
pixmaps too, so that painting a new card is mostly its three lines of text.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from datetime import UTC, datetime
from functools import partial
from math import ceil
from typing import NamedTuple

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPalette,
    QPixmap,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from partner_desktop.api.models import Poll
from partner_desktop.models.polls import PollRoles, poll_of
from partner_desktop.models.text import status_label
from partner_desktop.ui.format import NEUTRAL_COLOURS, STATUS_COLOURS, number, percent, timing
from partner_desktop.ui.format import fill as format_text

LogoProvider = Callable[[str], QPixmap | None]

#: Two lines of question, the partner and timing line, the quorum bar.
ROW_HEIGHT = 112
LOGO = 44
PAD = 12

#: Painted cards kept: at least this many bytes, or this many screenfuls of the list.
CARD_CACHE_MIN_BYTES = 8 << 20
CARD_CACHE_SCREENS = 4
#: Shared parts (frames, badges, initials) kept, in bytes at a device pixel ratio of 1.
PARTS_CACHE_BYTES = 4 << 20

_SELECTED = QStyle.StateFlag.State_Selected.value
_HOVER = QStyle.StateFlag.State_MouseOver.value
_BASE = QPalette.ColorRole.Base
_TEXT = QPalette.ColorRole.Text
_HIGHLIGHT = QPalette.ColorRole.Highlight
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CENTER = Qt.AlignmentFlag.AlignCenter
_ELIDE = Qt.TextElideMode.ElideRight
_WHITE = QColor("#ffffff")
_REACHED = QColor("#1f9d55")
_PROGRESS = QColor("#5b5bf0")


def _initials(name: str) -> str:
    parts = [p for p in name.split() if p[:1].isalnum()]
    return "".join(p[0] for p in parts[:2]).upper() or "?"


def _card_rect(row: QRect) -> QRect:
    """The card inside its row's rectangle."""
    return row.adjusted(6, 4, -6, -4)


def _logo_rect(card: QRect) -> QRect:
    """Where the logo (or the partner's initials) sits in a card."""
    return QRect(card.left() + PAD, card.top() + PAD, LOGO, LOGO)


def quorum_widths(line_w: int, needed: int) -> tuple[int, int]:
    """Split a card's last line between the quorum bar and its label: ``(bar, label)`` widths.

    The label takes what its words need (a translation, a narrow window), the bar the rest
    with a gap of 10 px; a bar narrower than 40 px says nothing, so it gives way to the words.
    """
    label_w = min(max(170, needed), line_w)
    bar_w = line_w - label_w - 10
    if bar_w < 40:
        return 0, line_w
    return bar_w, label_w


def question_lines(question: str, font: QFont, width: int) -> tuple[str, str]:
    """The question on two lines of ``width`` pixels: the first as wrapped, the second elided
    only when the question needs more than two lines ("" when one line holds it all)."""
    layout = QTextLayout(question, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    end = len(question)
    if line.isValid():
        line.setLineWidth(max(1, width))
        end = line.textStart() + line.textLength()
    layout.endLayout()
    first, rest = question[:end].rstrip(), question[end:].strip()
    if not rest:
        return first, ""
    return first, QFontMetrics(font).elidedText(rest, _ELIDE, max(1, width))


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    return QColor(
        round(a.red() * (1 - amount) + b.red() * amount),
        round(a.green() * (1 - amount) + b.green() * amount),
        round(a.blue() * (1 - amount) + b.blue() * amount),
    )


class _Card(NamedTuple):
    """What one card shows, as displayed."""

    question: str
    partner: str
    status: str
    timing: str
    vote_tokens: int | None  # None: no vote of this person shown
    quorum: float | None
    target: float | None
    reached: bool
    used: int


class _Colours(NamedTuple):
    """The card's colours, from the palette's base, text and highlight."""

    text: QColor
    muted: QColor
    fill: QColor
    hover: QColor
    selected: QColor
    border: QColor
    highlight: QColor  # the selected card's border


class _Fonts(NamedTuple):
    base: QFont
    bold: QFont
    badge: QFont
    title: QFont
    badge_metrics: QFontMetrics
    title_metrics: QFontMetrics
    base_metrics: QFontMetrics


class PollDelegate(QStyledItemDelegate):
    """A card per poll; colours come from the palette so that dark themes work.

    ``cache_cards=False`` paints every card directly (as a painter that scales does anyway).
    """

    def __init__(
        self,
        logos: LogoProvider | None = None,
        parent: QObject | None = None,
        *,
        cache_cards: bool = True,
    ) -> None:
        super().__init__(parent)
        self._logos = logos
        self._cache_cards = cache_cards
        # Built once per base font or palette rather than once per row and frame.
        self._fonts: dict[str, _Fonts] = {}
        self._colours: dict[tuple[int, int, int], _Colours] = {}
        self._round_logos: dict[tuple[int, int], QPixmap] = {}
        # Painted cards, least recently drawn first, and the bytes they hold.
        self._cards: OrderedDict[Hashable, QPixmap] = OrderedDict()
        self._card_bytes = 0
        # Parts shared by many cards: frames, badges, initials.
        self._parts: dict[Hashable, QPixmap] = {}
        self._part_bytes = 0
        # The time-left texts of the current second (formatting a date costs more than
        # drawing a cached card); the texts are those of that whole second.
        self._timing_second = 0
        self._timings: dict[
            tuple[str, datetime | None, datetime | None, datetime | None], tuple[str, str]
        ] = {}

    def set_logos(self, logos: LogoProvider | None) -> None:
        """Where the cards' logos come from (none until the images are available)."""
        self._logos = logos
        self.retranslate()  # cards painted without their logo

    def retranslate(self) -> None:
        """Forget the painted cards and texts: they are in the previous language."""
        self._cards.clear()
        self._card_bytes = 0
        self._parts.clear()
        self._part_bytes = 0
        self._timings.clear()

    # -- caches of what cards are made of -----------------------------------------------------
    def _fonts_for(self, base: QFont, key: str) -> _Fonts:
        cached = self._fonts.get(key)
        if cached is None:
            bold = QFont(base)
            bold.setBold(True)
            badge = QFont(base)
            badge.setPointSizeF(max(7.0, base.pointSizeF() * 0.85))
            badge.setBold(True)
            title = QFont(base)
            title.setBold(True)
            title.setPointSizeF(base.pointSizeF() * 1.05)
            cached = _Fonts(
                QFont(base),
                bold,
                badge,
                title,
                QFontMetrics(badge),
                QFontMetrics(title),
                QFontMetrics(base),
            )
            self._fonts[key] = cached
        return cached

    def _colours_for(self, palette: QPalette) -> tuple[tuple[int, int, int], _Colours]:
        base = palette.color(_BASE)
        text = palette.color(_TEXT)
        highlight = palette.color(_HIGHLIGHT)
        key = (base.rgba(), text.rgba(), highlight.rgba())
        cached = self._colours.get(key)
        if cached is None:
            cached = _Colours(
                text=text,
                muted=_mix(text, base, 0.45),
                fill=base,
                hover=_mix(base, highlight, 0.06),
                selected=_mix(base, highlight, 0.16),
                border=_mix(base, text, 0.12),
                highlight=highlight,
            )
            if len(self._colours) > 16:
                self._colours.clear()
            self._colours[key] = cached
        return key, cached

    def _round_logo(self, pixmap: QPixmap, size: int) -> QPixmap:
        """``pixmap`` scaled into a disc of ``size`` pixels, made once per logo."""
        key = (pixmap.cacheKey(), size)
        cached = self._round_logos.get(key)
        if cached is None:
            ratio = pixmap.devicePixelRatio() or 1.0
            side = round(size * ratio)
            cached = QPixmap(side, side)
            cached.fill(Qt.GlobalColor.transparent)
            painter = QPainter(cached)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            disc = QPainterPath()
            disc.addEllipse(QRectF(0, 0, side, side))
            painter.setClipPath(disc)
            painter.fillPath(disc, _WHITE)
            painter.drawPixmap(QRect(0, 0, side, side), pixmap)
            painter.end()
            cached.setDevicePixelRatio(ratio)
            if len(self._round_logos) > 512:  # logos are per partner: a few dozen at most
                self._round_logos.clear()
            self._round_logos[key] = cached
        return cached

    def _part(
        self,
        painter: QPainter,
        ratio: float,
        key: Hashable,
        rect: QRect,
        draw: Callable[[QPainter, QRect], None],
    ) -> None:
        """Draws ``draw``'s picture into ``rect``: from a pixmap made once per ``key`` when
        ``ratio`` is the card pixmap's, else directly (``ratio`` 0)."""
        if not ratio:
            draw(painter, rect)
            return
        full = (key, rect.width(), rect.height(), ratio)
        pixmap = self._parts.get(full)
        if pixmap is None:
            pixmap = QPixmap(ceil(rect.width() * ratio), ceil(rect.height() * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            part_painter = QPainter(pixmap)
            part_painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            draw(part_painter, QRect(0, 0, rect.width(), rect.height()))
            part_painter.end()
            size = pixmap.width() * pixmap.height() * 4
            if self._part_bytes + size > PARTS_CACHE_BYTES * ratio * ratio:
                self._parts.clear()  # a window being resized: frames of many widths
                self._part_bytes = 0
            self._parts[full] = pixmap
            self._part_bytes += size
        painter.drawPixmap(rect.topLeft(), pixmap)

    def _timing(self, poll: Poll) -> tuple[str, str]:
        """The poll's status and time-left or date text as of the current second: a poll whose
        closing (or opening) time passes while it is shown changes there and then."""
        now = datetime.now(UTC)
        second = int(now.timestamp())
        if second != self._timing_second:
            self._timing_second = second
            self._timings.clear()
        key = (poll.status, poll.open_at, poll.close_at, poll.disclosed_at)
        cached = self._timings.get(key)
        if cached is None:
            moment = now.replace(microsecond=0)
            status = poll.status_at(moment)
            cached = (status, timing(status, poll.open_at, poll.close_at, now=moment))
            self._timings[key] = cached
        return cached

    # -- QStyledItemDelegate ------------------------------------------------------------------
    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(max(option.rect.width(), 200), ROW_HEIGHT)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        # Two calls into the model per row, the poll and the person's vote (each index.data()
        # is a round trip through Qt and back into Python); the key is made of what they hold.
        poll_value = index.data(PollRoles.PollRole)
        card: _Card | None = None
        logo: QPixmap | None = None
        if poll_value is not None:
            poll = poll_of(poll_value)
            user_poll = index.data(PollRoles.UserPollRole)
            vote = user_poll.user_vote if user_poll is not None else None
            logo_url = poll.logo_url
            logo = self._logos(logo_url) if (self._logos and logo_url) else None
            if logo is not None and logo.isNull():
                logo = None
            status, time_text = self._timing(poll)
            card = _Card(
                question=poll.question or "",
                partner=poll.partner_name or "",
                status=status,
                timing=time_text,
                vote_tokens=vote.token_count if vote is not None else None,
                quorum=poll.current_quorum_percentage,
                target=poll.quorum,
                reached=bool(poll.is_quorum_reached),
                used=int(poll.used_token_count or 0),
            )
        rect = option.rect
        width, height = rect.width(), rect.height()
        ratio = painter.device().devicePixelRatio()
        font = option.font
        font_key = font.key()
        colour_key, colours = self._colours_for(option.palette)
        state = option.state.value & (_SELECTED | _HOVER)
        draw = partial(
            self._draw, state=state, colours=colours, font=font, font_key=font_key, card=card
        )
        if (
            card is None
            or not self._cache_cards
            or width <= 0
            or height <= 0
            or ratio != int(ratio)  # a fractional scale would place pixmaps between pixels
            or painter.worldTransform().isScaling()
        ):
            painter.save()
            draw(painter, QRect(rect), ratio=0, logo=logo)
            painter.restore()
            return
        # The logo is not part of the card: it is drawn over it, so that a logo arriving (a
        # burst of them after each page) costs one small pixmap per row, not a new card.
        key = (
            card,
            state,
            width,
            height,
            ratio,
            colour_key,
            font_key,
        )
        pixmap = self._cards.get(key)
        if pixmap is None:
            pixmap = QPixmap(ceil(width * ratio), ceil(height * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            card_painter = QPainter(pixmap)
            draw(card_painter, QRect(0, 0, width, height), ratio=ratio, logo=None)
            card_painter.end()
            self._keep(key, pixmap, option, ratio)
        else:
            self._cards.move_to_end(key)
        painter.drawPixmap(rect.topLeft(), pixmap)
        logo_rect = _logo_rect(_card_rect(rect))
        self._draw_logo(painter, logo_rect, card, logo, ratio=ratio, font=font, font_key=font_key)

    def _keep(
        self, key: Hashable, pixmap: QPixmap, option: QStyleOptionViewItem, ratio: float
    ) -> None:
        """Adds a painted card, dropping the least recently drawn beyond the budget."""
        budget = CARD_CACHE_MIN_BYTES
        view = option.widget
        if view is not None:
            screen = view.width() * view.height() * ratio * ratio * 4
            budget = max(budget, int(screen * CARD_CACHE_SCREENS))
        self._cards[key] = pixmap
        self._card_bytes += pixmap.width() * pixmap.height() * 4
        while self._card_bytes > budget and len(self._cards) > 1:
            _old, dropped = self._cards.popitem(last=False)
            self._card_bytes -= dropped.width() * dropped.height() * 4

    # -- painting -----------------------------------------------------------------------------
    def _draw_logo(
        self,
        painter: QPainter,
        rect: QRect,
        card: _Card,
        logo: QPixmap | None,
        *,
        ratio: float,
        font: QFont,
        font_key: str,
    ) -> None:
        """The partner's logo, or their initials on a coloured disc while it loads."""
        if logo is not None:
            painter.drawPixmap(rect.topLeft(), self._round_logo(logo, LOGO))
            return
        hue = sum(map(ord, card.partner)) % 360
        initials = _initials(card.partner)

        def disc(p: QPainter, r: QRect) -> None:
            clip = QPainterPath()
            clip.addEllipse(QRectF(r))
            p.fillPath(clip, QColor.fromHsl(hue, 150, 110))
            p.setFont(self._fonts_for(font, font_key).bold)
            p.setPen(_WHITE)
            p.drawText(r, _CENTER, initials)

        self._part(painter, ratio, ("initials", hue, initials, font_key), rect, disc)

    def _draw(
        self,
        painter: QPainter,
        row: QRect,
        *,
        ratio: float,
        state: int,
        colours: _Colours,
        font: QFont,
        font_key: str,
        card: _Card | None,
        logo: QPixmap | None,
    ) -> None:
        """Paints the card of the row ``row`` (the frame only when the row has no poll); the
        shared parts come from pixmaps at ``ratio``, or are drawn directly when it is 0, and
        then the logo too (over a cached card, ``paint`` draws it)."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = _card_rect(row)
        if state & _SELECTED:
            fill, border = colours.selected, colours.highlight
        elif state & _HOVER:
            fill, border = colours.hover, colours.border
        else:
            fill, border = colours.fill, colours.border

        # The frame's outline is stroked half outside the card: its pixmap has a pixel more
        # on each side.
        def frame(p: QPainter, r: QRect) -> None:
            path = QPainterPath()
            path.addRoundedRect(QRectF(r.adjusted(1, 1, -1, -1)), 10, 10)
            p.fillPath(path, fill)
            p.setPen(border)
            p.drawPath(path)

        self._part(
            painter,
            ratio,
            ("frame", fill.rgba(), border.rgba()),
            rect.adjusted(-1, -1, 1, 1),
            frame,
        )
        if card is None:
            return
        fonts = self._fonts_for(font, font_key)
        partner = card.partner

        # The logo is drawn over the cached card (see paint), or here when painting directly.
        logo_rect = _logo_rect(rect)
        if not ratio:
            self._draw_logo(painter, logo_rect, card, logo, ratio=0, font=font, font_key=font_key)

        # Status badge on the right.
        status = card.status
        label = status_label(status)
        badge_w = fonts.badge_metrics.horizontalAdvance(label) + 18
        badge = QRect(rect.right() - PAD - badge_w, rect.top() + PAD, badge_w, 22)

        def pill(p: QPainter, r: QRect) -> None:
            bg, fg = STATUS_COLOURS.get(status, NEUTRAL_COLOURS)
            path = QPainterPath()
            path.addRoundedRect(QRectF(r), 11, 11)
            p.fillPath(path, QColor(bg))
            p.setFont(fonts.badge)
            p.setPen(QColor(fg))
            p.drawText(r, _CENTER, label)

        self._part(painter, ratio, ("badge", status, label, font_key), badge, pill)

        # Question (bold, on up to two lines, elided past them) and a secondary line.
        metrics = fonts.title_metrics
        small_metrics = fonts.base_metrics
        left = logo_rect.right() + PAD
        text_w = badge.left() - 10 - left
        painter.setFont(fonts.title)
        painter.setPen(colours.text)
        first, second = question_lines(card.question, fonts.title, text_w)
        top = rect.top() + PAD - 1
        for line_no, text in enumerate((first, second)):
            if text:
                painter.drawText(
                    QRect(left, top + line_no * metrics.height(), text_w, metrics.height()),
                    _LEFT,
                    text,
                )
        painter.setFont(fonts.base)
        painter.setPen(colours.muted)
        line2 = " · ".join(s for s in (partner, card.timing) if s)
        if card.vote_tokens is not None:
            voted = self.tr("✓ You voted (%1)").replace("%1", number(card.vote_tokens))
            line2 += f" · {voted}"
        line_w = rect.right() - PAD - left
        painter.drawText(
            QRect(left, top + (2 if second else 1) * metrics.height() + 3, line_w, 20),
            _LEFT,
            small_metrics.elidedText(line2, _ELIDE, line_w),
        )

        # Quorum progress: a thin bar towards the quorum; polls without one show the turnout.
        bar_y = rect.bottom() - PAD - 4
        target = card.target
        if target:
            quorum = card.quorum
            quorum_text = (
                self.tr("Quorum reached")
                if card.reached
                else format_text(
                    self.tr("Quorum %1 of %2"), percent(quorum or 0.0), percent(target)
                )
            )
            bar_w, label_w = quorum_widths(line_w, small_metrics.horizontalAdvance(quorum_text) + 2)
            bar = QRectF(left, bar_y, bar_w, 5)
            if bar_w:
                track = QPainterPath()
                track.addRoundedRect(bar, 2.5, 2.5)
                painter.fillPath(track, colours.border)
            done_part = max(0.0, min(1.0, (quorum or 0.0) / target))
            if bar_w and done_part > 0:
                done = QPainterPath()
                done.addRoundedRect(
                    QRectF(bar.left(), bar.top(), max(5.0, bar.width() * done_part), bar.height()),
                    2.5,
                    2.5,
                )
                painter.fillPath(done, _REACHED if card.reached else _PROGRESS)
            painter.drawText(
                QRect(left + line_w - label_w, bar_y - 8, label_w, 20),
                _RIGHT,
                small_metrics.elidedText(quorum_text, _ELIDE, label_w),
            )
        else:
            painter.drawText(
                QRect(left, bar_y - 8, line_w, 20),
                _LEFT,
                self.tr("%1 tokens cast · no quorum").replace("%1", number(card.used)),
            )
