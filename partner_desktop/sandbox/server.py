"""Run the sandbox in a background thread on a local port: for tests and the app's sandbox mode.

``bind()`` takes the port at once (cheap, so the app knows the sandbox's address before Flask
and Authlib load); ``start()`` builds the application and serves. Connections made between the
two wait in the listening socket's queue.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from dataclasses import replace
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from partner_desktop.sandbox.settings import Faults, SandboxConfig

if TYPE_CHECKING:
    from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler

    from partner_desktop.sandbox.context import SandboxState

__all__ = ["Faults", "SandboxConfig", "SandboxServer"]


class _Connections:
    """The sockets of the requests being served (thread-safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._open: set[socket.socket] = set()

    def add(self, sock: socket.socket) -> None:
        with self._lock:
            self._open.add(sock)

    def discard(self, sock: socket.socket) -> None:
        with self._lock:
            self._open.discard(sock)

    def hang_up_all(self) -> None:
        """Shut every open connection down; the handler threads then finish on their own."""
        with self._lock:
            sockets = list(self._open)
        for sock in sockets:
            with contextlib.suppress(OSError):  # already closed by its handler
                sock.shutdown(socket.SHUT_RDWR)


def _quiet_handler(connections: _Connections) -> type[WSGIRequestHandler]:
    """A request handler without an access-log line per request (tests and benchmarks stay
    quiet) that registers its connection with ``connections``, so that ``stop()`` can end
    kept-alive connections too: a stopped sandbox must look stopped to every client."""
    from werkzeug.serving import WSGIRequestHandler  # noqa: PLC0415 - see start()

    class QuietHandler(WSGIRequestHandler):
        def setup(self) -> None:
            super().setup()
            connections.add(self.connection)

        def finish(self) -> None:
            try:
                super().finish()
            finally:
                connections.discard(self.connection)

        def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
            return

    return QuietHandler


class SandboxServer:
    """A running sandbox: ``start()`` returns its base URL, ``stop()`` closes everything."""

    def __init__(self, config: SandboxConfig) -> None:
        self.config = config
        self._faults = Faults(config.latency_ms, config.error_rate, config.throttle)
        self._server: BaseWSGIServer | None = None
        self._thread: threading.Thread | None = None
        self._state: SandboxState | None = None
        self._base_url: str | None = None
        self._listener: socket.socket | None = None
        self._connections = _Connections()

    @property
    def db_path(self) -> Path:
        return self.config.db_path

    @property
    def base_url(self) -> str:
        if self._base_url is None:
            raise RuntimeError("The sandbox is not running.")
        return self._base_url

    @property
    def running(self) -> bool:
        return self._server is not None

    def bind(self) -> str:
        """Take the port (a busy one raises OSError) and return the base URL; serve later."""
        if self._listener is not None or self._server is not None:
            return self.base_url
        family = socket.AF_INET6 if ":" in self.config.host else socket.AF_INET
        # Bind here so that a busy port raises OSError (werkzeug would print and sys.exit).
        listener = socket.create_server(
            (self.config.host, self.config.port), family=family, backlog=128
        )
        port = listener.getsockname()[1]
        host = self.config.host
        shown = f"[{host}]" if ":" in host else host
        self._base_url = f"http://{shown}:{port}"
        self._listener = listener
        return self._base_url

    def start(self) -> str:
        """Create or open the database, bind the port, serve in a thread; returns the base URL."""
        if self._server is not None:
            return self.base_url
        # The app binds the port in phase 1 of its start-up (bind()); Flask, werkzeug and
        # Authlib load here, in phase 2, on the thread that starts serving.
        from werkzeug.serving import make_server  # noqa: PLC0415

        from partner_desktop.sandbox.app import create_app  # noqa: PLC0415
        from partner_desktop.sandbox.context import SandboxState  # noqa: PLC0415

        self.bind()
        listener = self._listener
        assert listener is not None  # noqa: S101 - bind() made it
        try:
            # Issued URLs and metadata name the address bound here, whatever Host a client sends.
            app = create_app(
                replace(self.config, base_url=self.config.base_url or self.base_url), self._faults
            )
            app_state = app.extensions["partner_sandbox"]
            if not isinstance(app_state, SandboxState):
                raise RuntimeError("the sandbox application has no state")
            server = make_server(
                self.config.host,
                self.config.port,  # werkzeug takes the address from ``fd``
                app,
                threaded=True,
                request_handler=_quiet_handler(self._connections),
                fd=listener.fileno(),
            )
        finally:
            # werkzeug serves on its own duplicate of the descriptor; on a failure, clients
            # waiting in the port's queue are refused rather than left hanging.
            self._close_listener()
        self._server = server
        self._state = app_state
        self._thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": 0.1},
            name="partner-sandbox",
            daemon=True,
        )
        self._thread.start()
        return self.base_url

    def _close_listener(self) -> None:
        listener, self._listener = self._listener, None
        if listener is not None:
            listener.close()

    def stop(self) -> None:
        """Stop serving, end open connections, wait for the thread, close the listening socket."""
        server, thread = self._server, self._thread
        self._server = None
        self._thread = None
        self._close_listener()  # bound but never started
        if server is None:
            return
        server.shutdown()
        if thread is not None:
            thread.join(timeout=10)
        server.server_close()
        self._connections.hang_up_all()
        if self._state is not None:
            self._state.close_pool()  # pooled database connections
            self._state = None

    def restart(self) -> str:
        """Stop, then start again on the same port and database (a server restart mid-session).

        Returns the base URL, which is unchanged. Fault settings carry over.
        """
        port = int(self.base_url.rsplit(":", 1)[1])
        self.stop()
        self.config = replace(self.config, port=port)
        return self.start()

    def set_faults(
        self,
        latency_ms: int | None = None,
        error_rate: float | None = None,
        throttle: int | None = None,
        *,
        drop_after_vote: int | None = None,
        reset_mid_answer: int | None = None,
    ) -> None:
        """Change fault injection while running; ``None`` keeps a setting.

        ``drop_after_vote=n``: the next n vote answers are lost after the vote is committed.
        ``reset_mid_answer=n``: the next n API answers break off half-way through the body.
        """
        self._faults.set(latency_ms=latency_ms, error_rate=error_rate, throttle=throttle)
        if drop_after_vote is not None:
            self._faults.arm("drop_after_vote", drop_after_vote)
        if reset_mid_answer is not None:
            self._faults.arm("reset_mid_answer", reset_mid_answer)

    def faults_fired(self) -> dict[str, int]:
        """How many faults were injected, by kind (``error_503``, ``drop_after_vote``, ...)."""
        return self._faults.fired()

    def __enter__(self) -> SandboxServer:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
