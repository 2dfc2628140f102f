"""PKCE verifiers, S256 challenges (RFC 7636) and state values."""

from __future__ import annotations

import re

import pytest
from authlib.oauth2.rfc7636 import create_s256_code_challenge

from partner_desktop.auth import pkce

UNRESERVED = re.compile(r"^[A-Za-z0-9\-._~]+$")


def test_rfc7636_appendix_b_example() -> None:
    verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
    assert pkce.challenge(verifier) == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"


def test_verifiers_are_long_unreserved_and_unique() -> None:
    verifiers = {pkce.new_verifier() for _ in range(200)}
    assert len(verifiers) == 200
    for v in verifiers:
        assert 43 <= len(v) <= 128
        assert UNRESERVED.match(v)
        # Authlib (which builds the authorize URL) computes the same challenge.
        assert pkce.challenge(v) == create_s256_code_challenge(v)
        assert "=" not in pkce.challenge(v)


def test_states_are_unique_and_url_safe() -> None:
    states = {pkce.new_state() for _ in range(200)}
    assert len(states) == 200
    assert all(len(s) >= 32 and UNRESERVED.match(s) for s in states)


@pytest.mark.parametrize("bad", ["short", "a" * 129, "a" * 42 + " ", "ü" * 50])
def test_invalid_verifier_is_refused(bad: str) -> None:
    with pytest.raises(ValueError, match="43 to 128"):
        pkce.challenge(bad)
