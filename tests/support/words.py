"""The words a window shows, read from its widgets, and the English ones among them.

Used to check that a window in Indonesian shows no English: every text a
widget holds (labels, buttons, tooltips, placeholders, menus, tabs, combo
items, table headers and cells) is split into words, and words that are
English and not Indonesian are reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

# Common words of wadesk's English that are not Indonesian words (nor names wadesk shows as they are).
_ENGLISH_TEXT = """
the and to of your you with for from this that these those are is was will can cannot not no yes or message
messages send sent sending delivered read failed waiting scheduled cancel cancelled save close delete remove
add edit import export refresh device devices contact contacts group groups report reports today tomorrow
yesterday never just now ago day days hour hours minute minutes phone phones number numbers account accounts
connected ready settings preferences file view help quit about new next back all none search filter time
date name text recipients recipient campaign campaigns pause resume stop retry schedule repeat every week
month each left when where which what who how why more less than only also here there first last choose pick
open show hide check checked unknown other others paired pair connect disconnect restart set sort
"""
ENGLISH = frozenset(_ENGLISH_TEXT.split())
_TAGS = re.compile(r"<[^>]+>|&[a-z]+;")
# What a text may hold that is not wadesk's words: a quoted name or value, an address, a file's name, a key's name.
_NOT_WORDS = re.compile(
    r"“[^”]*”|\"[^\"]*\"|https?://\S+|\S+\.(?:csv|xlsx|vcf|png|jpe?g|pdf)\b"
    r"|\((?:Ctrl|Shift|Alt|Meta|Delete|Del|Enter|Esc|Space|F\d+)\b[^)]*\)"
)
_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")


def words_of(text: str) -> list[str]:
    return _WORD.findall(_TAGS.sub(" ", text.replace("&&", "").replace("&", "")))


def english_words(text: str, names: tuple[str, ...] = ()) -> list[str]:
    """The English words of ``text`` once quoted values, addresses, file and key names and ``names`` (the user's
    data: a file's column names, a product's name) are set aside."""
    for name in names:
        text = text.replace(name, " ")
    return [word for word in words_of(_NOT_WORDS.sub(" ", text)) if word.lower() in ENGLISH]


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # a list widget's model hides it: one column
        return 1


def _item_texts(view: QAbstractItemView, rows: int = 40) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    for section in range(_columns(model, QModelIndex())):
        yield str(model.headerData(section, Qt.Orientation.Horizontal) or "")

    def walk(parent: QModelIndex, depth: int) -> Iterator[str]:
        for row in range(min(rows, model.rowCount(parent))):
            for column in range(_columns(model, parent)):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    if isinstance(value, str):
                        yield value
                if column == 0 and depth < 2 and model.rowCount(index) > 0:
                    yield from walk(index, depth + 1)

    yield from walk(QModelIndex(), 0)


def texts_of(top: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of everything ``top`` and its visible children show."""
    yield "window title", top.windowTitle()
    for widget in [top, *top.findChildren(QWidget)]:
        if widget is not top and not widget.isVisibleTo(top):
            continue
        where = type(widget).__name__ + (f"#{widget.objectName()}" if widget.objectName() else "")
        yield where, widget.toolTip()
        yield where, widget.accessibleName()
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield where, widget.text()
        elif isinstance(widget, (QLineEdit, QTextEdit | QPlainTextEdit)):
            yield where, widget.placeholderText()
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                yield where, widget.itemText(index)
        elif isinstance(widget, QGroupBox):
            yield where, widget.title()
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                yield where, widget.tabText(index)
                yield where, widget.tabToolTip(index)
        elif isinstance(widget, QAbstractItemView):
            for text in _item_texts(widget):
                yield where, text
        elif isinstance(widget, QMenu):
            for action in widget.actions():
                yield where, action.text()
    for action in top.findChildren(QMenu):
        for item in action.actions():
            yield "menu", item.text()


def english_on_screen(names: tuple[str, ...] = ()) -> dict[str, list[str]]:
    """Text -> the English words in it, for every visible top-level window's texts (``names`` set aside)."""
    found: dict[str, list[str]] = {}
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        for where, text in texts_of(top):
            words = english_words(text, names) if text else []
            if words:
                found.setdefault(f"{where}: {text[:100]}", words)
    return found
