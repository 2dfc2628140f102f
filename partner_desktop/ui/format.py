"""Formatting of times, counts and statuses for display, in the person's local time zone.

The words for statuses live in ``models/text.py``: the list model reads them to screen readers.
"""

from __future__ import annotations

from datetime import UTC, datetime

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
    """``moment`` in the local time zone, e.g. "Sat 28 Nov 2026, 16:00"."""
    if moment is None:
        return "—"
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%a %d %b %Y, %H:%M")


def duration(seconds: float) -> str:
    """A short, rounded-down duration: "3 d 4 h", "5 h 12 min", "8 min", "58 s"."""
    seconds = max(0, int(seconds))
    days, rest = divmod(seconds, 86_400)
    hours, rest = divmod(rest, 3_600)
    minutes = rest // 60
    if days:
        return f"{days} d {hours} h" if hours else f"{days} d"
    if hours:
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    if minutes:
        return f"{minutes} min"
    return f"{rest} s"


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
                return f"Closes in {duration(left)}"
            return f"Closes {local_time(close_at)}"
    if status == "upcoming" and open_at is not None:
        ahead = (open_at - now).total_seconds()
        if 0 < ahead < 7 * 86_400:
            return f"Opens in {duration(ahead)}"
        return f"Opens {local_time(open_at)}"
    if close_at is not None:
        verb = "Closes" if close_at > now else "Closed"
        return f"{verb} {local_time(close_at)}"
    return ""


def percent(fraction: float | None) -> str:
    """0.4567 -> "45.7 %"; None -> "—"."""
    if fraction is None:
        return "—"
    value = fraction * 100
    return f"{value:.0f} %" if value in (0, 100) else f"{value:.1f} %"


def tokens(count: int) -> str:
    return f"{count} token" if count == 1 else f"{count} tokens"
