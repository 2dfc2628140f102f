"""SQLite storage of the sandbox: schema, connections and transactions (stdlib sqlite3, WAL)."""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

log = logging.getLogger(__name__)

#: Storage version, in ``meta``: 2 keeps tokens and codes as SHA-256 digests, secrets slow-hashed.
SCHEMA_VERSION = "2"

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS clients (
    client_id TEXT PRIMARY KEY, secret_hash TEXT NOT NULL, name TEXT NOT NULL,
    redirect_uris TEXT NOT NULL, grant_types TEXT NOT NULL, scope TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS users (
    id TEXT PRIMARY KEY, username TEXT NOT NULL UNIQUE, password_hash TEXT NOT NULL,
    email TEXT, display_name TEXT NOT NULL, seeded_fan INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS partners (
    id TEXT PRIMARY KEY, slug TEXT NOT NULL UNIQUE, name TEXT NOT NULL, token_symbol TEXT NOT NULL,
    token_name TEXT NOT NULL, currency_id TEXT NOT NULL, color TEXT NOT NULL,
    position INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS balances (
    user_id TEXT NOT NULL REFERENCES users(id), partner_id TEXT NOT NULL REFERENCES partners(id),
    amount INTEGER NOT NULL CHECK (amount >= 0), wallet_id TEXT NOT NULL, address TEXT NOT NULL,
    PRIMARY KEY (user_id, partner_id)
);
CREATE TABLE IF NOT EXISTS polls (
    id TEXT PRIMARY KEY, partner_id TEXT NOT NULL REFERENCES partners(id), question TEXT NOT NULL,
    information TEXT NOT NULL, publication_date REAL NOT NULL, open_at REAL NOT NULL,
    close_at REAL NOT NULL, disclosed_at REAL, cancelled INTEGER NOT NULL DEFAULT 0,
    type TEXT NOT NULL, is_bound INTEGER NOT NULL, quorum TEXT, quorum_base INTEGER NOT NULL,
    token_limit INTEGER, used_token_count INTEGER NOT NULL DEFAULT 0, seq INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS answers (
    id TEXT PRIMARY KEY, poll_id TEXT NOT NULL REFERENCES polls(id), answer TEXT NOT NULL,
    position INTEGER NOT NULL, token_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS answers_poll ON answers(poll_id);
CREATE INDEX IF NOT EXISTS polls_default_order ON polls(publication_date DESC, seq);
CREATE TABLE IF NOT EXISTS votes (
    poll_id TEXT NOT NULL REFERENCES polls(id), user_id TEXT NOT NULL REFERENCES users(id),
    answer_id TEXT NOT NULL REFERENCES answers(id),
    token_count INTEGER NOT NULL CHECK (token_count > 0),
    voted_at REAL NOT NULL, PRIMARY KEY (poll_id, user_id)
);
CREATE TABLE IF NOT EXISTS idempotency (
    key TEXT NOT NULL, user_id TEXT NOT NULL, status INTEGER NOT NULL, body TEXT NOT NULL,
    created_at REAL NOT NULL, request TEXT, PRIMARY KEY (key, user_id)
);
CREATE TABLE IF NOT EXISTS auth_codes (
    code_hash TEXT PRIMARY KEY, client_id TEXT NOT NULL, user_id TEXT NOT NULL,
    redirect_uri TEXT NOT NULL,
    scope TEXT NOT NULL, code_challenge TEXT, code_challenge_method TEXT, grant_id TEXT NOT NULL,
    expires_at REAL NOT NULL, used INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS tokens (
    access_hash TEXT PRIMARY KEY, refresh_hash TEXT UNIQUE, client_id TEXT NOT NULL, user_id TEXT,
    scope TEXT NOT NULL, grant_type TEXT NOT NULL, grant_id TEXT, issued_at REAL NOT NULL,
    access_expires_at REAL NOT NULL, refresh_expires_at REAL,
    access_revoked INTEGER NOT NULL DEFAULT 0, refresh_revoked INTEGER NOT NULL DEFAULT 0,
    rotated INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS tokens_grant ON tokens(grant_id);
CREATE TABLE IF NOT EXISTS pending (
    csrf TEXT PRIMARY KEY, query TEXT NOT NULL, user_id TEXT, expires_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS conversions (
    id INTEGER PRIMARY KEY AUTOINCREMENT, grant_id TEXT NOT NULL, client_id TEXT NOT NULL,
    user_id TEXT NOT NULL, created_at REAL NOT NULL, partner_tag TEXT, referrer TEXT, campaign TEXT,
    param1 TEXT, param2 TEXT, param3 TEXT
);
"""


def connect(path: Path) -> sqlite3.Connection:
    """A new connection in autocommit mode; writers open their own transaction (``transaction``)."""
    conn = sqlite3.connect(path, timeout=30.0, isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    # Wait for a busy writer instead of failing at once; WAL lets readers run beside one writer.
    conn.execute("PRAGMA busy_timeout = 30000")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = NORMAL")
    # The poll list filters in SQL; these keep Python's exact semantics where SQL's differ
    # (Unicode case folding; float division and parsing of the quorum text).
    conn.create_function("casefold_contains", 2, _casefold_contains, deterministic=True)
    conn.create_function("quorum_reached", 3, _quorum_reached, deterministic=True)
    return conn


def _casefold_contains(text: str, folded_needle: str) -> bool:
    """``folded_needle`` (already case-folded) occurs in ``text``, ignoring case (Unicode)."""
    return folded_needle in text.casefold()


def _quorum_reached(used: int, base: int, quorum: str | None) -> bool:
    """A poll's quorum is reached: the used tokens over the quorum base reach ``quorum``."""
    return quorum is not None and used / base >= float(quorum)


def digest(value: str) -> str:
    """How an issued token or code is stored and looked up: its SHA-256, in hex.

    RFC 6819 5.1.4.1.3: a copy of the database gives no usable credential. Tokens and codes
    carry 256 bits from ``secrets``, so a plain digest cannot be reversed by guessing.
    """
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def _sha256_or_null(value: str | None) -> str | None:
    return None if value is None else digest(value)


def _owner_only(path: Path) -> None:
    """The database's folder and files readable by their owner only (password hashes, tokens),
    also when an older version created them wider. SQLite gives the -wal and -shm files the
    database file's mode."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name != "posix":
        return
    folder = path.parent.stat()
    # A shared folder (/tmp has the sticky bit), another user's or the home folder itself is
    # left alone: only the database's own folder is narrowed.
    if (
        folder.st_mode & 0o077
        and not folder.st_mode & stat.S_ISVTX
        and folder.st_uid == os.getuid()
        and path.parent.resolve() != Path.home().resolve()
    ):
        path.parent.chmod(0o700)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        os.fchmod(fd, 0o600)
    finally:
        os.close(fd)
    for extra in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        with contextlib.suppress(FileNotFoundError):
            extra.chmod(0o600)


def initialise(path: Path) -> None:
    """Create the database file (owner-only) and schema if needed, in WAL mode; upgrade an
    older one."""
    _owner_only(path)
    conn = connect(path)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        _hash_clear_text(conn, path)
        conn.executescript(SCHEMA)
        with transaction(conn):
            conn.execute(
                "INSERT INTO meta (key, value) VALUES ('schema_version', ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (SCHEMA_VERSION,),
            )
        _add_missing_columns(conn)
    finally:
        conn.close()


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {str(row[1]) for row in conn.execute(f"PRAGMA table_info({table})")}


def _hash_clear_text(conn: sqlite3.Connection, path: Path) -> None:
    """Upgrade a database of an earlier version that kept tokens, codes and secrets in clear.

    In place and in one transaction: the tokens are replaced by their digests (a refresh token
    a keyring holds goes on working), client secrets by their slow hash. Users, polls and votes
    are untouched.
    """
    if "access_token" not in _columns(conn, "tokens"):
        return
    from partner_desktop.sandbox.accounts import hash_password  # noqa: PLC0415 - it imports db

    conn.create_function("sha256_or_null", 1, _sha256_or_null, deterministic=True)
    with transaction(conn):
        conn.execute("ALTER TABLE tokens RENAME COLUMN access_token TO access_hash")
        conn.execute("ALTER TABLE tokens RENAME COLUMN refresh_token TO refresh_hash")
        conn.execute("ALTER TABLE tokens ADD COLUMN rotated INTEGER NOT NULL DEFAULT 0")
        tokens = conn.execute(
            "UPDATE tokens SET access_hash = sha256_or_null(access_hash), "
            "refresh_hash = sha256_or_null(refresh_hash)"
        ).rowcount
        conn.execute("ALTER TABLE auth_codes RENAME COLUMN code TO code_hash")
        codes = conn.execute("UPDATE auth_codes SET code_hash = sha256_or_null(code_hash)").rowcount
        conn.execute("ALTER TABLE clients RENAME COLUMN client_secret TO secret_hash")
        clients = conn.execute("SELECT client_id, secret_hash FROM clients").fetchall()
        for row in clients:
            conn.execute(
                "UPDATE clients SET secret_hash = ? WHERE client_id = ?",
                (hash_password(row["secret_hash"]), row["client_id"]),
            )
    log.warning(
        "The sandbox database %s came from an earlier version that stored tokens in clear: "
        "upgraded in place to hashed storage (%d tokens, %d authorization codes, "
        "%d client secrets).",
        path,
        tokens,
        codes,
        len(clients),
    )


def _add_missing_columns(conn: sqlite3.Connection) -> None:
    """Columns added since a database was made (CREATE TABLE IF NOT EXISTS keeps old tables)."""
    if "request" not in _columns(conn, "idempotency"):
        # What the key was used for (the poll and the vote); unknown for older rows.
        conn.execute("ALTER TABLE idempotency ADD COLUMN request TEXT")


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction, taken with ``BEGIN IMMEDIATE`` so that read-then-write is atomic."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
