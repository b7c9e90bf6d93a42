"""The app icon and the line icons of the interface, drawn from the SVG files in ``resources/icons``.

``wadesk.svg`` is the app icon (packaging/icons.py makes the installers' .ico,
.icns and PNGs from it); ``line/<name>.svg`` are the line icons, drawn with
``stroke="currentColor"``, which is replaced by the current theme's colour, so
they read well in light and dark mode.
"""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from wadesk.ui import theme
from wadesk.ui.resources import resource

log = logging.getLogger("wadesk.ui")

_SIZES = (16, 20, 24, 32, 48, 64)
_COLOUR = "currentColor"  # the line icons' stroke in their files, replaced by the theme's colour when drawn


@cache
def _svg(*parts: str) -> str:
    path = resource("icons", *parts)
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        log.warning("an icon is missing (%s): it is drawn empty", path)
        return ""


def app_svg() -> str:
    """The app icon's SVG source (``resources/icons/wadesk.svg``)."""
    return _svg("wadesk.svg")


def line_names() -> list[str]:
    """The names of the line icons there are (``resources/icons/line/<name>.svg``)."""
    return sorted(path.stem for path in resource("icons", "line").glob("*.svg"))


def _render(svg: str, size: int, ratio: float = 1.0) -> QPixmap:
    renderer = QSvgRenderer(QByteArray(svg.encode()))
    pixels = max(1, round(size * ratio))
    image = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, pixels, pixels))
    painter.end()
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def _icon_from(svg: str) -> QIcon:
    icon = QIcon()
    for size in _SIZES:
        icon.addPixmap(_render(svg, size))
        icon.addPixmap(_render(svg, size, 2.0))
    return icon


@cache
def app_icon() -> QIcon:
    return _icon_from(app_svg())


def app_pixmap(size: int, ratio: float = 1.0) -> QPixmap:
    return _render(app_svg(), size, ratio)


def line_svg(name: str, color: str) -> str:
    """The line icon ``name`` drawn in ``color`` (a CSS colour such as ``#1f2937``)."""
    return _svg("line", f"{name}.svg").replace(_COLOUR, color)


@cache
def _line_icon(name: str, color: str) -> QIcon:
    return _icon_from(line_svg(name, color))


def icon(name: str, color: str | None = None) -> QIcon:
    """A line icon in ``color`` (default: the theme's text colour)."""
    return _line_icon(name, color or theme.current().text)


def pixmap(name: str, size: int, color: str | None = None, ratio: float = 1.0) -> QPixmap:
    return _render(line_svg(name, color or theme.current().text), size, ratio)
