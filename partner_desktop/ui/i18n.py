"""The interface language: which translations exist, and loading the one chosen (or the system's).

Translations are Qt ``.qm`` files in ``resources/translations/``: ``partner_desktop_<code>.qm``
(built from the ``.ts`` sources by ``scripts/translations.py``) and Qt's own
``qtbase_<code>.qm`` (standard buttons such as Yes and Cancel), copied there by the same script.
A language is offered when its ``.qm`` is there, so a partner adds one without touching code.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTranslator

from partner_desktop.paths import resource_path

#: The language the source strings are written in.
SOURCE_LANGUAGE = "en"
#: ui.ini key of the person's choice ("" or absent: the system's language).
SETTING = "app/language"
APP_PREFIX = "partner_desktop_"
QT_PREFIX = "qtbase_"


class Retranslatable:
    """Mixin of a widget whose words follow the interface language. Installing or removing a
    translator makes Qt send ``QEvent.LanguageChange`` to every widget; this one then sets its
    texts again in ``retranslate`` (which its constructor also calls, once built)."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]  # the widget class after this one


def translations_dir() -> Path:
    return resource_path("translations")


def available_languages(directory: Path | None = None) -> list[str]:
    """Codes of the languages offered: English and every built ``partner_desktop_*.qm``."""
    directory = directory or translations_dir()
    found = {p.stem.removeprefix(APP_PREFIX) for p in directory.glob(f"{APP_PREFIX}*.qm")}
    found.discard("pseudo")  # the layout check's fake language is for tests only
    return [SOURCE_LANGUAGE, *sorted(found - {SOURCE_LANGUAGE})]


#: Names of the shipped languages in themselves (Qt's own would say "American English" and
#: "español de España" for the bare codes).
NATIVE_NAMES = {
    "en": "English",
    "es": "Español",
    "fr": "Français",
    "it": "Italiano",
    "pt_BR": "Português (Brasil)",
    "tr": "Türkçe",
}


def language_name(code: str) -> str:
    """The language's own name for itself, e.g. "Español", "Türkçe", "Português (Brasil)"."""
    if code in NATIVE_NAMES:
        return NATIVE_NAMES[code]
    locale = QLocale(code)
    name = locale.nativeLanguageName()
    if "_" in code:
        name = f"{name} ({locale.nativeTerritoryName()})"
    return name[:1].upper() + name[1:] if name else code


def match_language(ui_languages: list[str], available: list[str]) -> str:
    """The first of the person's languages (most wanted first: "pt-BR", "es-AR", "fr") that is
    available, by exact code, then by language alone; English if none is."""
    codes = {c.lower(): c for c in available}
    for language in ui_languages:
        wanted = language.replace("-", "_").lower()
        if wanted in codes:
            return codes[wanted]
        base = wanted.split("_")[0]
        if base in codes:
            return codes[base]
        regional = [c for c in available if c.lower().split("_")[0] == base]
        if regional:
            return regional[0]
    return SOURCE_LANGUAGE


class Translations:
    """The translators installed in the application; ``apply`` swaps them for another language.

    Installing or removing a translator makes Qt send ``QEvent.LanguageChange`` to every
    widget, which retranslates itself.
    """

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory or translations_dir()
        self.language = SOURCE_LANGUAGE
        self._installed: list[QTranslator] = []

    def resolve(self, choice: str) -> str:
        """The language for ``choice`` ("" is the system's)."""
        available = available_languages(self.directory)
        if choice:
            built = (self.directory / f"{APP_PREFIX}{choice}.qm").exists()
            return choice if choice in available or built else SOURCE_LANGUAGE
        return match_language(QLocale.system().uiLanguages(), available)

    def apply(self, choice: str) -> str:
        """Load ``choice`` (or the system's language for ""); returns the language loaded."""
        app = QCoreApplication.instance()
        language = self.resolve(choice)
        loaded: list[QTranslator] = []
        # Only the one language's files are read: English needs its own for plural forms.
        for prefix in (APP_PREFIX, QT_PREFIX):
            translator = QTranslator(app)
            if translator.load(prefix + language, str(self.directory)):
                loaded.append(translator)
        # Numbers, dates and the standard dialogs follow the interface language, with the
        # system's regional conventions when it is the system's language (en_GB: a 24-hour
        # clock; es_AR: Argentinian dates).
        system = QLocale.system()
        same = system.name().split("_")[0] == language.split("_")[0] and "_" not in language
        QLocale.setDefault(system if same else QLocale(language))
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        for translator in loaded:
            QCoreApplication.installTranslator(translator)
        self._installed = loaded
        self.language = language
        return language

    def clear(self) -> None:
        """Back to the source language (the app closing: its translators leave with it)."""
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed = []
        self.language = SOURCE_LANGUAGE
        QLocale.setDefault(QLocale(SOURCE_LANGUAGE))

    def report(self) -> str:
        """For the smoke test: the language and the files loaded, e.g. "language=es (2 .qm)"."""
        return f"language={self.language} ({len(self._installed)} .qm)"
