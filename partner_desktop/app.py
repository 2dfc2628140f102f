"""Composition root: parse argv, paint the window shell (phase 1), then build the profile's
services and attach them to it (phase 2, the first task on the event loop)."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Coroutine, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from partner_desktop import __version__, startup
from partner_desktop.api.listing import PAGE_SIZE
from partner_desktop.api.page_cache import FirstPageCache
from partner_desktop.config import Profile, ProfileKind, ProfileStore
from partner_desktop.display import NO_DISPLAY, display_missing
from partner_desktop.errors import PartnerError
from partner_desktop.logs import open_log_file, setup_logging
from partner_desktop.paths import Paths, private_file, resource_path
from partner_desktop.sandbox.server import SandboxConfig, SandboxServer
from partner_desktop.ui.errors import UnexpectedErrors, describe, show_unexpected_error
from partner_desktop.ui.i18n import SETTING, Translations
from partner_desktop.ui.main_window import DETAIL_REFRESH_MS, MainWindow

if TYPE_CHECKING:
    from asyncio import AbstractEventLoop

    import keyring.backend
    import qasync

    from partner_desktop.auth.token_store import TokenStore
    from partner_desktop.controllers.tasks import TaskSet
    from partner_desktop.wiring import ProfileServices, ServiceOptions

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
    base = Path(temp_basedir or tempfile.mkdtemp(prefix="partner-desktop-"))
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


class Application:
    """Owns the embedded sandbox (if any), the token store, and the active profile's window
    (which holds its services once attached)."""

    def __init__(
        self,
        paths: Paths,
        *,
        keyring_backend: keyring.backend.KeyringBackend | None = None,
        sandbox_url: str | None = None,
        sandbox_options: dict[str, Any] | None = None,
        ui_settings: QSettings | None = None,
        options: ServiceOptions | None = None,
        detail_refresh_ms: int = DETAIL_REFRESH_MS,
        loop: AbstractEventLoop | None = None,
    ) -> None:
        """``loop``: the event loop phase 2 runs on; ``run`` sets it after the first paint."""
        self.paths = paths
        self.loop = loop
        self.profiles = ProfileStore(paths.profiles_dir)
        self._keyring_backend = keyring_backend
        self._sandbox_url = sandbox_url
        self._sandbox_options = sandbox_options or {}
        self._sandbox: SandboxServer | None = None
        self._sandbox_starting: threading.Thread | None = None
        self.ui_settings = ui_settings or QSettings(
            # Owner-only before Qt writes it: window layout and the last searches are private.
            str(private_file(paths.config_dir / "ui.ini")),
            QSettings.Format.IniFormat,
        )
        self._options = options
        self._detail_refresh_ms = detail_refresh_ms
        self._store: TokenStore | None = None
        self.window: MainWindow | None = None
        self._tasks: TaskSet | None = None
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

    def default_profile_name(self) -> str:
        name = str(self.ui_settings.value("app/profile", "") or "")
        return name if name in self.profiles.names() else "socios"

    # -- phase 1: the window shell ---------------------------------------------------------------
    def sandbox_base(self) -> str:
        """The embedded sandbox's URL: its port is taken at once, and it starts serving in phase
        2 (``start_sandbox``); requests made before then wait in the port's queue."""
        if self._sandbox_url is None:
            config = SandboxConfig(db_path=self.paths.sandbox_db, **self._sandbox_options)
            self._sandbox = SandboxServer(config)
            self._sandbox_url = self._sandbox.bind()
        return self._sandbox_url

    def open_window(self, name: str) -> MainWindow:
        """Phase 1: profile ``name``'s window, with the first page saved by the last run; the
        previous profile's window and services are closed."""
        profile = self.profiles.load(name)
        if profile.kind == ProfileKind.SANDBOX:
            profile = profile.with_sandbox_base(self.sandbox_base())
        window = MainWindow(
            profile=profile,
            ui_settings=self.ui_settings,
            icon=self.icon,
            translations=self.translations,
            needs_setup=profile.kind != ProfileKind.SANDBOX and not profile.client_id.strip(),
            detail_refresh_ms=self._detail_refresh_ms,
        )
        window.setStyleSheet(load_style_sheet())
        window.use_sandbox_requested.connect(lambda: self.switch_later("sandbox"))
        window.switch_profile_requested.connect(self.switch_later)
        self._show_saved_page(window, profile)
        self.ui_settings.setValue("app/profile", name)
        previous = self.window
        self.window = window
        if previous is not None:
            window.restoreGeometry(previous.saveGeometry())
            self._close_profile(previous)
        return window

    def _show_saved_page(self, window: MainWindow, profile: Profile) -> None:
        query = window.saved_page_query(
            PAGE_SIZE if self._options is None else self._options.page_size
        )
        saved = FirstPageCache(self.paths.page_cache_dir, profile).load(query)
        if saved is not None:
            log.info("Showing the %d polls saved at %s", len(saved.polls.items), saved.saved_at)
            window.show_saved_page(saved)

    # -- phase 2: the services -------------------------------------------------------------------
    def start_sandbox(self) -> None:
        """Let the embedded sandbox (Flask, Authlib, its database) start serving, on a thread.

        If it cannot start, its port is closed and requests fail with "Cannot connect", shown in
        the window like any server that is down."""
        sandbox = self._sandbox
        if sandbox is None or self._sandbox_starting is not None:
            return
        self._sandbox_starting = threading.Thread(
            target=self._run_sandbox, args=(sandbox,), name="sandbox-start", daemon=True
        )
        self._sandbox_starting.start()

    @staticmethod
    def _run_sandbox(sandbox: SandboxServer) -> None:
        try:
            sandbox.start()
        except Exception:
            log.exception("The embedded sandbox could not start")
        else:
            log.info("Embedded sandbox listening at %s", sandbox.base_url)

    async def build_services(self, profile: Profile) -> ProfileServices:
        """Import the wiring module on a worker thread, then build ``profile``'s services."""
        self.start_sandbox()
        services_class = await self._loop().run_in_executor(None, _import_wiring)
        if self._store is None:
            self._store = services_class.open_store(self.paths, self._keyring_backend)
        return await services_class.build(
            profile,
            self._store,
            paths=self.paths,
            profiles=self.profiles,
            ui_settings=self.ui_settings,
            options=self._options,
        )

    async def attach(self, window: MainWindow) -> ProfileServices | None:
        """Phase 2: build ``window``'s services and attach them; None if the window was
        replaced or closed meanwhile."""
        services = await self.build_services(window.profile)
        if window is not self.window:
            services.close()
            return None
        window.attach(services)
        return services

    # -- switching and closing -------------------------------------------------------------------
    def open_profile(self, name: str) -> MainWindow:
        """Phase 1 now and phase 2 as a task: profile ``name``'s window, shown."""
        window = self.open_window(name)
        window.show()
        self.spawn(self._attach_in_background(window))
        return window

    async def _attach_in_background(self, window: MainWindow) -> None:
        await self.attach_or_say(window)

    async def attach_or_say(self, window: MainWindow) -> ProfileServices | None:
        """``attach``, with a failure to build the services said in the window."""
        try:
            return await self.attach(window)
        except PartnerError as exc:
            log.warning(
                "The services of profile %s could not be built: %s", window.profile.name, exc
            )
            window.show_error(describe(exc))
            return None

    def spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        """Run ``coro`` on the loop, held until it ends; what escapes it reaches the loop's
        exception handler (``TaskSet``)."""
        if self._tasks is None:
            # It imports asyncio: not before the first paint (startup.paint_first).
            from partner_desktop.controllers.tasks import TaskSet  # noqa: PLC0415

            self._tasks = TaskSet()
        self._tasks.spawn(coro, name="attach services")

    def _loop(self) -> AbstractEventLoop:
        if self.loop is None:
            raise RuntimeError("phase 2 needs the event loop: set Application.loop")
        return self.loop

    def switch_later(self, name: str) -> None:
        """Switch profile after the current slot returns (the old window is being deleted)."""

        def switch() -> None:
            try:
                self.open_profile(name)
            except PartnerError as exc:
                if self.window is not None:
                    self.window.show_error(describe(exc))

        QTimer.singleShot(0, switch)

    def _close_profile(self, window: MainWindow) -> None:
        window.close()
        window.deleteLater()
        if window.services is not None:
            window.services.close()

    def close(self) -> None:
        if self._tasks is not None:
            self._tasks.cancel_all()
        if self.window is not None:
            self._close_profile(self.window)
            self.window = None
        if self._sandbox_starting is not None:
            self._sandbox_starting.join(timeout=30)
            self._sandbox_starting = None
        if self._sandbox is not None:
            self._sandbox.stop()
            self._sandbox = None
        self.translations.clear()

    # -- smoke test ------------------------------------------------------------------------------
    async def smoke_checks(self, profile: Profile, *, round_trip: bool) -> str:
        """Raise on the first failed check; return the parts of the one-line report."""
        platform = QGuiApplication.platformName()
        if not platform:
            raise RuntimeError("Qt platform plugin: none loaded")
        parts = [f"qt={platform}", startup.check_qt_bindings(), self.translations.report()]
        if self.window is None:
            raise RuntimeError("the main window was not built")
        services = await self.build_services(profile)
        try:
            parts += await services.smoke_checks(round_trip=round_trip)
        finally:
            services.close()
        return " ".join(parts)


def _import_wiring() -> type[ProfileServices]:
    """Phase 2's one import, on a worker thread: the controllers, ``api.client`` and ``auth``,
    with requests, Authlib and keyring."""
    from partner_desktop.wiring import ProfileServices  # noqa: PLC0415 - phase 2, see above

    return ProfileServices


def install_error_hooks(
    loop: AbstractEventLoop, parent_window: Callable[[], QWidget | None]
) -> UnexpectedErrors:
    """sys.excepthook + the loop's exception handler: log, show once, keep running."""

    def show(sentence: str) -> None:
        show_unexpected_error(parent_window(), sentence)

    reporter = UnexpectedErrors(show)
    sys.excepthook = reporter.excepthook
    loop.set_exception_handler(reporter.loop_handler)
    return reporter


def run(argv: Sequence[str] | None = None) -> int:
    """Parse ``argv``, paint the window (phase 1), then run the event loop (phase 2 first)."""
    args = parse_args(argv)
    if display_missing(os.environ):
        print(f"partner-desktop: {NO_DISPLAY}", file=sys.stderr)
        return 1
    paths = resolve_paths(args.temp_basedir)
    # The log file opens once the window is painted (its records wait until then).
    setup_logging(paths.log_file, args.log_level, defer_file=True)
    log.info("Partner Desktop %s starting", __version__)
    if not args.smoke_test:  # the smoke test runs it as one of its checks
        try:
            startup.check_qt_bindings()
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

    app = Application(paths, sandbox_url=args.sandbox_url)
    qapp.setWindowIcon(app.icon)
    sandbox = args.sandbox or args.sandbox_url is not None
    name = args.profile or ("sandbox" if sandbox else app.default_profile_name())
    try:
        window = app.open_window(name)
    except PartnerError as exc:
        print(f"partner-desktop: {describe(exc)}", file=sys.stderr)
        app.close()
        return 2

    if args.smoke_test:
        open_log_file()
        loop = app.loop = startup.event_loop(qapp)
        return _smoke(app, loop, window.profile, name, round_trip=sandbox)

    probe = startup.FirstPollsProbe(window.header, window.lists.all_model, window.lists.poll_list)
    window.show()
    startup.paint_first(window.header)
    open_log_file()
    if not window.isVisible():  # closed in its first moments
        app.close()
        return 0
    loop = app.loop = startup.event_loop(qapp)
    install_error_hooks(loop, lambda: app.window)

    async def phase_two() -> None:
        services = await app.attach_or_say(window)
        if services is not None:
            probe.follow(services.polls)

    closed = loop.create_future()
    qapp.aboutToQuit.connect(lambda: closed.done() or closed.set_result(None))
    try:
        with loop:
            app.spawn(phase_two())
            loop.run_until_complete(closed)
    finally:
        app.close()
    return 0


def _smoke(
    app: Application, loop: qasync.QEventLoop, profile: Profile, name: str, *, round_trip: bool
) -> int:
    import asyncio  # noqa: PLC0415 - loaded after the first paint (startup.paint_first)

    try:
        with loop:
            report = loop.run_until_complete(
                asyncio.wait_for(app.smoke_checks(profile, round_trip=round_trip), timeout=60)
            )
    except Exception as exc:
        print(f"smoke-test FAILED: {type(exc).__name__}: {exc}")
        return 1
    finally:
        app.close()
    print(f"smoke-test ok: partner-desktop {__version__} profile={name} {report}")
    return 0
