"""A desktop notifications service (org.freedesktop.Notifications) on the test's private
session bus: it records each Notify call and, when told, sends ActionInvoked as a desktop does
when the person clicks a notification. Built on jeepney, served from a thread of its own."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from jeepney import (
    DBusAddress,
    HeaderFields,
    MessageType,
    message_bus,
    new_method_return,
    new_signal,
)
from jeepney.io.blocking import open_dbus_connection

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"


@dataclass(frozen=True)
class Shown:
    id: int
    app_name: str
    summary: str
    body: str
    actions: tuple[str, ...]


class NotificationService:
    """Owns the name ``org.freedesktop.Notifications`` until ``stop``."""

    def __init__(self, capabilities: tuple[str, ...] = ("actions", "body")) -> None:
        self.shown: list[Shown] = []
        self._capabilities = list(capabilities)
        self._clicks: list[tuple[int, str]] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._conn = open_dbus_connection(bus="SESSION")
        reply = self._conn.send_and_get_reply(
            message_bus.RequestName(SERVICE, 4)  # DO_NOT_QUEUE
        )
        if reply.body[0] != 1:  # PRIMARY_OWNER
            self._conn.close()
            raise RuntimeError("another notifications service owns the name")
        self._thread = threading.Thread(target=self._serve, name="notification-service")
        self._thread.start()

    def click(self, notification_id: int, action: str = "default") -> None:
        """Send ActionInvoked for ``notification_id`` (from the service's thread)."""
        with self._lock:
            self._clicks.append((notification_id, action))

    def _serve(self) -> None:
        signal_address = DBusAddress(PATH, interface=SERVICE)
        while not self._stop.is_set():
            with self._lock:
                clicks, self._clicks = self._clicks, []
            for notification_id, action in clicks:
                self._conn.send(
                    new_signal(signal_address, "ActionInvoked", "us", (notification_id, action))
                )
            try:
                message = self._conn.receive(timeout=0.1)
            except TimeoutError:
                continue
            if message.header.message_type != MessageType.method_call:
                continue
            member = message.header.fields.get(HeaderFields.member)
            reply: Any
            if member == "Notify":
                app_name, _replaces, _icon, summary, body, actions, _hints, _timeout = message.body
                with self._lock:
                    number = len(self.shown) + 1
                    self.shown.append(Shown(number, app_name, summary, body, tuple(actions)))
                reply = new_method_return(message, "u", (number,))
            elif member == "GetCapabilities":
                reply = new_method_return(message, "as", (self._capabilities,))
            elif member == "GetServerInformation":
                reply = new_method_return(message, "ssss", ("test", "tests", "1", "1.2"))
            elif member == "CloseNotification":
                reply = new_method_return(message)
            else:
                continue
            self._conn.send(reply)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._conn.close()
