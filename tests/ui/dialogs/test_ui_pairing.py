"""Pairing a simulator device through its QR code, as a person with a phone would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.support.ui import add_sim_account, decode_qr, run
from wadesk.app import App
from wadesk.domain.models import Account, DeviceState
from wadesk.simulator import SimulatorServer
from wadesk.ui.bridge import EventBridge
from wadesk.ui.context import UiContext
from wadesk.ui.models.devices import Column
from wadesk.ui.panels.devices import DevicesPanel
from wadesk.ui.widgets.qr_view import QrState


def panel_for(qtbot: QtBot, ctx: UiContext) -> DevicesPanel:
    panel = DevicesPanel(ctx, EventBridge(ctx.events))
    qtbot.addWidget(panel)
    panel.show()
    run(qtbot, ctx.devices.refresh_all())
    panel.bridge.flush()
    return panel


def status_cell(panel: DevicesPanel, account: Account) -> str:
    panel.bridge.flush()
    row = panel.model.row_of(account.id)
    assert row is not None
    return str(panel.model.index(row, Column.STATUS).data())


def pair_by_scanning(qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer, provider: str) -> None:
    account = run(qtbot, add_sim_account(app, sim, provider, "Klinik Sehat Sentosa"))
    panel = panel_for(qtbot, ctx)
    assert status_cell(panel, account) == "Not connected"

    assert panel.select_account(account.id)
    qtbot.mouseClick(panel.pair_button, Qt.MouseButton.LeftButton)
    dialog = panel.pairing
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.qr.state is QrState.CODE, timeout=10_000)
    assert "A new code comes in" in dialog.qr.countdown.text()

    # The phone reads the code on the screen and the gateway learns it was scanned.
    payload = decode_qr(dialog.qr.displayed())
    sim.state.provider(provider).scan(payload=payload)  # type: ignore[attr-defined]

    qtbot.waitUntil(lambda: dialog.qr.state is QrState.PAIRED, timeout=10_000)
    number = ctx.devices.snapshot(account.id)
    assert dialog.close_button.text() == "Done"
    text = dialog.qr._outcome_text.text()
    assert "is connected" in text and "+62" in text
    # ...and the table follows, through the normal refresh.
    qtbot.waitUntil(lambda: status_cell(panel, account) == "Connected", timeout=10_000)
    assert number is not None


def test_pair_a_device_whose_gateway_gives_a_raw_qr_string(
    qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer
) -> None:
    pair_by_scanning(qtbot, ctx, app, sim, "chatbot")


def test_pair_a_device_from_the_wablas_scan_page_image(
    qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer
) -> None:
    pair_by_scanning(qtbot, ctx, app, sim, "wablas")


def test_a_new_code_replaces_an_expired_one(qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer) -> None:
    account = run(qtbot, add_sim_account(app, sim, "chatbot"))
    panel = panel_for(qtbot, ctx)
    dialog = panel.open_pairing(account)
    qtbot.waitUntil(lambda: dialog.qr.state is QrState.CODE, timeout=10_000)
    first = dialog.qr.image()
    assert first is not None
    qtbot.mouseClick(dialog.new_code_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.qr.state is QrState.CODE and dialog.qr.image() is not first, timeout=10_000)
    dialog.close()


def test_an_unreachable_gateway_is_said_plainly(qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer) -> None:
    account = run(qtbot, add_sim_account(app, sim, "chatbot"))
    panel = panel_for(qtbot, ctx)
    run(qtbot, sim.stop())
    dialog = panel.open_pairing(account)
    qtbot.waitUntil(lambda: dialog.qr.state is QrState.FAILED, timeout=15_000)
    words = dialog.qr._outcome_text.text()
    assert words == "wadesk could not reach Chatbot at this address. Check the address and the internet connection."
    assert dialog.details.isVisible() and dialog.details.text.startswith("What happened: could not reach")
    assert dialog.qr.retry_button.isVisible()
    assert ctx.devices.snapshot(account.id) is not None
    dialog.close()


def test_demo_simulated_scan_pairs_through_the_normal_polling(
    qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer
) -> None:
    from wadesk.demo import DemoPhone

    ctx.demo = DemoPhone(sim)
    account = run(qtbot, add_sim_account(app, sim, "wacloud"))
    panel = panel_for(qtbot, ctx)
    dialog = panel.open_pairing(account)
    qtbot.waitUntil(lambda: dialog.qr.state is QrState.CODE, timeout=10_000)
    assert dialog.simulate_button is not None and dialog.simulate_button.isEnabled()
    qtbot.mouseClick(dialog.simulate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.qr.state is QrState.PAIRED, timeout=10_000)
    snapshot = ctx.devices.snapshot(account.id)
    qtbot.waitUntil(lambda: (ctx.devices.snapshot(account.id) or snapshot).state is DeviceState.CONNECTED, timeout=5000)
    dialog.close()


def test_enter_on_an_unpaired_device_opens_its_pairing(
    qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer
) -> None:
    account = run(qtbot, add_sim_account(app, sim, "chatbot"))
    panel = panel_for(qtbot, ctx)
    panel.select_account(account.id)
    index = panel.view.currentIndex()
    assert index.isValid()
    panel.view.activated.emit(index)  # what Enter (or a double-click) does on the platform
    dialog = panel.pairing
    assert dialog is not None and dialog.account == account
    qtbot.waitUntil(lambda: dialog.qr.state is QrState.CODE, timeout=10_000)
    dialog.close()


def test_a_refused_key_stops_pairing_in_plain_words_with_the_gateways_own_as_a_detail(
    qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer
) -> None:
    account = run(
        qtbot,
        app.accounts.add(
            "Toko",
            "wablas",
            base_url=sim.base_url("wablas"),
            settings=sim.settings("wablas"),
            secrets={**sim.credentials("wablas"), "token": "revoked-token"},
        ),
    )
    panel = panel_for(qtbot, ctx)
    dialog = panel.open_pairing(account)
    qtbot.waitUntil(lambda: dialog.qr.state is QrState.FAILED, timeout=15_000)
    words = dialog.qr._outcome_text.text()
    assert words == "Wablas refused the token or key. Copy them again from your Wablas dashboard."
    assert dialog.details.isVisible() and not dialog.details.label.isVisible()
    qtbot.mouseClick(dialog.details.button, Qt.MouseButton.LeftButton)
    assert dialog.details.text.startswith("The gateway said: “") and "HTTP" not in dialog.details.text
    dialog.close()
