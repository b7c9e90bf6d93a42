"""The app icon and the line icons of the interface, drawn from small SVG sources (nothing downloaded).

Line icons are tinted with the current theme's colours, so they read well in
light and dark mode.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from wadesk.ui import theme

APP_ICON_SVG = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
<defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1">
<stop offset="0" stop-color="#2fc98a"/><stop offset="1" stop-color="#0b7a5e"/></linearGradient></defs>
<rect x="3" y="3" width="58" height="58" rx="15" fill="url(#g)"/>
<path d="M19 15h26a7 7 0 0 1 7 7v15a7 7 0 0 1-7 7H31l-9.5 8.5V44H19a7 7 0 0 1-7-7V22a7 7 0 0 1 7-7z" fill="#ffffff"/>
<path d="M20 30.5l4.6 4.6 9-9.6M29.6 32.9l2.2 2.2 9-9.6" fill="none" stroke="#0b7a5e" stroke-width="3.4"
 stroke-linecap="round" stroke-linejoin="round"/>
</svg>"""

_STROKE = 'fill="none" stroke="{c}" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"'

_LINE_ICONS = {
    "devices": '<rect x="6.5" y="2.5" width="11" height="19" rx="2.5" {s}/><path d="M10.5 18.5h3" {s}/>',
    "composer": '<path d="M4 20h4L19 9a2.1 2.1 0 0 0-3-3L5 17v3z" {s}/><path d="M14 8l3 3" {s}/>',
    "scheduler": '<rect x="3.5" y="5" width="17" height="15.5" rx="2.5" {s}/><path d="M3.5 10h17M8 3v4M16 3v4" {s}/>'
    '<path d="M8 14h2M12 14h2M8 17h2" {s}/>',
    "contacts": '<circle cx="9" cy="8.5" r="3.5" {s}/><path d="M3 20c0-3.3 2.7-5.5 6-5.5s6 2.2 6 5.5" {s}/>'
    '<path d="M15.5 5.2a3.3 3.3 0 0 1 0 6.6M17.5 14.8c2 .7 3.5 2.6 3.5 5.2" {s}/>',
    "reports": '<path d="M4 20h16" {s}/><path d="M7 16v-5M12 16V6M17 16v-8" {s}/>',
    "refresh": '<path d="M20 11a8 8 0 0 0-14.6-4.4M4 13a8 8 0 0 0 14.6 4.4" {s}/><path d="M5 3v4h4M19 21v-4h-4" {s}/>',
    "add": '<path d="M12 5v14M5 12h14" {s}/>',
    "qr": '<rect x="4" y="4" width="6" height="6" rx="1" {s}/><rect x="14" y="4" width="6" height="6" rx="1" {s}/>'
    '<rect x="4" y="14" width="6" height="6" rx="1" {s}/><path d="M14 14h2v2M20 14v6h-4M14 18v2" {s}/>',
    "unlink": '<path d="M9.5 14.5l-1.8 1.8a3 3 0 0 1-4.2-4.2l3-3a3 3 0 0 1 3.6-.5" {s}/>'
    '<path d="M14.5 9.5l1.8-1.8a3 3 0 0 1 4.2 4.2l-3 3a3 3 0 0 1-3.6.5M4 4l16 16" {s}/>',
    "restart": '<path d="M4.5 12a7.5 7.5 0 1 0 2.2-5.3L4.5 9" {s}/><path d="M4.5 4.5V9H9" {s}/>',
    "edit": '<path d="M4 20h4L19 9a2.1 2.1 0 0 0-3-3L5 17v3z" {s}/>',
    "remove": '<path d="M4 7h16M10 11v6M14 11v6M6 7l1 12.5A1.5 1.5 0 0 0 8.5 21h7a1.5 1.5 0 0 0 1.5-1.5L18 7" {s}/>'
    '<path d="M9 7V4.5A1.5 1.5 0 0 1 10.5 3h3A1.5 1.5 0 0 1 15 4.5V7" {s}/>',
    "ok": '<circle cx="12" cy="12" r="9" {s}/><path d="M8 12.3l2.7 2.7L16.2 9.5" {s}/>',
    "error": '<circle cx="12" cy="12" r="9" {s}/><path d="M12 7.5v5.5M12 16.5v.01" {s}/>',
    "info": '<circle cx="12" cy="12" r="9" {s}/><path d="M12 11v5.5M12 7.5v.01" {s}/>',
    "open": '<path d="M14 4h6v6M20 4l-9 9M18 14v4.5a1.5 1.5 0 0 1-1.5 1.5h-11A1.5 1.5 0 0 1 4 18.5v-11A1.5 1.5 0 0 1 '
    '5.5 6H10" {s}/>',
    "eye": '<path d="M2.5 12S6 5.5 12 5.5 21.5 12 21.5 12 18 18.5 12 18.5 2.5 12 2.5 12z" {s}/>'
    '<circle cx="12" cy="12" r="3" {s}/>',
    "phone_link": '<rect x="3.5" y="3" width="9" height="17" rx="2" {s}/><path d="M7 17h2" {s}/>'
    '<path d="M16 9.5a4 4 0 0 1 0 5M18.5 7a7.5 7.5 0 0 1 0 10" {s}/>',
}

_SIZES = (16, 20, 24, 32, 48, 64)

# The Contacts panel's gateway side: checking numbers, taking and sending contacts, WhatsApp groups.
_LINE_ICONS |= {
    "check_number": '<rect x="3.5" y="3" width="10" height="18" rx="2.2" {s}/><path d="M7.5 18h2" {s}/>'
    '<path d="M14.5 12.5l2.5 2.5 4.5-5" {s}/>',
    "download": '<path d="M12 4v11M7.5 10.5L12 15l4.5-4.5M5 19.5h14" {s}/>',
    "upload": '<path d="M12 15V4M7.5 8.5L12 4l4.5 4.5M5 19.5h14" {s}/>',
    "copy": '<rect x="8.5" y="8.5" width="11" height="12" rx="2" {s}/>'
    '<path d="M15.5 8.5V5.5a2 2 0 0 0-2-2h-7a2 2 0 0 0-2 2v9a2 2 0 0 0 2 2h2" {s}/>',
    "groups": '<circle cx="8" cy="9" r="3" {s}/><circle cx="16" cy="9" r="3" {s}/>'
    '<path d="M2.5 19c0-3 2.5-5 5.5-5s5.5 2 5.5 5M12.5 14.6c1-.4 2.2-.6 3.5-.6 3 0 5.5 2 5.5 5" {s}/>',
}


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
    return _icon_from(APP_ICON_SVG)


def app_pixmap(size: int, ratio: float = 1.0) -> QPixmap:
    return _render(APP_ICON_SVG, size, ratio)


def line_svg(name: str, color: str) -> str:
    body = _LINE_ICONS[name].format(s=_STROKE.format(c=color))
    return f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">{body}</svg>'


@cache
def _line_icon(name: str, color: str) -> QIcon:
    return _icon_from(line_svg(name, color))


def icon(name: str, color: str | None = None) -> QIcon:
    """A line icon in ``color`` (default: the theme's text colour)."""
    return _line_icon(name, color or theme.current().text)


def pixmap(name: str, size: int, color: str | None = None, ratio: float = 1.0) -> QPixmap:
    return _render(line_svg(name, color or theme.current().text), size, ratio)
