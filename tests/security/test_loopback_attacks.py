"""The loopback receiver under attack (RFC 8252 section 8.3): exactly one valid callback wins."""

from __future__ import annotations

import random
import re
import socket
import threading
import time
from collections import Counter
from pathlib import Path

import pytest

from partner_desktop.auth import loopback
from partner_desktop.auth.loopback import LoopbackReceiver
from tests.helpers.rawhttp import raw_exchange

STATE = "attack-state-" + "k" * 30
THREADS = 20
PER_THREAD = 25


def status(answer: bytes) -> int | None:
    match = re.match(rb"HTTP/1\.[01] (\d{3}) ", answer)
    return int(match.group(1)) if match else None


def get(target: str, method: str = "GET", extra: bytes = b"") -> bytes:
    return f"{method} {target} HTTP/1.1\r\nHost: 127.0.0.1\r\n".encode() + extra + b"\r\n"


S = STATE
HOSTILE: dict[str, bytes] = {
    "wrong state": get("/callback?code=evil&state=guess"),
    "state prefix": get(f"/callback?code=evil&state={S[:-1]}"),
    "state with NUL": get(f"/callback?code=evil&state={S}%00"),
    "duplicated state": get(f"/callback?code=evil&state={S}&state={S}"),
    "duplicated code": get(f"/callback?code=evil&code=evil2&state={S}&state=x"),
    "forged error": get("/callback?error=access_denied&state=guess"),
    "POST callback": get(f"/callback?code=evil&state={S}", "POST"),
    "HEAD callback": get(f"/callback?code=evil&state={S}", "HEAD"),
    "other path": get(f"/callback/x?code=evil&state={S}"),
    "dot path": get(f"/callback/..?code=evil&state={S}"),
    "double slash": get(f"//callback?code=evil&state={S}"),
    "favicon": get("/favicon.ico"),
    "no parameters": get("/callback"),
    "oversized line": get("/callback?code=" + "x" * 10_000 + f"&state={S}"),
    "oversized headers": get(
        "/callback?state=x", extra=b"".join(b"X-%d: %s\r\n" % (i, b"y" * 300) for i in range(80))
    ),
    "TLS hello": b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + bytes(range(64)),
    "binary": bytes(range(256)) * 4,
    "no CRLF": b"GET /callback?state=" + S.encode(),
    "HTTP/0.9": f"GET /callback?code=evil&state={S}\r\n".encode(),
    "header injection": get("/callback?state=x", extra=b"X: a\r\n\x00\x01bad header\r\n"),
}


def listening_addresses(port: int) -> set[str]:
    """The local addresses of every socket LISTENing on ``port`` (Linux /proc/net)."""
    found: set[str] = set()
    for table in ("tcp", "tcp6"):
        path = Path("/proc/net") / table
        if not path.exists():
            continue
        for line in path.read_text().splitlines()[1:]:
            fields = line.split()
            local, state = fields[1], fields[3]
            address, _, hex_port = local.partition(":")
            if state == "0A" and int(hex_port, 16) == port:  # 0A = TCP_LISTEN
                found.add(address)
    return found


IPV4_LOOPBACK = "0100007F"  # 127.0.0.1, little-endian in /proc/net/tcp
IPV6_LOOPBACK = "00000000000000000000000001000000"  # ::1


@pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="needs Linux /proc/net")
def test_listens_on_loopback_addresses_only() -> None:
    with LoopbackReceiver(STATE) as receiver:
        addresses = listening_addresses(receiver.port)
        assert IPV4_LOOPBACK in addresses
        assert addresses <= {IPV4_LOOPBACK, IPV6_LOOPBACK}, addresses
        # No wildcard (0.0.0.0 / ::) that another machine could reach.
        assert "00000000" not in addresses
        assert "0" * 32 not in addresses
    assert listening_addresses(receiver.port) == set()  # and nothing left after the attempt


@pytest.mark.parametrize("kind", list(HOSTILE))
def test_each_hostile_request_is_answered_safely_and_accepts_nothing(kind: str) -> None:
    with LoopbackReceiver(STATE) as receiver:
        answer = raw_exchange(receiver.port, HOSTILE[kind])
        code = status(answer)
        assert code is None or code >= 400, answer[:200]
        assert b"evil" not in answer
        assert STATE.encode() not in answer
        assert not receiver.finished
        # The attempt goes on: the real browser's callback still gets through.
        ok = raw_exchange(receiver.port, get(f"/callback?code=real&state={STATE}"))
        assert status(ok) == 200
        assert receiver.wait(5) == "real"


@pytest.mark.slow
def test_flood_slowloris_and_a_second_callback_accept_exactly_one() -> None:
    """500 hostile requests from 20 threads, 40 idle connections, the real callback in the
    middle of it all, then a second valid-looking callback: exactly one code comes out."""
    rng = random.Random(8)
    kinds = list(HOSTILE)
    answers: Counter[str] = Counter()
    accepted: list[bytes] = []
    lock = threading.Lock()
    before = threading.active_count()

    with LoopbackReceiver(STATE) as receiver:
        port = receiver.port
        idle = [socket.create_connection(("127.0.0.1", port)) for _ in range(40)]
        for sock in idle:
            sock.sendall(b"GET /callback?state=")  # and then nothing more (slowloris)
        go = threading.Barrier(THREADS)

        def attacker(index: int) -> None:
            go.wait()
            for n in range(PER_THREAD):
                if index == 7 and n == PER_THREAD // 2:
                    answer = raw_exchange(port, get(f"/callback?code=real&state={STATE}"))
                    if status(answer) == 200:
                        with lock:
                            accepted.append(b"real")
                    continue
                kind = rng.choice(kinds)
                answer = raw_exchange(port, HOSTILE[kind])
                code = status(answer)
                with lock:
                    answers["refused or closed" if code is None else str(code)] += 1
                    if code == 200:
                        accepted.append(HOSTILE[kind])

        threads = [threading.Thread(target=attacker, args=(i,)) for i in range(THREADS)]
        started = time.monotonic()
        for thread in threads:
            thread.start()
        assert receiver.wait(30) == "real"
        for thread in threads:
            thread.join(60)
        # A second valid-looking callback (a replayed or injected code) after the first.
        second = raw_exchange(port, get(f"/callback?code=injected&state={STATE}"))
        assert status(second) in (None, 404)
        for sock in idle:
            sock.close()
    elapsed = time.monotonic() - started

    assert accepted == [b"real"], answers
    assert sum(answers.values()) == THREADS * PER_THREAD - 1
    assert "200" not in answers
    assert elapsed < 30
    # Every serving thread ends with the receiver: the flood leaves nothing running.
    deadline = time.monotonic() + loopback.CONNECTION_TIMEOUT + 5
    while threading.active_count() > before and time.monotonic() < deadline:
        time.sleep(0.05)
    assert threading.active_count() <= before


def _held_for(sock: socket.socket, seconds: float, payload: bytes) -> float:
    """Send ``payload`` one byte every 0.2 s for up to ``seconds``; how long the receiver let
    the connection live."""
    started = time.monotonic()
    sock.settimeout(0.2)
    for byte in payload:
        if time.monotonic() - started > seconds:
            break
        try:
            sock.sendall(bytes([byte]))
            if sock.recv(4096) == b"":
                break
        except TimeoutError:
            continue  # nothing to read yet: the connection is alive
        except OSError:
            break  # reset: cut by the receiver
    return time.monotonic() - started


def test_a_slowloris_is_cut_at_the_request_deadline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(loopback, "REQUEST_DEADLINE", 1.0, raising=False)
    with LoopbackReceiver(STATE, host_v6=False) as receiver:
        with socket.create_connection(("127.0.0.1", receiver.port)) as sock:
            # A byte every 0.2 s: far inside the 5 s silence timeout, for ever if allowed.
            held = _held_for(sock, 6.0, get(f"/callback?code=x&state={STATE}") * 4)
        assert held < 2.5
        assert not receiver.finished


def test_stopping_the_receiver_closes_every_connection() -> None:
    receiver = LoopbackReceiver(STATE, host_v6=False)
    receiver.start()
    with socket.create_connection(("127.0.0.1", receiver.port)) as sock:
        sock.sendall(b"GET /call")
        time.sleep(0.2)
        receiver.close()  # the sign-in ended (cancelled): nothing of it may stay open
        held = _held_for(sock, 4.0, b"back?code=x&state=y" * 4)
    assert held < 1.0
    assert not receiver.listening
