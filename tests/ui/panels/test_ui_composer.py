"""The Composer panel driven as a user, against the simulator over loopback and a real SQLite file."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage, QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.support import window_checks as checks
from tests.support.ui import add_sim_account, open_window, run
from wadesk.app import App
from wadesk.cli import COMMANDS, build_parser
from wadesk.domain.errors import ValidationError
from wadesk.domain.models import Account, Contact, DeviceState, Group, MessageKind
from wadesk.launch import window_context
from wadesk.services.clock import ManualClock
from wadesk.services.sending import Plan
from wadesk.simulator import SimulatorServer
from wadesk.ui.composer.progress import DONE
from wadesk.ui.context import UiContext
from wadesk.ui.main_window import MainWindow
from wadesk.ui.panels.base import ComposeAt
from wadesk.ui.panels.composer import ComposerPanel, is_simulated
from wadesk.ui.panels.reports.panel import ReportsPanel
from wadesk.ui.theme import ThemeWatcher


def tab_order(panel: ComposerPanel) -> list[QWidget]:
    """The Composer's expected Tab order: its left column top to bottom, then the preview's column."""
    return [
        *checks.reading_order(checks.focusable(panel.left_scroll)),
        *checks.reading_order(checks.focusable(panel.right)),
    ]


def composer(qtbot: QtBot, ctx: UiContext) -> tuple[MainWindow, ComposerPanel]:
    window = open_window(qtbot, ctx)
    window.resize(1024, 640)
    window.show_panel("composer")
    panel = window.panel("composer")
    assert isinstance(panel, ComposerPanel)
    return window, panel


def planned(qtbot: QtBot, panel: ComposerPanel) -> Plan:
    """The plan made after the last change (the recipients counted first)."""

    def ready() -> bool:
        timers = (panel._plan_timer, panel.recipients._count_timer)
        return not any(t.isActive() for t in timers) and not panel.planning and panel.plan is not None

    qtbot.waitUntil(ready, timeout=10_000)
    assert panel.plan is not None
    return panel.plan


def picture(path: Path, width: int = 64, height: int = 48) -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#2e7d32"))
    assert image.save(str(path))
    return path


def drop_on(widget: QWidget, *paths: Path) -> None:
    """Files dropped on ``widget`` as a file manager drops them."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    for kind in (QDropEvent.Type.DragEnter, QDropEvent.Type.Drop):
        event = QDropEvent(
            QPointF(10, 10),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            kind,
        )
        QApplication.sendEvent(widget, event)


def editor_area(panel: ComposerPanel) -> QWidget:
    assert panel._edit is not None
    return panel._edit.viewport()


def people(qtbot: QtBot, app: App, *named: tuple[str, str]) -> list[Contact]:
    return [run(qtbot, app.contacts.add_contact(number, name)) for number, name in named]


def sim_requests(qtbot: QtBot, sim: SimulatorServer) -> int:
    async def total() -> int:
        async with httpx.AsyncClient() as client:
            return int((await client.get(f"{sim.url}/__sim/requests")).json()["total"])

    return run(qtbot, total())


def accept_confirmation(qtbot: QtBot, panel: ComposerPanel) -> str:
    """The bulk send's summary, accepted; its text is returned."""
    qtbot.waitUntil(lambda: panel.confirm_box is not None and panel.confirm_box.isVisible(), timeout=5000)
    box = panel.confirm_box
    assert box is not None
    text = box.text()
    accept = [b for b in box.buttons() if box.buttonRole(b) is QMessageBox.ButtonRole.AcceptRole]
    accept[0].click()
    return text


def wablas(qtbot: QtBot, app: App, sim: SimulatorServer, name: str = "Toko Wablas") -> Account:
    """A Wablas account whose phone is paired (an unpaired one is warned about before sending)."""
    sim.state.wablas.scan()
    return run(qtbot, add_sim_account(app, sim, "wablas", name))


def test_formatted_text_with_a_dropped_image_reaches_every_recipient_and_the_progress_shows_it(
    qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer, tmp_path: Path
) -> None:
    wablas(qtbot, app, sim)
    window, panel = composer(qtbot, ctx)
    assert panel.pace_box.findData("none") >= 0  # the simulator's unthrottled pace is offered for it
    panel.set_pace("none")
    panel.editor.set_text("*Promo hari ini* untuk _{Nama}_: diskon ~20%~ 30%!")
    drop_on(editor_area(panel), picture(tmp_path / "promo.png"))
    qtbot.waitUntil(lambda: panel.media is not None and panel.thumbnail is not None, timeout=5000)
    assert panel.kind() is MessageKind.IMAGE
    assert panel.editor.text().startswith("*Promo")  # the drop attached the file, it did not type its path
    assert "promo.png" in panel.media_picker.about.text()
    path = tmp_path / "pelanggan.csv"
    path.write_text("No. HP;Nama\n0812-3456-7890;Budi Santoso\n0813 1111 2222;Siti Rahmawati\n0857 1234 5678;Agus\n")
    panel.recipients.tabs.select(3)
    panel.recipients.open_file(path)
    qtbot.waitUntil(lambda: panel.recipients.file_dialog is not None and panel.recipients.file_dialog.isVisible())
    dialog = panel.recipients.file_dialog
    assert dialog is not None
    assert dialog.preview.item(0, 1).text() == "Budi Santoso"  # the first rows, shown
    dialog.phone_box.setCurrentIndex(dialog.phone_box.findText("No. HP", Qt.MatchFlag.MatchStartsWith))
    dialog.set_variables([1])  # the mapping step: Nama becomes a variable
    dialog.use_button.click()
    qtbot.waitUntil(lambda: panel.recipients.count() == 3, timeout=5000)

    plan = planned(qtbot, panel)
    assert plan.ok and len(plan.messages) == 3
    # The preview steps through the recipients, each with their own text.
    seen = []
    for step in range(3):
        if step:
            panel.next_button.click()
        seen.append(" ".join(panel.preview_texts()))
    assert "Budi Santoso" in seen[0] and "Siti Rahmawati" in seen[1] and "Agus" in seen[2]
    assert not panel.next_button.isEnabled()
    panel.first_button.click()
    assert "Budi Santoso" in " ".join(panel.preview_texts())

    assert panel.warnings() == []
    panel.send_button.click()
    summary = accept_confirmation(qtbot, panel)
    assert "Recipients: 3" in summary and "Toko Wablas" in summary
    qtbot.waitUntil(lambda: panel.right.currentWidget() is panel.progress, timeout=10_000)
    qtbot.waitUntil(lambda: panel.progress.sent_count() == 3, timeout=20_000)
    assert "3 sent" in panel.progress.figures.text()
    assert panel.progress.bar.value() == panel.progress.bar.maximum() == 3
    rows = app.store.messages.list()
    assert len(rows) == 3 and all(row.status in DONE for row in rows)
    assert ctx.drafts is not None and ctx.drafts.load_current() is None  # sent: the draft is cleared
    panel.progress.reports_button.click()  # the send, in Reports: its campaign
    assert window.current_panel == "reports"
    reports = window.panel("reports")
    assert isinstance(reports, ReportsPanel)
    assert reports.tabs.currentWidget() is reports.campaigns


def test_a_bulk_send_with_one_identical_text_needs_one_more_click_and_ctrl_enter_sends(
    qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer
) -> None:
    wablas(qtbot, app, sim)
    _, panel = composer(qtbot, ctx)
    panel.set_pace("none")
    panel.editor.set_text("Toko buka jam 9 besok.")
    panel.recipients.add_numbers("0812-3456-7890\n0813 1111 2222")
    planned(qtbot, panel)
    assert any("very same text" in w for w in panel.warnings())
    checks.activate(panel)
    typing = editor_area(panel).parentWidget()
    assert typing is not None
    typing.setFocus()
    qtbot.keyClick(typing, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert panel.confirm_box is None and panel.send_button.text() == "Send anyway"
    assert panel.editor.text() == "Toko buka jam 9 besok."  # Ctrl+Enter sent nothing and typed nothing
    qtbot.keyClick(typing, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    accept_confirmation(qtbot, panel)
    qtbot.waitUntil(lambda: panel.progress.sent_count() == 2, timeout=20_000)


def test_a_message_scheduled_for_tomorrow_in_the_devices_time_zone_is_listed_by_wadesk_schedule_list(
    qtbot: QtBot, app: App, sim: SimulatorServer, capsys: pytest.CaptureFixture[str]
) -> None:
    now = datetime(2030, 3, 4, 8, 0, tzinfo=UTC)
    app.outbox.clock = ManualClock(now)
    ctx = window_context(app, refresh_seconds=3600)
    papua = ZoneInfo("Asia/Jayapura")  # not this computer's zone, whatever the computer is
    sim.state.wablas.scan()
    shop = run(
        qtbot,
        app.accounts.add(
            "Toko Jayapura",
            "wablas",
            base_url=sim.base_url("wablas"),
            settings={**sim.settings("wablas"), "time_zone": "Asia/Jayapura"},
            secrets=sim.credentials("wablas"),
        ),
    )
    try:
        _, panel = composer(qtbot, ctx)
        panel.choose_device(shop.id, alone=True)
        assert panel.zone_label.text() == "Times in Asia/Jayapura (WIT), the device's time zone"
        panel.editor.set_text("Pengingat: janji temu besok jam 09.30.")
        panel.recipients.add_numbers("0812-3456-7890")
        panel.later_check.setChecked(True)
        tomorrow = (now + timedelta(days=1)).astimezone(papua).replace(hour=9, minute=30)
        panel.set_when(tomorrow)
        shown = panel.when_edit.dateTime()
        assert (shown.time().hour(), shown.time().minute()) == (9, 30)  # the device's wall clock
        plan = planned(qtbot, panel)
        assert plan.ok and plan.at == tomorrow
        assert panel.send_button.text() == "Schedule"
        panel.send_button.click()
        qtbot.waitUntil(lambda: panel.right.currentWidget() is panel.progress and not panel.sending, timeout=10_000)

        capsys.readouterr()
        args = build_parser().parse_args(["schedule", "list", "--tz", "Asia/Jayapura", "--json"])
        assert run(qtbot, COMMANDS[args.command](app, args)) == 0
        listed = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]
        assert len(listed) == 1
        assert listed[0]["scheduled_at"].startswith(tomorrow.strftime("%Y-%m-%dT09:30"))
        assert listed[0]["to"] == "6281234567890"

        # A time already past is refused before anything is stored.
        panel.write_another()
        panel.editor.set_text("Terlambat")
        panel.set_when(now - timedelta(hours=2))
        planned(qtbot, panel)
        assert any("already passed" in e for e in panel.errors())
        assert not panel.send_button.isEnabled()
    finally:
        run(qtbot, ctx.devices.aclose())


def test_a_time_zone_that_does_not_exist_is_refused_when_the_account_is_saved(
    qtbot: QtBot, app: App, sim: SimulatorServer
) -> None:
    with pytest.raises(ValidationError, match="Asia/Jakrta"):
        run(
            qtbot,
            app.accounts.add(
                "Toko",
                "wablas",
                base_url=sim.base_url("wablas"),
                settings={**sim.settings("wablas"), "time_zone": "Asia/Jakrta"},
                secrets=sim.credentials("wablas"),
            ),
        )


def test_an_oversize_file_and_a_kind_a_device_cannot_send_are_refused_before_any_request(
    qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer, tmp_path: Path
) -> None:
    shop = wablas(qtbot, app, sim)
    jsonwa = run(qtbot, add_sim_account(app, sim, "jsonwa", "Toko JSON"))
    _, panel = composer(qtbot, ctx)
    panel.choose_device(shop.id, alone=True)
    assert panel.device_button.whole_text() == "Toko Wablas"
    panel.recipients.add_numbers("0812-3456-7890")
    qtbot.waitUntil(lambda: not ctx.devices.asking, timeout=10_000)  # the devices asked about, before counting
    before = sim_requests(qtbot, sim)

    big = tmp_path / "katalog.jpg"
    big.write_bytes(b"\xff\xd8" + b"0" * (3 * 1024 * 1024))
    panel.attach_file(big)  # refused at once, from its size, without reading it
    assert panel.media is None
    assert "2.0 MB" in panel.media_picker.refusal.text() and "katalog.jpg" in panel.media_picker.refusal.text()

    # A location, then a second device that cannot send one: the message falls back to text, and says so.
    panel.kind_box.setCurrentIndex(panel.kind_index(MessageKind.LOCATION))
    panel.choose_device(jsonwa.id)
    assert [panel.kind_box.itemData(i) for i in range(panel.kind_box.count())] == [MessageKind.TEXT]
    assert panel.kind() is MessageKind.TEXT
    assert "Location messages cannot be sent" in panel.device_note.text()
    drop_on(editor_area(panel), picture(tmp_path / "foto.png"))
    assert panel.media is None
    assert "image messages" in panel.media_picker.refusal.text()

    panel.editor.set_text("Halo")
    planned(qtbot, panel)
    assert sim_requests(qtbot, sim) == before  # the simulator saw no request for any of it


def test_the_draft_survives_closing_and_reopening_the_window_with_everyone_chosen(
    qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer, tmp_path: Path
) -> None:
    chatbot = run(qtbot, add_sim_account(app, sim, "chatbot", "Toko Chatbot"))  # it can send to groups
    app.store.groups.upsert_many(chatbot.id, [Group("120363025246125486@g.us", "Arisan RT 05")])
    window, panel = composer(qtbot, ctx)
    panel.choose_device(chatbot.id, alone=True)
    panel.editor.set_text("Draf: *jangan hilang* {Nama}")
    siti, budi = people(qtbot, app, ("081311112222", "Siti Rahmawati"), ("081399998888", "Budi Santoso"))
    run(qtbot, app.contacts.create_tag("Pelanggan"))
    run(qtbot, app.contacts.tag_contacts("Pelanggan", [siti.id or 0]))
    picker = panel.recipients
    picker.reload_groups()
    qtbot.waitUntil(lambda: picker.group_list.count() == 4, timeout=5000)  # two headings, a tag, a group
    picker.add_tag(app.contacts.tag("Pelanggan"))
    picker.add_group(Group("120363025246125486@g.us", "Arisan RT 05"))
    picker.add_contact(budi)
    picker.add_numbers("0812-3456-7890")
    path = tmp_path / "pelanggan.csv"
    path.write_text("Nama,Nomor HP,Kota\nDewi,0857 1234 5678,Solo\nRina,0857 2222 3333,Medan\n", encoding="utf-8")
    picker.tabs.select(3)
    picker.open_file(path)
    qtbot.waitUntil(lambda: picker.file_dialog is not None and picker.file_dialog.isVisible(), timeout=5000)
    assert picker.file_dialog is not None
    picker.file_dialog.set_variables([0])  # Nama only
    picker.file_dialog.use_button.click()
    qtbot.waitUntil(lambda: picker.count() == 6, timeout=5000)
    before = sorted(picker.chosen_texts())
    window.close()  # the panel keeps its draft as it closes

    _, again = composer(qtbot, ctx)
    assert again.editor.text() == "Draf: *jangan hilang* {Nama}"
    qtbot.waitUntil(lambda: again.recipients.count() == 6, timeout=5000)
    assert sorted(again.recipients.chosen_texts()) == before
    choice = again.recipients.choice()
    assert choice.tags == ("Pelanggan",)
    assert choice.groups == ("120363025246125486@g.us",)
    assert [c.name for c in choice.contacts] == ["Budi Santoso"]
    (table,) = choice.tables
    assert table.variable_names == ["Nama"] and [r.phone for r in table.rows] == ["6285712345678", "6285722223333"]
    assert again.recipients.file_dialog is None  # read again as mapped, without asking


def test_the_composer_passes_the_window_checks(
    qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer, watcher: ThemeWatcher
) -> None:
    wablas(qtbot, app, sim)
    _, panel = composer(qtbot, ctx)
    panel.editor.set_text("Halo {name}")
    panel.recipients.add_numbers("0812-3456-7890\n0813 1111 2222")
    planned(qtbot, panel)
    checks.activate(panel)
    checks.keyboard_walk(panel, order=tab_order(panel))
    checks.fit_check(panel)
    checks.wording_check(panel)


def test_a_link_in_a_first_message_and_many_numbers_not_on_whatsapp_are_warnings_from_the_plan(
    qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer
) -> None:
    wablas(qtbot, app, sim)
    gone = people(qtbot, app, *((f"0813000000{n:02d}", f"Lama {n}") for n in range(3)))
    for contact in gone:
        assert app.store.contacts.set_on_whatsapp(contact.phone, False)  # a number check said so
    _, panel = composer(qtbot, ctx)
    panel.set_pace("none")
    panel.editor.set_text("{Halo|Hai} kak, katalog baru di toko.id/katalog")
    panel.recipients.add_numbers("0812-3456-7890\n0813 1111 2222")
    for contact in gone:
        checked = app.store.contacts.get(contact.phone)
        assert checked is not None and checked.on_whatsapp is False
        panel.recipients.add_contact(checked)
    plan = planned(qtbot, panel)
    assert plan.ok and len(plan.messages) == 2
    warnings = panel.warnings()
    assert (
        "2 people get a link in their first message from this device: WhatsApp often reports those as spam. "
        "Send a first message without a link."
    ) in warnings
    [listed] = [w for w in warnings if "not on WhatsApp" in w]  # said once, with why it matters
    assert listed.startswith("3 of 5 numbers are not on WhatsApp (they are left out): many such numbers")
    assert not any("very same text" in w for w in warnings)  # the choice varies it


def test_a_paced_bulk_send_shows_its_progress_live_and_can_be_paused_resumed_and_cancelled(
    qtbot: QtBot, app: App, sim: SimulatorServer
) -> None:
    clock = ManualClock(datetime(2030, 3, 4, 2, 0, tzinfo=UTC))  # 09:00 in Jakarta: no quiet hours
    app.outbox.clock = clock
    ctx = window_context(app, refresh_seconds=3600)
    wablas(qtbot, app, sim)
    try:
        window, panel = composer(qtbot, ctx)
        panel.set_pace("normal")  # 8–15 s apart, on the test's clock
        panel.editor.set_text("{Halo|Hai}, stok baru sudah datang!")
        panel.recipients.add_numbers("0812-3456-7890\n0813 1111 2222\n0857 1234 5678")
        plan = planned(qtbot, panel)
        assert plan.ok and plan.is_campaign and panel.warnings() == []
        assert "3 messages: about" in panel.estimate.text()
        panel.send_button.click()
        assert "Pace: Normal" in accept_confirmation(qtbot, panel)

        # The first goes at once; the others wait for the clock. The change feed tells the progress view.
        qtbot.waitUntil(lambda: "1 sent" in panel.progress.figures.text(), timeout=10_000)
        assert "2 waiting" in panel.progress.figures.text()
        campaign = panel.progress.campaign_id
        assert campaign is not None

        panel.progress.pause_button.click()
        assert app.store.outbox.campaign(campaign).state == "paused"
        assert panel.progress.title.text() == "Paused" and panel.progress.pause_button.text() == "Resume"
        clock.advance(60)  # the pause holds: nothing more goes
        run(qtbot, clock.settle())  # the woken dispatcher has looked and gone back to waiting
        window.bridge.flush()
        assert "1 sent" in panel.progress.figures.text() and "2 waiting" in panel.progress.figures.text()

        panel.progress.pause_button.click()
        assert app.store.outbox.campaign(campaign).state == "active"
        panel.progress.cancel_button.click()
        window.bridge.flush()
        qtbot.waitUntil(lambda: "2 cancelled" in panel.progress.figures.text(), timeout=5000)
        assert not panel.progress.cancel_button.isEnabled()
    finally:
        run(qtbot, ctx.devices.aclose())


CSV = (
    "Nama,Nomor HP,Kota\n"
    "Siti Rahayu,0812-3456-7890,Bandung\n"
    "Budi Santoso,+62 813 1111 2222,Surabaya\n"
    "Dewi,0857 1234 5678,\n"  # her town is not known
)


def test_recipients_from_a_file_give_variables_to_insert_and_the_preview_shows_each_persons_text(
    qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer, tmp_path: Path
) -> None:
    wablas(qtbot, app, sim)
    _, panel = composer(qtbot, ctx)
    path = tmp_path / "pelanggan.csv"
    path.write_text(CSV, encoding="utf-8")
    panel.recipients.tabs.select(3)
    panel.recipients.open_file(path)
    qtbot.waitUntil(lambda: panel.recipients.file_dialog is not None and panel.recipients.file_dialog.isVisible())
    dialog = panel.recipients.file_dialog
    assert dialog is not None
    dialog.set_variables([0, 2])  # the mapping step: Nama and Kota become variables
    dialog.use_button.click()
    qtbot.waitUntil(lambda: panel.recipients.count() == 3, timeout=5000)

    panel.editor.set_text("Halo ")
    assert panel._edit is not None
    panel._edit.moveCursor(QTextCursor.MoveOperation.End)  # where the user goes on typing
    panel.variable_menu.aboutToShow.emit()
    offered = {action.text(): action for action in panel.variable_menu.actions()}
    assert {"Nama", "Kota"} <= set(offered)
    offered["Nama"].trigger()
    panel.editor.insert(", promo minggu ini di {Kota}!")
    assert panel.editor.text() == "Halo {Nama}, promo minggu ini di {Kota}!"

    plan = planned(qtbot, panel)
    assert plan.ok, plan.problems
    texts = []
    for _ in range(3):
        texts.append(panel.preview_texts()[0])  # the text; the time in the corner follows
        panel.next_button.click()
    assert texts == [
        "Halo Siti Rahayu, promo minggu ini di Bandung!",
        "Halo Budi Santoso, promo minggu ini di Surabaya!",
        "Halo Dewi, promo minggu ini di !",
    ]
    assert "Recipient 3 of 3" in panel.who.text()
    assert "1 recipient has nothing in a variable the text uses" in panel.warnings()  # Dewi's town is empty


def test_the_unthrottled_pace_is_offered_for_the_simulator_only() -> None:
    assert is_simulated(Account(1, "Demo", "wablas", "http://127.0.0.1:8123/wablas/api"))
    assert not is_simulated(Account(2, "Toko", "wablas", "https://wablas.com/api"))


def test_a_location_is_previewed_and_planned_from_its_fields(
    qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer
) -> None:
    wablas(qtbot, app, sim)
    _, panel = composer(qtbot, ctx)
    assert [panel.kind_box.itemText(i) for i in range(panel.kind_box.count())] == [
        "Text",
        "Photo",
        "Video",
        "Audio",
        "Document",
        "Location",
        "Link",
        "List",
    ]  # Wablas's abilities, in the Composer's order
    panel.kind_box.setCurrentIndex(panel.kind_index(MessageKind.LOCATION))
    assert panel.fields.isVisible() and not panel.media_picker.isVisible()
    panel.fields.latitude.setValue(-6.2)
    panel.fields.longitude.setValue(106.816666)
    panel.fields.place.setText("Toko Kue Bu Sari")
    panel.fields.address.setText("Jl. Melati No. 5, Jakarta")
    panel.recipients.add_numbers("0812-3456-7890")
    plan = planned(qtbot, panel)
    assert plan.ok, plan.problems
    location = plan.messages[0].message.location
    assert location is not None and location.name == "Toko Kue Bu Sari" and location.latitude == -6.2
    assert "Toko Kue Bu Sari" in " ".join(panel.preview_texts())


def test_a_picture_pasted_into_the_message_is_attached(
    qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer, tmp_path: Path
) -> None:
    wablas(qtbot, app, sim)
    _, panel = composer(qtbot, ctx)
    panel.editor.set_text("Stok baru!")
    QApplication.clipboard().setImage(QImage(str(picture(tmp_path / "copied.png"))))
    typing = editor_area(panel).parentWidget()
    assert typing is not None
    typing.setFocus()
    qtbot.keyClick(typing, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: panel.media is not None and panel.thumbnail is not None, timeout=5000)
    assert panel.kind() is MessageKind.IMAGE
    assert panel.editor.text() == "Stok baru!"  # the picture became the file, not text
    assert panel.media is not None and panel.media.path is not None
    assert panel.media.path.parent == ctx.home / "media"


def test_a_long_device_name_is_shortened_and_the_row_stays_in_a_1024_pixel_screen(
    qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer
) -> None:
    name = "Klinik Sehat Sentosa - Cabang Surabaya Timur Raya"
    wablas(qtbot, app, sim, name)
    window, panel = composer(qtbot, ctx)
    window.resize(1000, 600)  # a 1024×640 screen less the window's frame
    qtbot.waitUntil(lambda: panel.device_button.whole_text() == name, timeout=5000)
    viewport = panel.left_scroll.viewport()
    qtbot.waitUntil(lambda: panel.left_scroll.widget().width() <= viewport.width(), timeout=5000)  # none of it cut
    for widget in (panel.kind_box, panel.device_button):
        right = widget.mapTo(viewport, QPoint(widget.width(), 0)).x()
        assert right <= viewport.width(), widget.accessibleName()  # nothing pushed out of sight on the right
    shown = panel.device_button.text()
    assert shown.endswith("…") and name.startswith(shown[:-1])
    assert panel.device_button.toolTip() == name  # the whole name, where it is cut
    window.resize(720, 450)  # half a 1440×900 screen at 2×: the column scrolls sideways rather than hide its end
    qtbot.waitUntil(
        lambda: (
            panel.left_scroll.widget().width() <= viewport.width()
            or panel.left_scroll.horizontalScrollBar().isVisible()
        ),
        timeout=5000,
    )


def test_a_custom_pace_is_set_in_seconds_and_a_daily_cap_and_comes_back_with_the_draft(
    qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer, watcher: ThemeWatcher
) -> None:
    wablas(qtbot, app, sim)
    window, panel = composer(qtbot, ctx)
    panel.editor.set_text("Promo {Halo|Hai} kak")
    panel.recipients.add_numbers("0812-3456-7890\n0813 1111 2222\n0813 1111 3333")
    panel.pace_box.setCurrentIndex(panel.pace_box.findData("custom"))
    assert panel.custom_pace.isVisible()
    panel.custom_pace.shortest.setValue(90)  # the longest gap follows it up
    assert panel.custom_pace.longest.value() == 90
    panel.custom_pace.longest.setValue(120)
    panel.custom_pace.daily.setValue(2)
    plan = planned(qtbot, panel)
    assert (plan.pace.min_delay, plan.pace.max_delay, plan.pace.daily_cap) == (90, 120, 2)
    assert plan.pace.rest_every is not None  # Safe's rests are kept
    assert "with at most 2 a day, done" in panel.estimate.text()
    checks.activate(panel)
    checks.keyboard_walk(panel, order=tab_order(panel))
    checks.wording_check(panel)
    window.close()

    _, again = composer(qtbot, ctx)
    assert again.pace_box.currentData() == "custom"
    custom = again.custom_pace
    assert (custom.shortest.value(), custom.longest.value(), custom.daily.value()) == (90, 120, 2)


def test_a_problem_of_the_message_itself_is_said_once_not_once_per_number(
    qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer
) -> None:
    wablas(qtbot, app, sim)
    _, panel = composer(qtbot, ctx)
    panel.recipients.add_numbers("0812-3456-7890\n0813 1111 2222")
    qtbot.waitUntil(lambda: panel.recipients.count() == 2, timeout=5000)
    planned(qtbot, panel)
    assert panel.errors() == ["The message text is empty"]
    assert not panel.send_button.isEnabled()


def test_a_device_whose_phone_is_not_connected_is_a_warning_before_sending(
    qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer
) -> None:
    shop = wablas(qtbot, app, sim)
    sim.state.wablas.disconnect()
    run(qtbot, ctx.devices.refresh_all())
    snapshot = ctx.devices.snapshot(shop.id)
    assert snapshot is not None and snapshot.state is DeviceState.DISCONNECTED
    _, panel = composer(qtbot, ctx)
    panel.editor.set_text("Halo")
    panel.recipients.add_numbers("0812-3456-7890")
    planned(qtbot, panel)
    assert "Toko Wablas is not connected to WhatsApp: pair its phone in Devices first, or its messages fail." in (
        panel.warnings()
    )


def test_another_panel_can_open_the_composer_at_a_time(
    qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer
) -> None:
    wablas(qtbot, app, sim)
    window = open_window(qtbot, ctx)
    at = datetime(2031, 1, 5, 2, 0, tzinfo=UTC)
    window.go_to("composer", ComposeAt(at))
    panel = window.panel("composer")
    assert isinstance(panel, ComposerPanel)
    assert window.current_panel == "composer"
    assert panel.later_check.isChecked() and panel.when() == at


def test_a_message_scheduled_to_repeat_every_month_on_the_31st_becomes_a_series(
    qtbot: QtBot, app: App, sim: SimulatorServer, capsys: pytest.CaptureFixture[str]
) -> None:
    now = datetime(2031, 1, 20, 2, 0, tzinfo=UTC)
    app.outbox.clock = ManualClock(now)
    ctx = window_context(app, refresh_seconds=3600)
    wablas(qtbot, app, sim)
    try:
        _, panel = composer(qtbot, ctx)
        panel.editor.set_text("Tagihan bulan ini sudah terbit, {Halo|Hai} kak.")
        panel.recipients.add_numbers("0812-3456-7890")
        panel.later_check.setChecked(True)
        first = datetime(2031, 1, 31, 9, 0, tzinfo=panel.tz)
        panel.set_when(first)
        repeat = panel.repeat
        assert repeat.isEnabled()
        repeat.how.setCurrentIndex(repeat.how.findData("monthly"))
        assert repeat.how.currentText() == "Every month on day 31"
        repeat.ends.setCurrentIndex(repeat.ends.findData("times"))
        repeat.times.setValue(3)
        plan = planned(qtbot, panel)
        assert plan.ok, plan.problems
        panel.send_button.click()
        qtbot.waitUntil(lambda: panel.right.currentWidget() is panel.progress and not panel.sending, timeout=10_000)
        assert panel.progress.title.text().startswith("Repeats — the first on ")

        (series,) = app.series.list()
        assert (series.rule.day, series.rule.count, series.rule.start) == (31, 3, first.date())
        assert [o.at for o in series.next[:3]] == [
            first.astimezone(UTC),
            datetime(2031, 2, 28, 9, 0, tzinfo=panel.tz).astimezone(UTC),
            datetime(2031, 3, 31, 9, 0, tzinfo=panel.tz).astimezone(UTC),
        ]
        capsys.readouterr()
        args = build_parser().parse_args(["schedule", "list", "--json"])
        assert run(qtbot, COMMANDS[args.command](app, args)) == 0
        assert '"series_id"' in capsys.readouterr().out
    finally:
        run(qtbot, ctx.devices.aclose())
