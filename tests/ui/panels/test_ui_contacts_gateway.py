"""The Contacts panel's gateway side against the simulator over loopback, on a real SQLite file: checking numbers
with progress and Stop (on the test's own clock: no pause is waited for), a device's contacts previewed and
applied, contacts sent to a device, the WhatsApp groups of each device, and the window checks on each dialog."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TypeVar

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from tests.support import window_checks as checks
from tests.support.ui import add_sim_account, run
from tests.ui.panels.test_ui_contacts_panel import make_panel, select, settle
from wadesk.app import App
from wadesk.demo import seed_address_book
from wadesk.domain.models import Account, Contact
from wadesk.services.clock import ManualClock
from wadesk.simulator import SimulatorServer
from wadesk.ui import format as fmt
from wadesk.ui.context import UiContext
from wadesk.ui.dialogs.contact_sync import ContactPushDialog, ContactSyncDialog
from wadesk.ui.dialogs.number_check import NumberCheckDialog, duration_words
from wadesk.ui.dialogs.whatsapp_groups import WhatsAppGroupsDialog
from wadesk.ui.models.contacts import ContactColumn
from wadesk.ui.panels.contacts import ContactsPanel

pytestmark = pytest.mark.usefixtures("watcher")  # the application's look: focus rings, fonts, paddings

D = TypeVar("D", bound=QDialog)

START = datetime(2026, 11, 30, 2, 0, tzinfo=UTC)
YES, NO, LATE = "6281211110001", "6281212340000", "6281211110003"  # the simulators: ...0000 is not on WhatsApp


def paired_chatbot(qtbot: QtBot, app: App, sim: SimulatorServer) -> Account:
    account = run(qtbot, add_sim_account(app, sim, "chatbot", "Toko Chatbot"))
    sim.state.provider("chatbot").scan(None)  # type: ignore[attr-defined]  # the phone is paired
    return account


def three_contacts(app: App) -> None:
    app.store.contacts.upsert_many([Contact(YES, "Ani"), Contact(NO, "Budi"), Contact(LATE, "Citra")])


def checking_panel(
    qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer, *, paired: bool = True
) -> tuple[ContactsPanel, ManualClock]:
    """The panel with three contacts, all selected, and a Chatbot device (its phone ``paired`` or not); the
    number checks pause on the returned clock."""
    if paired:
        paired_chatbot(qtbot, app, sim)
    else:
        run(qtbot, add_sim_account(app, sim, "chatbot", "Toko Chatbot"))
    three_contacts(app)
    panel = make_panel(qtbot, ctx)
    clock = panel.gateway.clock = ManualClock(START)
    panel.view.selectAll()
    return panel, clock


def gateway_dialog(qtbot: QtBot, panel: ContactsPanel, kind: type[D]) -> D:
    """The dialog of ``kind`` the panel opened, once shown."""
    qtbot.waitUntil(lambda: isinstance(panel.gateway.dialog, kind) and panel.gateway.dialog.isVisible(), timeout=5000)
    dialog = panel.gateway.dialog
    assert isinstance(dialog, kind)
    return dialog


def check_dialog(qtbot: QtBot, panel: ContactsPanel) -> NumberCheckDialog:
    return gateway_dialog(qtbot, panel, NumberCheckDialog)


def whatsapp(qtbot: QtBot, panel: ContactsPanel) -> dict[str, tuple[object, object]]:
    """Each shown contact's On WhatsApp cell and its tooltip, by name."""
    settle(qtbot, panel)
    cells = {}
    for row in range(panel.model.rowCount()):
        index = panel.model.index(row, ContactColumn.WHATSAPP)
        name = panel.model.index(row, ContactColumn.NAME).data()
        cells[str(name)] = (index.data(), index.data(Qt.ItemDataRole.ToolTipRole))
    return cells


def next_pause(qtbot: QtBot, clock: ManualClock) -> None:
    """Wait until the check pauses on the clock, then end the pause at once."""
    qtbot.waitUntil(lambda: clock.next_wakeup is not None, timeout=10_000)
    due = clock.next_wakeup
    assert due is not None
    clock.set(due)


def checknumber_requests(qtbot: QtBot, sim: SimulatorServer) -> int:
    """How many number checks the Chatbot simulator answered (asked on the loop it serves from)."""

    async def ask() -> dict[str, int]:
        async with httpx.AsyncClient() as client:
            root = httpx.URL(sim.base_url("chatbot")).copy_with(path="/__sim/requests")
            return dict((await client.get(root, timeout=10)).json()["paths"])

    return sum(n for p, n in run(qtbot, ask()).items() if p.endswith("/checknumber"))


def test_a_number_check_shows_its_pace_and_progress_and_its_answers_land_in_the_table_with_their_date(
    qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer
) -> None:
    panel, clock = checking_panel(qtbot, ctx, app, sim)
    assert panel.gateway.menu_button.isVisible() and panel.gateway.check_action.isEnabled()

    panel.gateway.check_action.trigger()  # WhatsApp > Check numbers…
    dialog = check_dialog(qtbot, panel)
    assert dialog.device.account() is not None and dialog.device.gateway() == "Chatbot"
    assert "Check 3 numbers on WhatsApp" in [label.text() for label in dialog.findChildren(type(dialog.estimate))]
    # How long, at the service's gentle pace, and why it is paced.
    assert dialog.estimate.text() == (
        f"This takes {duration_words(2 * 5.5 + 3)}: Chatbot checks one number at a time, "
        "with a pause of 3 to 8 seconds between."
    )
    assert "banned" in dialog.why.text() and dialog.why.isVisible()

    dialog.start_button.click()
    qtbot.waitUntil(lambda: dialog.progress.text().startswith("Checked 1 of 3"), timeout=10_000)
    assert dialog.progress.text() == "Checked 1 of 3: 1 on WhatsApp, 0 not."
    assert dialog.bar.value() == 1 and dialog.left.text().endswith("left.")
    assert whatsapp(qtbot, panel)["Ani"] == ("Yes", f"Checked {fmt.moment(START)}")  # stored as it came back
    assert whatsapp(qtbot, panel)["Budi"] == ("Not checked", None)

    next_pause(qtbot, clock)
    qtbot.waitUntil(lambda: dialog.progress.text().startswith("Checked 2 of 3"), timeout=10_000)
    second = clock.now()
    next_pause(qtbot, clock)
    qtbot.waitUntil(lambda: not dialog.running, timeout=10_000)

    assert dialog.progress.text() == "Checked 3 of 3: 2 on WhatsApp, 1 not."
    assert dialog.outcome is not None and dialog.outcome.finished
    assert dialog.feedback.text.startswith("Done.") and dialog.cancel_button.text() == "Close"
    cells = whatsapp(qtbot, panel)
    assert cells["Budi"] == ("No", f"Checked {fmt.moment(second)}")
    assert cells["Citra"] == ("Yes", f"Checked {fmt.moment(clock.now())}")
    assert checknumber_requests(qtbot, sim) == 3
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: panel.gateway.dialog is None, timeout=5000)
    panel.close()


def test_stopping_a_check_keeps_what_was_answered(qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer) -> None:
    panel, clock = checking_panel(qtbot, ctx, app, sim)
    panel.gateway.check_action.trigger()
    dialog = check_dialog(qtbot, panel)
    dialog.start_button.click()
    qtbot.waitUntil(lambda: dialog.progress.text().startswith("Checked 1 of 3"), timeout=10_000)
    qtbot.waitUntil(lambda: clock.next_wakeup is not None, timeout=10_000)  # pausing before the second

    assert dialog.cancel_button.text() == "Stop"
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: not dialog.running, timeout=10_000)

    assert dialog.isVisible()  # it stays to say what was kept
    assert dialog.outcome is not None and dialog.outcome.cancelled
    assert dialog.feedback.text == "Stopped: 1 of 3 checked. Their answers are kept; the others are not checked."
    cells = whatsapp(qtbot, panel)
    assert cells["Ani"] == ("Yes", f"Checked {fmt.moment(START)}")
    assert cells["Budi"][0] == cells["Citra"][0] == "Not checked"
    assert checknumber_requests(qtbot, sim) == 1
    checks.all_checks(dialog)
    dialog.reject()
    panel.close()


def test_a_gateway_that_fails_on_the_way_is_said_in_plain_words(
    qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer
) -> None:
    panel, _clock = checking_panel(qtbot, ctx, app, sim, paired=False)  # its phone is not paired
    panel.gateway.check_action.trigger()
    dialog = check_dialog(qtbot, panel)
    dialog.start_button.click()
    qtbot.waitUntil(lambda: not dialog.running and dialog.feedback.isVisible(), timeout=10_000)

    words = dialog.feedback.text
    assert words.startswith("The check stopped. Chatbot did not accept the request.")
    assert "0 of 3 checked" in words and "Traceback" not in words
    assert dialog.details.isVisible()  # the gateway's own words, one click away
    checks.all_checks(dialog, walk=False)
    dialog.reject()
    panel.close()


def test_without_a_device_that_can_check_numbers_the_dialog_says_what_to_do(
    qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer
) -> None:
    run(qtbot, add_sim_account(app, sim, "jsonwa", "Toko JSON"))  # cannot check numbers
    three_contacts(app)
    panel = make_panel(qtbot, ctx)
    panel.view.clearSelection()

    panel.gateway.check_action.trigger()  # nothing selected: it asks first
    qtbot.waitUntil(lambda: panel.gateway.ask_box is not None and panel.gateway.ask_box.isVisible(), timeout=5000)
    box = panel.gateway.ask_box
    assert isinstance(box, QMessageBox) and box.text() == "Check all 3 contacts shown?"
    [check_all] = [b for b in box.buttons() if b.text() == "Check all"]
    assert isinstance(check_all, QPushButton)
    check_all.click()

    dialog = check_dialog(qtbot, panel)
    assert len(dialog.numbers) == 3
    assert dialog.device.empty and dialog.device.none.isVisible()
    assert dialog.device.none.text() == (
        "None of your devices can check numbers. Add a device on Wablas, Chatbot or WACloud in Devices "
        "(the first page of the window), then come back here."
    )
    assert not dialog.start_button.isVisible() and dialog.cancel_button.text() == "Close"
    checks.all_checks(dialog)
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: panel.gateway.dialog is None, timeout=5000)
    panel.close()


def test_a_devices_contacts_are_previewed_and_apply_writes_what_was_shown(
    qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer
) -> None:
    run(qtbot, add_sim_account(app, sim, "wablas", "Toko Wablas"))
    # The Wablas simulator keeps Budi Santoso (…001), Siti Rahayu (…002) and Agus Wijaya (…003).
    app.store.contacts.upsert_many([Contact("6281234567001", "Pak Budi"), Contact("6281234567002", "")])
    panel = make_panel(qtbot, ctx)
    panel.gateway.get_action.trigger()
    dialog = gateway_dialog(qtbot, panel, ContactSyncDialog)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)

    rows = [[dialog.table.topLevelItem(i).text(c) for c in range(3)] for i in range(dialog.table.topLevelItemCount())]
    assert ["New", "+62 812-3456-7003", "Agus Wijaya"] in rows
    assert ["Filled in", "+62 812-3456-7002", "no name → Siti Rahayu; address: Jl. Sudirman 20, Bandung added"] in rows
    budi = "email: budi@example.com added; address: Jl. Merdeka 1, Jakarta added"
    assert ["Filled in", "+62 812-3456-7001", budi] in rows
    assert ["Differs", "+62 812-3456-7001", "name: yours “Pak Budi”, the device's “Budi Santoso”"] in rows
    assert dialog.status.text().startswith("Toko Wablas has 3 contacts: 1 new, 2 of yours would get what they lack")
    assert dialog.apply_button.isEnabled() and dialog.taken() == []
    checks.all_checks(dialog)

    items = [dialog.table.topLevelItem(i) for i in range(dialog.table.topLevelItemCount())]
    [differs] = [item for item in items if item.text(0) == "Differs"]
    differs.setCheckState(0, Qt.CheckState.Checked)  # take the device's name for this one
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: panel.gateway.dialog is None, timeout=10_000)

    assert {c.phone: c.name for c in app.contacts.list()} == {
        "6281234567001": "Budi Santoso",
        "6281234567002": "Siti Rahayu",
        "6281234567003": "Agus Wijaya",
    }
    assert panel.notice.text == "From Toko Wablas: 1 contact added, 2 updated."
    settle(qtbot, panel)
    assert panel.model.rowCount() == 3
    panel.close()


def test_selected_contacts_are_sent_to_a_device_with_a_result_line(
    qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer
) -> None:
    run(qtbot, add_sim_account(app, sim, "wablas", "Toko Wablas"))
    run(qtbot, add_sim_account(app, sim, "chatbot", "Toko Chatbot"))  # keeps no contact list: not offered
    app.store.contacts.upsert_many([Contact("6281377778888", "Rina Toko"), Contact("6281377779999", "Joko")])
    panel = make_panel(qtbot, ctx)
    panel.view.selectAll()
    panel.gateway.send_action.trigger()
    dialog = gateway_dialog(qtbot, panel, ContactPushDialog)
    assert [a.name for a in dialog.device.accounts] == ["Toko Wablas"]
    dialog.send_button.click()
    qtbot.waitUntil(lambda: dialog.status.text().endswith("saved on Wablas."), timeout=10_000)

    assert dialog.status.text() == "2 of 2 contacts saved on Wablas."
    assert panel.notice.text == "2 of 2 contacts saved on Wablas."
    kept = sim.state.wablas.contacts  # type: ignore[attr-defined]
    assert {"6281377778888", "6281377779999"} <= set(kept)
    checks.all_checks(dialog)
    dialog.reject()
    panel.close()


def test_the_whatsapp_groups_of_each_device_are_listed_and_an_id_is_copied(
    qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer
) -> None:
    paired_chatbot(qtbot, app, sim)
    run(qtbot, add_sim_account(app, sim, "wablas", "Toko Wablas"))
    panel = make_panel(qtbot, ctx)
    panel.gateway.groups_action.trigger()
    dialog = gateway_dialog(qtbot, panel, WhatsAppGroupsDialog)
    qtbot.waitUntil(lambda: dialog.refresh_button.isEnabled(), timeout=10_000)

    devices = {dialog.tree.topLevelItem(i).text(0): dialog.tree.topLevelItem(i) for i in range(2)}
    chatbot, wablas = devices["Toko Chatbot (Chatbot)"], devices["Toko Wablas (Wablas)"]
    assert chatbot.text(1) == "2 groups"
    groups = [(chatbot.child(i).text(0), chatbot.child(i).text(1)) for i in range(chatbot.childCount())]
    assert groups == [("Reseller Jakarta", "120363041234567890"), ("Toko Maju Pelanggan", "120363025246125486")]
    assert [wablas.child(i).text(0) for i in range(wablas.childCount())] == ["Wablas does not list WhatsApp groups."]
    assert [g.group_id for g in app.contacts.groups()] == ["120363041234567890", "120363025246125486"]  # kept

    assert not dialog.copy_button.isEnabled()
    dialog.tree.setCurrentItem(chatbot.child(1))
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == "120363025246125486"
    assert dialog.feedback.text == "The id of “Toko Maju Pelanggan” is copied."
    checks.all_checks(dialog)
    dialog.reject()
    panel.close()


def test_the_panel_with_its_devices_button_and_the_dialogs_pass_the_window_checks(
    qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer
) -> None:
    paired_chatbot(qtbot, app, sim)
    run(qtbot, add_sim_account(app, sim, "wablas", "Toko Sumber Rejeki Wablas Cabang Surabaya"))
    seed_address_book(app)
    run(qtbot, ctx.devices.refresh_all())  # what the gateways say of the phones: the Wablas one is not connected
    panel = make_panel(qtbot, ctx)
    checks.activate(panel)
    select(panel, 1)
    assert panel.gateway.menu_button.isVisible()
    checks.keyboard_walk(panel)
    checks.fit_check(panel)
    checks.wording_check(panel)
    for action in panel.gateway.menu.actions():  # the menu button's entries (not open, so not seen above)
        assert not checks.developer_words(action.text()), action.text()

    panel.gateway.check_action.trigger()
    dialog = check_dialog(qtbot, panel)
    dialog.device.combo.setCurrentIndex(1)  # Wablas: up to 100 numbers a request, so one request and no pause
    assert dialog.device.gateway() == "Wablas" and len(dialog.numbers) == 1
    assert dialog.estimate.text() == "This takes less than a minute."
    assert dialog.device.state.text().startswith("This device's phone is not connected to WhatsApp")
    checks.all_checks(dialog)
    dialog.reject()

    panel.view.selectAll()
    panel.gateway.check_action.trigger()
    dialog = check_dialog(qtbot, panel)
    dialog.device.combo.setCurrentIndex(1)
    assert dialog.estimate.text() == "This takes less than a minute: Wablas is asked about them all at once."
    assert not dialog.why.isVisible()  # one request: nothing to pace
    dialog.reject()
    panel.close()


@pytest.mark.parametrize(
    ("seconds", "words"),
    [
        (14, "less than a minute"),
        (75, "about a minute"),
        (2 * 5.5 + 3 + 240, "about 4 minutes"),
        (299 * 5.5 + 300, "about 32 minutes"),
        (2 * 3600 + 9 * 60, "about 2 hours 10 minutes"),
        (3 * 3600, "about 3 hours"),
        (99_999 * 5.5 + 100_000, "about 8 days"),  # 100,000 numbers one at a time
    ],
)
def test_how_long_a_check_takes_is_said_roughly(seconds: float, words: str) -> None:
    assert duration_words(seconds) == words
