#!/usr/bin/env python3
"""Make the app icon's files for the installers from its one source, resources/icons/wadesk.svg.

    .venv/bin/python packaging/icons.py          # after changing wadesk.svg; commit what it writes

Writes, beside the SVG:
- wadesk-16.png … wadesk-1024.png   the Linux bundle's icon (256), the README, anything that wants a picture;
- wadesk.ico                        Windows: the .exe's and the installer's icon (16, 24, 32, 48, 64, 128, 256 px);
- wadesk.icns                       macOS: the .app's icon (16 … 1024 px, Retina sizes included).

Each size is drawn from the SVG by Qt's own SVG renderer (the one the app uses), so the small sizes are
sharp rather than shrunk; Pillow (the ``package`` extra) writes the .ico and .icns containers.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SOURCE = ICONS / "wadesk.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(svg: bytes, size: int) -> bytes:
    """The SVG drawn at ``size`` × ``size`` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg))
    if not renderer.isValid():
        sys.exit(f"{SOURCE} is not an SVG Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])
    svg = SOURCE.read_bytes()
    images: dict[int, Image.Image] = {}
    for size in PNG_SIZES:
        png = render(svg, size)
        (ICONS / f"wadesk-{size}.png").write_bytes(png)
        images[size] = Image.open(io.BytesIO(png)).convert("RGBA")
    largest = images[max(ICO_SIZES)]
    largest.save(
        ICONS / "wadesk.ico",
        format="ICO",
        sizes=[(size, size) for size in ICO_SIZES],
        append_images=[images[size] for size in ICO_SIZES if size != max(ICO_SIZES)],
    )
    images[1024].save(
        ICONS / "wadesk.icns",
        format="ICNS",
        append_images=[images[size] for size in (16, 32, 64, 128, 256, 512)],
    )
    del app
    for path in sorted(ICONS.glob("wadesk*")):
        print(f"{path.relative_to(ICONS.parent.parent)}  {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
