"""Run the sandbox in a background thread on a local port: for tests and the app's sandbox mode."""

from __future__ import annotations

import socket
import threading
from pathlib import Path
from types import TracebackType

from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server

from partner_desktop.sandbox.app import create_app
from partner_desktop.sandbox.context import SandboxState
from partner_desktop.sandbox.settings import Faults, SandboxConfig

__all__ = ["Faults", "SandboxConfig", "SandboxServer"]


class _QuietHandler(WSGIRequestHandler):
    """Request handler without an access-log line per request (tests and benchmarks stay quiet)."""

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        return


class SandboxServer:
    """A running sandbox: ``start()`` returns its base URL, ``stop()`` closes everything."""

    def __init__(self, config: SandboxConfig) -> None:
        self.config = config
        self._faults = Faults(config.latency_ms, config.error_rate, config.throttle)
        self._server: BaseWSGIServer | None = None
        self._thread: threading.Thread | None = None
        self._state: SandboxState | None = None
        self._base_url: str | None = None

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

    def start(self) -> str:
        """Create or open the database, bind the port, serve in a thread; returns the base URL."""
        if self._server is not None:
            return self.base_url
        app = create_app(self.config, self._faults)
        app_state = app.extensions["partner_sandbox"]
        if not isinstance(app_state, SandboxState):
            raise RuntimeError("the sandbox application has no state")
        family = socket.AF_INET6 if ":" in self.config.host else socket.AF_INET
        # Bind here so that a busy port raises OSError (werkzeug would print and sys.exit).
        listener = socket.create_server(
            (self.config.host, self.config.port), family=family, backlog=128
        )
        try:
            server = make_server(
                self.config.host,
                self.config.port,
                app,
                threaded=True,
                request_handler=_QuietHandler,
                fd=listener.fileno(),
            )
        finally:
            listener.close()  # werkzeug serves on its own duplicate of the descriptor
        port = server.socket.getsockname()[1]
        host = self.config.host
        shown = f"[{host}]" if ":" in host else host
        self._base_url = f"http://{shown}:{port}"
        self._server = server
        self._state = app_state
        self._thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": 0.1},
            name="partner-sandbox",
            daemon=True,
        )
        self._thread.start()
        return self._base_url

    def stop(self) -> None:
        """Stop serving, wait for the thread, close the listening socket."""
        server, thread = self._server, self._thread
        self._server = None
        self._thread = None
        if server is None:
            return
        server.shutdown()
        if thread is not None:
            thread.join(timeout=10)
        server.server_close()
        if self._state is not None:
            self._state.close_pool()  # pooled database connections
            self._state = None

    def set_faults(
        self,
        latency_ms: int | None = None,
        error_rate: float | None = None,
        throttle: int | None = None,
    ) -> None:
        """Change fault injection while running; ``None`` keeps a setting."""
        self._faults.set(latency_ms=latency_ms, error_rate=error_rate, throttle=throttle)

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
