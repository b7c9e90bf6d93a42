"""Saved messages, driven as a person would: save what is written, find one, load, rename and delete it.

Real widgets over a real wadesk home (SQLite in tmp_path); keyboard first.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from tests.support import window_checks as checks
from wadesk.app import App
from wadesk.domain.models import MessageKind, PollContent
from wadesk.services.compose import Draft, media_ref
from wadesk.services.drafts import ComposerDraft, TemplateInfo
from wadesk.ui.composer.templates import SEARCH_FROM, NameDialog, SavedMessagesButton, SavedMessagesDialog

pytestmark = pytest.mark.usefixtures("watcher")  # the application's look: focus rings, fonts, paddings

PROMO = ComposerDraft(
    draft=Draft(text="*Promo akhir tahun!*\nDiskon 20% untuk semua sepatu"),
    numbers_text="0812-3456-7890",
    pace="safe",
)


def open_dialog(qtbot: QtBot, app: App, current: ComposerDraft = PROMO) -> SavedMessagesDialog:
    dialog = SavedMessagesDialog(app.drafts, lambda: current)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    checks.activate(dialog)
    return dialog


def name_dialog(qtbot: QtBot, dialog: SavedMessagesDialog) -> NameDialog:
    qtbot.waitUntil(lambda: dialog.name_dialog is not None and dialog.name_dialog.isVisible(), timeout=5000)
    assert dialog.name_dialog is not None
    return dialog.name_dialog


def confirm_box(qtbot: QtBot, dialog: SavedMessagesDialog) -> QMessageBox:
    qtbot.waitUntil(lambda: dialog.confirm_box is not None and dialog.confirm_box.isVisible(), timeout=5000)
    assert dialog.confirm_box is not None
    return dialog.confirm_box


def answer(box: QMessageBox, text: str) -> None:
    [button] = [b for b in box.buttons() if b.text() == text]
    assert isinstance(button, QPushButton)
    button.click()


def type_name(qtbot: QtBot, dialog: SavedMessagesDialog, name: str) -> NameDialog:
    asked = name_dialog(qtbot, dialog)
    asked.name_edit.clear()
    qtbot.keyClicks(asked.name_edit, name)
    qtbot.keyClick(asked.name_edit, Qt.Key.Key_Return)
    return asked


def all_checks(qtbot: QtBot, dialog: SavedMessagesDialog | NameDialog) -> None:
    checks.activate(dialog)
    checks.fit_check(dialog)
    checks.keyboard_walk(dialog)
    checks.wording_check(dialog)


def test_save_the_message_being_written_then_load_it(qtbot: QtBot, app: App) -> None:
    dialog = open_dialog(qtbot, app)
    assert dialog.empty.isVisible() and not dialog.view.isVisible()
    assert not dialog.load_button.isEnabled()
    all_checks(qtbot, dialog)  # the empty state

    saved: list[TemplateInfo] = []
    dialog.saved.connect(saved.append)
    dialog.save_button.click()
    asked = name_dialog(qtbot, dialog)
    all_checks(qtbot, asked)
    qtbot.keyClick(asked.name_edit, Qt.Key.Key_Return)  # no name yet: said, and nothing saved
    assert asked.isVisible() and asked.feedback.text == "Give the saved message a name."
    type_name(qtbot, dialog, "  Promo   akhir tahun ")
    qtbot.waitUntil(lambda: dialog.names() == ["Promo akhir tahun"], timeout=5000)
    assert [s.name for s in saved] == ["Promo akhir tahun"]
    item = dialog.view.topLevelItem(0)
    assert item is not None
    assert [item.text(c) for c in range(3)] == ["Promo akhir tahun", "Text", "*Promo akhir tahun!*"]
    assert item.text(3) == "Just now"
    assert dialog.notice.text == "Saved as “Promo akhir tahun”."

    chosen: list[ComposerDraft] = []
    dialog.chosen.connect(chosen.append)
    dialog.view.setFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)  # Enter loads the one selected
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert chosen == [ComposerDraft(draft=PROMO.draft)]  # once; the message only, not the recipients


def test_a_name_in_use_asks_before_replacing(qtbot: QtBot, app: App) -> None:
    app.drafts.save_template("Promo", Draft(text="Lama"))
    dialog = open_dialog(qtbot, app)
    dialog.save_button.click()
    type_name(qtbot, dialog, "PROMO")
    box = confirm_box(qtbot, dialog)
    assert box.text() == "A saved message named “Promo” exists already. Replace it with this message?"
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    checks.wording_check(box)
    answer(box, "Cancel")  # then another name is asked, the one typed kept to change
    asked = name_dialog(qtbot, dialog)
    assert asked.name_edit.text() == "PROMO"
    assert app.drafts.load_template("Promo").draft == Draft(text="Lama")
    qtbot.keyClick(asked.name_edit, Qt.Key.Key_Return)
    answer(confirm_box(qtbot, dialog), "Replace")
    qtbot.waitUntil(lambda: dialog.names() == ["PROMO"], timeout=5000)
    assert app.drafts.load_template("Promo").draft == PROMO.draft


def test_rename_and_delete_from_the_keyboard(qtbot: QtBot, app: App) -> None:
    app.drafts.save_template("Arisan", Draft(kind=MessageKind.POLL, content=PollContent("Kapan?", ("Sabtu", "Minggu"))))
    app.drafts.save_template("Promo", Draft(text="Halo"))
    dialog = open_dialog(qtbot, app)
    assert dialog.names() == ["Arisan", "Promo"]
    dialog.view.setFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Down)
    assert dialog.selected_name() == "Promo"

    qtbot.keyClick(dialog.view, Qt.Key.Key_F2)
    asked = name_dialog(qtbot, dialog)
    assert asked.name_edit.text() == "Promo" and asked.ok_button.text() == "Rename"
    type_name(qtbot, dialog, "arisan")
    assert asked.isVisible()
    assert asked.feedback.text == "A saved message named “Arisan” exists already; choose another name."
    type_name(qtbot, dialog, "Promo Desember")
    qtbot.waitUntil(lambda: dialog.names() == ["Arisan", "Promo Desember"], timeout=5000)
    assert dialog.selected_name() == "Promo Desember"

    dialog.view.setFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Delete)
    box = confirm_box(qtbot, dialog)
    assert box.text() == "Delete the saved message “Promo Desember”?"
    answer(box, "Cancel")
    qtbot.waitUntil(lambda: dialog.confirm_box is None, timeout=5000)
    assert dialog.names() == ["Arisan", "Promo Desember"]
    dialog.delete_button.click()
    answer(confirm_box(qtbot, dialog), "Delete")
    qtbot.waitUntil(lambda: dialog.names() == ["Arisan"], timeout=5000)
    assert [t.name for t in app.drafts.templates()] == ["Arisan"]
    assert dialog.view.topLevelItem(0) is not None and dialog.view.topLevelItem(0).text(1) == "Poll"  # type: ignore[union-attr]


def test_many_saved_messages_can_be_searched(qtbot: QtBot, app: App) -> None:
    for number in range(SEARCH_FROM + 2):
        app.drafts.save_template(f"Pengingat {number:02}", Draft(text=f"Halo, jadwal kontrol ke-{number}"))
    app.drafts.save_template("Promo sepatu", Draft(text="Diskon sepatu 20%"))
    dialog = open_dialog(qtbot, app)
    assert dialog.search.isVisible()
    all_checks(qtbot, dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert dialog.search.hasFocus()
    qtbot.keyClicks(dialog.search, "SEPATU")
    assert dialog.shown_names() == ["Promo sepatu"] and dialog.selected_name() == "Promo sepatu"
    qtbot.keyClicks(dialog.search, " merah")
    assert dialog.shown_names() == [] and not dialog.load_button.isEnabled()


def test_a_saved_message_whose_file_is_gone_loads_with_a_note(qtbot: QtBot, app: App, tmp_path: Path) -> None:
    photo = tmp_path / "sepatu.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + b"0" * 500)
    app.drafts.save_template("Sepatu", Draft(kind=MessageKind.IMAGE, media=media_ref(str(photo)), caption="Baru!"))
    photo.unlink()
    dialog = open_dialog(qtbot, app)
    chosen: list[ComposerDraft] = []
    dialog.chosen.connect(chosen.append)
    dialog.load_button.click()
    [loaded] = chosen
    assert loaded.draft == Draft(kind=MessageKind.IMAGE, caption="Baru!")
    assert loaded.notes == (f"The file sepatu.jpg is no longer at {tmp_path}; the draft was loaded without it.",)


def test_the_button_menu_saves_without_opening_the_list(qtbot: QtBot, app: App) -> None:
    button = SavedMessagesButton(app.drafts, lambda: PROMO)
    qtbot.addWidget(button)
    button.show()
    saved: list[TemplateInfo] = []
    chosen: list[ComposerDraft] = []
    button.saved.connect(saved.append)
    button.chosen.connect(chosen.append)
    assert [a.text() for a in button.menu().actions()] == ["Save as saved message…", "Saved messages…"]
    button.save_action.trigger()
    assert not button.dialog.isVisible()
    type_name(qtbot, button.dialog, "Promo")
    qtbot.waitUntil(lambda: len(saved) == 1, timeout=5000)
    button.open_action.trigger()
    qtbot.waitUntil(button.dialog.isVisible, timeout=5000)
    assert button.dialog.names() == ["Promo"]
    button.dialog.load_button.click()
    assert chosen == [ComposerDraft(draft=PROMO.draft)]
    button.shutdown()
