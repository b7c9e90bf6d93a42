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
    "import": '<path d="M12 3.5v11M7.5 10l4.5 4.5 4.5-4.5" {s}/>'
    '<path d="M4 15.5v3A1.5 1.5 0 0 0 5.5 20h13a1.5 1.5 0 0 0 1.5-1.5v-3" {s}/>',
    "export": '<path d="M12 14.5v-11M7.5 8L12 3.5 16.5 8" {s}/>'
    '<path d="M4 15.5v3A1.5 1.5 0 0 0 5.5 20h13a1.5 1.5 0 0 0 1.5-1.5v-3" {s}/>',
    "copy": '<rect x="8.5" y="8.5" width="11.5" height="11.5" rx="2" {s}/>'
    '<path d="M15.5 8.5V5.5A1.5 1.5 0 0 0 14 4H5.5A1.5 1.5 0 0 0 4 5.5V14a1.5 1.5 0 0 0 1.5 1.5h3" {s}/>',
    "qr": '<rect x="4" y="4" width="6" height="6" rx="1" {s}/><rect x="14" y="4" width="6" height="6" rx="1" {s}/>'
    '<rect x="4" y="14" width="6" height="6" rx="1" {s}/><path d="M14 14h2v2M20 14v6h-4M14 18v2" {s}/>',
    "unlink": '<path d="M9.5 14.5l-1.8 1.8a3 3 0 0 1-4.2-4.2l3-3a3 3 0 0 1 3.6-.5" {s}/>'
    '<path d="M14.5 9.5l1.8-1.8a3 3 0 0 1 4.2 4.2l-3 3a3 3 0 0 1-3.6.5M4 4l16 16" {s}/>',
    "restart": '<path d="M4.5 12a7.5 7.5 0 1 0 2.2-5.3L4.5 9" {s}/><path d="M4.5 4.5V9H9" {s}/>',
    "edit": '<path d="M4 20h4L19 9a2.1 2.1 0 0 0-3-3L5 17v3z" {s}/>',
    "remove": '<path d="M4 7h16M10 11v6M14 11v6M6 7l1 12.5A1.5 1.5 0 0 0 8.5 21h7a1.5 1.5 0 0 0 1.5-1.5L18 7" {s}/>'
    '<path d="M9 7V4.5A1.5 1.5 0 0 1 10.5 3h3A1.5 1.5 0 0 1 15 4.5V7" {s}/>',
    "tag": '<path d="M3.5 12.2V4.5a1 1 0 0 1 1-1h7.7l8.3 8.3a1.4 1.4 0 0 1 0 2l-6.7 6.7a1.4 1.4 0 0 1-2 0z" {s}/>'
    '<circle cx="8" cy="8" r="1.4" {s}/>',
    "block": '<circle cx="12" cy="12" r="8.5" {s}/><path d="M6 6l12 12" {s}/>',
    "ok": '<circle cx="12" cy="12" r="9" {s}/><path d="M8 12.3l2.7 2.7L16.2 9.5" {s}/>',
    "error": '<circle cx="12" cy="12" r="9" {s}/><path d="M12 7.5v5.5M12 16.5v.01" {s}/>',
    "info": '<circle cx="12" cy="12" r="9" {s}/><path d="M12 11v5.5M12 7.5v.01" {s}/>',
    "open": '<path d="M14 4h6v6M20 4l-9 9M18 14v4.5a1.5 1.5 0 0 1-1.5 1.5h-11A1.5 1.5 0 0 1 4 18.5v-11A1.5 1.5 0 0 1 '
    '5.5 6H10" {s}/>',
    "eye": '<path d="M2.5 12S6 5.5 12 5.5 21.5 12 21.5 12 18 18.5 12 18.5 2.5 12 2.5 12z" {s}/>'
    '<circle cx="12" cy="12" r="3" {s}/>',
    "phone_link": '<rect x="3.5" y="3" width="9" height="17" rx="2" {s}/><path d="M7 17h2" {s}/>'
    '<path d="M16 9.5a4 4 0 0 1 0 5M18.5 7a7.5 7.5 0 0 1 0 10" {s}/>',
    # The message editor's formatting buttons and the chat bubble's parts.
    "bold": '<path d="M7 4.5h6a3.7 3.7 0 0 1 0 7.5H7zM7 12h7a3.8 3.8 0 0 1 0 7.5H7z" {s}/>',
    "italic": '<path d="M10 4.5h8M6 19.5h8M15 4.5l-6 15" {s}/>',
    "strike": '<path d="M4 12h16" {s}/><path d="M16.5 7.5C16 5.8 14.3 4.5 12 4.5c-2.6 0-4.5 1.5-4.5 3.6 0 1.6 1 2.7 '
    '3 3.4M8 16.5c.6 1.8 2.3 3 4.3 3 2.6 0 4.6-1.5 4.6-3.6 0-.7-.2-1.4-.6-1.9" {s}/>',
    "mono": '<path d="M8.5 7L3.5 12l5 5M15.5 7l5 5-5 5M13.5 5l-3 14" {s}/>',
    "emoji": '<circle cx="12" cy="12" r="9" {s}/><path d="M8 14.2a4.6 4.6 0 0 0 8 0M9 9.5v.01M15 9.5v.01" {s}/>',
    "document": '<path d="M14 3H7.5A1.5 1.5 0 0 0 6 4.5v15A1.5 1.5 0 0 0 7.5 21h9a1.5 1.5 0 0 0 1.5-1.5V7z" {s}/>'
    '<path d="M14 3v4h4M9 13h6M9 16.5h4" {s}/>',
    "pin": '<path d="M12 21s6.5-6 6.5-11a6.5 6.5 0 0 0-13 0c0 5 6.5 11 6.5 11z" {s}/>'
    '<circle cx="12" cy="10" r="2.3" {s}/>',
    "play": '<path d="M8 5.5v13l10.5-6.5z" {s}/>',
    "audio": '<rect x="9" y="3" width="6" height="11" rx="3" {s}/>'
    '<path d="M5.5 11a6.5 6.5 0 0 0 13 0M12 17.5V21" {s}/>',
    "list": '<path d="M9 6.5h11M9 12h11M9 17.5h11M4.5 6.5v.01M4.5 12v.01M4.5 17.5v.01" {s}/>',
    "reply": '<path d="M9.5 6L4 11.5 9.5 17" {s}/><path d="M4.5 11.5H14a6 6 0 0 1 6 6V19" {s}/>',
    "call": '<path d="M5 4h3.5l1.8 4.5-2.3 1.4a11 11 0 0 0 6.1 6.1l1.4-2.3L20 15.5V19a1.5 1.5 0 0 1-1.6 '
    '1.5A16 16 0 0 1 3.5 5.6 1.5 1.5 0 0 1 5 4z" {s}/>',
    "link": '<path d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1" {s}/>'
    '<path d="M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1" {s}/>',
    "poll": '<path d="M4 20h16M7 16V9M12 16V5M17 16v-4" {s}/>',
    "tick": '<path d="M5 12.5l4.5 4.5L19 7.5" {s}/>',
    "ticks": '<path d="M2.5 12.5l4.5 4.5L16.5 7.5M11 16l1 1L21.5 7.5" {s}/>',
    "clock": '<circle cx="12" cy="12" r="8.5" {s}/><path d="M12 7.5V12l3 2" {s}/>',
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
