"""The loopback redirect receiver of a native-app sign-in (RFC 8252 sections 7.3 and 8.3)."""

from __future__ import annotations

import contextlib
import errno
import html
import http.client
import logging
import re
import secrets
import socket
import socketserver
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler
from types import TracebackType
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from partner_desktop.errors import (
    AuthError,
    LoopbackError,
    SignInCancelled,
    SignInDenied,
    SignInTimeout,
)

log = logging.getLogger(__name__)

#: Longest request line accepted; a real redirect carries a code and a state, far below this.
MAX_REQUEST_LINE = 8192
#: Longest header section accepted (all header lines together).
MAX_HEADER_BYTES = 16384
#: Seconds a connection may stay silent before it is dropped, so a slow client cannot hold a thread.
CONNECTION_TIMEOUT = 5.0
#: Seconds a whole request may take, however steadily it trickles in (a slowloris sending one
#: byte every few seconds never trips the silence timeout above).
REQUEST_DEADLINE = 10.0
#: How often the serving threads look for a shutdown request.
_POLL_INTERVAL = 0.05

_ERROR_CODE_RE = re.compile(r"[^A-Za-z0-9_.\-]")

_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} - Partner Desktop</title>
<style>body{{font-family:sans-serif;margin:4em auto;max-width:32em;padding:0 1em;color:#222}}
h1{{font-size:1.4em}}</style></head>
<body><h1>{title}</h1><p>{message}</p></body></html>
"""

_CLOSE_TAB = "You can close this tab and return to Partner Desktop."


class _Outcome:
    """What the browser brought back: a code, or the error to raise."""

    def __init__(self, code: str | None = None, error: AuthError | None = None) -> None:
        self.code = code
        self.error = error


class _CappedReader:
    """Wraps the request stream so the whole header section stays under a byte budget."""

    def __init__(self, raw: Any, budget: int) -> None:
        self._raw = raw
        self._budget = budget

    def readline(self, size: int = -1) -> bytes:
        if self._budget <= 0:
            raise http.client.LineTooLong("header section")
        limit = self._budget + 1 if size < 0 else min(size, self._budget + 1)
        line: bytes = self._raw.readline(limit)
        self._budget -= len(line)
        if self._budget < 0:
            raise http.client.LineTooLong("header section")
        return line

    def __getattr__(self, name: str) -> Any:
        return getattr(self._raw, name)


def _safe_error_code(value: str) -> str:
    """An OAuth error code reduced to harmless characters, for a message or a page."""
    cleaned = _ERROR_CODE_RE.sub("", value)[:64]
    return cleaned or "unknown"


class _Handler(BaseHTTPRequestHandler):
    """Answers one request per connection (HTTP/1.0) and reports a valid callback."""

    server: _Server
    timeout = CONNECTION_TIMEOUT
    server_version = "PartnerDesktop"
    sys_version = ""

    def version_string(self) -> str:
        return self.server_version

    def setup(self) -> None:
        super().setup()
        self.server.track(self.connection)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.untrack(self.connection)

    def handle_one_request(self) -> None:
        try:
            line = self.rfile.readline(MAX_REQUEST_LINE + 1)
            if len(line) > MAX_REQUEST_LINE:
                self.requestline = ""
                self.request_version = ""
                self.command = ""
                self.send_error(414)
                return
            if not line:
                self.close_connection = True
                return
            self.raw_requestline = line
            self.rfile = _CappedReader(self.rfile, MAX_HEADER_BYTES)  # type: ignore[assignment]
            if not self.parse_request():
                return
            self._dispatch()
            self.wfile.flush()
        except (TimeoutError, ConnectionError) as exc:
            # A silent or vanished client: drop the connection, the attempt goes on.
            log.debug("Loopback connection dropped: %s", type(exc).__name__)
            self.close_connection = True

    def _dispatch(self) -> None:
        receiver = self.server.receiver
        # The target as sent: http.server rewrites "//callback" to "/callback" (gh-87389), and
        # the redirect URI's path must match exactly (RFC 9700 section 4.1.3), so use the raw one.
        words = self.requestline.split()
        parts = urlsplit(words[1] if len(words) >= 2 else self.path)
        if (
            self.command != "GET"
            or self.request_version not in ("HTTP/1.0", "HTTP/1.1")  # no HTTP/0.9 from browsers
            or parts.scheme
            or parts.netloc
            or parts.path != receiver.path
        ):
            # Favicons, probes, HEAD, other paths: answered, and the attempt goes on.
            self._page(404, "Nothing here", "This address only receives a Partner Desktop sign-in.")
            return
        if receiver.finished:
            self._page(404, "Sign-in already finished", _CLOSE_TAB)
            return
        try:
            pairs = parse_qsl(parts.query, keep_blank_values=True, strict_parsing=False)
        except ValueError:
            pairs = []
        params: dict[str, str] = {}
        duplicated = False
        for key, value in pairs:
            duplicated = duplicated or key in params
            params[key] = value
        state = params.get("state", "")
        # RFC 6749 section 10.12: the state binds the answer to this attempt; compare in
        # constant time. RFC 6749 section 3.1: a parameter must not appear twice.
        if duplicated or not secrets.compare_digest(
            state.encode("utf-8", "replace"), receiver.expected_state.encode()
        ):
            log.info("Loopback ignored a callback whose state does not match this sign-in.")
            self._page(
                400,
                "This answer does not belong to this sign-in",
                "It may come from an earlier attempt. Return to Partner Desktop and sign in again.",
            )
            return
        error = params.get("error")
        if error is not None:
            code = _safe_error_code(error)
            if code == "access_denied":
                outcome = _Outcome(error=SignInDenied(code))
                title, message = (
                    "You declined access",
                    f"Partner Desktop was not given access. {_CLOSE_TAB}",
                )
            else:
                outcome = _Outcome(error=AuthError(code))
                title = "Sign-in failed"
                message = f"The sign-in server answered with the error {code}. {_CLOSE_TAB}"
        else:
            auth_code = params.get("code", "")
            if not auth_code:
                self._page(400, "Incomplete answer", "The sign-in answer carries no code.")
                return
            outcome = _Outcome(code=auth_code)
            title, message = "Signed in", _CLOSE_TAB
        if not receiver._finish(outcome, keep=self.connection):
            self._page(404, "Sign-in already finished", _CLOSE_TAB)
            return
        self._page(200, title, message)

    def _page(self, status: int, title: str, message: str) -> None:
        body = _PAGE.format(title=html.escape(title), message=html.escape(message)).encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        # The page must not be cached or leak the callback URL (with its code) as a Referer.
        self.send_header("Cache-Control", "no-store")
        self.send_header("Pragma", "no-cache")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        # The stock error page echoes the request line, which may carry the code.
        self.close_connection = True
        titles = {414: "Request too long", 431: "Request headers too large", 501: "Not supported"}
        self._page(
            code,
            titles.get(code, "Bad request"),
            "This address only receives a Partner Desktop sign-in.",
        )

    def log_message(self, format: str, *args: Any) -> None:
        # The stock access log writes the request line (code and state) to stderr.
        return


class _Server(socketserver.ThreadingMixIn, socketserver.TCPServer):
    daemon_threads = True
    block_on_close = False
    # Address reuse is chosen per platform in bind_to().
    allow_reuse_address = False

    def __init__(self, family: socket.AddressFamily, receiver: LoopbackReceiver) -> None:
        self.address_family = family
        self.receiver = receiver
        #: Open connections and when each must be done.
        self._open: dict[socket.socket, float] = {}
        self._open_lock = threading.Lock()
        self._hung_up = False
        super().__init__(("", 0), _Handler, bind_and_activate=False)

    def track(self, connection: socket.socket) -> None:
        with self._open_lock:
            self._open[connection] = time.monotonic() + REQUEST_DEADLINE
            late = self._hung_up  # accepted just before the receiver stopped
        if late:
            _hang_up(connection)

    def untrack(self, connection: socket.socket) -> None:
        with self._open_lock:
            self._open.pop(connection, None)

    def service_actions(self) -> None:
        """Between polls of the serving loop: cut the connections past their deadline."""
        now = time.monotonic()
        with self._open_lock:
            late = [c for c, deadline in self._open.items() if deadline <= now]
        for connection in late:
            _hang_up(connection)

    def hang_up_all(self, keep: socket.socket | None = None) -> None:
        """Cut every open connection but ``keep``: a handler blocked reading one returns."""
        with self._open_lock:
            self._hung_up = True
            connections = [c for c in self._open if c is not keep]
        for connection in connections:
            _hang_up(connection)

    def bind_to(self, host: str, port: int) -> None:
        if sys.platform == "win32":
            # On Windows SO_REUSEADDR lets another process take the port over; refuse that.
            self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)  # type: ignore[attr-defined]
        else:
            # On POSIX it only permits rebinding over TIME_WAIT (a pinned port reused soon
            # after the last sign-in); a port another program listens on stays refused.
            self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if self.address_family == socket.AF_INET6:
            self.socket.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
        self.socket.bind((host, port))
        self.server_address = self.socket.getsockname()
        self.server_activate()

    def handle_error(self, request: Any, client_address: Any) -> None:
        log.debug("Loopback request failed", exc_info=False)


def _hang_up(connection: socket.socket) -> None:
    with contextlib.suppress(OSError):
        connection.shutdown(socket.SHUT_RDWR)


class LoopbackReceiver:
    """Listens on 127.0.0.1 (and ::1 on the same port when possible) for one redirect."""

    def __init__(
        self,
        expected_state: str,
        *,
        port: int | None = None,
        path: str = "/callback",
        host_v6: bool = True,
    ) -> None:
        if not expected_state:
            raise ValueError("empty state")
        self.expected_state = expected_state
        self.path = path
        self._pinned = port
        self._host_v6 = host_v6
        self._servers: list[_Server] = []
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()
        self._stop_lock = threading.Lock()
        self._done = threading.Event()
        self._outcome: _Outcome | None = None
        self._answering: socket.socket | None = None
        self._port: int | None = None

    # -- life cycle -------------------------------------------------------------------

    def start(self) -> None:
        """Bind and start serving; raise ``LoopbackError`` if the pinned port is busy."""
        if self._servers:
            raise RuntimeError("receiver already started")
        # With an OS-chosen port the IPv6 twin may collide with another program: retry a few times.
        for _ in range(5):
            v4 = self._bind(socket.AF_INET, "127.0.0.1", self._pinned or 0)
            port = int(v4.server_address[1])
            servers = [v4]
            if self._host_v6 and socket.has_ipv6:
                try:
                    servers.append(self._bind(socket.AF_INET6, "::1", port))
                except LoopbackError:
                    if self._pinned is None:
                        v4.server_close()
                        continue
                    log.info("Loopback: ::1 port %d is busy; listening on 127.0.0.1 only.", port)
                except OSError as exc:
                    log.info("Loopback: no IPv6 loopback (%s); listening on 127.0.0.1 only.", exc)
            break
        else:  # pragma: no cover - five collisions in a row
            servers = [self._bind(socket.AF_INET, "127.0.0.1", 0)]
        self._servers = servers
        self._port = int(servers[0].server_address[1])
        for server in servers:
            thread = threading.Thread(
                target=server.serve_forever,
                kwargs={"poll_interval": _POLL_INTERVAL},
                name=f"loopback-{self._port}",
                daemon=True,
            )
            thread.start()
            self._threads.append(thread)
        log.info("Loopback receiver listening on port %d (%d sockets).", self._port, len(servers))

    def _bind(self, family: socket.AddressFamily, host: str, port: int) -> _Server:
        server = _Server(family, self)
        try:
            server.bind_to(host, port)
        except OSError as exc:
            server.server_close()
            if exc.errno in (errno.EADDRINUSE, errno.EACCES) or isinstance(exc, PermissionError):
                raise LoopbackError("port_in_use", port=port) from None
            raise
        return server

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("receiver not started")
        return self._port

    @property
    def redirect_uri(self) -> str:
        """The IP-literal redirect URI (RFC 8252 section 7.3 prefers it to ``localhost``)."""
        return f"http://127.0.0.1:{self.port}{self.path}"

    @property
    def listening(self) -> bool:
        return any(s.socket.fileno() != -1 for s in self._servers)

    @property
    def finished(self) -> bool:
        return self._done.is_set()

    def _finish(self, outcome: _Outcome, keep: socket.socket | None = None) -> bool:
        """Record the first outcome; stop listening before the browser gets its page (on the
        connection ``keep``)."""
        with self._lock:
            if self._outcome is not None:
                return False
            self._outcome = outcome
            self._answering = keep
        self._stop_listening()
        self._done.set()
        return True

    def _stop_listening(self) -> None:
        keep = self._answering  # the connection that brought the outcome gets its page
        with self._stop_lock:
            for server in self._servers:
                if server.socket.fileno() != -1:
                    server.shutdown()
                    server.server_close()
                # Also the connections still open (a slow client's): none outlives the receiver.
                server.hang_up_all(keep)

    def wait(self, timeout: float) -> str:
        """Block until the redirect arrives; return the authorization code.

        Raises ``SignInDenied``, ``AuthError``, ``SignInTimeout`` or ``SignInCancelled``.
        """
        if not self._servers:
            raise RuntimeError("receiver not started")
        try:
            if not self._done.wait(timeout):
                self._finish(_Outcome(error=SignInTimeout("timeout")))
        finally:
            self._stop_listening()
        outcome = self._outcome
        if outcome is None or outcome.code is None:
            raise (outcome.error if outcome and outcome.error else SignInCancelled("ended"))
        return outcome.code

    def cancel(self) -> None:
        """End the attempt from any thread; ``wait`` raises ``SignInCancelled`` promptly."""
        with self._lock:
            if self._outcome is None:
                self._outcome = _Outcome(error=SignInCancelled("cancelled"))
        # Wake the waiter first, then stop listening (also when nobody ever waits).
        self._done.set()
        self._stop_listening()

    def close(self) -> None:
        """Stop listening (idempotent)."""
        self.cancel()
        for thread in self._threads:
            thread.join(timeout=2)

    def __enter__(self) -> LoopbackReceiver:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
