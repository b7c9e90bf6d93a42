"""The message editor: WhatsApp formatting shown as you type, a formatting bar, a character counter, an emoji hint.

The formatting rules are the domain's (``wadesk.domain.formatting``), so the
editor, the preview and WhatsApp agree.  The text stays the text that is sent:
markers are only dimmed, never hidden or converted.  Tab leaves the editor
(a message has no use for tab characters), so it is no keyboard trap.

Positions: Python strings index code points, Qt's documents UTF-16 units (an
emoji is two); every position handed to Qt goes through ``_utf16``.
"""

from __future__ import annotations

import bisect
import re
import sys

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QFontDatabase,
    QKeySequence,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wadesk.domain.formatting import MARKERS, Formatting, LineFormat, Link, Span, Style, parse
from wadesk.domain.text import counted_length
from wadesk.ui import icons, theme

# Style → (icon, shortcut).  Ctrl+Shift for the two that have no common one; Qt shows Ctrl as Cmd on macOS.
FORMAT_KEYS: dict[Style, tuple[str, str]] = {
    Style.BOLD: ("bold", "Ctrl+B"),
    Style.ITALIC: ("italic", "Ctrl+I"),
    Style.STRIKE: ("strike", "Ctrl+Shift+X"),
    Style.MONOSPACE: ("mono", "Ctrl+Shift+M"),
}
NEAR_LIMIT = 0.9  # the counter turns amber from 90 % of the limit


def _utf16(text: str) -> int:
    """How many UTF-16 units ``text`` takes in a Qt document."""
    return len(text.encode("utf-16-le")) // 2


def _offsets(text: str) -> list[int] | None:
    """UTF-16 offset of each code point of ``text`` (one past the end too); ``None`` when they are the same."""
    if text.isascii() or all(ord(char) < 0x10000 for char in text):
        return None
    found, at = [], 0
    for char in text:
        found.append(at)
        at += 2 if ord(char) >= 0x10000 else 1
    found.append(at)
    return found


def tr(text: str) -> str:
    return QCoreApplication.translate("MessageEditor", text)


def monospace_font() -> QFont:
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)


class FormattingHighlighter(QSyntaxHighlighter):
    """Shows WhatsApp formatting in a document: markers dimmed, the text between them bold, italic, struck, fixed.

    The whole text is parsed once per change (a monospace block may span
    lines); Qt then re-highlights the changed lines, and every line when the
    lines a multi-line block covers change.
    """

    def __init__(self, document: QTextDocument, parent: QObject) -> None:
        super().__init__(parent)  # (not the document: ours must be connected first, to parse before Qt highlights)
        document.contentsChange.connect(self._changed)
        self.setDocument(document)
        self._text = ""
        self._formatting: Formatting | None = None
        self._line_starts: list[int] = [0]
        self._by_line: dict[int, list[Span | Link | LineFormat]] = {}
        self._blocks_key: tuple[tuple[int, int], ...] = ()
        self._formats: dict[tuple[int, int], QTextCharFormat] = {}

    @property
    def formatting(self) -> Formatting:
        return self.parsed()

    def parsed(self) -> Formatting:
        """The document's formatting, parsed once per change of its text."""
        if self._formatting is None:
            document = self.document()
            self._text = document.toPlainText() if document is not None else ""
            self._formatting = parse(self._text)
            self._line_starts = [0] + [match.end() for match in re.finditer("\n", self._text)]
            self._by_line = {}  # line number -> the spans, links and line formats touching it
            items: list[Span | Link] = [*self._formatting.spans, *self._formatting.links]
            for item in items:
                for line in range(self._line(item.start), self._line(max(item.start, item.end - 1)) + 1):
                    self._by_line.setdefault(line, []).append(item)
            for line_format in self._formatting.lines:
                self._by_line.setdefault(self._line(line_format.line_start), []).append(line_format)
        return self._formatting

    def _line(self, position: int) -> int:
        return bisect.bisect_right(self._line_starts, position) - 1

    def _changed(self, _position: int, removed: int, added: int) -> None:
        if not (removed or added):
            return  # formats changed, not text
        self._formatting = None
        formatting = self.formatting
        key = tuple(
            (self._line(span.start), self._line(span.end - 1))
            for span in formatting.spans
            if span.style is Style.MONOSPACE and "\n" in self._text[span.start : span.end]
        )
        if key != self._blocks_key:
            self._blocks_key = key
            self.rehighlight()

    def rehighlight(self) -> None:
        self._formats.clear()  # the theme may have changed
        super().rehighlight()

    def highlightBlock(self, text: str) -> None:
        self.parsed()
        number = self.currentBlock().blockNumber()
        if number >= len(self._line_starts):
            return
        start = self._line_starts[number]
        end = start + len(text)
        style = [0] * len(text)
        dim = [0] * len(text)  # 1: a marker, 2: a link
        items = self._by_line.get(number, [])
        for span in (item for item in items if isinstance(item, Span)):
            for index in range(max(span.content_start, start), min(span.content_end, end)):
                style[index - start] |= span.style.value
            for a, b in ((span.start, span.content_start), (span.content_end, span.end)):
                for index in range(max(a, start), min(b, end)):
                    dim[index - start] = 1
        for link in (item for item in items if isinstance(item, Link)):
            for index in range(max(link.start, start), min(link.end, end)):
                dim[index - start] = dim[index - start] or 2
        for line in (item for item in items if isinstance(item, LineFormat)):
            for index in range(line.line_start, min(line.marker_end, end)):
                dim[index - start] = 1
        offsets = _offsets(text)
        run = 0
        for index in range(1, len(text) + 1):
            if index < len(text) and (style[index], dim[index]) == (style[run], dim[run]):
                continue
            if style[run] or dim[run]:
                a, b = (offsets[run], offsets[index]) if offsets else (run, index)
                self.setFormat(a, b - a, self._format(style[run], dim[run]))
            run = index

    def _format(self, style: int, dim: int) -> QTextCharFormat:
        found = self._formats.get((style, dim))
        if found is not None:
            return found
        colors = theme.current()
        made = QTextCharFormat()
        bits = Style(style)
        if bits & Style.BOLD:
            made.setFontWeight(QFont.Weight.Bold)
        if bits & Style.ITALIC:
            made.setFontItalic(True)
        if bits & Style.STRIKE:
            made.setFontStrikeOut(True)
        if bits & (Style.MONOSPACE | Style.CODE):
            made.setFontFamilies(monospace_font().families())
        if bits & Style.CODE:
            made.setBackground(QColor(colors.alt_base if colors.dark else colors.accent_soft))
        if dim == 1:
            made.setForeground(QColor(colors.muted))
        elif dim == 2:
            made.setForeground(QColor(colors.accent))
            made.setFontUnderline(True)
        self._formats[(style, dim)] = made
        return made


def emoji_hint(platform: str = sys.platform) -> tuple[str, str]:
    """Where this system's emoji picker is: a few words to show and a sentence for the tooltip; empty if unknown."""
    if platform.startswith("win"):
        keys = tr("Win + .")
        where = tr("Press the Windows key and . (full stop) together to open the emoji panel.")
    elif platform == "darwin":
        keys = tr("Control + Command + Space")
        where = tr("Press Control, Command and Space together to open the emoji picker.")
    elif platform.startswith("linux"):
        keys = tr("Super + .")
        where = tr("Press Super (the Windows key) and . together to open the emoji picker on GNOME or KDE.")
    else:
        return "", ""
    return tr("Emoji: %1").replace("%1", keys), where + " " + tr("Pasted emoji work too.")


class CharacterCounter(QLabel):
    """``120 / 1,024``; amber near the limit, red over it or under the minimum, saying by how much."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CharacterCounter")
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.maximum: int | None = None
        self.minimum: int | None = None
        self.length = 0
        self.state = "ok"  # ok | near | over | short | empty

    def set_limits(self, maximum: int | None, minimum: int | None = None) -> None:
        self.maximum, self.minimum = maximum, minimum
        self.update_count(self.length)

    def update_count(self, length: int) -> None:
        self.length = length
        number = QLocale().toString
        maximum, minimum = self.maximum, self.minimum
        if maximum is not None and length > maximum:
            self.state = "over"
            words = tr("%1 / %2 — %3 too many").replace("%3", number(length - maximum))
        elif minimum is not None and 0 < length < minimum:
            self.state = "short"
            words = tr("%1 / %2 — %3 more needed (at least %4)").replace("%3", number(minimum - length))
        elif maximum is not None:
            self.state = "near" if length >= NEAR_LIMIT * maximum else "ok"
            words = tr("%1 / %2")
        else:
            self.state = "ok"
            words = tr("%1 characters")
        words = words.replace("%4", number(minimum or 0)).replace("%2", number(maximum or 0))
        self.setText(words.replace("%1", number(length)))
        colors = theme.current()
        color = {"over": colors.bad, "short": colors.bad, "near": colors.warn}.get(self.state, colors.muted)
        weight = "600" if self.state in ("over", "short") else "normal"
        self.setStyleSheet(f"color: {color}; font-weight: {weight};")
        limit = tr("This gateway takes at most %1 characters.").replace("%1", number(maximum)) if maximum else ""
        if minimum:
            limit += (" " if limit else "") + tr("It needs at least %1.").replace("%1", number(minimum))
        self.setToolTip(limit or tr("This gateway states no length limit."))


class MessageEditor(QWidget):
    """A text box for a WhatsApp message with its formatting bar, character counter and emoji hint.

    ``changed(text)`` fires on every edit.  ``set_limits(max, min)`` takes the
    chosen gateway's ``Limits.max_text`` / ``min_text``.
    """

    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None, placeholder: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("MessageEditor")
        self.edit = QPlainTextEdit()
        self.edit.setObjectName("MessageText")
        self.edit.setTabChangesFocus(True)
        self.edit.setPlaceholderText(placeholder or tr("Write your message…"))
        self.edit.setAccessibleName(tr("Message"))
        self.edit.setMinimumHeight(96)
        self.highlighter = FormattingHighlighter(self.edit.document(), self)
        self.actions_by_style: dict[Style, QAction] = {}
        self.buttons: list[QToolButton] = []
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(2)
        names = {
            Style.BOLD: tr("Bold"),
            Style.ITALIC: tr("Italic"),
            Style.STRIKE: tr("Strikethrough"),
            Style.MONOSPACE: tr("Monospace"),
        }
        for style, (icon_name, keys) in FORMAT_KEYS.items():
            action = QAction(icons.icon(icon_name), names[style], self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shown_keys = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(
                tr("%1 (%2): puts %3 around the selected words")
                .replace("%1", names[style])
                .replace("%2", shown_keys)
                .replace("%3", MARKERS[style])
            )
            action.triggered.connect(lambda _checked=False, s=style: self.apply(s))
            self.addAction(action)
            self.actions_by_style[style] = action
            button = QToolButton()
            button.setObjectName("FormatButton")
            button.setDefaultAction(action)
            button.setAccessibleName(names[style])
            button.setIconSize(QSize(18, 18))
            button.setAutoRaise(True)
            self.buttons.append(button)
            bar.addWidget(button)
        bar.addStretch(1)
        self.counter = CharacterCounter()
        hint, where = emoji_hint()
        self.hint = QLabel(hint)
        self.hint.setObjectName("Muted")
        self.hint.setToolTip(where)
        self.hint.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        foot = QHBoxLayout()
        foot.setContentsMargins(0, 0, 0, 0)
        foot.setSpacing(12)
        foot.addWidget(self.hint, 1)
        foot.addWidget(self.counter, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(bar)
        layout.addWidget(self.edit, 1)
        layout.addLayout(foot)
        self.hint.setVisible(bool(self.hint.text()))
        self.edit.textChanged.connect(self._on_text_changed)
        self.counter.update_count(0)
        self._colors = theme.current()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        colors = theme.current()
        if event.type() == QEvent.Type.PaletteChange and colors != self._colors:
            self._colors = colors  # light ↔ dark: icons, formats and the counter's colour follow
            for style, action in self.actions_by_style.items():
                action.setIcon(icons.icon(FORMAT_KEYS[style][0]))
            self.highlighter.rehighlight()
            self.counter.update_count(self.counter.length)

    # -- the text ----------------------------------------------------------------------

    def text(self) -> str:
        return self.edit.toPlainText()

    def set_text(self, text: str) -> None:
        self.edit.setPlainText(text)

    def length(self) -> int:
        """The length as the gateway counts it (not Qt's UTF-16 count)."""
        return counted_length(self.text())

    def set_limits(self, maximum: int | None, minimum: int | None = None) -> None:
        self.counter.set_limits(maximum, minimum)

    def insert(self, text: str) -> None:
        """Put ``text`` at the cursor (replacing the selection), e.g. a ``{variable}``."""
        self.edit.textCursor().insertText(text)
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_text_changed(self) -> None:
        text = self.text()
        self.counter.update_count(counted_length(text))
        self.changed.emit(text)

    # -- formatting --------------------------------------------------------------------

    def apply(self, style: Style) -> None:
        """Put ``style``'s markers around the selection (each line on its own for single markers), or take
        them away when it already has them; with nothing selected, a pair with the cursor between — or, at
        the end of words in that style (the pair typed into), a step past its closing marker, as the second
        Ctrl+B of "Ctrl+B, words, Ctrl+B" means."""
        marker = MARKERS[style]
        cursor = self.edit.textCursor()
        if not cursor.hasSelection() and (end := self._closing_at(cursor.position(), style)) is not None:
            cursor.setPosition(end)
            self.edit.setTextCursor(cursor)
            self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        cursor.beginEditBlock()
        try:
            if not cursor.hasSelection():
                cursor.insertText(marker * 2)
                cursor.movePosition(QTextCursor.MoveOperation.Left, n=_utf16(marker))
            else:
                self._wrap(cursor, style)
        finally:
            cursor.endEditBlock()
        self.edit.setTextCursor(cursor)
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _closing_at(self, position: int, style: Style) -> int | None:
        """Where the span of ``style`` whose words end at ``position`` (UTF-16) ends, after its marker."""
        text = self.text()
        at = len(text.encode("utf-16-le")[: position * 2].decode("utf-16-le", "replace"))
        for span in self.highlighter.parsed().spans:
            if span.style is style and span.content_end == at:
                return position + _utf16(text[span.content_end : span.end])
        return None

    def _wrap(self, cursor: QTextCursor, style: Style) -> None:
        marker, start = MARKERS[style], cursor.selectionStart()
        document_text = self.text()
        selected = cursor.selection().toPlainText()
        begin = len(document_text.encode("utf-16-le")[: start * 2].decode("utf-16-le", "replace"))
        end = begin + len(selected)
        spans = {(span.start, span.end) for span in self.highlighter.parsed().spans if span.style is style}
        contents = {
            (span.content_start, span.content_end) for span in self.highlighter.parsed().spans if span.style is style
        }
        lines = [selected] if style is Style.MONOSPACE else selected.split("\n")
        if (begin, end) in contents:  # the words inside a span: take its markers away
            cursor.setPosition(start - _utf16(marker))
            cursor.setPosition(start + _utf16(selected + marker), QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(selected)
            cursor.setPosition(start - _utf16(marker))
            cursor.setPosition(start - _utf16(marker) + _utf16(selected), QTextCursor.MoveMode.KeepAnchor)
            return
        cores, at = [], begin
        for line in lines:
            lead = len(line) - len(line.lstrip())
            core = line.strip()
            if core:
                cores.append((at + lead, at + lead + len(core)))
            at += len(line) + 1
        if cores and all(core in spans for core in cores):  # every line already formatted: unformat them
            new = "\n".join(_unwrap_line(line, marker) for line in lines)
        else:
            new = "\n".join(_wrap_line(line, marker) for line in lines)
        cursor.insertText(new)
        lead, trail = len(new) - len(new.lstrip()), len(new) - len(new.rstrip())
        cursor.setPosition(start + _utf16(new[:lead]))  # the words (and their markers) stay selected
        cursor.setPosition(start + _utf16(new[: len(new) - trail]), QTextCursor.MoveMode.KeepAnchor)


def _wrap_line(line: str, marker: str) -> str:
    """``marker`` hugging the words of ``line`` (spaces around them stay outside, as WhatsApp needs)."""
    core = line.strip()
    if not core:
        return line
    lead = line[: len(line) - len(line.lstrip())]
    trail = line[len(line.rstrip()) :]
    return f"{lead}{marker}{core}{marker}{trail}"


def _unwrap_line(line: str, marker: str) -> str:
    core = line.strip()
    if not core:
        return line
    lead = line[: len(line) - len(line.lstrip())]
    trail = line[len(line.rstrip()) :]
    return f"{lead}{core[len(marker) : -len(marker)]}{trail}"
