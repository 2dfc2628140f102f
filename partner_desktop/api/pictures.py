"""Partner pictures from hosts the API names: https only, public addresses only (checked at every
redirect), one deadline for the whole download, and never a credential sent.

Outside the sandbox a picture address is the server's word, so it is treated as hostile: it must
not make the app reach into the person's own computer or network (a router page, a metadata
service), and a host that drips one byte every few seconds must not hold a download slot for ever.
"""

from __future__ import annotations

import contextlib
import ipaddress
import logging
import socket
import threading
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import SplitResult, urljoin, urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from partner_desktop.errors import ApiError, NetworkError

log = logging.getLogger(__name__)

IpAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

IMAGE_TYPES = ("image/png", "image/jpeg", "image/gif", "image/webp", "image/svg+xml")
#: Redirects followed for one picture, each hop checked like the first address.
MAX_REDIRECTS = 5
#: Seconds one picture may take from the first connection to the last byte, redirects included.
DEADLINE = 20.0
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_RETRY_STATUSES = frozenset({502, 503, 504})
_MAX_HOST = 253
_MAX_LABEL = 63


def is_public(address: IpAddress) -> bool:
    """An address on the public internet: not loopback, private, link-local, shared or reserved."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_global and not address.is_multicast


def picture_address(url: str, *, sandbox: bool) -> SplitResult:
    """``url`` split, if it is a picture address this app may ask for; else ``ApiError``.

    Malformed addresses (``http://[::1/x``, a 300-character host) are refused here, as
    ``ApiError``, rather than escaping from the URL parser or the IDNA codec.
    """
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError for a port out of range or not a number
    except ValueError:
        raise ApiError("bad_address") from None
    if parts.scheme not in ("http", "https") or not host:
        raise ApiError("not_web_address")
    if not sandbox and parts.scheme != "https":
        raise ApiError("not_https")
    labels = host.rstrip(".").split(".")
    if len(host) > _MAX_HOST or any(len(label) > _MAX_LABEL for label in labels):
        raise ApiError("bad_address")
    try:
        host.encode("idna")
    except UnicodeError:
        raise ApiError("bad_address") from None
    return parts


def _addresses(host: str, port: int) -> list[IpAddress]:
    try:
        literal = ipaddress.ip_address(host)
    except ValueError:
        pass
    else:
        return [literal]
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        raise NetworkError(NetworkError.REFUSED, host=host) from None
    found: list[IpAddress] = []
    for info in infos:
        text = str(info[4][0]).split("%", 1)[0]  # an IPv6 zone is not part of the address
        with contextlib.suppress(ValueError):
            found.append(ipaddress.ip_address(text))
    return found


class _Sockets:
    """The socket each thread's download uses, so that the deadline can cut it mid-read."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._by_thread: dict[int, socket.socket] = {}

    def note(self, sock: socket.socket | None) -> None:
        if sock is not None:
            with self._lock:
                self._by_thread[threading.get_ident()] = sock

    def forget(self, thread: int) -> None:
        with self._lock:
            self._by_thread.pop(thread, None)

    def cut(self, thread: int) -> None:
        """Shut the thread's socket down: a read blocked in it returns at once."""
        with self._lock:
            sock = self._by_thread.pop(thread, None)
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


def _picture_session(sockets: _Sockets) -> requests.Session:
    """A session whose connections report their sockets to ``sockets`` (TLS handshake too)."""

    class Noted(HTTPConnection):
        def _new_conn(self) -> socket.socket:
            sock = super()._new_conn()
            sockets.note(sock)
            return sock

        def request(self, *args: Any, **kwargs: Any) -> None:
            sockets.note(self.sock)  # a kept-alive connection, reused
            super().request(*args, **kwargs)

    class NotedTLS(HTTPSConnection):
        def _new_conn(self) -> socket.socket:
            sock = super()._new_conn()
            sockets.note(sock)  # the handshake can be drip-fed too
            return sock

        def connect(self) -> None:
            super().connect()
            sockets.note(self.sock)

        def request(self, *args: Any, **kwargs: Any) -> None:
            sockets.note(self.sock)
            super().request(*args, **kwargs)

    class Pool(HTTPConnectionPool):
        ConnectionCls = Noted

    class TLSPool(HTTPSConnectionPool):
        ConnectionCls = NotedTLS

    class Adapter(HTTPAdapter):
        def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
            super().init_poolmanager(*args, **kwargs)
            self.poolmanager.pool_classes_by_scheme = {"http": Pool, "https": TLSPool}

    session = requests.Session()
    session.mount("http://", Adapter())
    session.mount("https://", Adapter())
    return session


class PictureFetcher:
    """Downloads pictures for one profile; blocking, call it off the GUI thread."""

    def __init__(
        self,
        *,
        sandbox: bool,
        timeout: float = 10.0,
        deadline: float = DEADLINE,
        verify: bool | str = True,
        public: Callable[[IpAddress], bool] = is_public,
    ) -> None:
        self._sandbox = sandbox
        self._timeout = timeout
        self._deadline = deadline
        self._verify = verify
        self._public = public
        self._sockets = _Sockets()
        self._lock = threading.Lock()
        self._http: requests.Session | None = None

    @property
    def _session(self) -> requests.Session:
        with self._lock:
            if self._http is None:
                self._http = _picture_session(self._sockets)
            return self._http

    def close(self) -> None:
        with self._lock:
            if self._http is not None:
                self._http.close()

    def check(self, url: str) -> SplitResult:
        """``url`` split, if it may be fetched: its form, and outside the sandbox its addresses."""
        parts = picture_address(url, sandbox=self._sandbox)
        if not self._sandbox:
            host = parts.hostname or ""
            port = parts.port or (443 if parts.scheme == "https" else 80)
            addresses = _addresses(host, port)
            if not addresses or not all(self._public(a) for a in addresses):
                raise ApiError("private_address", host=host)
        return parts

    def fetch(self, url: str, *, max_bytes: int = 2_000_000) -> bytes:
        """The picture at ``url``: no credentials, bounded size and time, images only."""
        thread = threading.get_ident()
        end = time.monotonic() + self._deadline
        watchdog = threading.Timer(self._deadline, self._sockets.cut, args=(thread,))
        watchdog.daemon = True
        watchdog.start()
        try:
            return self._fetch(url, max_bytes, end)
        except ApiError:
            raise
        except Exception as exc:  # a cut socket surfaces as whatever the library was doing
            if time.monotonic() >= end:
                raise NetworkError(
                    NetworkError.TIMEOUT, host=urlsplit(url).hostname, seconds=self._deadline
                ) from None
            if isinstance(exc, NetworkError):
                raise
            if isinstance(exc, requests.RequestException | OSError):
                raise NetworkError(NetworkError.BROKEN, host=urlsplit(url).hostname) from None
            raise
        finally:
            watchdog.cancel()
            self._sockets.forget(thread)

    def _fetch(self, url: str, max_bytes: int, end: float) -> bytes:
        tries = 0
        hops = 0
        while True:
            self.check(url)
            left = end - time.monotonic()
            if left <= 0:
                raise TimeoutError
            response = self._session.get(
                url,
                timeout=min(self._timeout, left),
                stream=True,
                allow_redirects=False,  # each hop is checked above before it is asked
                # Per request: a session's own ``verify`` loses to $REQUESTS_CA_BUNDLE.
                verify=self._verify,
                headers={"Accept": "image/*"},
            )
            with response:
                status = response.status_code
                location = response.headers.get("Location")
                if status in _REDIRECTS and location:
                    hops += 1
                    if hops > MAX_REDIRECTS:
                        raise ApiError("too_many_redirects")
                    try:
                        url = urljoin(url, location)
                    except ValueError:
                        raise ApiError("bad_address") from None
                    continue
                if status in _RETRY_STATUSES and tries < 2 and end - time.monotonic() > 1.0:
                    tries += 1
                    time.sleep(0.2 * tries)
                    continue
                if status != 200:
                    raise ApiError(status=status)
                return _read_picture(response, max_bytes)


def _read_picture(response: requests.Response, max_bytes: int) -> bytes:
    kind = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
    if kind not in IMAGE_TYPES:
        raise ApiError("not_a_picture")
    declared = response.headers.get("Content-Length", "")
    if declared.isascii() and declared.isdigit() and int(declared) > max_bytes:
        raise ApiError("too_large")
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_content(64 * 1024):
        size += len(chunk)
        if size > max_bytes:
            raise ApiError("too_large")
        chunks.append(chunk)
    return b"".join(chunks)
