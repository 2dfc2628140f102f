"""The sandbox's storage of what it issues: digests and slow hashes, and the upgrade of an
older database that kept them in clear."""

from __future__ import annotations

import contextlib
import hashlib
import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
import requests

from partner_desktop.sandbox.server import SandboxServer
from tests.helpers.sandbox_http import CLIENT, V, get, user_tokens

MakeSandbox = Callable[..., SandboxServer]


def _files(db_path: Path) -> bytes:
    return b"".join(
        p.read_bytes()
        for p in db_path.parent.iterdir()
        if p.name.startswith(db_path.name) and p.is_file()
    )


def _as_an_earlier_version_wrote_it(db_path: Path, clear: dict[str, str]) -> None:
    """Turn the database into the earlier format: tokens, codes and secrets in clear.

    ``clear`` maps each stored digest to the value the earlier version kept instead.
    """
    with contextlib.closing(sqlite3.connect(db_path)) as db:
        db.create_function("clear", 1, lambda d: clear.get(d, d) if d else d)
        db.executescript(
            "ALTER TABLE tokens DROP COLUMN rotated;"
            "ALTER TABLE tokens RENAME COLUMN access_hash TO access_token;"
            "ALTER TABLE tokens RENAME COLUMN refresh_hash TO refresh_token;"
            "UPDATE tokens SET access_token = clear(access_token), "
            "refresh_token = clear(refresh_token);"
            "ALTER TABLE auth_codes RENAME COLUMN code_hash TO code;"
            "ALTER TABLE clients RENAME COLUMN secret_hash TO client_secret;"
            "DELETE FROM meta WHERE key = 'schema_version';"
        )
        db.execute("UPDATE clients SET client_secret = ?", (CLIENT[1],))
        db.commit()


def test_an_earlier_database_is_upgraded_in_place(
    make_sandbox: MakeSandbox, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    db_path = tmp_path / "old" / "sandbox.sqlite3"
    server = make_sandbox(db_path=db_path)
    tokens = user_tokens(server)
    server.stop()
    digests = {
        hashlib.sha256(tokens[k].encode()).hexdigest(): tokens[k]
        for k in ("access_token", "refresh_token")
    }
    _as_an_earlier_version_wrote_it(db_path, digests)
    assert tokens["refresh_token"].encode() in _files(db_path)

    with caplog.at_level(logging.WARNING, logger="partner_desktop.sandbox.db"):
        again = make_sandbox(db_path=db_path)
    lines = [r.getMessage() for r in caplog.records if r.name == "partner_desktop.sandbox.db"]
    assert len(lines) == 1
    assert "earlier version that stored tokens in clear" in lines[0]
    assert "upgraded in place" in lines[0]
    # The grant a keyring holds goes on working: the same refresh token, now looked up by digest.
    refreshed = requests.post(
        f"{again.base_url}/oauth2/token",
        data={"grant_type": "refresh_token", "refresh_token": tokens["refresh_token"]},
        auth=CLIENT,
        timeout=10,
    )
    assert refreshed.status_code == 200, refreshed.text
    assert get(again, "/user/1.0.0/user", refreshed.json()["access_token"]).status_code == 200
    again.stop()
    data = _files(db_path)
    for value in (tokens["access_token"], tokens["refresh_token"], CLIENT[1]):
        assert value.encode() not in data
    # Starting once more finds nothing left to upgrade.
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="partner_desktop.sandbox.db"):
        make_sandbox(db_path=db_path).stop()
    assert not [r for r in caplog.records if r.name == "partner_desktop.sandbox.db"]


def test_tokens_are_looked_up_by_digest(make_sandbox: MakeSandbox) -> None:
    """A digest copied off the database is not a token: presenting it gets nothing."""
    server = make_sandbox()
    tokens = user_tokens(server)
    with contextlib.closing(sqlite3.connect(server.db_path)) as db:
        access_hash, refresh_hash = db.execute(
            "SELECT access_hash, refresh_hash FROM tokens WHERE refresh_hash IS NOT NULL"
        ).fetchone()
        (secret_hash,) = db.execute("SELECT secret_hash FROM clients").fetchone()
    assert access_hash == hashlib.sha256(tokens["access_token"].encode()).hexdigest()
    assert secret_hash.startswith("pbkdf2$")
    assert get(server, "/user/1.0.0/user", access_hash).status_code == 401
    stolen = requests.post(
        f"{server.base_url}/oauth2/token",
        data={"grant_type": "refresh_token", "refresh_token": refresh_hash},
        auth=CLIENT,
        timeout=10,
    )
    assert stolen.json()["error"] == "invalid_grant"
    assert get(server, "/user/1.0.0/user", tokens["access_token"]).status_code == 200


def test_quorum_fields_are_strings_for_every_poll(make_sandbox: MakeSandbox) -> None:
    """Contract 3.2: ``quorum`` and ``currentQuorumPercentage`` are strings on the wire, "0"
    for a poll without quorum; never null."""
    server = make_sandbox()
    token = requests.post(
        f"{server.base_url}/oauth2/token",
        data={"grant_type": "client_credentials"},
        auth=CLIENT,
        timeout=10,
    ).json()["access_token"]
    polls = get(server, f"/polls/{V}/polls?limit=100", token)
    data = polls.json()["data"]
    assert data
    for poll in data:
        assert isinstance(poll["quorum"], str), poll["id"]
        assert isinstance(poll["currentQuorumPercentage"], str), poll["id"]
    without = [p for p in data if p["quorum"] == "0"]
    assert without, "the seed has polls without quorum"
    assert all(p["currentQuorumPercentage"] == "0" for p in without)
    assert all(not p["isQuorumReached"] for p in without)
