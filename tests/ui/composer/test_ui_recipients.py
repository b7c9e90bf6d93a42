"""The Composer's recipients picker driven as a user: paste, search, groups, a file, the count, a real plan."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QWidget
from pytestqt.qtbot import QtBot

from tests.support import window_checks as checks
from tests.support.ui import add_sim_account, run
from wadesk.app import App
from wadesk.domain.models import Contact, Group, MessageKind
from wadesk.services.compose import Draft
from wadesk.services.contacts import ContactService
from wadesk.services.sending import SendRequest
from wadesk.simulator import SimulatorServer
from wadesk.ui.composer import RecipientsPicker
from wadesk.ui.composer.recipients_file import RecipientsFileDialog
from wadesk.ui.context import UiContext
from wadesk.ui.theme import ThemeWatcher

COLUMN = 360  # the Composer's side column


def host(qtbot: QtBot, ctx: UiContext) -> tuple[QWidget, RecipientsPicker]:
    """The picker in a 1024×640 window, in a side column as the Composer places it."""
    window = QWidget()
    qtbot.addWidget(window)
    picker = RecipientsPicker(ctx, ContactService(ctx.store, ctx.accounts, ctx.events))
    picker.setFixedWidth(COLUMN)
    row = QHBoxLayout(window)
    row.addWidget(QLabel("The message"), 1)
    row.addWidget(picker)
    window.resize(1024, 640)
    window.show()
    qtbot.waitExposed(window)
    return window, picker


@pytest.fixture
def picker(qtbot: QtBot, ctx: UiContext) -> Iterator[RecipientsPicker]:
    _, shown = host(qtbot, ctx)
    yield shown
    shown.shutdown()


def counted(qtbot: QtBot, picker: RecipientsPicker, words: str) -> None:
    qtbot.waitUntil(lambda: words in picker.count_text(), timeout=5000)


def add_contacts(qtbot: QtBot, app: App, *people: tuple[str, str]) -> list[Contact]:
    return [run(qtbot, app.contacts.add_contact(number, name)) for number, name in people]


def test_a_pasted_mixed_list_is_read_the_invalid_one_named_the_duplicate_merged(
    qtbot: QtBot, picker: RecipientsPicker
) -> None:
    QGuiApplication.clipboard().setText(
        "0812-3456-7890\r\n+62 813 1111 2222\r\n6285712345678\r\nabc123\r\n081234567890\r\n"
    )
    picker.tabs.select(0)
    picker.numbers_box.setFocus()
    qtbot.keyClick(picker.numbers_box, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(picker.numbers_box, Qt.Key.Key_Return)

    counted(qtbot, picker, "3 recipients")
    assert picker.count_text() == "3 recipients · 1 duplicate merged · 1 number cannot be read"
    assert "abc123 — not a phone number" in picker.chosen_texts()
    assert picker.count() == 3
    assert picker.choice().numbers == ("+6281234567890", "+6281311112222", "+6285712345678")
    assert picker.choice().unusable == ("abc123 — not a phone number",)

    picker.numbers_box.setPlainText("0811 2222 3333, 0819-4444-5555; +62 857 1234 5678 0812 9999 8888")
    picker.add_numbers_button.click()
    counted(qtbot, picker, "6 recipients")
    assert "2 duplicates merged" in picker.count_text()

    picker.chosen.setFocus()
    picker.chosen.setCurrentIndex(picker.chosen_model.index(picker.chosen_texts().index("abc123 — not a phone number")))
    qtbot.keyClick(picker.chosen, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: picker.count_text() == "6 recipients · 2 duplicates merged")


def test_contacts_are_found_as_you_type_and_added_with_enter_or_a_double_click(
    qtbot: QtBot, app: App, picker: RecipientsPicker
) -> None:
    add_contacts(
        qtbot, app, ("081234567890", "Siti Rahayu"), ("081311112222", "Sitompul Jaya"), ("085712345678", "Budi Santoso")
    )
    picker.tabs.select(1)
    qtbot.keyClicks(picker.search, "siti")
    qtbot.waitUntil(lambda: picker.results.item(0).text() == "Siti Rahayu · +62 812-3456-7890", timeout=5000)
    assert picker.results.count() == 1
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    counted(qtbot, picker, "1 recipient")

    picker.search.clear()
    qtbot.keyClicks(picker.search, "0813")
    qtbot.waitUntil(lambda: picker.results.count() == 1 and "Sitompul" in picker.results.item(0).text(), timeout=5000)
    rect = picker.results.visualItemRect(picker.results.item(0))
    qtbot.mouseClick(picker.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(picker.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    counted(qtbot, picker, "2 recipients")
    assert picker.chosen_texts() == ["Siti Rahayu · +62 812-3456-7890", "Sitompul Jaya · +62 813-1111-2222"]
    assert [c.name for c in picker.choice().contacts] == ["Siti Rahayu", "Sitompul Jaya"]


def test_a_local_group_shows_its_member_count_and_an_opted_out_contact_is_counted_as_left_out(
    qtbot: QtBot, app: App, picker: RecipientsPicker
) -> None:
    people = add_contacts(
        qtbot, app, ("081234567890", "Siti Rahayu"), ("081311112222", "Budi Santoso"), ("085712345678", "Dewi Lestari")
    )
    run(qtbot, app.contacts.create_tag("Pelanggan VIP"))
    run(qtbot, app.contacts.tag_contacts("Pelanggan VIP", [p.id for p in people if p.id is not None]))
    run(qtbot, app.contacts.opt_out(["0857-1234-5678"]))  # Dewi asked not to be messaged
    picker.on_changes([])  # nothing for it
    picker.reload_groups()
    picker.tabs.select(2)
    words = "Pelanggan VIP · 3 people, 1 asked not to be messaged"
    qtbot.waitUntil(lambda: any(picker.group_list.item(r).text() == words for r in range(picker.group_list.count())))
    picker.group_list.setFocus()
    qtbot.keyClick(picker.group_list, Qt.Key.Key_Return)
    counted(qtbot, picker, "2 recipients · 1 left out: asked not to be messaged")
    assert picker.choice().tags == ("Pelanggan VIP",)

    picker.clear()
    picker.tabs.select(1)
    qtbot.keyClicks(picker.search, "Dewi")
    qtbot.waitUntil(lambda: picker.results.count() == 1 and "Dewi" in picker.results.item(0).text())
    assert picker.results.item(0).text().endswith("asked not to be messaged")
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    counted(qtbot, picker, "0 recipients · 1 left out: asked not to be messaged")


def test_whatsapp_groups_are_offered_only_where_the_devices_can_send_to_groups(
    qtbot: QtBot, app: App, sim: SimulatorServer, picker: RecipientsPicker
) -> None:
    account = run(qtbot, add_sim_account(app, sim, "wablas"))
    app.store.groups.upsert_many(account.id, [Group("120363025246125486@g.us", "Arisan RT 05")])
    picker.reload_groups()
    picker.tabs.select(2)
    qtbot.wait(50)
    texts = lambda: [picker.group_list.item(r).text() for r in range(picker.group_list.count())]  # noqa: E731
    qtbot.waitUntil(lambda: texts() == ["No groups yet: tag contacts in Contacts to make one."])
    picker.set_enabled_sources(True)
    assert texts() == ["WhatsApp groups", "Arisan RT 05"]
    picker.group_list.setCurrentRow(1)
    qtbot.keyClick(picker.group_list, Qt.Key.Key_Return)
    counted(qtbot, picker, "1 recipient")
    assert picker.choice().groups == ("120363025246125486@g.us",)
    picker.set_enabled_sources(False)
    assert picker.choice().groups == ()
    assert picker.chosen_texts() == ["Arisan RT 05 · WhatsApp group · not sent: the device cannot send to groups"]


CSV = (
    "Nama,Nomor HP,Kota,Produk,Catatan\n"
    "Siti Rahayu,0812-3456-7890,Bandung,Kerudung,\n"
    "Budi Santoso,+62 813 1111 2222,Surabaya,Batik,langganan\n"
    "Rina,nomor salah,Medan,Batik,\n"
    "Dewi Lestari,0857 1234 5678,Solo,Kain,\n"
)


def open_mapping(qtbot: QtBot, picker: RecipientsPicker, path: Path) -> RecipientsFileDialog:
    picker.tabs.select(3)
    picker.open_file(path)
    qtbot.waitUntil(lambda: picker.file_dialog is not None and picker.file_dialog.isVisible(), timeout=5000)
    assert picker.file_dialog is not None
    return picker.file_dialog


def test_a_file_with_the_mapping_step_gives_a_table_with_the_chosen_variables(
    qtbot: QtBot, tmp_path: Path, picker: RecipientsPicker
) -> None:
    path = tmp_path / "pelanggan.csv"
    path.write_text(CSV, encoding="utf-8")
    dialog = open_mapping(qtbot, picker, path)
    assert dialog.preview.item(0, 0).text() == "Siti Rahayu"
    assert dialog.phone_box.currentText() == "Nomor HP (0812-3456-7890)"
    dialog.phone_box.setCurrentIndex(0)  # the user looks at another column first, then picks the numbers
    dialog.phone_box.setCurrentIndex(1)
    dialog.set_variables([0, 2])
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)

    counted(qtbot, picker, "3 recipients · 1 row cannot be used")
    (table,) = picker.choice().tables
    assert table.variable_names == ["Nama", "Kota"] and not table.errors
    assert dict(table.rows[0].variables) == {"Nama": "Siti Rahayu", "Kota": "Bandung"}
    assert picker.variable_names() == ["phone", "Nama", "Kota"]
    assert picker.chosen_texts() == [
        "pelanggan.csv · 3 rows",
        "Row 4: 'nomor salah' is not a phone number",
    ]
    assert picker.choice().unusable == ("pelanggan.csv, Row 4: 'nomor salah' is not a phone number",)


def test_a_file_of_one_usable_row_and_one_bad_row_says_row_not_rows(
    qtbot: QtBot, tmp_path: Path, picker: RecipientsPicker
) -> None:
    path = tmp_path / "satu.csv"
    path.write_text("Nama,Nomor HP\nSiti Rahayu,0812-3456-7890\nRina,nomor salah\n", encoding="utf-8")
    dialog = open_mapping(qtbot, picker, path)
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)

    counted(qtbot, picker, "1 recipient · 1 row cannot be used")
    assert picker.chosen_texts() == ["satu.csv · 1 row", "Row 3: 'nomor salah' is not a phone number"]
    tip = picker.chosen_model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.endswith("\n1 row cannot be used, listed below"), tip


def test_the_choice_feeds_a_real_plan_with_the_expected_recipients(
    qtbot: QtBot, app: App, sim: SimulatorServer, tmp_path: Path, picker: RecipientsPicker
) -> None:
    account = run(qtbot, add_sim_account(app, sim, "wablas"))
    people = add_contacts(qtbot, app, ("081234567890", "Siti Rahayu"), ("081311112222", "Budi Santoso"))
    run(qtbot, app.contacts.create_tag("Pelanggan VIP"))
    run(qtbot, app.contacts.tag_contacts("Pelanggan VIP", [p.id for p in people if p.id is not None]))
    run(qtbot, app.contacts.opt_out(["0813-1111-2222"]))
    path = tmp_path / "pelanggan.csv"
    path.write_text(CSV, encoding="utf-8")

    picker.add_numbers("0821 5555 6666\nsalah")
    picker.reload_groups()
    qtbot.waitUntil(lambda: picker.group_list.count() == 2)
    picker.add_tag(picker.group_list.item(1).data(Qt.ItemDataRole.UserRole))
    dialog = open_mapping(qtbot, picker, path)
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    counted(qtbot, picker, "3 recipients · 2 left out")

    request = picker.choice().fill(SendRequest(Draft(MessageKind.TEXT, text="Halo, promo minggu ini"), [account]))
    plan = run(qtbot, app.sending.plan(request))

    assert plan.ok, plan.problems
    # Typed 0821…, Siti from the tag (Budi opted out), Dewi from the file (Siti there again, Budi left out).
    sent_to = [m.message.to.address for m in plan.messages]
    assert sorted(sent_to) == ["6281234567890", "6282155556666", "6285712345678"]
    assert picker.count() == len(plan.messages)
    assert picker.last_count().opted_out == sum(1 for s in plan.skipped if s.reason == "asked not to be messaged")
    assert picker.count_text() == (
        "3 recipients · 2 left out: asked not to be messaged · 1 duplicate merged · "
        "1 number cannot be read · 1 row cannot be used"
    )


def test_the_picker_and_its_file_step_pass_the_window_checks(
    qtbot: QtBot, app: App, ctx: UiContext, tmp_path: Path, watcher: ThemeWatcher
) -> None:
    window, picker = host(qtbot, ctx)
    add_contacts(qtbot, app, ("081234567890", "Siti Rahayu"))
    picker.add_numbers("0812-3456-7890, salah")
    counted(qtbot, picker, "1 recipient")
    for tab in range(picker.tabs.count()):
        picker.tabs.select(tab)
        checks.keyboard_walk(picker)
        checks.fit_check(picker)
        checks.wording_check(picker)

    path = tmp_path / "pelanggan.csv"
    path.write_text(CSV, encoding="utf-8")
    dialog = open_mapping(qtbot, picker, path)
    checks.keyboard_walk(dialog)
    checks.fit_check(dialog)
    checks.wording_check(dialog)
    dialog.reject()
    picker.shutdown()
    window.close()


def test_tab_stops_on_every_source_and_space_shows_it(qtbot: QtBot, picker: RecipientsPicker) -> None:
    checks.activate(picker.window())
    buttons = [item.widget() for item in (picker.tabs.buttons.itemAt(i) for i in range(picker.tabs.count()))]
    buttons[0].setFocus()
    qtbot.waitUntil(buttons[0].hasFocus)
    for index, button in enumerate(buttons[1:], start=1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert button.hasFocus(), f"Tab from source {index - 1} went to {QApplication.focusWidget()!r}"
    qtbot.keyClick(buttons[2], Qt.Key.Key_Space)
    assert picker.tabs.current() == 2
    assert [b.isChecked() for b in buttons] == [False, False, True, False]
    qtbot.keyClick(buttons[2], Qt.Key.Key_Space)  # the shown source stays shown
    assert picker.tabs.current() == 2 and buttons[2].isChecked()
