"""The Scheduler panel, driven as a person would, on a clock the test holds (the app's and the simulator's).

The computer is in Asia/Jakarta; the app's clock stands at Monday 4 March 2030, 09:00 there, and the
simulator's at the same instant, so every day and time here follows from that clock, never from the calendar.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import httpx
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QListWidgetItem, QMenu, QMessageBox
from pytestqt.qtbot import QtBot
from qasync import QEventLoop

from tests.support import window_checks as checks
from tests.support.ui import add_sim_account, open_window, run
from wadesk.app import App
from wadesk.domain.models import Account, DeliveryStatus, StoredMessage
from wadesk.launch import window_context
from wadesk.services.clock import ManualClock
from wadesk.services.compose import Draft, messages_for, recipients
from wadesk.services.pacing import local_zone
from wadesk.simulator import ManualClock as SimClock
from wadesk.simulator import SimulatorServer
from wadesk.ui.context import UiContext
from wadesk.ui.main_window import MainWindow
from wadesk.ui.panels.composer import ComposerPanel
from wadesk.ui.panels.scheduler import SchedulerPanel
from wadesk.ui.panels.scheduler.agenda import KEY_ROLE, NEW_SLOT
from wadesk.ui.theme import ThemeWatcher

JAKARTA = ZoneInfo("Asia/Jakarta")
NOW = datetime(2030, 3, 4, 2, 0, tzinfo=UTC)  # Monday 4 March 2030, 09:00 in Jakarta
TODAY = date(2030, 3, 4)
PHONE = "6281234567891"


@pytest.fixture
def jakarta(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This computer's zone is Asia/Jakarta (read from ``TZ`` by ``local_zone``)."""
    monkeypatch.setenv("TZ", "Asia/Jakarta")
    local_zone.cache_clear()
    yield
    local_zone.cache_clear()


@pytest.fixture
def sim(qtbot: QtBot, qloop: QEventLoop) -> Iterator[SimulatorServer]:
    """Every simulated gateway, its clock standing at ``NOW`` (made there: a clock never moves back, and the
    real date may be later than ``NOW``)."""
    server = SimulatorServer(port=0, clock=SimClock(NOW.timestamp()))
    run(qtbot, server.start())
    try:
        yield server
    finally:
        run(qtbot, server.stop())


@pytest.fixture
def clock(app: App, sim: SimulatorServer) -> ManualClock:
    held = ManualClock(NOW)
    app.outbox.clock = held
    assert isinstance(sim.state.clock, SimClock) and sim.state.clock.now() == NOW.timestamp()
    return held


@pytest.fixture
def held_ctx(qtbot: QtBot, app: App, clock: ManualClock, jakarta: None) -> Iterator[UiContext]:
    ctx = window_context(app, refresh_seconds=3600)
    yield ctx
    run(qtbot, ctx.devices.aclose())


def jakarta_time(days: int, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(TODAY + timedelta(days=days), datetime.min.time(), JAKARTA).replace(
        hour=hour, minute=minute
    )


def scheduler(qtbot: QtBot, ctx: UiContext) -> tuple[MainWindow, SchedulerPanel]:
    window = open_window(qtbot, ctx)
    window.resize(1024, 640)
    window.show_panel("scheduler")
    panel = window.panel("scheduler")
    assert isinstance(panel, SchedulerPanel)
    qtbot.waitUntil(lambda: panel.snapshot is not None and not panel.loading, timeout=10_000)
    return window, panel


def account(qtbot: QtBot, app: App, sim: SimulatorServer, provider: str) -> Account:
    return run(
        qtbot, add_sim_account(app, sim, provider, {"wablas": "Toko Berkah Jaya"}.get(provider, "Warung Bu Sri"))
    )


def on_wablas(qtbot: QtBot, app: App, shop: Account, at: datetime, text: str = "Promo akhir pekan") -> StoredMessage:
    messages = messages_for(app.accounts.info(shop), recipients([PHONE], []), Draft(text=text))
    rows = run(qtbot, app.outbox.enqueue_for_gateway(shop, messages, at))
    [row] = run(qtbot, app.outbox.schedule_native(shop, rows))
    assert row.remote_schedule_id
    return row


def in_wadesk(
    app: App, shop: Account, at: datetime, text: str = "Pengingat katering", to: str = PHONE
) -> StoredMessage:
    messages = messages_for(app.accounts.info(shop), recipients([to], []), Draft(text=text))
    [row] = app.outbox.enqueue(shop, messages, at=at)
    return row


def agenda_item(qtbot: QtBot, panel: SchedulerPanel, message_id: int) -> QListWidgetItem:
    key = f"message:{message_id}"

    def found() -> QListWidgetItem | None:
        for index in range(panel.agenda.count()):
            if panel.agenda.item(index).data(KEY_ROLE) == key:
                return panel.agenda.item(index)
        return None

    qtbot.waitUntil(lambda: found() is not None, timeout=10_000)
    item = found()
    assert item is not None
    return item


def drop_on_day(panel: SchedulerPanel, item: QListWidgetItem, day: date) -> None:
    """The agenda item dragged onto ``day`` of the month, as a mouse drag delivers it."""
    mime = panel.agenda.mimeData([item])
    point = QPointF(panel.month.cell(day).center())
    for kind in (QDropEvent.Type.DragEnter, QDropEvent.Type.DragMove, QDropEvent.Type.Drop):
        event = QDropEvent(
            point, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, kind
        )
        QApplication.sendEvent(panel.month, event)


def sim_requests(qtbot: QtBot, sim: SimulatorServer) -> int:
    async def total() -> int:
        async with httpx.AsyncClient() as client:
            return int((await client.get(f"{sim.url}/__sim/requests")).json()["total"])

    return run(qtbot, total())


def composer_time(qtbot: QtBot, window: MainWindow) -> datetime:
    qtbot.waitUntil(lambda: window.current_panel == "composer", timeout=5000)
    composer = window.panel("composer")
    assert isinstance(composer, ComposerPanel)
    assert composer.later_check.isChecked()
    return composer.when()


# -- create ------------------------------------------------------------------------------------------------


def test_a_new_message_from_the_calendar_opens_the_composer_at_that_day_and_a_sensible_time(
    qtbot: QtBot, held_ctx: UiContext, app: App, sim: SimulatorServer
) -> None:
    account(qtbot, app, sim, "wablas")
    window, panel = scheduler(qtbot, held_ctx)
    assert panel.zone_label.text() == "Times in Asia/Jakarta (WIB), this computer's time zone"
    assert panel.month.today == TODAY and panel.month.selected == TODAY

    # The keyboard walks the month: two days on, then the button.
    panel.month.setFocus()
    qtbot.keyClick(panel.month, Qt.Key.Key_Right)
    qtbot.keyClick(panel.month, Qt.Key.Key_Right)
    assert panel.month.selected == TODAY + timedelta(days=2)
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    assert composer_time(qtbot, window) == jakarta_time(2, 9)

    # A double-click on an empty day.
    window.show_panel("scheduler")
    target = TODAY + timedelta(days=9)
    qtbot.mouseDClick(panel.month, Qt.MouseButton.LeftButton, pos=panel.month.cell(target).center())
    assert composer_time(qtbot, window) == jakarta_time(9, 9)

    # Page Down a month on, Enter opens the day's agenda, Enter on its empty slot writes a message there.
    window.show_panel("scheduler")
    panel.month.setFocus()
    qtbot.keyClick(panel.month, Qt.Key.Key_PageDown)
    assert panel.month.selected == date(2030, 4, 13)
    assert panel.month_label.text() == "April 2030"
    qtbot.keyClick(panel.month, Qt.Key.Key_Return)
    assert panel.agenda.hasFocus() and panel.agenda.current_key() == NEW_SLOT
    qtbot.keyClick(panel.agenda, Qt.Key.Key_Return)
    assert composer_time(qtbot, window) == datetime(2030, 4, 13, 9, 0, tzinfo=JAKARTA)

    # Today: the next whole hour at least half an hour ahead (09:00 now: 10:00).
    window.show_panel("scheduler")
    panel.select_day(TODAY)
    panel.new_message()
    assert composer_time(qtbot, window) == jakarta_time(0, 10)

    # A day gone by is refused, in words.
    window.show_panel("scheduler")
    panel.select_day(TODAY - timedelta(days=1))
    panel.new_message()
    assert window.current_panel == "scheduler"
    assert panel.notice.isVisible() and "has passed" in panel.notice.text
    window.close()


# -- move ----------------------------------------------------------------------------------------------------


def test_a_wablas_schedule_dragged_to_another_day_is_rescheduled_on_wablas(
    qtbot: QtBot, held_ctx: UiContext, app: App, sim: SimulatorServer
) -> None:
    shop = account(qtbot, app, sim, "wablas")
    row = on_wablas(qtbot, app, shop, jakarta_time(1, 10, 30))
    window, panel = scheduler(qtbot, held_ctx)
    panel.select_day(TODAY + timedelta(days=1))
    item = agenda_item(qtbot, panel, row.id)
    assert "on Wablas" in item.text() and "10:30" in item.text() and "Toko Berkah Jaya" in item.text()
    assert panel.snapshot is not None and panel.snapshot.per_day(JAKARTA)[TODAY + timedelta(days=1)] == {shop.id: 1}

    before = sim_requests(qtbot, sim)
    drop_on_day(panel, item, TODAY + timedelta(days=3))
    moved = jakarta_time(3, 10, 30)
    qtbot.waitUntil(lambda: app.store.messages.get(row.id).scheduled_at == moved, timeout=10_000)
    assert sim_requests(qtbot, sim) > before  # Wablas was asked
    remote = app.store.messages.get(row.id).remote_schedule_id or ""
    assert sim.state.wablas.schedules[remote].at == moved.timestamp()
    assert sim.state.wablas.schedules[remote].state == "waiting"
    qtbot.waitUntil(lambda: "Moved to Thursday 7 March 2030 at 10:30." in panel.notice.text, timeout=5000)
    # The calendar follows: the send is on its new day.
    qtbot.waitUntil(
        lambda: (
            panel.snapshot is not None
            and panel.snapshot.per_day(JAKARTA).get(TODAY + timedelta(days=3)) == {shop.id: 1}
        ),
        timeout=10_000,
    )
    # The week's agenda: the send under its day's heading.
    panel.span_box.setCurrentIndex(panel.span_box.findData("week"))
    assert panel.agenda_title.text() == "Week of Monday 4 March 2030"
    texts = [panel.agenda.item(i).text() for i in range(panel.agenda.count())]
    heading = texts.index("Thursday 7 March 2030")
    assert "10:30" in texts[heading + 1] and "on Wablas" in texts[heading + 1]
    window.close()


def test_a_wacloud_schedule_is_moved_in_wadesk_by_drag_and_by_change_time(
    qtbot: QtBot, held_ctx: UiContext, app: App, sim: SimulatorServer
) -> None:
    shop = account(qtbot, app, sim, "wacloud")
    row = in_wadesk(app, shop, jakarta_time(2, 14))
    window, panel = scheduler(qtbot, held_ctx)
    panel.select_day(TODAY + timedelta(days=2))
    item = agenda_item(qtbot, panel, row.id)
    assert "in wadesk — sent while wadesk runs" in item.text()

    before = sim_requests(qtbot, sim)
    drop_on_day(panel, item, TODAY + timedelta(days=5))
    qtbot.waitUntil(lambda: app.store.messages.get(row.id).scheduled_at == jakarta_time(5, 14), timeout=10_000)
    assert sim_requests(qtbot, sim) == before  # nothing to tell WACloud: wadesk holds it

    # "Change time…" on its new day.
    panel.select_day(TODAY + timedelta(days=5))
    panel.agenda.setCurrentItem(agenda_item(qtbot, panel, row.id))
    qtbot.waitUntil(panel.change_button.isEnabled, timeout=5000)
    qtbot.mouseClick(panel.change_button, Qt.MouseButton.LeftButton)
    dialog = panel.time_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.when() == jakarta_time(5, 14)
    dialog.set_when(jakarta_time(6, 8, 15))
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: app.store.messages.get(row.id).scheduled_at == jakarta_time(6, 8, 15), timeout=10_000)
    assert app.store.messages.get(row.id).status is DeliveryStatus.SCHEDULED

    # A time already past is refused before anything changes.
    item = agenda_item(qtbot, panel, row.id)
    drop_on_day(panel, item, TODAY - timedelta(days=1))
    assert "has already passed" in panel.notice.text
    assert app.store.messages.get(row.id).scheduled_at == jakarta_time(6, 8, 15)
    window.close()


# -- edit the text ----------------------------------------------------------------------------------------------


def test_a_wablas_schedule_gets_its_new_text_on_wablas_and_a_text_too_long_is_refused_in_the_dialog(
    qtbot: QtBot, held_ctx: UiContext, app: App, sim: SimulatorServer
) -> None:
    shop = account(qtbot, app, sim, "wablas")
    row = on_wablas(qtbot, app, shop, jakarta_time(1, 10, 30))
    window, panel = scheduler(qtbot, held_ctx)
    panel.select_day(TODAY + timedelta(days=1))
    panel.agenda.setCurrentItem(agenda_item(qtbot, panel, row.id))
    qtbot.waitUntil(panel.edit_button.isEnabled, timeout=5000)

    # Too long for Wablas: refused in the dialog, the text kept, nothing asked of Wablas.
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    dialog = panel.text_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.text() == "Promo akhir pekan"
    assert "Tuesday 5 March 2030 at 10:30" in dialog.note.text() and "on Wablas" in dialog.note.text()
    before = sim_requests(qtbot, sim)
    dialog.set_text("x" * 1025)
    dialog.save_button.click()
    qtbot.waitUntil(dialog.error.isVisible, timeout=10_000)
    assert "1,025 characters; Wablas allows at most 1,024" in dialog.error.text
    assert dialog.isVisible() and dialog.text() == "x" * 1025 and dialog.save_button.isEnabled()
    assert sim_requests(qtbot, sim) == before

    # A text it takes: changed on Wablas at the same time, then here.
    dialog.set_text("Promo akhir pekan: diskon 20%")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: panel.text_dialog is None, timeout=10_000)
    held = sim.state.wablas.schedules[app.store.messages.get(row.id).remote_schedule_id or ""]
    assert held.text == "Promo akhir pekan: diskon 20%" and held.at == jakarta_time(1, 10, 30).timestamp()
    assert app.store.messages.get(row.id).body == {"text": "Promo akhir pekan: diskon 20%"}
    qtbot.waitUntil(lambda: "Text changed" in panel.notice.text, timeout=5000)
    qtbot.waitUntil(lambda: "diskon 20%" in agenda_item(qtbot, panel, row.id).text(), timeout=10_000)
    window.close()


@pytest.mark.qt_log_ignore(r"^This plugin does not support (raise\(\)|grabbing the keyboard)$")  # the menu, offscreen
def test_a_wacloud_send_to_two_people_is_edited_in_wadesk_from_the_agendas_menu(
    qtbot: QtBot, held_ctx: UiContext, app: App, sim: SimulatorServer
) -> None:
    shop = account(qtbot, app, sim, "wacloud")
    messages = messages_for(
        app.accounts.info(shop), recipients([PHONE, "6281234567892"], []), Draft(text="Katering besok libur")
    )
    first, second = app.outbox.enqueue(shop, messages, at=jakarta_time(2, 14))
    window, panel = scheduler(qtbot, held_ctx)
    panel.select_day(TODAY + timedelta(days=2))
    item = agenda_item(qtbot, panel, first.id)
    assert "2 recipients" in item.text()
    panel.agenda.setCurrentItem(item)
    qtbot.waitUntil(panel.edit_button.isEnabled, timeout=5000)

    panel._agenda_menu(panel.agenda.visualItemRect(item).center())
    [menu] = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible()]
    [edit] = [a for a in menu.actions() if a.text() == "Edit text…"]
    assert edit.isEnabled()
    edit.trigger()
    menu.close()
    dialog = panel.text_dialog
    assert dialog is not None and dialog.text() == "Katering besok libur"
    assert dialog.note.text() == "It still goes out on Wednesday 6 March 2030 at 14:00."  # no gateway to tell

    before = sim_requests(qtbot, sim)
    dialog.set_text("Katering besok buka seperti biasa")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: panel.text_dialog is None, timeout=10_000)
    assert [app.store.messages.get(r.id).body for r in (first, second)] == [
        {"text": "Katering besok buka seperti biasa"}
    ] * 2
    assert all(app.store.messages.get(r.id).scheduled_at == jakarta_time(2, 14) for r in (first, second))
    assert sim_requests(qtbot, sim) == before  # nothing to tell WACloud: wadesk holds it
    window.close()


# -- cancel -------------------------------------------------------------------------------------------------------


def test_cancelling_asks_first_and_cancels_on_wablas(
    qtbot: QtBot, held_ctx: UiContext, app: App, sim: SimulatorServer
) -> None:
    shop = account(qtbot, app, sim, "wablas")
    row = on_wablas(qtbot, app, shop, jakarta_time(1, 15))
    window, panel = scheduler(qtbot, held_ctx)
    panel.select_day(TODAY + timedelta(days=1))
    panel.agenda.setCurrentItem(agenda_item(qtbot, panel, row.id))
    qtbot.waitUntil(panel.cancel_button.isEnabled, timeout=5000)

    # "Keep it": nothing happens.
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    box = panel.confirm_box
    assert box is not None and box.isVisible()
    assert "Cancel the message to" in box.text() and "15:00" in box.text()
    [keep] = [b for b in box.buttons() if box.buttonRole(b) is QMessageBox.ButtonRole.RejectRole]
    keep.click()
    assert app.store.messages.get(row.id).status is DeliveryStatus.SCHEDULED

    # "Cancel send": cancelled on Wablas, then here.
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    box = panel.confirm_box
    assert box is not None
    [yes] = [b for b in box.buttons() if box.buttonRole(b) is QMessageBox.ButtonRole.DestructiveRole]
    yes.click()
    qtbot.waitUntil(lambda: app.store.messages.get(row.id).status is DeliveryStatus.CANCELLED, timeout=10_000)
    assert sim.state.wablas.schedules[row.remote_schedule_id or ""].state == "cancel"
    qtbot.waitUntil(lambda: panel.agenda.count() == 1 and panel.agenda.current_key() == NEW_SLOT, timeout=10_000)
    window.close()


# -- missed ---------------------------------------------------------------------------------------------------------


def test_missed_schedules_stand_out_and_each_is_sent_or_skipped_only_when_asked(
    qtbot: QtBot, held_ctx: UiContext, app: App, sim: SimulatorServer, clock: ManualClock
) -> None:
    shop = account(qtbot, app, sim, "wacloud")
    sim.state.provider("wacloud").scan()  # type: ignore[attr-defined]
    first = in_wadesk(app, shop, jakarta_time(0, 9, 10), "Pengingat: katering diantar pukul 11.00")
    second = in_wadesk(app, shop, jakarta_time(0, 9, 20), "Pengingat: bayar tagihan", to="6281234567892")
    clock.advance(3 * 3600)  # wadesk was closed meanwhile; it starts again
    run(qtbot, app.outbox.run())
    assert {app.store.messages.get(r.id).hold for r in (first, second)} == {"missed"}
    assert sim.state.delivered("wacloud") == []  # never sent silently

    window, panel = scheduler(qtbot, held_ctx)
    assert panel.missed.isVisible()
    assert panel.missed.title.text().startswith("2 scheduled messages were due while wadesk was closed.")
    buttons = panel.missed.buttons_for(f"message:{first.id}")
    assert buttons is not None
    send_now, _skip = buttons
    qtbot.mouseClick(send_now, Qt.MouseButton.LeftButton)
    sent = app.store.messages.get(first.id)
    assert sent.status is DeliveryStatus.QUEUED and sent.hold is None
    qtbot.waitUntil(lambda: panel.missed.buttons_for(f"message:{first.id}") is None, timeout=10_000)
    assert panel.missed.title.text().startswith("1 scheduled message was due")

    buttons = panel.missed.buttons_for(f"message:{second.id}")
    assert buttons is not None
    qtbot.mouseClick(buttons[1], Qt.MouseButton.LeftButton)
    assert app.store.messages.get(second.id).status is DeliveryStatus.CANCELLED
    qtbot.waitUntil(lambda: not panel.missed.isVisible(), timeout=10_000)

    run(qtbot, app.outbox.run())  # the outbox sends what the user chose, and only that
    assert [phone for phone, _text in sim.state.delivered("wacloud")] == [PHONE]
    window.close()


# -- the window checks ----------------------------------------------------------------------------------------------


def test_the_scheduler_passes_the_window_checks(
    qtbot: QtBot, held_ctx: UiContext, app: App, sim: SimulatorServer, clock: ManualClock, watcher: ThemeWatcher
) -> None:
    wablas = account(qtbot, app, sim, "wablas")
    wacloud = account(qtbot, app, sim, "wacloud")
    missed = in_wadesk(app, wacloud, jakarta_time(0, 9, 10), "Pengingat: katering diantar pukul 11.00")
    clock.advance(3600)
    run(qtbot, app.outbox.run())
    assert app.store.messages.get(missed.id).hold == "missed"
    on_wablas(qtbot, app, wablas, jakarta_time(1, 10), "Stok baru sudah datang! Mampir ke toko hari ini.")
    on_wablas(qtbot, app, wablas, jakarta_time(1, 16, 30), "Pengingat: pesanan Anda siap diambil sore ini.")
    in_wadesk(app, wacloud, jakarta_time(1, 13), "Menu spesial Jumat: nasi liwet komplit Rp25.000.")
    window, panel = scheduler(qtbot, held_ctx)
    qtbot.waitUntil(lambda: panel.missed.isVisible(), timeout=10_000)
    panel.select_day(TODAY + timedelta(days=1))
    qtbot.waitUntil(lambda: panel.agenda.count() == 4, timeout=10_000)  # three sends and the empty slot

    checks.activate(window)
    checks.keyboard_walk(panel)
    checks.fit_check(panel)
    checks.wording_check(panel)

    panel.agenda.setCurrentRow(0)
    panel.change_time()
    dialog = panel.time_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    checks.activate(dialog)
    checks.keyboard_walk(dialog)
    checks.fit_check(dialog, size=dialog.size())
    checks.wording_check(dialog)
    dialog.reject()

    # "Edit text…" on the same send, with a refusal shown in it.
    qtbot.waitUntil(panel.edit_button.isEnabled, timeout=5000)
    panel.edit_text()
    editor = panel.text_dialog
    assert editor is not None
    qtbot.waitExposed(editor)
    editor.show_error("Could not change the text: the text is 1,025 characters; Wablas allows at most 1,024")
    checks.activate(editor)
    checks.keyboard_walk(editor)
    checks.fit_check(editor, size=editor.size())
    checks.wording_check(editor)
    editor.reject()
    window.close()


def test_the_month_is_walked_with_the_keyboard_and_today_moves_on_at_midnight(
    qtbot: QtBot, held_ctx: UiContext, clock: ManualClock
) -> None:
    window, panel = scheduler(qtbot, held_ctx)
    panel.month.setFocus()
    keys = [
        (Qt.Key.Key_Down, date(2030, 3, 11)),
        (Qt.Key.Key_Left, date(2030, 3, 10)),
        (Qt.Key.Key_Up, date(2030, 3, 3)),
        (Qt.Key.Key_PageUp, date(2030, 2, 3)),
        (Qt.Key.Key_End, date(2030, 2, 3)),  # a Sunday already
        (Qt.Key.Key_Home, date(2030, 1, 28)),
    ]
    for key, expected in keys:
        qtbot.keyClick(panel.month, key)
        assert panel.month.selected == expected, key
    assert panel.month_label.text() == "January 2030"
    assert panel.agenda_title.text() == "Monday 28 January 2030"
    qtbot.mouseClick(panel.today_button, Qt.MouseButton.LeftButton)
    assert panel.month.selected == TODAY
    assert panel.month.day_at(QPoint(*panel.month.cell(TODAY).center().toTuple())) == TODAY

    clock.advance(24 * 3600)  # the window stays open past midnight
    panel._check_day()
    qtbot.waitUntil(lambda: panel.month.today == TODAY + timedelta(days=1), timeout=10_000)
    window.close()


def test_a_monthly_series_shows_its_coming_occurrences_on_the_month(
    qtbot: QtBot, app: App, sim: SimulatorServer, held_ctx: UiContext, clock: ManualClock
) -> None:
    from wadesk.domain.recurrence import Frequency, Rule
    from wadesk.services.sending import SendRequest

    shop = account(qtbot, app, sim, "wacloud")
    rule = Rule(Frequency.MONTHLY, date(2030, 3, 31), datetime.min.time().replace(hour=8), JAKARTA, day=31, count=3)
    request = SendRequest(Draft(text="Tagihan bulan ini sudah terbit."), [shop], numbers=("0812-3456-7891",))
    run(qtbot, app.series.create(request, rule))
    _, panel = scheduler(qtbot, held_ctx)
    assert panel.snapshot is not None
    days = panel.snapshot.per_day(JAKARTA)
    assert days.get(date(2030, 3, 31)) == {shop.id: 1}
    assert days.get(date(2030, 4, 30)) == {shop.id: 1}  # the last day of a shorter month
    assert days.get(date(2030, 5, 31)) == {shop.id: 1}
    assert date(2030, 6, 30) not in days  # three times only
    repeating = [e for e in panel.snapshot.entries if e.key.startswith("series:")]
    assert all(str(e.where).startswith("in wadesk — repeats every month") and not e.can_move for e in repeating)
    series_id = app.series.list()[0].id

    # Stop repeating, from one of its coming times on the calendar.
    panel.select_day(date(2030, 4, 30))
    key = next(e.key for e in panel.snapshot.entries if e.at.astimezone(JAKARTA).date() == date(2030, 4, 30))
    qtbot.waitUntil(lambda: any(panel.agenda.item(i).data(KEY_ROLE) == key for i in range(panel.agenda.count())))
    panel.agenda.setCurrentItem(
        next(panel.agenda.item(i) for i in range(panel.agenda.count()) if panel.agenda.item(i).data(KEY_ROLE) == key)
    )
    assert panel.cancel_button.isEnabled()
    panel.cancel_button.click()
    box = panel.confirm_box
    assert box is not None and "Stop this repeating message" in box.text()
    [stop] = [b for b in box.buttons() if box.buttonRole(b) is QMessageBox.ButtonRole.DestructiveRole]
    stop.click()
    assert app.series.get(series_id).state == "cancelled"
    qtbot.waitUntil(
        lambda: panel.snapshot is not None and not any(e.key.startswith("series:") for e in panel.snapshot.entries),
        timeout=10_000,
    )
