"""The app in the fans' languages: every window translated, switched at once, laid out for
longer words, and the .ts sources in step with the code."""

from __future__ import annotations

import html
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QWidget,
)

from partner_desktop.errors import (
    ApiError,
    AuthError,
    CertificateError,
    ConfigError,
    EndpointUnavailable,
    KeyringUnavailable,
    LoopbackError,
    NetworkError,
    PartnerError,
    SignedOut,
    SignInCancelled,
    SignInDenied,
    SignInTimeout,
    SignInUnavailable,
    Storage,
    StorageReason,
    TokenStoreError,
    VoteNotCounted,
    VoteOutcomeUnknown,
    VoteRejected,
)
from partner_desktop.models.polls import PollRoles
from partner_desktop.ui import format as fmt
from partner_desktop.ui.errors import describe, storage_sentence
from partner_desktop.ui.i18n import SETTING, Translations, available_languages, match_language
from tests.fixtures.qt import save_screenshot

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("es", "pt_BR", "it", "fr", "tr")
#: Proper names, shown as they are in every language.
PROPER_NAMES = {"Partner Desktop", "Sandbox", "SANDBOX", "alice", "bob", "Fan token"}
#: Words some languages share with English (checked by a person, not a missed string).
SAME_WORDS = {
    "es": {"General", "Normal"},
    "pt_BR": {"Normal"},
    "it": {"Quorum:", "Token:", "&Partner", "Partner"},
    "fr": {"Quorum :", "Quorum", "Normal"},
    "tr": {"Normal"},
}


# -- what a person sees ---------------------------------------------------------------------------


def _visible(widget: QWidget, top: QWidget) -> bool:
    return widget is top or widget.isVisibleTo(top)


def visible_texts(top: QWidget) -> dict[str, str]:
    """Every text a person reads in ``top``, keyed by where it is (stable across languages)."""
    texts: dict[str, str] = {}
    if top.windowTitle():
        texts["title"] = top.windowTitle()
    widgets = [top, *top.findChildren(QWidget)]
    for number, widget in enumerate(widgets):
        if not _visible(widget, top):
            continue
        key = f"{widget.objectName() or type(widget).__name__}#{number}"
        if (isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull()) or (
            isinstance(widget, QAbstractButton) and widget.text()
        ):
            texts[key] = widget.text()
        elif isinstance(widget, QLineEdit) and not widget.text() and widget.placeholderText():
            texts[key] = widget.placeholderText()
        elif isinstance(widget, QComboBox):
            for item in range(widget.count()):
                texts[f"{key}/{item}"] = widget.itemText(item)
        elif isinstance(widget, QTabWidget):
            for tab in range(widget.count()):
                texts[f"{key}/tab{tab}"] = widget.tabText(tab)
        elif isinstance(widget, QGroupBox) and widget.title():
            texts[key] = widget.title()
    return {k: v for k, v in texts.items() if v.strip()}


def _plain(text: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", text)).strip()


def _source_patterns() -> list[re.Pattern[str]]:
    """The English source strings as patterns (a placeholder matches any text); strings made
    of placeholders and punctuation only ("%1:", "%1, %2") say nothing by themselves."""
    root = ET.parse(TRANSLATIONS / "partner_desktop_en.ts").getroot()  # noqa: S314 - ours
    patterns = []
    for source in root.iter("source"):
        text = _plain(source.text or "")
        if not re.sub(r"%L?[n1-9]|[\W_]", "", text):
            continue
        pieces = re.split(r"%L?[n1-9]", text)
        patterns.append(re.compile("^" + ".+".join(re.escape(p) for p in pieces) + "$", re.S))
    return patterns


SOURCES = _source_patterns()


def untranslated(english: dict[str, str], shown: dict[str, str], language: str) -> list[str]:
    """Texts still the English source: the same as in English, and made of an English string."""
    allowed = PROPER_NAMES | SAME_WORDS.get(language, set())
    left = []
    for key, text in shown.items():
        plain = _plain(text)
        if english.get(key) != text or plain in allowed:
            continue
        if plain.startswith("Partner Desktop — "):  # the app's name and the profile's
            continue
        if any(pattern.match(plain) for pattern in SOURCES):
            left.append(f"{key}: {plain!r}")
    return left


def clipped(top: QWidget) -> list[str]:
    """Visible labels and buttons whose text does not fit: wider than the widget (one line),
    or taller than it (wrapped)."""
    found = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not _visible(widget, top) or widget.width() <= 0:
            continue
        name = f"{widget.objectName() or type(widget).__name__}"
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height() + 1:
                    found.append(f"{name}: {widget.text()!r} needs {needed} px of height")
            elif widget.sizeHint().width() > widget.width() + 1:
                found.append(f"{name}: {widget.text()!r} {widget.sizeHint().width()} px wide")
        elif (
            isinstance(widget, QAbstractButton)
            and widget.text()
            and widget.sizeHint().width() > widget.width() + 1
        ):
            found.append(f"{name}: {widget.text()!r} {widget.sizeHint().width()} px wide")
    return found


# -- driving the app ------------------------------------------------------------------------------


def settle(qtbot: Any) -> None:
    """Let layouts take in new texts (they update on posted events)."""
    QApplication.processEvents()
    qtbot.wait(30)
    QApplication.processEvents()


def each_language(window: Any, qtbot: Any, top: QWidget, stage: str) -> list[str]:
    """Switch ``window`` through every language (from English); what stays English."""
    window.choose_language("en")
    settle(qtbot)
    english = visible_texts(top)
    problems = []
    for language in LANGUAGES:
        window.choose_language(language)
        settle(qtbot)
        shown = visible_texts(top)
        problems += [f"{stage} [{language}] {p}" for p in untranslated(english, shown, language)]
    window.choose_language("en")
    settle(qtbot)
    return problems


def open_poll_with_quorum(window: Any, qtbot: Any) -> None:
    """Open (signed in) an open poll that has a quorum: every line of the pane is filled."""
    model = window.lists.all_model
    row = next(
        r
        for r in range(model.rowCount())
        if model.index(r, 0).data(PollRoles.StatusRole) == "open"
        and model.index(r, 0).data(PollRoles.PollRole).quorum is not None
    )
    window.lists.poll_list.setCurrentIndex(model.index(row, 0))
    qtbot.waitUntil(lambda: window.detail.user_poll is not None, timeout=10_000)


def error_examples() -> Iterator[BaseException]:
    """One exception per sentence of ui/errors.py."""
    for reason in (
        VoteRejected.CLOSED,
        VoteRejected.ALREADY_VOTED,
        VoteRejected.OVER_LIMIT,
        VoteRejected.INVALID,
        VoteRejected.NOT_FOUND,
        "something else",
    ):
        yield VoteRejected(reason=reason)
    yield VoteOutcomeUnknown(poll_id="p", idempotency_key="k")
    yield VoteNotCounted(NetworkError.UNAVAILABLE, status=503)
    yield VoteNotCounted(NetworkError.REFUSED)
    for reason in (NetworkError.TIMEOUT, NetworkError.UNAVAILABLE, NetworkError.REFUSED):
        yield SignInUnavailable(reason, host="id.example", status=503, seconds=5)
    yield CertificateError()
    yield CertificateError(host="id.example", sign_in=True)
    yield CertificateError(host="api.example")
    yield NetworkError()
    for reason in (
        NetworkError.TIMEOUT,
        NetworkError.UNAVAILABLE,
        NetworkError.BROKEN,
        NetworkError.REFUSED,
    ):
        yield NetworkError(reason, host="api.example", status=502)
    yield EndpointUnavailable(endpoint="vote")
    yield SignInCancelled()
    yield SignInTimeout()
    yield SignInDenied()
    yield LoopbackError()
    yield LoopbackError("port_in_use", port=8765)
    yield SignedOut(SignedOut.SIGNED_OUT)
    yield SignedOut(SignedOut.INVALID_GRANT)
    yield AuthError("invalid_client", missing_secret=True)
    for code in (
        "invalid_client",
        "unauthorized_client",
        "invalid_scope",
        "unsupported_grant_type",
        "invalid_request",
        AuthError.INVALID_RESPONSE,
        "server_error",
    ):
        yield AuthError(code)
    yield ApiError(status=429)
    yield ApiError(status=503)
    yield ApiError("missing", status=400, field="poll.answers")
    yield ApiError(ApiError.NOT_JSON, status=200)
    yield ApiError(status=400)
    yield KeyringUnavailable()
    yield TokenStoreError()
    for name, problem in vars(ConfigError).items():
        if name.isupper():
            yield ConfigError(problem, setting="client_id", value="x")
    yield ConfigError("something else")
    yield PartnerError()
    yield RuntimeError("boom")


def storage_examples() -> Iterator[Storage]:
    """One value per status-bar sentence of where the sign-in is kept."""
    for keyring in ("SecretService", "libsecret", "macOS", "Windows", "SomeOther"):
        yield Storage(keyring=keyring)
    yield Storage(reason=StorageReason.LOCKED)
    yield Storage(reason=StorageReason.NO_REFRESH_TOKEN)


def test_every_window_and_error_sentence_is_translated_in_each_language(
    make_app: Any, make_sandbox: Any, qtbot: Any
) -> None:
    """Signed out, the first-start page, signed in with a poll open, the wallet, the vote
    confirmation, the sign-in dialog and the settings (General and Advanced), and every error
    sentence, in each language: no text is left in English."""
    problems: list[str] = []
    # First start without a client id: the setup page.
    setup = make_app(make_sandbox(), profile="socios")
    setup.window.resize(1240, 800)
    problems += each_language(setup.window, qtbot, setup.window, "first start")
    setup.close()

    harness = make_app(make_sandbox())
    window = harness.window
    window.resize(1240, 800)
    harness.wait_loaded("all")
    problems += each_language(window, qtbot, window, "signed out")

    # The sign-in dialog, while the browser has not answered yet.
    harness.browser.enabled = False
    qtbot.waitUntil(window.header.sign_in_button.isEnabled)  # the remembered sign-in is read
    qtbot.mouseClick(window.header.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.dialogs.sign_in is not None, timeout=10_000)
    dialog = window.dialogs.sign_in
    qtbot.waitUntil(dialog.isVisible, timeout=10_000)
    problems += each_language(window, qtbot, dialog, "sign-in dialog")
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    harness.browser.enabled = True

    harness.sign_in()
    window.dialogs.open_wallet()
    wallet = window.dialogs.wallet
    qtbot.waitUntil(lambda: wallet.table.rowCount() > 0, timeout=10_000)
    problems += each_language(window, qtbot, wallet, "wallet")
    wallet.reject()
    open_poll_with_quorum(window, qtbot)
    problems += each_language(window, qtbot, window, "signed in, a poll open")

    window.detail.radio_buttons()[0].setChecked(True)
    qtbot.mouseClick(window.detail.vote_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.confirmation_box() is not None, timeout=5_000)
    box = window.confirmation_box()
    # The box is built in the language of the moment: open it anew in each.
    for language in LANGUAGES:
        box.button(QMessageBox.StandardButton.Cancel).click()
        qtbot.waitUntil(lambda: window.confirmation_box() is None, timeout=5_000)
        window.choose_language("en")
        qtbot.mouseClick(window.detail.vote_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.confirmation_box() is not None, timeout=5_000)
        english = visible_texts(window.confirmation_box())
        window.confirmation_box().button(QMessageBox.StandardButton.Cancel).click()
        qtbot.waitUntil(lambda: window.confirmation_box() is None, timeout=5_000)
        window.choose_language(language)
        qtbot.mouseClick(window.detail.vote_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.confirmation_box() is not None, timeout=5_000)
        box = window.confirmation_box()
        shown = visible_texts(box)
        problems += [
            f"confirmation [{language}] {p}" for p in untranslated(english, shown, language)
        ]
        # Qt's own Yes/Cancel come from qtbase_<language>.qm.
        assert box.button(QMessageBox.StandardButton.Cancel).text() not in ("Cancel", "&Cancel")
    box.button(QMessageBox.StandardButton.Cancel).click()
    window.choose_language("en")

    window.dialogs.open_settings()
    settings = window.dialogs.settings_dialog
    qtbot.waitUntil(settings.isVisible, timeout=5_000)
    problems += each_language(window, qtbot, settings, "settings")
    settings.tabs.setCurrentIndex(1)  # Advanced: the profile
    problems += each_language(window, qtbot, settings, "settings, advanced")
    settings.reject()

    for language in LANGUAGES:
        window.choose_language("en")
        english = [describe(exc) for exc in error_examples()]
        english += [storage_sentence(status) for status in storage_examples()]
        window.choose_language(language)
        shown = [describe(exc) for exc in error_examples()]
        shown += [storage_sentence(status) for status in storage_examples()]
        assert len(set(english)) == len(english), "one example per sentence"
        problems += [
            f"errors [{language}] {sentence!r}"
            for sentence, before in zip(shown, english, strict=True)
            if sentence == before
        ]
    window.choose_language("")
    assert not problems, "\n".join(problems)


def test_no_text_is_clipped_with_strings_40_percent_longer(
    make_app: Any, make_sandbox: Any, qtbot: Any, tmp_path: Path
) -> None:
    """The pseudo language (every string 40 % longer, in brackets): every label and button of
    the windows and dialogs still shows all of its text, and no string is left unmarked."""
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "translations.py"), "pseudo", str(tmp_path)],
        check=True,
        capture_output=True,
    )
    harness = make_app(make_sandbox())
    window = harness.window
    window.resize(1240, 800)
    harness.wait_loaded("all")
    window.translations = Translations(tmp_path)
    window.choose_language("pseudo")
    settle(qtbot)
    problems = [f"signed out: {p}" for p in clipped(window)]
    # The sign-in dialog while the browser has not answered.
    harness.browser.enabled = False
    qtbot.waitUntil(window.header.sign_in_button.isEnabled)  # the remembered sign-in is read
    qtbot.mouseClick(window.header.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.dialogs.sign_in is not None, timeout=10_000)
    dialog = window.dialogs.sign_in
    qtbot.waitUntil(dialog.isVisible, timeout=10_000)
    settle(qtbot)
    problems += [f"sign-in dialog: {p}" for p in clipped(dialog)]
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    harness.browser.enabled = True
    harness.sign_in()
    window.dialogs.open_wallet()
    wallet = window.dialogs.wallet
    qtbot.waitUntil(lambda: wallet.table.rowCount() > 0, timeout=10_000)
    settle(qtbot)
    problems += [f"wallet: {p}" for p in clipped(wallet)]
    wallet.reject()
    open_poll_with_quorum(window, qtbot)
    settle(qtbot)
    problems += [f"poll open: {p}" for p in clipped(window)]
    marked = [
        t
        for t in visible_texts(window).values()
        if any(p.match(_plain(t)) for p in SOURCES) and "[" not in t
    ]
    assert not marked, f"strings the pseudo language did not reach: {marked}"
    window.dialogs.open_settings()
    settings = window.dialogs.settings_dialog
    qtbot.waitUntil(settings.isVisible, timeout=5_000)
    settle(qtbot)
    problems += [f"settings: {p}" for p in clipped(settings)]
    settings.tabs.setCurrentIndex(1)  # Advanced
    settle(qtbot)
    problems += [f"settings, advanced: {p}" for p in clipped(settings)]
    settings.reject()
    window.detail.radio_buttons()[0].setChecked(True)
    qtbot.mouseClick(window.detail.vote_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.confirmation_box() is not None, timeout=5_000)
    settle(qtbot)
    problems += [f"confirmation: {p}" for p in clipped(window.confirmation_box())]
    window.confirmation_box().button(QMessageBox.StandardButton.Cancel).click()
    save_screenshot(window, "main-pseudo")
    window.choose_language("")
    assert not problems, "\n".join(problems)


def test_switching_the_language_in_settings_retranslates_the_open_window_at_once(
    make_app: Any, make_sandbox: Any, qtbot: Any
) -> None:
    harness = make_app(make_sandbox())
    window = harness.window
    window.resize(1240, 800)  # wide: the header shows words
    harness.wait_loaded("all")
    window.lists.poll_list.setCurrentIndex(window.lists.all_model.index(0, 0))
    qtbot.waitUntil(lambda: window.detail.poll is not None, timeout=10_000)
    assert window.header.refresh_button.text() == "Refresh"
    window.dialogs.open_settings()
    dialog = window.dialogs.settings_dialog
    combo = dialog.findChild(QComboBox, "languageCombo")
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names == [
        "System default",
        "English",
        "Español",
        "Français",
        "Italiano",
        "Português (Brasil)",
        "Türkçe",
    ]

    combo.setCurrentIndex(combo.findData("es"))
    # No restart, no Save: the open window, the pane and the dialog itself change at the next
    # pass of the event loop (Qt posts LanguageChange to every window).
    qtbot.waitUntil(lambda: window.header.refresh_button.text() == "Actualizar", timeout=1_000)
    assert window.lists.tabText(0) == "Todas las encuestas"
    assert window.filters.status_filter.itemText(1) == "Abierta"
    assert window.filters.partner_filter.itemText(0) == "Todos los clubes"
    assert window.detail.vote_button.text() == "Inicia sesión para votar"
    assert window.detail.findChild(QLabel, "pollOpens").text() == fmt.local_time(
        window.detail.poll.open_at
    )
    assert dialog.windowTitle() == "Ajustes"
    assert combo.itemText(0) == "Predeterminado del sistema"
    assert dialog.findChild(QPushButton, "saveSettingsButton").text() == "Guardar"
    assert harness.app.ui_settings.value(SETTING) == "es"
    assert QLocale().name() == "es_ES"

    combo.setCurrentIndex(combo.findData("tr"))
    qtbot.waitUntil(lambda: window.header.refresh_button.text() == "Yenile", timeout=1_000)
    assert window.header.sign_in_button.text() == "Oturum aç"
    dialog.reject()
    window.choose_language("")
    qtbot.waitUntil(lambda: window.header.refresh_button.text() == "Refresh", timeout=1_000)


def test_the_language_is_remembered_for_the_next_start(
    make_app: Any, make_sandbox: Any, tmp_path: Path, qtbot: Any
) -> None:
    ui = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    ui.setValue(SETTING, "pt_BR")
    harness = make_app(make_sandbox(), ui_settings=ui)
    assert harness.app.translations.language == "pt_BR"
    qtbot.waitUntil(harness.window.header.sign_in_button.isEnabled)  # the remembered sign-in
    assert harness.window.header.sign_in_button.text() == "Entrar"
    assert harness.window.lists.tabText(1) == "Minhas enquetes"


def test_the_system_language_is_chosen_when_none_is_set() -> None:
    available = available_languages()
    assert set(LANGUAGES) <= set(available)
    assert match_language(["es-AR", "en-US"], available) == "es"
    assert match_language(["pt-BR"], available) == "pt_BR"
    assert match_language(["pt-PT"], available) == "pt_BR"  # the Portuguese there is
    assert match_language(["tr"], available) == "tr"
    assert match_language(["de-DE", "fr-CA"], available) == "fr"
    assert match_language(["de-DE"], available) == "en"


@pytest.mark.parametrize(
    ("language", "share", "count", "clock"),
    [
        ("en", "30.8 %", "12,345 tokens", "3:00\u202fPM"),
        ("es", "30,8\u00a0%", "12.345 tokens", "15:00"),
        ("fr", "30,8\u00a0%", "12\u202f345 jetons", "15:00"),
        ("it", "30,8%", "12.345 token", "15:00"),
        ("pt_BR", "30,8%", "12.345 tokens", "15:00"),
        ("tr", "%30,8", "12.345 token", "15:00"),
    ],
)
def test_numbers_dates_and_plurals_follow_the_language(  # noqa: PLR0917 - parametrized
    qapp: Any, language: str, share: str, count: str, clock: str, monkeypatch: Any
) -> None:
    monkeypatch.setenv("TZ", "UTC")
    import time

    time.tzset()
    translations = Translations()
    try:
        assert translations.apply(language) == language
        assert fmt.percent(0.308) == share
        assert fmt.tokens(12345) == count
        assert fmt.tokens(1) in ("1 token", "1 jeton")
        assert fmt.local_time(datetime(2026, 11, 28, 15, 0, tzinfo=UTC)).endswith(clock)
        if language != "en":
            assert "Sat" not in fmt.local_time(datetime(2026, 11, 28, 15, 0, tzinfo=UTC))
    finally:
        translations.clear()
    monkeypatch.delenv("TZ")
    time.tzset()


def test_ts_sources_are_in_step_with_the_code() -> None:
    """lupdate over the code into copies of the .ts files changes nothing: no string of the
    code is missing from them (and none is left over)."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "translations.py"), "check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    for ts in TRANSLATIONS.glob("partner_desktop_*.ts"):
        if ts.stem.endswith("_en"):
            continue
        root = ET.parse(ts).getroot()  # noqa: S314 - the project's own file
        unfinished = [
            m.findtext("source")
            for m in root.iter("message")
            if m.find("translation") is not None
            and m.find("translation").get("type") == "unfinished"
        ]
        assert not unfinished, f"{ts.name}: {unfinished}"


@pytest.mark.parametrize("language", ["es", "tr"])
def test_screenshot_of_the_main_window(
    make_app: Any, make_sandbox: Any, qtbot: Any, tmp_path: Path, language: str
) -> None:
    ui = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    ui.setValue(SETTING, language)
    harness = make_app(make_sandbox(), ui_settings=ui)
    window = harness.window
    window.resize(1280, 800)
    harness.wait_loaded("all")
    harness.sign_in()
    model = window.lists.all_model
    row = next(
        r
        for r in range(model.rowCount())
        if model.index(r, 0).data(PollRoles.StatusRole) == "open"
        and model.index(r, 0).data(PollRoles.PollRole).results_visible
    )
    window.lists.poll_list.setCurrentIndex(model.index(row, 0))
    qtbot.waitUntil(lambda: window.detail.user_poll is not None, timeout=10_000)
    window.detail.radio_buttons()[0].setChecked(True)
    qtbot.wait(300)
    window.lists.poll_list.viewport().update()
    qtbot.wait(100)
    assert not clipped(window), clipped(window)
    save_screenshot(window, f"main-{language}")
    image = window.grab()
    assert image.save(str(tmp_path / f"main-{language}.png"))
    assert not isinstance(window.focusWidget(), QDialog)


def test_a_language_added_as_a_ts_file_is_offered_without_code(qapp: Any, tmp_path: Path) -> None:
    """As docs/desktop-app.md tells partners: an empty .ts, `update`, translate, `build`."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts/translations.py")
    assert spec is not None
    assert spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    ts = tmp_path / "partner_desktop_de.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="de" sourcelanguage="en">\n</TS>\n',
        encoding="utf-8",
    )
    script.lupdate([ts])
    tree = ET.parse(ts)  # noqa: S314 - written just above
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if message.findtext("source") == "Refresh" and translation is not None:
            translation.text = "Aktualisieren"
            translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    script.build(tmp_path)
    assert "de" in available_languages(tmp_path)
    assert (tmp_path / "qtbase_de.qm").is_file()
    translations = Translations(tmp_path)
    try:
        assert translations.apply("de") == "de"
        from PySide6.QtCore import QCoreApplication

        assert QCoreApplication.translate("MainWindow", "Refresh") == "Aktualisieren"
    finally:
        translations.clear()


def test_errors_of_the_layers_without_qt_reach_people_translated(qapp: Any) -> None:
    """The session's, the profile checks' and the sign-in server's errors carry no words;
    ``describe`` gives them in the interface language."""
    from dataclasses import replace

    from partner_desktop.config import SANDBOX

    translations = Translations()
    try:
        translations.apply("es")
        assert describe(SignedOut(SignedOut.INVALID_GRANT)).startswith("Tu sesión ha caducado")
        assert storage_sentence(Storage(reason=StorageReason.NO_REFRESH_TOKEN)).startswith(
            "Sesión iniciada solo durante esta ejecución"
        )
        assert storage_sentence(Storage(keyring="SecretService")) == (
            "Sesión recordada en el llavero del sistema (Secret Service)."
        )
        with pytest.raises(ConfigError) as raised:
            replace(SANDBOX, client_id="").validate()
        assert describe(raised.value) == "El ID de cliente (clave de consumidor) está vacío."
        port = LoopbackError("port_in_use", port=8765)
        assert describe(port).startswith("El puerto 8765 lo usa otro programa")
        # A sign-in server that is down: what happened, and with which server, both translated.
        down = describe(SignInUnavailable(NetworkError.TIMEOUT, host="127.0.0.1:9", seconds=5.0))
        assert down == (
            "El servidor de inicio de sesión no responde, así que no se ha abierto el navegador. "
            "Vuelve a intentarlo en un momento. (El servidor de inicio de sesión de 127.0.0.1:9 "
            "no respondió en 5 segundos)"
        )
    finally:
        translations.clear()


def test_vote_deadline_and_list_status_words_follow_the_language(
    make_app: Any, make_sandbox: Any, qtbot: Any
) -> None:
    """While a vote is sent the pane states its deadline in the chosen language (and again
    when the language changes meanwhile); the list reads statuses to screen readers in it."""
    harness = make_app(make_sandbox())
    window = harness.window
    harness.wait_loaded("all")
    harness.sign_in()
    open_poll_with_quorum(window, qtbot)
    try:
        window.choose_language("es")
        window.detail.set_voting(True, 20)
        assert window.detail.vote_status.text() == "Enviando tu voto… (20 segundos como máximo)"
        window.choose_language("fr")
        french = "Envoi de votre vote… (20 secondes au plus)"
        qtbot.waitUntil(lambda: window.detail.vote_status.text() == french, timeout=5_000)
        window.detail.set_voting(True, 1)
        assert window.detail.vote_status.text() == "Envoi de votre vote… (1 seconde au plus)"
        window.detail.set_voting(False)
        window.choose_language("es")
        model = window.lists.all_model
        said = [
            model.data(model.index(row, 0), Qt.ItemDataRole.AccessibleTextRole)
            for row in range(model.rowCount())
        ]
        assert any(text.endswith(", Abierta") for text in said), said
        assert not any(text.endswith(", Open") for text in said), said
    finally:
        window.choose_language("")
