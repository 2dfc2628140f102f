"""Composition root: parse argv, build the objects by constructor injection, run the loop."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from partner_desktop import __version__, _pyside  # noqa: F401 - first: a cheaper import hook
from partner_desktop.api.client import PollsClient
from partner_desktop.api.page_cache import FirstPageCache
from partner_desktop.auth.session import AuthSession
from partner_desktop.auth.token_store import TokenStore
from partner_desktop.config import Profile, ProfileStore
from partner_desktop.controllers.follow import FollowController
from partner_desktop.controllers.images import ImageController
from partner_desktop.controllers.notify import Notifier
from partner_desktop.controllers.overview import OverviewController
from partner_desktop.controllers.polls import PollsController
from partner_desktop.controllers.session import BrowserOpener, SessionController
from partner_desktop.controllers.settings import SettingsController
from partner_desktop.controllers.tasks import hold_tasks, release_tasks
from partner_desktop.controllers.vote import VoteController
from partner_desktop.controllers.wallet import WalletController
from partner_desktop.errors import PartnerError
from partner_desktop.logs import open_log_file, setup_logging
from partner_desktop.paths import Paths, private_file, resource_path
from partner_desktop.probe import FirstPollsProbe, when_painted
from partner_desktop.ui.errors import UnexpectedErrors, describe
from partner_desktop.ui.i18n import SETTING, Translations
from partner_desktop.ui.main_window import MainWindow

if TYPE_CHECKING:
    from asyncio import AbstractEventLoop

    import keyring.backend
    import qasync

    from partner_desktop.sandbox.server import SandboxServer

log = logging.getLogger(__name__)

APP_ID = "partner-desktop"


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="partner-desktop",
        description="Browse and vote on Socios.com partner polls.",
    )
    parser.add_argument(
        "--sandbox",
        action="store_true",
        help="run the embedded sandbox of the Partner API and use it (no credentials needed)",
    )
    parser.add_argument(
        "--sandbox-url",
        metavar="URL",
        help="use the sandbox already running at URL (from partner-sandbox) instead of "
        "starting one; implies --sandbox",
    )
    parser.add_argument("--profile", metavar="NAME", help="the environment profile to use")
    parser.add_argument(
        "--temp-basedir",
        metavar="DIR",
        nargs="?",
        const="",
        help="keep settings, cache, logs and keyring entries under DIR (a new temporary "
        "folder when DIR is omitted), leaving the real ones untouched",
    )
    parser.add_argument(
        "--log-level",
        default="INFO",
        choices=["DEBUG", "INFO", "WARNING", "ERROR"],
        type=str.upper,
        help="how much to write to the log file (default INFO)",
    )
    parser.add_argument("--version", action="version", version=f"partner-desktop {__version__}")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="build the whole app, check its parts, print a one-line report and exit",
    )
    return parser.parse_args(argv)


def resolve_paths(temp_basedir: str | None) -> Paths:
    if temp_basedir is None:
        return Paths.default().ensure()
    if not temp_basedir:
        import tempfile

        temp_basedir = tempfile.mkdtemp(prefix="partner-desktop-")
    base = Path(temp_basedir)
    return Paths.under(base).ensure()


def app_icon() -> QIcon:
    """The window icon, from every size scripts/make_icons.py rendered."""
    icon = QIcon()
    for path in sorted(resource_path("icons").glob("partner-desktop-*.png")):
        icon.addFile(str(path))
    return icon


def load_style_sheet() -> str:
    path = resource_path("style.qss")
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""


class _Probe(QObject):
    ping = Signal(int)


def check_qt_bindings() -> str:
    """Fail on Qt bindings that lose a reference to ``True`` on every signal emission.

    PySide6 6.12.0 does (``SignalInstance.emit`` returns ``True`` without a new reference):
    after a few thousand emissions, Python aborts with "bool_dealloc". qasync emits a signal
    for every result coming back from a worker thread, so the app would crash within hours.
    """
    import PySide6

    probe = _Probe()
    emissions = 64  # few: with the bug, each one takes a reference from True for good
    before = sys.getrefcount(True)
    for _ in range(emissions):
        probe.ping.emit(1)
    lost = before - sys.getrefcount(True)
    # One reference lost per emission is the bug; other threads running meanwhile (the
    # embedded sandbox starting) move the count by a few either way.
    if lost >= emissions * 3 // 4:
        raise RuntimeError(
            f"PySide6 {PySide6.__version__} loses a reference on every signal emission; "
            "install another version (see pyproject.toml)"
        )
    return f"pyside6={PySide6.__version__}"


@dataclass
class Controllers:
    """The non-visual part of one profile: tokens, the API client and the controllers."""

    auth: AuthSession
    client: PollsClient
    session: SessionController
    polls: PollsController
    votes: VoteController


def build_controllers(
    profile: Profile,
    store: TokenStore,
    *,
    open_browser: BrowserOpener | None = None,
    sign_in_timeout: float = 300.0,
    page_size: int = 20,
    first_pages: FirstPageCache | None = None,
    client_options: dict[str, Any] | None = None,
) -> Controllers:
    """Wire one profile's session, client and controllers (the app's window sits on them)."""
    auth = AuthSession.for_profile(profile, store)
    client = PollsClient(profile, auth, first_pages=first_pages, **(client_options or {}))
    session = SessionController(
        auth, client, open_browser=open_browser, sign_in_timeout=sign_in_timeout
    )
    polls = PollsController(
        client,
        page_size=page_size,
        is_signed_in=lambda: session.is_signed_in,
        first_pages=first_pages,
    )
    return Controllers(auth, client, session, polls, VoteController(client))


@dataclass
class Services:
    """Everything built for one profile; closed together when the profile changes."""

    profile: Profile
    store: TokenStore
    auth: AuthSession
    client: PollsClient
    session: SessionController
    polls: PollsController
    votes: VoteController
    images: ImageController
    settings: SettingsController
    window: MainWindow
    overview: OverviewController
    follows: FollowController
    notifier: Notifier

    def close(self) -> None:
        for controller in (
            self.session,
            self.polls,
            self.votes,
            self.images,
            self.overview,
            self.follows,
            self.notifier,
        ):
            controller.shutdown()
        self.client.close()


class Application:
    """Owns the embedded sandbox (if any) and the services of the active profile."""

    #: Longest wait, in seconds, of a deferred embedded sandbox for ``release_sandbox()``.
    SANDBOX_START_DELAY = 1.0

    def __init__(
        self,
        paths: Paths,
        *,
        keyring_backend: keyring.backend.KeyringBackend | None = None,
        open_browser: BrowserOpener | None = None,
        sandbox_url: str | None = None,
        sandbox_options: dict[str, Any] | None = None,
        ui_settings: QSettings | None = None,
        sign_in_timeout: float = 300.0,
        detail_refresh_ms: int | None = None,
        follow_check_ms: int | None = None,
        page_size: int = 20,
        client_options: dict[str, Any] | None = None,
        defer_sandbox: bool = False,
    ) -> None:
        self.paths = paths
        self.profiles = ProfileStore(paths.profiles_dir)
        self._keyring_backend = keyring_backend
        self._open_browser = open_browser
        self._sandbox_url = sandbox_url
        self._sandbox_options = sandbox_options or {}
        self._sandbox: SandboxServer | None = None
        self._sandbox_starting: threading.Thread | None = None
        self._sandbox_go = threading.Event()
        if not defer_sandbox:
            self._sandbox_go.set()
        self.ui_settings = ui_settings or QSettings(
            # Owner-only before Qt writes it: window layout and the last searches are private.
            str(private_file(paths.config_dir / "ui.ini")),
            QSettings.Format.IniFormat,
        )
        self._sign_in_timeout = sign_in_timeout
        self._detail_refresh_ms = detail_refresh_ms
        self._follow_check_ms = follow_check_ms
        self._page_size = page_size
        self._client_options = client_options or {}
        self._store: TokenStore | None = None
        self.services: Services | None = None
        self.icon = app_icon()
        # Before any window: widgets are built in the language (one .qm of the app, one of Qt).
        started = time.perf_counter()
        self.translations = Translations()
        self.translations.apply(str(self.ui_settings.value(SETTING, "") or ""))
        log.info(
            "Language %s loaded in %.1f ms",
            self.translations.language,
            (time.perf_counter() - started) * 1000,
        )

    # -- building ------------------------------------------------------------------------------
    @property
    def store(self) -> TokenStore:
        """The keyring-backed token store, shared by every profile (one service name)."""
        if self._store is None:
            self._store = TokenStore(self.paths.keyring_service, backend=self._keyring_backend)
        return self._store

    def sandbox_base(self) -> str:
        """The embedded sandbox's URL, starting it on a free port the first time.

        The port is taken at once and the sandbox (Flask, Authlib, its database) starts on a
        thread: the window does not wait for it, and the first requests wait in the port's
        queue until it serves. If it cannot start, its port is closed and requests fail with
        "Cannot connect", shown in the window like any server that is down. With
        ``defer_sandbox`` set, the thread waits for ``release_sandbox()`` (the window's first
        paint: both are Python work sharing one GIL) or one second, whichever comes first.
        """
        if self._sandbox_url is None:
            # Here, not at the top: a start on the real service never needs the sandbox.
            from partner_desktop.sandbox.server import SandboxConfig, SandboxServer

            config = SandboxConfig(db_path=self.paths.sandbox_db, **self._sandbox_options)
            sandbox = SandboxServer(config)
            self._sandbox_url = sandbox.bind()
            self._sandbox = sandbox
            self._sandbox_starting = threading.Thread(
                target=self._start_sandbox, args=(sandbox,), name="sandbox-start", daemon=True
            )
            self._sandbox_starting.start()
        return self._sandbox_url

    def release_sandbox(self) -> None:
        """Let a deferred embedded sandbox start now."""
        self._sandbox_go.set()

    def _start_sandbox(self, sandbox: SandboxServer) -> None:
        self._sandbox_go.wait(timeout=self.SANDBOX_START_DELAY)
        try:
            sandbox.start()
        except Exception:
            log.exception("The embedded sandbox could not start")
        else:
            log.info("Embedded sandbox listening at %s", sandbox.base_url)

    def default_profile_name(self) -> str:
        name = str(self.ui_settings.value("app/profile", "") or "")
        return name if name in self.profiles.names() else "socios"

    def open_profile(self, name: str) -> MainWindow:
        """Build the services and the window of profile ``name`` (closing the previous ones)."""
        profile = self.profiles.load(name)
        if profile.kind == "sandbox":
            profile = profile.with_sandbox_base(self.sandbox_base())
        needs_setup = profile.kind != "sandbox" and not profile.client_id.strip()

        previous = self.services
        store = self.store
        wired = build_controllers(
            profile,
            store,
            open_browser=self._open_browser,
            sign_in_timeout=self._sign_in_timeout,
            page_size=self._page_size,
            first_pages=FirstPageCache(self.paths.page_cache_dir, profile),
            client_options=self._client_options,
        )
        images = ImageController(wired.client, self.paths.image_cache_dir)
        settings = SettingsController(self.profiles, store)
        session = wired.session
        overview = OverviewController(wired.client, is_signed_in=lambda: session.is_signed_in)
        follow_options: dict[str, Any] = {}
        if self._follow_check_ms is not None:
            follow_options["interval_ms"] = self._follow_check_ms
        follows = FollowController(
            wired.client,
            self.ui_settings,
            profile.name,
            is_signed_in=lambda: session.is_signed_in,
            **follow_options,
        )
        notifier = Notifier()
        extra: dict[str, Any] = {}
        if self._detail_refresh_ms is not None:
            extra["detail_refresh_ms"] = self._detail_refresh_ms
        window = MainWindow(
            profile=profile,
            session=wired.session,
            polls=wired.polls,
            votes=wired.votes,
            images=images,
            settings=settings,
            overview=overview,
            follows=follows,
            notifier=notifier,
            ui_settings=self.ui_settings,
            keyring_status=None,  # filled in from a worker thread (the keyring is slow)
            needs_setup=needs_setup,
            icon=self.icon,
            translations=self.translations,
            wallet=WalletController(wired.client),
            **extra,
        )
        window.setStyleSheet(load_style_sheet())
        window.use_sandbox_requested.connect(lambda: self.switch_later("sandbox"))
        window.switch_profile_requested.connect(self.switch_later)
        self.services = Services(
            profile,
            store,
            wired.auth,
            wired.client,
            wired.session,
            wired.polls,
            wired.votes,
            images,
            settings,
            window,
            overview,
            follows,
            notifier,
        )
        self.ui_settings.setValue("app/profile", name)
        if previous is not None:
            geometry = previous.window.saveGeometry()
            previous.window.close()
            previous.window.deleteLater()
            previous.close()
            window.restoreGeometry(geometry)
        return window

    def switch_later(self, name: str) -> None:
        """Switch profile after the current slot returns (the old window is being deleted)."""

        def switch() -> None:
            try:
                window = self.open_profile(name)
            except PartnerError as exc:
                if self.services is not None:
                    self.services.window.show_error(describe(exc))
                return
            window.show()
            window.start()

        QTimer.singleShot(0, switch)

    def close(self) -> None:
        if self.services is not None:
            self.services.window.close()
            self.services.close()
            self.services = None
        if self._sandbox_starting is not None:
            self._sandbox_go.set()
            self._sandbox_starting.join(timeout=30)
            self._sandbox_starting = None
        if self._sandbox is not None:
            self._sandbox.stop()
            self._sandbox = None
        self.translations.clear()

    # -- smoke test ----------------------------------------------------------------------------
    async def smoke_checks(self, *, round_trip: bool) -> str:
        """Raise on the first failed check; return the parts of the one-line report."""
        import asyncio

        from requests.certs import where  # type: ignore[attr-defined]

        parts = []
        platform = QGuiApplication.platformName()
        if not platform:
            raise RuntimeError("Qt platform plugin: none loaded")
        parts.append(f"qt={platform}")
        parts.append(check_qt_bindings())
        parts.append(self.translations.report())
        store = await asyncio.to_thread(lambda: self.store)
        if await asyncio.to_thread(store.round_trip):
            parts.append(f"keyring={store.backend_name} roundtrip=ok")
        else:
            parts.append(f"keyring={store.status}")
        ca = Path(where())  # the CA bundle requests verifies TLS with
        if not ca.is_file():
            raise RuntimeError(f"CA bundle missing at {ca}")
        parts.append("ca=ok")
        import socket

        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            sock.bind(("127.0.0.1", 0))
            sock.listen(1)
            parts.append(f"loopback=ok:{sock.getsockname()[1]}")
        if self.services is None:
            raise RuntimeError("the main window was not built")
        if round_trip:
            from partner_desktop.api.models import PollQuery

            # A client of its own, without the saved first page: a check must not replace it.
            services = self.services
            started = time.monotonic()
            with PollsClient(services.profile, services.auth) as client:
                polls = await asyncio.to_thread(client.list_polls, PollQuery(limit=5))
            took = (time.monotonic() - started) * 1000
            parts.append(f"polls={len(polls.items)} in {took:.0f} ms")
        return " ".join(parts)


def install_error_hooks(
    loop: AbstractEventLoop, parent_window: Callable[[], QWidget | None]
) -> UnexpectedErrors:
    """sys.excepthook + the loop's exception handler: log, show once, keep running."""

    def show(sentence: str) -> None:
        box = QMessageBox(parent_window())
        box.setObjectName("unexpectedError")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("UnexpectedErrors", "Something went wrong"))
        box.setTextFormat(Qt.TextFormat.PlainText)  # a sentence may quote the server
        box.setText(sentence)
        box.setInformativeText(
            QCoreApplication.translate(
                "UnexpectedErrors", "The app keeps running. The details are in the log file."
            )
        )
        box.open()

    reporter = UnexpectedErrors(show)
    sys.excepthook = reporter.excepthook
    loop.set_exception_handler(reporter.loop_handler)
    return reporter


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``partner-desktop`` and ``python -m partner_desktop``."""
    args = parse_args(argv)
    from partner_desktop.display import NO_DISPLAY, display_missing

    if display_missing(os.environ):
        print(f"partner-desktop: {NO_DISPLAY}", file=sys.stderr)
        return 1
    paths = resolve_paths(args.temp_basedir)
    # The log file opens once the window is painted (its records wait until then).
    setup_logging(paths.log_file, args.log_level, defer_file=True)
    log.info("Partner Desktop %s starting", __version__)
    try:
        check_qt_bindings()
    except RuntimeError as exc:
        log.error("%s", exc)

    QApplication.setApplicationName(APP_ID)
    QApplication.setApplicationDisplayName("Partner Desktop")
    QApplication.setApplicationVersion(__version__)
    QApplication.setDesktopFileName(APP_ID)
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)  # noqa: S101 - a QApplication was just made
    if qapp.style().name().casefold() != "fusion":
        qapp.setStyle("Fusion")

    if not args.smoke_test:
        # The window is painted before the event loop (and asyncio) exist: what it starts
        # meanwhile (logos of the saved polls) waits for the loop.
        hold_tasks()
    app = Application(paths, sandbox_url=args.sandbox_url, defer_sandbox=not args.smoke_test)
    qapp.setWindowIcon(app.icon)
    sandbox = args.sandbox or args.sandbox_url is not None
    profile = args.profile or ("sandbox" if sandbox else app.default_profile_name())
    try:
        window = app.open_profile(profile)
    except PartnerError as exc:
        print(f"partner-desktop: {describe(exc)}", file=sys.stderr)
        app.close()
        return 2

    if args.smoke_test:
        open_log_file()
        return _smoke(app, new_event_loop(qapp), round_trip=sandbox, profile=profile)

    FirstPollsProbe(window)
    window.polls.show_saved_page()
    window.show()
    paint_before_the_loop(window)
    open_log_file()
    if not window.isVisible():  # closed in its first moments: the held tasks are dropped
        app.close()
        return 0
    loop = new_event_loop(qapp)
    install_error_hooks(loop, lambda: app.services.window if app.services else None)
    release_tasks()
    app.release_sandbox()
    window.start()
    import asyncio

    closed = asyncio.Event()
    qapp.aboutToQuit.connect(closed.set)
    try:
        with loop:
            loop.run_until_complete(closed.wait())
    finally:
        app.close()
    return 0


def new_event_loop(qapp: QApplication) -> qasync.QEventLoop:
    """The asyncio event loop running on Qt's, set as the current one."""
    import asyncio

    import qasync

    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    return loop


def paint_before_the_loop(window: MainWindow, *, timeout_ms: int = 1000) -> None:
    """Run Qt's own loop until ``window`` is first painted (or ``timeout_ms``), input held.

    asyncio (with ssl, socket and subprocess, ~40 ms) is imported after this, for the event
    loop. Importing it on a thread meanwhile made the paint ~50 ms slower, not faster: every
    call from Qt into Python during the paint (the list's model and delegate, event filters)
    waited for the GIL the import held. Key presses and clicks wait for the full event loop.
    """
    nested = QEventLoop()
    when_painted(window.header, nested.quit)
    QTimer.singleShot(timeout_ms, nested.quit)
    nested.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    nested.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)  # due timers


def _smoke(app: Application, loop: qasync.QEventLoop, *, round_trip: bool, profile: str) -> int:
    import asyncio

    try:
        with loop:
            report = loop.run_until_complete(
                asyncio.wait_for(app.smoke_checks(round_trip=round_trip), timeout=60)
            )
    except Exception as exc:
        print(f"smoke-test FAILED: {type(exc).__name__}: {exc}")
        return 1
    finally:
        app.close()
    print(f"smoke-test ok: partner-desktop {__version__} profile={profile} {report}")
    return 0
