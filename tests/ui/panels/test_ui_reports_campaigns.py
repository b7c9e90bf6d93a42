"""The Reports panel's campaigns: live progress from the simulator, pause / resume / cancel, Retry failed (only the
failed ones, once), Send again / Mark as sent for messages in doubt, the daily chart, and the window checks."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from tests.support import window_checks as checks
from tests.support.ui import add_sim_account, run
from wadesk.app import App
from wadesk.domain import DeliveryStatus, OutgoingMessage, Recipient
from wadesk.domain.models import Account
from wadesk.services.report_stats import Stage
from wadesk.simulator import ManualClock, SimulatorServer
from wadesk.ui.bridge import EventBridge
from wadesk.ui.context import UiContext
from wadesk.ui.panels.reports.campaigns import CampaignsView
from wadesk.ui.panels.reports.overview import MIN_HEIGHT as OVERVIEW_MIN_HEIGHT
from wadesk.ui.panels.reports.overview import DailyOverview
from wadesk.ui.theme import ThemeWatcher

REJECTED = "0000"  # the simulated Wablas refuses numbers ending so, one step after it took them


class Host(QWidget):
    """A window of 1024×640 with the daily chart over the campaigns, as the Reports panel shows them."""

    def __init__(self, ctx: UiContext, bridge: EventBridge) -> None:
        super().__init__()
        self.setWindowTitle("Reports")
        self.overview = DailyOverview(ctx, bridge)
        self.overview.setMinimumHeight(OVERVIEW_MIN_HEIGHT)  # as the Reports panel shows it where it has room
        self.view = CampaignsView(ctx, bridge)
        layout = QVBoxLayout(self)
        layout.addWidget(self.overview)
        layout.addWidget(self.view, 1)
        self.setMinimumSize(700, 450)  # about what the main window leaves the panel at its own minimum
        self.resize(1024, 640)


@pytest.fixture
def shop(qtbot: QtBot, app: App, sim: SimulatorServer) -> Account:
    account = run(qtbot, add_sim_account(app, sim, "wablas", "Toko Berkah Jaya"))
    run(qtbot, app.accounts.provider(account))
    return account


@pytest.fixture
def host(qtbot: QtBot, ctx: UiContext, app: App) -> Iterator[Host]:
    bridge = EventBridge(app.events)
    window = Host(ctx, bridge)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.view.shutdown()
    window.overview.shutdown()
    bridge.close()


def campaign(app: App, account: Account, numbers: list[str], name: str = "Promo Akhir Tahun") -> tuple[int, list[int]]:
    cid = app.store.outbox.create_campaign(account.id, name, "Halo", "none")
    messages = [
        OutgoingMessage(ref_id=f"{name}-{n}", to=Recipient(to), text="Halo, diskon 30%") for n, to in enumerate(numbers)
    ]
    rows = app.outbox.enqueue(account, messages, campaign_id=cid)
    return cid, [r.id for r in rows]


def send(qtbot: QtBot, app: App, account: Account, ids: list[int]) -> None:
    run(qtbot, app.outbox.dispatch(account, app.store.outbox.get_many(ids)))


def advance(sim: SimulatorServer, steps: int) -> None:
    clock = sim.state.clock
    assert isinstance(clock, ManualClock)
    clock.advance(steps * sim.state.step_seconds)


def stages_of(view: CampaignsView, cid: int) -> dict[Stage, int]:
    progress = view.progress.get(cid)
    return progress.stages if progress is not None else {}


def sent_to(sim: SimulatorServer) -> Counter[str]:
    """How many send requests the simulated Wablas took for each number."""
    return Counter(m.phone for m in sim.state.provider("wablas").messages.values())  # type: ignore[attr-defined]


def test_the_campaigns_bar_fills_as_the_gateway_reports(
    qtbot: QtBot, app: App, sim: SimulatorServer, shop: Account, host: Host
) -> None:
    view = host.view
    cid, ids = campaign(app, shop, [f"6281234{n:04d}5" for n in range(6)])
    qtbot.waitUntil(lambda: stages_of(view, cid).get(Stage.WAITING) == 6)
    assert view.selected_id() == cid  # the newest is shown
    send(qtbot, app, shop, ids)
    qtbot.waitUntil(lambda: stages_of(view, cid).get(Stage.ACCEPTED) == 6)
    advance(sim, 3)  # at the gateway: sent, delivered, read
    run(qtbot, app.poller.refresh())  # what the live poller does while the window is open
    qtbot.waitUntil(lambda: stages_of(view, cid).get(Stage.READ) == 6)
    qtbot.waitUntil(lambda: view.detail is not None and view.detail.progress.stages[Stage.READ] == 6)
    read = view.bar.segment_rects()[0]  # the read part comes first
    assert read.width() == pytest.approx(view.bar.bar_rect().width())  # the whole bar
    row = view._rows[cid][1]
    assert "6 of 6 done" in row.summary.whole_text
    assert dict(view.detail.funnel.steps)["read"] == 6
    assert view.funnel.stages[-1].count == 6
    assert "Read 6" in view.bar.accessibleDescription()
    overview = host.overview
    qtbot.waitUntil(lambda: overview.counts is not None and sum(overview.counts.series["read"]) == 6)


def test_pause_resume_and_cancel_a_campaign(qtbot: QtBot, app: App, shop: Account, host: Host) -> None:
    view = host.view
    cid, ids = campaign(app, shop, ["6281200000001", "6281200000002"])
    qtbot.waitUntil(lambda: view.detail is not None and view.pause_button.isEnabled())
    qtbot.mouseClick(view.pause_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.pause_button.text() == "Resume")
    assert app.store.outbox.campaign(cid).state == "paused"
    assert "Paused" in view.finish.text()
    qtbot.mouseClick(view.pause_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.pause_button.text() == "Pause")
    assert app.store.outbox.campaign(cid).state == "active"
    qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: stages_of(view, cid).get(Stage.CANCELLED) == 2)
    assert app.store.outbox.campaign(cid).state == "cancelled"
    assert {m.status for m in app.store.outbox.get_many(ids)} == {DeliveryStatus.CANCELLED}
    qtbot.waitUntil(lambda: not view.pause_button.isEnabled() and not view.cancel_button.isEnabled())


def test_retry_failed_sends_again_only_the_failed_ones_once(
    qtbot: QtBot, app: App, sim: SimulatorServer, shop: Account, host: Host
) -> None:
    view = host.view
    numbers = ["6281200001111", f"628120000{REJECTED}", "6281200002222", f"628120001{REJECTED}"]
    cid, ids = campaign(app, shop, numbers)
    send(qtbot, app, shop, ids)
    advance(sim, 2)
    run(qtbot, app.poller.refresh())
    qtbot.waitUntil(lambda: stages_of(view, cid).get(Stage.FAILED) == 2)
    qtbot.waitUntil(lambda: view.retry_button.isEnabled())
    assert view.retry_button.text() == "Retry failed (2)"
    before = sent_to(sim)
    assert before == Counter(numbers)
    failed = {m.id for m in app.store.outbox.get_many(ids) if m.status is DeliveryStatus.FAILED}
    qtbot.mouseClick(view.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "sent again" in view.feedback.text, timeout=15_000)
    after = sent_to(sim)
    assert after - before == Counter(n for n in numbers if n.endswith(REJECTED))  # exactly the failed, once each
    again = {m.id: m.status for m in app.store.outbox.get_many(ids)}
    assert {i for i, s in again.items() if s is DeliveryStatus.ACCEPTED} == failed  # the gateway has them again
    qtbot.waitUntil(lambda: view.retry_button.text() == "Retry failed (0)")
    assert not view.retry_button.isEnabled()


def test_send_again_or_mark_as_sent_a_message_in_doubt(
    qtbot: QtBot, app: App, sim: SimulatorServer, shop: Account, host: Host
) -> None:
    view = host.view
    cid, ids = campaign(app, shop, ["6281200003333", "6281200004444"])
    sim.state.faults = "malformed_rate=1"  # the gateway takes them, and its answer cannot be read
    send(qtbot, app, shop, ids)
    sim.state.faults = None
    qtbot.waitUntil(lambda: view.uncertain.rowCount() == 2)
    assert view.uncertain_box.isVisible()
    assert view.uncertain_title.text() == "To check (2)"
    reason = view.uncertain.item(0, 1).text()
    stored = app.store.messages.get(ids[0]).error or ""
    assert "not valid data" in stored  # the stored reason carries the gateway's raw answer ...
    assert reason == "Wablas: its answer could not be read; it may have taken the message"  # ... said plainly
    assert not view.send_again_button.isEnabled()  # nothing chosen yet
    view.uncertain.selectRow(0)
    qtbot.mouseClick(view.send_again_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.store.messages.get(ids[0]).status is DeliveryStatus.QUEUED)
    qtbot.waitUntil(lambda: view.uncertain.rowCount() == 1)
    view.uncertain.selectRow(0)
    qtbot.mouseClick(view.mark_sent_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.store.messages.get(ids[1]).status is DeliveryStatus.SENT)
    qtbot.waitUntil(lambda: not view.uncertain_box.isVisible())
    assert stages_of(view, cid)[Stage.UNCERTAIN] == 0


def test_the_daily_chart_stacks_by_device_on_request(
    qtbot: QtBot, app: App, sim: SimulatorServer, shop: Account, host: Host
) -> None:
    other = run(qtbot, add_sim_account(app, sim, "wacloud", "Warung Bu Sri"))
    campaign(app, shop, ["6281200000001", "6281200000002"])
    campaign(app, other, ["6281200000003"], name="Menu")
    overview = host.overview
    qtbot.waitUntil(lambda: overview.counts is not None and sum(overview.counts.series["waiting"]) == 3)
    overview.by.setCurrentIndex(overview.by.findData("device"))
    qtbot.waitUntil(lambda: overview.counts is not None and "Toko Berkah Jaya" in overview.counts.series)
    assert sum(overview.counts.series["Toko Berkah Jaya"]) == 2
    assert sum(overview.counts.series["Warung Bu Sri"]) == 1
    assert [s.label for s in overview.chart.series] == ["Toko Berkah Jaya", "Warung Bu Sri"]  # the busiest first
    assert overview.chart.totals()[-1] == 3  # today


def test_show_messages_asks_for_the_campaigns_messages(qtbot: QtBot, app: App, shop: Account, host: Host) -> None:
    view = host.view
    first, _ = campaign(app, shop, ["6281200000001"], name="Satu")
    second, _ = campaign(app, shop, ["6281200000002"], name="Dua")
    qtbot.waitUntil(lambda: len(view.progress) == 2)
    view.show_campaign(first)
    qtbot.waitUntil(lambda: view.detail is not None and view.detail.progress.campaign.id == first)
    with qtbot.waitSignal(view.show_messages) as asked:
        qtbot.mouseClick(view.messages_button, Qt.MouseButton.LeftButton)
    assert asked.args == [first]
    assert second in view.progress


def test_the_campaigns_and_the_daily_chart_pass_the_window_checks(
    qtbot: QtBot, app: App, sim: SimulatorServer, shop: Account, watcher: ThemeWatcher, host: Host
) -> None:
    view = host.view
    cid, ids = campaign(
        app, shop, [f"6281234{n:04d}5" for n in range(6)], name="Promo Akhir Tahun — diskon 30% untuk pelanggan setia"
    )
    send(qtbot, app, shop, ids)
    more = [OutgoingMessage(ref_id=f"late-{n}", to=Recipient(f"6281299{n:04d}5"), text="Halo") for n in range(2)]
    doubtful = [r.id for r in app.outbox.enqueue(shop, more, campaign_id=cid)]
    sim.state.faults = "malformed_rate=1"
    send(qtbot, app, shop, doubtful)
    sim.state.faults = None
    advance(sim, 3)
    run(qtbot, app.poller.refresh())
    qtbot.waitUntil(lambda: view.uncertain.rowCount() == 2 and stages_of(view, cid).get(Stage.READ) == 6)
    qtbot.waitUntil(lambda: host.overview.counts is not None and not host.overview.counts.empty)
    view.uncertain.selectRow(0)
    checks.activate(host)
    checks.keyboard_walk(host.overview)  # (in the panel, on the Messages tab)
    # The Campaigns tab: the list, then the chosen campaign's details top to bottom (two columns side by side:
    # the tall list would make one "line" of everything for the reading order).
    details = checks.reading_order(checks.focusable(view.detail_area))
    checks.keyboard_walk(host.view, [view.list, *details])
    checks.fit_check(host, QSize(1024, 640))
    checks.wording_check(host)


def test_a_paced_campaign_shows_when_it_should_be_done(qtbot: QtBot, app: App, shop: Account, host: Host) -> None:
    view = host.view
    cid = app.store.outbox.create_campaign(shop.id, "Pelan-pelan", "Halo", "min=60,max=60,tz=Asia/Jakarta")
    messages = [OutgoingMessage(ref_id=f"slow-{n}", to=Recipient(f"62812345{n:03d}15"), text="Halo") for n in range(3)]
    app.outbox.enqueue(shop, messages, campaign_id=cid)
    # Read once the messages are queued (the campaign alone, just made, has nothing left to estimate).
    qtbot.waitUntil(
        lambda: view.detail is not None and view.detail.progress.campaign.id == cid and view.detail.estimate is not None
    )
    detail = view.detail
    assert detail is not None and detail.estimate is not None
    assert (detail.estimate.finish - detail.estimate.start).total_seconds() == 120  # a minute between each
    assert detail.estimate.start == detail.now
    assert "3 messages waiting; done about" in view.finish.text()
    assert "60 s between messages" in view.facts.text()
    qtbot.mouseClick(view.pause_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Paused with 3 messages waiting" in view.finish.text())


def test_the_campaign_buttons_are_never_cut_one_row_where_they_fit_rows_of_two_where_not(
    qtbot: QtBot, app: App, shop: Account, host: Host
) -> None:
    view = host.view
    campaign(app, shop, ["6281200000001", "6281200000002"], name="Satu")
    qtbot.waitUntil(lambda: view.detail is not None)
    viewport = view.detail_area.viewport()
    buttons = (view.pause_button, view.cancel_button, view.retry_button, view.messages_button)

    def all_shown() -> bool:
        return all(
            b.mapTo(viewport, QPoint(b.width(), b.height())).x() <= viewport.width()
            and b.width() >= b.sizeHint().width()
            for b in buttons
        )

    host.resize(1600, 640)
    qtbot.waitUntil(lambda: view.buttons.columns == 4 and all_shown())
    host.resize(700, 640)  # the detail is narrower than the four buttons side by side
    qtbot.waitUntil(lambda: view.buttons.columns == 2 and all_shown())
    assert view.detail_area.widget().width() <= viewport.width()  # nothing is pushed out of sight to the right
