"""PKCE (RFC 7636) verifiers and S256 challenges, and OAuth ``state`` values, from ``secrets``."""

from __future__ import annotations

import base64
import hashlib
import re
import secrets

#: RFC 7636 section 4.1: code-verifier = 43*128unreserved.
VERIFIER_RE = re.compile(r"^[A-Za-z0-9\-._~]{43,128}$")


def new_state() -> str:
    """An unguessable ``state`` for one authorization attempt (RFC 6749 section 10.12)."""
    return secrets.token_urlsafe(32)


def new_verifier() -> str:
    """A code verifier: 86 characters from 64 random bytes (RFC 7636 7.1 asks >= 256 bits)."""
    # token_urlsafe uses the base64url alphabet, a subset of the RFC 7636 unreserved set.
    return secrets.token_urlsafe(64)


def challenge(verifier: str) -> str:
    """The S256 challenge: BASE64URL(SHA256(ASCII(verifier))), unpadded (RFC 7636 4.2)."""
    if not VERIFIER_RE.match(verifier):
        raise ValueError("PKCE code verifier: 43 to 128 characters of [A-Za-z0-9-._~]")
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")
