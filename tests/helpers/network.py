"""Real-socket helpers for client tests: a scripted HTTP server and a connection-dropping proxy."""

from __future__ import annotations

import selectors
import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType

from tests.helpers.hostile import stop_serving


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        """A client hanging up early (a refused picture) is expected; no traceback on stderr."""


class ScriptedServer:
    """An HTTP server on 127.0.0.1 that answers from a script and records what it was sent.

    ``script(path, count)`` returns the reply for the ``count``-th request (from 0) to ``path``.
    """

    def __init__(self, script: Callable[[str, int], Reply]) -> None:
        self.seen: list[Seen] = []
        self._counts: dict[str, int] = {}
        self._lock = threading.Lock()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                path = self.path.split("?")[0]
                with outer._lock:
                    outer.seen.append(Seen(self.command, self.path, dict(self.headers)))
                    count = outer._counts.get(path, 0)
                    outer._counts[path] = count + 1
                reply = script(path, count)
                self.send_response(reply.status)
                headers = {"Content-Length": str(len(reply.body)), **reply.headers}
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(reply.body)

            do_GET = _answer
            do_POST = _answer

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._server = _QuietServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> ScriptedServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        stop_serving(self._server, self._thread)


class DroppingProxy:
    """A TCP proxy to ``target`` that forwards requests but can drop the connection instead of
    relaying the answer: the server has done the work, the client never hears of it."""

    def __init__(self, target: tuple[str, int]) -> None:
        self._target = target
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.05)
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._drops_left = 0
        self.dropped = 0
        self._workers: list[threading.Thread] = []
        self._acceptor = threading.Thread(target=self._accept_loop, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._listener.getsockname()[1]}"

    def drop_next(self, count: int) -> None:
        """Drop the connection at the first byte of each of the next ``count`` answers."""
        with self._lock:
            self._drops_left = count

    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            worker = threading.Thread(target=self._relay, args=(client,), daemon=True)
            self._workers.append(worker)
            worker.start()

    def _take_drop(self) -> bool:
        with self._lock:
            if self._drops_left > 0:
                self._drops_left -= 1
                self.dropped += 1
                return True
            return False

    def _relay(self, client: socket.socket) -> None:
        with (
            client,
            socket.create_connection(self._target) as upstream,
            selectors.DefaultSelector() as selector,
        ):
            selector.register(client, selectors.EVENT_READ)
            selector.register(upstream, selectors.EVENT_READ)
            while not self._stop.is_set():
                for key, _ in selector.select(0.05):
                    source = key.fileobj
                    assert isinstance(source, socket.socket)
                    try:
                        data = source.recv(65536)
                    except OSError:
                        return
                    if not data:
                        return
                    if source is upstream:
                        if self._take_drop():
                            return  # both sockets close: the answer is lost
                        client.sendall(data)
                    else:
                        upstream.sendall(data)

    def __enter__(self) -> DroppingProxy:
        self._acceptor.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._stop.set()
        self._acceptor.join(5)
        self._listener.close()
        for worker in self._workers:
            worker.join(5)


@contextmanager
def closed_port() -> Iterator[int]:
    """A port on 127.0.0.1 that nothing listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    yield port
