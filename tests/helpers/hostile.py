"""A hostile host on this machine: an HTTP(S) server on a loopback address whose every answer a
test writes by hand (redirects anywhere, drip-fed bodies, huge pictures), and a self-signed
certificate for it."""

from __future__ import annotations

import contextlib
import datetime
import ipaddress
import ssl
import struct
import threading
import zlib
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

Answer = Callable[[BaseHTTPRequestHandler], None]


class NoTokens:
    """A token provider for a client that only fetches pictures (which carry no token)."""

    def bearer(self, *, user: bool) -> str:
        raise AssertionError("a picture is fetched without a token")

    def invalidate(self, token: str, *, user: bool) -> None:
        pass


class HostileServer:
    """Serves ``answer(handler)`` for every GET and POST on ``host`` (a loopback address).

    ``requests`` lists the paths asked for, so a test can tell whether a host was reached at
    all. With ``tls`` (a ``(cert, key)`` pair of files) it speaks HTTPS.
    """

    def __init__(
        self, answer: Answer, *, host: str = "127.0.0.1", tls: tuple[Path, Path] | None = None
    ) -> None:
        self.requests: list[str] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _answer(self) -> None:
                outer.requests.append(self.path)
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                # The client may hang up, as a careful client does with a hostile host.
                with contextlib.suppress(OSError):
                    answer(self)

            do_GET = _answer
            do_POST = _answer

            def log_message(self, format: str, *args: object) -> None:
                pass

        class Server(ThreadingHTTPServer):
            daemon_threads = True
            block_on_close = False

            def handle_error(self, request: object, client_address: object) -> None:
                pass

        self._server = Server((host, 0), Handler)
        self.scheme = "http"
        if tls is not None:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(str(tls[0]), str(tls[1]))
            self._server.socket = context.wrap_socket(self._server.socket, server_side=True)
            self.scheme = "https"
        self.host = host
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    def url(self, path: str = "/", *, name: str | None = None) -> str:
        return f"{self.scheme}://{name or self.host}:{self.port}{path}"

    def __enter__(self) -> HostileServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        stop_serving(self._server, self._thread)


def stop_serving(server: ThreadingHTTPServer, thread: threading.Thread) -> None:
    """Stop a server that ``thread`` runs (``serve_forever``) and release its port."""
    server.shutdown()
    server.server_close()
    thread.join(5)


def reply(
    handler: BaseHTTPRequestHandler,
    status: int,
    body: bytes = b"",
    headers: dict[str, str] | None = None,
) -> None:
    handler.send_response(status)
    for name, value in {"Content-Length": str(len(body)), **(headers or {})}.items():
        handler.send_header(name, value)
    handler.end_headers()
    handler.wfile.write(body)


def self_signed(
    folder: Path,
    *,
    names: tuple[str, ...] = ("localhost",),
    ips: tuple[str, ...] = ("127.0.0.1", "127.0.0.2"),
) -> tuple[Path, Path]:
    """A certificate for ``names`` and ``ips`` signed by itself: ``(cert.pem, key.pem)``."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, names[0])])
    now = datetime.datetime.now(datetime.UTC)
    alt: list[x509.GeneralName] = [x509.DNSName(n) for n in names]
    alt += [x509.IPAddress(ipaddress.ip_address(ip)) for ip in ips]
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName(alt), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


def huge_png(width: int, height: int) -> bytes:
    """A valid grey PNG of ``width`` x ``height`` pixels that compresses to a few hundred KB."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit greyscale
    squeeze = zlib.compressobj(9)
    row = b"\x00" + bytes(range(256)) * (width // 256) + b"\x80" * (width % 256)
    parts = [squeeze.compress(row) for _ in range(height)]
    parts.append(squeeze.flush())
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", b"".join(parts))
        + chunk(b"IEND", b"")
    )
