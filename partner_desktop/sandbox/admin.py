"""Sandbox-side inspection helpers for tests and benchmarks (no HTTP route exposes these)."""

from __future__ import annotations

import secrets
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from partner_desktop.sandbox import db
from partner_desktop.sandbox.accounts import GRANT_TYPES, create_user, insert_client

__all__ = [
    "Audit",
    "audit",
    "create_client",
    "create_user",
    "issue_user_token",
    "update_poll",
    "vote_count",
]

#: The poll columns ``update_poll`` may change (times are Unix seconds).
_POLL_COLUMNS = ("question", "open_at", "close_at", "disclosed_at", "publication_date")


@dataclass(frozen=True)
class Audit:
    """Consistency of stored tallies with the votes table."""

    votes: int
    answers_checked: int
    polls_checked: int
    mismatched_answers: tuple[str, ...]
    mismatched_polls: tuple[str, ...]

    @property
    def consistent(self) -> bool:
        return not self.mismatched_answers and not self.mismatched_polls


def audit(db_path: Path) -> Audit:
    """Compare every answer's and poll's tally with the sum of its recorded votes."""
    conn = db.connect(db_path)
    try:
        answers = conn.execute(
            "SELECT a.id, a.token_count, COALESCE(SUM(v.token_count), 0) AS summed "
            "FROM answers a LEFT JOIN votes v ON v.answer_id = a.id GROUP BY a.id"
        ).fetchall()
        polls = conn.execute(
            "SELECT p.id, p.used_token_count, COALESCE(SUM(v.token_count), 0) AS summed "
            "FROM polls p LEFT JOIN votes v ON v.poll_id = p.id GROUP BY p.id"
        ).fetchall()
        votes = conn.execute("SELECT COUNT(*) FROM votes").fetchone()[0]
    finally:
        conn.close()
    return Audit(
        votes=int(votes),
        answers_checked=len(answers),
        polls_checked=len(polls),
        mismatched_answers=tuple(r["id"] for r in answers if r["token_count"] != r["summed"]),
        mismatched_polls=tuple(r["id"] for r in polls if r["used_token_count"] != r["summed"]),
    )


def vote_count(db_path: Path, *, user_id: str | None = None, poll_id: str | None = None) -> int:
    """How many votes are stored, optionally for one user and/or one poll."""
    conn = db.connect(db_path)
    try:
        row = conn.execute(
            "SELECT COUNT(*) FROM votes "
            "WHERE (? IS NULL OR user_id = ?) AND (? IS NULL OR poll_id = ?)",
            (user_id, user_id, poll_id, poll_id),
        ).fetchone()
        return int(row[0])
    finally:
        conn.close()


def issue_user_token(
    db_path: Path, username: str, *, client_id: str = "sandbox-desktop", ttl: int = 3600
) -> str:
    """An access token for ``username`` without the browser step (benchmarks with many users)."""
    conn = db.connect(db_path)
    try:
        with db.transaction(conn):
            row = conn.execute("SELECT id FROM users WHERE username = ?", (username,)).fetchone()
            if row is None:
                raise KeyError(f"unknown user {username!r}")
            token = secrets.token_urlsafe(32)
            now = time.time()
            conn.execute(
                "INSERT INTO tokens (access_hash, client_id, user_id, scope, grant_type, "
                "issued_at, access_expires_at) VALUES (?, ?, ?, 'default', 'admin', ?, ?)",
                (db.digest(token), client_id, row["id"], now, now + ttl),
            )
        return token
    finally:
        conn.close()


def create_client(
    db_path: Path,
    client_id: str,
    client_secret: str,
    *,
    redirect_uris: Sequence[str] = ("http://127.0.0.1/callback",),
    name: str = "Another application",
    grant_types: Sequence[str] = GRANT_TYPES,
) -> None:
    """Register one more confidential client (security tests: another app's codes and tokens)."""
    conn = db.connect(db_path)
    try:
        with db.transaction(conn):
            insert_client(
                conn,
                client_id,
                client_secret,
                name=name,
                redirect_uris=redirect_uris,
                grant_types=grant_types,
            )
    finally:
        conn.close()


def update_poll(db_path: Path, poll_id: str, **columns: object) -> None:
    """Change a poll's question or times (tests: a poll that opens or closes in a few seconds,
    a long question). Only the columns of ``_POLL_COLUMNS``; times are Unix seconds."""
    unknown = set(columns) - set(_POLL_COLUMNS)
    if unknown or not columns:
        raise ValueError(f"update_poll changes only {', '.join(_POLL_COLUMNS)}")
    names = [c for c in _POLL_COLUMNS if c in columns]  # fixed names: no request text in the SQL
    assignments = ", ".join(f"{name} = ?" for name in names)
    conn = db.connect(db_path)
    try:
        with db.transaction(conn):
            changed = conn.execute(
                f"UPDATE polls SET {assignments} WHERE id = ?",  # noqa: S608
                (*(columns[name] for name in names), poll_id),
            ).rowcount
        if changed != 1:
            raise KeyError(f"unknown poll {poll_id!r}")
    finally:
        conn.close()
