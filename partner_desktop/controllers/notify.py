"""Desktop notifications: the freedesktop Notifications service on D-Bus, else the tray icon.

On Linux the app talks to ``org.freedesktop.Notifications`` (the Desktop Notifications
Specification 1.2) with jeepney, the pure-Python D-Bus library keyring already uses there: a
notification carries a "default" action, and the service's ``ActionInvoked`` signal (the
person clicked it) comes back as ``activated(poll id)``. Where no such service answers (Windows,
macOS, a bare X session) ``QSystemTrayIcon.showMessage`` shows it, and a click on the message
comes back the same way. Every D-Bus call runs on a worker thread.
"""

from __future__ import annotations

import html
import logging
import queue
import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from partner_desktop.controllers.tasks import TaskSet, in_worker

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
APP_NAME = "Partner Desktop"
#: How long a notification stays up, in milliseconds (the service may cap it).
TIMEOUT_MS = 10_000


class _DBus:
    """One connection to the session bus (jeepney's threaded router) and its signal listener."""

    def __init__(self, on_action: Callable[[int, str], None]) -> None:
        # jeepney is installed on Linux only (pyproject.toml): the other systems use the tray.
        from jeepney import DBusAddress, MatchRule, message_bus, new_method_call  # noqa: PLC0415
        from jeepney.io.threading import DBusRouter, Proxy, open_dbus_connection  # noqa: PLC0415

        self._address = DBusAddress(PATH, bus_name=SERVICE, interface=SERVICE)
        self._connection = open_dbus_connection(bus="SESSION")
        self._router = DBusRouter(self._connection)
        try:
            bus = Proxy(message_bus, self._router, timeout=5)
            (owned,) = bus.NameHasOwner(SERVICE)
            if not owned:
                (names,) = bus.ListActivatableNames()
                if SERVICE not in names:
                    raise OSError("no desktop notifications service on the session bus")
            asked = new_method_call(self._address, "GetCapabilities")
            reply = self._router.send_and_get_reply(asked, timeout=5)
            capabilities = reply.body[0] if reply.header.message_type.name != "error" else []
            # A service with "body-markup" reads the body as markup: the poll's question (the
            # server's text) is escaped for it; other services show the body as it is.
            self._markup = "body-markup" in capabilities
            rule = MatchRule(type="signal", interface=SERVICE, path=PATH, member="ActionInvoked")
            bus.AddMatch(rule)
            self._signals: queue.Queue[Any] = queue.Queue()
            self._filter = self._router.filter(rule, queue=self._signals, bufsize=64)
        except BaseException:
            self._router.close()
            self._connection.close()
            raise
        self._on_action = on_action
        self._stop = threading.Event()
        self._listener = threading.Thread(
            target=self._listen, name="notification-actions", daemon=True
        )
        self._listener.start()

    def _listen(self) -> None:
        while not self._stop.is_set():
            try:
                message = self._signals.get(timeout=0.5)
            except queue.Empty:
                continue
            notification_id, action = message.body
            self._on_action(int(notification_id), str(action))

    def notify(self, title: str, body: str) -> int:
        from jeepney import new_method_call  # noqa: PLC0415 - Linux only, as above

        message = new_method_call(
            self._address,
            "Notify",
            "susssasa{sv}i",
            (
                APP_NAME,
                0,
                "partner-desktop",
                title,
                html.escape(body, quote=False) if self._markup else body,
                ["default", "Open poll"],
                {"desktop-entry": ("s", "partner-desktop"), "category": ("s", "im.received")},
                TIMEOUT_MS,
            ),
        )
        reply = self._router.send_and_get_reply(message, timeout=5)
        if reply.header.message_type.name == "error":
            raise OSError(f"the notifications service refused: {reply.body}")
        return int(reply.body[0])

    def close(self) -> None:
        self._stop.set()
        self._filter.close()
        self._router.close()
        self._connection.close()
        self._listener.join(timeout=2)


class Notifier(QObject):
    """Shows a notification about a poll; ``activated`` says which poll a click was for."""

    activated = Signal(str)  # poll id
    #: How each notification was shown: "dbus", "tray" or "none" (nothing could show it).
    shown = Signal(str, str)  # poll id, how
    _action = Signal(int, str)  # from the D-Bus listener thread: notification id, action

    def __init__(
        self,
        tray: QSystemTrayIcon | None = None,
        *,
        use_dbus: bool = sys.platform.startswith("linux"),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._tray = tray
        self._use_dbus = use_dbus
        self._dbus: _DBus | None = None
        self._ids: dict[int, str] = {}
        self._lock = threading.Lock()
        self._tray_poll: str | None = None
        self._tasks = TaskSet()
        self._closed = False
        # Emitted on the listener thread, delivered on the GUI thread (queued: another thread).
        self._action.connect(self._on_action)
        if tray is not None:
            tray.messageClicked.connect(self._on_tray_clicked)

    def set_tray(self, tray: QSystemTrayIcon) -> None:
        """Show notifications through ``tray`` where no D-Bus service does."""
        self._tray = tray
        tray.messageClicked.connect(self._on_tray_clicked)

    def show(self, poll_id: str, title: str, body: str) -> None:
        self._tasks.spawn(self.notify(poll_id, title, body), name="notify")

    async def notify(self, poll_id: str, title: str, body: str) -> str:
        """Show one notification; returns how ("dbus", "tray" or "none")."""
        if self._use_dbus and not self._closed:
            try:
                notification_id = await in_worker(self._dbus_notify, title, body)
            except Exception as exc:  # jeepney raises several kinds; all mean "not here"
                log.info("No desktop notifications service (%s); using the tray icon", exc)
                self._use_dbus = False
            else:
                with self._lock:
                    self._ids[notification_id] = poll_id
                self.shown.emit(poll_id, "dbus")
                return "dbus"
        if self._tray is not None and self._tray.isVisible():
            self._tray_poll = poll_id
            self._tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, TIMEOUT_MS)
            self.shown.emit(poll_id, "tray")
            return "tray"
        log.info("Nothing can show a desktop notification here: %s", title)
        self.shown.emit(poll_id, "none")
        return "none"

    def _dbus_notify(self, title: str, body: str) -> int:
        with self._lock:
            if self._dbus is None:
                self._dbus = _DBus(self._action.emit)
            dbus = self._dbus
        return dbus.notify(title, body)

    def _on_action(self, notification_id: int, action: str) -> None:
        with self._lock:
            poll_id = self._ids.get(notification_id)
        if poll_id is not None and action == "default":
            self.activated.emit(poll_id)

    def _on_tray_clicked(self) -> None:
        if self._tray_poll is not None:
            self.activated.emit(self._tray_poll)

    def shutdown(self) -> None:
        self._closed = True
        self._tasks.cancel_all()
        with self._lock:
            dbus, self._dbus = self._dbus, None
        if dbus is not None:
            dbus.close()
