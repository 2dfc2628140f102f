"""Runs Partner Desktop in this process as ``python -m partner_desktop`` does, and drives it.

Usage (from the repository root)::

    python tests/e2e/harness.py SCENARIO RESULTS.jsonl -- --sandbox --temp-basedir DIR

The harness only builds the QApplication and schedules a scenario; everything else is the app's
own ``partner_desktop.app.main(argv)``. The scenario runs as a task on the app's qasync loop,
clicks real widgets found by their object names (QTest mouse and key events), waits for
conditions with a bound, takes a screenshot of the whole X screen at each step and writes one
JSON line per step to RESULTS. It never writes a token value: only facts and digests.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import sqlite3
import sys
import time
import traceback
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QToolButton,
    QWidget,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository: tests.helpers

from partner_desktop.paths import Paths
from partner_desktop.startup import main as app_main
from tests.helpers import received

SCENARIO_TIMEOUT = 100.0
#: How long the app may take to paint its window and start its event loop.
LOOP_WAIT = 30.0
LEFT = Qt.MouseButton.LeftButton


def digest(secret: str) -> str:
    """How the harness names a token in its results: never the value itself."""
    return hashlib.sha256(secret.encode()).hexdigest()


class Driver:
    """Steps, waits, clicks and screenshots for one scenario in the running app."""

    def __init__(self, results: Path, base: Path, shots: Path | None, first_shot: int) -> None:
        self.results = results
        self.paths = Paths.under(base)
        self.shots = shots
        self.shot_number = first_shot
        self.started = time.monotonic()
        self.task: asyncio.Future[None] | None = None

    # -- reporting -------------------------------------------------------------------------
    def record(self, step: str, **facts: Any) -> None:
        line = {"step": step, "t": round(time.monotonic() - self.started, 3), **facts}
        with self.results.open("a", encoding="utf-8") as handle:
            handle.write(json.dumps(line) + "\n")

    async def screenshot(self, name: str, *, crop: bool = False) -> str | None:
        """The real X screen (root window), after Qt had a moment to paint.

        With ``crop``, also the main window's part of that same grab (``NN-name-window.png``):
        Xvfb has no window manager, so the window sits at the screen's top-left corner.
        """
        await asyncio.sleep(0.3)
        if self.shots is None:
            return None
        self.shots.mkdir(parents=True, exist_ok=True)
        path = self.shots / f"{self.shot_number:02d}-{name}.png"
        self.shot_number += 1
        screen = QGuiApplication.primaryScreen()
        grab = screen.grabWindow(0) if screen is not None else None
        if grab is None or grab.isNull() or not grab.save(str(path)):
            raise AssertionError(f"could not save a screenshot of the screen to {path}")
        if crop:
            frame = self.window().frameGeometry()
            grab.copy(frame).save(str(path.with_name(f"{path.stem}-window.png")))
        return str(path)

    async def step(self, name: str, *, crop: bool = False, **facts: Any) -> None:
        shot = await self.screenshot(name, crop=crop)
        self.record(name, screenshot=shot, **facts)

    # -- waiting ---------------------------------------------------------------------------
    async def until(self, condition: Callable[[], Any], what: str, timeout: float = 20.0) -> Any:
        deadline = time.monotonic() + timeout
        while True:
            value = condition()
            if value:
                return value
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out after {timeout:.0f} s waiting until {what}")
            await asyncio.sleep(0.05)

    # -- finding widgets by the object-name contract -------------------------------------
    def window(self) -> QMainWindow:
        for widget in QApplication.topLevelWidgets():
            if (
                widget.objectName() == "mainWindow"
                and isinstance(widget, QMainWindow)
                and widget.isVisible()
            ):
                return widget
        raise AssertionError("no visible mainWindow")

    def find(self, kind: type[Any], name: str, parent: QWidget | None = None) -> Any:
        widget = (parent or self.window()).findChild(kind, name)
        if widget is None:
            raise AssertionError(f"no {kind.__name__} named {name!r}")
        return widget

    def sign_in_dialog(self) -> QDialog:
        for widget in QApplication.topLevelWidgets():
            if widget.objectName() == "signInDialog" and isinstance(widget, QDialog):
                return widget
        return self.find(QDialog, "signInDialog")

    def sign_in_dialog_shown(self) -> bool:
        """Whether a sign-in dialog is on screen (the window builds it at the first sign-in)."""
        return any(
            widget.objectName() == "signInDialog" and widget.isVisible()
            for widget in QApplication.topLevelWidgets()
        )

    def unexpected_error(self) -> str | None:
        for widget in QApplication.topLevelWidgets():
            if widget.objectName() == "unexpectedError" and widget.isVisible():
                return str(widget.findChild(QLabel).text() if widget.findChild(QLabel) else "?")
        return None

    # -- input -----------------------------------------------------------------------------
    async def click(self, widget: QWidget, pos: QPoint | None = None) -> None:
        if not widget.isVisible() or not widget.isEnabled():
            raise AssertionError(f"{widget.objectName() or widget} is not clickable")
        if pos is None:
            QTest.mouseClick(widget, LEFT)
        else:
            QTest.mouseClick(widget, LEFT, Qt.KeyboardModifier.NoModifier, pos)
        await asyncio.sleep(0.05)

    async def type_text(self, widget: QWidget, text: str) -> None:
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(widget, text)
        await asyncio.sleep(0.05)

    async def click_row(self, view: QListView, row: int) -> None:
        index = view.model().index(row, 0)
        view.scrollTo(index)
        await asyncio.sleep(0.1)
        await self.click(view.viewport(), view.visualRect(index).center())

    # -- the sandbox's database (read-only: the app owns it) ----------------------------
    def query(self, sql: str, *args: Any) -> list[tuple[Any, ...]]:
        uri = f"file:{self.paths.sandbox_db}?mode=ro"
        with sqlite3.connect(uri, uri=True, timeout=10) as conn:
            rows = conn.execute(sql, args).fetchall()
        conn.close()
        return rows


# -- helpers shared by the scenarios -----------------------------------------------------------


def rows(view: QListView) -> list[Any]:
    from partner_desktop.models.polls import PollRoles

    model = view.model()
    return [model.index(r, 0).data(PollRoles.PollRole) for r in range(model.rowCount())]


def browser_log_lines() -> list[str]:
    path = os.environ.get("E2E_BROWSER_LOG")
    if not path or not Path(path).is_file():
        return []
    return Path(path).read_text(encoding="utf-8").splitlines()


async def wait_loaded(d: Driver, view: QListView) -> None:
    window: Any = d.window()
    await d.until(
        lambda: view.model().rowCount() > 0 and not window.services.polls.is_loading("all"),
        "the poll list has loaded",
    )


async def sign_in_with_browser(d: Driver, decision: str) -> None:
    """Click Sign in with the browser playing ``decision``; the dialog must appear."""
    os.environ["E2E_DECISION"] = decision  # inherited by the browser that $BROWSER starts
    opened = sum(1 for line in browser_log_lines() if " open " in f" {line} ")
    await d.click(d.find(QPushButton, "signInButton"))
    await d.until(d.sign_in_dialog_shown, "the sign-in dialog shows")
    await d.until(
        lambda: sum(1 for line in browser_log_lines() if " open " in f" {line} ") > opened,
        "the browser was opened through $BROWSER",
    )


# -- scenarios ---------------------------------------------------------------------------------


async def first_run(d: Driver) -> None:
    """Signed out → sign in (allow) → list → search → open → vote → My polls → quit."""
    window: Any = await d.until(d.window, "the main window shows")
    account = d.find(QLabel, "accountLabel")
    poll_list = d.find(QListView, "pollList")
    await wait_loaded(d, poll_list)
    assert account.text() == "", f"signed in at first start: {account.text()!r}"
    assert d.find(QPushButton, "signInButton").isVisible()
    assert not d.find(QPushButton, "signOutButton").isVisible()
    listed = rows(poll_list)
    questions = [q for (q,) in d.query("SELECT question FROM polls")]
    seeded = set(questions)
    await d.step(
        "signed-out",
        rows=len(listed),
        seeded=len(questions),
        listed_are_seeded=all(p.question in seeded for p in listed),
        can_fetch_more=poll_list.model().canFetchMore(poll_list.rootIndex()),
    )

    await sign_in_with_browser(d, "allow")
    await d.step("continue-in-browser", url_shown=bool(d.sign_in_dialog().findChild(QLineEdit)))
    await d.until(lambda: account.text() == "alice", "the window shows the account", timeout=45)
    await d.until(lambda: not d.sign_in_dialog_shown(), "the sign-in dialog closes")
    await d.step(
        "signed-in",
        account=account.text(),
        sign_out_visible=d.find(QPushButton, "signOutButton").isVisible(),
        sign_in_visible=d.find(QPushButton, "signInButton").isVisible(),
    )

    # The first screen: the first row is an open poll (the one closing soonest), visible
    # without scrolling; a click on it opens it.
    poll_list.scrollToTop()
    target = rows(poll_list)[0]
    assert target.status == "open", target.status
    first_row = poll_list.visualRect(poll_list.model().index(0, 0))
    assert poll_list.viewport().rect().contains(first_row), "the first row is not on screen"
    await d.step(
        "first-screen",
        poll_id=target.id,
        status=target.status,
        row_top=first_row.top(),
        visible=poll_list.viewport().rect().contains(first_row),
    )
    await d.click(poll_list.viewport(), first_row.center())
    question = d.find(QLabel, "pollQuestion")
    await d.until(
        lambda: question.isVisible() and question.text() == target.question,
        "the detail shows the poll",
    )
    await d.until(lambda: window.detail.user_poll is not None, "alice's balance has loaded")
    spin = d.find(QSpinBox, "tokenCount")
    radios = d.find(QWidget, "answerOptions").findChildren(QRadioButton)
    assert len(radios) == len(target.answers), (len(radios), len(target.answers))
    await d.step(
        "poll-open", crop=True, question=target.question, answers=len(radios), cap=spin.maximum()
    )

    # Choose an answer (a click on the radio's indicator) and a token count (typed).
    choice = radios[1] if len(radios) > 1 else radios[0]
    await d.click(choice, QPoint(8, choice.height() // 2))
    await d.until(choice.isChecked, "the answer is chosen")
    tokens = min(3, spin.maximum())
    await d.type_text(spin, str(tokens))
    await d.until(lambda: spin.value() == tokens, f"the token count reads {tokens}")
    vote = d.find(QPushButton, "voteButton")
    await d.until(vote.isEnabled, "the Vote button is enabled")
    await d.step("answer-chosen", answer=choice.text().split("  ")[0], tokens=tokens)

    await d.click(vote)
    box = await d.until(window.confirmation_box, "the vote confirmation asks")
    await d.step("confirm", text=box.text(), informative=box.informativeText())
    yes = box.button(box.StandardButton.Yes)
    await d.click(yes)
    status = d.find(QLabel, "voteStatus")
    await d.until(
        lambda: status.text().startswith("You voted"), "the window says You voted", timeout=30
    )
    answer_id = window.detail.user_poll.user_vote.answer_id
    await d.step(
        "voted",
        crop=True,
        status=status.text(),
        poll_id=target.id,
        answer_id=answer_id,
        tokens=tokens,
        vote_enabled=vote.isEnabled(),
    )

    # Search: a word of the voted poll's question narrows the list to the polls that contain it
    # (the longest word that matches fewer polls than the first page shows).
    def matching(word: str) -> list[str]:
        return sorted(q for q in questions if word.lower() in q.lower())

    word = next(
        word
        for word in sorted(target.question.rstrip("?").split(), key=len, reverse=True)
        if 0 < len(matching(word)) < len(listed)
    )
    expected = matching(word)
    await d.type_text(d.find(QLineEdit, "pollSearch"), word)

    def searched() -> bool:
        poll_list.scrollToBottom()  # the later sections (closed, cancelled) load as one scrolls
        return (
            not window.services.polls.is_loading("all")
            and sorted(p.question for p in rows(poll_list)) == expected
        )

    await d.until(searched, f"the search for {word!r} lists exactly the matching polls")
    await d.step("search", word=word, rows=len(rows(poll_list)), expected=len(expected))

    # My polls: a click on its tab; the poll is listed with the vote.
    tabs = d.find(QTabWidget, "viewTabs")
    bar = tabs.tabBar()
    await d.click(bar, bar.tabRect(1).center())
    mine = d.find(QListView, "myPollsList")
    from partner_desktop.models.polls import PollRoles

    def voted_row() -> bool:
        model = mine.model()
        return any(
            model.index(r, 0).data(PollRoles.IdRole) == target.id
            and model.index(r, 0).data(PollRoles.UserVoteRole) is not None
            for r in range(model.rowCount())
        )

    await d.until(voted_row, "My polls lists the poll with the vote")
    await d.click_row(mine, next(i for i, p in enumerate(rows(mine)) if p.id == target.id))
    await d.until(lambda: status.text().startswith("You voted"), "the detail shows the vote")
    await d.step("my-polls", crop=True, rows=len(rows(mine)), status=status.text())

    d.record("quit")
    window.close()  # the person closes the window: the app quits


async def restart(d: Driver) -> None:
    """Second start on the same base folder: signed in from the keyring, then sign out."""
    window: Any = await d.until(d.window, "the main window shows")
    account = d.find(QLabel, "accountLabel")
    await d.until(lambda: account.text() == "alice", "the remembered account shows", timeout=30)
    assert not d.sign_in_dialog_shown(), "a sign-in dialog opened at start-up"
    await wait_loaded(d, d.find(QListView, "pollList"))
    keyring_label = d.find(QLabel, "keyringStatus")
    await d.until(lambda: "remembered" in keyring_label.text(), "the status bar names the keyring")
    await d.step("restored", account=account.text(), keyring_status=keyring_label.text())

    # The refresh token as the keyring holds it right before Sign out, read from the Secret
    # Service directly (not through the app's TokenStore).
    from keyring.backends.SecretService import Keyring as SecretService

    secret_service = SecretService()
    service = d.paths.keyring_service
    entry = await asyncio.to_thread(secret_service.get_password, service, "sandbox")
    assert entry, "no keyring entry while signed in"
    refresh_token = json.loads(entry)["refresh_token"]
    # The sandbox keeps digests only: the token's row is found by its SHA-256.
    found = d.query("SELECT COUNT(*) FROM tokens WHERE refresh_hash = ?", digest(refresh_token))
    assert found[0][0] == 1, "the keyring's refresh token is not one the sandbox issued"
    access_token = received.access_token_for(refresh_token)
    assert access_token, "the access token that came with the keyring's refresh token is unknown"
    d.record("keyring-before-sign-out", refresh_sha256=digest(refresh_token))

    await d.click(d.find(QPushButton, "signOutButton"))
    await d.until(lambda: account.text() == "", "the window is signed out")
    await d.until(
        lambda: (
            d.find(QPushButton, "signInButton").isVisible() and not window.services.session.busy
        ),
        "Sign in is offered again",
    )
    after = await asyncio.to_thread(secret_service.get_password, service, "sandbox")

    # Ask the sandbox, over HTTP like any client: the old tokens no longer work.
    import requests

    from partner_desktop.config import SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET

    profile = window.profile

    def probe() -> tuple[int, str, int]:
        with requests.Session() as http:
            refreshed = http.post(
                profile.token_url,
                data={"grant_type": "refresh_token", "refresh_token": refresh_token},
                auth=(SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET),
                timeout=10,
            )
            user = http.get(
                f"{profile.api_base}/user/{profile.user_version}/user",
                headers={"Authorization": f"Bearer {access_token}"},
                timeout=10,
            )
        error = refreshed.json().get("error", "") if refreshed.status_code == 400 else ""
        return refreshed.status_code, error, user.status_code

    refresh_status, refresh_error, user_status = await asyncio.to_thread(probe)
    await d.step(
        "signed-out",
        account=account.text(),
        keyring_entry_after=after is not None,
        refresh_status=refresh_status,
        refresh_error=refresh_error,
        user_status=user_status,
    )
    d.record("quit")
    window.close()


async def refusals(d: Driver) -> None:
    """Deny in the browser; then a browser closed without answering, cancelled in the app."""
    window: Any = await d.until(d.window, "the main window shows")
    account = d.find(QLabel, "accountLabel")
    await wait_loaded(d, d.find(QListView, "pollList"))
    banner = d.find(QFrame, "errorBanner")
    error_text = d.find(QLabel, "errorText")

    await sign_in_with_browser(d, "deny")
    await d.until(banner.isVisible, "the window says access was denied", timeout=45)
    await d.until(lambda: not d.sign_in_dialog_shown(), "the sign-in dialog closes")
    await d.until(d.find(QPushButton, "signInButton").isEnabled, "Sign in is offered again")
    await d.step("denied", account=account.text(), sentence=error_text.text())

    dismiss = next(b for b in banner.findChildren(QToolButton) if b.accessibleName() == "Dismiss")
    await d.click(dismiss)
    await sign_in_with_browser(d, "ignore")
    await d.until(
        lambda: any("closed without answering" in line for line in browser_log_lines()),
        "the browser was closed without an answer",
        timeout=45,
    )
    dialog = d.sign_in_dialog()
    assert dialog.isVisible(), "the app stopped waiting by itself"
    await d.step("browser-closed", waiting=dialog.isVisible())
    await d.click(d.find(QPushButton, "cancelSignInButton", dialog))
    await d.until(
        lambda: not dialog.isVisible() and d.find(QPushButton, "signInButton").isEnabled(),
        "the sign-in is cancelled",
    )
    await d.step(
        "cancelled",
        account=account.text(),
        banner=banner.isVisible(),
        status_message=window.statusBar().currentMessage(),
    )
    d.record("quit")
    window.close()


async def press(d: Driver, key: Qt.Key) -> QWidget:
    """One key press on the widget that has the keyboard focus; returns the next focus."""
    target = QApplication.focusWidget() or d.window()
    QTest.keyClick(target, key)
    await asyncio.sleep(0.05)
    return QApplication.focusWidget() or d.window()


async def tab_to(d: Driver, target: QWidget, limit: int = 80) -> int:
    """Tab until ``target`` (or a part of it, as a spin box's line edit) has the focus."""
    for presses in range(limit + 1):
        focus = QApplication.focusWidget()
        if focus is not None and (focus is target or target.isAncestorOf(focus)):
            return presses
        await press(d, Qt.Key.Key_Tab)
    raise AssertionError(f"{limit} Tabs never reached {target.objectName()}")


async def keyboard(d: Driver) -> None:
    """Sign in and vote with Tab, the arrow keys and Enter only (no mouse, no typing)."""
    window: Any = await d.until(d.window, "the main window shows")
    poll_list = d.find(QListView, "pollList")
    await wait_loaded(d, poll_list)
    window.activateWindow()
    await d.until(lambda: QApplication.activeWindow() is window, "the window has the focus")
    account = d.find(QLabel, "accountLabel")

    os.environ["E2E_DECISION"] = "allow"
    sign_in = d.find(QPushButton, "signInButton")
    tabs_to_sign_in = await tab_to(d, sign_in)
    await press(d, Qt.Key.Key_Return)
    await d.until(lambda: account.text() == "alice", "Enter on Sign in signs in", timeout=45)
    await d.until(lambda: not d.sign_in_dialog_shown(), "the sign-in dialog closes")
    window.activateWindow()
    await d.until(lambda: QApplication.activeWindow() is window, "the window has the focus back")

    # The list: Tab to it, Home chooses nothing yet, Down opens the first poll, Enter moves
    # into its answers.
    await tab_to(d, poll_list)
    await press(d, Qt.Key.Key_Down)
    await d.until(lambda: window.detail.poll is not None, "an arrow opens a poll")
    poll = window.detail.poll
    if poll.status != "open" or window.detail.user_poll is None:
        await d.until(lambda: window.detail.user_poll is not None, "alice's balance has loaded")
    assert window.detail.poll.status == "open", window.detail.poll.status
    await press(d, Qt.Key.Key_Return)
    radios = d.find(QWidget, "answerOptions").findChildren(QRadioButton)
    await d.until(lambda: QApplication.focusWidget() in radios, "Enter moves into the answers")
    await press(d, Qt.Key.Key_Down)
    chosen = next((r for r in radios if r.isChecked()), None)
    assert chosen is not None, "the arrow key chose no answer"
    spin = d.find(QSpinBox, "tokenCount")
    assert await tab_to(d, spin, limit=len(radios) + 1) <= len(radios), "Tab skipped the tokens"
    await press(d, Qt.Key.Key_Up)
    tokens = spin.value()
    vote = d.find(QPushButton, "voteButton")
    await tab_to(d, vote, limit=3)
    await d.step("keyboard-answer", crop=True, answer=chosen.text(), tokens=tokens)
    await press(d, Qt.Key.Key_Return)
    box = await d.until(window.confirmation_box, "Enter on Vote asks for confirmation")
    yes = box.button(box.StandardButton.Yes)
    await d.until(lambda: QApplication.focusWidget() is yes, "the confirmation's Vote has focus")
    await d.step("keyboard-confirm", yes=yes.text())
    await press(d, Qt.Key.Key_Return)
    status = d.find(QLabel, "voteStatus")
    await d.until(lambda: status.text().startswith("You voted"), "the vote is recorded", 30)
    await d.step(
        "keyboard-voted",
        crop=True,
        tabs_to_sign_in=tabs_to_sign_in,
        poll_id=poll.id,
        answer_id=str(chosen.property("answer_id")),
        tokens=tokens,
        status=status.text(),
    )
    d.record("quit")
    window.close()


SCENARIOS: dict[str, Callable[[Driver], Awaitable[None]]] = {
    "first-run": first_run,
    "restart": restart,
    "refusals": refusals,
    "keyboard": keyboard,
}


def when_loop_runs(
    then: Callable[[], None],
    on_timeout: Callable[[], None] | None = None,
    *,
    since: float | None = None,
) -> None:
    """Call ``then`` once the app's event loop runs (``on_timeout`` after ``LOOP_WAIT``)."""
    began = time.monotonic() if since is None else since
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        if on_timeout is not None and time.monotonic() - began > LOOP_WAIT:
            on_timeout()
            return
        # The app paints its window before its event loop exists: try again in a moment.
        QTimer.singleShot(20, lambda: when_loop_runs(then, on_timeout, since=began))
        return
    then()


def start(driver: Driver, scenario: Callable[[Driver], Awaitable[None]]) -> None:
    def no_loop() -> None:
        driver.record("failed", error=f"the app's event loop did not start in {LOOP_WAIT} s")
        QApplication.closeAllWindows()
        QApplication.quit()

    when_loop_runs(lambda: _run(driver, scenario), no_loop)


def _run(driver: Driver, scenario: Callable[[Driver], Awaitable[None]]) -> None:
    async def run() -> None:
        try:
            await asyncio.wait_for(scenario(driver), SCENARIO_TIMEOUT)
        except BaseException as exc:
            driver.record(
                "failed",
                error=f"{type(exc).__name__}: {exc}",
                traceback=traceback.format_exc(),
                unexpected_error=driver.unexpected_error(),
            )
            try:
                await driver.screenshot("failed")
            finally:
                QApplication.closeAllWindows()
                QApplication.quit()
            return
        driver.record("done", unexpected_error=driver.unexpected_error())

    driver.task = asyncio.ensure_future(run())  # a reference keeps the task alive


def _keep_received() -> None:
    """Write what the app received (tokens, codes) to ``$E2E_RECEIVED`` for the test's scan.

    Outside the app's folders and the scanned outputs: the test reads it, then scans for it.
    """
    path = os.environ.get("E2E_RECEIVED")
    if path:
        lines = [f"{what}\t{value}\n" for value, what in received.received().items()]
        Path(path).write_text("".join(lines), encoding="utf-8")


def main() -> int:
    if "--" not in sys.argv:
        raise SystemExit(__doc__)
    received.install()
    split = sys.argv.index("--")
    name, results = sys.argv[1:split]
    app_argv = sys.argv[split + 1 :]
    base = Path(app_argv[app_argv.index("--temp-basedir") + 1])
    shots_env = os.environ.get("E2E_APP_SCREENSHOTS")
    driver = Driver(
        Path(results),
        base,
        Path(shots_env) if shots_env else None,
        int(os.environ.get("E2E_FIRST_SHOT", "1")),
    )
    # The app's main() uses this QApplication instead of building its own.
    qapp = QApplication(sys.argv[:1])
    QTimer.singleShot(0, lambda: start(driver, SCENARIOS[name]))
    try:
        code = app_main(app_argv)
    finally:
        _keep_received()
    del qapp
    return code


if __name__ == "__main__":
    sys.exit(main())
