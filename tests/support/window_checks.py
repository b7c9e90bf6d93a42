"""Checks every window, panel and dialog test runs: the keyboard walk, the fit check and the wording check.

Each check takes a shown widget (a panel inside the main window, a dialog, the
window itself) and raises ``WindowCheckFailed`` with one line per problem, each
naming the widget and its text; the ``*_problems`` functions return the same
lines for a test that wants to look at them.  See ``tests/README.md``.

- ``keyboard_walk``: Tab from the first control visits every enabled, visible
  control that takes Tab focus, in reading order (top to bottom, then left to
  right), Shift+Tab the same backwards; no control keeps Tab to itself (a table
  must not move cell by cell); each control looks different focused and not.
- ``fit_check``: at 1024×640 logical pixels no button, label or header text is
  clipped, a cut cell keeps its full text in its tooltip, and the window can be
  made that small.  Why this also covers 2× scaling: Qt lays widgets out in
  logical pixels and measures fonts at the logical DPI, which QT_SCALE_FACTOR
  does not change, so a window that fits 1024×640 logical fits 2048×1280 at 2×
  and 1024×640 logical is what a 2048×1280 2× screen offers (the scale factor
  cannot change inside a running process; ``wadesk --demo --screenshots DIR
  --scale 2``, run in its own process, draws the real 2× pictures).  The check
  also renders the widget into a 2× pixmap to catch painting that breaks there.
- ``wording_check``: no command-line flags or commands, ``HTTP 401``, JSON
  braces, ISO dates or UTC times in any text a person can see: labels, buttons,
  tooltips, placeholders, window titles (as the title bar shows them), menus,
  and the cells and headers of item views; and no ``&`` eaten as a keyboard
  mnemonic ("Contacts & groups" shown as "Contacts _groups").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from PIL import Image, ImageChops
from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QAction, QFontMetrics, QGuiApplication, QImage, QPixmap, QTextDocument
from PySide6.QtGui import Qt as QtGuiQt  # Qt.mightBeRichText lives in QtGui's Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTableView,
    QToolButton,
    QWidget,
)

SMALL = QSize(1024, 640)


class WindowCheckFailed(AssertionError):
    """One line per problem found."""


def _fail(what: str, problems: Sequence[str]) -> None:
    if problems:
        raise WindowCheckFailed(f"{what}: {len(problems)} problem(s)\n  " + "\n  ".join(problems))


# -- naming widgets in messages ---------------------------------------------------


def _shown_text(widget: QWidget) -> str:
    if isinstance(widget, QAbstractButton | QLabel):
        return widget.text()
    if isinstance(widget, QLineEdit):
        return widget.text() or widget.placeholderText()
    return ""


def describe(widget: QWidget) -> str:
    """``QPushButton "Add account…" (in DevicesPanel)``: enough to find the widget in the code."""
    name = widget.objectName() or widget.accessibleName() or _shown_text(widget) or widget.toolTip()
    parent = widget.parentWidget()
    while parent is not None and not parent.objectName() and type(parent).__module__.startswith("PySide6"):
        parent = parent.parentWidget()
    where = f" (in {parent.objectName() or type(parent).__name__})" if parent is not None else ""
    return f'{type(widget).__name__} "{name[:60]}"{where}' if name else f"{type(widget).__name__}{where}"


def _settle() -> None:
    QCoreApplication.sendPostedEvents()
    QApplication.processEvents()


def activate(widget: QWidget) -> None:
    """Show ``widget``'s window and make it the active one (keyboard focus needs an active window)."""
    window = widget.window()
    window.show()
    window.activateWindow()
    handle = window.windowHandle()
    if handle is not None:
        handle.requestActivate()
    if not QTest.qWaitForWindowActive(window, 2000):
        raise WindowCheckFailed(f"{describe(window)} could not be made the active window")
    _settle()


# -- the keyboard walk -------------------------------------------------------------


def _inside(widget: QWidget | None, root: QWidget) -> bool:
    return widget is not None and (widget is root or root.isAncestorOf(widget))


def _top_left(widget: QWidget) -> QPoint:
    return widget.mapTo(widget.window(), QPoint(0, 0))


def focusable(root: QWidget) -> list[QWidget]:
    """The controls of ``root`` that Tab should reach: shown, enabled, taking Tab focus."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.window() is not root.window() or widget.focusProxy() is not None:
            continue  # a separate window (popup, menu), or a widget that hands its focus on
        if not (widget.isVisible() and widget.isEnabled()):
            continue
        if (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) != Qt.FocusPolicy.TabFocus:
            continue
        found.append(widget)
    return found


def reading_order(widgets: Iterable[QWidget]) -> list[QWidget]:
    """Top to bottom, then left to right: widgets whose middle lies within a line's first widget share that line."""
    lines: list[tuple[int, int, list[QWidget]]] = []
    for widget in sorted(widgets, key=lambda w: (_top_left(w).y(), _top_left(w).x())):
        top = _top_left(widget).y()
        middle = top + widget.height() // 2
        if lines and lines[-1][0] <= middle < lines[-1][1]:
            lines[-1][2].append(widget)
        else:
            lines.append((top, top + widget.height(), [widget]))
    return [w for _top, _bottom, line in lines for w in sorted(line, key=lambda w: _top_left(w).x())]


def _press(key: Qt.Key, modifier: Qt.KeyboardModifier) -> QWidget | None:
    before = QApplication.focusWidget()
    if before is None:
        return None
    QTest.keyClick(before, key, modifier)
    _settle()
    return QApplication.focusWidget()


def _walk(root: QWidget, chain: Sequence[QWidget], backwards: bool) -> tuple[list[QWidget], list[str]]:
    """Press Tab (or Shift+Tab) from the first of ``chain`` until focus leaves ``root`` or comes back."""
    key, modifier, word = (
        (Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier, "Shift+Tab")
        if backwards
        else (Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier, "Tab")
    )
    start = chain[0]
    start.setFocus(Qt.FocusReason.TabFocusReason)
    _settle()
    if QApplication.focusWidget() is not start:
        return [], [f"{describe(start)} does not take the focus (is its window active? use activate())"]
    visited = [start]
    for _ in range(3 * len(chain) + 5):
        before = QApplication.focusWidget()
        after = _press(key, modifier)
        if after is before and len(focusable(root.window())) > 1:  # alone in its window, it comes back to itself
            assert before is not None
            return visited, [f"keyboard trap: {word} does not leave {describe(before)}"]
        if after is start or not _inside(after, root):
            return visited, []
        assert after is not None
        visited.append(after)
    return visited, [f"{word} goes round inside {describe(root)} without coming back: {_names(visited[-6:])}"]


def _names(widgets: Iterable[QWidget]) -> str:
    return " → ".join(describe(w) for w in widgets)


def differing_pixels(first: QImage, second: QImage) -> int:
    """How many pixels differ between two pictures of the same size."""
    if first.size() != second.size():
        return max(first.width() * first.height(), second.width() * second.height())

    def pil(image: QImage) -> Image.Image:
        image = image.convertToFormat(QImage.Format.Format_RGBA8888)
        data = bytes(image.constBits())  # type: ignore[call-overload]
        return Image.frombuffer("RGBA", (image.width(), image.height()), data, "raw", "RGBA", image.bytesPerLine(), 1)

    changed = ImageChops.difference(pil(first), pil(second)).convert("L").point(lambda v: 255 if v else 0)
    return int(changed.histogram()[255])


def focus_indicator_problem(widget: QWidget) -> str | None:
    """``None`` when ``widget`` looks clearly different focused: at least half of a ring around it changes colour.

    (Half a one-pixel ring, counted on at most 240×40 of it: a blinking text cursor alone does not pass.)
    """
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    _settle()
    focused = widget.grab().toImage()
    widget.clearFocus()
    _settle()
    unfocused = widget.grab().toImage()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    _settle()
    needed = max(16, min(widget.width(), 240) + min(widget.height(), 40))
    changed = differing_pixels(focused, unfocused)
    if changed < needed:
        return f"no visible focus indicator: {describe(widget)} looks the same focused ({changed} pixel(s) change)"
    return None


def keyboard_walk_problems(root: QWidget, order: Sequence[QWidget] | None = None) -> list[str]:
    """Everything wrong with the keyboard walk through ``root`` (its window must be active: ``activate``).

    ``order`` is the expected Tab order when reading order is not the right one (say, a sidebar
    before a panel); by default every ``focusable`` control of ``root`` in ``reading_order``.
    """
    _settle()
    chain = list(order) if order is not None else reading_order(focusable(root))
    if not chain:
        return []
    problems = []
    forward, trapped = _walk(root, chain, backwards=False)
    problems += trapped
    expected = set(chain)
    missed = [w for w in chain if w not in forward]
    if missed and not trapped:
        problems.append(f"Tab never reaches {_names(missed)}")
    got = [w for w in forward if w in expected]
    if not trapped and not missed and got != chain:
        problems.append(f"Tab order is {_names(got)}; reading order is {_names(chain)}")
    backward, trapped_back = _walk(root, chain[::-1], backwards=True)
    problems += [p for p in trapped_back if p not in problems]
    got_back = [w for w in backward if w in expected]
    if not trapped_back and got_back != chain[::-1] and not problems:
        problems.append(f"Shift+Tab order is {_names(got_back)}; expected {_names(chain[::-1])}")
    for widget in chain:
        problem = focus_indicator_problem(widget)
        if problem is not None:
            problems.append(problem)
    return problems


def keyboard_walk(root: QWidget, order: Sequence[QWidget] | None = None) -> None:
    """Raise ``WindowCheckFailed`` unless Tab and Shift+Tab walk ``root`` in order, without a trap, focus visible."""
    _fail(f"keyboard walk through {describe(root)}", keyboard_walk_problems(root, order))


# -- the fit check ---------------------------------------------------------------


def without_mnemonics(text: str) -> str:
    """The text as Qt shows it on a button or menu: ``&&`` an ampersand, any other ``&`` gone."""
    return re.sub(r"&(.)", r"\1", text.replace("&&", "\0")).replace("\0", "&").rstrip("&")


def _might_be_rich(text: str) -> bool:
    return bool(QtGuiQt.mightBeRichText(text))


def _plain(text: str, rich: bool) -> str:
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def _scrolled(widget: QWidget) -> bool:
    """Inside a scroll area's viewport: partly out of sight is fine there."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(widget):
            return True
        parent = parent.parentWidget()
    return False


def _hidden_part(widget: QWidget, needed: QRect) -> str | None:
    """Whether a parent or a sibling on top hides part of ``needed`` (in the widget's coordinates)."""
    if _scrolled(widget):
        return None
    shown = widget.visibleRegion().boundingRect()
    want = needed.intersected(widget.rect())
    if want.isEmpty() or shown.contains(want):
        return None
    return f"{shown.width()}×{shown.height()} of its {want.width()}×{want.height()} can be seen"


def _label_problem(label: QLabel) -> str | None:
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and _might_be_rich(label.text())
    )
    text = _plain(label.text(), rich)
    if not text.strip():
        return None
    metrics = QFontMetrics(label.font())
    area = label.contentsRect()
    name = f'label "{text[:60]}" ({describe(label)})'
    if label.wordWrap():
        longest = max((metrics.horizontalAdvance(word) for word in text.split()), default=0)
        if longest > area.width() + 1:
            return f"{name} is cut: a word needs {longest} px, it has {area.width()}"
        needed_height = label.heightForWidth(label.width())
        if needed_height > label.height() + 1:
            return f"{name} is cut: it needs {needed_height} px of height, it has {label.height()}"
        needed = QRect(area.x(), area.y(), area.width(), needed_height)
    else:
        lines = text.splitlines() or [text]
        width = max(metrics.horizontalAdvance(line) for line in lines)
        height = metrics.height() * len(lines)
        if rich:
            width = max(width, label.sizeHint().width() - (label.width() - area.width()))
        if width > area.width() + 1:
            return f"{name} is cut: it needs {width} px, it has {area.width()}"
        if height > area.height() + 1:
            return f"{name} is cut: it needs {height} px of height, it has {area.height()}"
        needed = QRect(area.x(), area.y(), width, min(height, area.height()))
    hidden = _hidden_part(label, needed)
    return f"{name} is partly hidden: {hidden}" if hidden else None


def _button_problem(button: QAbstractButton) -> str | None:
    text = without_mnemonics(button.text())
    icon_only = isinstance(button, QToolButton) and (button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly)
    if icon_only or not text.strip():
        if not button.icon().isNull() and not (button.toolTip().strip() or button.accessibleName().strip()):
            return f"{describe(button)} shows only an icon and has no tooltip"
        return None
    metrics = QFontMetrics(button.font())
    hint = button.sizeHint()  # the style's measure: text by the button's font metrics, icon, padding
    name = f'button "{text[:60]}" ({describe(button)})'
    if hint.width() > button.width() + 1 or metrics.horizontalAdvance(text) > button.width():
        return f"{name} is cut: it needs {hint.width()} px, it has {button.width()}"
    if metrics.height() > button.height():
        return f"{name} is cut: it needs {metrics.height()} px of height, it has {button.height()}"
    hidden = _hidden_part(button, button.rect())
    return f"{name} is partly hidden: {hidden}" if hidden else None


def _header_problems(header: QHeaderView) -> Iterator[str]:
    model = header.model()
    if model is None or not header.isVisible():
        return
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole) or "")
        needed = header.sectionSizeFromContents(section).width()
        if text and header.orientation() == Qt.Orientation.Horizontal and needed > header.sectionSize(section) + 1:
            yield f'column heading "{text}" is cut: it needs {needed} px, it has {header.sectionSize(section)}'


def _cell_problems(view: QTableView) -> Iterator[str]:
    """A cell too narrow for its text must give the whole text in its tooltip."""
    model = view.model()
    if model is None or not view.isVisible():
        return
    rows = range(min(model.rowCount(QModelIndex()), 50))
    for column in range(_columns(model)):
        if view.isColumnHidden(column):
            continue
        for row in rows:
            index = model.index(row, column)
            text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            if not text:
                continue
            needed = view.sizeHintForIndex(index).width()
            if needed <= view.columnWidth(column) + 1:
                continue
            tip = str(index.data(Qt.ItemDataRole.ToolTipRole) or "")
            if text not in tip:
                heading = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
                yield (
                    f'cell "{text}" of column "{heading}" is cut ({needed} px needed, {view.columnWidth(column)} '
                    f"given) and its tooltip does not give it whole ({tip[:60]!r})"
                )


def minimum_size(window: QWidget) -> QSize:
    """The smallest size the window can be given: its own minimum, or its layout's."""
    layout = window.layout()
    if layout is not None:
        layout.activate()
    return window.minimumSize().expandedTo(window.minimumSizeHint() if window.minimumSize().isEmpty() else QSize())


def fit_problems(root: QWidget, size: QSize = SMALL) -> list[str]:
    """Everything cut or too big in ``root`` once its window is ``size`` (logical pixels)."""
    window = root.window()
    problems = []
    smallest = minimum_size(window)
    if smallest.width() > size.width() or smallest.height() > size.height():
        problems.append(
            f"{describe(window)} cannot be made {size.width()}×{size.height()}: "
            f"its minimum size is {smallest.width()}×{smallest.height()}"
        )
    sizes = [size] + ([smallest] if smallest.width() < size.width() or smallest.height() < size.height() else [])
    for given in sizes:  # at the size asked, and as small as the window lets itself be made
        window.resize(given)
        _settle()
        problems += [f"{p} (window {window.width()}×{window.height()})" for p in _cut_texts(root)]
    picture = render_at(root, 2.0)
    if picture.isNull() or picture.width() != 2 * root.width():
        problems.append(f"{describe(root)} could not be drawn at 2×")
    return problems


def _cut_texts(root: QWidget) -> list[str]:
    window = root.window()
    problems: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.window() is not window:
            continue
        problem: str | None = None
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
        elif isinstance(widget, QAbstractButton):
            problem = _button_problem(widget)
        if problem is not None:
            problems.append(problem)
        if isinstance(widget, QTableView):
            problems += _header_problems(widget.horizontalHeader())
            problems += _cell_problems(widget)
    return problems


def fit_check(root: QWidget, size: QSize = SMALL) -> None:
    """Raise ``WindowCheckFailed`` if anything in ``root`` is cut once its window is ``size`` logical pixels."""
    _fail(f"fit check of {describe(root)} at {size.width()}×{size.height()}", fit_problems(root, size))


def render_at(widget: QWidget, ratio: float) -> QPixmap:
    """``widget`` drawn for a screen of ``ratio`` device pixels per logical pixel."""
    pixmap = QPixmap(widget.size() * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    widget.render(pixmap)
    return pixmap


# -- the wording check -------------------------------------------------------------

COMMANDS = "account|send|outbox|campaign|schedule|message|contacts|groups|devices|check|report|config"
DEVELOPER_WORDS = [
    (re.compile(r"(?<![\w-])--[a-z][\w-]*"), "a command-line flag"),
    (re.compile(rf"\bwadesk ({COMMANDS})\b"), "a command-line command"),
    (re.compile(r"\bHTTP\s*\d{3}\b|\bHTTP/\d"), "an HTTP status"),
    (re.compile(r"[{}]"), "JSON braces"),
    (re.compile(r"\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2})?"), "an ISO date"),
    # An offset only after seconds (10:00:00+07:00) or a Z: "21:00-07:00" is a range of local hours, not a UTC time.
    (re.compile(r"\bUTC\b|\bGMT\b|\d{2}:\d{2}(?::\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})|Z)\b"), "a UTC time"),
]


def developer_words(text: str) -> list[str]:
    """What in ``text`` is developer talk, each as ``what: "the words"``."""
    return [f'{what}: "{m.group(0)}"' for pattern, what in DEVELOPER_WORDS for m in pattern.finditer(text)]


def eaten_ampersand(text: str) -> str | None:
    """Why ``text``, used where ``&`` marks a keyboard shortcut, would show wrongly; ``None`` if it shows right."""
    singles = re.findall(r"(?<!&)&(?!&)(.?)", text.replace("&&", ""))
    if any(not after or after.isspace() for after in singles):
        return "a lone '&' that Qt takes as a shortcut mark (write '&&' for an ampersand)"
    if len(singles) > 1:
        return "several '&' shortcut marks (write '&&' for an ampersand)"
    return None


def shown_title(widget: QWidget) -> str:
    """The title as the title bar shows it on Windows and Linux: Qt adds " — <display name>" unless it ends so."""
    title = widget.windowTitle().replace("[*]", "")
    name = QGuiApplication.applicationDisplayName()
    if name and not title.endswith(name):
        return f"{title} — {name}" if title else name
    return title


@dataclass(frozen=True)
class Shown:
    where: str
    text: str
    mnemonic: bool = False  # shown where '&' marks a keyboard shortcut


def _columns(model: QAbstractItemModel) -> int:
    try:
        return int(model.columnCount(QModelIndex()))
    except TypeError:  # a list model keeps it private: one column
        return 1


def _model_texts(model: QAbstractItemModel, where: str, roles: Sequence[int]) -> Iterator[Shown]:
    for column in range(_columns(model)):
        heading = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if heading:
            yield Shown(f"{where}, column heading", str(heading))
    for row in range(min(model.rowCount(QModelIndex()), 200)):
        for column in range(_columns(model)):
            index = model.index(row, column, QModelIndex())
            for role in roles:
                value = index.data(role)
                if isinstance(value, str) and value:
                    yield Shown(f"{where}, row {row + 1} column {column + 1} (role {role})", value)


def _action_texts(action: QAction, where: str) -> Iterator[Shown]:
    if action.isSeparator() or not action.isVisible():
        return
    label = f'{where} > "{without_mnemonics(action.text())}"'
    yield Shown(f"{label} (menu label)", action.text(), mnemonic=True)
    if action.toolTip() and action.toolTip() != without_mnemonics(action.text()):
        yield Shown(f"{label} (tooltip)", action.toolTip())
    if action.statusTip():
        yield Shown(f"{label} (status tip)", action.statusTip())
    menu = action.menu()
    if isinstance(menu, QMenu):
        for child in menu.actions():
            yield from _action_texts(child, label)


def visible_texts(root: QWidget, roles: Sequence[int] = ()) -> list[Shown]:
    """Every text of ``root`` a person can see, with where it is.

    Item views give their headings and, for each cell, the display and tooltip
    texts and those of ``roles`` (a delegate's second line, say).
    """
    cell_roles = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, *roles]
    found: list[Shown] = []
    if root.isWindow():
        found.append(Shown(f"title bar of {describe(root)}", shown_title(root)))
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            found += _action_texts(action, "menu bar")
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.window() is not root.window():
            continue
        name = describe(widget)
        if isinstance(widget, QLabel) and widget.text():
            buddy = widget.buddy() is not None
            found.append(Shown(name, widget.text(), mnemonic=buddy))
        if isinstance(widget, QAbstractButton) and widget.text():
            found.append(Shown(name, widget.text(), mnemonic=True))
        if isinstance(widget, QLineEdit) and widget.placeholderText():
            found.append(Shown(f"{name} placeholder", widget.placeholderText()))
        if widget.toolTip():
            found.append(Shown(f"{name} tooltip", widget.toolTip()))
        if widget.accessibleName():
            found.append(Shown(f"{name} accessible name", widget.accessibleName()))
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView) and widget.model():
            found += _model_texts(widget.model(), name, cell_roles)
        if isinstance(widget, QToolButton) and widget.menu() is not None:
            for action in widget.menu().actions():
                found += _action_texts(action, name)
    return found


def wording_problems(root: QWidget, roles: Sequence[int] = ()) -> list[str]:
    """Every developer word and eaten ampersand in what ``root`` shows (``roles``: see ``visible_texts``)."""
    problems = []
    for shown in visible_texts(root, roles):
        text = shown.text
        if _might_be_rich(text):
            text = _plain(text, True)
        for word in developer_words(text):
            problems.append(f"{shown.where}: {word} in {text[:100]!r}")
        if shown.mnemonic and (why := eaten_ampersand(shown.text)):
            problems.append(f"{shown.where}: {why} in {shown.text!r}")
        if shown.where.startswith("title bar"):
            name = QGuiApplication.applicationDisplayName()
            if name and text.count(name) > 1:
                problems.append(f"{shown.where}: the name twice in {text!r}")
    return list(dict.fromkeys(problems))


def wording_check(root: QWidget, roles: Sequence[int] = ()) -> None:
    """Raise ``WindowCheckFailed`` if ``root`` shows developer words or eats an ampersand."""
    _fail(f"wording check of {describe(root)}", wording_problems(root, roles))


# -- all three -----------------------------------------------------------------------


def all_checks(root: QWidget, *, walk: bool = True) -> None:
    """Make ``root``'s window the active one, then the keyboard walk (unless ``walk`` is False), the fit check and
    the wording check on ``root`` as it stands."""
    activate(root)
    if walk:
        keyboard_walk(root)
    fit_check(root)
    wording_check(root)
