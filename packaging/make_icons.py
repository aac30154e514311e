"""Render the app's icon (resources/icons/jinsha-desk.svg) into the raster files the installers
need: jinsha-desk.ico for the Windows executables and installer, jinsha-desk.png (256 px) for the
Linux desktop entry. Run after changing the SVG and commit the results:

    python packaging/make_icons.py
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
# The sizes Windows picks from for the taskbar, Explorer's views and the start menu.
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(svg: Path, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGBA")


def make_icons(svg: Path = ICONS / "jinsha-desk.svg", out: Path = ICONS) -> tuple[Path, Path]:
    largest = render(svg, 256)
    ico, png = out / "jinsha-desk.ico", out / "jinsha-desk.png"
    largest.save(ico, sizes=[(size, size) for size in ICO_SIZES])
    largest.save(png)
    return ico, png


if __name__ == "__main__":
    app = QGuiApplication(sys.argv)
    for made in make_icons():
        print(made)
