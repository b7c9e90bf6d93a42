"""The window's live parts: the callback receiver it runs while Preferences say so, and news in the tray."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from tests.support.ui import add_sim_account, open_window, run
from wadesk.app import App
from wadesk.domain import DeliveryStatus, OutgoingMessage, Recipient
from wadesk.domain.settings import HOOK_URL
from wadesk.services.settings import SettingsFile
from wadesk.simulator import ManualClock, SimulatorServer
from wadesk.ui.context import UiContext
from wadesk.ui.main_window import MainWindow


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def answers(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


@pytest.fixture
def window(qtbot: QtBot, ctx: UiContext) -> Iterator[MainWindow]:
    window = open_window(qtbot, ctx)
    yield window
    window.close()
    run(qtbot, window.callbacks.aclose())


def receive_on(app: App, port: int) -> None:
    SettingsFile(app.home, app.events).update({"receiver": "on", "receiver_port": str(port)})


def test_the_window_receives_a_chatbot_callback_and_the_message_moves_forward(
    qtbot: QtBot, app: App, ctx: UiContext, sim: SimulatorServer
) -> None:
    port = free_port()
    receive_on(app, port)
    account = run(qtbot, add_sim_account(app, sim, "chatbot", "Klinik Sehat"))
    sim.state.provider("chatbot").scan(None)  # type: ignore[attr-defined]  # the phone is paired
    window = open_window(qtbot, ctx)
    try:
        qtbot.waitUntil(lambda: window.callbacks.running)
        assert answers(port)
        qtbot.waitUntil(lambda: account.id in window.callbacks.hooked)  # the Chatbot is told its URL from now on
        assert app.secrets.get(account.key_id, HOOK_URL).startswith(f"http://127.0.0.1:{port}/hook/")
        [row] = app.outbox.enqueue(account, [OutgoingMessage(ref_id="cb1", to=Recipient("6281234567891"), text="Halo")])
        run(qtbot, app.outbox.dispatch(account, [row]))
        assert app.store.messages.get(row.id).status is DeliveryStatus.ACCEPTED
        clock = sim.state.clock
        assert isinstance(clock, ManualClock)
        clock.advance(3 * sim.state.step_seconds)  # sent, delivered, read at the gateway

        async def notify() -> int:
            async with httpx.AsyncClient(timeout=10) as http:
                return (await http.post(f"{sim.url}/__sim/chatbot/notify")).status_code

        assert run(qtbot, notify()) == 200  # the gateway calls the URL back, as its document says
        qtbot.waitUntil(lambda: app.store.messages.get(row.id).status is DeliveryStatus.READ)
    finally:
        window.close()
        run(qtbot, window.callbacks.aclose())
    assert not window.callbacks.running
    assert not answers(port)  # closing the window stopped it


def test_turning_callbacks_off_in_preferences_stops_the_receiver(
    qtbot: QtBot, app: App, ctx: UiContext, sim: SimulatorServer
) -> None:
    port = free_port()
    receive_on(app, port)
    window = open_window(qtbot, ctx)
    try:
        qtbot.waitUntil(lambda: window.callbacks.running)
        SettingsFile(app.home, app.events).set("receiver", "off")
        qtbot.waitUntil(lambda: not window.callbacks.running)
        assert not answers(port)
    finally:
        window.close()
        run(qtbot, window.callbacks.aclose())


def test_a_port_in_use_is_said_in_plain_words(qtbot: QtBot, app: App, ctx: UiContext, sim: SimulatorServer) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = int(taken.getsockname()[1])
        receive_on(app, port)
        said: list[tuple[str, str]] = []
        window = open_window(qtbot, ctx)
        window.tray.notified.connect(lambda title, text: said.append((title, text)))
        try:
            qtbot.waitUntil(lambda: any(str(port) in text for _, text in said))
            title, text = next(s for s in said if str(port) in s[1])
            assert title == "Delivery reports"
            assert "another program is using it" in text and "Preferences" in text
            assert str(port) in window.statusBar().currentMessage()
            assert not window.callbacks.running
        finally:
            window.close()
            run(qtbot, window.callbacks.aclose())


def test_the_tray_says_once_that_a_campaign_finished(
    qtbot: QtBot, app: App, sim: SimulatorServer, window: MainWindow
) -> None:
    account = run(qtbot, add_sim_account(app, sim, "wablas", "Toko Berkah Jaya"))
    said: list[tuple[str, str]] = []
    window.tray.notified.connect(lambda title, text: said.append((title, text)))
    cid = app.store.outbox.create_campaign(account.id, "Promo Akhir Tahun", "Halo", "none")
    numbers = ["6281234500015", "6281234500025", "6281234500035"]
    rows = app.outbox.enqueue(
        account,
        [OutgoingMessage(ref_id=f"p{n}", to=Recipient(t), text="Halo") for n, t in enumerate(numbers)],
        campaign_id=cid,
    )
    run(qtbot, app.outbox.dispatch(account, rows))
    qtbot.waitUntil(lambda: any(title == "Campaign finished" for title, _ in said))
    finished = [text for title, text in said if title == "Campaign finished"]
    assert finished == ["“Promo Akhir Tahun” has been sent: 3 of 3 reached the gateway."]
    clock = sim.state.clock
    assert isinstance(clock, ManualClock)
    clock.advance(3 * sim.state.step_seconds)
    run(qtbot, app.poller.refresh())  # more reports about it: not news again
    qtbot.waitUntil(lambda: app.store.messages.get(rows[0].id).status is DeliveryStatus.READ)
    window.bridge.flush()
    qtbot.waitUntil(lambda: not window.news.busy)  # what the reports said has been looked at
    assert [title for title, _ in said].count("Campaign finished") == 1


def test_turning_callbacks_on_in_preferences_starts_the_receiver(
    qtbot: QtBot, app: App, sim: SimulatorServer, window: MainWindow
) -> None:
    port = free_port()
    dialog = window.open_preferences()
    switch = dialog.field("receiver")
    assert isinstance(switch, QComboBox)
    assert switch.accessibleName() == "Delivery callbacks"
    assert [switch.itemText(i) for i in range(switch.count())] == ["Off", "On, while the window is open"]
    assert switch.currentData() == "off"  # off by default
    assert not window.callbacks.running
    field = dialog.field("receiver_port")
    assert isinstance(field, QLineEdit) and field.accessibleName() == "Callback port"
    field.setText(str(port))
    switch.setCurrentIndex(switch.findData("on"))
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.callbacks.running)
    assert window.callbacks.address == f"http://127.0.0.1:{port}"
    assert answers(port)
