"""A message drawn as the recipient's WhatsApp shows it: a green chat bubble on the chat wallpaper.

``ChatBubble.show_draft(draft, thumbnail=…, at=…, status=…)`` takes the
message as the sending service does (``services.compose.Draft``: kind, text,
media, caption, location, interactive content) and lays out what WhatsApp
would: the formatted text (``wadesk.domain.formatting``, every character
escaped: a ``<b>`` typed is shown, never obeyed), links in link colour, the
photo or video thumbnail with its caption, a document or audio file as a row
with its name and size, and the cards of a location, contact, link preview,
list, buttons, poll or template.  Time and ticks sit in the corner.

``ChatPreview`` puts the bubble on the wallpaper, right-aligned like a sent
message, scrolling when it is long.  Colours are WhatsApp's own light and dark
ones, chosen by the app's theme.
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QPointF, QRectF, QSize, Qt, QTime
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPaintEvent, QPen, QPixmap, QTextDocument
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from wadesk.domain.formatting import LineKind, Style, shown_lines
from wadesk.domain.models import (
    Button,
    ButtonsContent,
    ContactCard,
    LinkContent,
    ListContent,
    Location,
    MediaRef,
    MessageKind,
    PollContent,
    TemplateContent,
)
from wadesk.domain.status import DeliveryStatus
from wadesk.services.compose import Draft
from wadesk.ui import format as fmt
from wadesk.ui import icons, theme

BUBBLE_WIDTH = 330  # WhatsApp's bubbles stop at about two thirds of a phone's width
TAIL = 8
RADIUS = 8.0
MIN_WIDTH = 96  # room for the time and the ticks


def tr(text: str) -> str:
    return QCoreApplication.translate("ChatBubble", text)


@dataclass(frozen=True)
class BubbleColors:
    wallpaper: str
    bubble: str
    text: str
    meta: str
    link: str
    tint: str  # a card inside the bubble
    line: str
    read: str
    action: str  # a list's, button's or poll's action text
    quote: str


LIGHT = BubbleColors(
    wallpaper="#efeae2",
    bubble="#d9fdd3",
    text="#111b21",
    meta="#667781",
    link="#027eb5",
    tint="#cbf0c3",
    line="#b5dcae",
    read="#53bdeb",
    action="#008069",
    quote="#06cf9c",
)
DARK = BubbleColors(
    wallpaper="#0b141a",
    bubble="#005c4b",
    text="#e9edef",
    meta="#a5c7c0",
    link="#53bdeb",
    tint="#025144",
    line="#1d7363",
    read="#53bdeb",
    action="#53bdeb",
    quote="#06cf9c",
)


def bubble_colors() -> BubbleColors:
    return DARK if theme.current().dark else LIGHT


# -- text ------------------------------------------------------------------------------------------


_BOLD, _ITALIC, _STRIKE = Style.BOLD.value, Style.ITALIC.value, Style.STRIKE.value
_MONOSPACE, _CODE = Style.MONOSPACE.value, Style.CODE.value


def message_html(text: str, colors: BubbleColors | None = None) -> str:
    """``text`` with WhatsApp's formatting as Qt rich text; every character of ``text`` escaped."""
    colors = colors or bubble_colors()
    mono = "font-family: monospace;"
    out = []
    for line in shown_lines(text):
        pieces = []
        for run in line.runs:
            piece = html.escape(run.text, quote=True)
            style = run.style.value  # (plain ints: a long message has thousands of runs)
            if style & _BOLD:
                piece = f"<b>{piece}</b>"
            if style & _ITALIC:
                piece = f"<i>{piece}</i>"
            if style & _STRIKE:
                piece = f"<s>{piece}</s>"
            if style & _MONOSPACE:
                piece = f'<span style="{mono}">{piece}</span>'
            if style & _CODE:
                piece = f'<span style="{mono} background-color: {colors.tint};">{piece}</span>'
            if run.link is not None:
                piece = (
                    f'<a href="{html.escape(run.link, quote=True)}" '
                    f'style="color: {colors.link}; text-decoration: underline;">{piece}</a>'
                )
            pieces.append(piece)
        body = "".join(pieces)
        if line.kind is LineKind.BULLET:
            body = f"&nbsp;•&nbsp;&nbsp;{body}"
        elif line.kind is LineKind.QUOTE:
            body = (
                f'<span style="color: {colors.quote};">▎</span>&nbsp;<span style="color: {colors.meta};">{body}</span>'
            )
        out.append(body)
    return f'<div style="white-space: pre-wrap; color: {colors.text};">' + "<br>".join(out) + "</div>"


def _label(
    text: str,
    colors: BubbleColors,
    *,
    rich: bool = False,
    size: float | None = None,
    bold: bool = False,
    color: str | None = None,
) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    font = QFont(label.font())
    if size is not None:
        font.setPointSizeF(font.pointSizeF() * size)
    font.setBold(bold)
    label.setFont(font)
    label.setStyleSheet(f"color: {color or colors.text}; background: transparent;")
    return label


class RichText(QWidget):
    """The message's text: one document laid out once for the bubble's width (a word-wrapped rich ``QLabel`` lays
    a long message out several times over, too slow to follow typing)."""

    def __init__(self, text: str, colors: BubbleColors) -> None:
        super().__init__()
        self.setObjectName("BubbleText")
        self.html = message_html(text, colors)
        self.document = QTextDocument(self)
        self.document.setDocumentMargin(0)
        self.document.setDefaultFont(self.font())
        self.document.setHtml(self.html)
        self.natural = math.ceil(self.document.idealWidth()) + 2
        self.setAccessibleName(tr("Message text"))
        self.setAccessibleDescription(self.document.toPlainText())

    def set_width(self, width: int) -> None:
        self.document.setTextWidth(width)
        self.setFixedSize(width, math.ceil(self.document.size().height()))

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.document.drawContents(painter)
        painter.end()


def _text(text: str, colors: BubbleColors) -> RichText:
    return RichText(text, colors)


def _icon(name: str, color: str, size: int = 18) -> QLabel:
    label = QLabel()
    label.setPixmap(icons.pixmap(name, size, color, 2.0))
    label.setFixedSize(size, size)
    label.setStyleSheet("background: transparent;")
    return label


def _divider(colors: BubbleColors) -> QFrame:
    line = QFrame()
    line.setFixedHeight(1)
    line.setStyleSheet(f"background: {colors.line}; border: none;")
    return line


def _bare(layout: QBoxLayout, spacing: int, margins: tuple[int, int, int, int] = (0, 0, 0, 0)) -> QWidget:
    """A see-through widget holding ``layout`` (a row or a column of parts), with no room of its own around them."""
    holder = QWidget()
    holder.setStyleSheet("background: transparent;")
    holder.setLayout(layout)
    layout.setContentsMargins(*margins)
    layout.setSpacing(spacing)
    return holder


def _row(*widgets: QWidget, spacing: int = 8, stretch_last: bool = True) -> QWidget:
    layout = QHBoxLayout()
    row = _bare(layout, spacing)
    for index, widget in enumerate(widgets):
        last = index == len(widgets) - 1
        layout.addWidget(widget, 1 if last and stretch_last else 0, Qt.AlignmentFlag.AlignVCenter)
    return row


def _column(*widgets: QWidget, spacing: int = 2) -> QWidget:
    layout = QVBoxLayout()
    column = _bare(layout, spacing)
    for widget in widgets:
        layout.addWidget(widget)
    return column


def _entry(picture: QWidget, title: QLabel, detail: str | None, colors: BubbleColors, size: float = 0.85) -> QWidget:
    """A picture (an icon, an avatar) beside a bold ``title`` over a smaller, muted ``detail`` (no line when None):
    how a file, a link preview and a contact card show what they are."""
    words = title if detail is None else _column(title, _label(detail, colors, size=size, color=colors.meta))
    return _row(picture, words, spacing=10)


def _card(colors: BubbleColors, *widgets: QWidget, name: str = "BubbleCard") -> QFrame:
    """A tinted, rounded box inside the bubble (a file, a link preview, a contact)."""
    card = QFrame()
    card.setObjectName(name)
    card.setStyleSheet(f"#{name} {{ background: {colors.tint}; border-radius: 6px; }}")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(10, 8, 10, 8)
    layout.setSpacing(4)
    for widget in widgets:
        layout.addWidget(widget)
    return card


def _centred_action(layout: QHBoxLayout, text: str, icon_name: str, colors: BubbleColors) -> None:
    """Fill ``layout`` with an icon and words in action colour, centred: an action line, a reply button."""
    label = _label(text, colors, bold=True, color=colors.action)
    label.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
    label.setWordWrap(False)
    layout.setSpacing(6)
    layout.addStretch(1)
    layout.addWidget(_icon(icon_name, colors.action, 16))
    layout.addWidget(label)
    layout.addStretch(1)


def _action(text: str, icon_name: str, colors: BubbleColors) -> QWidget:
    """The centred action line at the foot of a list, poll or contact: icon and words in action colour."""
    layout = QHBoxLayout()
    row = _bare(layout, 6, (0, 4, 0, 2))
    _centred_action(layout, text, icon_name, colors)
    return row


def file_size(size: int | None) -> str:
    """``2.4 MB``, ``830 kB``, ``12 bytes``: as people read sizes."""
    if size is None:
        return ""
    locale = QLocale()
    if size < 1000:
        return tr("%1 bytes").replace("%1", locale.toString(size))
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if size >= scale:
            value = size / scale
            return f"{locale.toString(value, 'f', 1 if value < 100 else 0)} {unit}"
    return ""


# -- pictures --------------------------------------------------------------------------------------


class Thumbnail(QWidget):
    """A photo or video still with rounded corners (a play button on a video); a placeholder without one."""

    def __init__(self, picture: QPixmap | QImage | None, video: bool, colors: BubbleColors, width: int) -> None:
        super().__init__()
        self.setObjectName("BubbleThumbnail")
        image = picture.toImage() if isinstance(picture, QPixmap) else picture
        self.image = image if image is not None and not image.isNull() else None
        self.video = video
        self.colors = colors
        if self.image is not None:
            height = round(width * self.image.height() / max(1, self.image.width()))
            height = max(80, min(height, round(width * 1.25)))
        else:
            height = round(width * 0.6)
        self.setFixedSize(width, height)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        rect = QRectF(self.rect())
        path = QPainterPath()
        path.addRoundedRect(rect, 6, 6)
        painter.setClipPath(path)
        if self.image is not None:
            ratio = self.devicePixelRatioF()
            target = self.size() * ratio
            scaled = self.image.scaled(
                target, Qt.AspectRatioMode.KeepAspectRatioByExpanding, Qt.TransformationMode.SmoothTransformation
            )
            x = (scaled.width() - target.width()) // 2
            y = (scaled.height() - target.height()) // 2
            cropped = scaled.copy(x, y, target.width(), target.height())
            cropped.setDevicePixelRatio(ratio)
            painter.drawImage(rect.topLeft(), cropped)
        else:
            painter.fillRect(rect, QColor(self.colors.tint))
            size = 40
            icon = icons.pixmap("play" if self.video else "eye", size, self.colors.meta, self.devicePixelRatioF())
            painter.drawPixmap(QPointF(rect.center().x() - size / 2, rect.center().y() - size / 2), icon)
        if self.video:
            centre = rect.center()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(0, 0, 0, 110))
            painter.drawEllipse(centre, 24, 24)
            painter.drawPixmap(
                QPointF(centre.x() - 11, centre.y() - 12), icons.pixmap("play", 24, "#ffffff", self.devicePixelRatioF())
            )
        painter.end()


class MapTile(QWidget):
    """A drawn map square with a pin: WhatsApp shows the place on a map, wadesk draws no real map offline."""

    def __init__(self, colors: BubbleColors, width: int) -> None:
        super().__init__()
        self.setObjectName("BubbleMap")
        self.colors = colors
        self.setFixedSize(width, round(width * 0.5))

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect())
        path = QPainterPath()
        path.addRoundedRect(rect, 6, 6)
        painter.setClipPath(path)
        dark = self.colors is DARK
        painter.fillRect(rect, QColor("#26343b" if dark else "#e8efe4"))
        painter.setPen(QPen(QColor("#33454e" if dark else "#ffffff"), 6))
        for x in range(-40, int(rect.width()) + 40, 70):
            painter.drawLine(QPointF(x, rect.height()), QPointF(x + 40, 0))
        painter.drawLine(QPointF(0, rect.height() * 0.62), QPointF(rect.width(), rect.height() * 0.45))
        painter.setPen(QPen(QColor("#3d5560" if dark else "#f6d98a"), 9))
        painter.drawLine(QPointF(0, rect.height() * 0.3), QPointF(rect.width(), rect.height() * 0.38))
        pin = 34
        painter.drawPixmap(
            QPointF(rect.center().x() - pin / 2, rect.center().y() - pin + 4),
            icons.pixmap("pin", pin, "#e53935", self.devicePixelRatioF()),
        )
        painter.end()


class _Body(QWidget):
    """The bubble's shape: a rounded rectangle with a tail at the top right, like a sent message."""

    def __init__(self, colors: BubbleColors) -> None:
        super().__init__()
        self.setObjectName("BubbleBody")
        self.colors = colors
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(7, 6, 7 + TAIL, 5)
        self.layout_.setSpacing(5)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        body = QRectF(self.rect()).adjusted(0, 0, -TAIL, 0)
        path = QPainterPath()
        path.addRoundedRect(body, RADIUS, RADIUS)
        tail = QPainterPath()
        tail.moveTo(body.right() - RADIUS, body.top())
        tail.lineTo(body.right() + TAIL, body.top())
        tail.quadTo(body.right() + TAIL * 0.4, body.top() + 6, body.right(), body.top() + 13)
        tail.lineTo(body.right() - RADIUS, body.top() + 13)
        tail.closeSubpath()
        shape = path.united(tail)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 28))
        painter.drawPath(shape.translated(0, 1))  # WhatsApp's faint shadow under the bubble
        painter.setBrush(QColor(self.colors.bubble))
        painter.drawPath(shape)
        painter.end()


class _ReplyButton(QFrame):
    """A button sent under a message: its own rounded box, action-coloured words, an icon for replies, links, calls."""

    def __init__(self, button: Button, colors: BubbleColors) -> None:
        super().__init__()
        self.setObjectName("BubbleButton")
        self.setStyleSheet(
            f"#BubbleButton {{ background: {colors.bubble}; border-radius: 8px; "
            f"border-bottom: 1px solid {colors.line}; }}"
        )
        name = {"url": "open", "call": "call"}.get(button.kind, "reply")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 7, 8, 7)
        _centred_action(layout, button.label, name, colors)
        self.setToolTip(button.value if button.kind in ("url", "call") else "")


# -- the bubble ------------------------------------------------------------------------------------


class ChatBubble(QWidget):
    """One sent message as WhatsApp draws it.  ``show_draft`` lays it out again for each change."""

    def __init__(self, parent: QWidget | None = None, width: int = BUBBLE_WIDTH) -> None:
        super().__init__(parent)
        self.setObjectName("ChatBubble")
        self.bubble_width = width
        self.draft: Draft | None = None
        self.thumbnail: QPixmap | QImage | None = None
        self.at: datetime | None = None
        self.status: DeliveryStatus | None = DeliveryStatus.DELIVERED
        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(0, 0, 0, 0)
        self._outer.setSpacing(3)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)
        self.body: _Body | None = None
        self.colors = bubble_colors()
        self.setFixedWidth(width + TAIL)

    def show_draft(
        self,
        draft: Draft,
        thumbnail: QPixmap | QImage | None = None,
        at: datetime | None = None,
        status: DeliveryStatus | None = DeliveryStatus.DELIVERED,
    ) -> None:
        """Lay out ``draft``; ``thumbnail`` is the picture of an image or video, ``at`` the time in the corner."""
        self.draft, self.thumbnail, self.at, self.status = draft, thumbnail, at, status
        self._rebuild()

    def texts(self) -> list[str]:
        """Every text the bubble shows, as plain text (for tests and accessibility)."""
        found = []
        for widget in self.findChildren(QWidget):
            if self._hidden(widget):  # a part of the message shown before, waiting to be deleted
                continue
            if isinstance(widget, RichText):
                found.append(widget.document.toPlainText())
            elif isinstance(widget, QLabel) and widget.text():
                found.append(widget.text())
        return found

    def _hidden(self, widget: QWidget) -> bool:
        """Whether ``widget`` or a parent of it inside the bubble was hidden on purpose."""
        part: QWidget | None = widget
        while part is not None and part is not self:
            if part.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide) and part.isHidden():
                return True
            part = part.parentWidget()
        return False

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.draft is not None and self.colors != bubble_colors():
            self._rebuild()  # light ↔ dark

    def _rebuild(self) -> None:
        while self._outer.count():
            item = self._outer.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        draft = self.draft
        if draft is None:
            return
        colors = self.colors = bubble_colors()
        self.body = _Body(colors)
        self._outer.addWidget(self.body)
        inner = self.bubble_width - 14
        parts, buttons = self._parts(draft, colors, inner)
        for part in parts:
            self.body.layout_.addWidget(part)
        if isinstance(parts[-1], Thumbnail):  # a photo without a caption: the time sits on the photo, as in WhatsApp
            meta = self._meta(colors, on_picture=True)
            meta.setParent(parts[-1])
            meta.adjustSize()
            meta.move(parts[-1].width() - meta.width() - 6, parts[-1].height() - meta.height() - 6)
        else:
            self.body.layout_.addWidget(self._meta(colors))
        # A short message gets a short bubble, as in WhatsApp; anything with a picture or card takes the full width.
        replies = [_ReplyButton(button, colors) for button in buttons]
        natural = [_natural_width(part) for part in parts]
        width = self.bubble_width
        if natural and None not in natural:
            needed = [w + 14 for w in natural if w is not None] + [reply.sizeHint().width() for reply in replies]
            width = max(MIN_WIDTH, min(self.bubble_width, max(needed)))
        self.setFixedWidth(width + TAIL)
        for part in parts:
            if isinstance(part, RichText):
                part.set_width(width - 14)
        for reply in replies:
            reply.setFixedWidth(width)
            self._outer.addWidget(reply, 0, Qt.AlignmentFlag.AlignLeft)
        self.setAccessibleName(tr("Preview of the message"))
        self.adjustSize()

    def _meta(self, colors: BubbleColors, on_picture: bool = False) -> QWidget:
        """The time and the ticks, bottom right (in white on a dark pill over a photo)."""
        row = QFrame()
        row.setObjectName("BubbleMeta")
        pill = "background: rgba(0, 0, 0, 0.45); border-radius: 9px;" if on_picture else "background: transparent;"
        row.setStyleSheet(f"#BubbleMeta {{ {pill} }}")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(*((7, 1, 5, 1) if on_picture else (0, 0, 0, 0)))
        layout.setSpacing(3)
        layout.addStretch(1)
        text_color = "#ffffff" if on_picture else colors.meta
        if self.at is not None:
            local = self.at.astimezone()
            shown = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
            layout.addWidget(_label(shown, colors, size=0.8, color=text_color))
        tick = _ticks(self.status, colors)
        if tick is not None:
            name, color, words = tick
            icon = _icon(name, text_color if on_picture and color == colors.meta else color, 16)
            icon.setToolTip(words)
            icon.setAccessibleName(words)
            layout.addWidget(icon)
        return row

    def _parts(self, draft: Draft, colors: BubbleColors, width: int) -> tuple[list[QWidget], list[Button]]:
        kind, content = draft.kind, draft.content
        parts: list[QWidget] = []
        buttons: list[Button] = []
        if kind in (MessageKind.IMAGE, MessageKind.VIDEO):
            parts.append(Thumbnail(self.thumbnail, kind is MessageKind.VIDEO, colors, width))
            if draft.caption.strip():
                parts.append(_text(draft.caption, colors))
        elif kind is MessageKind.DOCUMENT:
            parts.append(_file_card(draft.media, "document", colors))
            if draft.caption.strip():
                parts.append(_text(draft.caption, colors))
        elif kind is MessageKind.AUDIO:
            parts.append(_file_card(draft.media, "audio", colors))  # WhatsApp shows no caption under audio
        elif kind is MessageKind.LOCATION and draft.location is not None:
            parts += _location(draft.location, colors, width)
        elif kind is MessageKind.CONTACT_CARD and isinstance(content, ContactCard):
            parts += _contact(content, colors)
        elif kind is MessageKind.LINK and isinstance(content, LinkContent):
            parts.append(_link_card(content.url, colors))
            parts.append(_text(content.text or draft.text or content.url, colors))
        elif kind is MessageKind.LIST and isinstance(content, ListContent):
            parts += _list(content, draft.text, colors)
        elif kind is MessageKind.BUTTONS and isinstance(content, ButtonsContent):
            parts += _titled(content.text or draft.text, content.footer, colors)
            buttons = list(content.buttons)
        elif kind is MessageKind.POLL and isinstance(content, PollContent):
            parts += _poll(content, colors)
        elif kind is MessageKind.TEMPLATE and isinstance(content, TemplateContent):
            parts += _template(content, draft.text, colors)
            buttons = list(content.buttons)
        elif draft.text.strip() or kind is MessageKind.TEXT:
            parts.append(_text(draft.text, colors))
        if not parts:
            parts.append(_label(tr("Nothing to show yet"), colors, color=colors.meta))
        return parts, buttons


def _natural_width(widget: QWidget) -> int | None:
    """The width a label's text needs on one line per paragraph; ``None`` for pictures and cards (full width)."""
    if isinstance(widget, RichText):
        return widget.natural
    if not isinstance(widget, QLabel) or not widget.pixmap().isNull():
        return None
    metrics = widget.fontMetrics()
    return max((metrics.horizontalAdvance(line) for line in widget.text().split("\n")), default=0) + 2


def _ticks(status: DeliveryStatus | None, colors: BubbleColors) -> tuple[str, str, str] | None:
    """The corner mark WhatsApp shows the sender: a clock while waiting, one tick sent, two delivered, blue read."""
    if status is None:
        return None
    if status in (DeliveryStatus.QUEUED, DeliveryStatus.SCHEDULED, DeliveryStatus.SENDING):
        return "clock", colors.meta, tr("Waiting to be sent")
    if status in (DeliveryStatus.ACCEPTED, DeliveryStatus.SENT):
        return "tick", colors.meta, tr("Sent")
    if status is DeliveryStatus.DELIVERED:
        return "ticks", colors.meta, tr("Delivered")
    if status is DeliveryStatus.READ:
        return "ticks", colors.read, tr("Read")
    if status is DeliveryStatus.FAILED:
        return "error", theme.current().bad, tr("Not sent")
    return None


def _file_card(media: MediaRef | None, icon_name: str, colors: BubbleColors) -> QWidget:
    name = media.filename if media is not None and (media.path or media.url) else tr("No file chosen")
    extension = name.rsplit(".", 1)[-1].upper() if "." in name else ""
    details = " · ".join(part for part in (file_size(media.size if media else None), extension) if part)
    title = _label(name, colors, bold=True)
    title.setObjectName("BubbleFileName")
    return _card(colors, _entry(_icon(icon_name, colors.action, 30), title, details or None, colors))


def _location(location: Location, colors: BubbleColors, width: int) -> list[QWidget]:
    parts: list[QWidget] = [MapTile(colors, width)]
    if location.name.strip():
        parts.append(_label(location.name, colors, bold=True))
    if location.address.strip():
        parts.append(_label(location.address, colors, size=0.9, color=colors.meta))
    locale = QLocale()
    where = f"{locale.toString(location.latitude, 'f', 5)}, {locale.toString(location.longitude, 'f', 5)}"
    parts.append(_label(where, colors, size=0.85, color=colors.meta))
    return parts


def _contact(card: ContactCard, colors: BubbleColors) -> list[QWidget]:
    initial = (card.name.strip()[:1] or "?").upper()
    avatar = QLabel(initial)
    avatar.setObjectName("BubbleAvatar")
    avatar.setFixedSize(40, 40)
    avatar.setAlignment(Qt.AlignmentFlag.AlignCenter)
    avatar.setStyleSheet(
        f"#BubbleAvatar {{ background: {colors.line}; color: {colors.text}; border-radius: 20px; font-weight: 600; }}"
    )
    name = _label(card.name or fmt.phone(card.phone), colors, bold=True)
    who = _entry(avatar, name, fmt.phone(card.phone), colors, size=0.9)
    return [who, _divider(colors), _action(tr("Message"), "reply", colors)]


def _link_card(url: str, colors: BubbleColors) -> QWidget:
    address = url if "://" in url else f"https://{url}"
    host = urlsplit(address).hostname or url
    title = _label(host.removeprefix("www."), colors, bold=True)
    return _card(colors, _entry(_icon("link", colors.meta, 28), title, url, colors))


def _titled(text: str, footer: str, colors: BubbleColors) -> list[QWidget]:
    parts: list[QWidget] = []
    if text.strip():
        parts.append(_text(text, colors))
    if footer.strip():
        parts.append(_label(footer, colors, size=0.85, color=colors.meta))
    return parts


def _list(content: ListContent, text: str, colors: BubbleColors) -> list[QWidget]:
    parts: list[QWidget] = []
    if content.title.strip():
        parts.append(_label(content.title, colors, bold=True))
    parts += _titled(content.description or text, content.footer, colors)
    parts += [_divider(colors), _action(content.button_text or tr("Menu"), "list", colors)]
    rows: list[QWidget] = [_label(tr("When tapped, the list shows:"), colors, size=0.8, color=colors.meta)]
    for row in content.rows:
        title = _label(f"○  {row.title}", colors)
        if row.description:
            description = _label(row.description, colors, size=0.85, color=colors.meta)
            description.setIndent(title.fontMetrics().horizontalAdvance("○  "))
            rows.append(_column(title, description))
        else:
            rows.append(title)
    parts.append(_card(colors, *rows, name="BubbleListRows"))
    return parts


def _poll(content: PollContent, colors: BubbleColors) -> list[QWidget]:
    parts: list[QWidget] = [_label(content.question, colors, bold=True)]
    hint = tr("Select one or more") if content.multiple_answers else tr("Select one")
    parts.append(
        _row(
            _icon("ticks" if content.multiple_answers else "tick", colors.meta, 14),
            _label(hint, colors, size=0.85, color=colors.meta),
            spacing=4,
        )
    )
    mark = "☐" if content.multiple_answers else "○"
    for option in content.options:
        label = _label(f"{mark}  {option}", colors)
        bar = QFrame()
        bar.setFixedHeight(4)
        bar.setStyleSheet(f"background: {colors.line}; border-radius: 2px;")
        parts.append(_column(label, bar, spacing=3))
    parts += [_divider(colors), _action(tr("View votes"), "poll", colors)]
    return parts


def _template(content: TemplateContent, text: str, colors: BubbleColors) -> list[QWidget]:
    body = content.text or text
    if body.strip() or not content.template_id:
        return _titled(body, content.footer, colors)
    lines = [_label(tr("Template “%1” stored by the gateway").replace("%1", content.template_id), colors, bold=True)]
    for name, value in content.variables.items():
        lines.append(_label(f"{name}: {value}", colors, size=0.9, color=colors.meta))
    return [_card(colors, *lines)]


class ChatPreview(QScrollArea):
    """The bubble on WhatsApp's chat wallpaper, right-aligned like a message one has sent; scrolls when long."""

    def __init__(self, parent: QWidget | None = None, width: int = BUBBLE_WIDTH) -> None:
        super().__init__(parent)
        self.setObjectName("ChatPreview")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.bubble = ChatBubble(width=width)
        page = QWidget()
        page.setObjectName("ChatWallpaper")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 14, 12, 14)
        layout.addWidget(self.bubble, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.hint = QLabel()  # instead of an empty bubble: what will show here
        self.hint.setObjectName("Muted")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.hide()
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.setWidget(page)
        self.setMinimumWidth(width + TAIL + 28 + self.verticalScrollBar().sizeHint().width())
        self._paint_wallpaper()

    def sizeHint(self) -> QSize:
        return QSize(self.minimumWidth(), 360)

    def show_draft(
        self,
        draft: Draft,
        thumbnail: QPixmap | QImage | None = None,
        at: datetime | None = None,
        status: DeliveryStatus | None = DeliveryStatus.DELIVERED,
    ) -> None:
        self.hint.hide()
        self.bubble.show()
        self.bubble.show_draft(draft, thumbnail, at, status)
        self._paint_wallpaper()

    def show_hint(self, text: str) -> None:
        """No bubble yet (nothing written): ``text`` in its place."""
        self.bubble.hide()
        self.hint.setText(text)
        self.hint.show()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._paint_wallpaper()

    def _paint_wallpaper(self) -> None:
        color = bubble_colors().wallpaper
        if self.property("wallpaper") == color:
            return  # (setting a style sheet is itself a palette change)
        self.setProperty("wallpaper", color)
        self.setStyleSheet(f"#ChatPreview, #ChatWallpaper {{ background: {color}; border-radius: 8px; }}")
