"""Formatting of times, counts and statuses for display: in the local time zone, in the words of
the interface language, with its numbers and dates (``QLocale()``, set with the language).

The words for statuses live in ``models/text.py``: the list model reads them to screen readers.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, QTime

translate = QCoreApplication.translate
_PLACEHOLDER = re.compile(r"%([1-9])")

#: Badge colours (background, text) per status; unknown statuses get the neutral pair.
STATUS_COLOURS = {
    "open": ("#1f9d55", "#ffffff"),
    "upcoming": ("#3b6fd8", "#ffffff"),
    "closed": ("#6b7280", "#ffffff"),
    "disclosed": ("#8b5cf6", "#ffffff"),
    "cancelled": ("#c2410c", "#ffffff"),
}
NEUTRAL_COLOURS = ("#9ca3af", "#ffffff")


def local_time(moment: datetime | None) -> str:
    """``moment`` in the local time zone, in the language's words and clock: e.g.
    "Sat 28 Nov 2026, 4:00 PM" in English, "sáb 28 nov 2026, 16:00" in Spanish."""
    if moment is None:
        return "—"
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    moment = moment.astimezone()
    locale = QLocale()
    day = locale.toString(QDate(moment.year, moment.month, moment.day), "ddd d MMM yyyy")
    clock = locale.toString(
        QTime(moment.hour, moment.minute), locale.timeFormat(QLocale.FormatType.ShortFormat)
    )
    return fill(translate("format", "%1, %2"), day, clock)


def clock_time(moment: datetime) -> str:
    """The time of day of ``moment`` (local), with seconds, as the language writes it."""
    moment = moment.astimezone()
    locale = QLocale()
    return locale.toString(
        QTime(moment.hour, moment.minute, moment.second),
        locale.timeFormat(QLocale.FormatType.ShortFormat).replace("mm", "mm:ss", 1),
    )


def duration(seconds: float) -> str:
    """A short, rounded-down duration: "3 d 4 h", "5 h 12 min", "8 min", "58 s"."""
    seconds = max(0, int(seconds))
    days, rest = divmod(seconds, 86_400)
    hours, rest = divmod(rest, 3_600)
    minutes = rest // 60
    if days and hours:
        return fill(translate("format", "%1 d %2 h"), number(days), number(hours))
    if days:
        return fill(translate("format", "%1 d"), number(days))
    if hours and minutes:
        return fill(translate("format", "%1 h %2 min"), number(hours), number(minutes))
    if hours:
        return fill(translate("format", "%1 h"), number(hours))
    if minutes:
        return fill(translate("format", "%1 min"), number(minutes))
    return fill(translate("format", "%1 s"), number(rest))


def timing(
    status: str,
    open_at: datetime | None,
    close_at: datetime | None,
    *,
    now: datetime | None = None,
) -> str:
    """Time left for an open poll, the opening time of an upcoming one, else the closing date."""
    now = now or datetime.now(UTC)
    if status == "cancelled":
        return ""  # the badge says it; a closing date would mislead
    if status == "open" and close_at is not None:
        left = (close_at - now).total_seconds()
        if left > 0:
            if left < 7 * 86_400:
                return translate("format", "Closes in %1").replace("%1", duration(left))
            return translate("format", "Closes %1").replace("%1", local_time(close_at))
    if status == "upcoming" and open_at is not None:
        ahead = (open_at - now).total_seconds()
        if 0 < ahead < 7 * 86_400:
            return translate("format", "Opens in %1").replace("%1", duration(ahead))
        return translate("format", "Opens %1").replace("%1", local_time(open_at))
    if close_at is not None:
        if close_at > now:
            return translate("format", "Closes %1").replace("%1", local_time(close_at))
        return translate("format", "Closed %1").replace("%1", local_time(close_at))
    return ""


def number(value: int) -> str:
    """An integer with the language's digit grouping (12,345 / 12.345 / 12 345)."""
    return QLocale().toString(value)


def percent(fraction: float | None) -> str:
    """0.4567 -> "45.7 %" ("45,7 %" in Spanish, "%45,7" in Turkish); None -> "—"."""
    if fraction is None:
        return "—"
    value = fraction * 100
    digits = 0 if value in (0, 100) else 1
    shown = QLocale().toString(float(value), "f", digits)
    return translate("format", "%1 %").replace("%1", shown)


class Counts(QObject):
    """Counted words. A class for ``self.tr``: lupdate marks a plural (numerus) string only
    from ``tr(text, "", n)``; ``QCoreApplication.translate`` with a variable ``n`` is missed."""

    def tokens(self, count: int) -> str:
        return self.tr("%Ln token(s)", "", count)


_COUNTS = Counts()


def tokens(count: int) -> str:
    """ "1 token", "5 tokens": the plural as the language forms it."""
    return _COUNTS.tokens(count)


def fill(template: str, *values: str) -> str:
    """``template`` (a translation) with ``%1``, ``%2``… replaced by ``values`` in one pass, so
    that a value holding "%2" (server text) is never replaced in turn."""
    return _PLACEHOLDER.sub(lambda m: values[int(m.group(1)) - 1], template)
