"""Raw bytes to a local HTTP listener, for requests no HTTP client would send."""

from __future__ import annotations

import errno
import socket


def _closed_by_peer(exc: OSError) -> bool:
    """Reset, broken pipe or no longer connected: the server closed first (not a timeout)."""
    if isinstance(exc, TimeoutError):
        return False
    return isinstance(exc, ConnectionResetError | BrokenPipeError) or exc.errno == errno.ENOTCONN


def raw_exchange(port: int, data: bytes, host: str = "127.0.0.1", *, timeout: float = 5) -> bytes:
    """Send ``data``, read the answer until the server closes; ``b""`` if it refused or reset.

    A server may answer early (a 414 for a request line it stopped reading) and close, or stop
    listening with connections still queued: the send, the shutdown and the read can each meet
    that, and none of it is a failure of the exchange. What it did answer is still read.
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    chunks: list[bytes] = []
    try:
        with socket.socket(family, socket.SOCK_STREAM) as sock:
            sock.settimeout(timeout)
            sock.connect((host, port))
            try:
                sock.sendall(data)
                sock.shutdown(socket.SHUT_WR)  # no more to say: the server sees the end
            except OSError as exc:
                if not _closed_by_peer(exc):
                    raise
            try:
                while chunk := sock.recv(65536):
                    chunks.append(chunk)
            except OSError as exc:
                if not _closed_by_peer(exc):
                    raise
    except (ConnectionRefusedError, ConnectionResetError):
        return b""
    return b"".join(chunks)
