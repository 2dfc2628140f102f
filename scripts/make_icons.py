"""Render resources/icons/partner-desktop.svg to PNGs (16..512 px) and an .ico, using Qt."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def render(svg: Path, size: int) -> QImage:
    renderer = QSvgRenderer(QByteArray(svg.read_bytes()))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    svg = ICONS / "partner-desktop.svg"
    for size in SIZES:
        out = ICONS / f"partner-desktop-{size}.png"
        if not render(svg, size).save(str(out)):
            raise SystemExit(f"could not write {out}")
        print(out.relative_to(ICONS.parent.parent))
    # Windows installers want an .ico; Qt writes one when the image plug-in is present.
    ico = ICONS / "partner-desktop.ico"
    if render(svg, 256).save(str(ico), "ICO"):
        print(ico.relative_to(ICONS.parent.parent))
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
