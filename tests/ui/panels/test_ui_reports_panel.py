"""The Reports panel's Messages tab: the whole history paged from a real SQLite file, live as the simulator's
gateway reports delivery; filters and per-status counts as the store has them; per-message actions; export."""

from __future__ import annotations

import asyncio
import csv
import sqlite3
from collections.abc import Iterator
from datetime import datetime, time, timedelta
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from tests.support import window_checks as checks
from tests.support.ui import add_sim_account, open_window, run
from wadesk.app import App
from wadesk.demo import CAMPAIGN_NAME, seed_address_book, seed_busy_history
from wadesk.domain.models import Account, OutgoingMessage, Recipient
from wadesk.domain.status import DeliveryStatus
from wadesk.services.message_export import HEADER
from wadesk.simulator import ManualClock, SimulatorServer
from wadesk.store.store import FILENAME
from wadesk.store.timestamps import to_text
from wadesk.ui.bridge import EventBridge
from wadesk.ui.context import UiContext
from wadesk.ui.models.messages import status_words
from wadesk.ui.panels.reports import ReportsPanel
from wadesk.ui.panels.reports.filters import CUSTOM, NEEDS_ATTENTION
from wadesk.ui.panels.reports.table import ReportColumn
from wadesk.ui.theme import ThemeWatcher


def make_panel(qtbot: QtBot, ctx: UiContext, page_size: int = 100) -> ReportsPanel:
    bridge = EventBridge(ctx.events)
    panel = ReportsPanel(ctx, bridge, page_size=page_size)
    bridge.changes.connect(panel.on_changes)  # what the main window does for each of its panels
    qtbot.addWidget(panel)
    panel.resize(1000, 640)
    panel.show()
    settle(qtbot, panel)
    return panel


def settle(qtbot: QtBot, panel: ReportsPanel) -> None:
    """Until the rows on screen and the counts are read and current (change events delivered first)."""
    assert panel.bridge is not None
    panel.bridge.flush()
    view = panel.messages
    qtbot.waitUntil(lambda: not view.busy and not view.filters._timer.isActive(), timeout=20_000)


def statuses_shown(panel: ReportsPanel) -> list[str]:
    model = panel.messages.model
    return [str(model.index(row, ReportColumn.STATUS).data()) for row in range(model.rowCount())]


@pytest.fixture
def sql(app: App) -> Iterator[sqlite3.Connection]:
    """The store's file, read directly: what the panel shows is checked against it."""
    connection = sqlite3.connect(f"file:{app.home / FILENAME}?mode=ro", uri=True)
    try:
        yield connection
    finally:
        connection.close()


def busy_month(qtbot: QtBot, app: App, sim: SimulatorServer, ctx: UiContext) -> tuple[list[Account], int]:
    """Two shops' month of history (the demo's), a campaign among it, up to the window's own "now"."""
    accounts = [run(qtbot, add_sim_account(app, sim, "wablas", name)) for name in ("Toko Cahaya", "Klinik Sehat")]
    seed_address_book(app)
    campaign = seed_busy_history(app, accounts, now=ctx.clock.now(), size=240)
    return accounts, campaign


def test_a_campaign_sent_to_the_gateway_reaches_read_in_the_table_without_anyone_asking(
    qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer
) -> None:
    account = run(qtbot, add_sim_account(app, sim, "wablas", "Toko Cahaya"))
    campaign = app.store.outbox.create_campaign(account.id, "Promo", "Halo", "none")
    messages = [OutgoingMessage(f"c{n}", Recipient(f"62812345678{n:02d}"), text="Halo") for n in range(3)]
    rows = app.outbox.enqueue(account, messages, campaign_id=campaign)
    panel = make_panel(qtbot, ctx)
    assert statuses_shown(panel) == [status_words(DeliveryStatus.QUEUED)] * 3

    run(qtbot, app.outbox.dispatch(account, rows))  # the gateway accepts them
    settle(qtbot, panel)
    assert statuses_shown(panel) == [status_words(DeliveryStatus.ACCEPTED)] * 3
    assert app.live_poller  # built before it runs
    app.live_poller.min_seconds = app.live_poller.max_seconds = 0.2  # the poller's clock is the real one
    following = asyncio.ensure_future(app.live_poller.serve())  # what the open window runs beside the outbox
    try:
        clock = sim.state.clock
        assert isinstance(clock, ManualClock)
        clock.advance(3 * sim.state.step_seconds)  # at the gateway: sent, delivered, read
        read = [status_words(DeliveryStatus.READ)] * 3
        qtbot.waitUntil(lambda: statuses_shown(panel) == read, timeout=15_000)
        qtbot.waitUntil(lambda: panel.messages.chips.counts.get(DeliveryStatus.READ) == 3, timeout=15_000)
        assert panel.messages.chips.words() == f"{status_words(DeliveryStatus.READ)} 3"
        panel.show_checked()
        assert panel.checked_label.text().startswith("Last checked ")
    finally:
        following.cancel()
        qtbot.waitUntil(following.done, timeout=5000)


def test_filters_and_counts_agree_with_the_store(
    qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer, sql: sqlite3.Connection
) -> None:
    accounts, campaign = busy_month(qtbot, app, sim, ctx)
    panel = make_panel(qtbot, ctx)
    view = panel.messages
    qtbot.waitUntil(lambda: view.filters.device.count() == 3, timeout=5000)  # all, and the two accounts
    total = sql.execute("SELECT count(*) FROM messages").fetchone()[0]
    assert view.model.rowCount() == total
    assert view.count_label.text() == f"{total:,} messages"

    def counts(where: str, params: tuple[object, ...]) -> dict[DeliveryStatus, int]:
        query = "SELECT status, count(*) FROM messages WHERE " + where + " GROUP BY status"
        return {DeliveryStatus(s): n for s, n in sql.execute(query, params)}

    # The second shop, the last 7 days, failed: each narrows, the counts are of every status but the one picked.
    klinik = accounts[1].id
    view.filters.device.setCurrentIndex(view.filters.device.findData(klinik))
    view.filters.period.setCurrentIndex(2)  # Last 7 days
    settle(qtbot, panel)
    since, until = view.filter.since, view.filter.until
    assert since is not None and until is not None
    where, params = "account_id = ? AND created_at >= ? AND created_at < ?", (klinik, to_text(since), to_text(until))
    expected = counts(where, params)
    assert sum(expected.values()) == view.model.rowCount() > 0
    assert {s: n for s, n in view.chips.counts.items() if n} == expected

    view.filters.status.setCurrentIndex(view.filters.status.findData(str(DeliveryStatus.FAILED)))
    settle(qtbot, panel)
    assert view.model.rowCount() == expected.get(DeliveryStatus.FAILED, 0)
    assert {s: n for s, n in view.chips.counts.items() if n} == expected  # still every status, failed in bold

    view.filters.status.setCurrentIndex(view.filters.status.findData(NEEDS_ATTENTION))
    settle(qtbot, panel)
    attention = expected.get(DeliveryStatus.FAILED, 0) + expected.get(DeliveryStatus.UNCERTAIN, 0)
    assert view.model.rowCount() == attention

    # Words: a contact's name finds their messages (joined in SQL), whatever else the filter says.
    view.filters.clear()
    settle(qtbot, panel)
    assert view.model.rowCount() == total
    view.filters.search.setText("Budi")
    qtbot.waitUntil(lambda: view.filter.text == "Budi", timeout=2000)  # once typing pauses
    settle(qtbot, panel)
    budi = sql.execute(
        "SELECT count(*) FROM messages WHERE recipient IN (SELECT phone FROM contacts WHERE name LIKE '%budi%')"
    ).fetchone()[0]
    assert view.model.rowCount() == budi > 0
    cell = str(view.model.index(0, ReportColumn.TO).data())
    assert cell.startswith("Budi Santoso · +62 ")

    # Nothing found: said so, with a way back.
    view.filters.search.setText("no message has these words")
    view.filters.search.returnPressed.emit()
    settle(qtbot, panel)
    assert view.stack.currentWidget() is view.not_found
    assert view.not_found.button is not None
    view.not_found.button.click()
    settle(qtbot, panel)
    assert view.model.rowCount() == total

    # A campaign's "see its messages" opens the Messages tab on that campaign alone.
    panel.tabs.setCurrentWidget(panel.campaigns)
    panel.campaigns.show_messages.emit(campaign)
    settle(qtbot, panel)
    assert panel.tabs.currentWidget() is view
    in_campaign = sql.execute("SELECT count(*) FROM messages WHERE campaign_id = ?", (campaign,)).fetchone()[0]
    assert view.filter.campaign_id == campaign and view.model.rowCount() == in_campaign
    assert {str(view.model.index(r, ReportColumn.CAMPAIGN).data()) for r in range(in_campaign)} == {CAMPAIGN_NAME}
    panel.show_campaign(campaign)
    assert panel.tabs.currentWidget() is panel.campaigns


def test_dates_of_ones_own_are_whole_local_days(
    qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer, sql: sqlite3.Connection
) -> None:
    busy_month(qtbot, app, sim, ctx)
    panel = make_panel(qtbot, ctx)
    filters = panel.messages.filters
    assert not filters.dates.isVisibleTo(panel)
    filters.period.setCurrentIndex(filters.period.findData(CUSTOM))
    assert filters.dates.isVisibleTo(panel)
    today = ctx.clock.now().astimezone()
    first = today.date() - timedelta(days=9)
    last = today.date() - timedelta(days=3)
    filters.last_day.setDate(QDate(last.year, last.month, last.day))
    filters.first_day.setDate(QDate(first.year, first.month, first.day))
    settle(qtbot, panel)
    since = datetime.combine(first, time(), tzinfo=today.tzinfo)
    until = datetime.combine(last + timedelta(days=1), time(), tzinfo=today.tzinfo)
    assert (panel.messages.filter.since, panel.messages.filter.until) == (since, until)
    expected = sql.execute(
        "SELECT count(*) FROM messages WHERE created_at >= ? AND created_at < ?", (to_text(since), to_text(until))
    ).fetchone()[0]
    assert panel.messages.model.rowCount() == expected > 0


def test_the_selection_stays_on_its_message_when_new_ones_push_the_rows_down(
    qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer
) -> None:
    account = run(qtbot, add_sim_account(app, sim, "wablas", "Toko Cahaya"))
    app.outbox.enqueue(
        account, [OutgoingMessage(f"o{n}", Recipient(f"62812345678{n:02d}"), text="Halo") for n in range(3)]
    )
    panel = make_panel(qtbot, ctx)
    view = panel.messages
    view.view.selectRow(2)  # the oldest
    chosen = view.model.row_at(2)
    assert chosen is not None and view.message_actions.row == chosen
    app.outbox.enqueue(account, [OutgoingMessage("new", Recipient("6281299999999"), text="Baru")])
    settle(qtbot, panel)
    assert view.model.rowCount() == 4
    assert view.current_row() == 3  # moved down with its message
    assert view.message_actions.row is not None and view.message_actions.row.id == chosen.id


def find_row(panel: ReportsPanel, status: DeliveryStatus) -> int:
    view = panel.messages
    for position in range(view.model.rowCount()):
        row = view.model.row_at(position)
        if row is not None and row.status is status:
            return position
    raise AssertionError(f"no {status} row shown")


def answer(qtbot: QtBot, panel: ReportsPanel, text: str) -> None:
    actions = panel.messages.message_actions
    qtbot.waitUntil(lambda: actions.confirm_box is not None and actions.confirm_box.isVisible(), timeout=5000)
    box = actions.confirm_box
    assert isinstance(box, QMessageBox)
    [button] = [b for b in box.buttons() if b.text() == text]
    assert isinstance(button, QPushButton)
    button.click()


def test_an_uncertain_message_is_sent_again_or_marked_sent_with_the_reason_shown(
    qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer
) -> None:
    busy_month(qtbot, app, sim, ctx)
    panel = make_panel(qtbot, ctx)
    view = panel.messages
    qtbot.waitUntil(lambda: view.filters.accounts != {}, timeout=5000)

    # Uncertain: the reason shown beside the two answers; Send again asks first.
    view.filters.status.setCurrentIndex(view.filters.status.findData(str(DeliveryStatus.UNCERTAIN)))
    settle(qtbot, panel)
    uncertain = view.model.rowCount()
    assert uncertain >= 2
    view.view.selectRow(0)
    first = view.model.row_at(0)
    assert first is not None
    assert view.uncertain.isVisible() and "did not say whether it got it" in view.uncertain_label.full_text
    assert not view.message_actions.cancel_action.isVisible()  # never reached the gateway: nothing to cancel there
    view.send_again_button.click()
    answer(qtbot, panel, "Keep it")
    settle(qtbot, panel)
    assert app.store.messages.get(first.id).status is DeliveryStatus.UNCERTAIN  # kept as it was
    view.send_again_button.click()
    answer(qtbot, panel, "Send again")
    qtbot.waitUntil(lambda: app.store.messages.get(first.id).status is DeliveryStatus.QUEUED, timeout=5000)
    qtbot.waitUntil(lambda: "will be sent again" in view.notice.text, timeout=5000)
    settle(qtbot, panel)
    assert view.model.rowCount() == uncertain - 1  # no longer uncertain: out of this filter

    view.view.selectRow(0)
    second = view.model.row_at(0)
    assert second is not None
    view.message_actions.mark_sent_action.trigger()
    qtbot.waitUntil(lambda: app.store.messages.get(second.id).status is DeliveryStatus.SENT, timeout=5000)
    qtbot.waitUntil(lambda: "marked as sent" in view.notice.text, timeout=5000)


def test_the_gateway_cancels_a_message_it_holds_after_a_question(
    qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer
) -> None:
    """Wablas can cancel (its capability flags say so): the action is offered, asks, and says what came of it."""
    account = run(qtbot, add_sim_account(app, sim, "wablas", "Toko Cahaya"))
    panel = make_panel(qtbot, ctx)
    view = panel.messages
    qtbot.waitUntil(lambda: view.filters.accounts != {}, timeout=5000)
    [row] = app.outbox.enqueue(account, [OutgoingMessage("later", Recipient("6281234567890"), text="Besok buka")])
    [sent] = run(qtbot, app.outbox.dispatch(account, [row]))
    assert sent.status is DeliveryStatus.ACCEPTED
    view.filters.clear()
    settle(qtbot, panel)
    view.view.selectRow(0)  # the newest
    assert view.model.row_at(0) is not None and view.model.row_at(0).id == row.id  # type: ignore[union-attr]
    assert view.message_actions.cancel_action.isEnabled()
    assert not view.message_actions.revoke_action.isEnabled()  # not sent yet: nothing to delete on WhatsApp
    assert view.message_button.isEnabled()
    view.message_actions.cancel_action.trigger()
    answer(qtbot, panel, "Cancel message")
    qtbot.waitUntil(lambda: "cancel" in view.notice.text, timeout=10_000)
    status = app.store.messages.get(row.id).status
    if "is cancelled" in view.notice.text:
        assert status is DeliveryStatus.CANCELLED
        settle(qtbot, panel)
        assert statuses_shown(panel)[0] == status_words(DeliveryStatus.CANCELLED)
    else:
        assert status is DeliveryStatus.ACCEPTED  # the gateway said it could not: said in plain words


def test_export_writes_exactly_the_filtered_rows(
    qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer, sql: sqlite3.Connection, tmp_path: Path
) -> None:
    busy_month(qtbot, app, sim, ctx)
    panel = make_panel(qtbot, ctx)
    view = panel.messages
    view.filters.status.setCurrentIndex(view.filters.status.findData(str(DeliveryStatus.FAILED)))
    settle(qtbot, panel)
    expected = [
        (recipient, error)
        for recipient, error in sql.execute(
            "SELECT recipient, error FROM messages WHERE status = 'failed' ORDER BY id DESC"
        )
    ]
    assert len(expected) == view.model.rowCount() > 0

    for name in ("failed.csv", "failed.xlsx"):
        dialog = view.export_to(tmp_path / name)
        qtbot.waitUntil(lambda: view.export_dialog is None, timeout=10_000)
        assert not dialog.running
        qtbot.waitUntil(lambda: "saved to" in view.notice.text, timeout=5000)
        assert f"{len(expected)} messages saved to" in view.notice.text
    with (tmp_path / "failed.csv").open(encoding="utf-8-sig", newline="") as stream:
        lines = list(csv.reader(stream))
    assert lines[0] == list(HEADER)  # each column named over its own cells
    assert all(len(line) == len(HEADER) for line in lines)
    assert [(line[1], line[9] or None) for line in lines[1:]] == expected
    sheet = openpyxl.load_workbook(tmp_path / "failed.xlsx", read_only=True).active
    assert sheet is not None
    cells = list(sheet.iter_rows(values_only=True))[1:]
    assert [(str(c[1]), c[9] or None) for c in cells] == expected


def test_the_reports_panel_passes_the_window_checks(
    qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer, watcher: ThemeWatcher
) -> None:
    """Tab walks the panel in order, nothing is cut at 1024×640 or its minimum, plain words."""
    busy_month(qtbot, app, sim, ctx)
    window = open_window(qtbot, ctx)
    window.show_panel("reports")
    panel = window.panels["reports"]
    assert isinstance(panel, ReportsPanel)
    settle(qtbot, panel)
    view = panel.messages
    view.view.selectRow(find_row(panel, DeliveryStatus.UNCERTAIN))  # the strip with its two answers shown
    view.notice.show_message("The message to Budi Santoso is marked as sent.", "ok")
    checks.activate(window)
    checks.keyboard_walk(panel)
    checks.fit_check(panel)
    checks.wording_check(panel)
