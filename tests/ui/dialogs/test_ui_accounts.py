"""The account dialog: generated from the settings schema, secrets to the keyring only, test, edit, remove."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from tests.support.ui import add_sim_account, run
from wadesk.app import App
from wadesk.domain import DeliveryStatus, OutgoingMessage, Recipient
from wadesk.providers.registry import provider_info
from wadesk.secrets import SERVICE, MemoryKeyring
from wadesk.simulator import SimulatorServer
from wadesk.ui.bridge import EventBridge
from wadesk.ui.context import UiContext
from wadesk.ui.dialogs.accounts import AccountDialog
from wadesk.ui.panels.devices import DevicesPanel


def database_bytes(home: Path) -> bytes:
    return b"".join(path.read_bytes() for path in home.glob("wadesk.sqlite3*"))


def fill(dialog: AccountDialog, qtbot: QtBot, provider: str, name: str, sim: SimulatorServer) -> None:
    dialog.provider_combo.setCurrentIndex(dialog.provider_combo.findData(provider))
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, name)
    dialog.base_url_edit.setText(sim.base_url(provider))
    for key, value in {**sim.settings(provider), **sim.credentials(provider)}.items():
        dialog.field(key).setText(value)


def test_the_form_follows_the_schema_and_masks_secrets(qtbot: QtBot, ctx: UiContext) -> None:
    dialog = AccountDialog(ctx)
    qtbot.addWidget(dialog)
    for index in range(dialog.provider_combo.count()):
        dialog.provider_combo.setCurrentIndex(index)
        info = provider_info(dialog.provider_id)
        for spec in info.settings.fields:
            if spec.type == "flag":
                assert dialog.flag(spec.name).text() == spec.label  # a yes/no setting is a check box
                continue
            edit = dialog.field(spec.name)
            expected = QLineEdit.EchoMode.Password if spec.secret else QLineEdit.EchoMode.Normal
            assert edit.echoMode() == expected, spec.name
        expected = info.default_base_url or "Required: https://your gateway's address"  # chatbot, jsonwa: no default
        assert dialog.base_url_edit.placeholderText() == expected


def test_adding_an_account_puts_the_secret_in_the_keyring_not_in_sqlite(
    qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer, keyring_memory: MemoryKeyring
) -> None:
    dialog = AccountDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(dialog, qtbot, "wablas", "Toko Berkah Jaya", sim)
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    account = saved.args[0]
    assert dialog.result() == QDialog.DialogCode.Accepted

    token = sim.credentials("wablas")["token"]
    secret_key = sim.credentials("wablas")["secret_key"]
    assert keyring_memory.get_password(SERVICE, f"{account.key_id}/token") == token
    assert keyring_memory.get_password(SERVICE, f"{account.key_id}/secret_key") == secret_key
    stored = app.store.accounts.get("Toko Berkah Jaya")
    assert "token" not in stored.settings and "secret_key" not in stored.settings
    raw = database_bytes(app.home)
    assert b"Toko Berkah Jaya" in raw  # the database was written...
    assert token.encode() not in raw and secret_key.encode() not in raw  # ...without the secrets


def test_test_connection_reports_success_and_the_gateways_words(
    qtbot: QtBot, ctx: UiContext, sim: SimulatorServer
) -> None:
    dialog = AccountDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(dialog, qtbot, "wablas", "Toko", sim)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.spinner.spinning
    qtbot.waitUntil(lambda: not dialog.spinner.spinning, timeout=10_000)
    assert dialog.feedback.tone == "ok", dialog.feedback.text

    dialog.field("token").setText("wrong-token")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.spinner.spinning, timeout=10_000)
    assert dialog.feedback.tone == "error"
    assert dialog.feedback.text == (
        "The test failed. Wablas refused the token or key. Copy them again from your Wablas dashboard."
    )
    # The gateway's own words are one click away, with what they are, and without the status code.
    assert dialog.details.isVisible() and not dialog.details.label.isVisible()
    qtbot.mouseClick(dialog.details.button, Qt.MouseButton.LeftButton)
    assert dialog.details.label.isVisible()
    assert dialog.details.text.startswith("The gateway said: “") and "HTTP" not in dialog.details.text


def test_a_refused_save_says_why_next_to_each_field_and_keeps_the_dialog_open(qtbot: QtBot, ctx: UiContext) -> None:
    dialog = AccountDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.provider_combo.setCurrentIndex(dialog.provider_combo.findData("wablas"))
    qtbot.keyClicks(dialog.name_edit, "Toko")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error("token") == "Required" and dialog.error("secret_key") == "Required"
    assert dialog.error("name") == "" and dialog.error("phone_check_url") == ""  # optional
    assert dialog.focusWidget() is dialog.field("token")
    assert not dialog.field("token").hasSelectedText()
    assert dialog.isVisible()
    assert ctx.accounts.list() == []


@pytest.mark.parametrize("provider", ["chatbot", "jsonwa"])
def test_a_gateway_without_a_public_host_needs_its_address(qtbot: QtBot, ctx: UiContext, provider: str) -> None:
    dialog = AccountDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.provider_combo.setCurrentIndex(dialog.provider_combo.findData(provider))
    qtbot.keyClicks(dialog.name_edit, "Toko")
    for spec in dialog.info.settings.fields:
        if spec.type != "flag":
            dialog.field(spec.name).setText("https://callback.example.com" if spec.type == "url" else "value-123")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "has no public address" in dialog.error("base_url")
    assert dialog.focusWidget() is dialog.base_url_edit
    assert ctx.accounts.list() == []


def test_editing_keeps_secrets_left_empty(
    qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer, keyring_memory: MemoryKeyring
) -> None:
    account = run(qtbot, add_sim_account(app, sim, "wablas", "Toko"))
    dialog = AccountDialog(ctx, account)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.field("token").text() == ""  # secrets are never read back into the form
    assert not dialog.provider_combo.isEnabled()
    dialog.field("phone_check_url").setText("https://phone.example.com")
    dialog.field("secret_key").setText("new-secret")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    stored = app.store.accounts.get("Toko")
    assert stored.settings["phone_check_url"] == "https://phone.example.com"
    assert keyring_memory.get_password(SERVICE, f"{account.key_id}/token") == sim.credentials("wablas")["token"]
    assert keyring_memory.get_password(SERVICE, f"{account.key_id}/secret_key") == "new-secret"


def test_removing_an_account_deletes_its_keyring_entries(
    qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer, keyring_memory: MemoryKeyring
) -> None:
    account = run(qtbot, add_sim_account(app, sim, "wablas", "Toko"))
    [message] = app.store.messages.add_many(account.id, [OutgoingMessage(ref_id="r1", to=Recipient("6281234567890"))])
    panel = DevicesPanel(ctx, EventBridge(ctx.events))
    qtbot.addWidget(panel)
    panel.show()
    assert panel.select_account(account.id)
    panel.remove_action.trigger()
    box = panel.confirm_box
    assert "history stays" in box.informativeText()
    remove = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
    remove.click()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0, timeout=10_000)
    assert app.accounts.list() == []
    assert keyring_memory.get_password(SERVICE, f"{account.key_id}/token") is None
    assert keyring_memory.get_password(SERVICE, f"{account.key_id}/secret_key") is None
    assert panel.stack.currentWidget() is panel.empty
    assert app.store.messages.get(message.id).status is DeliveryStatus.CANCELLED  # kept, and never sent
    assert "history stays" in panel.notice.text


def test_plain_http_to_another_computer_needs_the_box_ticked(qtbot: QtBot, ctx: UiContext) -> None:
    dialog = AccountDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.provider_combo.setCurrentIndex(dialog.provider_combo.findData("wablas"))
    qtbot.keyClicks(dialog.name_edit, "Toko")
    dialog.base_url_edit.setText("http://192.0.2.10/api")  # another computer, no TLS
    dialog.field("token").setText("tok-123")
    dialog.field("secret_key").setText("sec-456")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "plain HTTP" in dialog.error("base_url") and "“Allow plain HTTP”" in dialog.error("base_url")
    assert ctx.accounts.list() == []
    box = dialog.flag("allow_http")
    assert box.text() == "Allow plain HTTP" and not box.isChecked()
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)  # reachable and ticked from the keyboard
    assert box.isChecked()
    assert dialog.error("base_url") == ""  # the box answers the message at once
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [account] = ctx.accounts.list()
    assert account.settings["allow_http"] == "yes"
