"""The whole app in this process against a sandbox process (stall, sign-in and vote benches)."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from common import ensure_display

from tests.helpers.keyrings import MemoryKeyring


@dataclass
class Browser:
    """Stands in for the system browser: signs in and consents over HTTP, on its own thread.

    ``redirected_at`` is when the browser sent the redirect to the app's loopback receiver.
    """

    username: str = "alice"
    redirect_sent_at: list[float] = field(default_factory=list)
    errors: list[BaseException] = field(default_factory=list)

    def __call__(self, url: str) -> bool:
        threading.Thread(target=self._visit, args=(url,), daemon=True).start()
        return True

    def _visit(self, url: str) -> None:
        from urllib.parse import urljoin

        import requests

        from tests.helpers.consent import only_form

        try:
            with requests.Session() as browser:
                page = browser.get(url, timeout=10)
                form = only_form(page, "sign-in page")
                data = dict(form.inputs, username=self.username, password="sandbox")  # noqa: S106
                page = browser.post(urljoin(page.url, form.action), data=data, timeout=10)
                consent = only_form(page, "consent page")
                answer = browser.post(
                    urljoin(page.url, consent.action),
                    data=dict(consent.inputs, decision="allow"),
                    timeout=10,
                    allow_redirects=False,
                )
                self.redirect_sent_at.append(time.perf_counter())
                browser.get(urljoin(answer.url, answer.headers["Location"]), timeout=10)
        except BaseException as exc:
            self.errors.append(exc)


SLOW_EVENTS: list[tuple[float, str]] = []


def _load_image_plugins() -> None:
    """Decodes a small PNG on the GUI thread, so that Qt loads its image plugins now.

    With ``--trace-slow`` every event goes through a Python ``notify``. A worker that loads an
    image plugin (holding Qt's plugin mutex) sends a ``ThreadChange`` event, whose ``notify``
    waits for the GIL, while another worker holds the GIL inside ``QImage.fromData`` waiting for
    that mutex: the run stops. Loaded beforehand, no worker loads a plugin.
    """
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(2, 2, QImage.Format.Format_ARGB32)
    image.fill(QColor("#5b5bf0"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    if QImage.fromData(data).isNull():
        raise RuntimeError("Qt could not decode a PNG")


def make_qapp(*, trace_slow_ms: float = 0.0) -> Any:
    """The QApplication; with ``trace_slow_ms``, every event handled slower is recorded."""
    ensure_display()
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    if existing is not None:
        return existing
    if trace_slow_ms:

        class TracingApplication(QApplication):
            def notify(self, receiver: Any, event: Any) -> bool:
                began = time.perf_counter()
                try:
                    return super().notify(receiver, event)
                finally:
                    took = (time.perf_counter() - began) * 1000
                    if took >= trace_slow_ms:
                        name = f"{type(receiver).__name__}({receiver.objectName()})"
                        SLOW_EVENTS.append((took, f"{event.type().name} -> {name}"))

        app: Any = TracingApplication(["bench"])
        _load_image_plugins()
    else:
        app = QApplication(["bench"])
    app.setStyle("Fusion")
    return app


def make_loop(qapp: Any) -> asyncio.AbstractEventLoop:
    """A qasync loop as ``partner_desktop.app.main`` makes it (its default thread pool);
    ``loop.close()`` at the end shuts the pool down."""
    import qasync

    import partner_desktop.app

    # An older tree (PARTNER_BENCH_SRC, before/after) set a 0.5 ms GIL switch interval.
    tune = getattr(partner_desktop.app, "tune_interpreter", None)
    if tune is not None:
        tune()
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    return loop


def build_app(base: Path, sandbox_url: str, browser: Browser) -> Any:
    """Application + window on ``sandbox_url``, shown, its services being attached (phase 2
    runs on the loop: wait for ``app.window.services``)."""
    from PySide6.QtCore import QSettings

    from partner_desktop.app import Application
    from partner_desktop.paths import Paths
    from partner_desktop.wiring import ServiceOptions

    paths = Paths.under(base).ensure()
    settings = QSettings(str(paths.config_dir / "ui.ini"), QSettings.Format.IniFormat)
    app = Application(
        paths,
        keyring_backend=MemoryKeyring(),
        sandbox_url=sandbox_url,
        ui_settings=settings,
        options=ServiceOptions(open_browser=browser),
        loop=asyncio.get_event_loop(),
    )
    app.open_profile("sandbox")
    return app


async def until(condition: Callable[[], Any], what: str, timeout: float = 30.0) -> Any:
    deadline = time.perf_counter() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.perf_counter() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        await asyncio.sleep(0.002)


async def sign_in(window: Any) -> None:
    window.header.sign_in_button.click()
    await until(lambda: window.header.account_label.text() != "", "the signed-in account")


async def open_vote(window: Any, index: Any) -> Any:
    """Select the poll at ``index``, and when the person can vote in it, pick its first answer
    and one token and press Vote: the confirmation box, or None (not votable)."""
    from partner_desktop.models.polls import PollRoles

    detail = window.detail
    poll_id = index.data(PollRoles.IdRole)
    window.lists.poll_list.setCurrentIndex(index)
    await until(
        lambda: detail.user_poll is not None and detail.user_poll.poll.id == poll_id,
        "the poll with the person's tokens",
    )
    if detail.reason_not_votable() is not None:
        return None  # voted before, or no tokens of this partner
    detail.radio_buttons()[0].setChecked(True)
    detail.token_count.setValue(1)
    detail.request_vote()
    return await until(window.confirmation_box, "the confirmation")
