"""The three window checks (keyboard walk, fit at 1024×640 and 2×, wording) over every dialog, in each state.

Each state is the one a person meets: the empty form, the form with its messages, after a passed and a
failed test (the gateway's words opened), editing; the pairing code, a failed and a finished pairing;
the preferences as they open and with a wrong value.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from tests.support import window_checks as checks
from tests.support.indonesian import speaking_indonesian
from tests.support.ui import add_sim_account, decode_qr, run
from wadesk.app import App
from wadesk.providers.registry import provider_ids
from wadesk.simulator import SimulatorServer
from wadesk.ui.context import UiContext
from wadesk.ui.dialogs.accounts import AccountDialog
from wadesk.ui.dialogs.pairing import PairingDialog
from wadesk.ui.dialogs.preferences import PreferencesDialog
from wadesk.ui.widgets.qr_view import QrState

pytestmark = pytest.mark.usefixtures("watcher")  # the application's look: focus rings, fonts, paddings


def all_checks(dialog: QDialog) -> None:
    """The three checks; the keyboard walk at 1024×640, where nothing needs scrolling."""
    checks.activate(dialog)
    checks.fit_check(dialog)
    dialog.resize(checks.SMALL)
    checks.keyboard_walk(dialog)
    checks.wording_check(dialog)


def shown(qtbot: QtBot, dialog: QDialog) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)


def account_dialog(qtbot: QtBot, ctx: UiContext, provider: str) -> AccountDialog:
    dialog = AccountDialog(ctx)
    shown(qtbot, dialog)
    dialog.provider_combo.setCurrentIndex(dialog.provider_combo.findData(provider))
    return dialog


def fill(qtbot: QtBot, dialog: AccountDialog, sim: SimulatorServer) -> None:
    provider = dialog.provider_id
    qtbot.keyClicks(dialog.name_edit, "Toko Maju & Jaya")
    dialog.base_url_edit.setText(sim.base_url(provider))
    for key, value in {**sim.settings(provider), **sim.credentials(provider)}.items():
        dialog.field(key).setText(value)


def run_the_test(qtbot: QtBot, dialog: AccountDialog) -> None:
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.spinner.spinning, timeout=10_000)


@pytest.mark.parametrize("provider", provider_ids())
def test_the_account_dialog_empty_and_with_its_messages(qtbot: QtBot, ctx: UiContext, provider: str) -> None:
    dialog = account_dialog(qtbot, ctx, provider)
    all_checks(dialog)
    qtbot.keyClicks(dialog.base_url_edit, "not an address")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # every field says what it misses
    assert dialog.error("name") and dialog.error("base_url")
    all_checks(dialog)


@pytest.mark.parametrize("provider", provider_ids())
def test_the_account_dialog_after_a_passed_and_a_failed_test(
    qtbot: QtBot, ctx: UiContext, sim: SimulatorServer, provider: str
) -> None:
    dialog = account_dialog(qtbot, ctx, provider)
    fill(qtbot, dialog, sim)
    run_the_test(qtbot, dialog)
    assert dialog.feedback.tone in ("ok", "info"), dialog.feedback.text
    all_checks(dialog)
    if dialog.feedback.tone == "info":
        return  # the gateway has no way to check without sending a message: a test cannot fail either
    dialog.field(dialog.info.settings.secret_fields[0].name).setText("revoked-key")
    run_the_test(qtbot, dialog)
    assert dialog.feedback.tone == "error"
    all_checks(dialog)
    if dialog.details.isVisible():
        qtbot.mouseClick(dialog.details.button, Qt.MouseButton.LeftButton)
        all_checks(dialog)


def test_the_account_dialog_when_the_gateway_cannot_be_reached(qtbot: QtBot, ctx: UiContext) -> None:
    dialog = account_dialog(qtbot, ctx, "wablas")
    qtbot.keyClicks(dialog.name_edit, "Toko")
    dialog.base_url_edit.setText("http://127.0.0.1:9/api")  # nobody listens there
    dialog.field("token").setText("tok-123")
    dialog.field("secret_key").setText("sec-456")
    run_the_test(qtbot, dialog)
    assert dialog.feedback.tone == "error"
    qtbot.mouseClick(dialog.details.button, Qt.MouseButton.LeftButton)
    all_checks(dialog)


def test_the_edit_dialog(qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer) -> None:
    account = run(qtbot, add_sim_account(app, sim, "wablas", "Toko Maju & Jaya"))
    dialog = AccountDialog(ctx, account)
    shown(qtbot, dialog)
    all_checks(dialog)


def test_the_pairing_dialog_showing_a_code_and_once_paired(
    qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer
) -> None:
    account = run(qtbot, add_sim_account(app, sim, "chatbot", "Toko Maju & Jaya"))
    dialog = PairingDialog(ctx, account)
    shown(qtbot, dialog)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.qr.state is QrState.CODE, timeout=10_000)
    all_checks(dialog)
    sim.state.provider("chatbot").scan(payload=decode_qr(dialog.qr.displayed()))  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: dialog.qr.state is QrState.PAIRED, timeout=10_000)
    all_checks(dialog)  # "Done" is then the one control
    assert dialog.focusWidget() is dialog.close_button
    dialog.close()


def test_the_pairing_dialog_when_pairing_fails(qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer) -> None:
    secrets = {**sim.credentials("wablas"), "token": "revoked-token"}
    account = run(
        qtbot,
        app.accounts.add(
            "Toko", "wablas", base_url=sim.base_url("wablas"), settings=sim.settings("wablas"), secrets=secrets
        ),
    )
    dialog = PairingDialog(ctx, account)
    shown(qtbot, dialog)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.qr.state is QrState.FAILED, timeout=15_000)
    all_checks(dialog)
    qtbot.mouseClick(dialog.details.button, Qt.MouseButton.LeftButton)
    all_checks(dialog)
    dialog.close()


def test_the_preferences_dialog_as_it_opens_and_with_a_wrong_value(qtbot: QtBot, app: App) -> None:
    dialog = PreferencesDialog(app.home)
    shown(qtbot, dialog)
    all_checks(dialog)  # quiet hours "like 21:00-07:00" are local hours, not a UTC time
    region = dialog.field("region")
    assert isinstance(region, QLineEdit)
    region.setText("Indonesia")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error("region")
    all_checks(dialog)


def test_in_indonesian_the_dialogs_still_fit_and_read_well(
    qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Indonesian runs about a quarter longer than English: the same checks, in Indonesian."""
    with speaking_indonesian(tmp_path / "qm", monkeypatch):
        dialog = account_dialog(qtbot, ctx, "wablas")
        assert dialog.save_button.text() == "Tambah akun"
        qtbot.keyClicks(dialog.base_url_edit, "bukan alamat")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.error("name") == "Beri nama akun ini"
        all_checks(dialog)
        dialog.close()

        account = run(qtbot, add_sim_account(app, sim, "chatbot", "Toko Maju & Jaya"))
        pairing = PairingDialog(ctx, account)
        shown(qtbot, pairing)
        pairing.start()
        qtbot.waitUntil(lambda: pairing.qr.state is QrState.CODE, timeout=10_000)
        assert pairing.close_button.text() == "Tutup"
        all_checks(pairing)
        pairing.close()

        preferences = PreferencesDialog(app.home)
        shown(qtbot, preferences)
        region = preferences.field("region")
        assert isinstance(region, QLineEdit)
        region.setText("Indonesia")
        qtbot.mouseClick(preferences.ok_button, Qt.MouseButton.LeftButton)
        assert preferences.error("region").startswith("Isi kode negara")
        all_checks(preferences)
        preferences.close()
