"""The message editor: formatting shown as typed, shortcuts that wrap, a counter that counts as the gateway does."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.support import window_checks as checks
from wadesk.domain.errors import ValidationError
from wadesk.domain.formatting import Style
from wadesk.domain.models import Recipient
from wadesk.providers.jsonwa import JsonWaProvider
from wadesk.providers.wablas import WablasProvider
from wadesk.services.compose import Draft, messages_for
from wadesk.ui import theme
from wadesk.ui.theme import DARK, LIGHT, ThemeWatcher
from wadesk.ui.widgets.message_editor import MessageEditor, emoji_hint, monospace_font


@pytest.fixture
def editor(qtbot: QtBot) -> Iterator[MessageEditor]:
    widget = MessageEditor()
    qtbot.addWidget(widget)
    widget.resize(500, 300)
    checks.activate(widget)  # shortcuts and focus need an active window
    widget.edit.setFocus()
    yield widget


def formats(editor: MessageEditor, block: int = 0) -> dict[str, QTextCharFormat]:
    """The text of each formatted stretch of a line, and its format, as Qt laid the line out (UTF-16 positions)."""
    found = editor.edit.document().findBlockByNumber(block)
    units = found.text().encode("utf-16-le")
    ranges = found.layout().formats()
    return {
        units[2 * r.start : 2 * (r.start + r.length)].decode("utf-16-le"): QTextCharFormat(r.format) for r in ranges
    }


def type_text(qtbot: QtBot, editor: MessageEditor, text: str) -> None:
    QTest.keyClicks(editor.edit, text)
    qtbot.wait(1)


def paste(editor: MessageEditor, text: str) -> None:
    QApplication.clipboard().setText(text)
    editor.edit.paste()


def test_typed_formatting_is_shown_with_the_markers_dimmed(qtbot: QtBot, editor: MessageEditor) -> None:
    type_text(qtbot, editor, "Diskon *besar* _hari ini_ ~kemarin~ `KODE`, bukan 2*3*4")
    shown = formats(editor)
    muted = theme.current().muted
    assert shown["besar"].fontWeight() == QFont.Weight.Bold
    assert shown["hari ini"].fontItalic()
    assert shown["kemarin"].fontStrikeOut()
    assert shown["KODE"].fontFamilies() == monospace_font().families()
    markers = [f for text, f in shown.items() if text in ("*", "_", "~", "`")]
    assert markers and all(f.foreground().color().name() == muted for f in markers)
    assert not any("3" in text for text in shown)  # 2*3*4 is not bold, as WhatsApp leaves it


def test_a_monospace_block_typed_on_a_later_line_formats_the_earlier_lines(qtbot: QtBot, editor: MessageEditor) -> None:
    type_text(qtbot, editor, "```baris satu")
    assert formats(editor) == {}  # no closing marker yet: nothing is monospace
    QTest.keyClick(editor.edit, Qt.Key.Key_Return)
    type_text(qtbot, editor, "baris dua```")
    assert "baris satu" in formats(editor, 0)
    assert formats(editor, 0)["baris satu"].fontFamilies()
    assert "baris dua" in formats(editor, 1)


def test_positions_after_an_emoji_are_right(qtbot: QtBot, editor: MessageEditor) -> None:
    """Qt counts an emoji as two units, Python as one: the bold format must still cover the right word."""
    paste(editor, "🎉👍🏽 *promo*")
    assert formats(editor)["promo"].fontWeight() == QFont.Weight.Bold


@pytest.mark.parametrize(
    ("key", "modifiers", "marker"),
    [
        (Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier, "*"),
        (Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier, "_"),
        (Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier, "~"),
        (Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier, "```"),
    ],
)
def test_shortcuts_wrap_the_selection_and_take_the_markers_off_again(
    qtbot: QtBot, editor: MessageEditor, key: Qt.Key, modifiers: Qt.KeyboardModifier, marker: str
) -> None:
    editor.set_text("Halo semua promo")
    cursor = editor.edit.textCursor()
    cursor.setPosition(5)
    cursor.setPosition(11, QTextCursor.MoveMode.KeepAnchor)  # "semua "
    editor.edit.setTextCursor(cursor)
    QTest.keyClick(editor.edit, key, modifiers)
    assert editor.text() == f"Halo {marker}semua{marker} promo"  # the markers hug the word, the space stays out
    assert editor.edit.textCursor().selectedText() == f"{marker}semua{marker}"
    QTest.keyClick(editor.edit, key, modifiers)
    assert editor.text() == "Halo semua promo"


def test_a_shortcut_with_nothing_selected_puts_the_cursor_between_a_pair(qtbot: QtBot, editor: MessageEditor) -> None:
    type_text(qtbot, editor, "Halo ")
    QTest.keyClick(editor.edit, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, editor, "Kak")
    assert editor.text() == "Halo *Kak*"
    QTest.keyClick(editor.edit, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)  # the second press ends it
    type_text(qtbot, editor, " dan ")
    QTest.keyClick(editor.edit, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, editor, "Adik")
    QTest.keyClick(editor.edit, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, editor, "!")
    assert editor.text() == "Halo *Kak* dan _Adik_!"


def test_each_line_of_a_selection_is_wrapped_on_its_own(qtbot: QtBot, editor: MessageEditor) -> None:
    """A single marker never reaches across a line break in WhatsApp, so each line gets its pair."""
    editor.set_text("satu\n\ndua")
    editor.edit.selectAll()
    editor.apply(Style.ITALIC)
    assert editor.text() == "_satu_\n\n_dua_"


def test_the_toolbar_buttons_format_too_and_say_their_shortcut(qtbot: QtBot, editor: MessageEditor) -> None:
    editor.set_text("murah")
    editor.edit.selectAll()
    bold = editor.buttons[0]
    assert "Ctrl+B" in bold.toolTip() and not bold.icon().isNull()
    qtbot.mouseClick(bold, Qt.MouseButton.LeftButton)
    assert editor.text() == "*murah*"


def test_the_counter_goes_over_the_limit_and_says_by_how_much(qtbot: QtBot, editor: MessageEditor) -> None:
    editor.set_limits(20)
    type_text(qtbot, editor, "Halo")
    assert (editor.counter.text(), editor.counter.state) == ("4 / 20", "ok")
    type_text(qtbot, editor, " semua pelanggan")
    assert editor.counter.state == "near"
    type_text(qtbot, editor, " kami!")
    assert editor.counter.state == "over"
    assert editor.counter.text() == "26 / 20 — 6 too many"
    assert editor.counter.styleSheet().startswith(f"color: {theme.current().bad}")


def test_the_counter_asks_for_the_minimum_jsonwa_needs(qtbot: QtBot, editor: MessageEditor) -> None:
    limits = JsonWaProvider.info.limits
    editor.set_limits(limits.max_text, limits.min_text)
    type_text(qtbot, editor, "Halo")
    assert editor.counter.state == "short"
    assert editor.counter.text() == "4 / 480 — 6 more needed (at least 10)"
    type_text(qtbot, editor, " semua!")
    assert editor.counter.state == "ok"


def test_pasted_emoji_count_as_the_gateway_counts_them(qtbot: QtBot, editor: MessageEditor) -> None:
    """👍🏽 is two characters for the gateway (Qt's own count says four); the check before sending agrees."""
    wablas = WablasProvider.info
    editor.set_limits(wablas.limits.max_text)
    paste(editor, "Halo 👍🏽🇮🇩🎉")
    assert editor.text() == "Halo 👍🏽🇮🇩🎉"
    assert editor.length() == 10
    assert editor.edit.document().characterCount() - 1 == 15  # UTF-16 units: what must not be shown
    assert editor.counter.text() in ("10 / 1,024", "10 / 1024")
    at_limit = "👍" * wablas.limits.max_text
    editor.set_text(at_limit)
    assert editor.counter.state == "near"
    over = at_limit + "👍"
    editor.set_text(over)
    assert editor.counter.state == "over"
    messages_for(wablas, [Recipient("6281234567890")], Draft(text=at_limit))  # the check before sending agrees
    with pytest.raises(ValidationError, match="1,025 characters"):
        messages_for(wablas, [Recipient("6281234567890")], Draft(text=over))


def test_tab_leaves_the_editor(qtbot: QtBot, editor: MessageEditor) -> None:
    type_text(qtbot, editor, "Halo")
    editor.edit.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(editor.edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not editor.edit
    assert editor.text() == "Halo"


def test_the_emoji_hint_names_each_systems_picker() -> None:
    assert emoji_hint("win32")[0] == "Emoji: Win + ."
    assert emoji_hint("darwin")[0] == "Emoji: Control + Command + Space"
    assert emoji_hint("linux")[0] == "Emoji: Super + ."
    assert "paste" in emoji_hint("linux")[1].lower()
    assert emoji_hint("sunos5") == ("", "")


def test_the_formats_follow_a_switch_to_dark(
    qtbot: QtBot, watcher: ThemeWatcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = MessageEditor()
    qtbot.addWidget(editor)
    editor.set_text("*tebal*")
    assert formats(editor)["*"].foreground().color().name() == LIGHT.muted
    monkeypatch.setenv("WADESK_THEME", "dark")
    watcher.apply()
    QApplication.processEvents()
    assert formats(editor)["*"].foreground().color().name() == DARK.muted


def test_one_undo_takes_a_wrap_back(qtbot: QtBot, editor: MessageEditor) -> None:
    editor.set_text("satu\ndua")
    editor.edit.selectAll()
    QTest.keyClick(editor.edit, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert editor.text() == "*satu*\n*dua*"
    QTest.keyClick(editor.edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.text() == "satu\ndua"


def test_a_selection_between_two_bold_words_is_wrapped_not_unwrapped(qtbot: QtBot, editor: MessageEditor) -> None:
    """The markers around the selection belong to other words: they are not the selection's to take away."""
    editor.set_text("*a* b *c*")
    cursor = editor.edit.textCursor()
    cursor.setPosition(3)
    cursor.setPosition(6, QTextCursor.MoveMode.KeepAnchor)  # " b "
    editor.edit.setTextCursor(cursor)
    editor.apply(Style.BOLD)
    assert editor.text() == "*a* *b* *c*"


def test_several_formatted_lines_are_unformatted_together(qtbot: QtBot, editor: MessageEditor) -> None:
    editor.set_text("satu\n\ndua")
    editor.edit.selectAll()
    editor.apply(Style.STRIKE)
    assert editor.text() == "~satu~\n\n~dua~"
    editor.apply(Style.STRIKE)
    assert editor.text() == "satu\n\ndua"
