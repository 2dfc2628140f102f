"""Desktop notifications over the test's private session bus (a real D-Bus daemon)."""

from __future__ import annotations

from typing import Any

from partner_desktop.controllers.notify import Notifier
from tests.helpers.notifications import NotificationService


def test_without_a_notifications_service_nothing_breaks(aloop: Any, run_async: Any) -> None:
    notifier = Notifier()  # no tray here, and no service owns the name on this bus
    try:
        assert run_async(notifier.notify("poll-1", "Title", "Body")) == "none"
    finally:
        notifier.shutdown()


def test_a_notification_goes_to_the_service_and_its_click_comes_back(
    aloop: Any, run_async: Any, qtbot: Any
) -> None:
    service = NotificationService()
    notifier = Notifier()
    try:
        assert run_async(notifier.notify("poll-1", "Title", "Body\nmore")) == "dbus"
        assert run_async(notifier.notify("poll-2", "Other", "Body")) == "dbus"
        assert [(s.app_name, s.summary, s.body) for s in service.shown] == [
            ("Partner Desktop", "Title", "Body\nmore"),
            ("Partner Desktop", "Other", "Body"),
        ]
        with qtbot.waitSignal(notifier.activated, timeout=5_000) as clicked:
            service.click(service.shown[1].id)
        assert clicked.args == ["poll-2"]
    finally:
        notifier.shutdown()
        service.stop()


def test_a_service_that_reads_markup_gets_the_text_escaped(aloop: Any, run_async: Any) -> None:
    service = NotificationService(capabilities=("actions", "body", "body-markup"))
    notifier = Notifier()
    try:
        body = 'Who wins? <img src="/etc/hosts"> & <b>more</b>'
        assert run_async(notifier.notify("poll-1", "Title", body)) == "dbus"
        assert [s.body for s in service.shown] == [
            'Who wins? &lt;img src="/etc/hosts"&gt; &amp; &lt;b&gt;more&lt;/b&gt;'
        ]
    finally:
        notifier.shutdown()
        service.stop()
