"""The last first page of public polls, kept on disk so that the next start shows polls at once.

The client saves the service's answer for a first page of public polls (no token, no personal
data: the same for every visitor); at the next start the controller shows it while the fresh
page is on its way. Only the latest page is kept, with the query it answered: a cached page is
shown only for the same query.

The embedded sandbox listens on a new port at every start, so for sandbox profiles the saved
addresses (partner logos) are moved to the current origin; for any other profile a page saved
for another API address is never shown.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from partner_desktop.api.models import PollList, PollQuery
from partner_desktop.config import Profile, ProfileKind
from partner_desktop.errors import ApiError
from partner_desktop.paths import write_atomically

log = logging.getLogger(__name__)

_FORMAT = 1
#: A saved answer larger than this is not read back (a first page is a few tens of KB).
_MAX_BYTES = 2_000_000


@dataclass(frozen=True)
class CachedPage:
    polls: PollList
    saved_at: datetime


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _query_key(query: PollQuery) -> list[list[str]]:
    """The query as saved with its page (JSON has no tuples)."""
    return [list(pair) for pair in query.params()]


class FirstPageCache:
    """One JSON file per profile: ``load`` on the GUI thread (small), ``save`` on a worker."""

    def __init__(self, folder: Path, profile: Profile) -> None:
        self.path = folder / f"{profile.name}.json"
        self._api_base = profile.api_base
        self._moves = profile.kind == ProfileKind.SANDBOX

    def load(self, query: PollQuery) -> CachedPage | None:
        """The saved first page for ``query``, or None (none saved, another query, unreadable)."""
        try:
            if self.path.stat().st_size > _MAX_BYTES:
                return None
            text = self.path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None
        try:
            saved = json.loads(text)
            if not isinstance(saved, dict) or saved.get("format") != _FORMAT:
                return None
            if saved.get("query") != _query_key(query):
                return None
            api_base = saved.get("api_base")
            if not isinstance(api_base, str) or not api_base:
                return None
            if not self._moves:
                if api_base != self._api_base:
                    return None
            elif (origin := _origin(api_base)) != (now := _origin(self._api_base)):
                saved = json.loads(text.replace(origin, now))
            saved_at = datetime.fromisoformat(saved["saved_at"])
            if saved_at.tzinfo is None:
                return None
            return CachedPage(PollList.from_json(saved["body"]), saved_at)
        except (ValueError, KeyError, TypeError, ApiError) as exc:
            log.info("The saved first page of polls is not usable (%s); ignoring it.", exc)
            return None

    def save(self, query: PollQuery, body: object) -> None:
        """Keep ``body`` (an answer already parsed without error) as the page for ``query``."""
        record = {
            "format": _FORMAT,
            "api_base": self._api_base,
            "query": _query_key(query),
            "saved_at": datetime.now(UTC).isoformat(),
            "body": body,
        }
        try:
            write_atomically(self.path, json.dumps(record, separators=(",", ":")).encode())
        except (OSError, TypeError, ValueError) as exc:
            log.info("Could not save the first page of polls (%s).", exc)
