"""Paints one poll per row: logo, question, partner and timing, status badge, quorum progress."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPalette, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from partner_desktop.models.polls import PollRoles, poll_of
from partner_desktop.ui.format import NEUTRAL_COLOURS, STATUS_COLOURS, percent, status_label, timing

LogoProvider = Callable[[str], QPixmap | None]

ROW_HEIGHT = 92
LOGO = 44
PAD = 12


def _initials(name: str) -> str:
    parts = [p for p in name.split() if p[:1].isalnum()]
    return "".join(p[0] for p in parts[:2]).upper() or "?"


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    return QColor(
        round(a.red() * (1 - amount) + b.red() * amount),
        round(a.green() * (1 - amount) + b.green() * amount),
        round(a.blue() * (1 - amount) + b.blue() * amount),
    )


class PollDelegate(QStyledItemDelegate):
    """A card per poll; colours come from the palette so that dark themes work."""

    def __init__(self, logos: LogoProvider | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._logos = logos
        # Built once per base font rather than once per row and frame: a repaint of the list
        # stays a few Python calls per row (bench/gui_stall.py, bench/list_scaling.py).
        self._fonts: dict[str, tuple[QFont, QFont, QFont, QFontMetrics, QFontMetrics, QFontMetrics]]
        self._fonts = {}
        self._round_logos: dict[tuple[int, int], QPixmap] = {}

    def _fonts_for(
        self, base: QFont
    ) -> tuple[QFont, QFont, QFont, QFontMetrics, QFontMetrics, QFontMetrics]:
        key = base.key()
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
            cached = (
                bold,
                badge,
                title,
                QFontMetrics(badge),
                QFontMetrics(title),
                QFontMetrics(base),
            )
            self._fonts[key] = cached
        return cached

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
            painter.fillPath(disc, QColor("#ffffff"))
            painter.drawPixmap(QRect(0, 0, side, side), pixmap)
            painter.end()
            cached.setDevicePixelRatio(ratio)
            if len(self._round_logos) > 512:  # logos are per partner: a few dozen at most
                self._round_logos.clear()
            self._round_logos[key] = cached
        return cached

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(max(option.rect.width(), 320), ROW_HEIGHT)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = option.palette
        state = option.state
        rect = QRect(option.rect).adjusted(6, 4, -6, -4)
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        muted = _mix(text, base, 0.45)

        card = base
        if state & QStyle.StateFlag.State_Selected:
            card = _mix(base, highlight, 0.16)
        elif state & QStyle.StateFlag.State_MouseOver:
            card = _mix(base, highlight, 0.06)
        border = highlight if state & QStyle.StateFlag.State_Selected else _mix(base, text, 0.12)
        path = QPainterPath()
        path.addRoundedRect(QRectF(rect), 10, 10)
        painter.fillPath(path, card)
        painter.setPen(border)
        painter.drawPath(path)

        # One call into the model for the whole row (each index.data() is a round trip
        # through Qt and back into Python, and each one may wait for the GIL).
        poll_value = index.data(PollRoles.PollRole)
        if poll_value is None:
            painter.restore()
            return
        poll = poll_of(poll_value)
        user_poll = index.data(PollRoles.UserPollRole)
        question = poll.question or ""
        partner = poll.partner_name or ""
        status = poll.status or ""
        open_at: datetime | None = poll.open_at
        close_at: datetime | None = poll.close_at
        quorum: float | None = poll.current_quorum_percentage
        target: float | None = poll.quorum
        reached = bool(poll.is_quorum_reached)
        logo_url: str | None = poll.logo_url
        vote = user_poll.user_vote if user_poll is not None else None
        bold_font, badge_font, title_font, badge_metrics, metrics, small_metrics = self._fonts_for(
            option.font
        )

        # Logo (or the partner's initials on a coloured disc while it loads).
        logo_rect = QRect(rect.left() + PAD, rect.top() + PAD, LOGO, LOGO)
        pixmap = self._logos(logo_url) if (self._logos and logo_url) else None
        if pixmap is not None and not pixmap.isNull():
            painter.drawPixmap(logo_rect.topLeft(), self._round_logo(pixmap, LOGO))
        else:
            clip = QPainterPath()
            clip.addEllipse(QRectF(logo_rect))
            hue = sum(map(ord, partner)) % 360
            painter.fillPath(clip, QColor.fromHsl(hue, 150, 110))
            painter.setFont(bold_font)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(logo_rect, Qt.AlignmentFlag.AlignCenter, _initials(partner))

        # Status badge on the right.
        bg, fg = STATUS_COLOURS.get(status, NEUTRAL_COLOURS)
        label = status_label(status)
        badge_w = badge_metrics.horizontalAdvance(label) + 18
        badge = QRect(rect.right() - PAD - badge_w, rect.top() + PAD, badge_w, 22)
        badge_path = QPainterPath()
        badge_path.addRoundedRect(QRectF(badge), 11, 11)
        painter.fillPath(badge_path, QColor(bg))
        painter.setFont(badge_font)
        painter.setPen(QColor(fg))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, label)

        # Question (bold, elided) and a secondary line.
        left = logo_rect.right() + PAD
        text_w = badge.left() - 10 - left
        painter.setFont(title_font)
        painter.setPen(text)
        painter.drawText(
            QRect(left, rect.top() + PAD - 1, text_w, metrics.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(question, Qt.TextElideMode.ElideRight, text_w),
        )
        painter.setFont(option.font)
        painter.setPen(muted)
        line2 = " · ".join(s for s in (partner, timing(status, open_at, close_at)) if s)
        if vote is not None:
            line2 += f" · ✓ You voted ({vote.token_count})"
        painter.drawText(
            QRect(left, rect.top() + PAD + metrics.height() + 2, rect.right() - PAD - left, 20),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            small_metrics.elidedText(line2, Qt.TextElideMode.ElideRight, rect.right() - PAD - left),
        )

        # Quorum progress: a thin bar towards the quorum; polls without one show the turnout.
        bar_y = rect.bottom() - PAD - 4
        label_w = 170
        if target:
            bar = QRectF(left, bar_y, max(40, rect.right() - PAD - left - label_w - 10), 5)
            track = QPainterPath()
            track.addRoundedRect(bar, 2.5, 2.5)
            painter.fillPath(track, _mix(base, text, 0.12))
            fill = max(0.0, min(1.0, (quorum or 0.0) / target))
            if fill > 0:
                done = QPainterPath()
                done.addRoundedRect(
                    QRectF(bar.left(), bar.top(), max(5.0, bar.width() * fill), bar.height()),
                    2.5,
                    2.5,
                )
                painter.fillPath(done, QColor("#1f9d55") if reached else QColor("#5b5bf0"))
            quorum_text = (
                "Quorum reached"
                if reached
                else f"Quorum {percent(quorum or 0.0)} of {percent(target)}"
            )
            painter.drawText(
                QRect(int(bar.right()) + 10, bar_y - 8, label_w, 20),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                small_metrics.elidedText(quorum_text, Qt.TextElideMode.ElideRight, label_w),
            )
        else:
            used = int(poll.used_token_count or 0)
            painter.drawText(
                QRect(left, bar_y - 8, rect.right() - PAD - left, 20),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                f"{used} tokens cast · no quorum",
            )
        painter.restore()
