"""The exception tree carries facts, never sentences: only ui/errors.py words them for people."""

from __future__ import annotations

import ast
import inspect
import re
from pathlib import Path

import pytest

from partner_desktop import errors
from partner_desktop.errors import (
    ApiError,
    AuthError,
    CertificateError,
    ConfigError,
    EndpointUnavailable,
    LoopbackError,
    NetworkError,
    PartnerError,
    SignedOut,
    SignInUnavailable,
    Storage,
    StorageReason,
    VoteNotCounted,
    VoteOutcomeUnknown,
    VoteRejected,
)

PACKAGE = Path(__file__).resolve().parents[1] / "partner_desktop"
#: The layers below the window: they raise and report, they do not write for people.
LOWER = ("api", "auth", "controllers", "config.py", "errors.py", "paths.py")
#: The loopback receiver's browser pages are the one place below ui/ with words for people.
PAGES = {"auth/loopback.py"}
#: A sentence for a person: a capital, words, and a full stop (or ! ?) at the end.
SENTENCE = re.compile(r"^[A-Z][^\n]*\s[^\n]*[.!?]$")
TREE = {
    name
    for name, value in vars(errors).items()
    if inspect.isclass(value) and issubclass(value, PartnerError)
}


def lower_files(root: Path = PACKAGE) -> list[Path]:
    found: list[Path] = []
    for entry in LOWER:
        path = root / entry
        found += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return found


def _text(node: ast.expr) -> str | None:
    """The words of a string literal or f-string (its constant parts), else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(
            part.value
            for part in node.values
            if isinstance(part, ast.Constant) and isinstance(part.value, str)
        )
    return None


def prose_in(path: Path, root: Path = PACKAGE) -> list[str]:
    """Words for people in ``path``: text given to an exception of our tree (any text with a
    space is a sentence there; fields are codes), or a sentence kept in a module constant."""
    where = path.relative_to(root).as_posix()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name in TREE:
                values = [*node.args, *(k.value for k in node.keywords)]
                for value in values:
                    text = _text(value)
                    if text is not None and " " in text.strip():
                        found.append(f"{where}:{node.lineno}: {name}({text!r})")
    if where in PAGES:
        return found
    for statement in tree.body:
        if isinstance(statement, ast.Assign | ast.AnnAssign) and statement.value is not None:
            for node in ast.walk(statement.value):
                text = _text(node) if isinstance(node, ast.expr) else None
                if text is not None and SENTENCE.match(text):
                    found.append(f"{where}:{statement.lineno}: constant {text!r}")
    return found


def test_the_layers_below_the_window_write_no_sentences() -> None:
    files = lower_files()
    assert len(files) > 20, "the walk really found the layers"
    found = [hit for path in files for hit in prose_in(path)]
    assert found == [], "\n".join(found)


def test_the_guard_sees_a_sentence_given_to_an_error(tmp_path: Path) -> None:
    """The check above would catch the old way of writing errors (a test that can fail)."""
    layer = tmp_path / "api"
    layer.mkdir()
    (layer / "client.py").write_text(
        "from partner_desktop.errors import NetworkError\n"
        'GONE = "Your sign-in has ended. Please sign in again."\n'
        "def fail(host):\n"
        '    raise NetworkError(f"Cannot connect to the server at {host}.")\n',
        encoding="utf-8",
    )
    found = prose_in(layer / "client.py", tmp_path)
    kinds = [re.match(r"\w+", hit.split(": ", 1)[1]) for hit in found]
    assert [kind.group() for kind in kinds if kind] == ["NetworkError", "constant"]


@pytest.mark.parametrize(
    ("exc", "expected"),
    [
        (
            NetworkError(NetworkError.TIMEOUT, host="api.example"),
            "NetworkError(reason=timeout, host=api.example)",
        ),
        (
            SignInUnavailable(NetworkError.UNAVAILABLE, host="id.example:443", status=503),
            "SignInUnavailable(reason=unavailable, host=id.example:443, status=503, sign_in=True)",
        ),
        (
            CertificateError(host="api.example"),
            "CertificateError(reason=certificate, host=api.example)",
        ),
        (
            VoteOutcomeUnknown(NetworkError.BROKEN, poll_id="p1", idempotency_key="k1"),
            "VoteOutcomeUnknown(reason=broken, poll_id=p1, idempotency_key=k1)",
        ),
        (
            VoteNotCounted(NetworkError.UNAVAILABLE, status=503),
            "VoteNotCounted(reason=unavailable, status=503)",
        ),
        (AuthError("invalid_grant", status=400), "AuthError(error=invalid_grant, status=400)"),
        (SignedOut(SignedOut.EXPIRED), "SignedOut(error=expired)"),
        (LoopbackError("port_in_use", port=8765), "LoopbackError(error=port_in_use, port=8765)"),
        (
            ApiError(status=400, code="400", message="limit is too high"),
            "ApiError(status=400, code=400, message='limit is too high')",
        ),
        (ApiError("missing", field="data[2].id"), "ApiError(problem=missing, field=data[2].id)"),
        (
            EndpointUnavailable(endpoint="wallet", status=410),
            "EndpointUnavailable(status=410, endpoint=wallet)",
        ),
        (
            VoteRejected(reason=VoteRejected.CLOSED, status=422),
            "VoteRejected(status=422, reason=closed)",
        ),
        (
            ConfigError(ConfigError.URL_NOT_HTTPS, setting="token_url", value="http://a.example/t"),
            "ConfigError(problem=url_not_https, setting=token_url, value=http://a.example/t)",
        ),
        (PartnerError(), "PartnerError()"),
    ],
)
def test_an_error_reads_in_the_log_as_its_facts(exc: PartnerError, expected: str) -> None:
    assert str(exc) == expected


def test_where_the_sign_in_is_kept_is_a_value() -> None:
    assert str(Storage(keyring="SecretService")) == "keyring=SecretService"
    assert str(Storage(reason=StorageReason.LOCKED)) == "session-only (locked)"
    assert Storage(reason=StorageReason.LOCKED) == Storage(reason=StorageReason("locked"))
