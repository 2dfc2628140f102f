"""The start overview's values: open polls, the next to close, what is left to vote on."""

from __future__ import annotations

from dataclasses import dataclass

from partner_desktop.api.models import Poll


@dataclass(frozen=True)
class PartnerTokens:
    """The person's fan tokens of one partner with open polls, and the poll to open for it."""

    partner_name: str
    balance: int
    poll: Poll


@dataclass(frozen=True)
class Overview:
    """What the detail pane shows while no poll is chosen."""

    open_count: int
    next_to_close: Poll | None
    #: Signed in: open polls not voted on yet (None signed out), the first of them to close.
    to_vote: int | None = None
    first_to_vote: Poll | None = None
    tokens: tuple[PartnerTokens, ...] = ()
