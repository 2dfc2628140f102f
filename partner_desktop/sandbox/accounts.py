"""Sandbox users: password hashing and a sandbox-side helper to add users (for tests and demos)."""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
import secrets
import sqlite3
import uuid
from collections.abc import Mapping, Sequence
from pathlib import Path

from partner_desktop.sandbox import db

_ITERATIONS = 20_000  # a sandbox, not a vault: enough to show the pattern, quick for tests

#: The grants every sandbox client may use (also the server metadata's grant_types_supported).
GRANT_TYPES = ("authorization_code", "refresh_token", "client_credentials")


def insert_client(
    conn: sqlite3.Connection,
    client_id: str,
    client_secret: str,
    *,
    name: str,
    redirect_uris: Sequence[str],
    grant_types: Sequence[str] = GRANT_TYPES,
) -> None:
    """Register a confidential client (inside the caller's transaction); the secret is kept as a
    slow hash, like a password."""
    conn.execute(
        "INSERT INTO clients (client_id, secret_hash, name, redirect_uris, grant_types, scope) "
        "VALUES (?, ?, ?, ?, ?, 'default')",
        (
            client_id,
            hash_password(client_secret),
            name,
            json.dumps(list(redirect_uris)),
            json.dumps(list(grant_types)),
        ),
    )


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    """PBKDF2-SHA256 in the form ``pbkdf2$iterations$salt$hash``."""
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, _ITERATIONS)
    return f"pbkdf2${_ITERATIONS}${salt.hex()}${digest.hex()}"


def check_password(password: str, stored: str) -> bool:
    """Constant-time comparison against a ``hash_password`` value."""
    try:
        scheme, iterations, salt, expected = stored.split("$")
    except ValueError:
        return False
    if scheme != "pbkdf2":
        return False
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), bytes.fromhex(salt), int(iterations))
    return hmac.compare_digest(digest.hex(), expected)


@functools.cache
def _dummy_hash() -> str:
    return hash_password(secrets.token_urlsafe(16))


def check_user_password(password: str, stored: str | None) -> bool:
    """``check_password``, and for an unknown user (``stored`` None) the same work against a
    dummy hash, so the time taken does not tell which usernames exist."""
    if stored is None:
        check_password(password, _dummy_hash())
        return False
    return check_password(password, stored)


def insert_user(
    conn: sqlite3.Connection,
    username: str,
    password_hash: str,
    *,
    user_id: str | None = None,
    email: str | None = None,
    display_name: str | None = None,
    seeded_fan: bool = False,
) -> str:
    """Insert one user row (inside the caller's transaction) and return its id."""
    user_id = user_id or str(uuid.uuid4())
    conn.execute(
        "INSERT INTO users (id, username, password_hash, email, display_name, seeded_fan) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (user_id, username, password_hash, email, display_name or username, int(seeded_fan)),
    )
    return user_id


def set_balance(
    conn: sqlite3.Connection,
    user_id: str,
    partner_id: str,
    amount: int,
    *,
    wallet_id: str | None = None,
    address: str | None = None,
) -> None:
    """Give ``user_id`` ``amount`` fan tokens of ``partner_id`` (replaces any balance)."""
    conn.execute(
        "INSERT INTO balances (user_id, partner_id, amount, wallet_id, address) "
        "VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (user_id, partner_id) DO UPDATE SET amount = excluded.amount",
        (
            user_id,
            partner_id,
            amount,
            wallet_id or str(uuid.uuid4()),
            address or "0x" + secrets.token_hex(20),
        ),
    )


def create_user(
    db_path: Path,
    username: str,
    password: str,
    *,
    balances: Mapping[str, int] | None = None,
    email: str | None = None,
) -> str:
    """Add a user with fan-token balances keyed by partner id or slug; returns the user id.

    A sandbox-side helper (no HTTP route creates users): tests use it to make many voters.
    """
    conn = db.connect(db_path)
    try:
        with db.transaction(conn):
            user_id = insert_user(conn, username, hash_password(password), email=email)
            for key, amount in (balances or {}).items():
                row = conn.execute(
                    "SELECT id FROM partners WHERE id = ? OR slug = ?", (key, key)
                ).fetchone()
                if row is None:
                    raise KeyError(f"unknown partner {key!r}")
                set_balance(conn, user_id, row["id"], amount)
        return user_id
    finally:
        conn.close()
