"""The account form as a keyboard user, a shop owner and a small screen meet it.

Tab in reading order, a failed test that is not saved silently, fields checked as they are typed and
messages beside them, a layout that holds when banners appear, plain words with the gateway's own as a
detail.
"""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.support import window_checks as checks
from tests.support.ui import add_sim_account, run
from wadesk.app import App
from wadesk.providers.registry import provider_ids
from wadesk.simulator import SimulatorServer
from wadesk.ui.context import UiContext
from wadesk.ui.dialogs.accounts import AccountDialog

pytestmark = pytest.mark.usefixtures("watcher")  # the application's look, focus rings included


def open_dialog(qtbot: QtBot, ctx: UiContext, provider: str = "wablas") -> AccountDialog:
    dialog = AccountDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.provider_combo.setCurrentIndex(dialog.provider_combo.findData(provider))
    return dialog


def fill(qtbot: QtBot, dialog: AccountDialog, sim: SimulatorServer, name: str = "Toko") -> None:
    provider = dialog.provider_id
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, name)
    dialog.base_url_edit.setText(sim.base_url(provider))
    for key, value in {**sim.settings(provider), **sim.credentials(provider)}.items():
        dialog.field(key).setText(value)


def button(dialog: QDialog, text: str) -> QPushButton:
    return next(b for b in dialog.findChildren(QPushButton) if b.text() == text)


def asked(dialog: QDialog) -> QMessageBox | None:
    """The question the dialog put, if it put one."""
    return next((box for box in dialog.findChildren(QMessageBox) if box.isVisible()), None)


def run_test(qtbot: QtBot, dialog: AccountDialog) -> None:
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.spinner.spinning, timeout=10_000)


# -- 1. the keyboard ------------------------------------------------------------------


def test_tab_goes_through_the_form_in_reading_order_then_test_cancel_add(qtbot: QtBot, ctx: UiContext) -> None:
    dialog = open_dialog(qtbot, ctx)
    checks.activate(dialog)
    expected: list[QWidget] = [
        dialog.provider_combo,
        dialog.name_edit,
        dialog.base_url_edit,
        dialog.field("token"),
        dialog.field("secret_key"),
        dialog.field("phone_check_url"),
        dialog.field("time_zone"),
        dialog.flag("allow_http"),
        dialog.test_button,
        button(dialog, "Cancel"),
        dialog.save_button,
    ]
    dialog.provider_combo.setFocus(Qt.FocusReason.TabFocusReason)
    seen = [dialog.focusWidget()]
    for _ in expected[1:]:
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        seen.append(dialog.focusWidget())
    assert [checks.describe(w) for w in seen] == [checks.describe(w) for w in expected]


def test_every_control_of_the_form_shows_it_has_the_focus(qtbot: QtBot, ctx: UiContext) -> None:
    """The drop-down, the check box and the "Add account" button drew nothing different when focused."""
    dialog = open_dialog(qtbot, ctx)
    checks.activate(dialog)
    for widget in [dialog.provider_combo, dialog.flag("allow_http"), dialog.save_button, dialog.test_button]:
        assert checks.focus_indicator_problem(widget) is None


def test_a_field_with_a_message_still_shows_it_has_the_focus(qtbot: QtBot, ctx: UiContext) -> None:
    dialog = open_dialog(qtbot, ctx)
    checks.activate(dialog)
    qtbot.keyClicks(dialog.name_edit, "Toko <Jaya>")
    assert dialog.error("name")
    assert checks.focus_indicator_problem(dialog.name_edit) is None


def test_space_on_a_focused_button_does_what_that_button_says(
    qtbot: QtBot, ctx: UiContext, sim: SimulatorServer
) -> None:
    dialog = open_dialog(qtbot, ctx)
    checks.activate(dialog)
    fill(qtbot, dialog, sim)
    dialog.test_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(dialog.test_button, Qt.Key.Key_Space)
    assert dialog.spinner.spinning  # it tests...
    qtbot.waitUntil(lambda: not dialog.spinner.spinning, timeout=10_000)
    assert dialog.isVisible() and ctx.accounts.list() == []  # ...and saves nothing
    cancel = button(dialog, "Cancel")
    cancel.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(cancel, Qt.Key.Key_Space)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    assert ctx.accounts.list() == []


# -- 2. a failed test is not saved silently -------------------------------------------


def test_saving_after_a_failed_test_says_so_and_asks_with_no_as_the_default(
    qtbot: QtBot, ctx: UiContext, sim: SimulatorServer
) -> None:
    dialog = open_dialog(qtbot, ctx)
    fill(qtbot, dialog, sim)
    dialog.field("token").setText("revoked-token")
    run_test(qtbot, dialog)
    assert dialog.feedback.tone == "error"

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    box = asked(dialog)
    assert box is not None, "saved without a word"
    assert box.windowTitle() == "Save anyway?"
    assert "The test of these settings just failed." in box.text()
    assert "Wablas refused the token or key" in box.informativeText()
    default = box.defaultButton()
    assert default is not None and box.buttonRole(default) == QMessageBox.ButtonRole.RejectRole
    qtbot.keyClick(box, Qt.Key.Key_Return)  # the default: do not save
    assert not box.isVisible()
    assert ctx.accounts.list() == [] and dialog.isVisible()

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    box = asked(dialog)
    assert box is not None
    save_anyway = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    assert save_anyway.text() == "Save anyway"
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        save_anyway.click()
    assert [a.name for a in ctx.accounts.list()] == ["Toko"]


def test_saving_after_a_passed_test_or_without_one_just_saves(
    qtbot: QtBot, ctx: UiContext, sim: SimulatorServer
) -> None:
    dialog = open_dialog(qtbot, ctx)
    fill(qtbot, dialog, sim, "Toko Satu")
    run_test(qtbot, dialog)
    assert dialog.feedback.tone == "ok"
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert asked(dialog) is None

    untested = open_dialog(qtbot, ctx)
    fill(qtbot, untested, sim, "Toko Dua")
    with qtbot.waitSignal(untested.saved, timeout=10_000):
        qtbot.mouseClick(untested.save_button, Qt.MouseButton.LeftButton)
    assert asked(untested) is None


def test_a_failed_test_no_longer_counts_once_the_settings_change(
    qtbot: QtBot, ctx: UiContext, sim: SimulatorServer
) -> None:
    dialog = open_dialog(qtbot, ctx)
    fill(qtbot, dialog, sim)
    good = dialog.field("token").text()
    dialog.field("token").setText("revoked-token")
    run_test(qtbot, dialog)
    assert dialog.feedback.tone == "error"
    dialog.field("token").clear()
    qtbot.keyClicks(dialog.field("token"), good)  # the person corrects the token
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert asked(dialog) is None


# -- 3. the layout holds --------------------------------------------------------------


def _leaves(dialog: QDialog) -> list[QWidget]:
    """The visible controls and texts of ``dialog``, not the parts of a control (a line edit's eye button)."""
    kinds = (QLabel, QLineEdit, QAbstractButton, QComboBox)
    found = []
    for widget in dialog.findChildren(QWidget):
        if not isinstance(widget, kinds) or not widget.isVisible() or widget.window() is not dialog:
            continue
        parent = widget.parentWidget()
        while parent is not None and parent is not dialog and not isinstance(parent, kinds):
            parent = parent.parentWidget()
        if parent is dialog or parent is None:
            found.append(widget)
    return found


def _shown_rect(widget: QWidget, dialog: QDialog) -> QRect:
    """Where ``widget`` shows in the dialog: its rectangle, cut by the parents it is seen through (a scroll area)."""
    rect = QRect(widget.mapTo(dialog, widget.rect().topLeft()), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not dialog:
        rect = rect.intersected(QRect(parent.mapTo(dialog, parent.rect().topLeft()), parent.size()))
        parent = parent.parentWidget()
    return rect


def layout_problems(dialog: QDialog) -> list[str]:
    """Two controls or texts on top of each other, or a text larger than its place."""
    QCoreApplication.sendPostedEvents()  # the layout's pending work, as the event loop would do it
    QApplication.processEvents()
    problems = []
    leaves = _leaves(dialog)
    rects = {id(w): _shown_rect(w, dialog) for w in leaves}
    for first, second in itertools.combinations(leaves, 2):
        if rects[id(first)].intersects(rects[id(second)]):
            problems.append(f"{checks.describe(first)} overlaps {checks.describe(second)}")
    for label in (w for w in leaves if isinstance(w, QLabel) and w.text()):
        metrics = QFontMetrics(label.font())
        if label.wordWrap():
            needed = label.heightForWidth(label.contentsRect().width())
            if needed > label.contentsRect().height() + 1:
                problems.append(f"{checks.describe(label)} needs {needed} px of height, has {label.height()}")
        elif metrics.horizontalAdvance(label.text()) > label.contentsRect().width() + 1:
            problems.append(f"{checks.describe(label)} is wider than its place")
    return problems


@pytest.mark.parametrize("provider", provider_ids())
def test_no_field_overlaps_another_when_messages_and_banners_appear(
    qtbot: QtBot, ctx: UiContext, sim: SimulatorServer, provider: str
) -> None:
    dialog = open_dialog(qtbot, ctx, provider)
    assert layout_problems(dialog) == [], "empty form"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # every required field says so
    assert layout_problems(dialog) == [], "messages beneath the fields"
    fill(qtbot, dialog, sim)
    secret = dialog.info.settings.secret_fields[0].name
    dialog.field(secret).setText("revoked-key")
    run_test(qtbot, dialog)
    assert dialog.feedback.isVisible()
    assert layout_problems(dialog) == [], "test-result banner"
    if dialog.details.isVisible():
        qtbot.mouseClick(dialog.details.button, Qt.MouseButton.LeftButton)
        assert layout_problems(dialog) == [], "the gateway's words opened"
    dialog.resize(dialog.width(), dialog.minimumSizeHint().height())  # as small as the dialog lets itself be
    assert layout_problems(dialog) == [], "smallest"


# -- 4. fields checked as they are typed ----------------------------------------------


def test_an_empty_form_says_what_is_missing_and_puts_the_cursor_in_the_name(qtbot: QtBot, ctx: UiContext) -> None:
    dialog = open_dialog(qtbot, ctx)
    checks.activate(dialog)
    dialog.save_button.setFocus()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error("name") == "Give the account a name"
    assert dialog.error("token") == "Required" and dialog.error("secret_key") == "Required"
    assert dialog.focusWidget() is dialog.name_edit
    assert not dialog.field("token").hasSelectedText()
    assert dialog.feedback.isHidden()  # said beside each field, not in a banner
    assert ctx.accounts.list() == []


def test_a_wrong_character_is_said_as_it_is_typed_beside_the_name(qtbot: QtBot, ctx: UiContext) -> None:
    dialog = open_dialog(qtbot, ctx)
    qtbot.keyClicks(dialog.name_edit, "Toko <Jaya>")
    assert dialog.error("name").startswith("“<” cannot be in a name")
    assert dialog.name_edit.property("invalid") is True
    for _ in range(len(" <Jaya>")):
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Backspace)
    assert dialog.error("name") == "" and not dialog.name_edit.property("invalid")


def test_an_address_is_checked_as_it_is_typed(qtbot: QtBot, ctx: UiContext) -> None:
    dialog = open_dialog(qtbot, ctx)
    qtbot.keyClicks(dialog.base_url_edit, "wablas.com")
    assert dialog.error("base_url") == "Give a web address that starts with https://"
    dialog.base_url_edit.clear()
    qtbot.keyClicks(dialog.base_url_edit, "https://wablas.com/api")
    assert dialog.error("base_url") == ""


def test_a_shop_name_with_an_ampersand_is_saved_as_it_is(qtbot: QtBot, ctx: UiContext, sim: SimulatorServer) -> None:
    dialog = open_dialog(qtbot, ctx)
    fill(qtbot, dialog, sim, "Toko Maju & Jaya")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert [a.name for a in ctx.accounts.list()] == ["Toko Maju & Jaya"]
    assert dialog.error("name") == ""


def test_a_name_longer_than_the_limit_is_refused_with_a_word_never_cut(
    qtbot: QtBot, ctx: UiContext, sim: SimulatorServer
) -> None:
    dialog = open_dialog(qtbot, ctx)
    fill(qtbot, dialog, sim, "Toko " + "Berkah " * 12 + "Jaya")
    name = dialog.name_edit.text()
    assert len(name) == 93  # all of it is still there
    assert dialog.error("name") == "Too long: a name has at most 64 characters, this one has 93"
    dialog.field("token").setFocus()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.focusWidget() is dialog.name_edit and dialog.isVisible()
    assert ctx.accounts.list() == []


def test_a_name_already_taken_is_said_as_it_is_typed(
    qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer
) -> None:
    run(qtbot, add_sim_account(app, sim, "wablas", "Toko"))
    dialog = open_dialog(qtbot, ctx)
    qtbot.keyClicks(dialog.name_edit, "Toko")
    assert dialog.error("name") == "There is already an account with this name"


def test_the_edit_dialog_shows_the_name_as_text_not_as_a_box_with_the_focus(
    qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer
) -> None:
    account = run(qtbot, add_sim_account(app, sim, "wablas", "Toko Maju & Jaya"))
    dialog = AccountDialog(ctx, account)
    qtbot.addWidget(dialog)
    dialog.show()
    checks.activate(dialog)
    assert dialog.name_label.isVisible() and dialog.name_label.text() == "Toko Maju & Jaya"
    assert dialog.name_label.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert not dialog.name_edit.isVisible()
    assert dialog.focusWidget() is dialog.base_url_edit


# -- 6. plain words -------------------------------------------------------------------


def test_the_chatbot_form_speaks_plainly(qtbot: QtBot, ctx: UiContext) -> None:
    """The Chatbot's description said "give it with --base-url", its callback "POSTs {msgid, ack}"."""
    dialog = open_dialog(qtbot, ctx, "chatbot")
    checks.wording_check(dialog)


def test_a_gateway_that_cannot_be_asked_is_not_called_a_failed_test(
    qtbot: QtBot, ctx: UiContext, sim: SimulatorServer
) -> None:
    dialog = open_dialog(qtbot, ctx, "wasender")
    fill(qtbot, dialog, sim)
    run_test(qtbot, dialog)
    assert dialog.feedback.tone == "info"
    assert dialog.feedback.text.startswith("Wasender has no way to check the settings without sending a message")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert asked(dialog) is None


def test_a_balance_is_the_gateways_words_kept_as_a_detail(qtbot: QtBot, ctx: UiContext, sim: SimulatorServer) -> None:
    """The JSON WhatsApp API answers with its balance: raw figures, ISO dates and UTC times."""
    dialog = open_dialog(qtbot, ctx, "jsonwa")
    fill(qtbot, dialog, sim)
    run_test(qtbot, dialog)
    assert dialog.feedback.tone == "ok" and dialog.feedback.text == "The gateway accepted the settings."
    assert dialog.details.isVisible() and dialog.details.text.startswith("The gateway said: “")
    checks.wording_check(dialog)


def test_a_time_zone_is_offered_as_it_is_typed_and_one_that_does_not_exist_is_said_beside_it(
    qtbot: QtBot, ctx: UiContext
) -> None:
    dialog = open_dialog(qtbot, ctx)
    field = dialog.field("time_zone")
    completer = field.completer()
    assert completer is not None
    completer.setCompletionPrefix("makas")
    assert completer.currentCompletion() == "Asia/Makassar"
    for typed in ("Asia/Jakrta", "Asia/Makassar"):  # as typed (a key click would open the completer's popup)
        field.setText(typed)
        field.textEdited.emit(typed)
        if typed == "Asia/Jakrta":
            assert dialog.error("time_zone") == (
                "'Asia/Jakrta' is not a time zone (use a name like Asia/Jakarta, or +07:00)"
            )
    assert dialog.error("time_zone") == ""
