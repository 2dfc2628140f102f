"""What to tell a person about a poll they follow."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from partner_desktop.api.models import Poll


class NoticeKind(StrEnum):
    """The news a followed poll can have."""

    OPENED = "opened"
    CLOSING = "closing"
    DISCLOSED = "disclosed"


@dataclass(frozen=True)
class Notice:
    """Something to tell the person about a followed poll."""

    poll_id: str
    event: NoticeKind
    poll: Poll
