"""Qt's own words (standard buttons, the text fields' menu) speak Indonesian with the id translation.

Qt ships no Indonesian catalogue of its own; ``resources/translations/id/qt.ts``
holds them and is joined into ``wadesk_id.qm``.  The test builds the .qm from
the .ts files as they are now (the committed .qm may be older), then applies
the language the way the window does.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from wadesk.ui import i18n


def _words(texts: list[str]) -> list[str]:
    return [text.replace("&", "").split("\t")[0] for text in texts]


def test_a_question_box_asks_ya_or_tidak(qtbot: QtBot, indonesian: None) -> None:
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    box = QMessageBox(QMessageBox.Icon.Question, "wadesk", "Hapus?", buttons)
    qtbot.addWidget(box)
    yes, no = box.button(QMessageBox.StandardButton.Yes), box.button(QMessageBox.StandardButton.No)
    assert yes is not None and no is not None
    assert _words([yes.text(), no.text()]) == ["Ya", "Tidak"]


def test_a_text_fields_menu_speaks_indonesian(qtbot: QtBot, indonesian: None) -> None:
    edit = QLineEdit("Toko Maju")
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    assert menu is not None
    words = _words([action.text() for action in menu.actions() if not action.isSeparator()])
    menu.deleteLater()
    for word in ("Urungkan", "Ulangi", "Potong", "Salin", "Tempel", "Hapus", "Pilih semua"):
        assert word in words
    assert "Copy" not in words and "Paste" not in words


def test_english_again_after_the_switch_back(qtbot: QtBot, indonesian: None) -> None:
    i18n.apply("en")
    box = QMessageBox(QMessageBox.Icon.Question, "wadesk", "?", QMessageBox.StandardButton.Yes)
    qtbot.addWidget(box)
    yes = box.button(QMessageBox.StandardButton.Yes)
    assert yes is not None and yes.text().replace("&", "") == "Yes"
