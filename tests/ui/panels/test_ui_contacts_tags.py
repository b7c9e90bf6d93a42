"""Tags and Do not message in the Contacts panel: a real SQLite file, real widgets, a real send leaving people out."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.cli.test_contacts_tags_cli import add_wablas
from tests.support import window_checks as checks
from tests.support.cli import Cli, start_simulator
from tests.support.ui import run
from tests.ui.panels.test_ui_contacts_panel import add_some, answer, make_panel, select, settle, shown_names
from wadesk.app import App
from wadesk.demo import seed_address_book
from wadesk.domain.models import Contact, MessageKind
from wadesk.services.compose import Draft
from wadesk.services.sending import SendRequest
from wadesk.ui.context import UiContext
from wadesk.ui.dialogs.tags import TagsDialog
from wadesk.ui.panels.contacts import ContactsPanel
from wadesk.ui.theme import ThemeWatcher
from wadesk.ui.widgets.group_filter import Group, Show


def filter_texts(panel: ContactsPanel) -> list[str]:
    combo = panel.groups.filter
    return [combo.itemText(i) for i in range(combo.count()) if combo.itemText(i)]


def choose(panel: ContactsPanel, text: str) -> None:
    """Pick an entry of the filter, as a click in its list does."""
    combo = panel.groups.filter
    index = combo.findText(text)
    assert index >= 0, (text, filter_texts(panel))
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def counts_read(qtbot: QtBot, panel: ContactsPanel, expected: str) -> None:
    """Until the filter shows ``expected`` among its entries (the counts follow the change feed)."""
    panel.bridge.flush()
    qtbot.waitUntil(lambda: expected in filter_texts(panel), timeout=10_000)


def said(qtbot: QtBot, panel: ContactsPanel, words: str) -> None:
    qtbot.waitUntil(lambda: panel.notice.text == words, timeout=10_000)


def tag_menu_entry(panel: ContactsPanel, adding: bool, name: str) -> None:
    panel.groups.fill_tag_menus()
    menu = panel.groups.add_menu if adding else panel.groups.remove_menu
    [action] = [a for a in menu.actions() if a.text() == name]
    action.trigger()


def select_rows(panel: ContactsPanel, top: int, bottom: int) -> None:
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    panel.view.selectionModel().select(QItemSelection(panel.model.index(top, 0), panel.model.index(bottom, 0)), flags)


def confirm_box(qtbot: QtBot, owner: object) -> QMessageBox:
    qtbot.waitUntil(lambda: getattr(owner, "confirm_box", None) is not None, timeout=5000)
    box = getattr(owner, "confirm_box")  # noqa: B009
    assert isinstance(box, QMessageBox)
    return box


def test_a_selection_is_tagged_and_the_filter_shows_the_tag_with_its_count(
    qtbot: QtBot, ctx: UiContext, app: App
) -> None:
    add_some(app)  # Agus, budi, Siti and one without a name
    app.store.tags.create("Grosir")
    panel = make_panel(qtbot, ctx)
    counts_read(qtbot, panel, "Grosir (0)")
    assert filter_texts(panel) == ["All contacts (4)", "Grosir (0)", "Do not message (0)", "Manage tags…"]
    assert panel.groups.filter.isVisible() and panel.groups.tags_button is not None

    select_rows(panel, 0, 1)  # Agus and budi
    assert panel.groups.tags_button is not None
    panel.groups.fill_tag_menus()  # as the Tags button's menu does when it opens
    assert [a.text() for a in panel.groups.tags_menu.actions() if a.isVisible() and not a.isSeparator()] == [
        "Add to tag",
        "Remove from tag",
        "New tag from selection…",
        "Manage tags…",
        "Do not message…",
    ]  # Allow messages again shows when a selected contact asked not to be messaged
    assert [a.text() for a in panel.groups.add_menu.actions()] == ["Grosir"]
    tag_menu_entry(panel, True, "Grosir")
    said(qtbot, panel, "2 contacts added to “Grosir”.")
    counts_read(qtbot, panel, "Grosir (2)")
    assert [r.name for r in app.store.tags.members("Grosir")] == ["budi Santoso", "Agus Setiawan"]

    choose(panel, "Grosir (2)")  # the table shows the tag's members, filtered in SQL
    assert shown_names(qtbot, panel) == ["Agus Setiawan", "budi Santoso"]
    assert panel.query.tag == "Grosir" and panel.count_label.text() == "2 contacts"
    panel.search.setText("budi")  # together with the search
    panel.apply_search()
    assert shown_names(qtbot, panel) == ["budi Santoso"]
    panel.search.setText("siti")
    panel.apply_search()
    assert shown_names(qtbot, panel) == []
    assert panel.stack.currentWidget() is panel.not_found
    assert panel.not_found.body.text() == "No contact with the tag “Grosir” has “siti” in their name or number."
    assert panel.not_found.button is not None and panel.not_found.button.text() == "Show all contacts"
    panel.search.setText("budi")
    panel.apply_search()
    assert shown_names(qtbot, panel) == ["budi Santoso"]

    select(panel, 0)
    tag_menu_entry(panel, True, "Grosir")  # already there: said so, nothing counted twice
    said(qtbot, panel, "“budi Santoso” already has the tag “Grosir”.")
    tag_menu_entry(panel, False, "Grosir")
    said(qtbot, panel, "“budi Santoso” taken out of “Grosir”.")
    counts_read(qtbot, panel, "Grosir (1)")
    assert shown_names(qtbot, panel) == []  # not in the tag any more
    assert panel.not_found.button is not None
    panel.not_found.button.click()  # everyone again, without the search
    assert shown_names(qtbot, panel) == ["Agus Setiawan", "budi Santoso", "Siti Rahmawati", ""]
    assert panel.groups.filter.current == Group(Show.ALL) and panel.search.text() == ""

    # A new tag from the whole table: named in a small window, one statement for everyone shown.
    panel.view.selectAll()
    panel.groups.new_tag_from_selection()
    qtbot.waitUntil(lambda: panel.groups.name_prompt.box is not None, timeout=5000)
    assert panel.groups.name_prompt.box is not None
    assert panel.groups.name_prompt.box.labelText() == "Name of the new tag for the 4 selected:"
    panel.groups.name_prompt.box.setTextValue("  Pelanggan   Lama ")
    panel.groups.name_prompt.box.accept()
    said(qtbot, panel, "Tag “Pelanggan Lama” created with 4 contacts.")
    counts_read(qtbot, panel, "Pelanggan Lama (4)")

    panel.groups.new_tag_from_selection()  # a name another tag has, in any case, is said plainly
    qtbot.waitUntil(lambda: panel.groups.name_prompt.box is not None, timeout=5000)
    assert panel.groups.name_prompt.box is not None
    panel.groups.name_prompt.box.setTextValue("grosir")
    panel.groups.name_prompt.box.accept()
    assert panel.notice.text == "There is already a tag called “Grosir”: choose Tags, Add to tag, “Grosir”."
    assert [t.name for t in app.store.tags.list()] == ["Grosir", "Pelanggan Lama"]
    panel.close()


def test_thousands_of_selected_contacts_are_tagged_in_one_go(qtbot: QtBot, ctx: UiContext, app: App) -> None:
    app.store.contacts.upsert_many([Contact(f"62812{n:08d}", f"Pelanggan {n:05d}") for n in range(5_000)])
    app.store.tags.create("Grosir")
    panel = make_panel(qtbot, ctx)
    counts_read(qtbot, panel, "Grosir (0)")
    select_rows(panel, 10, 3_009)  # 3,000 rows, most of them never read into the table
    assert panel.selected_count() == 3_000
    tag_menu_entry(panel, True, "Grosir")
    said(qtbot, panel, "3,000 contacts added to “Grosir”.")
    counts_read(qtbot, panel, "Grosir (3,000)")
    members = app.store.tags.members("Grosir")
    assert [c.name for c in members[:1] + members[-1:]] == ["Pelanggan 00010", "Pelanggan 03009"]

    tag_menu_entry(panel, False, "Grosir")
    said(qtbot, panel, "3,000 contacts taken out of “Grosir”.")
    counts_read(qtbot, panel, "Grosir (0)")
    panel.close()


def test_tags_are_renamed_and_deleted_in_their_dialog_and_the_filter_follows(
    qtbot: QtBot, ctx: UiContext, app: App
) -> None:
    add_some(app)
    app.store.tags.create("Grosir")
    app.store.tags.create("Reseller")
    app.store.tags.add("Grosir", app.contacts.contact_ids(["6281234567890", "6285711112222"]))
    panel = make_panel(qtbot, ctx)
    counts_read(qtbot, panel, "Grosir (2)")
    choose(panel, "Grosir (2)")
    assert shown_names(qtbot, panel) == ["budi Santoso", "Siti Rahmawati"]

    choose(panel, "Manage tags…")  # from the filter; the filter keeps its choice
    qtbot.waitUntil(lambda: panel.groups.dialog is not None and panel.groups.dialog.isVisible(), timeout=5000)
    dialog = panel.groups.dialog
    assert isinstance(dialog, TagsDialog)
    assert panel.groups.filter.current == Group(Show.TAG, "Grosir")
    qtbot.waitUntil(lambda: dialog.list.count() == 2, timeout=5000)  # the tags are read off the loop
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == [
        "Grosir · 2 contacts",
        "Reseller · 0 contacts",
    ]

    # Rename: a name another tag has is said plainly and nothing changes.
    dialog.list.setCurrentRow(0)
    dialog.rename_button.click()
    qtbot.waitUntil(lambda: dialog.name_prompt.box is not None, timeout=5000)
    assert dialog.name_prompt.box is not None
    dialog.name_prompt.box.setTextValue("reseller")
    dialog.name_prompt.box.accept()
    assert dialog.feedback.text == "There is already a tag called “Reseller”. Choose another name."
    assert [t.name for t in app.store.tags.list()] == ["Grosir", "Reseller"]
    checks.activate(dialog)
    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_F2)  # the keyboard's way
    qtbot.waitUntil(lambda: dialog.name_prompt.box is not None, timeout=5000)
    assert dialog.name_prompt.box is not None and dialog.name_prompt.box.textValue() == "Grosir"
    dialog.name_prompt.box.setTextValue("Grosir Besar")
    dialog.name_prompt.box.accept()
    qtbot.waitUntil(lambda: dialog.feedback.text == "“Grosir” is now called “Grosir Besar”.", timeout=5000)
    counts_read(qtbot, panel, "Grosir Besar (2)")
    assert panel.groups.filter.current == Group(Show.TAG, "Grosir Besar")  # still shown, under its new name
    assert shown_names(qtbot, panel) == ["budi Santoso", "Siti Rahmawati"]
    assert panel.notice.text == ""  # the table read the renamed tag without a word of error
    qtbot.waitUntil(lambda: dialog.list.item(0).text() == "Grosir Besar · 2 contacts", timeout=5000)

    # Delete asks first, saying how many lose it; Cancel (the default) keeps it.
    dialog.list.setCurrentRow(0)
    dialog.delete_button.click()
    box = confirm_box(qtbot, dialog)
    assert box.text() == "Delete the tag “Grosir Besar”?"
    assert box.informativeText() == "2 contacts lose this tag. The contacts stay in the address book."
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    answer(box, "Cancel")
    qtbot.waitUntil(lambda: dialog.confirm_box is None, timeout=5000)
    assert len(app.store.tags.list()) == 2
    checks.activate(dialog)
    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Delete)
    answer(confirm_box(qtbot, dialog), "Delete tag")
    qtbot.waitUntil(lambda: "deleted" in dialog.feedback.text, timeout=5000)
    assert dialog.feedback.text == "Tag “Grosir Besar” deleted; its contacts are kept."
    assert [t.name for t in app.store.tags.list()] == ["Reseller"] and app.store.contacts.count() == 4
    panel.bridge.flush()
    qtbot.waitUntil(lambda: "Grosir Besar (2)" not in filter_texts(panel), timeout=10_000)
    assert filter_texts(panel) == ["All contacts (4)", "Reseller (0)", "Do not message (0)", "Manage tags…"]
    assert panel.groups.filter.current == Group(Show.ALL)  # the tag shown is gone: everyone again
    assert shown_names(qtbot, panel) == ["Agus Setiawan", "budi Santoso", "Siti Rahmawati", ""]
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=5000)

    # A new tag from the dialog.
    dialog.new_button.click()
    qtbot.waitUntil(lambda: dialog.name_prompt.box is not None, timeout=5000)
    assert dialog.name_prompt.box is not None
    dialog.name_prompt.box.setTextValue("Pelanggan")
    dialog.name_prompt.box.accept()
    qtbot.waitUntil(lambda: dialog.feedback.text == "Tag “Pelanggan” created.", timeout=5000)
    counts_read(qtbot, panel, "Pelanggan (0)")
    dialog.close_button.click()
    qtbot.waitUntil(lambda: panel.groups.dialog is None, timeout=5000)

    # Renamed elsewhere (the command line) while the table shows it: said plainly, everyone shown.
    choose(panel, "Reseller (0)")
    settle(qtbot, panel)
    run(qtbot, app.contacts.rename_tag("Reseller", "Reseller Jakarta"))
    gone = "The tag “Reseller” was renamed or deleted elsewhere: all contacts are shown."
    said(qtbot, panel, gone)
    assert shown_names(qtbot, panel) == ["Agus Setiawan", "budi Santoso", "Siti Rahmawati", ""]
    assert panel.groups.filter.current == Group(Show.ALL) and panel.notice.text == gone
    panel.close()


def test_a_contact_opted_out_in_the_panel_is_left_out_of_a_real_send_until_allowed_again(
    qtbot: QtBot, ctx: UiContext, app: App, tmp_path: Path
) -> None:
    cli = Cli(home=app.home, keyring_file=tmp_path / "keyring.json")  # the command line on the same address book
    proc, urls = start_simulator(cli, "--provider", "wablas", "--manual-clock")
    try:
        add_wablas(cli, urls["wablas"])
        add_some(app)
        app.store.tags.create("Pelanggan")
        app.store.tags.add("Pelanggan", [c.id for c in app.store.contacts.list() if c.id is not None])
        panel = make_panel(qtbot, ctx)
        assert shown_names(qtbot, panel)[2] == "Siti Rahmawati"

        select(panel, 2)
        opt_out, opt_in = panel.groups.opt_out_action, panel.groups.opt_in_action
        assert opt_out in panel.groups.tags_menu.actions() and opt_in in panel.groups.tags_menu.actions()
        assert opt_out.isVisible() and opt_out.isEnabled() and not opt_in.isVisible()
        opt_out.trigger()
        box = confirm_box(qtbot, panel.groups)
        assert box.text() == "Do not message “Siti Rahmawati”?"
        assert box.informativeText().startswith(
            "wadesk will leave them out of every send, and cancel the messages still waiting to go to them."
        )
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
        answer(box, "Do not message")
        said(qtbot, panel, "“Siti Rahmawati” will not be messaged.")
        counts_read(qtbot, panel, "Do not message (1)")
        settle(qtbot, panel)
        assert panel.model.index(2, 4).data() == "Yes"  # the table's Do not message column
        qtbot.waitUntil(opt_in.isVisible)
        assert not opt_out.isVisible()  # she is opted out: the menus offer to let her back in instead

        # The Composer's way (the sending service's plan) and the command line's both leave her out.
        account = app.accounts.get("shop")
        request = SendRequest(Draft(MessageKind.TEXT, text="Promo"), [account], tags=["Pelanggan"], pace="none")
        plan = run(qtbot, app.sending.plan(request))
        assert [(s.recipient, s.reason) for s in plan.skipped] == [
            ("6281234567890", "asked not to be messaged"),
            ("6285711112222", "not on WhatsApp (a number check said so)"),  # budi, as before
        ]
        sent = cli.run("send", "--account", "shop", "--tag", "Pelanggan", "--text", "Halo {name}", "--pace", "none")
        assert sent.returncode == 0, sent.stderr
        assert "1 left out: asked not to be messaged" in sent.stderr
        to = [json.loads(line)["to"] for line in cli.run("outbox", "list", "--all", "--json").stdout.splitlines()]
        assert sorted(to) == ["6281399990000", "6287812345678"]

        # Allowed again from the Do not message list: the next send includes her.
        choose(panel, "Do not message (1)")
        assert shown_names(qtbot, panel) == ["Siti Rahmawati"]
        select(panel, 0)
        assert opt_in.isVisible()
        opt_in.trigger()
        said(qtbot, panel, "“Siti Rahmawati” can be messaged again.")
        counts_read(qtbot, panel, "Do not message (0)")
        assert shown_names(qtbot, panel) == []
        assert panel.not_found.title.text() == "Everyone can be messaged"
        again = run(qtbot, app.sending.plan(request))
        assert [s.recipient for s in again.skipped] == ["6285711112222"]
        assert "6281234567890" in [m.to for m in again.messages]
        sent = cli.run("send", "--account", "shop", "--to", "081234567890", "--text", "Promo", "--pace", "none")
        assert sent.returncode == 0, sent.stderr
        panel.close()
    finally:
        proc.terminate()
        proc.communicate(timeout=10)


def test_the_panel_with_tags_and_the_tags_dialog_pass_the_window_checks(
    qtbot: QtBot, ctx: UiContext, app: App, watcher: ThemeWatcher
) -> None:
    seed_address_book(app)  # the demo's book: Pelanggan, Grosir, Reseller, one who opted out
    panel = make_panel(qtbot, ctx)
    counts_read(qtbot, panel, "Do not message (1)")
    checks.activate(panel)
    select(panel, 1)
    panel.notice.show_message("12 contacts added to “Grosir”.", "ok")
    checks.keyboard_walk(panel)
    checks.fit_check(panel)
    checks.wording_check(panel)

    choose(panel, "Do not message (1)")  # the opted-out one selected: Allow messages again instead
    settle(qtbot, panel)
    select(panel, 0)
    assert panel.groups.opt_in_action.isVisible() and not panel.groups.opt_out_action.isVisible()
    checks.fit_check(panel)
    checks.wording_check(panel)

    panel.groups.manage_tags()
    qtbot.waitUntil(lambda: panel.groups.dialog is not None and panel.groups.dialog.isVisible(), timeout=5000)
    dialog = panel.groups.dialog
    assert dialog is not None
    dialog.feedback.show_message("There is already a tag called “Grosir”. Choose another name.", "error")
    checks.activate(dialog)
    checks.keyboard_walk(dialog)
    checks.fit_check(dialog)
    checks.wording_check(dialog)

    dialog.new_button.click()  # the small window naming a tag
    qtbot.waitUntil(lambda: dialog.name_prompt.box is not None and dialog.name_prompt.box.isVisible(), timeout=5000)
    name_box = dialog.name_prompt.box
    assert name_box is not None
    checks.activate(name_box)
    checks.keyboard_walk(name_box)
    checks.fit_check(name_box)
    checks.wording_check(name_box)
    name_box.reject()
    dialog.reject()
    panel.close()
