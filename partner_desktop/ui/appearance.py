"""The fan-facing look: theme (system, light, dark) and text size, applied to the whole app."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QSettings, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

#: Stored values; ``theme_names`` gives their words (same order).
THEMES: tuple[str, ...] = ("system", "light", "dark")
#: Stored values, each a factor on every font size; ``text_size_names`` gives their words.
TEXT_SIZES: tuple[float, ...] = (0.9, 1.0, 1.15, 1.3)


def theme_names() -> tuple[str, ...]:
    """The words of ``THEMES``, in the interface language (same order)."""
    return (
        QCoreApplication.translate("appearance", "Same as the system"),
        QCoreApplication.translate("appearance", "Light"),
        QCoreApplication.translate("appearance", "Dark"),
    )


def text_size_names() -> tuple[str, ...]:
    """The words of ``TEXT_SIZES``, in the interface language (same order)."""
    return (
        QCoreApplication.translate("appearance", "Small"),
        QCoreApplication.translate("appearance", "Normal"),
        QCoreApplication.translate("appearance", "Large"),
        QCoreApplication.translate("appearance", "Larger"),
    )


_FONT_SIZE = re.compile(r"font-size:\s*(\d+(?:\.\d+)?)pt")
_base_point_size: float | None = None


def dark_palette() -> QPalette:
    """A dark palette for the Fusion style (text on every background at 4.5:1 or more)."""
    p = QPalette()
    window, base, alt = QColor("#1f2126"), QColor("#17181c"), QColor("#25272d")
    text, muted = QColor("#eceef2"), QColor("#a9adb8")
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        p.setColor(group, QPalette.ColorRole.Window, window)
        p.setColor(group, QPalette.ColorRole.WindowText, text)
        p.setColor(group, QPalette.ColorRole.Base, base)
        p.setColor(group, QPalette.ColorRole.AlternateBase, alt)
        p.setColor(group, QPalette.ColorRole.Text, text)
        p.setColor(group, QPalette.ColorRole.Button, QColor("#2c2f36"))
        p.setColor(group, QPalette.ColorRole.ButtonText, text)
        p.setColor(group, QPalette.ColorRole.BrightText, QColor("#ffffff"))
        p.setColor(group, QPalette.ColorRole.Highlight, QColor("#6c6cf5"))
        p.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
        p.setColor(group, QPalette.ColorRole.ToolTipBase, alt)
        p.setColor(group, QPalette.ColorRole.ToolTipText, text)
        p.setColor(group, QPalette.ColorRole.PlaceholderText, muted)
        p.setColor(group, QPalette.ColorRole.Link, QColor("#9d9dff"))
        p.setColor(group, QPalette.ColorRole.Light, QColor("#3a3d45"))
        p.setColor(group, QPalette.ColorRole.Midlight, QColor("#33363d"))
        p.setColor(group, QPalette.ColorRole.Mid, QColor("#4a4e58"))
        p.setColor(group, QPalette.ColorRole.Dark, QColor("#101114"))
        p.setColor(group, QPalette.ColorRole.Shadow, QColor("#000000"))
    disabled = QPalette.ColorGroup.Disabled
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(disabled, role, muted)
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button):
        p.setColor(disabled, role, p.color(QPalette.ColorGroup.Active, role))
    p.setColor(disabled, QPalette.ColorRole.Highlight, QColor("#4a4e58"))
    return p


def light_palette(app: QApplication) -> QPalette:
    """Fusion's light palette, with disabled text dark enough to read (4.5:1 on white)."""
    p = app.style().standardPalette()
    muted = QColor("#5f6368")
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, muted)
    return p


def wants_dark(theme: str) -> bool:
    if theme == "dark":
        return True
    if theme == "light":
        return False
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def scaled_style_sheet(style: str, scale: float) -> str:
    """``style`` with every ``font-size: Npt`` multiplied by ``scale``."""
    if scale == 1.0:
        return style
    return _FONT_SIZE.sub(lambda m: f"font-size: {float(m[1]) * scale:.1f}pt", style)


def apply_appearance(app: QApplication, theme: str, scale: float) -> None:
    """Apply the theme's palette and the text size's font to ``app`` (every window)."""
    global _base_point_size  # noqa: PLW0603 - the font before any scaling, read once
    app.setPalette(dark_palette() if wants_dark(theme) else light_palette(app))
    font = app.font()
    if _base_point_size is None:
        _base_point_size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    font.setPointSizeF(_base_point_size * scale)
    app.setFont(font)


def text_scale(value: object) -> float:
    """A stored text size, or 1.0 when it is not one of ``TEXT_SIZES``."""
    try:
        scale = float(str(value))
    except ValueError:
        return 1.0
    return scale if any(abs(scale - s) < 1e-6 for s in TEXT_SIZES) else 1.0


def theme_name(value: object) -> str:
    theme = str(value or "system")
    return theme if theme in THEMES else "system"


def apply_remembered(window: QWidget, app: QApplication, settings: QSettings, base: str) -> None:
    """Apply the theme and text size kept in ``settings`` to ``app``, and ``window``'s style
    sheet (``base``) scaled to the text size."""
    scale = text_scale(settings.value("appearance/text_size", 1.0))
    before = app.palette().color(QPalette.ColorRole.Window)
    apply_appearance(app, theme_name(settings.value("appearance/theme", "system")), scale)
    style = scaled_style_sheet(base, scale)
    # A style sheet keeps the palette it was polished with: set again on a new palette.
    if style != window.styleSheet() or app.palette().color(QPalette.ColorRole.Window) != before:
        window.setStyleSheet(style)


def fit_screen(window: QWidget) -> None:
    """Keep the whole ``window`` on its screen's available area (a large scale factor or a
    smaller screen than last time must not leave buttons off-screen)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    area = screen.availableGeometry()
    frame = window.frameGeometry()
    # The frame (title bar, borders) around the window's own size, once it is known.
    extra = QSize(max(0, frame.width() - window.width()), max(0, frame.height() - window.height()))
    width = min(window.width(), max(area.width() - extra.width(), window.minimumWidth()))
    height = min(window.height(), max(area.height() - extra.height(), window.minimumHeight()))
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    x = min(max(frame.x(), area.left()), area.right() + 1 - width - extra.width())
    y = min(max(frame.y(), area.top()), area.bottom() + 1 - height - extra.height())
    if (x, y) != (frame.x(), frame.y()):
        window.move(max(x, area.left()), max(y, area.top()))
