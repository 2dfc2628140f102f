"""The saved first page: written by the client from real sandbox answers, read back at start."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from partner_desktop.api.client import PollsClient
from partner_desktop.api.models import PollList, PollQuery
from partner_desktop.api.page_cache import FirstPageCache
from partner_desktop.config import SOCIOS
from partner_desktop.sandbox.server import SandboxServer
from tests.helpers.oauth import SandboxTokens, profile_for

FIRST = PollQuery(limit=20)


def _fetch(
    sandbox: SandboxServer, tokens: SandboxTokens, cache: FirstPageCache, query: PollQuery
) -> PollList:
    with PollsClient(profile_for(sandbox.base_url), tokens, first_pages=cache) as client:
        return client.list_polls(query)


def test_a_first_page_is_saved_and_read_back_equal(
    sandbox: SandboxServer, alice: SandboxTokens, tmp_path: Path
) -> None:
    cache = FirstPageCache(tmp_path, profile_for(sandbox.base_url))
    assert cache.load(FIRST) is None  # nothing saved yet
    fresh = _fetch(sandbox, alice, cache, FIRST)
    saved = cache.load(FIRST)
    assert saved is not None
    assert saved.polls == fresh
    assert saved.saved_at.tzinfo is not None
    # Public data only: no bearer token or client secret ever reaches the file.
    text = cache.path.read_text(encoding="utf-8")
    sent = alice.bearer(user=False)  # the token list_polls was given (kept by the fixture)
    assert sent not in text
    assert "sandbox-secret" not in text
    assert cache.path.stat().st_mode & 0o777 == 0o600


def test_only_first_pages_are_saved_and_only_for_the_same_query(
    sandbox: SandboxServer, alice: SandboxTokens, tmp_path: Path
) -> None:
    cache = FirstPageCache(tmp_path, profile_for(sandbox.base_url))
    first = _fetch(sandbox, alice, cache, FIRST)
    second = replace(FIRST, page=2)
    _fetch(sandbox, alice, cache, second)
    saved = cache.load(FIRST)
    assert saved is not None
    assert saved.polls == first
    assert cache.load(second) is None
    assert cache.load(replace(FIRST, search="final")) is None
    assert cache.load(replace(FIRST, statuses=("open",))) is None

    word = first.items[0].question.split()[-1].strip("?")
    searched = replace(FIRST, search=word)
    found = _fetch(sandbox, alice, cache, searched)
    assert cache.load(FIRST) is None  # only the latest first page is kept
    again = cache.load(searched)
    assert again is not None
    assert again.polls == found


def test_the_embedded_sandbox_moving_port_moves_the_saved_logo_addresses(
    sandbox: SandboxServer, alice: SandboxTokens, tmp_path: Path
) -> None:
    cache = FirstPageCache(tmp_path, profile_for(sandbox.base_url))
    fresh = _fetch(sandbox, alice, cache, FIRST)
    assert any(p.logo_url and p.logo_url.startswith(sandbox.base_url) for p in fresh.items)

    moved = FirstPageCache(tmp_path, profile_for("http://127.0.0.1:1"))
    saved = moved.load(FIRST)
    assert saved is not None
    assert [p.id for p in saved.polls.items] == [p.id for p in fresh.items]
    logos = [p.logo_url for p in saved.polls.items if p.logo_url]
    assert logos
    assert all(url.startswith("http://127.0.0.1:1/") for url in logos)


def test_a_page_saved_for_another_api_address_is_not_shown(
    sandbox: SandboxServer, alice: SandboxTokens, tmp_path: Path
) -> None:
    ours = replace(SOCIOS, api_base=sandbox.base_url)
    _fetch(sandbox, alice, FirstPageCache(tmp_path, ours), FIRST)
    assert FirstPageCache(tmp_path, ours).load(FIRST) is not None
    assert FirstPageCache(tmp_path, SOCIOS).load(FIRST) is None


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"{not json",
        b"[]",
        b'{"format": 99}',
        b"\xff\xfe garbage",
        json.dumps({"format": 1, "query": [["limit", "20"]], "origin": "x"}).encode(),
    ],
)
def test_a_damaged_file_is_ignored(
    sandbox: SandboxServer, alice: SandboxTokens, tmp_path: Path, content: bytes
) -> None:
    cache = FirstPageCache(tmp_path, profile_for(sandbox.base_url))
    cache.path.write_bytes(content)
    assert cache.load(FIRST) is None
    _fetch(sandbox, alice, cache, FIRST)  # and the next answer replaces it
    assert cache.load(FIRST) is not None


def test_a_saved_answer_that_no_longer_parses_is_ignored(
    sandbox: SandboxServer, alice: SandboxTokens, tmp_path: Path
) -> None:
    cache = FirstPageCache(tmp_path, profile_for(sandbox.base_url))
    _fetch(sandbox, alice, cache, FIRST)
    record = json.loads(cache.path.read_text(encoding="utf-8"))
    record["body"]["data"][0]["answers"] = "not a list"
    cache.path.write_text(json.dumps(record), encoding="utf-8")
    assert cache.load(FIRST) is None


def test_an_unwritable_folder_loses_nothing_but_the_saved_page(
    sandbox: SandboxServer, alice: SandboxTokens, tmp_path: Path
) -> None:
    blocked = tmp_path / "file-in-the-way"
    blocked.write_text("")
    cache = FirstPageCache(blocked / "pages", profile_for(sandbox.base_url))
    page = _fetch(sandbox, alice, cache, FIRST)  # the answer still arrives
    assert len(page.items) == 20
    assert cache.load(FIRST) is None
